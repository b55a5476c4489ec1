"""veerkracht:exporttags – the tags, texts and key figures per buurt as a spreadsheet for the wijkteam."""

import os
from pathlib import Path

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProviderRegistry,
)

from ..core import tag_export
from ..core.cbs import find_field
from ..core.messages import N_
from ..qgisio import frames, tables
from .base import VeerkrachtAlgorithm

#: key of tag_export.COLUMNS -> canonical CBS name to look for (with its aliases), when it is no vk_ field
_CBS_NAMES = {"buurtcode": "buurtcode", "buurtnaam": "buurtnaam", "wijknaam": "wijknaam",
              "gemeentenaam": "gemeentenaam"}
#: the later year of veerkracht:preparecbs first, then a CBS layer's own field
_COUNTS = {"inwoners": ("inwoners_t1", "inwoners"), "huishoudens": ("huishoudens_t1", "huishoudens")}


class ExportTags(VeerkrachtAlgorithm):
    ID = "exporttags"
    GROUP = "wijkschetsen"
    STEP = 1
    DISPLAY_NAME = N_("Export tags per buurt (CSV, XLSX)")
    HELP = N_(
        "Writes the handelingsperspectieven, the texts of the wijkschets and the key figures of every buurt "
        "as a spreadsheet for the wijkteam: one row per buurt, Dutch column headings, as CSV (semicolons, "
        "decimal comma: Dutch spreadsheets open it as it is) and/or as an Excel workbook (XLSX). A "
        "perspective not yet discussed stays an empty cell, not 0. The layer itself is only read."
    )

    INPUT = "INPUT"
    ONLY_TAGGED = "ONLY_TAGGED"
    OUTPUT_CSV = "OUTPUT_CSV"
    OUTPUT_XLSX = "OUTPUT_XLSX"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Buurt layer with tags")),
            self.tr("The buurt layer the dock tags (vk_hp_* and the wijkschets fields), normally scored by "
                    "veerkracht:score. Selected features only, when that box is ticked."),
        )
        self.add_parameter(
            QgsProcessingParameterBoolean(self.ONLY_TAGGED, self.tr("Only buurten with tags"), False),
            self.tr("Leave out the buurten without any handelingsperspectief or text yet."),
        )
        self.add_parameter(
            QgsProcessingParameterFileDestination(self.OUTPUT_CSV, self.tr("Tags per buurt (CSV)"),
                                                  self.tr("CSV files (*.csv)"), optional=True),
            self.tr("A CSV file with semicolons and decimal commas, UTF-8; empty: no CSV."),
        )
        self.add_parameter(
            QgsProcessingParameterFileDestination(self.OUTPUT_XLSX, self.tr("Tags per buurt (XLSX)"),
                                                  self.tr("Excel workbooks (*.xlsx)"), optional=True),
            self.tr("An Excel workbook with one sheet 'Buurten' (GDAL's XLSX driver); empty: no workbook."),
        )
        self.addOutput(QgsProcessingOutputNumber("BUURTEN", self.tr("Buurten written")))
        self.addOutput(QgsProcessingOutputNumber("GETAGD", self.tr("Buurten with tags")))

    def _columns(self, names):
        lower = {name.lower(): name for name in names}
        columns = {}
        for key, _heading, _kind in tag_export.COLUMNS:
            if key in _CBS_NAMES:
                columns[key] = find_field(names, _CBS_NAMES[key])
            elif key in _COUNTS:
                columns[key] = next((lower[c] for c in _COUNTS[key] if c in lower), None) or find_field(names, key)
            else:
                columns[key] = lower.get(key)
        return columns

    def _destinations(self, parameters, context, source_path):
        wanted = {}
        for name, extension in ((self.OUTPUT_CSV, ".csv"), (self.OUTPUT_XLSX, ".xlsx")):
            path = self.parameterAsFileOutput(parameters, name, context) if parameters.get(name) else ""
            if not path:
                continue
            suffix = Path(path).suffix.lower()
            if not suffix:
                path += extension
            elif suffix != extension:  # never replace a file of another kind (a GeoPackage, a PDF)
                self.fail(N_("The file {path} must end in {extension}: choose a file name with that extension."),
                          path=path, extension=extension)
            if source_path and os.path.exists(path) and os.path.samefile(path, source_path):
                self.fail(N_("The output {path} is the input layer's own file: choose another file name."),
                          path=path)
            wanted[name] = path
        if not wanted:
            self.fail(N_("Choose a CSV or an XLSX file (or both) to write the tags to."))
        return wanted

    def _input_file(self, parameters, context):
        """The file the input layer reads (GeoPackage, CSV, shapefile, ...), or '' (a database, memory)."""
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            return ""
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
        path = parts.get("path") or ""
        return path if os.path.isfile(path) else ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            self.fail(N_("The input layer cannot be read."))
        destinations = self._destinations(parameters, context, self._input_file(parameters, context))
        names = frames.field_names(source)
        columns = self._columns(names)
        if not any(columns.get(key) for key in tag_export.TAG_KEYS):
            feedback.pushWarning(self.tr("The layer has no tag fields yet (vk_hp_*, vk_probleemanalyse, ...): "
                                         "the tag columns stay empty. Tag buurten in the dock first."))
        frame = self.read_frame(source, [field for field in columns.values() if field], None, feedback)
        if feedback.isCanceled():
            return {}
        only_tagged = self.parameterAsBoolean(parameters, self.ONLY_TAGGED, context)
        table = tag_export.tag_table(frame, columns, only_tagged=only_tagged)
        outputs = {"BUURTEN": len(table), "GETAGD": tag_export.tagged_count(table)}
        for name, path in destinations.items():
            if name == self.OUTPUT_CSV:
                outputs[name] = tables.write_atomically(path, lambda temporary: tag_export.write_csv(table, temporary))
            else:
                outputs[name] = tables.write_atomically(
                    path, lambda temporary: tables.write_xlsx(table, tag_export.KINDS, temporary))
            feedback.pushInfo(self.tr("{n} buurten written to {path}.").format(n=len(table), path=Path(path).name))
        feedback.setProgress(100)
        return outputs
