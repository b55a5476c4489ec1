"""The dock's state in the project file: whether the dock is open, the buurt layer (by id) and the tab.

Stored with ``QgsProject.writeEntry`` under the scope ``Veerkracht`` (keys ``dock/visible``,
``dock/layer``, ``dock/tab``), so a project reopens with the dock as it was saved. Remembering this
state does not mark the project as modified (like the map extent, it is saved with the next save).
A layer is remembered by its id only, never by its source: a source can hold a database password.
Kept free of other plugin imports: the plugin reads it when a project is opened, before the dock exists.
"""

from qgis.core import QgsProject

SCOPE = "Veerkracht"
VISIBLE, LAYER, TAB = "dock/visible", "dock/layer", "dock/tab"


def read(key, project=None):
    """The stored text of ``key``, or None when the project holds none."""
    project = project or QgsProject.instance()
    value, found = project.readEntry(SCOPE, key, "")
    return value if found else None


def write(key, value, project=None):
    """Store ``value`` (text) under ``key`` without making the project dirty."""
    project = project or QgsProject.instance()
    value = "" if value is None else str(value)
    if read(key, project) == value:
        return
    dirty = project.isDirty()
    project.writeEntry(SCOPE, key, value)
    if not dirty:
        project.setDirty(False)


def read_visible(project=None):
    """True/False as stored, None when the project does not say."""
    value = read(VISIBLE, project)
    return None if value is None else value == "1"


def write_visible(visible, project=None):
    write(VISIBLE, "1" if visible else "0", project)
