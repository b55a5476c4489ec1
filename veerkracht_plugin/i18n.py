"""Translation helpers.

All user-facing strings go through :func:`tr` with an English source text; ``i18n/veerkracht_nl.ts``
holds the Dutch translation (one context, ``Veerkracht``). ``scripts/i18n.py`` extracts the literals
passed to ``tr(...)``, ``self.tr(...)`` and ``N_(...)`` from the source and keeps the .ts file in step.
"""

import threading
from contextlib import contextmanager
from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "Veerkracht"
I18N_DIR = Path(__file__).resolve().parent / "i18n"

_translator = None
_translator_locale = None
_document = threading.local()  # set by document_language(): the language of a document being written

#: languages a document (report, balance summary) can be written in; the first is the default
DOCUMENT_LANGUAGES = ("nl", "en")


def tr(text, disambiguation=None, n=-1):
    """Translate ``text`` (an English literal) into the user's language, or into the language of the
    document being written in this thread (see :func:`document_language`)."""
    language = getattr(_document, "language", None)
    if language is not None:
        translator = _document.translator
        if translator is None:
            return text
        # QTranslator.translate takes C strings: pass UTF-8 bytes (PyQt would encode str as ASCII)
        return translator.translate(CONTEXT, text.encode("utf-8"),
                                    disambiguation.encode("utf-8") if disambiguation else None, n) or text
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


@contextmanager
def document_language(language):
    """Write a document in ``language`` ('nl', 'en'), whatever language QGIS speaks.

    Inside the ``with`` block, :func:`tr` and :func:`user_locale` answer in ``language``, in this thread
    only: the QGIS interface and other threads are not affected, and no translator is installed.
    """
    language = (language or "en")[:2].lower()
    translator = None
    if language != "en":
        candidate = QTranslator()
        if candidate.load(str(I18N_DIR / f"veerkracht_{language}.qm")):
            translator = candidate
    previous = getattr(_document, "language", None), getattr(_document, "translator", None)
    _document.language, _document.translator = language, translator
    try:
        yield language
    finally:
        _document.language, _document.translator = previous


def user_locale():
    """The two-letter language QGIS runs in (``nl``, ``en``, ...), or that of the document being written."""
    return getattr(_document, "language", None) or _session_locale()


def decimal_mark():
    """',' when the user (or the document being written) reads Dutch, else '.'."""
    return "," if user_locale() == "nl" else "."


def format_number(value, digits=1, suffix=""):
    """The one number formatter of the interface: ``value`` with the decimal mark and thousands separator
    of the language QGIS speaks (or of the document being written): '1.234,5' in Dutch, '1,234.5' in
    English. None gives '–'."""
    from .core.messages import format_number as _format

    if value is None:
        return "–"
    return _format(value, digits, decimal_mark()) + suffix


def qgis_language():
    """The language QGIS translates its own interface into, however it was chosen: ``--lang`` on the
    command line, the override in Settings › Options › General (``locale/overrideFlag`` +
    ``locale/userLocale``), or the system locale. A locale name such as 'nl_NL', or '' when unknown.

    QGIS >= 3.22 tells which translation it loaded (``QgsApplication.translation()``); with ``--lang``
    QGIS stores the code in ``locale/userLocale`` without setting the override flag, so the settings
    alone do not tell. Without a running QGIS (tests, scripts) the settings and the system locale decide.
    """
    app = QgsApplication.instance()
    translation = ""
    if app is not None and hasattr(app, "translation"):
        try:
            translation = app.translation() or ""
        except (TypeError, RuntimeError):  # a plain QCoreApplication (no QgsApplication)
            translation = ""
    if translation and translation != "C":
        return translation
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "", type=str) or settings.value("locale/globalLocale", "",
                                                                                  type=str)
        if name:
            return name
    return QLocale().name()


def _session_locale():
    name = qgis_language()
    if not name or name == "C":
        return "en"
    return name[:2].lower()


def install_translator(force=False):
    """Install the plugin's translator for the QGIS locale; safe to call more than once."""
    global _translator, _translator_locale
    locale = _session_locale()
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
