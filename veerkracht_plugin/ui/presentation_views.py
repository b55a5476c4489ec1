"""The views of presentation mode: the nine maps, the mix and the layer's own style as style overrides
for the presentation canvas, their legends, the focus outline, and the sizes scaled to the screen."""


from qgis.core import (
    Qgis,
    QgsCentroidFillSymbolLayer,
    QgsFeature,
    QgsFillSymbol,
    QgsMapLayer,
    QgsPalLayerSettings,
    QgsProperty,
    QgsReadWriteContext,
    QgsSimpleLineSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsSymbolLayerUtils,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QGuiApplication, QPainter, QPen, QPixmap
from qgis.PyQt.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit
from qgis.PyQt.QtXml import QDomDocument

from ..core.palette import STRATEGY_COLORS
from ..i18n import tr
from ..qgisio.compat import GEOMETRY_POINT, LABEL_OVER_POINT, RENDER_PIXELS, SYMBOL_SIZE
from .mixstyle import (
    DISCUSSED_FILL,
    NOT_DISCUSSED_FILL,
    NOT_DISCUSSED_SQUARE,
    bold_halo_format,
    intensity_color,
    mix_label_settings,
    mix_renderer,
)
from .tags import strategy_title

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up)
OVERVIEW_KEYS = (Qt.Key.Key_0, Qt.Key.Key_Home)
MAP_NUMBER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}
MIX, OWN = "mix", "own"
#: the reference screen height: sizes are given for 1080 px and scaled to the screen
REFERENCE_HEIGHT = 1080
LABEL_PT = 24  # buurt labels at 1080 px (readable from 8 m on a projected 1920x1080 image)
GLYPH_SQUARE_PX = 34  # one square of the mix glyph at 1080 px: the glyph is 68 px
MARKER_MM = 9.0  # the early-warning triangle at 1080 px (5.5 mm on the QGIS canvas)
POINT_GEOMETRY = getattr(getattr(Qgis, "GeometryType", None), "Point", None) or GEOMETRY_POINT
#: zoomed to a buurt, its wijk is shown around it, but never more than this many buurt sizes
MAX_CONTEXT = 6.0
MIN_CONTEXT = 2.5
SCREEN_SETTING = "Veerkracht/dock/presentation_screen"
TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
CARD_TEXT_LIMIT = 200


def maps_module():
    """The nine map styles (imported on first use: the dock opens without them)."""
    from ..qgisio import maps

    return maps


def quote_value(value):
    return "'{}'".format(str(value).replace("'", "''"))


def screen_label(index, screen, current):
    size = screen.geometry()
    text = tr("Screen {n}: {width}×{height}").format(n=index + 1, width=size.width(), height=size.height())
    return text + (" " + tr("(this screen)") if screen is current else "")


def default_screen(window):
    """The projector: the first screen the QGIS window is not on, else the QGIS window's screen."""
    screens = QGuiApplication.screens()
    current = window.screen() if window is not None and hasattr(window, "screen") else None
    current = current or QGuiApplication.primaryScreen()
    others = [screen for screen in screens if screen is not current]
    return others[0] if others else current


class PresentationStyles:
    """The views of the buurt layer, as style overrides for the presentation canvas: the nine maps, the
    mix and the layer's own style, each with presentation labels; and their legends. The XML is made on
    a scratch memory layer with the same fields, so the real layer is never restyled."""

    def __init__(self, layer, fields, scale):
        self.layer = layer
        self.fields = fields
        self.scale = scale
        self.cache = {}

    @property
    def label_size(self):
        return round(LABEL_PT * self.scale, 1)

    @property
    def glyph_size(self):
        return max(30, round(GLYPH_SQUARE_PX * self.scale))

    def available(self):
        """Map keys the layer has the fields for, in map order."""
        try:
            return maps_module().available_maps(self.layer, self.fields.corporation)
        except Exception:  # noqa: BLE001 - no maps is a valid answer for an unscored layer
            return []

    def _scratch(self):
        scratch = QgsVectorLayer("Polygon?crs=EPSG:28992", "veerkracht", "memory")
        scratch.dataProvider().addAttributes(self.layer.fields().toList())
        scratch.updateFields()
        return scratch

    def name_labels(self):
        settings = QgsPalLayerSettings()
        name = self.fields.name or self.fields.code
        settings.fieldName = f'"{name}"' if name else "$id"
        settings.isExpression = True
        settings.placement = LABEL_OVER_POINT
        # over the point the early-warning triangle and the mix glyph are drawn at
        settings.geometryGeneratorEnabled = True
        settings.geometryGenerator = "point_on_surface($geometry)"
        settings.geometryGeneratorType = POINT_GEOMETRY
        settings.setFormat(bold_halo_format(self.label_size, "#000000", 1.6))
        signal = self.fields.get("vk_signaal")
        if signal:  # the name above the triangle, not over it
            properties = settings.dataDefinedProperties()
            flag = f'coalesce("{signal}", false)'
            properties.setProperty(QgsPalLayerSettings.Property.OffsetQuad,
                                   QgsProperty.fromExpression(f"if({flag}, 1, 4)"))
            properties.setProperty(QgsPalLayerSettings.Property.OffsetXY, QgsProperty.fromExpression(
                f"if({flag}, '0,{-round(MARKER_MM * self.scale * 0.55, 1)}', '0,0')"))
            settings.setDataDefinedProperties(properties)
        return self.focus_first(settings, self.label_size)

    @staticmethod
    def focus_first(settings, size):
        """The buurt in focus (canvas variable ``vk_focus``) always gets its label, larger, first."""
        properties = settings.dataDefinedProperties()
        focus = "$id = coalesce(@vk_focus, -1)"
        properties.setProperty(QgsPalLayerSettings.Property.Priority,
                               QgsProperty.fromExpression(f"if({focus}, 10, 5)"))
        properties.setProperty(QgsPalLayerSettings.Property.AlwaysShow, QgsProperty.fromExpression(focus))
        properties.setProperty(QgsPalLayerSettings.Property.Size,
                               QgsProperty.fromExpression(f"if({focus}, {round(size * 1.25, 1)}, {size})"))
        settings.setDataDefinedProperties(properties)
        return settings

    def enlarge_markers(self, renderer):
        """Point markers of a map (the early-warning triangle) at projector size."""
        size = round(MARKER_MM * self.scale, 1)
        for rule in renderer.rootRule().descendants() if hasattr(renderer, "rootRule") else []:
            symbol = rule.symbol()
            for index in range(symbol.symbolLayerCount() if symbol is not None else 0):
                layer = symbol.symbolLayer(index)
                marker = layer.subSymbol() if isinstance(layer, QgsCentroidFillSymbolLayer) else None
                for marker_index in range(marker.symbolLayerCount() if marker is not None else 0):
                    marker_layer = marker.symbolLayer(marker_index)
                    marker_layer.setDataDefinedProperty(SYMBOL_SIZE, QgsProperty())
                    marker_layer.setSize(size)

    def view(self, key):
        """(style XML, scratch layer with that style) for view ``key``: a map key, MIX or OWN."""
        if key in self.cache:
            return self.cache[key]
        scratch = self._scratch()
        if key == MIX:
            scratch.setRenderer(mix_renderer(self.glyph_size, RENDER_PIXELS))
            labels = mix_label_settings(self.fields.name, size=self.label_size * 0.8, glyph_size=self.glyph_size,
                                        unit=RENDER_PIXELS, everyone=True)
            labels.scaleVisibility = False
            labels = self.focus_first(labels, round(self.label_size * 0.8, 1))
        elif key == OWN:
            scratch.setRenderer(self.layer.renderer().clone())
            labels = self.name_labels()
        else:
            maps_module().apply_map_style(scratch, key, self.fields.corporation)
            self.enlarge_markers(scratch.renderer())
            labels = self.name_labels()
        scratch.setLabeling(QgsVectorLayerSimpleLabeling(labels))
        scratch.setLabelsEnabled(True)
        document = QDomDocument()
        scratch.exportNamedStyle(document, QgsReadWriteContext(),
                                 QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling)
        self.cache[key] = (document.toString(), scratch)
        return self.cache[key]

    def legend(self, key, icon_size):
        """[(QPixmap, label)] for view ``key``."""
        if key == MIX:
            return mix_legend(icon_size)
        _xml, scratch = self.view(key)
        entries = []
        for item in scratch.renderer().legendSymbolItems():
            if item.symbol() is None:
                continue
            pixmap = QgsSymbolLayerUtils.symbolPreviewPixmap(item.symbol(), icon_size)
            entries.append((pixmap, item.label()))
        return entries

    def title(self, key):
        if key == MIX:
            return tr("Mix of handelingsperspectieven")
        if key == OWN:
            return self.layer.name()
        return maps_module().MAPS[key].title


def _square(size, fill, dashed=False, border="#333333"):
    pixmap = QPixmap(size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setPen(QPen(QColor(border), 2, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine))
    painter.setBrush(QColor(fill))
    painter.drawRect(1, 1, size.width() - 3, size.height() - 3)
    painter.end()
    return pixmap


def mix_legend(icon_size):
    """The mix map's legend: the four perspectives, the intensity scale, not yet discussed."""
    entries = [(_square(icon_size, STRATEGY_COLORS[field]), strategy_title(field)) for field in
               ("vk_hp_sociaal", "vk_hp_leefomgeving", "vk_hp_herpositionering", "vk_hp_woningprogramma")]
    scale = QPixmap(icon_size)
    scale.fill(QColor(0, 0, 0, 0))
    painter = QPainter(scale)
    step = icon_size.width() / 4
    for intensity in range(4):
        painter.setPen(QPen(QColor("#333333"), 1))
        painter.setBrush(intensity_color("vk_hp_sociaal", intensity))
        painter.drawRect(int(intensity * step), 1, int(step) - 1, icon_size.height() - 3)
    painter.end()
    entries.append((scale, tr("lighter = less effort: 0 none … 3 main effort")))
    entries.append((_square(icon_size, NOT_DISCUSSED_SQUARE, dashed=True), tr("perspective not yet discussed")))
    entries.append((_square(icon_size, DISCUSSED_FILL), tr("buurt discussed (glyph: top S | L, bottom H | W)")))
    entries.append((_square(icon_size, NOT_DISCUSSED_FILL), tr("buurt not yet discussed")))
    return entries


class FocusOutline:
    """The outline of the buurt in focus: a small memory layer drawn over the buurt layer and under all
    labels (a canvas item would cross the labels), white under black so it shows on dark fills too."""

    def __init__(self, crs, scale):
        self.layer = QgsVectorLayer("MultiPolygon?crs=" + crs.authid() if crs.authid() else "MultiPolygon",
                                    "focus", "memory")
        if not crs.authid():
            self.layer.setCrs(crs)
        symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": "255,255,255,255",
                                             "outline_width": str(round(11 * scale, 1)),
                                             "outline_width_unit": "Pixel"})
        inner = QgsSimpleLineSymbolLayer(QColor("#000000"), round(5 * scale, 1))
        inner.setWidthUnit(RENDER_PIXELS)
        symbol.appendSymbolLayer(inner)
        self.layer.setRenderer(QgsSingleSymbolRenderer(symbol))

    def show(self, geometry):
        provider = self.layer.dataProvider()
        provider.truncate()
        if geometry is not None:
            feature = QgsFeature()
            feature.setGeometry(geometry)
            provider.addFeatures([feature])
        self.layer.updateExtents()
        self.layer.triggerRepaint()


def fmt_number(value):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return number if number > -99990 else 0.0


def escape_html(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
