"""Presentation mode for facilitators, and the dock panel that starts it and styles the mix map.

One action turns QGIS into a clean full-screen map: every dock, toolbar, the menu and status bar are
hidden, the buurt layer gets large name labels, the canvas a white background, and an overlay shows a
title, the class legend and, big, the buurt in focus. Next/previous (→ ← , PageDown/PageUp as sent by
presenter clickers, Space/Backspace) step through a chosen list of buurten: each is zoomed to and
outlined with a QgsHighlight. Escape restores exactly what was there before: window state and
geometry (saveState/restoreState + saveGeometry/restoreGeometry), which docks and toolbars were
visible, menu and status bar, the canvas extent and background, and the layer's labeling.
"""

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsPalLayerSettings,
    QgsProject,
    QgsVectorLayerSimpleLabeling,
)
from qgis.gui import QgsHighlight
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QFont, QKeySequence, QPainter, QPen
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStatusBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..core.method import CLASSES, LEGEND_ORDER
from ..core.palette import CLASS_COLORS, STRATEGY_COLORS, text_color_on
from ..i18n import tr
from ..qgisio.compat import LABEL_OVER_POINT, REQUEST_NO_GEOMETRY, QShortcut
from .mixstyle import apply_mix_style, bold_halo_format, has_mix_style, mix_label_settings, restore_previous_style
from .tags import strategy_title

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up)


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
    request.setFlags(REQUEST_NO_GEOMETRY)
    for field in (context.fields.gemeente, context.fields.code):
        if field:
            request.addOrderBy(f'"{field}"')
    request.setNoAttributes() if not (context.fields.gemeente or context.fields.code) else None
    return [feature.id() for feature in layer.getFeatures(request)]


class PresentationOverlay(QWidget):
    """Title, legend and the buurt in focus, painted over the canvas (mouse events pass through)."""

    def __init__(self, canvas):
        super().__init__(canvas)
        self.setObjectName("vkPresentationOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.title = ""
        self.buurt = ""
        self.klasse = None
        self.counter = ""
        self.mix_legend = False
        canvas.installEventFilter(self)
        self.setGeometry(canvas.rect())

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
        return False

    def set_focus(self, buurt, klasse, counter):
        self.buurt, self.klasse, self.counter = buurt, klasse, counter
        self.update()

    def _box(self, painter, rect):
        painter.setPen(QPen(QColor("#222222"), 2))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(rect, 10, 10)

    def paintEvent(self, _event):  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        scale = max(0.6, min(width / 1600.0, height / 900.0))
        # title
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(int(34 * scale))
        painter.setFont(font)
        title_rect = QRectF(20 * scale, 16 * scale, painter.fontMetrics().horizontalAdvance(self.title) + 40 * scale,
                            56 * scale)
        self._box(painter, title_rect)
        painter.setPen(QColor("#000000"))
        painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignCenter), self.title)
        # legend
        font.setPixelSize(int(20 * scale))
        painter.setFont(font)
        row = 30 * scale
        if self.mix_legend:
            entries = [(color, strategy_title(field), False) for field, color in STRATEGY_COLORS.items()]
            entries.append(("#FFFFFF", tr("lighter = less effort, white = none"), False))
        else:
            entries = [(CLASS_COLORS[code], tr(CLASSES[code]), code == "geen_gegevens") for code in LEGEND_ORDER]
        labels = [entry[1] for entry in entries]
        legend_width = max(painter.fontMetrics().horizontalAdvance(t) for t in labels) + 70 * scale
        legend = QRectF(width - legend_width - 20 * scale, 16 * scale, legend_width, row * len(labels) + 20 * scale)
        self._box(painter, legend)
        for index, (color, label, dashed) in enumerate(entries):
            y = legend.top() + 10 * scale + index * row
            swatch = QRectF(legend.left() + 12 * scale, y + 4 * scale, 30 * scale, row - 8 * scale)
            painter.setPen(QPen(QColor("#222222"), 1.5, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine))
            painter.setBrush(QColor(color))
            painter.drawRect(swatch)
            painter.setPen(QColor("#000000"))
            painter.drawText(QRectF(swatch.right() + 12 * scale, y, legend_width, row),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)
        # buurt in focus
        if self.buurt:
            font.setPixelSize(int(48 * scale))
            painter.setFont(font)
            name_width = painter.fontMetrics().horizontalAdvance(self.buurt)
            klasse = tr(CLASSES[self.klasse]) if self.klasse in CLASSES else ""
            font_small = QFont(font)
            font_small.setPixelSize(int(30 * scale))
            painter.setFont(font_small)
            chip_width = painter.fontMetrics().horizontalAdvance(klasse) + 40 * scale if klasse else 0
            counter_width = painter.fontMetrics().horizontalAdvance(self.counter) + 30 * scale
            box = QRectF(20 * scale, height - 110 * scale,
                         name_width + chip_width + counter_width + 80 * scale, 90 * scale)
            self._box(painter, box)
            painter.setFont(font)
            painter.setPen(QColor("#000000"))
            painter.drawText(QRectF(box.left() + 20 * scale, box.top(), name_width + 10, box.height()),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), self.buurt)
            painter.setFont(font_small)
            x = box.left() + 40 * scale + name_width
            if klasse:
                chip = QRectF(x, box.top() + 20 * scale, chip_width, 50 * scale)
                color = QColor(CLASS_COLORS.get(self.klasse, "#FFFFFF"))
                painter.setPen(QPen(QColor("#222222"), 2))
                painter.setBrush(color)
                painter.drawRoundedRect(chip, 25 * scale, 25 * scale)
                painter.setPen(QColor(text_color_on(color.name())))
                painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), klasse)
                x += chip_width + 10 * scale
            painter.setPen(QColor("#444444"))
            painter.drawText(QRectF(x, box.top(), counter_width, box.height()),
                             int(Qt.AlignmentFlag.AlignCenter), self.counter)
        # key hint
        font_hint = QFont(self.font())
        font_hint.setPixelSize(int(15 * scale))
        painter.setFont(font_hint)
        painter.setPen(QColor("#333333"))
        painter.drawText(QRectF(0, height - 28 * scale, width - 20 * scale, 24 * scale),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         tr("→ next   ← previous   Esc back to QGIS"))
        painter.end()


class PresentationMode(QObject):
    started = pyqtSignal()
    stopped = pyqtSignal()
    moved = pyqtSignal(int)

    def __init__(self, iface, context, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.context = context
        self.active = False
        self.fids = []
        self.index = -1
        self.saved = None
        self.overlay = None
        self.highlight = None
        self.shortcuts = []
        self.label_size = 20

    # --- enter / leave ------------------------------------------------------------------------------
    def start(self, fids, title=None):
        if self.active or self.context.layer is None:
            return False
        window = self.iface.mainWindow()
        canvas = self.iface.mapCanvas()
        layer = self.context.layer
        status_bar = window.findChild(QStatusBar)
        self.saved = {
            "state": window.saveState(),
            "geometry": window.saveGeometry(),
            "window_state": window.windowState(),
            "normal_geometry": window.geometry(),
            "widgets": [w for w in window.findChildren(QDockWidget) + window.findChildren(QToolBar)
                        if w.parent() is window and not w.isHidden()],
            "menubar": not window.menuBar().isHidden() if window.menuBar() else None,
            "statusbar": not status_bar.isHidden() if status_bar is not None else None,
            "extent": canvas.extent(),
            "canvas_color": canvas.canvasColor(),
            "selection_color": canvas.selectionColor(),
            "selection": list(layer.selectedFeatureIds()),
            "layer": layer,
            "labeling": layer.labeling().clone() if layer.labeling() is not None else None,
            "labels_enabled": layer.labelsEnabled(),
        }
        self.active = True
        for widget in self.saved["widgets"]:
            widget.hide()
        if window.menuBar():
            window.menuBar().hide()
        if status_bar is not None:
            status_bar.hide()
        window.showFullScreen()
        canvas.setCanvasColor(QColor("#FFFFFF"))
        layer.removeSelection()  # the yellow selection fill would hide the class colours; restored on Escape
        layer.setLabeling(QgsVectorLayerSimpleLabeling(self.label_settings()))
        layer.setLabelsEnabled(True)
        layer.triggerRepaint()
        self.overlay = PresentationOverlay(canvas)
        self.overlay.mix_legend = has_mix_style(layer)
        self.overlay.title = title or tr("Veerkracht – {layer}").format(layer=layer.name())
        self.overlay.show()
        self.overlay.raise_()
        for keys, slot in (((Qt.Key.Key_Escape,), self.stop), (NEXT_KEYS, self.next), (PREVIOUS_KEYS, self.previous)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), window)
                shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
                shortcut.activated.connect(slot)
                self.shortcuts.append(shortcut)
        self.fids = list(fids)
        self.index = -1
        self.started.emit()
        if self.fids:
            self.go(0)
        else:
            self.overlay.set_focus("", None, "")
        return True

    def stop(self):
        if not self.active:
            return
        self.active = False
        saved, self.saved = self.saved, None
        window = self.iface.mainWindow()
        canvas = self.iface.mapCanvas()
        for shortcut in self.shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self.shortcuts = []
        self._clear_highlight()
        if self.overlay is not None:
            self.overlay.hide()
            self.overlay.deleteLater()
            self.overlay = None
        layer = saved["layer"]
        try:
            layer.setLabeling(saved["labeling"])
            layer.setLabelsEnabled(saved["labels_enabled"])
            layer.triggerRepaint()
        except RuntimeError:  # the layer was removed meanwhile
            pass
        window.setWindowState(saved["window_state"])
        window.restoreGeometry(saved["geometry"])
        if not saved["window_state"] & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            window.setGeometry(saved["normal_geometry"])  # restoreGeometry may shift by the frame margins
        QCoreApplication.processEvents()  # let the window take its size before the docks are laid out
        window.restoreState(saved["state"])
        if window.menuBar() and saved["menubar"] is not None:
            window.menuBar().setVisible(saved["menubar"])
        if saved["statusbar"] is not None:
            window.findChild(QStatusBar).setVisible(saved["statusbar"])
        for widget in saved["widgets"]:
            widget.show()
        canvas.setCanvasColor(saved["canvas_color"])
        canvas.setSelectionColor(saved["selection_color"])
        try:
            layer.selectByIds(saved["selection"])
        except RuntimeError:
            pass
        QCoreApplication.processEvents()
        window.restoreState(saved["state"])  # again, now that the window has its final size
        canvas.setExtent(saved["extent"])
        canvas.refresh()
        self.stopped.emit()

    def label_settings(self):
        if has_mix_style(self.context.layer):
            return mix_label_settings(self.context.fields.name, size=self.label_size * 0.8)
        settings = QgsPalLayerSettings()
        name = self.context.fields.name or self.context.fields.code
        settings.fieldName = name or "$id"
        settings.isExpression = name is None
        settings.placement = LABEL_OVER_POINT
        settings.setFormat(bold_halo_format(self.label_size, "#000000", 1.6))
        return settings

    # --- stepping -------------------------------------------------------------------------------
    def next(self):
        if self.active and self.fids:
            self.go(min(self.index + 1, len(self.fids) - 1))

    def previous(self):
        if self.active and self.fids:
            self.go(max(self.index - 1, 0))

    def current_fid(self):
        return self.fids[self.index] if 0 <= self.index < len(self.fids) else None

    def _clear_highlight(self):
        if self.highlight is not None:
            self.highlight.hide()
            self.iface.mapCanvas().scene().removeItem(self.highlight)
            self.highlight = None

    def go(self, index):
        layer = self.context.layer
        canvas = self.iface.mapCanvas()
        self.index = index
        feature = layer.getFeature(self.fids[index])
        self._clear_highlight()
        if feature.isValid() and feature.hasGeometry():
            geometry = feature.geometry()
            destination = canvas.mapSettings().destinationCrs()
            rect = geometry.boundingBox()
            if destination.isValid() and layer.crs().isValid() and destination != layer.crs():
                transform = QgsCoordinateTransform(layer.crs(), destination, QgsProject.instance())
                rect = transform.transformBoundingBox(rect)
            rect.scale(1.8)
            canvas.setExtent(rect)
            canvas.refresh()
            self.highlight = QgsHighlight(canvas, geometry, layer)
            self.highlight.setColor(QColor("#000000"))
            self.highlight.setFillColor(QColor(0, 0, 0, 0))  # outline only: the map colours stay readable
            self.highlight.setWidth(5)
            self.highlight.show()
        name = self.context.value(feature, "name") or self.context.value(feature, "code") or str(feature.id())
        klasse = self.context.value(feature, "vk_klasse")
        if self.overlay is not None:
            self.overlay.set_focus(str(name), klasse, f"{index + 1} / {len(self.fids)}")
        self.moved.emit(index)


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
        mix_row = QHBoxLayout()
        mix_row.addWidget(self.mix_button)
        mix_row.addWidget(self.restore_button)
        layout.addLayout(mix_row)
        context.layerChanged.connect(lambda _layer: self._update_style_buttons())
        layout.addSpacing(12)
        layout.addWidget(QLabel("<b>{}</b>".format(tr("Presentation mode")), self))
        row = QVBoxLayout()
        self.list_mode = QComboBox(self)
        self.list_mode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.list_mode.setMinimumContentsLength(12)
        self.list_mode.setObjectName("vkPresentList")
        self.list_mode.addItem(tr("All buurten 'Veerkracht under pressure'"), "onder_druk")
        self.list_mode.addItem(tr("All buurten of a class"), "class")
        self.list_mode.addItem(tr("The selected buurten"), "selection")
        row.addWidget(self.list_mode, 1)
        self.klasse = QComboBox(self)
        self.klasse.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.klasse.setMinimumContentsLength(10)
        self.klasse.setObjectName("vkPresentClass")
        for code in LEGEND_ORDER:
            self.klasse.addItem(tr(CLASSES[code]), code)
        row.addWidget(self.klasse, 1)
        layout.addLayout(row)
        self.list_mode.currentIndexChanged.connect(
            lambda _i: self.klasse.setEnabled(self.list_mode.currentData() == "class"))
        self.klasse.setEnabled(False)
        self.start_button = QPushButton(tr("Start presentation"), self)
        self.start_button.setToolTip(tr("Full-screen map; → and ← step through the buurten, Esc returns"))
        self.start_button.setObjectName("vkPresent")
        self.start_button.clicked.connect(self.start)
        layout.addWidget(self.start_button)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setObjectName("vkPresentInfo")
        layout.addWidget(self.info)
        layout.addStretch(1)

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

    def chosen_fids(self):
        return buurt_list(self.context, self.list_mode.currentData(), self.klasse.currentData())

    def start(self):
        if self.mode is None or self.context.layer is None:
            self.info.setText(tr("Choose a buurt layer first."))
            return False
        fids = self.chosen_fids()
        if not fids:
            self.info.setText(tr("No buurten in this list; the presentation shows the whole map."))
        else:
            self.info.setText(tr("{n} buurten in the presentation.").format(n=len(fids)))
        return self.mode.start(fids)
