"""Veerkracht QGIS plugin: resilience signals for Dutch buurten."""


def classFactory(iface):  # noqa: N802 (QGIS plugin entry point)
    """Load the plugin lazily: nothing heavy is imported before QGIS asks for it."""
    from .plugin import VeerkrachtPlugin

    return VeerkrachtPlugin(iface)
