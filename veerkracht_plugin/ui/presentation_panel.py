"""The dock's Presentatie tab: show the mix on the map, and start presentation mode."""


from qgis.core import QgsSettings
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ..i18n import tr
from .classlabels import CLASS_ORDER, class_label
from .mixstyle import apply_mix_style, has_mix_style, restore_previous_style
from .presentation import PresentationMode, buurt_list
from .presentation_views import SCREEN_SETTING, screen_label


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
