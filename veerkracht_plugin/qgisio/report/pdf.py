"""The report as ONE PDF: every page of the three layouts (the wijk atlas: every wijk) with one
QgsLayoutExporter run, so without external PDF tools."""

from __future__ import annotations

from qgis.core import Qgis, QgsAbstractLayoutIterator, QgsLayoutExporter

from ...core.messages import N_, VeerkrachtError
from ..compat import layout_render_flags
from ..staging import StagedFile
from .templates import set_text


class _ReportIterator(QgsAbstractLayoutIterator):
    """Steps through several layouts as one document: a plain layout once, an atlas layout once per
    coverage feature. QgsLayoutExporter.exportToPdf(iterator, ...) writes all of it into ONE PDF (the
    mechanism QGIS' own reports use), with every page rendered for export (not preview)."""

    def __init__(self, layouts, footer="", feedback=None):
        super().__init__()
        self.layouts = layouts
        self.footer = footer
        self.feedback = feedback
        self.plan = []
        self.position = -1
        self.pages = 0

    def beginRender(self):  # noqa: N802
        self.plan = []
        for layout in self.layouts:
            atlas = layout.atlas()
            if atlas.enabled() and atlas.coverageLayer() is not None:
                if atlas.beginRender():
                    self.plan.extend((layout, i) for i in range(atlas.count()))
            else:
                self.plan.append((layout, None))
        self.position = -1
        self.pages = 0
        return True

    def endRender(self):  # noqa: N802
        for layout in self.layouts:
            if layout.atlas().enabled():
                layout.atlas().endRender()
        return True

    def count(self):
        return len(self.plan)

    def next(self):
        if self.feedback is not None and self.feedback.isCanceled():
            return False
        self.position += 1
        if self.position >= len(self.plan):
            return False
        layout, feature_index = self.plan[self.position]
        if feature_index is not None:
            layout.atlas().seekTo(feature_index)
        layout.refresh()
        if self.footer:
            set_text(layout, "voettekst", f"{self.footer} – {self.pages + 1}")
        self.pages += sum(
            1 for i in range(layout.pageCollection().pageCount()) if layout.pageCollection().shouldExportPage(i)
        )
        if self.feedback is not None:
            self.feedback.setProgress(40 + 60.0 * self.position / max(1, len(self.plan)))
        return True

    def layout(self):
        return self.plan[self.position][0] if 0 <= self.position < len(self.plan) else None

    def filePath(self, base_path, extension):  # noqa: N802
        return base_path


def export_pdf(layouts: list, path: str, content=None, feedback=None, dpi: int = 300) -> int:
    """Write every page of ``layouts`` (an atlas layout: every feature) into ONE PDF at ``path``.

    Returns the number of pages. The footer item ``voettekst`` gets the running page number.
    """
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.appendGeoreference = False
    settings.exportMetadata = False
    settings.flags = layout_render_flags()
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    iterator = _ReportIterator(layouts, content.footer if content is not None else "", feedback)
    try:
        staged = StagedFile(path)  # the PDF appears under its name only when complete
    except OSError as error:
        raise VeerkrachtError(N_("Cannot write the PDF file {path}: {error}"), path=str(path), error=error) from None
    try:
        result, error = QgsLayoutExporter.exportToPdf(iterator, staged.path, settings)
        if result == QgsLayoutExporter.ExportResult.Canceled:
            staged.discard()  # a previous PDF of that name stays as it was
            return 0
        if result != QgsLayoutExporter.ExportResult.Success:
            raise VeerkrachtError(N_("Cannot write the PDF file {path}: {error}"), path=str(path),
                                  error=error or result)
        staged.commit()
    except OSError as error:
        raise VeerkrachtError(N_("Cannot write the PDF file {path}: {error}"), path=str(path), error=error) from None
    finally:
        if not staged.done:
            staged.discard()
    return iterator.pages
