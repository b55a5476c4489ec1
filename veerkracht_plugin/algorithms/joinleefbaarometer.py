"""veerkracht:joinleefbaarometer – join Leefbaarometer scores for two years to a buurt layer."""

import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
)

from ..core import leefbaarometer as lbm
from ..core.cbs import find_field
from ..core.messages import N_
from ..qgisio import frames
from .base import VeerkrachtAlgorithm


class JoinLeefbaarometer(VeerkrachtAlgorithm):
    ID = "joinleefbaarometer"
    GROUP = "beeld"
    DISPLAY_NAME = N_("Join Leefbaarometer scores")
    HELP = N_(
        "Adds Leefbaarometer scores for two years to a buurt layer, as fields such as "
        "<b>lbm_onv_t0</b> and <b>lbm_onv_t1</b>. A file with <i>bu_code</i> is joined per buurt on the buurt "
        "code; a file with <i>wk_code</i> per wijk on the wijk code, so every buurt gets the score of its "
        "wijk.<br><br>"
        "The scores come from a CSV file as downloaded (UTF-8 or Windows-1252 as Excel writes it, ',' or ';' "
        "separated) or from a Leefbaarometer table already loaded in QGIS. 'NA', empty cells and cells that "
        "are no number become NULL (counted in the log). A year without scores in the file is an error that "
        "lists the years that have scores; a code that appears twice for a year with different values is an "
        "error too. Buurten without a match are listed in the log. The input is not changed."
    )

    INPUT = "INPUT"
    LEEFBAAROMETER = "LEEFBAAROMETER"
    LEEFBAAROMETER_LAYER = "LEEFBAAROMETER_LAYER"
    CODE_FIELD = "CODE_FIELD"
    YEAR_T0 = "YEAR_T0"
    YEAR_T1 = "YEAR_T1"
    DIMENSIONS = "DIMENSIONS"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Buurt layer"), [QgsProcessing.SourceType.TypeVectorPolygon]
            ),
            self.tr("Buurt polygons with a buurt or wijk code."),
        )
        self.add_parameter(
            QgsProcessingParameterFile(
                self.LEEFBAAROMETER,
                self.tr("Leefbaarometer file (CSV, long format)"),
                extension="csv",
                optional=True,
            ),
            self.tr("The CSV as downloaded (long format, one row per area and year), at buurt level (bu_code) or "
                    "wijk level (wk_code). Leave it empty to use a loaded table layer instead."),
        )
        self.add_parameter(
            QgsProcessingParameterVectorLayer(
                self.LEEFBAAROMETER_LAYER,
                self.tr("or a Leefbaarometer table loaded in QGIS"),
                [QgsProcessing.SourceType.TypeVector],
                optional=True,
            ),
            self.tr("A Leefbaarometer table (or layer) already in the project, with bu_code or wk_code, jaar and the "
                    "scores; used when no file is given."),
        )
        self.add_parameter(
            QgsProcessingParameterField(
                self.CODE_FIELD,
                self.tr("Buurt or wijk code field (empty: detect)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            ),
            self.tr("The buurt or wijk code in the layer; left empty, it is found from the CBS names "
                    "(buurtcode/BU_CODE or wijkcode/WK_CODE)."),
        )
        years = self.tr("A year that has scores in the given file; when it has none, the error lists the years "
                        "that do.")
        for name, label, default in ((self.YEAR_T0, self.tr("First year (t0)"), 2014),
                                     (self.YEAR_T1, self.tr("Second year (t1)"), 2022)):
            self.add_parameter(
                QgsProcessingParameterNumber(
                    name, label, QgsProcessingParameterNumber.Type.Integer, default, False, 2002, 2100
                ),
                years,
            )
        self.add_parameter(
            QgsProcessingParameterEnum(
                self.DIMENSIONS,
                self.tr("Dimensions"),
                options=list(lbm.DIMENSIONS),
                allowMultiple=True,
                defaultValue=[lbm.DIMENSIONS.index("onv")],
            ),
            self.tr("onv = overlast en onveiligheid (default), lbm = overall score, afw, fys, soc, vrz, won. Higher "
                    "is better for all of them."),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Buurten with Leefbaarometer scores")),
            self.tr("A copy of the buurt layer with one field per dimension and year (lbm_onv_t0, lbm_onv_t1, ...)."),
        )

    def _read_scores(self, parameters, context, path, feedback):
        """The Leefbaarometer table from the file, or from a table layer loaded in QGIS (also when the file
        parameter names a layer of the project)."""
        layer = self.parameterAsVectorLayer(parameters, self.LEEFBAAROMETER_LAYER, context)
        if layer is None and path and not os.path.exists(path):
            layer = QgsProcessingUtils.mapLayerFromString(path, context)
        if layer is not None and not path:
            frame = frames.source_to_frame(layer, frames.field_names(layer), feedback)
            feedback.pushInfo(self.tr("Leefbaarometer table: layer '{layer}'.").format(layer=layer.name()))
            return self.run_core(lbm.read_table, frame, layer.name())
        if layer is not None and path and not os.path.exists(path):
            frame = frames.source_to_frame(layer, frames.field_names(layer), feedback)
            return self.run_core(lbm.read_table, frame, layer.name())
        if not path:
            self.fail(N_("Choose a Leefbaarometer file or a Leefbaarometer table layer."))
        return self.run_core(lbm.read_file, path)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        path = self.parameterAsFile(parameters, self.LEEFBAAROMETER, context)
        year_t0 = self.parameterAsInt(parameters, self.YEAR_T0, context)
        year_t1 = self.parameterAsInt(parameters, self.YEAR_T1, context)
        dimensions = [lbm.DIMENSIONS[i] for i in self.parameterAsEnums(parameters, self.DIMENSIONS, context)]
        if not dimensions:
            self.fail(N_("Choose at least one Leefbaarometer dimension."))
        if year_t0 == year_t1:
            self.fail(N_("The two years must differ (both are {year})."), year=year_t0)

        frame, code_column, level, messages = self._read_scores(parameters, context, path, feedback)
        self.report(feedback, messages)
        _level, prefix, digits = lbm.LEVELS[code_column]
        code_field = self.parameterAsString(parameters, self.CODE_FIELD, context)
        names = frames.field_names(source)
        if not code_field:
            code_field = find_field(names, "buurtcode" if level == "buurt" else "wijkcode")
            if code_field is None:
                self.fail(
                    N_("No {level} code field found in the layer; choose the code field."), level=level
                )
        frames.require_fields(source, [code_field])
        feedback.pushInfo(
            self.tr("Leefbaarometer file at {level} level, joined on field '{field}'.").format(
                level=level, field=code_field
            )
        )
        table = self.run_core(lbm.pivot, frame, code_column, {"t0": year_t0, "t1": year_t1}, dimensions)
        fast = self.gpkg_fast_path(parameters, context, self.INPUT, self.OUTPUT)
        attributes = self.read_frame(source, [code_field], fast, feedback)
        values, unmatched = lbm.join(list(attributes[code_field]), table, prefix, digits)
        values.index = attributes.index
        if unmatched:
            shown = ", ".join(unmatched[:10]) + (" …" if len(unmatched) > 10 else "")
            feedback.pushWarning(
                self.tr("{n} feature(s) have no match in the Leefbaarometer file: {codes}").format(
                    n=len(unmatched), codes=shown
                )
            )
        for column in values.columns:
            feedback.pushInfo(
                self.tr("{field}: {n} of {total} features have a value.").format(
                    field=column, n=int(values[column].notna().sum()), total=len(values)
                )
            )
        new_columns = [(c, "double") for c in values.columns]
        dest_id = self.write_output(parameters, context, feedback, source, values, new_columns, fast)
        if dest_id is None:
            return {}
        return {self.OUTPUT: dest_id}
