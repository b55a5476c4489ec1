"""The QGIS adapters that the Processing algorithms and the dock share.

``core`` computes, ``qgisio`` moves data and cartography between QGIS and ``core``: layers <-> pandas
(``frames``), the GeoPackage fast path (``gpkg_copy``), the nine maps (``maps``), the report layouts
(``report``) and the plugin's shipped files (``paths``). It imports ``core`` and ``i18n``, never
``algorithms`` or ``ui``.
"""
