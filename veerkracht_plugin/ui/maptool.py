"""A map tool that picks a buurt with a click: it selects the buurt (Shift/Ctrl adds or removes), and
the dock follows the selection, so the map, the attribute table and the dock always agree."""

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsRectangle
from qgis.gui import QgsMapTool
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QCursor


class BuurtPickTool(QgsMapTool):
    def __init__(self, canvas, context):
        super().__init__(canvas)
        self.context = context
        self.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))

    def feature_at(self, map_point):
        """The id of the buurt under a point in map coordinates, or None."""
        layer = self.context.layer
        if layer is None:
            return None
        point = self.toLayerCoordinates(layer, QgsPointXY(map_point))
        radius = QgsMapTool.searchRadiusMU(self.canvas())
        corner = self.toLayerCoordinates(layer, QgsPointXY(map_point.x() + radius, map_point.y() + radius))
        tolerance = max(abs(corner.x() - point.x()), abs(corner.y() - point.y()))
        rect = QgsRectangle(point.x() - tolerance, point.y() - tolerance,
                            point.x() + tolerance, point.y() + tolerance)
        request = QgsFeatureRequest().setFilterRect(rect).setNoAttributes()
        exact = QgsGeometry.fromPointXY(point)
        nearest, nearest_distance = None, None
        for feature in layer.getFeatures(request):
            geometry = feature.geometry()
            if geometry.contains(exact):
                return feature.id()
            distance = geometry.distance(exact)
            if nearest is None or distance < nearest_distance:
                nearest, nearest_distance = feature.id(), distance
        return nearest

    def pick(self, map_point, modifiers=Qt.KeyboardModifier.NoModifier):
        layer = self.context.layer
        fid = self.feature_at(map_point)
        if layer is None:
            return None
        if fid is None:
            if not modifiers & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier):
                layer.removeSelection()
            return None
        if modifiers & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier):
            if fid in layer.selectedFeatureIds():
                layer.deselect(fid)
            else:
                layer.select(fid)
        else:
            layer.selectByIds([fid])
        return fid

    def canvasReleaseEvent(self, event):  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.pick(event.mapPoint(), event.modifiers())
