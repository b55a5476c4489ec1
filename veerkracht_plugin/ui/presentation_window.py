"""The full-screen presentation window: title bar with the map buttons, canvas, legend, side card, key
hint. Built and driven by :class:`presentation.PresentationMode`."""


from qgis.gui import QgsMapCanvas, QgsMapToolPan
from qgis.PyQt.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.palette import STRATEGY_COLORS
from ..i18n import tr
from .inspector import SIGNAL_COLOR
from .maptool import BuurtPickTool
from .mixstyle import GLYPH_OFFSETS
from .presentation_views import MIX
from .tags import intensity_labels, strategy_title


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
        """The window's parts, in sizes scaled to the screen (``scale`` = screen height / 1080)."""
        self.px = lambda size: max(10, round(size * scale))  # noqa: E731
        self.setStyleSheet(self.style_sheet(self.px))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_top(maps, available))
        middle = QHBoxLayout()
        middle.setSpacing(0)
        middle.addLayout(self._build_map_column(), 1)
        self.side = self._build_side()
        middle.addWidget(self.side)
        outer.addLayout(middle, 1)
        outer.addWidget(self._build_bottom())
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(lambda: self.message.setText(""))

    @staticmethod
    def style_sheet(px):
        return f"""
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
        """

    def _build_top(self, maps, available):
        """The title bar: map title and gemeente, the map buttons 1–9, Mix, overview, close."""
        px = self.px
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
        return top

    def _build_map_column(self):
        px = self.px
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
        return map_column

    def _build_side(self):
        """The side panel: the search box and the card of the buurt in focus."""
        px = self.px
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
        side_layout.addWidget(self._build_card(side))
        side_layout.addStretch(1)
        return side

    def _build_card(self, side):
        px = self.px
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
        card.addWidget(self._build_tags())
        self.tag_note = self._label(card, "vkPresText", wrap=True)
        self.texts_title = self._label(card, "vkPresSection")
        self.texts_title.setText(tr("Wijkschets"))
        self.texts = self._label(card, "vkPresText", wrap=True)
        self.texts.setTextFormat(Qt.TextFormat.RichText)
        return self.card

    def _build_tags(self):
        """The four handelingsperspectieven as combos, in the glyph's 2×2 order."""
        px = self.px
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
        return self.tags_box

    def _build_bottom(self):
        """The key hint, messages and the position in the list with ◀ ▶."""
        px = self.px
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
        return bottom

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
