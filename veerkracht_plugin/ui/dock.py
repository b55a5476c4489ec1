"""The Veerkracht dock (objectName ``VeerkrachtDock``): a buurt layer chooser with a pick tool on top,
and one tab per panel below.

Adding a panel::

    class MyPanel(QWidget):
        def __init__(self, context, iface=None, parent=None): ...   # context: ui.context.BuurtContext

    dock.add_panel("mine", tr("Mine"), MyPanel(dock.context, dock.iface))

(the dock's own panels are added the same way in ``VeerkrachtDock.__init__``). A panel reads
``context.layer`` / ``context.fids``, connects to ``context.layerChanged``, ``context.buurtenChanged``
and saves pending input on ``context.flush_requested``; it may define ``close_and_cleanup()``. The dock
runs algorithms by id through Processing (``veerkracht:balance``, ...); it never imports
``algorithms``.

The project remembers whether the dock is open, its layer (by id) and its tab (``ui.state``); QgsSettings
under ``Veerkracht/dock/`` hold the defaults for a project that does not say (the last tab, the last
layer id, the presentation list and label option). A layer's source is never stored.
Layout: the layer on a row of its own, the tools below it, and a compact tab bar whose short titles fit
the dock's minimum width (no scroll arrows); the full title is each tab's tooltip.
"""

from qgis.core import QgsProject, QgsSettings
from qgis.gui import QgsDockWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import decimal_mark, tr
from ..qgisio.compat import LAYER_FILTER_POLYGON
from ..qgisio.paths import ICON_PATH
from . import state
from .balans import BalansPanel
from .context import BuurtContext, is_buurt_layer
from .inspector import InspectorPanel
from .maptool import BuurtPickTool
from .presentation_panel import PresentationPanel
from .tags import HandelingsPanel

SETTINGS = "Veerkracht/dock/"
#: the dock never gets less than this many text lines of height (e.g. beside the Processing toolbox)
MIN_LINES = 24
MIN_WIDTH = 360


class VeerkrachtDock(QgsDockWidget):
    DEFAULT_AREA = Qt.DockWidgetArea.RightDockWidgetArea

    def __init__(self, iface, parent=None):
        super().__init__(tr("Veerkracht"), parent)
        self.iface = iface
        self.setObjectName("VeerkrachtDock")
        self.context = BuurtContext(self)
        self.panels = {}
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.layer_combo = QgsMapLayerComboBox(body)
        self.layer_combo.setObjectName("vkLayer")
        self.layer_combo.setFilters(LAYER_FILTER_POLYGON)
        self.layer_combo.setAllowEmptyLayer(True)
        self.layer_combo.setToolTip(tr("The buurt layer"))
        self.layer_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.layer_combo)  # a row of its own: long layer names are not cut off
        layout.addLayout(self._build_tools(body))
        self.tabs = QTabWidget(body)
        self.tabs.setObjectName("vkTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(False)  # every tab stays in sight: the titles are short
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.tabBar().setExpanding(True)
        self.tabs.setMinimumWidth(MIN_WIDTH)
        layout.addWidget(self.tabs, 1)
        body.setMinimumHeight(MIN_LINES * body.fontMetrics().lineSpacing())
        self.setWidget(body)
        self._height_claimed = False

        canvas = iface.mapCanvas() if iface is not None else None
        self.pick_tool = BuurtPickTool(canvas, self.context) if canvas is not None else None
        if canvas is not None:
            canvas.mapToolSet.connect(self._map_tool_set)

        self.inspector = InspectorPanel(self.context, iface)
        self.tags = HandelingsPanel(self.context, iface)
        self.presentation = PresentationPanel(self.context, iface)
        self.presentation.tags_panel = self.tags  # tags set on the presentation's side card go through it
        self.add_panel("buurt", tr("Buurt"), self.inspector, tooltip=tr("The buurt in focus: class and figures"))
        self.add_panel("handelingsperspectieven", tr("Perspectieven"), self.tags,
                       tooltip=tr("Handelingsperspectieven and wijkschets of the selected buurten"))
        self.add_panel("presentatie", tr("Presentation"), self.presentation,
                       tooltip=tr("The mix map and presentation mode"))
        self.balans = BalansPanel(self.context, iface, self)
        self.add_panel("balans", tr("Balance"), self.balans, tooltip=tr("Scenario & balans"))

        # every tab title in sight at the dock's narrowest (fonts differ between systems)
        self.tabs.setMinimumWidth(max(MIN_WIDTH, self.tabs.tabBar().sizeHint().width()))
        # remove what older versions kept: a layer's source may hold a password
        QgsSettings().remove(SETTINGS + "layer_source")
        self.layer_combo.layerChanged.connect(self._layer_chosen)
        self.context.layerChanged.connect(self._context_layer_changed)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.opened.connect(lambda: state.write_visible(True))
        self.closed.connect(lambda: state.write_visible(False))
        QgsProject.instance().readProject.connect(self._project_read)
        self._restore_settings()

    def _build_tools(self, body):
        """The row under the layer: the pick tool and the report menu."""
        row = QHBoxLayout()
        self.pick_button = QToolButton(body)
        self.pick_button.setObjectName("vkPickTool")
        self.pick_button.setCheckable(True)
        self.pick_button.setIcon(QIcon(str(ICON_PATH)))
        self.pick_button.setText(tr("Pick"))
        self.pick_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.pick_button.setToolTip(tr("Click a buurt on the map to inspect and tag it (Shift: add to selection)"))
        self.pick_button.toggled.connect(self.set_pick_tool)
        row.addWidget(self.pick_button)
        self.report_button = QToolButton(body)
        self.report_button.setObjectName("vkMakeReport")
        self.report_button.setText(tr("Write notitie"))
        self.report_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.report_button.setToolTip(tr("Build the stadsbrede notitie or a QuickScan as print layouts and open "
                                         "them in the layout designer"))
        self.report_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.report_button)
        notitie = menu.addAction(tr("Stadsbrede notitie"))
        notitie.setObjectName("vkMakeNotitie")
        notitie.triggered.connect(lambda: self.make_report(0))
        quickscan = menu.addAction(tr("QuickScan"))
        quickscan.setObjectName("vkMakeQuickScan")
        quickscan.triggered.connect(lambda: self.make_report(1))
        self.report_button.setMenu(menu)
        row.addWidget(self.report_button)
        row.addStretch(1)
        for button in (self.pick_button, self.report_button):  # never narrower than their text
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        return row

    # --- panels -------------------------------------------------------------------------------
    def add_panel(self, key, title, widget, scroll=True, tooltip=None):
        """Add a tab; ``key`` names it in the settings and in ``self.panels``. Keep ``title`` short (one
        word): the tab bar shows every tab at the dock's minimum width; ``tooltip`` gives the full name."""
        self.panels[key] = widget
        if scroll:
            area = QScrollArea(self.tabs)
            area.setWidgetResizable(True)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setWidget(widget)
            area.setObjectName("vkTab_" + key)
            index = self.tabs.addTab(area, title.replace("&", "&&"))  # a literal '&', not a mnemonic
        else:
            widget.setObjectName(widget.objectName() or "vkTab_" + key)
            index = self.tabs.addTab(widget, title.replace("&", "&&"))
        self.tabs.setTabToolTip(index, tooltip or title)
        saved = state.read(state.TAB) or QgsSettings().value(SETTINGS + "tab", "", type=str)
        if saved == key:
            self.tabs.setCurrentIndex(index)
        return widget

    def show_panel(self, key):
        widget = self.panels[key]
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is widget or (isinstance(page, QScrollArea) and page.widget() is widget):
                self.tabs.setCurrentIndex(index)
                return

    def current_panel_key(self):
        page = self.tabs.currentWidget()
        for key, widget in self.panels.items():
            if page is widget or (isinstance(page, QScrollArea) and page.widget() is widget):
                return key
        return ""

    # --- layer ----------------------------------------------------------------------------------
    def set_layer(self, layer):
        self.layer_combo.setLayer(layer)
        self.context.set_layer(layer)

    def _layer_chosen(self, layer):
        self.context.set_layer(layer)
        self._remember_layer(self.context.layer)

    def _context_layer_changed(self, layer):
        if self.layer_combo.currentLayer() is not layer:
            self.layer_combo.blockSignals(True)
            self.layer_combo.setLayer(layer)
            self.layer_combo.blockSignals(False)
        self._remember_layer(layer)

    def _remember_layer(self, layer):
        """By id only (in the project, and as the default for the next project), never by source."""
        if layer is not None:
            QgsSettings().setValue(SETTINGS + "layer_id", layer.id())
            state.write(state.LAYER, layer.id())

    def _tab_changed(self, _index):
        key = self.current_panel_key()
        QgsSettings().setValue(SETTINGS + "tab", key)
        state.write(state.TAB, key)

    def _project_read(self, *_args):
        self._restore_layer()
        tab = state.read(state.TAB)
        if tab in self.panels:
            self.show_panel(tab)

    def _restore_layer(self, *_args):
        """The layer the project remembers (by id), else the one used last (by id), else the first scored
        buurt layer, else the first polygon layer of the project."""
        if self.context.layer is not None:
            return
        project = QgsProject.instance()
        layer = None
        for layer_id in (state.read(state.LAYER), QgsSettings().value(SETTINGS + "layer_id", "", type=str)):
            candidate = project.mapLayer(layer_id) if layer_id else None
            if is_buurt_layer(candidate):
                layer = candidate
                break
        polygons = [candidate for candidate in project.layerTreeRoot().layerOrder() if is_buurt_layer(candidate)]
        if layer is None:
            layer = next((candidate for candidate in polygons if "vk_klasse" in candidate.fields().names()),
                         polygons[0] if polygons else None)
        if layer is not None:
            self.set_layer(layer)

    def _restore_settings(self):
        settings = QgsSettings()
        self._restore_layer()
        tab = state.read(state.TAB) or settings.value(SETTINGS + "tab", "", type=str)
        if tab in self.panels:
            self.show_panel(tab)
        mode = settings.value(SETTINGS + "presentation_list", "", type=str)
        index = self.presentation.list_mode.findData(mode)
        if index >= 0:
            self.presentation.list_mode.setCurrentIndex(index)
        self.presentation.mix_labels.setChecked(settings.value(SETTINGS + "mix_labels", True, type=bool))
        list_mode = self.presentation.list_mode
        list_mode.currentIndexChanged.connect(
            lambda _i: QgsSettings().setValue(SETTINGS + "presentation_list", list_mode.currentData()))
        self.presentation.mix_labels.toggled.connect(lambda on: QgsSettings().setValue(SETTINGS + "mix_labels", on))

    # --- height beside other docks ---------------------------------------------------------------
    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        if not self._height_claimed:
            self._height_claimed = True
            QTimer.singleShot(0, self.claim_height)

    def claim_height(self):
        """Docked under or over another dock (the Processing toolbox, the Layers panel), take at least
        two thirds of the column: the panels need the height, a toolbox list scrolls well when small."""
        window = self.parent()
        if not hasattr(window, "resizeDocks") or self.isFloating() or not self.isVisible():
            return
        area = window.dockWidgetArea(self)
        neighbours = [dock for dock in window.findChildren(QDockWidget)
                      if dock is not self and dock.isVisible() and not dock.isFloating()
                      and window.dockWidgetArea(dock) == area and dock.x() == self.x()
                      and not window.tabifiedDockWidgets(dock).count(self)]
        if not neighbours:
            return
        column = self.height() + sum(dock.height() for dock in neighbours)
        wanted = max(self.minimumSizeHint().height(), int(column * 2 / 3))
        if self.height() < wanted:
            window.resizeDocks([self], [wanted], Qt.Orientation.Vertical)

    # --- map tool -------------------------------------------------------------------------------
    def set_pick_tool(self, on):
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if canvas is None or self.pick_tool is None:
            return
        if on:
            canvas.setMapTool(self.pick_tool)
        elif canvas.mapTool() is self.pick_tool:
            canvas.unsetMapTool(self.pick_tool)

    def _map_tool_set(self, new_tool, _old_tool=None):
        if new_tool is not self.pick_tool and self.pick_button.isChecked():
            self.pick_button.blockSignals(True)
            self.pick_button.setChecked(False)
            self.pick_button.blockSignals(False)

    # --- lifecycle ------------------------------------------------------------------------------
    def make_report(self, mode):
        """'Maak notitie' ('Write notitie'): the report layouts in the current project, in the layout designer.

        The notitie includes the tags of this layer and, when the Scenario & balans panel has run a check,
        that scenario's citywide balance. Returns the layouts (empty on an error, which is shown).
        """
        from ..core.messages import VeerkrachtError
        from ..qgisio.report import open_report_layout

        layer = self.context.layer
        if layer is None:
            self.inform(tr("Veerkracht"), tr("Choose a scored buurt layer first."))
            return []
        self.context.flush_requested.emit()  # what was said in the room goes into the notitie
        balance, scenario = None, ""
        if mode == 0:
            balance, scenario = self.balans.latest_summary()
        try:
            return open_report_layout(layer, mode=mode, balance=balance, scenario=scenario, iface=self.iface)
        except VeerkrachtError as error:
            self.inform(tr("Veerkracht"), error.format(tr, decimal_mark()))
            return []

    def inform(self, title, text):
        QMessageBox.warning(self, title, text)

    def close_and_cleanup(self):
        """Save what is pending, leave presentation mode, release the map tool (plugin unload)."""
        self.context.flush_requested.emit()
        if self.presentation.mode is not None:
            self.presentation.mode.stop()
        self.set_pick_tool(False)
        self._map_tool_set(None)
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if canvas is not None:
            try:
                canvas.mapToolSet.disconnect(self._map_tool_set)
            except (TypeError, RuntimeError):
                pass
        for widget in self.panels.values():
            cleanup = getattr(widget, "close_and_cleanup", None)
            if cleanup is not None:
                cleanup()
        self.context.set_layer(None)
        for signal, slot in ((QgsProject.instance().layerWillBeRemoved, self.context._layer_removed),
                             (QgsProject.instance().readProject, self._project_read)):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass

    def closeEvent(self, event):  # noqa: N802
        self.context.flush_requested.emit()
        super().closeEvent(event)
