"""Where the files that ship with the plugin are: the icon, the map styles and the print-layout templates."""

from pathlib import Path

#: the plugin folder (veerkracht_plugin/)
PLUGIN_DIR = Path(__file__).resolve().parent.parent
RESOURCES_DIR = PLUGIN_DIR / "resources"
#: the plugin's icon: toolbar, dock, Processing provider and algorithms
ICON_PATH = RESOURCES_DIR / "icons" / "veerkracht.svg"
#: the QML styles of the nine maps and of the balance map (scripts/make_styles.py, make_balans_style.py)
STYLES_DIR = PLUGIN_DIR / "styles"
#: the print-layout templates of the report (docs/report.md)
LAYOUT_DIR = RESOURCES_DIR / "layouts"


def style_path(name: str) -> Path:
    """The QML file of style ``name`` ('signaal', 'balans', ...)."""
    return STYLES_DIR / f"{name}.qml"
