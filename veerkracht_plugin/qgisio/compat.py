"""The one place where the plugin meets differences between QGIS versions (3.22 ... 3.44, ready for QGIS 4).

Everything else in the plugin uses the names defined here and no old spelling:

* enum members: the scoped name (``Qgis.ProcessingSourceType.Vector``, ``QgsSymbolLayer.Property.FillColor``)
  on a QGIS that has it; the old spelling only as the fallback for an older QGIS. QGIS 3.x keeps the old
  names as aliases, QGIS 4 drops them, so the fallback is only evaluated where the scoped name is missing.
* methods that QGIS deprecates or removes (``saveStyleToDatabase``, ``exportSldStyle``, ``parameterAsFields``):
  a function that calls the newer method where the QGIS version has it (``Qgis.QGIS_VERSION_INT``).
* ``QgsField`` types: ``QMetaType`` from QGIS 3.38 on (QGIS deprecates the ``QVariant`` constructor there).
* ``QAction`` / ``QShortcut``: in QtGui with Qt6 (and with Qt5 from QGIS 3.40), in QtWidgets before.

An old spelling in this file carries the comment ``# qgis4: ok``: scripts/qgis4_check.py (``make lint``)
reports every other one in the plugin.
"""

import importlib

from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsLayoutRenderContext,
    QgsLegendStyle,
    QgsMapLayerProxyModel,
    QgsPalLayerSettings,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsSymbolLayer,
    QgsUnitTypes,
    QgsVectorDataProvider,
    QgsWkbTypes,
)

from ..i18n import tr

try:  # Qt6, and Qt5 from QGIS 3.40 on
    from qgis.PyQt.QtGui import QAction, QShortcut
except ImportError:  # QGIS < 3.40 with Qt5
    from qgis.PyQt.QtWidgets import QAction, QShortcut  # qgis4: ok fallback for QGIS < 3.40

__all__ = ["QAction", "QShortcut"]

QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT


def _lookup(dotted):
    """The object at ``dotted`` ("Qgis.GeometryType.Polygon") in qgis.core or qgis.gui, or None."""
    for module_name in ("qgis.core", "qgis.gui"):
        value = importlib.import_module(module_name)
        for part in dotted.split("."):
            value = getattr(value, part, None)
            if value is None:
                break
        if value is not None:
            return value
    return None


def scoped(dotted, fallback):
    """The enum member ``dotted`` where this QGIS has it, else ``fallback()`` (the old spelling)."""
    value = _lookup(dotted)
    return fallback() if value is None else value


# --- Processing ------------------------------------------------------------------------------------------
SOURCE_VECTOR = scoped("Qgis.ProcessingSourceType.Vector",
                       lambda: QgsProcessing.SourceType.TypeVector)  # qgis4: ok fallback for QGIS < 3.36
SOURCE_VECTOR_POLYGON = scoped("Qgis.ProcessingSourceType.VectorPolygon",
                               lambda: QgsProcessing.SourceType.TypeVectorPolygon)  # qgis4: ok QGIS < 3.36
NUMBER_INTEGER = scoped("Qgis.ProcessingNumberParameterType.Integer",
                        lambda: QgsProcessingParameterNumber.Type.Integer)  # qgis4: ok QGIS < 3.36
NUMBER_DOUBLE = scoped("Qgis.ProcessingNumberParameterType.Double",
                       lambda: QgsProcessingParameterNumber.Type.Double)  # qgis4: ok QGIS < 3.36
FIELD_NUMERIC = scoped("Qgis.ProcessingFieldParameterDataType.Numeric",
                       lambda: QgsProcessingParameterField.Numeric)  # qgis4: ok QGIS < 3.36
ALGORITHM_NO_THREADING = scoped("Qgis.ProcessingAlgorithmFlag.NoThreading",
                                lambda: QgsProcessingAlgorithm.Flag.FlagNoThreading)  # qgis4: ok < 3.36


def parameter_as_strings(algorithm, parameters, name, context):
    """``parameterAsStrings`` (QGIS >= 3.32); ``parameterAsFields`` (deprecated in 3.40) before."""
    if QGIS_VERSION_INT >= 33200:
        return algorithm.parameterAsStrings(parameters, name, context)
    return algorithm.parameterAsFields(parameters, name, context)  # qgis4: ok fallback for QGIS < 3.32


# --- geometry, features, providers -----------------------------------------------------------------------
WKB_NO_GEOMETRY = scoped("Qgis.WkbType.NoGeometry",
                         lambda: QgsWkbTypes.Type.NoGeometry)  # qgis4: ok fallback for QGIS < 3.30
GEOMETRY_POLYGON = scoped("Qgis.GeometryType.Polygon",
                          lambda: QgsWkbTypes.GeometryType.PolygonGeometry)  # qgis4: ok fallback for QGIS < 3.30
GEOMETRY_POINT = scoped("Qgis.GeometryType.Point",
                        lambda: QgsWkbTypes.GeometryType.PointGeometry)  # qgis4: ok fallback for QGIS < 3.30
GEOMETRY_LINE = scoped("Qgis.GeometryType.Line",
                       lambda: QgsWkbTypes.GeometryType.LineGeometry)  # qgis4: ok fallback for QGIS < 3.30
GEOMETRY_NULL = scoped("Qgis.GeometryType.Null",
                       lambda: QgsWkbTypes.GeometryType.NullGeometry)  # qgis4: ok fallback for QGIS < 3.30
GEOMETRY_UNKNOWN = scoped("Qgis.GeometryType.Unknown",
                          lambda: QgsWkbTypes.GeometryType.UnknownGeometry)  # qgis4: ok fallback for QGIS < 3.30
REQUEST_NO_GEOMETRY = scoped("Qgis.FeatureRequestFlag.NoGeometry",
                             lambda: QgsFeatureRequest.Flag.NoGeometry)  # qgis4: ok fallback for QGIS < 3.36
CAN_CHANGE_ATTRIBUTE_VALUES = scoped(
    "Qgis.VectorProviderCapability.ChangeAttributeValues",
    lambda: QgsVectorDataProvider.Capability.ChangeAttributeValues)  # qgis4: ok fallback for QGIS < 3.40
CAN_ADD_ATTRIBUTES = scoped("Qgis.VectorProviderCapability.AddAttributes",
                            lambda: QgsVectorDataProvider.Capability.AddAttributes)  # qgis4: ok QGIS < 3.40
LAYER_FILTER_VECTOR = scoped("Qgis.LayerFilter.VectorLayer",
                             lambda: QgsMapLayerProxyModel.Filter.VectorLayer)  # qgis4: ok QGIS < 3.34
LAYER_FILTER_POLYGON = scoped("Qgis.LayerFilter.PolygonLayer",
                              lambda: QgsMapLayerProxyModel.Filter.PolygonLayer)  # qgis4: ok QGIS < 3.34


# --- symbols, labels, legends, layouts -------------------------------------------------------------------
SYMBOL_STROKE_WIDTH = scoped("QgsSymbolLayer.Property.StrokeWidth",
                             lambda: QgsSymbolLayer.Property.PropertyStrokeWidth)  # qgis4: ok older QGIS
SYMBOL_FILL_COLOR = scoped("QgsSymbolLayer.Property.FillColor",
                           lambda: QgsSymbolLayer.Property.PropertyFillColor)  # qgis4: ok older QGIS
SYMBOL_LAYER_ENABLED = scoped("QgsSymbolLayer.Property.LayerEnabled",
                              lambda: QgsSymbolLayer.Property.PropertyLayerEnabled)  # qgis4: ok older QGIS
SYMBOL_STROKE_STYLE = scoped("QgsSymbolLayer.Property.StrokeStyle",
                             lambda: QgsSymbolLayer.Property.PropertyStrokeStyle)  # qgis4: ok older QGIS
SYMBOL_SIZE = scoped("QgsSymbolLayer.Property.Size",
                     lambda: QgsSymbolLayer.Property.PropertySize)  # qgis4: ok older QGIS
RENDER_MILLIMETERS = scoped("Qgis.RenderUnit.Millimeters",
                            lambda: QgsUnitTypes.RenderUnit.RenderMillimeters)  # qgis4: ok fallback for QGIS < 3.30
RENDER_PIXELS = scoped("Qgis.RenderUnit.Pixels",
                       lambda: QgsUnitTypes.RenderUnit.RenderPixels)  # qgis4: ok fallback for QGIS < 3.30
LABEL_HORIZONTAL = scoped("Qgis.LabelPlacement.Horizontal",
                          lambda: QgsPalLayerSettings.Placement.Horizontal)  # qgis4: ok fallback for QGIS < 3.26
LABEL_OVER_POINT = scoped("Qgis.LabelPlacement.OverPoint",
                          lambda: QgsPalLayerSettings.Placement.OverPoint)  # qgis4: ok QGIS < 3.26
LABEL_QUADRANT_ABOVE = scoped("Qgis.LabelQuadrantPosition.Above",
                              lambda: QgsPalLayerSettings.QuadrantPosition.QuadrantAbove)  # qgis4: ok QGIS < 3.26
LEGEND_HIDDEN = scoped("Qgis.LegendComponent.Hidden",
                       lambda: QgsLegendStyle.Style.Hidden)  # qgis4: ok fallback for QGIS < 3.42
LEGEND_TITLE = scoped("Qgis.LegendComponent.Title",
                      lambda: QgsLegendStyle.Style.Title)  # qgis4: ok fallback for QGIS < 3.42
LEGEND_SYMBOL_LABEL = scoped("Qgis.LegendComponent.SymbolLabel",
                             lambda: QgsLegendStyle.Style.SymbolLabel)  # qgis4: ok fallback for QGIS < 3.42


def layout_render_flags():
    """Antialiasing and advanced effects, as the flags of a layout export's settings."""
    if _lookup("Qgis.LayoutRenderFlag") is not None:  # QGIS >= 3.44
        return Qgis.LayoutRenderFlags(Qgis.LayoutRenderFlag.Antialiasing | Qgis.LayoutRenderFlag.UseAdvancedEffects)
    return QgsLayoutRenderContext.Flags(  # qgis4: ok fallback for QGIS < 3.44
        QgsLayoutRenderContext.Flag.FlagAntialiasing  # qgis4: ok
        | QgsLayoutRenderContext.Flag.FlagUseAdvancedEffects  # qgis4: ok
    )


# --- styles ----------------------------------------------------------------------------------------------
def save_style_to_database(layer, name, description, use_as_default, ui_file_content=""):
    """Store the layer's current style in its data source; returns an error message ('' when stored).

    ``saveStyleToDatabaseV2`` where QGIS has it (3.44, QGIS 4; the old method is deprecated there),
    ``saveStyleToDatabase`` before.
    """
    if QGIS_VERSION_INT >= 34400 and hasattr(layer, "saveStyleToDatabaseV2"):
        result, message = layer.saveStyleToDatabaseV2(name, description, use_as_default, ui_file_content)
        from qgis.core import QgsMapLayer

        failures = QgsMapLayer.SaveStyleResult.QmlGenerationFailed | QgsMapLayer.SaveStyleResult.DatabaseWriteFailed
        return (message or tr("The data source did not store the style.")) if result & failures else ""
    error = layer.saveStyleToDatabase(name, description, use_as_default, ui_file_content)  # qgis4: ok < 3.44
    if isinstance(error, tuple):  # some QGIS versions return (ok, message)
        error = "" if error[0] is True else error[-1]
    return error or ""


def export_sld_style(layer):
    """The layer's style as an SLD QDomDocument: ``exportSldStyleV3`` (QGIS >= 3.44), ``exportSldStyle`` before."""
    if QGIS_VERSION_INT >= 34400 and hasattr(layer, "exportSldStyleV3"):
        from qgis.core import QgsSldExportContext

        return layer.exportSldStyleV3(QgsSldExportContext())
    from qgis.PyQt.QtXml import QDomDocument

    document = QDomDocument()
    layer.exportSldStyle(document, "")  # qgis4: ok fallback for QGIS < 3.44
    return document


# --- field types -----------------------------------------------------------------------------------------
def field_type(kind):
    """The QgsField type for a kind ('double', 'int', 'int64', 'bool', 'string', 'datetime'): QMetaType from
    QGIS 3.38 on (QGIS 4: only that), QVariant before."""
    if QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        types = QMetaType.Type
        return {"double": types.Double, "int": types.Int, "int64": types.LongLong, "bool": types.Bool,
                "string": types.QString, "datetime": types.QDateTime}[kind]
    from qgis.PyQt.QtCore import QVariant

    return {"double": QVariant.Double, "int": QVariant.Int, "int64": QVariant.LongLong,  # qgis4: ok QGIS < 3.38
            "bool": QVariant.Bool, "string": QVariant.String, "datetime": QVariant.DateTime}[kind]  # qgis4: ok
