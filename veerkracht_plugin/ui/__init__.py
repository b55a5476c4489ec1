"""Dock widget and panels. Qt imports only via qgis.PyQt, fully qualified enums (Qt6 ready)."""
