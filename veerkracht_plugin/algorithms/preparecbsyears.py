"""veerkracht:preparecbsyears – several CBS years from a long table as fields <canonical>_<year> (method.md §5)."""

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from ..core import cbs, cbs_years
from ..core.messages import N_
from ..qgisio import frames
from ..qgisio.compat import SOURCE_VECTOR, SOURCE_VECTOR_POLYGON
from .base import VeerkrachtAlgorithm


class PrepareCbsYears(VeerkrachtAlgorithm):
    ID = "preparecbsyears"
    GROUP = "beeld"
    STEP = 5
    DISPLAY_NAME = N_("Prepare CBS buurten (several years)")
    HELP = N_(
        "Adds several years of CBS key figures to a buurt layer, for the monitor (veerkracht:monitor).<br><br>"
        "<b>Long table</b>: one row per buurt and year, with a buurt code (bu_code, BU_CODE, buurtcode, ...), "
        "a year (jaar) and the figures in any of the CBS naming schemes (a_inw, AANT_INW, "
        "aantal_inwoners, p_hh_li, ...), e.g. a StatLine time series or the CBS figures of several years "
        "stacked in one CSV. Every recognised indicator becomes one field per year on a copy of the buurt "
        "layer, named &lt;name&gt;_&lt;year&gt; (inwoners_2018, huishoudens_2018, p_laag_inkomen_2018, ...), "
        "joined on the buurt code (codes are normalised: BU + 8 characters).<br><br>"
        "CBS special values (-99995, -99997, ...) and '.' become NULL. A buurt that occurs twice in one year "
        "is an error. Buurten of the layer without a row in the table are listed in the log. The inputs are "
        "not changed. For the Leefbaarometer, run veerkracht:joinleefbaarometer with YEARS."
    )

    INPUT = "INPUT"
    TABLE = "TABLE"
    CODE_FIELD = "CODE_FIELD"
    YEARS = "YEARS"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Buurt layer"),
                                                [SOURCE_VECTOR_POLYGON]),
            self.tr("The buurt polygons (one year's boundaries) with a buurt code; kept as they are."),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.TABLE, self.tr("Long table (CSV, GeoPackage table or table "
                                                                    "layer)"), [SOURCE_VECTOR]),
            self.tr("One row per buurt and year: a buurt code, jaar and CBS figures (a_inw, a_hh, p_hh_li, ...)."),
        )
        self.add_parameter(
            QgsProcessingParameterField(self.CODE_FIELD, self.tr("Buurtcode field of the layer (empty: detect)"),
                                        parentLayerParameterName=self.INPUT, optional=True),
            self.tr("Left empty, it is found from the CBS names (buurtcode, BU_CODE, ...)."),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.YEARS, self.tr("Years (comma-separated; empty = every year in the "
                                                             "table)"), optional=True),
            self.tr("The years to write, e.g. \"2016, 2018, 2020, 2022\"; each must be in the table."),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Buurten with several years")),
            self.tr("A copy of the buurt layer with one field per indicator and year (inwoners_2018, ...)."),
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        table_source = self.parameterAsSource(parameters, self.TABLE, context)
        if source is None or table_source is None:
            self.fail(N_("The input layer cannot be read."))
        names = frames.field_names(source)
        code_field = self.parameterAsString(parameters, self.CODE_FIELD, context) or cbs.find_field(names, "buurtcode")
        if not code_field:
            self.fail(N_("No {level} code field found in the layer; choose the code field."), level="buurt")
        frames.require_fields(source, [code_field])
        years_text = (self.parameterAsString(parameters, self.YEARS, context) or "").replace(";", ",")
        years = []
        for part in (p.strip() for p in years_text.replace(" ", ",").split(",")):
            if part and not part.isdigit():
                self.fail(N_("Year '{value}' is not a year."), value=part)
            if part:
                years.append(int(part))
        table = frames.source_to_frame(table_source, frames.field_names(table_source), feedback)
        wide, columns, messages = self.run_core(cbs_years.long_to_wide, table, years or None)
        self.report(feedback, messages)
        feedback.pushInfo(self.tr("Long table: {buurten} buurten, years {years}; fields written: {fields}.").format(
            buurten=len(wide), years=", ".join(sorted({name.rsplit("_", 1)[1] for name, _kind in columns})),
            fields=", ".join(name for name, _kind in columns)))
        fast = self.gpkg_fast_path(parameters, context, self.INPUT, self.OUTPUT)
        attributes = self.read_frame(source, [code_field], fast, feedback)
        values, unmatched = cbs_years.join_wide(list(attributes[code_field]), wide)
        values.index = attributes.index
        if unmatched:
            shown = ", ".join(unmatched[:10]) + (" …" if len(unmatched) > 10 else "")
            feedback.pushWarning(self.tr("{n} feature(s) have no row in the long table: {codes}").format(
                n=len(unmatched), codes=shown))
        dest_id = self.write_output(parameters, context, feedback, source, values, columns, fast)
        if dest_id is None:
            return {}
        return {self.OUTPUT: dest_id}
