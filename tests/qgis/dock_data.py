"""Small buurt layers with method.md §1 output fields, for the dock tests (fictional values)."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

FIELDS = ("buurtcode:string(10)&buurtnaam:string(60)&gemeentecode:string(6)&gemeentenaam:string(40)"
          "&vk_klasse:string(20)&vk_dk:double&vk_dp:double&vk_score:double&vk_k_niveau:double"
          "&vk_p_niveau:double&vk_reden:string(20)&p_corporatie_t1:double&aantal_inwoners:integer")

#: code, name, gemeente code, gemeente name, klasse, dk, dp, score, k, p, reden, corporation
ROWS = [
    ("BU03630001", "Oost", "GM0363", "Amsterdam", "onder_druk", 0.8, 0.6, -0.25, 1.2, 0.9, None, 71.5),
    ("BU03630002", "West", "GM0363", "Amsterdam", "veerkrachtig", 0.5, -0.1, 0.4, 0.3, -0.2, None, 40.0),
    ("BU03630003", "Noord", "GM0363", "Amsterdam", "gunstig", -0.2, -0.5, 0.3, -0.6, -0.8, None, 12.25),
    ("BU03630004", "Zuid", "GM0363", "Amsterdam", "geen_gegevens", None, None, None, None, None, "klein", None),
    ("BU05990001", "Centrum", "GM0599", "Rotterdam", "onder_druk", 1.1, 0.9, -0.5, 1.5, 1.4, None, 55.0),
    ("BU05990002", "Haven", "GM0599", "Rotterdam", "problemen", -0.1, 0.7, -0.6, 0.1, 0.6, None, 30.0),
]


def square(index, size=1000.0):
    x0 = 120000 + (index % 10) * size
    y0 = 480000 + (index // 10) * size
    return QgsGeometry.fromRect(QgsRectangle(x0, y0, x0 + size, y0 + size))


def memory_layer(rows=ROWS, name="buurten"):
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=" + FIELDS.replace("&", "&field="), name, "memory")
    features = []
    for index, row in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row) + [1000 + index])
        feature.setGeometry(square(index))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def write(layer, path, driver="GPKG"):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    options.layerName = "buurten"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsProject.instance().transformContext(),
                                                      options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error


def gpkg_layer(path, rows=ROWS, add=True):
    write(memory_layer(rows), path)
    layer = QgsVectorLayer(f"{path}|layername=buurten", "buurten", "ogr")
    assert layer.isValid()
    layer.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    if add:
        QgsProject.instance().addMapLayer(layer)
    return layer


def fid_of(layer, code):
    return next(f.id() for f in layer.getFeatures() if f["buurtcode"] == code)
