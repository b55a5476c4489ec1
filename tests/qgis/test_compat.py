"""qgisio/compat.py, the one helper for differences between QGIS versions: on the QGIS running the tests the
names mean what the old spellings meant, the newer API is used where this QGIS has it, and nothing raises a
DeprecationWarning (warnings are errors in these tests)."""

import warnings

import pytest
from qgis.core import Qgis, QgsField, QgsProcessingContext, QgsVectorLayer

from veerkracht_plugin.qgisio import compat

#: compat name -> (the old spelling, the scoped name that QGIS 4 keeps)
ENUMS = {
    "SOURCE_VECTOR": ("QgsProcessing.TypeVector", "Qgis.ProcessingSourceType.Vector"),
    "SOURCE_VECTOR_POLYGON": ("QgsProcessing.TypeVectorPolygon", "Qgis.ProcessingSourceType.VectorPolygon"),
    "NUMBER_INTEGER": ("QgsProcessingParameterNumber.Integer", "Qgis.ProcessingNumberParameterType.Integer"),
    "NUMBER_DOUBLE": ("QgsProcessingParameterNumber.Double", "Qgis.ProcessingNumberParameterType.Double"),
    "FIELD_NUMERIC": ("QgsProcessingParameterField.Numeric", "Qgis.ProcessingFieldParameterDataType.Numeric"),
    "ALGORITHM_NO_THREADING": ("QgsProcessingAlgorithm.FlagNoThreading", "Qgis.ProcessingAlgorithmFlag.NoThreading"),
    "WKB_NO_GEOMETRY": ("QgsWkbTypes.NoGeometry", "Qgis.WkbType.NoGeometry"),
    "GEOMETRY_POLYGON": ("QgsWkbTypes.PolygonGeometry", "Qgis.GeometryType.Polygon"),
    "GEOMETRY_POINT": ("QgsWkbTypes.PointGeometry", "Qgis.GeometryType.Point"),
    "GEOMETRY_LINE": ("QgsWkbTypes.LineGeometry", "Qgis.GeometryType.Line"),
    "GEOMETRY_NULL": ("QgsWkbTypes.NullGeometry", "Qgis.GeometryType.Null"),
    "GEOMETRY_UNKNOWN": ("QgsWkbTypes.UnknownGeometry", "Qgis.GeometryType.Unknown"),
    "REQUEST_NO_GEOMETRY": ("QgsFeatureRequest.NoGeometry", "Qgis.FeatureRequestFlag.NoGeometry"),
    "CAN_CHANGE_ATTRIBUTE_VALUES": ("QgsVectorDataProvider.ChangeAttributeValues",
                                    "Qgis.VectorProviderCapability.ChangeAttributeValues"),
    "CAN_ADD_ATTRIBUTES": ("QgsVectorDataProvider.AddAttributes", "Qgis.VectorProviderCapability.AddAttributes"),
    "LAYER_FILTER_VECTOR": ("QgsMapLayerProxyModel.VectorLayer", "Qgis.LayerFilter.VectorLayer"),
    "LAYER_FILTER_POLYGON": ("QgsMapLayerProxyModel.PolygonLayer", "Qgis.LayerFilter.PolygonLayer"),
    "SYMBOL_STROKE_WIDTH": ("QgsSymbolLayer.PropertyStrokeWidth", "QgsSymbolLayer.Property.StrokeWidth"),
    "SYMBOL_FILL_COLOR": ("QgsSymbolLayer.PropertyFillColor", "QgsSymbolLayer.Property.FillColor"),
    "SYMBOL_LAYER_ENABLED": ("QgsSymbolLayer.PropertyLayerEnabled", "QgsSymbolLayer.Property.LayerEnabled"),
    "SYMBOL_STROKE_STYLE": ("QgsSymbolLayer.PropertyStrokeStyle", "QgsSymbolLayer.Property.StrokeStyle"),
    "SYMBOL_SIZE": ("QgsSymbolLayer.PropertySize", "QgsSymbolLayer.Property.Size"),
    "RENDER_MILLIMETERS": ("QgsUnitTypes.RenderMillimeters", "Qgis.RenderUnit.Millimeters"),
    "RENDER_PIXELS": ("QgsUnitTypes.RenderPixels", "Qgis.RenderUnit.Pixels"),
    "LABEL_HORIZONTAL": ("QgsPalLayerSettings.Horizontal", "Qgis.LabelPlacement.Horizontal"),
    "LABEL_OVER_POINT": ("QgsPalLayerSettings.Placement.OverPoint", "Qgis.LabelPlacement.OverPoint"),
    "LABEL_QUADRANT_ABOVE": ("QgsPalLayerSettings.QuadrantAbove", "Qgis.LabelQuadrantPosition.Above"),
    "LEGEND_HIDDEN": ("QgsLegendStyle.Hidden", "Qgis.LegendComponent.Hidden"),
    "LEGEND_TITLE": ("QgsLegendStyle.Title", "Qgis.LegendComponent.Title"),
    "LEGEND_SYMBOL_LABEL": ("QgsLegendStyle.SymbolLabel", "Qgis.LegendComponent.SymbolLabel"),
}


@pytest.fixture(autouse=True)
def deprecations_are_errors():
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        yield


def test_every_compat_enum_is_listed_here():
    names = {name for name in vars(compat) if name.isupper() and name != "QGIS_VERSION_INT"}
    assert names == set(ENUMS)


@pytest.mark.parametrize("name", sorted(ENUMS))
def test_enum_means_what_the_old_spelling_meant(name):
    old, new = ENUMS[name]
    value = getattr(compat, name)
    old_value = compat._lookup(old)  # QGIS 4 drops it; QGIS 3 keeps it (as an alias from 3.30 on)
    if old_value is not None:
        assert value == old_value
    scoped = compat._lookup(new)
    if Qgis.QGIS_VERSION_INT >= 34400:  # every scoped name exists from 3.44 on: no old spelling is used
        assert scoped is not None
    if scoped is not None:
        assert value is scoped or value == scoped


def test_scoped_falls_back_only_where_the_name_is_missing():
    assert compat.scoped("Qgis.GeometryType.NoSuchMember", lambda: "old") == "old"
    assert compat.scoped("Qgis.TextRenderFormat.AlwaysText", lambda: pytest.fail("not needed")) \
        == Qgis.TextRenderFormat.AlwaysText


def test_layout_render_flags_are_antialiasing_and_advanced_effects():
    from qgis.core import QgsLayoutExporter

    settings = QgsLayoutExporter.PdfExportSettings()
    settings.flags = compat.layout_render_flags()
    flags = compat._lookup("Qgis.LayoutRenderFlag") or compat._lookup("QgsLayoutRenderContext")
    antialiasing = getattr(flags, "Antialiasing", None) or flags.FlagAntialiasing
    effects = getattr(flags, "UseAdvancedEffects", None) or flags.FlagUseAdvancedEffects
    assert settings.flags & antialiasing and settings.flags & effects
    assert not settings.flags & (getattr(flags, "Debug", None) or flags.FlagDebug)


@pytest.mark.parametrize("kind, type_name", [("double", "double"), ("int", "integer"), ("int64", "int8"),
                                             ("bool", "boolean"), ("string", "string"), ("datetime", "datetime")])
def test_field_types(qgis_app, kind, type_name):
    layer = QgsVectorLayer("Point?crs=EPSG:28992", "t", "memory")
    layer.dataProvider().addAttributes([QgsField("f", compat.field_type(kind))])
    layer.updateFields()
    assert layer.fields().field("f").typeName().lower() == type_name


def _gpkg_layer(tmp_path):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransformContext, QgsFields, QgsVectorFileWriter

    path = str(tmp_path / "s.gpkg")
    fields = QgsFields()
    fields.append(QgsField("vk_klasse", compat.field_type("string")))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    writer = QgsVectorFileWriter.create(path, fields, compat.scoped("Qgis.WkbType.Polygon", lambda: 3),
                                        QgsCoordinateReferenceSystem("EPSG:28992"),
                                        QgsCoordinateTransformContext(), options)
    assert writer.hasError() == QgsVectorFileWriter.WriterError.NoError, writer.errorMessage()
    del writer
    layer = QgsVectorLayer(path, "s", "ogr")
    assert layer.isValid()
    return layer


def test_save_style_to_database_stores_the_style(qgis_app, tmp_path):
    layer = _gpkg_layer(tmp_path)
    assert compat.save_style_to_database(layer, "kaart", "een kaart", True) == ""
    count, _ids, names, _descriptions, _error = layer.listStylesInDatabase()
    assert count == 1 and names == ["kaart"]


def test_save_style_to_database_reports_a_failure(qgis_app):
    layer = QgsVectorLayer("Point?crs=EPSG:28992", "t", "memory")  # the memory provider stores no styles
    assert compat.save_style_to_database(layer, "kaart", "", False) != ""


def test_export_sld_style(qgis_app):
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=vk_klasse:string", "t", "memory")
    document = compat.export_sld_style(layer)
    assert "StyledLayerDescriptor" in document.toString()
    assert "PolygonSymbolizer" in document.toString()


def test_parameter_as_strings(qgis_app, qgis_processing):
    from veerkracht_plugin.algorithms.score import Score

    algorithm = Score()
    algorithm.initAlgorithm({})
    name = Score.VULNERABILITY_T0
    assert compat.parameter_as_strings(algorithm, {name: ["a", "b"]}, name, QgsProcessingContext()) == ["a", "b"]


def test_qaction_and_qshortcut(qgis_app):
    from qgis.PyQt.QtGui import QKeySequence
    from qgis.PyQt.QtWidgets import QWidget

    widget = QWidget()
    action = compat.QAction("Veerkracht", widget)
    shortcut = compat.QShortcut(QKeySequence("F5"), widget)
    assert action.text() == "Veerkracht" and shortcut.key().toString() == "F5"
