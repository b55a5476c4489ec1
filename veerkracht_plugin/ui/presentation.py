"""Presentation mode for a whole session (gebiedsatelier), and the dock panel that starts it and styles
the mix map.

Presentation mode opens a window of its own, full screen on the chosen screen (the projector; the QGIS
window with the dock stays where it is, on the laptop). Nothing of the QGIS window is hidden, moved or
restyled, so leaving (Esc) gives back exactly what was there, on every QGIS version: the window is
closed and the selection the user had is restored. The window holds:

* a map canvas of its own showing the project's layers. The buurt layer is drawn through the canvas's
  *style overrides* (``QgsMapCanvas.setLayerStyleOverrides``): the nine maps (``maps.MAPS``, keys 1–9,
  buttons on top), the mix of handelingsperspectieven (Tab) or the layer's own style, each with large
  labels scaled to the screen (≥ 24 pt at 1080 px high, the mix glyph ≥ 60 px), without touching the
  layer's own style;
* a title bar (map title and gemeente) with the map buttons;
* a side panel: a search box (typing a buurt name anywhere jumps to it), the card of the buurt in focus
  in large type (class, vroeg signaal, inhabitants, households and key figures, its
  handelingsperspectieven – editable – and wijkschets), and the legend of the map shown;
* a bar with a large key hint and the position in the list (← →).

Keys: → PageDown Space ↓ next, ← PageUp Backspace ↑ previous (presenter clickers send PageDown/PageUp),
1–9 a map, Tab the mix map, 0 / Home an overview of the whole gemeente, letters search, Esc back. While
presenting no key reaches the QGIS window's shortcuts (an application event filter accepts every
ShortcutOverride in the presentation window); with the dock on a second screen, PageDown/PageUp typed
in the QGIS window (outside text fields) still step the presentation, so a clicker keeps working.

The buurt in focus is selected in the layer (the dock on the laptop shows it; the presentation canvas
draws no selection); tags chosen on the side card are set through the Handelingsperspectieven panel of
the dock, exactly as if chosen there (same saving, same undo).
"""

from qgis.core import (
    Qgis,
    QgsCentroidFillSymbolLayer,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsMapLayer,
    QgsPalLayerSettings,
    QgsProject,
    QgsProperty,
    QgsReadWriteContext,
    QgsRectangle,
    QgsSettings,
    QgsSimpleLineSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsSymbolLayerUtils,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.gui import QgsMapCanvas, QgsMapToolPan
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QObject, QSize, QStringListModel, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor, QGuiApplication, QPainter, QPen, QPixmap
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from qgis.PyQt.QtXml import QDomDocument

from ..core.messages import VeerkrachtError
from ..core.palette import CLASS_COLORS, STRATEGY_COLORS, text_color_on
from ..i18n import decimal_mark, tr
from .classlabels import CLASS_MEANINGS, CLASS_ORDER, class_label
from .inspector import SIGNAL_COLOR, chip_style, fmt, is_true
from .maptool import BuurtPickTool
from .mixstyle import (
    DISCUSSED_FILL,
    GLYPH_OFFSETS,
    NOT_DISCUSSED_FILL,
    NOT_DISCUSSED_SQUARE,
    PIXELS,
    apply_mix_style,
    bold_halo_format,
    has_mix_style,
    intensity_color,
    mix_label_settings,
    mix_renderer,
    restore_previous_style,
)
from .tags import STRATEGIES, intensity_labels, strategy_title
from .tagstore import HP_FIELDS, missing_fields, storage_problem

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
POINT_GEOMETRY = getattr(getattr(Qgis, "GeometryType", None), "Point", None) or QgsWkbTypes.GeometryType.PointGeometry
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


def buurt_list(context, mode, klasse=None):
    """Feature ids for the presentation: mode 'onder_druk', 'class' (with ``klasse``) or 'selection';
    ordered by gemeente and buurtcode (the order of the CBS tables)."""
    layer = context.layer
    if layer is None:
        return []
    if mode == "selection":
        fids = list(layer.selectedFeatureIds())
        request = QgsFeatureRequest().setFilterFids(fids)
    else:
        klasse_field = context.fields.get("vk_klasse")
        if klasse_field is None:
            return []
        code = "onder_druk" if mode == "onder_druk" else (klasse or "onder_druk")
        request = QgsFeatureRequest().setFilterExpression(
            "\"{}\" = '{}'".format(klasse_field, code.replace("'", "''")))
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    for field in (context.fields.gemeente, context.fields.code):
        if field:
            request.addOrderBy(f'"{field}"')
    request.setNoAttributes() if not (context.fields.gemeente or context.fields.code) else None
    return [feature.id() for feature in layer.getFeatures(request)]


def _quote(value):
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
        settings.placement = QgsPalLayerSettings.Placement.OverPoint
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
                    marker_layer.setDataDefinedProperty(QgsSymbolLayer.Property.PropertySize, QgsProperty())
                    marker_layer.setSize(size)

    def view(self, key):
        """(style XML, scratch layer with that style) for view ``key``: a map key, MIX or OWN."""
        if key in self.cache:
            return self.cache[key]
        scratch = self._scratch()
        if key == MIX:
            scratch.setRenderer(mix_renderer(self.glyph_size, PIXELS))
            labels = mix_label_settings(self.fields.name, size=self.label_size * 0.8, glyph_size=self.glyph_size,
                                        unit=PIXELS, everyone=True)
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
        inner.setWidthUnit(PIXELS)
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


class PresentationTool(QgsMapToolPan):
    """Drag pans, a click jumps to the buurt clicked on."""

    def __init__(self, canvas, context, on_pick):
        super().__init__(canvas)
        self.picker = BuurtPickTool(canvas, context)
        self.on_pick = on_pick
        self.pressed_at = None

    def canvasPressEvent(self, event):  # noqa: N802
        self.pressed_at = event.pos()
        super().canvasPressEvent(event)

    def canvasReleaseEvent(self, event):  # noqa: N802
        moved = self.pressed_at is None or (event.pos() - self.pressed_at).manhattanLength() > 4
        if moved or event.button() != Qt.MouseButton.LeftButton:
            super().canvasReleaseEvent(event)
            return
        fid = self.picker.feature_at(event.mapPoint())
        if fid is not None:
            self.on_pick(fid)


class NoWheelFilter(QObject):
    """A tag combo changes only by a deliberate click, never by a wheel scrolling past it."""

    def eventFilter(self, _watched, event):  # noqa: N802
        return event.type() == QEvent.Type.Wheel


class PresentationWindow(QWidget):
    """The full-screen window: title bar, canvas, side panel, key hint. Built and driven by
    :class:`PresentationMode`."""

    def __init__(self, mode, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.mode = mode
        self.setObjectName("vkPresentationWindow")
        self.setWindowTitle(tr("Veerkracht presentation"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.map_buttons = {}
        self.tag_combos = {}
        self._no_wheel = NoWheelFilter(self)

    def build(self, scale, maps, available):
        px = lambda size: max(10, round(size * scale))  # noqa: E731
        self.setStyleSheet(f"""
            #vkPresentationWindow {{ background: #FFFFFF; }}
            #vkPresTop, #vkPresBottom {{ background: #F2F2F2; }}
            #vkPresTop {{ border-bottom: 2px solid #BBBBBB; }}
            #vkPresBottom {{ border-top: 2px solid #BBBBBB; }}
            #vkPresSide {{ background: #FFFFFF; border-left: 2px solid #BBBBBB; }}
            QLabel {{ color: #000000; font-size: {px(22)}px; }}
            #vkPresTitle {{ font-size: {px(40)}px; font-weight: bold; }}
            #vkPresSubtitle {{ font-size: {px(26)}px; color: #333333; }}
            #vkPresHint {{ font-size: {px(22)}px; color: #111111; }}
            #vkPresCounter {{ font-size: {px(26)}px; font-weight: bold; }}
            #vkPresMessage {{ font-size: {px(22)}px; color: #8A3B00; font-weight: bold; }}
            #vkPresName {{ font-size: {px(40)}px; font-weight: bold; }}
            #vkPresPlace {{ font-size: {px(22)}px; color: #333333; }}
            #vkPresSection {{ font-size: {px(22)}px; font-weight: bold; color: #333333; margin-top: {px(8)}px; }}
            #vkPresText {{ font-size: {px(20)}px; }}
            #vkPresLegendTitle {{ font-size: {px(22)}px; font-weight: bold; }}
            #vkPresLegend {{ background: #FFFFFF; border-top: 2px solid #BBBBBB; }}
            #vkPresLegend QLabel {{ font-size: {px(18)}px; }}
            QPushButton {{ font-size: {px(24)}px; font-weight: bold; padding: {px(4)}px {px(10)}px;
                           min-width: {px(30)}px; border: 2px solid #777777; border-radius: {px(6)}px;
                           background: #FFFFFF; color: #000000; }}
            QPushButton:checked {{ background: #000000; color: #FFFFFF; border-color: #000000; }}
            QPushButton:disabled {{ color: #AAAAAA; border-color: #CCCCCC; }}
            QLineEdit {{ font-size: {px(24)}px; padding: {px(4)}px; border: 2px solid #777777; }}
            QComboBox {{ font-size: {px(21)}px; padding: {px(2)}px {px(6)}px; }}
        """)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        # title bar
        top = QFrame(self)
        top.setObjectName("vkPresTop")
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(px(20), px(10), px(20), px(10))
        titles = QVBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("vkPresTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("vkPresSubtitle")
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        top_layout.addLayout(titles, 1)
        for number, (key, spec) in enumerate(maps.items(), start=1):
            button = self._button(str(number), f"vkPresMap_{number}",
                                  tr("Map {n}: {title} (key {n})").format(n=number, title=spec.title),
                                  lambda _checked=False, k=key: self.mode.show_view(k), checkable=True)
            button.setEnabled(key in available)
            self.map_buttons[key] = button
            top_layout.addWidget(button)
        top_layout.addSpacing(px(10))
        mix = self._button(tr("Mix"), "vkPresMix", tr("The mix of handelingsperspectieven (Tab)"),
                           lambda _checked=False: self.mode.show_view(MIX), checkable=True)
        self.map_buttons[MIX] = mix
        top_layout.addWidget(mix)
        top_layout.addSpacing(px(10))
        top_layout.addWidget(self._button("⌂ 0", "vkPresOverview", tr("Overview of the whole gemeente (0 or Home)"),
                                          lambda _checked=False: self.mode.overview()))
        top_layout.addSpacing(px(10))
        top_layout.addWidget(self._button("✕", "vkPresClose", tr("Back to QGIS (Esc)"),
                                          lambda _checked=False: self.mode.stop()))
        outer.addWidget(top)
        # canvas and side panel
        middle = QHBoxLayout()
        middle.setSpacing(0)
        map_column = QVBoxLayout()
        map_column.setSpacing(0)
        self.canvas = QgsMapCanvas(self)
        self.canvas.setObjectName("vkPresCanvas")
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        map_column.addWidget(self.canvas, 1)
        # the legend under the map, outside it: no label of the map hides behind it
        self.legend = QFrame(self)
        self.legend.setObjectName("vkPresLegend")
        self.legend_layout = QGridLayout(self.legend)
        self.legend_layout.setContentsMargins(px(16), px(8), px(16), px(8))
        self.legend_layout.setHorizontalSpacing(px(8))
        self.legend_layout.setVerticalSpacing(px(4))
        map_column.addWidget(self.legend)
        middle.addLayout(map_column, 1)
        side = QFrame(self)
        side.setObjectName("vkPresSide")
        side.setFixedWidth(max(360, min(px(620), int(self.width() * 0.32) if self.width() > 0 else px(620))))
        # never taller than the screen: what does not fit is cut at the bottom, the key hint stays
        side.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Ignored)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(px(18), px(12), px(18), px(12))
        self.search = QLineEdit(side)
        self.search.setObjectName("vkPresSearch")
        self.search.setPlaceholderText(tr("Type a buurt name…"))
        self.search.setClearButtonEnabled(True)
        self.completer = QCompleter(self.search)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setModel(QStringListModel(self.completer))
        self.search.setCompleter(self.completer)
        self.completer.activated.connect(self.mode.search_chosen)
        self.search.returnPressed.connect(lambda: self.mode.search_chosen(self.search.text()))
        side_layout.addWidget(self.search)
        self.card = QFrame(side)
        self.card.setObjectName("vkPresCard")
        card = QVBoxLayout(self.card)
        card.setContentsMargins(0, px(8), 0, 0)
        self.name = self._label(card, "vkPresName", wrap=True)
        self.place = self._label(card, "vkPresPlace", wrap=True)
        chips = QHBoxLayout()
        self.chip = QLabel(self.card)
        self.chip.setObjectName("vkPresClassChip")
        self.signal = QLabel("▲ " + tr("Vroeg signaal"), self.card)
        self.signal.setObjectName("vkPresSignal")
        self.signal.setToolTip(tr("Early warning (vk_signaal): vulnerable residents concentrated and increasing, "
                                  "problems not (yet) visible"))
        self.signal.setStyleSheet(f"QLabel {{ background: {SIGNAL_COLOR}; border: 2px solid #000000; border-radius: "
                                  f"{px(10)}px; padding: {px(3)}px {px(10)}px; font-weight: bold; }}")
        chips.addWidget(self.chip)
        chips.addWidget(self.signal)
        chips.addStretch(1)
        card.addLayout(chips)
        self.figures = self._label(card, "vkPresFigures", wrap=True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.tags_title = self._label(card, "vkPresSection")
        self.tags_title.setText(tr("Handelingsperspectieven"))
        self.tags_box = QWidget(self.card)
        grid = QGridLayout(self.tags_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(px(10))
        positions = {"vk_hp_sociaal": (0, 0), "vk_hp_leefomgeving": (0, 1),
                     "vk_hp_herpositionering": (2, 0), "vk_hp_woningprogramma": (2, 1)}
        for field in GLYPH_OFFSETS:
            row, column = positions[field]
            caption = QLabel(strategy_title(field), self.tags_box)
            caption.setObjectName("vkPresText")
            caption.setWordWrap(True)
            caption.setStyleSheet(f"border-left: {px(8)}px solid {STRATEGY_COLORS[field]}; padding-left: {px(6)}px;")
            combo = QComboBox(self.tags_box)
            combo.setObjectName(f"vkPresTag_{field}")
            combo.addItems(intensity_labels())
            combo.setPlaceholderText(tr("not yet discussed"))
            combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys step the presentation, never a tag
            combo.installEventFilter(self._no_wheel)
            combo.activated.connect(lambda index, f=field: self.mode.set_tag(f, index))
            grid.addWidget(caption, row, column)
            grid.addWidget(combo, row + 1, column)
            self.tag_combos[field] = combo
        card.addWidget(self.tags_box)
        self.tag_note = self._label(card, "vkPresText", wrap=True)
        self.texts_title = self._label(card, "vkPresSection")
        self.texts_title.setText(tr("Wijkschets"))
        self.texts = self._label(card, "vkPresText", wrap=True)
        self.texts.setTextFormat(Qt.TextFormat.RichText)
        side_layout.addWidget(self.card)
        side_layout.addStretch(1)
        middle.addWidget(side)
        self.side = side
        outer.addLayout(middle, 1)
        # key hint and position
        bottom = QFrame(self)
        bottom.setObjectName("vkPresBottom")
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(px(20), px(8), px(20), px(8))
        self.hint = QLabel(self)
        self.hint.setObjectName("vkPresHint")
        self.hint.setText(tr("1–9 map · Tab mix · 0 overview · ← → previous / next · type a name to find a "
                             "buurt · Esc back to QGIS"))
        bottom_layout.addWidget(self.hint, 1)
        self.message = QLabel(self)
        self.message.setObjectName("vkPresMessage")
        bottom_layout.addWidget(self.message)
        bottom_layout.addWidget(self._button("◀", "vkPresPrevious", tr("Previous buurt (←, PageUp)"),
                                             lambda _checked=False: self.mode.previous()))
        self.counter = QLabel(self)
        self.counter.setObjectName("vkPresCounter")
        self.counter.setMinimumWidth(px(110))
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bottom_layout.addWidget(self.counter)
        bottom_layout.addWidget(self._button("▶", "vkPresNext", tr("Next buurt (→, PageDown)"),
                                             lambda _checked=False: self.mode.next()))
        outer.addWidget(bottom)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(lambda: self.message.setText(""))

    def _button(self, text, name, tooltip, slot, checkable=False):
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tooltip)
        button.setCheckable(checkable)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    def _label(self, layout, name, wrap=False):
        label = QLabel(self.card)
        label.setObjectName(name)
        label.setWordWrap(wrap)
        layout.addWidget(label)
        return label

    def say(self, text, ms=5000):
        self.message.setText(text)
        self._message_timer.start(ms)

    def set_legend(self, entries):
        """The map's legend in rows under the map, in legend order, up to four entries a row."""
        while self.legend_layout.count():
            item = self.legend_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        columns = max(1, min(4, len(entries)))
        for index, (pixmap, text) in enumerate(entries):
            row, column = divmod(index, columns)
            icon = QLabel(self.legend)
            icon.setPixmap(pixmap)
            icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            label = QLabel(text, self.legend)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.legend_layout.addWidget(icon, row, 2 * column)
            self.legend_layout.addWidget(label, row, 2 * column + 1)
        for column in range(8):
            self.legend_layout.setColumnStretch(column, 1 if column % 2 and column < 2 * columns else 0)

    def keyPressEvent(self, event):  # noqa: N802
        if not self.mode.key_pressed(event):
            super().keyPressEvent(event)

    def closeEvent(self, event):  # noqa: N802
        self.mode.stop()
        super().closeEvent(event)


class PresentationMode(QObject):
    started = pyqtSignal()
    stopped = pyqtSignal()
    moved = pyqtSignal(int)
    viewChanged = pyqtSignal(str)  # noqa: N815

    def __init__(self, iface, context, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.context = context
        self.tags_panel = None  # the dock's HandelingsPanel: the side card sets tags through it
        self.active = False
        self.fids = []
        self.index = -1
        self.fid = None  # the buurt on the card (None in the overview)
        self.view = None
        self.window = None
        self.styles = None
        self.outline = None
        self.saved_selection = []
        self.layer = None
        self._selecting = False
        self._names = {}
        self.fixed_title = None
        self.tool = None
        self._extent = None
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(50)
        self._refresh.timeout.connect(self.refresh_card)

    # --- enter / leave ------------------------------------------------------------------------------
    def start(self, fids, title=None, screen=None):
        """Open the presentation of ``fids`` (may be empty: the overview) on ``screen`` (default: the
        projector, see :func:`default_screen`). ``title`` replaces the map title. True when started."""
        if self.active or self.context.layer is None:
            return False
        main = self.iface.mainWindow() if self.iface is not None else None
        main_canvas = self.iface.mapCanvas() if self.iface is not None else None
        layer = self.layer = self.context.layer
        screen = screen or default_screen(main)
        geometry = screen.geometry()
        scale = max(0.6, geometry.height() / REFERENCE_HEIGHT)
        self.saved_selection = list(layer.selectedFeatureIds())
        self.styles = PresentationStyles(layer, self.context.fields, scale)
        self.fixed_title = title
        self.active = True
        maps = maps_module().MAPS
        available = self.styles.available()
        window = self.window = PresentationWindow(self, main)
        window.setGeometry(geometry)
        window.build(scale, maps, available)
        canvas = window.canvas
        canvas.setCanvasColor(QColor("#FFFFFF"))
        canvas.enableAntiAliasing(True)
        canvas.setCachingEnabled(True)
        canvas.setParallelRenderingEnabled(True)
        canvas.setPreviewJobsEnabled(False)
        flags = canvas.mapSettings().flags()
        canvas.setMapSettingsFlags(flags & ~Qgis.MapSettingsFlags(Qgis.MapSettingsFlag.DrawSelection))
        layers = main_canvas.layers() if main_canvas is not None else []
        if layer not in layers:
            layers = [layer, *layers]
        self.outline = FocusOutline(layer.crs(), self.styles.scale)
        canvas.setLayers([self.outline.layer, *layers])
        crs = main_canvas.mapSettings().destinationCrs() if main_canvas is not None else layer.crs()
        canvas.setDestinationCrs(crs if crs.isValid() else layer.crs())
        self.tool = PresentationTool(canvas, self.context, self.jump_to_fid)
        canvas.setMapTool(self.tool)
        self._load_names()
        window.winId()  # the native window exists: put it on its screen before it is shown
        handle = window.windowHandle()
        if handle is not None and handle.screen() is not screen:
            handle.setScreen(screen)
        window.setGeometry(geometry)
        window.showFullScreen()
        window.raise_()
        window.activateWindow()
        window.setFocus()
        QApplication.instance().installEventFilter(self)
        layer.willBeDeleted.connect(self.stop)
        layer.attributeValueChanged.connect(self._changed)
        layer.afterCommitChanges.connect(self._changed)
        self.context.buurtenChanged.connect(self._selection_followed)
        self.context.layerChanged.connect(self._layer_changed)
        self.fids = list(fids)
        self.index = -1
        self.fid = None
        self.show_view(self.initial_view(available), quiet=True)
        QCoreApplication.processEvents()  # the canvas takes its full-screen size before zooming
        self.started.emit()
        if self.fids:
            self.go(0)
        else:
            self.overview()
        return True

    def initial_view(self, available):
        """The map the layer shows now when it is one of the nine or the mix, else map 1 (else the first
        available map, else the layer's own style)."""
        layer = self.layer
        if has_mix_style(layer):
            return MIX
        current = layer.styleManager().currentStyle()
        for key in available:
            if maps_module().MAPS[key].style_name == current:
                return key
        if "signaal" in available:
            return "signaal"
        return available[0] if available else OWN

    def stop(self):
        if not self.active:
            return
        self.active = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._refresh.stop()
        layer = self.layer
        for signal, slot in ((self.context.buurtenChanged, self._selection_followed),
                             (self.context.layerChanged, self._layer_changed),
                             *(((layer.willBeDeleted, self.stop), (layer.attributeValueChanged, self._changed),
                                (layer.afterCommitChanges, self._changed)) if layer is not None else ())):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        window, self.window = self.window, None
        if window is not None:
            canvas = window.canvas
            canvas.stopRendering()  # no render job may outlive the layers it draws (the outline, a removed layer)
            canvas.unsetMapTool(self.tool)
            canvas.setLayerStyleOverrides({})
            canvas.setLayers([])
            window.hide()
            window.deleteLater()
        self.outline = None  # after the canvas let go of it
        self.tool = None
        try:
            if layer is not None and layer.id() in QgsProject.instance().mapLayers():
                self._selecting = True
                layer.selectByIds(self.saved_selection)
        except RuntimeError:  # the layer is being deleted
            pass
        finally:
            self._selecting = False
        self.layer = None
        self.styles = None
        self._extent = None
        main = self.iface.mainWindow() if self.iface is not None else None
        if main is not None:
            main.activateWindow()
        self.stopped.emit()

    # --- keys ---------------------------------------------------------------------------------------
    def eventFilter(self, watched, event):  # noqa: N802
        """While presenting: no shortcut of the QGIS window fires in the presentation window, and a
        clicker's PageDown/PageUp steps the presentation from anywhere but a text field."""
        kind = event.type()
        if kind == QEvent.Type.Resize and self.window is not None and watched is self.window.canvas:
            QTimer.singleShot(0, self._keep_extent)  # the zoom a buurt asked for, at the canvas's final size
            return False
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or self.window is None:
            return False
        widget = watched if isinstance(watched, QWidget) else None
        inside = widget is not None and widget.window() is self.window
        if kind == QEvent.Type.ShortcutOverride:
            if inside:
                event.accept()  # delivered as an ordinary key press, to us: no QGIS action triggers
                return True
            return False
        if inside:
            if widget is self.window.search:
                return self._search_key(event)
            if isinstance(widget, QComboBox) and widget.view().isVisible():
                return False  # choosing in an open tag list
            return self.key_pressed(event)
        if event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and not isinstance(
                widget, (*TEXT_INPUTS, QAbstractItemView)):
            # a clicker while the QGIS window has the focus (second screen); never a tag combo's PageDown
            self.next() if event.key() == Qt.Key.Key_PageDown else self.previous()
            return True
        return False

    def key_pressed(self, event):
        """Handle a key of the presentation window; True when it was ours."""
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier |
                        Qt.KeyboardModifier.MetaModifier):
            return True  # swallowed: Ctrl+2 and friends do nothing while presenting
        if key == Qt.Key.Key_Escape:
            self.stop()
        elif key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key in OVERVIEW_KEYS:
            self.overview()
        elif key in MAP_NUMBER_KEYS:
            self.show_map(MAP_NUMBER_KEYS[key])
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.show_view(MIX)
        elif event.text() and event.text().isprintable() and not event.text().isspace():
            search = self.window.search
            search.setFocus()
            search.setText(search.text() + event.text())
            self.window.completer.setCompletionPrefix(search.text())
            self.window.completer.complete()
        return True

    def _search_key(self, event):
        if event.key() == Qt.Key.Key_Escape:
            search = self.window.search
            if search.text():
                search.clear()
            self.window.setFocus()
            return True
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return True
        return False

    # --- views --------------------------------------------------------------------------------------
    def show_map(self, number):
        maps = maps_module().MAPS
        keys = list(maps)
        if not 1 <= number <= len(keys):
            return False
        return self.show_view(keys[number - 1])

    def show_view(self, key, quiet=False):
        """Show map ``key`` (a key of maps.MAPS), MIX or OWN on the presentation canvas."""
        window = self.window
        if window is None:
            return False
        if key not in (MIX, OWN):
            try:
                maps_module().map_field(self.layer, key, self.context.fields.corporation)
            except VeerkrachtError as error:
                window.say(error.format(tr, decimal_mark()))
                self._check_buttons()
                return False
        xml, _scratch = self.styles.view(key)
        self.view = key
        window.canvas.setLayerStyleOverrides({self.layer.id(): xml})
        window.canvas.refresh()
        size = self.styles.scale
        window.set_legend(self.styles.legend(key, QSize(max(24, round(40 * size)), max(14, round(24 * size)))))
        self._update_titles()
        self._check_buttons()
        if not quiet:
            self.viewChanged.emit(key)
        return True

    def _check_buttons(self):
        for key, button in self.window.map_buttons.items():
            button.setChecked(key == self.view)

    def _update_titles(self):
        window = self.window
        window.title.setText(self.fixed_title or self.styles.title(self.view))
        gemeente = self._gemeente_name(self.fid)
        window.subtitle.setText(gemeente or "")
        window.subtitle.setVisible(bool(gemeente))

    def _gemeente_name(self, fid):
        fields = self.context.fields
        feature = self.context.feature(fid) if fid is not None else None
        if feature is None and self.fids:
            feature = self.context.feature(self.fids[0])
        if feature is None or not fields.gemeente:
            return ""
        return str(self.context.value(feature, "gemeente_name") or self.context.value(feature, "gemeente") or "")

    # --- moving ------------------------------------------------------------------------------------
    def next(self):
        """The next buurt of the list; from the overview or a buurt outside the list: back to the list
        where it was left."""
        if self.active and self.fids:
            self.go(min(self.index + 1, len(self.fids) - 1) if self.fid in self.fids else max(self.index, 0))

    def previous(self):
        if self.active and self.fids:
            self.go(max(self.index - 1, 0) if self.fid in self.fids else max(self.index, 0))

    def current_fid(self):
        return self.fid

    def go(self, index):
        if not self.active or not 0 <= index < len(self.fids):
            return
        self.index = index
        self.show_buurt(self.fids[index])
        self.moved.emit(index)

    def jump_to_fid(self, fid):
        """Show buurt ``fid`` (also one outside the list: next/previous then continue from the list
        position reached last)."""
        if not self.active:
            return False
        if fid in self.fids:
            self.go(self.fids.index(fid))
        else:
            self.show_buurt(fid)
        return True

    def show_buurt(self, fid):
        layer = self.layer
        feature = layer.getFeature(fid)
        if not feature.isValid():
            return
        self.fid = fid
        self._clear_highlight()
        self._set_focus_variable(fid)
        if feature.hasGeometry():
            self.outline.show(feature.geometry())
            self.set_extent(self.context_extent(feature))
        if self.context.fids != [fid]:
            self._selecting = True
            try:
                layer.selectByIds([fid])  # the dock (on the laptop) follows; the tags go to this buurt
            finally:
                self._selecting = False
        self.refresh_card()
        self._update_titles()

    def overview(self):
        """The whole gemeente of the buurt in focus (or of the list), all labels, a gemeente card."""
        if not self.active:
            return
        layer = self.layer
        fields = self.context.fields
        reference = self.fid if self.fid is not None else (self.fids[0] if self.fids else None)
        feature = self.context.feature(reference) if reference is not None else None
        gemeente = self.context.value(feature, "gemeente") if feature is not None and fields.gemeente else None
        request = QgsFeatureRequest()
        if gemeente is not None:
            request.setFilterExpression(f'"{fields.gemeente}" = {_quote(gemeente)}')
        extent = QgsRectangle()
        features = []
        for item in layer.getFeatures(request):
            features.append(item)
            if item.hasGeometry():
                extent.combineExtentWith(item.geometry().boundingBox())
        if extent.isEmpty():
            extent = layer.extent()
        extent = self._to_canvas(extent)
        extent.scale(1.05)
        self._clear_highlight()
        self.fid = None
        self._set_focus_variable(None)
        self.set_extent(extent)
        self.gemeente_card(features, feature)
        self._update_titles()

    def context_extent(self, feature):
        """The buurt with its wijk around it: at least MIN_CONTEXT, at most MAX_CONTEXT buurt sizes."""
        own = feature.geometry().boundingBox()
        target = QgsRectangle(own)
        target.scale(MIN_CONTEXT)
        wijk = self._wijk_extent(feature)
        if wijk is not None:
            target.combineExtentWith(wijk)
        width = max(own.width(), own.height() * 0.5) * MAX_CONTEXT
        height = max(own.height(), own.width() * 0.5) * MAX_CONTEXT
        if target.width() > width or target.height() > height:
            centre = own.center()
            target = QgsRectangle(centre.x() - min(width, target.width()) / 2,
                                  centre.y() - min(height, target.height()) / 2,
                                  centre.x() + min(width, target.width()) / 2,
                                  centre.y() + min(height, target.height()) / 2)
        target.scale(1.08)
        return self._to_canvas(target)

    def _wijk_extent(self, feature):
        fields = self.context.fields
        if fields.wijk_code:
            value = self.context.value(feature, "wijk_code")
            expression = f'"{fields.wijk_code}" = {_quote(value)}' if value is not None else None
        elif fields.code:
            code = str(self.context.value(feature, "code") or "")
            expression = f'"{fields.code}" LIKE {_quote(code[:8] + "%")}' if len(code) == 10 else None
        else:
            expression = None
        if expression is None:
            return None
        request = QgsFeatureRequest().setFilterExpression(expression).setNoAttributes()
        extent = QgsRectangle()
        for item in self.layer.getFeatures(request):
            if item.hasGeometry():
                extent.combineExtentWith(item.geometry().boundingBox())
        return None if extent.isEmpty() else extent

    def _to_canvas(self, rect):
        destination = self.window.canvas.mapSettings().destinationCrs()
        source = self.layer.crs()
        if destination.isValid() and source.isValid() and destination != source:
            transform = QgsCoordinateTransform(source, destination, QgsProject.instance())
            return transform.transformBoundingBox(rect)
        return QgsRectangle(rect)

    def set_extent(self, extent):
        self._extent = QgsRectangle(extent)
        self.window.canvas.setExtent(extent)
        self.window.canvas.refresh()

    def _keep_extent(self):
        if self.window is not None and self._extent is not None:
            self.window.canvas.setExtent(self._extent)
            self.window.canvas.refresh()

    def _set_focus_variable(self, fid):
        scope = self.window.canvas.expressionContextScope()
        scope.setVariable("vk_focus", -1 if fid is None else int(fid))

    def _clear_highlight(self):
        if self.outline is not None:
            self.outline.show(None)

    # --- search -------------------------------------------------------------------------------------
    def _load_names(self):
        """'Name (code)' of every buurt, for the search box."""
        fields = self.context.fields
        self._names = {}
        wanted = [f for f in (fields.name, fields.code) if f]
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes(wanted, self.layer.fields())
        for feature in self.layer.getFeatures(request):
            name = self.context.value(feature, "name")
            code = self.context.value(feature, "code")
            text = f"{name} ({code})" if name and code else str(name or code or feature.id())
            self._names.setdefault(text, feature.id())
        self.window.completer.model().setStringList(sorted(self._names, key=str.lower))

    def find(self, text):
        """The buurt whose name (or code) matches ``text`` best: exact, then starting with, then containing
        (case-insensitive); None when nothing matches."""
        text = (text or "").strip().lower()
        if not text:
            return None
        if text in {entry.lower() for entry in self._names}:
            return next(fid for entry, fid in self._names.items() if entry.lower() == text)
        names = sorted(self._names.items(), key=lambda item: item[0].lower())
        for test in (lambda entry: entry.split(" (")[0] == text, lambda entry: entry.startswith(text),
                     lambda entry: text in entry):
            for entry, fid in names:
                if test(entry.lower()):
                    return fid
        return None

    def search_chosen(self, text):
        if self.window is None:
            return
        fid = self.find(text)
        if fid is None:
            if text.strip():
                self.window.say(tr("No buurt called '{text}'.").format(text=text.strip()))
            return
        QTimer.singleShot(0, self.window.search.clear)  # after the completer has written its choice
        self.window.setFocus()
        self.jump_to_fid(fid)

    # --- the card -----------------------------------------------------------------------------------
    def _selection_followed(self, fids):
        """A buurt picked in the QGIS window (dock on the laptop) comes to the projector."""
        if self._selecting or not self.active or len(fids) != 1 or fids[0] == self.fid:
            return
        self.jump_to_fid(fids[0])

    def _layer_changed(self, layer):
        if layer is not self.layer:
            self.stop()  # the dock moved to another layer (or this one was removed)

    def _changed(self, *_args):
        if self.active:
            self._refresh.start()

    def refresh_card(self):
        window = self.window
        if window is None or self.fid is None:
            return
        feature = self.context.feature(self.fid)
        if feature is None:
            return
        context, fields = self.context, self.context.fields
        value = context.value
        window.name.setText(context.display_name(feature))
        place = [str(value(feature, "wijk_name") or value(feature, "wijk_code") or ""),
                 str(value(feature, "gemeente_name") or value(feature, "gemeente") or "")]
        code = value(feature, "code")
        window.place.setText(" · ".join(p for p in [*place, str(code or "")] if p))
        klasse = value(feature, "vk_klasse")
        window.chip.setVisible(bool(fields.get("vk_klasse")))
        window.chip.setText(class_label(klasse) or "–")
        window.chip.setStyleSheet(chip_style(klasse).replace("border-radius: 9px", "border-radius: 12px"))
        window.chip.setToolTip(tr(CLASS_MEANINGS[klasse]) if klasse in CLASS_MEANINGS else "")
        window.signal.setVisible(is_true(value(feature, "vk_signaal")))
        window.figures.setText(self._figures_html(feature))
        window.tags_title.show()
        window.tags_box.show()
        self._fill_tags(feature)
        window.texts_title.show()
        window.texts.setText(self._texts_html(feature))
        for index, fid in enumerate(self.fids):
            if fid == self.fid:
                window.counter.setText(f"{index + 1} / {len(self.fids)}")
                break
        else:
            window.counter.setText(f"– / {len(self.fids)}" if self.fids else "")

    def _figures_html(self, feature):
        """The key figures, two per row; the figure the map shows in bold."""
        fields = self.context.fields
        value = self.context.value
        highlight = None if self.view in (MIX, OWN) else maps_module().MAPS[self.view].field
        cells = []

        def cell(caption, text, field=None):
            strong = field is not None and field == highlight
            cells.append((caption, f"<b>{text}</b>" if strong else text))

        if fields.inwoners:
            cell(tr("Inhabitants"), fmt(value(feature, "inwoners"), 0))
        if fields.huishoudens:
            cell(tr("Households"), fmt(value(feature, "huishoudens"), 0))
        if fields.corporation:
            cell(tr("Corporation"), fmt(value(feature, "corporation"), 0, " %"), "p_corporatie_t1")
        wijk = " " + tr("(wijk)") if self.context.p_level == "wijk" else ""
        for key, caption in (("vk_dk", "ΔK"), ("vk_dp", "ΔP"), ("vk_k_niveau", tr("K level")),
                             ("vk_p_niveau", tr("P level")), ("vk_score", tr("Score"))):
            if fields.get(key):
                text = fmt(value(feature, key))
                cell(caption, text + (wijk if key in ("vk_dp", "vk_p_niveau") and text != "–" else ""), key)
        rows = []
        for start in range(0, len(cells), 2):
            pair = cells[start:start + 2]
            rows.append("<tr>" + "".join(f"<td>{caption}</td><td align='right' style='padding-right:18px'>"
                                         f"{text}</td>" for caption, text in pair) + "</tr>")
        return "<table width='100%' cellspacing='2'>" + "".join(rows) + "</table>"

    def _fill_tags(self, feature):
        window = self.window
        layer = self.layer
        names = {field.name() for field in layer.fields()}
        problem = storage_problem(layer)
        missing = [name for name in missing_fields(layer) if name in HP_FIELDS]
        editable = self.tags_panel is not None and problem is None and not missing
        for field, combo in window.tag_combos.items():
            current = self.context.value(feature, field) if field in names else None
            combo.blockSignals(True)
            try:
                combo.setCurrentIndex(-1 if current is None else min(max(int(current), 0), 3))
            except (TypeError, ValueError):
                combo.setCurrentIndex(-1)
            combo.blockSignals(False)
            combo.setEnabled(editable)
        if editable:
            window.tag_note.setText("")
            window.tag_note.hide()
        else:
            window.tag_note.setText(problem or tr("Tags are set in the dock's Perspectieven tab first (the layer "
                                                  "has no tag fields yet)."))
            window.tag_note.show()

    def _texts_html(self, feature):
        parts = []
        for key, caption in (("vk_probleemanalyse", tr("Problem analysis")), ("vk_succes", tr("Success")),
                             ("vk_partners", tr("Partners"))):
            text = self.context.value(feature, key) if self.context.fields.get(key) else None
            if text:
                text = str(text).strip()
                if len(text) > CARD_TEXT_LIMIT:
                    text = text[:CARD_TEXT_LIMIT].rsplit(" ", 1)[0] + " …"
                parts.append(f"<b>{caption}:</b> {_escape(text)}")
        return "<br>".join(parts) if parts else "<i>{}</i>".format(tr("No wijkschets yet."))

    def gemeente_card(self, features, reference):
        """The overview card: the gemeente's buurten per class, inhabitants, early warnings, discussed."""
        window = self.window
        fields = self.context.fields
        value = self.context.value
        gemeente = self._gemeente_name(reference.id() if reference is not None else None)
        window.name.setText(gemeente or tr("Overview"))
        window.place.setText(tr("{n} buurten").format(n=fmt(len(features), 0)))
        window.chip.hide()
        window.signal.hide()
        counts = {}
        inhabitants = 0.0
        signals = discussed = 0
        for feature in features:
            counts[value(feature, "vk_klasse")] = counts.get(value(feature, "vk_klasse"), 0) + 1
            if fields.inwoners:
                inhabitants += fmt_number(value(feature, "inwoners"))
            signals += is_true(value(feature, "vk_signaal"))
            discussed += any(value(feature, field) is not None for field in HP_FIELDS)
        rows = []
        if fields.get("vk_klasse"):
            for code in CLASS_ORDER:
                if counts.get(code):
                    color = CLASS_COLORS[code] if code != "geen_gegevens" else "#E0E0E0"
                    rows.append(f"<tr><td><span style='background:{color};color:{text_color_on(color)}'>"
                                f"&nbsp;{class_label(code)}&nbsp;</span></td><td align='right'>"
                                f"{fmt(counts[code], 0)}</td></tr>")
        if fields.inwoners:
            rows.append(f"<tr><td>{tr('Inhabitants')}</td><td align='right'>{fmt(inhabitants, 0)}</td></tr>")
        if fields.get("vk_signaal"):
            rows.append(f"<tr><td>▲ {tr('Vroeg signaal')}</td><td align='right'>{fmt(signals, 0)}</td></tr>")
        rows.append(f"<tr><td>{tr('Buurten discussed')}</td><td align='right'>{fmt(discussed, 0)}</td></tr>")
        window.figures.setText("<table width='100%'>" + "".join(rows) + "</table>")
        window.tags_title.hide()
        window.tags_box.hide()
        for combo in window.tag_combos.values():
            combo.setEnabled(False)
            combo.blockSignals(True)
            combo.setCurrentIndex(-1)
            combo.blockSignals(False)
        window.tag_note.setText(tr("Choose a buurt (→, a name or a click) to see and set its tags."))
        window.tag_note.show()
        window.texts_title.hide()
        window.texts.setText("")
        window.counter.setText(tr("overview"))

    # --- tags ---------------------------------------------------------------------------------------
    def set_tag(self, field, value):
        """Set handelingsperspectief ``field`` of the buurt on the card to ``value`` (0–3) through the
        dock's tags panel (its saving and undo). True when the panel took it."""
        panel = self.tags_panel
        if not self.active or panel is None or self.fid is None or field not in STRATEGIES or value < 0:
            return False
        if self.context.fids != [self.fid]:
            self._selecting = True
            try:
                self.layer.selectByIds([self.fid])
            finally:
                self._selecting = False
        if self.context.fids != [self.fid]:
            return False
        combo = panel.findChild(QComboBox, STRATEGIES[field][0])
        if combo.currentIndex() != value:
            combo.setCurrentIndex(value)  # the panel saves it, as if chosen in the dock
        self.refresh_card()
        status = panel.findChild(QLabel, "vkTagStatus")
        if status is not None and status.text():
            self.window.say(status.text(), 4000)
        return True


def fmt_number(value):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return number if number > -99990 else 0.0


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


class PresentationPanel(QWidget):
    """Dock tab: show the mix on the map, and start presentation mode."""

    MODES = ("onder_druk", "class", "selection")

    def __init__(self, context, iface=None, parent=None):
        super().__init__(parent)
        self.context = context
        self.iface = iface
        self.mode = PresentationMode(iface, context, self) if iface is not None else None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>{}</b>".format(tr("Handelingsperspectieven on the map")), self))
        self.mix_labels = QCheckBox(tr("Label buurten with name and mix"), self)
        self.mix_labels.setObjectName("vkMixLabels")
        self.mix_labels.setChecked(True)
        layout.addWidget(self.mix_labels)
        self.mix_button = QPushButton(tr("Show the mix on the map"), self)
        self.mix_button.setObjectName("vkApplyMix")
        self.mix_button.setToolTip(tr("A 2×2 glyph per buurt: top Sociale aanpak | Leefomgeving, bottom "
                                      "Herpositionering | Woningprogramma; stronger colour = more effort"))
        self.mix_button.clicked.connect(self.apply_mix)
        self.restore_button = QPushButton(tr("Back to the previous style"), self)
        self.restore_button.setObjectName("vkRestoreStyle")
        self.restore_button.clicked.connect(self.restore_style)
        layout.addWidget(self.mix_button)  # one under the other: both titles fit a narrow dock
        layout.addWidget(self.restore_button)
        context.layerChanged.connect(lambda _layer: self._update_style_buttons())
        layout.addSpacing(12)
        layout.addWidget(QLabel("<b>{}</b>".format(tr("Presentation mode")), self))
        self.list_mode = QComboBox(self)
        self.list_mode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.list_mode.setMinimumContentsLength(12)
        self.list_mode.setObjectName("vkPresentList")
        self.list_mode.addItem(tr("All buurten '{label}'").format(label=class_label("onder_druk")), "onder_druk")
        self.list_mode.addItem(tr("All buurten of a class"), "class")
        self.list_mode.addItem(tr("The selected buurten"), "selection")
        layout.addWidget(self.list_mode)
        self.klasse = QComboBox(self)
        self.klasse.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.klasse.setMinimumContentsLength(10)
        self.klasse.setObjectName("vkPresentClass")
        for code in CLASS_ORDER:
            self.klasse.addItem(class_label(code), code)
        layout.addWidget(self.klasse)
        self.list_mode.currentIndexChanged.connect(
            lambda _i: self.klasse.setEnabled(self.list_mode.currentData() == "class"))
        self.klasse.setEnabled(False)
        self.screen = QComboBox(self)
        self.screen.setObjectName("vkPresentScreen")
        self.screen.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.screen.setMinimumContentsLength(12)
        self.screen.setToolTip(tr("Where the presentation opens; the QGIS window with this dock stays where it is"))
        layout.addWidget(self.screen)
        self.fill_screens()
        self.screen.currentIndexChanged.connect(self._screen_chosen)
        app = QGuiApplication.instance()
        if app is not None:
            app.screenAdded.connect(lambda _screen: self.fill_screens())
            app.screenRemoved.connect(lambda _screen: QTimer.singleShot(0, self.fill_screens))
        self.start_button = QPushButton(tr("Start presentation"), self)
        self.start_button.setToolTip(tr("Full-screen map; → and ← step through the buurten, 1–9 switch maps, "
                                        "0 shows the whole gemeente, Esc returns"))
        self.start_button.setObjectName("vkPresent")
        self.start_button.clicked.connect(self.toggle)
        layout.addWidget(self.start_button)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setObjectName("vkPresentInfo")
        layout.addWidget(self.info)
        keys = QLabel(tr("Keys: → ← (or a clicker) next and previous buurt, 1–9 the nine maps, Tab the mix, 0 the "
                         "whole gemeente, type a name to jump to a buurt, Esc back."), self)
        keys.setWordWrap(True)
        keys.setStyleSheet("color: #444444;")
        layout.addWidget(keys)
        layout.addStretch(1)
        if self.mode is not None:
            self.mode.started.connect(self._update_start_button)
            self.mode.stopped.connect(self._update_start_button)

    @property
    def tags_panel(self):
        return self.mode.tags_panel if self.mode is not None else None

    @tags_panel.setter
    def tags_panel(self, panel):
        if self.mode is not None:
            self.mode.tags_panel = panel

    def fill_screens(self):
        """The screens to present on: automatic (the projector when there are two), then each screen."""
        saved = QgsSettings().value(SCREEN_SETTING, "", type=str)
        window = self.iface.mainWindow() if self.iface is not None else None
        current = window.screen() if window is not None and hasattr(window, "screen") else None
        self.screen.blockSignals(True)
        self.screen.clear()
        self.screen.addItem(tr("Screen: automatic"), "")
        self.screen.setItemData(0, tr("The second screen when there is one, else this screen"),
                                Qt.ItemDataRole.ToolTipRole)
        for index, screen in enumerate(QGuiApplication.screens()):
            self.screen.addItem(screen_label(index, screen, current), screen.name() + f"#{index}")
        index = self.screen.findData(saved)
        self.screen.setCurrentIndex(max(index, 0))
        self.screen.blockSignals(False)

    def _screen_chosen(self, _index):
        QgsSettings().setValue(SCREEN_SETTING, self.screen.currentData() or "")

    def chosen_screen(self):
        data = self.screen.currentData()
        if not data:
            return None
        for index, screen in enumerate(QGuiApplication.screens()):
            if screen.name() + f"#{index}" == data:
                return screen
        return None

    def apply_mix(self):
        layer = self.context.layer
        if layer is None:
            return False
        apply_mix_style(layer, labels=self.mix_labels.isChecked(), name_field=self.context.fields.name)
        self._update_style_buttons()
        return True

    def restore_style(self):
        done = self.context.layer is not None and restore_previous_style(self.context.layer)
        self._update_style_buttons()
        return done

    def _update_style_buttons(self):
        self.restore_button.setEnabled(has_mix_style(self.context.layer))

    def _update_start_button(self):
        active = self.mode is not None and self.mode.active
        self.start_button.setText(tr("Stop presentation") if active else tr("Start presentation"))

    def chosen_fids(self):
        return buurt_list(self.context, self.list_mode.currentData(), self.klasse.currentData())

    def toggle(self):
        if self.mode is not None and self.mode.active:
            self.mode.stop()
            return False
        return self.start()

    def start(self):
        if self.mode is None or self.context.layer is None:
            self.info.setText(tr("Choose a buurt layer first."))
            return False
        fids = self.chosen_fids()
        if not fids:
            self.info.setText(tr("No buurten in this list; the presentation shows the whole gemeente."))
        else:
            self.info.setText(tr("{n} buurten in the presentation.").format(n=len(fids)))
        return self.mode.start(fids, screen=self.chosen_screen())
