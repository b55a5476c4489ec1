"""veerkracht:monitor – the veerkracht signal over several periods (method.md §5)."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsVectorLayer,
)

from ..core import method
from ..core import monitor as core
from ..core.messages import N_
from ..qgisio import frames, gpkg_copy, gpkg_table, staging
from ..qgisio.compat import NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_VECTOR, WKB_NO_GEOMETRY, save_style_to_database
from ..qgisio.paths import style_path
from .base import VeerkrachtAlgorithm
from .score import resolve_field

#: the trajectory map: the last period's class, persistent pressure marked
TRAJECTORY_QML = style_path("traject")
STYLE_NAME = "Trajectkaart"
#: the tables' names in a GeoPackage (method.md §5)
TABLE_NAMES = {"OUTPUT_MONITOR": "vk_monitor", "OUTPUT_TRANSITIONS": "vk_overgangen",
               "OUTPUT_PERSPECTIVES": "vk_perspectieven"}


class Monitor(VeerkrachtAlgorithm):
    ID = "monitor"
    GROUP = "beeld"
    STEP = 6
    DISPLAY_NAME = N_("Veerkracht over time (monitor)")
    HELP = N_(
        "Follows the veerkracht signal of every buurt over several periods: how its class developed, whether "
        "pressure persists.<br><br>"
        "<b>Input</b>: one buurt layer with every indicator and the population (and households) for each year, "
        "as fields &lt;stem&gt;_&lt;year&gt; (p_laag_inkomen_2016, inwoners_2018, lbm_onv_2020, ...); "
        "veerkracht:preparecbsyears and veerkracht:joinleefbaarometer write such fields. <b>YEARS</b>: at least "
        "three years, e.g. 2016, 2018, 2020, 2022.<br><br>"
        "<b>Periods</b>: each pair of consecutive years and the whole span (first to last year). Every period "
        "is scored exactly as veerkracht:score scores it (docs/method.md §1): with its own valid buurten, "
        "reference set and standard deviations, the population of its later year.<br><br>"
        "<b>Output</b>: a copy of the buurt layer with <b>vk_traject</b> (the periods' classes joined by "
        "'&gt;'), <b>vk_n_onder_druk</b> (number of periods classed onder_druk), <b>vk_aanhoudend</b> (the "
        "last two periods both onder_druk or problemen: pressure that persists) and the whole span's fields "
        "with suffix _span (vk_klasse_span, vk_dk_span, ...); the table <b>vk_monitor</b> (one row per buurt "
        "and period); the table <b>vk_overgangen</b> (per pair of consecutive periods, the number of buurten "
        "going from one class to another, valid in both); and, where the layer holds "
        "handelingsperspectieven tags with vk_bijgewerkt, the table <b>vk_perspectieven</b>: the "
        "population-weighted mean ΔP in a later period of buurten tagged before it (level 2 or more) and of "
        "the other buurten of the same class. That table describes, it shows no effect. The input is not "
        "changed."
    )

    INPUT = "INPUT"
    YEARS = "YEARS"
    CODE_FIELD = "CODE_FIELD"
    MUNICIPALITY_FIELD = "MUNICIPALITY_FIELD"
    POPULATION_STEM = "POPULATION_STEM"
    HOUSEHOLDS_STEM = "HOUSEHOLDS_STEM"
    VULNERABILITY = "VULNERABILITY"
    VULNERABILITY_WEIGHTS = "VULNERABILITY_WEIGHTS"
    PROBLEMS = "PROBLEMS"
    PROBLEMS_HIGHER_IS_BETTER = "PROBLEMS_HIGHER_IS_BETTER"
    BOUNDARY_FLAG_FIELD = "BOUNDARY_FLAG_FIELD"
    MIN_POPULATION = "MIN_POPULATION"
    MIN_HOUSEHOLDS = "MIN_HOUSEHOLDS"
    DEADBAND = "DEADBAND"
    OUTPUT = "OUTPUT"
    OUTPUT_MONITOR = "OUTPUT_MONITOR"
    OUTPUT_TRANSITIONS = "OUTPUT_TRANSITIONS"
    OUTPUT_PERSPECTIVES = "OUTPUT_PERSPECTIVES"

    POPULATION_DEFAULT = "inwoners"
    HOUSEHOLDS_DEFAULT = "huishoudens"
    FLAG_DEFAULT = "vk_indeling"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Buurt layer"),
                                                [SOURCE_VECTOR]),
            self.tr("One feature per buurt with fields <stem>_<year> for every year (any CRS; kept)."),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.YEARS, self.tr("Years (comma-separated, at least 3)")),
            self.tr("The years to follow, e.g. \"2016, 2018, 2020, 2022\"; each needs its own fields."),
        )
        found = self.tr("Left empty, the field is found by its usual names; a named field must exist.")
        for name, label, default, help_text in (
            (self.CODE_FIELD, self.tr("Buurtcode field"), "buurtcode", self.tr("Default buurtcode, else BU_CODE.")),
            (self.MUNICIPALITY_FIELD, self.tr("Gemeente code field"), "gemeentecode",
             self.tr("Default gemeentecode, else GM_CODE.")),
        ):
            self.add_parameter(QgsProcessingParameterField(name, label, default, self.INPUT, optional=True),
                               f"{help_text} {found}")
        stems = (
            (self.POPULATION_STEM, self.tr("Population field stem"), self.POPULATION_DEFAULT, False,
             self.tr("Fields <stem>_<year> with the number of inhabitants (default inwoners: inwoners_2016, ...).")),
            (self.HOUSEHOLDS_STEM, self.tr("Households field stem"), self.HOUSEHOLDS_DEFAULT, True,
             self.tr("Optional. Fields <stem>_<year> with the number of households (default huishoudens); "
                     "not used when a year lacks them, unless you name another stem.")),
            (self.VULNERABILITY, self.tr("Vulnerability indicators (field stems, comma-separated)"),
             "p_laag_inkomen", False,
             self.tr("Higher = more vulnerable; one stem per indicator, each with a field per year "
                     "(default p_laag_inkomen).")),
            (self.VULNERABILITY_WEIGHTS, self.tr("Weights of the vulnerability indicators (comma-separated; "
                                                 "empty = all 1)"), None, True,
             self.tr("One number per vulnerability indicator, separated by commas (\"1, 2\"), or by semicolons with "
                     "decimal commas (\"1;0,5\"); empty = all 1.")),
            (self.PROBLEMS, self.tr("Problem indicators (field stems, comma-separated)"), "lbm_onv", False,
             self.tr("One stem per indicator, each with a field per year (default lbm_onv: Leefbaarometer "
                     "overlast en onveiligheid).")),
        )
        for name, label, default, optional, help_text in stems:
            self.add_parameter(QgsProcessingParameterString(name, label, default, optional=optional), help_text)
        self.add_parameter(
            QgsProcessingParameterBoolean(self.PROBLEMS_HIGHER_IS_BETTER,
                                          self.tr("Higher problem values are better (Leefbaarometer scores)"), True),
            self.tr("On for Leefbaarometer scores: the sign is turned so that higher = more problems."),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.BOUNDARY_FLAG_FIELD, self.tr("Boundary change flag (3 = changed)"),
                                         self.FLAG_DEFAULT, optional=True),
            self.tr("Optional. A field, or a stem with a field per year (vk_indeling_2018: a period uses its later "
                    "year's flag); default vk_indeling, not used when absent."),
        )
        self._add_thresholds()
        self._add_outputs()

    def _add_thresholds(self):
        for name, label, kind, default, help_text in (
            (self.MIN_POPULATION, self.tr("Minimum population"), NUMBER_INTEGER,
             method.MIN_POPULATION,
             self.tr("A buurt with fewer inhabitants (or an unknown number) is klein: no class, no statistics "
                     "(default 100).")),
            (self.MIN_HOUSEHOLDS, self.tr("Minimum households (when a households field is used)"),
             NUMBER_INTEGER, method.MIN_HOUSEHOLDS,
             self.tr("With a households field: a buurt with fewer households is klein (default 50).")),
            (self.DEADBAND, self.tr("Dead-band: a change within ± this value counts as stable"),
             NUMBER_DOUBLE, method.DEADBAND,
             self.tr("A change between minus and plus the dead-band (in standard deviations) counts as stable "
                     "(default 0.25).")),
        ):
            self.add_parameter(QgsProcessingParameterNumber(name, label, kind, default, False, 0), help_text)

    def _add_outputs(self):
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Veerkracht over time")),
            self.tr("A copy of the buurt layer with vk_traject, vk_n_onder_druk, vk_aanhoudend and the span's "
                    "fields (suffix _span), styled as the trajectory map."),
        )
        for name, label, help_text, optional in (
            (self.OUTPUT_MONITOR, self.tr("Monitor per period (vk_monitor)"),
             self.tr("One row per buurt and period: buurtcode, periode, jaar_t0, jaar_t1, vk_klasse, vk_klasse_rel, "
                     "vk_dk, vk_dp, vk_score, vk_reden."), False),
            (self.OUTPUT_TRANSITIONS, self.tr("Transitions between periods (vk_overgangen)"),
             self.tr("Per pair of consecutive periods: how many buurten (valid in both) went from class "
                     "klasse_van to klasse_naar."), False),
            (self.OUTPUT_PERSPECTIVES, self.tr("What followed the perspectives (vk_perspectieven)"),
             self.tr("Optional. Descriptive: the mean ΔP in a later period of buurten tagged before it and of the "
                     "others of the same class; empty without tags. It shows no effect."), True),
        ):
            self.add_parameter(
                QgsProcessingParameterFeatureSink(name, label, SOURCE_VECTOR,
                                                  optional=optional, createByDefault=True),
                help_text,
            )

    # --- run --------------------------------------------------------------------------------------
    def _code_fields(self, parameters, context, available):
        result = []
        for name, default, canonical in ((self.CODE_FIELD, "buurtcode", "buurtcode"),
                                         (self.MUNICIPALITY_FIELD, "gemeentecode", "gemeentecode")):
            requested = self.parameterAsString(parameters, name, context) if parameters.get(name) else ""
            field, explicit = resolve_field(available, requested, default, canonical)
            if field is None or field not in available:
                self.fail(N_("No field '{field}' (or a CBS name for it) in the input layer; choose the field for "
                             "{parameter}."), field=requested or default, parameter=name)
            result.append(field)
        return result

    def _stems(self, parameters, context):
        def text(name):
            return (self.parameterAsString(parameters, name, context) or "").strip()

        def stem_list(name):
            return [s.strip() for s in text(name).replace(";", ",").split(",") if s.strip()]

        households = text(self.HOUSEHOLDS_STEM)
        stems = core.Stems(population=text(self.POPULATION_STEM) or self.POPULATION_DEFAULT,
                           vulnerability=stem_list(self.VULNERABILITY), problems=stem_list(self.PROBLEMS),
                           households=households or None, boundary_flag=text(self.BOUNDARY_FLAG_FIELD) or None)
        return stems, households not in ("", self.HOUSEHOLDS_DEFAULT), stems.boundary_flag != self.FLAG_DEFAULT

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            self.fail(N_("The input layer cannot be read."))
        available = frames.field_names(source)
        code, gemeente = self._code_fields(parameters, context, available)
        years = self.run_core(core.parse_years, self.parameterAsString(parameters, self.YEARS, context))
        stems, households_required, flag_explicit = self._stems(parameters, context)
        stems = self._flag(stems, flag_explicit, available, years, feedback)
        stems, warnings = self.run_core(core.check_stems, available, stems, years, households_required)
        self.report(feedback, warnings)
        feedback.pushInfo(self.tr("Years {years}: periods {periods}.").format(
            years=", ".join(map(str, years)), periods=", ".join(p.label for p in core.periods(years))))
        fast = self.gpkg_fast_path(parameters, context, self.INPUT, self.OUTPUT)
        frame = self.read_frame(source, [code, gemeente, *core.needed_fields(available, stems, years)], fast,
                                feedback)
        if feedback.isCanceled():
            return {}
        result = self.run_core(
            core.run, frame, code=code, gemeente=gemeente, years=years, stems=stems,
            vulnerability_weights=self.parameterAsString(parameters, self.VULNERABILITY_WEIGHTS, context),
            problems_higher_is_better=self.parameterAsBoolean(parameters, self.PROBLEMS_HIGHER_IS_BETTER, context),
            min_population=self.parameterAsInt(parameters, self.MIN_POPULATION, context),
            min_households=self.parameterAsInt(parameters, self.MIN_HOUSEHOLDS, context),
            deadband=self.parameterAsDouble(parameters, self.DEADBAND, context),
            households_required=households_required,
        )
        self.report(feedback, result.warnings)
        self._log(feedback, result)
        feedback.setProgress(40)
        dest_id = self.write_output(parameters, context, feedback, source, result.buurt, list(core.BUURT_FIELDS),
                                    fast, qml=TRAJECTORY_QML, progress=(40.0, 90.0))
        if dest_id is None:
            return {}
        self._store_style(dest_id, feedback)
        outputs = {self.OUTPUT: dest_id}
        for name, table, columns in ((self.OUTPUT_MONITOR, result.monitor, core.MONITOR_COLUMNS),
                                     (self.OUTPUT_TRANSITIONS, result.transitions, core.TRANSITION_COLUMNS),
                                     (self.OUTPUT_PERSPECTIVES, result.perspectives, core.PERSPECTIVE_COLUMNS)):
            written = self._write_table(parameters, context, name, table, columns)
            if written is not None:
                outputs[name] = written
        return outputs

    def _flag(self, stems, explicit, available, years, feedback):
        """The default boundary flag is used only when the layer has it (as a field or a field per year)."""
        flag = stems.boundary_flag
        if not flag or explicit:
            return stems
        lower = {a.lower() for a in available}
        if flag.lower() in lower or all(core.year_field(available, flag, y) for y in years[1:]):
            return stems
        feedback.pushInfo(self.tr("No field '{field}' in the layer: {parameter} is not used.").format(
            field=flag, parameter=self.BOUNDARY_FLAG_FIELD))
        return core.Stems(stems.population, stems.vulnerability, stems.problems, stems.households, None)

    def _store_style(self, dest_id, feedback):
        """A GeoPackage output opens as the trajectory map in any QGIS: the style is its default style."""
        path = dest_id.split("|", 1)[0] if isinstance(dest_id, str) else ""
        if not path.lower().endswith(".gpkg"):
            return
        layer = QgsVectorLayer(dest_id, "traject", "ogr")
        if not layer.isValid():
            return
        layer.loadNamedStyle(str(TRAJECTORY_QML))
        error = save_style_to_database(layer, STYLE_NAME, self.tr("Veerkracht: trajectory map"), True)
        if error:
            feedback.pushWarning(self.tr("Cannot store the style in {path}: {message}").format(path=path,
                                                                                               message=error))

    def _write_table(self, parameters, context, name, table, columns):
        """A table without geometry; returns its destination id (None when an optional table is skipped).

        A new GeoPackage file gets the table named as in method.md (vk_monitor, ...), written by SQLite;
        any other destination goes through a sink."""
        destination = self.output_layer_path(parameters, name, context)
        if gpkg_copy.is_plain_path(destination) and destination.lower().endswith(".gpkg"):
            try:
                with staging.StagedFile(destination) as staged:  # under its own name only when complete
                    written = gpkg_table.write_gpkg_table(staged.path, TABLE_NAMES[name], table, columns)
            except (RuntimeError, OSError):
                pass  # the sink below says what is wrong
            else:
                uri = staged.destination + written[len(staged.path):]
                self.register_output(parameters, context, name, uri)
                return uri
        fields = QgsFields()
        for column, kind in columns:
            fields.append(frames.make_field(column, kind))
        if name == self.OUTPUT_PERSPECTIVES and not destination:
            return None  # optional: not asked for
        with self.open_sink(parameters, name, context, fields, WKB_NO_GEOMETRY) as output:
            lists = [frames.plain_column(table[column]) for column, _kind in columns]
            batch = []
            for values in zip(*lists):
                feature = QgsFeature(fields)
                feature.setAttributes(list(values))
                batch.append(feature)
            output.sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
            return output.commit(context)

    def _log(self, feedback, result):
        for period in result.periods:
            scored = result.results[period]
            counts = ", ".join(f"{code} {scored.class_counts[code]}" for code in method.LEGEND_ORDER)
            feedback.pushInfo(self.tr("{period}: {valid} of {total} buurten valid; {counts}.").format(
                period=period.label, valid=scored.n_valid, total=len(scored.table), counts=counts))
        persistent = int(result.buurt["vk_aanhoudend"].fillna(False).sum())
        feedback.pushInfo(self.tr("Pressure that persists (vk_aanhoudend): {n} buurt(en).").format(n=persistent))
        if len(result.perspectives):
            feedback.pushInfo(self.tr("What followed the perspectives: {n} comparison(s) in vk_perspectieven; "
                                      "descriptive only, no evidence of an effect.").format(n=len(result.perspectives)))
