"""Translation helpers.

All user-facing strings go through :func:`tr` with an English source text; ``i18n/veerkracht_nl.ts``
holds the Dutch translation (one context, ``Veerkracht``). ``scripts/i18n.py`` extracts the literals
passed to ``tr(...)``, ``self.tr(...)`` and ``N_(...)`` from the source and keeps the .ts file in step.
"""

from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "Veerkracht"
I18N_DIR = Path(__file__).resolve().parent / "i18n"

_translator = None
_translator_locale = None
_forced_locale = None  # set by use_locale(): a language for this session only, settings untouched


def tr(text, disambiguation=None, n=-1):
    """Translate ``text`` (an English literal) into the user's language."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def user_locale():
    """The two-letter language QGIS runs in (``nl``, ``en``, ...)."""
    if _forced_locale:
        return _forced_locale
    settings = QgsSettings()
    override = settings.value("locale/overrideFlag", False, type=bool)
    name = settings.value("locale/userLocale", "", type=str) if override else ""
    if not name:
        name = settings.value("locale/globalLocale", "", type=str) if override else ""
    if not name:
        name = QLocale().name()
    return (name or "en")[:2].lower()


def install_translator(force=False):
    """Install the plugin's translator for the QGIS locale; safe to call more than once."""
    global _translator, _translator_locale
    locale = user_locale()
    if _translator is not None and locale == _translator_locale and not force:
        return _translator_locale
    remove_translator()
    qm_file = I18N_DIR / f"veerkracht_{locale}.qm"
    if qm_file.exists():
        translator = QTranslator()
        if translator.load(str(qm_file)):
            QCoreApplication.installTranslator(translator)
            _translator = translator
    _translator_locale = locale
    return locale


def remove_translator():
    global _translator, _translator_locale
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
    _translator = None
    _translator_locale = None


def use_locale(locale):
    """Speak ``locale`` (e.g. ``"nl"``) in this session without changing the user's settings; None undoes it.

    Used by scripts such as ``make demo`` that write Dutch documents whatever the machine's language.
    """
    global _forced_locale
    _forced_locale = locale[:2].lower() if locale else None
    return install_translator(force=True)
