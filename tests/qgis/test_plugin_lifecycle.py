from qgis.core import QgsApplication, QgsSettings

import veerkracht_plugin
from veerkracht_plugin import i18n


def provider_count():
    return sum(1 for p in QgsApplication.processingRegistry().providers() if p.id() == "veerkracht")


def test_gui_lifecycle_adds_and_removes_everything(qgis_iface, provider):
    registry = QgsApplication.processingRegistry()
    registry.removeProvider(provider)  # the session provider; restored below
    try:
        plugin = veerkracht_plugin.classFactory(qgis_iface)
        plugin.initProcessing()
        plugin.initGui()
        assert provider_count() == 1  # initProcessing + initGui register once
        assert plugin.toolbar_action is not None
        plugin.toolbar_action.setChecked(True)
        assert plugin.dock is not None and plugin.dock.objectName() == "VeerkrachtDock"
        plugin.unload()
        assert provider_count() == 0
        assert plugin.actions == [] and plugin.dock is None
        # load again after unload (Plugin Reloader)
        plugin = veerkracht_plugin.classFactory(qgis_iface)
        plugin.initGui()
        assert provider_count() == 1
        plugin.unload()
        assert provider_count() == 0
    finally:
        from veerkracht_plugin.standalone import register_provider

        register_provider()
        i18n.install_translator(force=True)


def test_no_gui_without_iface(provider):
    registry = QgsApplication.processingRegistry()
    registry.removeProvider(provider)
    try:
        plugin = veerkracht_plugin.classFactory(None)
        plugin.initProcessing()
        plugin.initGui()
        assert provider_count() == 1
        assert plugin.actions == [] and plugin.dock is None
        plugin.unload()
        assert provider_count() == 0
    finally:
        from veerkracht_plugin.standalone import register_provider

        register_provider()


def test_dutch_when_qgis_runs_in_dutch(qgis_app):
    settings = QgsSettings()
    old_flag = settings.value("locale/overrideFlag")
    old_locale = settings.value("locale/userLocale")
    try:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", "nl_NL")
        assert i18n.install_translator(force=True) == "nl"
        assert i18n.tr("Join Leefbaarometer scores") == "Leefbaarometerscores koppelen"
        assert i18n.tr("Buurt layer") == "Buurtlaag"
        settings.setValue("locale/userLocale", "en_US")
        assert i18n.install_translator(force=True) == "en"
        assert i18n.tr("Buurt layer") == "Buurt layer"
    finally:
        settings.setValue("locale/overrideFlag", old_flag if old_flag is not None else False)
        settings.setValue("locale/userLocale", old_locale or "")
        i18n.install_translator(force=True)
