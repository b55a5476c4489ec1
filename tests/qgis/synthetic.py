"""A synthetic scored buurt layer (EPSG:28992) with known vk_ values for every class and value range."""

from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

CELL = 1000.0  # m; buurten are 800 m squares on a 1 km grid
SIZE = 800.0
X0, Y0 = 190000.0, 470000.0

CLASSES = ["onder_druk", "veerkrachtig", "problemen", "gunstig", "stabiel", "geen_gegevens"]
Z_VALUES = [-1.5, -0.6, 0.0, 0.6, 1.5, None]  # one per fixed class, plus NULL
CORPORATION = [5.0, 20.0, 40.0, 60.0, 80.0, None]

FIELDS = [
    ("buurtcode", "string"), ("vk_klasse", "string"), ("vk_klasse_rel", "string"), ("vk_signaal", "boolean"),
    ("vk_k_niveau", "double"), ("vk_dk", "double"), ("vk_p_niveau", "double"), ("vk_dp", "double"),
    ("vk_score", "double"), ("vk_focus", "integer"), ("p_corporatie_t1", "double"),
]


def cell_polygon(column, row):
    x, y = X0 + column * CELL, Y0 + row * CELL
    return QgsGeometry.fromWkt(f"POLYGON(({x} {y},{x + SIZE} {y},{x + SIZE} {y + SIZE},{x} {y + SIZE},{x} {y}))")


def cell_centre(column, row):
    return X0 + column * CELL + SIZE / 2, Y0 + row * CELL + SIZE / 2


def rows():
    """Row r, column c: class CLASSES[c]; z-values Z_VALUES[c]; focus (r*6+c) % 9 + 1; corp CORPORATION[c].

    Row 0 is the reference row used by the tests; the early-warning signal sits on (1, 1) (veerkrachtig).
    """
    out = []
    for r in range(3):
        for c in range(6):
            focus = None if c == 5 else (r * 5 + c) % 9 + 1
            out.append({
                "column": c, "row": r, "buurtcode": f"BU0000{r}{c:02d}0",
                "vk_klasse": CLASSES[c], "vk_klasse_rel": CLASSES[(c + r) % 5] if c < 5 else None,
                "vk_signaal": (r == 1 and c == 1),
                "vk_k_niveau": Z_VALUES[c], "vk_dk": Z_VALUES[c], "vk_p_niveau": Z_VALUES[c],
                "vk_dp": Z_VALUES[c], "vk_score": Z_VALUES[c], "vk_focus": focus,
                "p_corporatie_t1": CORPORATION[c],
            })
    return out


def make_layer(name="scored", corporation_name="p_corporatie_t1"):
    spec = "&".join(
        f"field={corporation_name if n == 'p_corporatie_t1' else n}:{t}" for n, t in FIELDS
    )
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:28992&{spec}", name, "memory")
    features = []
    for values in rows():
        feature = QgsFeature(layer.fields())
        feature.setGeometry(cell_polygon(values["column"], values["row"]))
        feature.setAttributes([values[n] for n, _t in FIELDS])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer
