"""Nothing a layout, legend or project points at is owned by a Python wrapper that may go first.

The dock's report once crashed QGIS: a legend's layer tree was a Python-made QgsLayerTree that was freed
with the layout's wrapper while the legend (owned by the project's layout manager) still pointed at it.
The real-window test is test_dock_report_gui.py; these run headless and fast.
"""

import gc

from qgis.core import QgsLayoutExporter, QgsLayoutItemLegend, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QSize

from tests.qgis import dock_data
from tests.qgis.report_city import city_layer


def test_report_legends_own_their_layer_tree(qgis_app):
    from veerkracht_plugin.qgisio.report import open_report_layout

    project = QgsProject()
    layer = city_layer()
    project.addMapLayer(layer)
    before = [node.name() for node in project.layerTreeRoot().children()]
    for mode in (0, 1, 0):
        assert len(open_report_layout(layer, mode=mode, project=project)) == 3
        gc.collect()  # no Python reference to the layouts or their legends is left
    manager = project.layoutManager()
    assert len(manager.printLayouts()) == 6  # three for the notitie, three for the QuickScan
    legends = 0
    for layout in manager.printLayouts():
        for item in layout.items():
            if isinstance(item, QgsLayoutItemLegend):
                legends += 1
                assert not item.autoUpdateModel()
                root = item.model().rootGroup()
                assert root is not project.layerTreeRoot()
                layers = [node.layer() for node in root.findLayers()]
                assert len(layers) == 1 and layers[0] is not None and layers[0].id() in project.mapLayers()
        image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(297, 210))  # paints the legends
        assert not image.isNull()
    assert legends == 4  # page 1 and the wijk page of each
    # the user's layers are where they were; the report's group comes after them
    assert [node.name() for node in project.layerTreeRoot().children()][:len(before)] == before
    project.clear()


def test_map_export_frees_the_layout_before_its_project(qgis_app, tmp_path, monkeypatch):
    from veerkracht_plugin.qgisio import map_export

    order = []
    render = map_export._render_page

    def spy(layout, width_px):
        layout.destroyed.connect(lambda: order.append("layout"))
        layout.project().destroyed.connect(lambda: order.append("project"))
        return render(layout, width_px)

    monkeypatch.setattr(map_export, "_render_page", spy)
    gpkg = tmp_path / "buurten.gpkg"
    dock_data.gpkg_layer(gpkg, add=False)
    layer = QgsVectorLayer(f"{gpkg}|layername=buurten", "buurten", "ogr")
    map_export.export_map_png(layer, "signaal", str(tmp_path / "signaal.png"), "Signaal", width_px=600)
    gc.collect()
    assert order == ["layout", "project"]
    assert (tmp_path / "signaal.png").stat().st_size > 1000
