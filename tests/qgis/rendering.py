"""Rendering helpers for tests: draw a layer as a map canvas at a given scale would."""

from qgis.core import (
    QgsExpressionContext,
    QgsExpressionContextScope,
    QgsExpressionContextUtils,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
)
from qgis.PyQt.QtCore import QSize


def render_at_scale(layer, scale, size=600):
    """The layer's full extent drawn into a ``size`` px image, with ``@map_scale`` = ``scale`` (the value a
    canvas zoomed to that scale gives styles that adapt to it). Returns the QImage."""
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(size, size))
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    scope = QgsExpressionContextScope()
    scope.setVariable("map_scale", scale)
    context.appendScope(scope)
    settings.setExpressionContext(context)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def count_pixels(image, colour, tolerance, step=2):
    """How many sampled pixels (every ``step``-th) lie within ``tolerance`` (summed RGB) of ``colour``."""
    count = 0
    for x in range(0, image.width(), step):
        for y in range(0, image.height(), step):
            c = image.pixelColor(x, y)
            distance = abs(c.red() - colour.red()) + abs(c.green() - colour.green()) + abs(c.blue() - colour.blue())
            count += distance < tolerance
    return count
