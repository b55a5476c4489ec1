"""Plugin lifecycle: Processing provider always, GUI (toolbar, menu, dock) only when there is an iface."""

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtGui import QIcon

from .i18n import install_translator, remove_translator, tr
from .provider import VeerkrachtProvider
from .qgisio.compat import QAction
from .qgisio.paths import ICON_PATH


class VeerkrachtPlugin:
    MENU = "&Veerkracht"

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions = []
        self.toolbar_action = None
        self.dock = None
        install_translator()

    # --- Processing (also used by qgis_process, where iface is None) ----------------------------
    def initProcessing(self):  # noqa: N802
        if self.provider is None:
            self.provider = VeerkrachtProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    # --- GUI ------------------------------------------------------------------------------------
    def initGui(self):  # noqa: N802
        self.initProcessing()
        if self.iface is None:
            return
        action = QAction(QIcon(str(ICON_PATH)), tr("Veerkracht"), self.iface.mainWindow())
        action.setObjectName("VeerkrachtDockAction")
        action.setCheckable(True)
        action.setToolTip(tr("Show or hide the Veerkracht dock"))
        action.toggled.connect(self.set_dock_visible)
        self.iface.addToolBarIcon(action)
        self.iface.addPluginToMenu(tr(self.MENU), action)
        self.toolbar_action = action
        self.actions.append(action)
        QgsProject.instance().readProject.connect(self._project_read)

    def _project_read(self, *_args):
        """A project saved with the dock open opens it again (and one saved with it closed closes it)."""
        from .ui import state

        visible = state.read_visible()
        if visible is None or self.toolbar_action is None:
            return
        if visible or self.dock is not None:
            self.toolbar_action.setChecked(visible)
            self.set_dock_visible(visible)

    def ensure_dock(self):
        """Create the dock on first use (importing the UI only then keeps start-up fast)."""
        if self.dock is None and self.iface is not None:
            from .ui.dock import VeerkrachtDock

            self.dock = VeerkrachtDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(VeerkrachtDock.DEFAULT_AREA, self.dock)
            self.dock.visibilityChanged.connect(self._sync_action)
        return self.dock

    def set_dock_visible(self, visible):
        dock = self.ensure_dock()
        if dock is not None:
            dock.setUserVisible(visible)

    def _sync_action(self, visible):
        if self.toolbar_action is not None and self.toolbar_action.isChecked() != visible:
            self.toolbar_action.blockSignals(True)
            self.toolbar_action.setChecked(visible)
            self.toolbar_action.blockSignals(False)

    def unload(self):
        try:
            QgsProject.instance().readProject.disconnect(self._project_read)
        except (TypeError, RuntimeError):
            pass
        if self.iface is not None:
            for action in self.actions:
                self.iface.removePluginMenu(tr(self.MENU), action)
                self.iface.removeToolBarIcon(action)
                action.deleteLater()
            if self.dock is not None:
                self.dock.close_and_cleanup()
                self.iface.removeDockWidget(self.dock)
                self.dock.deleteLater()
        self.actions = []
        self.toolbar_action = None
        self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()
