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


def test_document_language_is_for_this_thread_only(qgis_app):
    """A document can be Dutch while QGIS speaks English (and the reverse), without touching other threads."""
    import threading

    settings = QgsSettings()
    old_flag, old_locale = settings.value("locale/overrideFlag"), settings.value("locale/userLocale")
    try:
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", "en_US")
        assert i18n.install_translator(force=True) == "en"
        seen = {}
        inside = threading.Event()
        release = threading.Event()

        def other_thread():
            inside.wait(5)
            seen["other"] = (i18n.tr("Buurt layer"), i18n.user_locale())
            release.set()

        worker = threading.Thread(target=other_thread)
        worker.start()
        with i18n.document_language("nl") as language:
            assert language == "nl"
            assert i18n.tr("Buurt layer") == "Buurtlaag"
            assert i18n.tr("Period (e.g. 2016–2022)") == "Periode (bijv. 2016–2022)"  # non-ASCII source text
            assert i18n.user_locale() == "nl"
            inside.set()
            release.wait(5)
        worker.join(5)
        assert seen["other"] == ("Buurt layer", "en")
        assert (i18n.tr("Buurt layer"), i18n.user_locale()) == ("Buurt layer", "en")

        settings.setValue("locale/userLocale", "nl_NL")
        assert i18n.install_translator(force=True) == "nl"
        with i18n.document_language("en"):
            assert i18n.tr("Buurt layer") == "Buurt layer"
        assert i18n.tr("Buurt layer") == "Buurtlaag"
    finally:
        settings.setValue("locale/overrideFlag", old_flag if old_flag is not None else False)
        settings.setValue("locale/userLocale", old_locale or "")
        i18n.install_translator(force=True)
