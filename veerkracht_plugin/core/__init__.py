"""Pure computation for Veerkracht: numpy/pandas only, no QGIS imports (checked by a unit test)."""
