"""veerkracht:score – the veerkracht signal per buurt (method.md section 1)."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import method
from ..core.cbs import ALIASES
from ..core.messages import N_
from ..i18n import tr
from ..qgisio import frames
from .base import VeerkrachtAlgorithm


def resolve_field(available, requested, default, canonical=None, suffix=""):
    """The layer field to use for a field parameter.

    ``requested`` is the parameter's value. When it is empty or the default name, the default is looked
    up (case-insensitively), then the CBS aliases of ``canonical`` with ``suffix`` (``AANT_INW_t1``), then
    the plain aliases (``AANT_INW``) unless ``suffix`` is required. Returns (field or None, explicit):
    ``explicit`` is True when the user named a field other than the default (it must then exist).
    """
    by_lower = {name.lower(): name for name in available}
    if requested and requested != default:
        return by_lower.get(requested.lower(), requested), True
    candidates = [default]
    if canonical:
        aliases = (canonical, *ALIASES.get(canonical, ()))
        if suffix:
            candidates += [f"{alias}{suffix}" for alias in aliases]
        else:
            candidates += list(aliases)
    for candidate in candidates:
        if candidate.lower() in by_lower:
            return by_lower[candidate.lower()], False
    return None, False


class Score(VeerkrachtAlgorithm):
    ID = "score"
    GROUP = "beeld"
    DISPLAY_NAME = N_("Compute veerkracht")
    HELP = N_(
        "Computes the veerkracht signal per buurt: how the concentration of vulnerable residents and "
        "nuisance and insecurity developed between two years (t0, t1), and which buurten cope.<br><br>"
        "<b>Method</b> (docs/method.md). Per indicator the change t1 − t0 is divided by its "
        "population-weighted standard deviation over all valid buurten, but <i>not</i> centred, so a "
        "citywide rise stays visible. The weighted mean over the vulnerability indicators is "
        "<b>vk_dk</b> (ΔK), over the problem indicators <b>vk_dp</b> (ΔP). A change above the dead-band "
        "is a rise (toename), below minus the dead-band a fall (afname), otherwise stable. Classes: "
        "both rise = <i>Veerkracht onder druk</i>; only vulnerability rises = <i>Veerkrachtig</i>; "
        "problems rise = <i>Problemen nemen toe</i>; problems fall = <i>Gunstige ontwikkeling</i>; "
        "otherwise <i>Stabiel</i>. The relative variant (<b>vk_klasse_rel</b>) first subtracts the "
        "population-weighted mean of the gemeente. <b>vk_k_niveau</b> and <b>vk_p_niveau</b> are the "
        "levels at t1 as weighted z-scores; <b>vk_signaal</b> marks resilient buurten whose level of "
        "vulnerability is above 1 (early warning). <b>vk_score</b> compares ΔP with the ΔP expected for "
        "the buurt's ΔK from a population-weighted regression over all valid buurten (at least 10): "
        "positive = better than expected. <b>vk_focus</b> (1–9) combines the population-weighted "
        "terciles of both levels; 9 = high vulnerability and many problems. <b>vk_corpbuurt</b>: more "
        "than two-thirds corporation housing.<br><br>"
        "<b>Validity</b>: a buurt gets class <i>geen_gegevens</i> and a reason in <b>vk_reden</b>: "
        "<i>klein</i> (population missing or below the minimum, or households below the minimum, at t1 "
        "and, with the t0 fields inwoners_t0/huishoudens_t0, at t0 too), <i>ongeldig</i> (an implausible "
        "value: a percentage outside 0–100 or a negative count; the log names field and count), "
        "<i>ontbreekt</i> (an indicator is missing at t0 or t1: NULL, CBS codes such as -99995, text that "
        "is no number, NaN or infinity), <i>indeling</i> (boundary change flag = 3). Such buurten take no "
        "part in any statistic and get NULL values. When few or no buurten are valid, the log says per "
        "indicator field how many miss it, why, and what to do.<br><br>"
        "<b>Output</b>: a copy of the input with the vk_ fields; the results A, B, R2 and N of the "
        "regression ΔP = A + B·ΔK; the number of buurten per class in the log. The input is not changed."
    )

    INPUT = "INPUT"
    CODE_FIELD = "CODE_FIELD"
    MUNICIPALITY_FIELD = "MUNICIPALITY_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    HOUSEHOLDS_FIELD = "HOUSEHOLDS_FIELD"
    POPULATION_T0_FIELD = "POPULATION_T0_FIELD"
    HOUSEHOLDS_T0_FIELD = "HOUSEHOLDS_T0_FIELD"
    BOUNDARY_FLAG_FIELD = "BOUNDARY_FLAG_FIELD"
    VULNERABILITY_T0 = "VULNERABILITY_T0"
    VULNERABILITY_T1 = "VULNERABILITY_T1"
    VULNERABILITY_WEIGHTS = "VULNERABILITY_WEIGHTS"
    PROBLEMS_T0 = "PROBLEMS_T0"
    PROBLEMS_T1 = "PROBLEMS_T1"
    PROBLEMS_HIGHER_IS_BETTER = "PROBLEMS_HIGHER_IS_BETTER"
    CORPORATION_FIELD = "CORPORATION_FIELD"
    MIN_POPULATION = "MIN_POPULATION"
    MIN_HOUSEHOLDS = "MIN_HOUSEHOLDS"
    DEADBAND = "DEADBAND"
    OUTPUT = "OUTPUT"

    #: parameter -> (default field name, CBS canonical name for aliases, suffix, optional field?)
    SINGLE_FIELDS = {
        CODE_FIELD: ("buurtcode", "buurtcode", "", False),
        MUNICIPALITY_FIELD: ("gemeentecode", "gemeentecode", "", False),
        POPULATION_FIELD: ("inwoners_t1", "inwoners", "", False),
        HOUSEHOLDS_FIELD: ("huishoudens_t1", "huishoudens", "", True),
        POPULATION_T0_FIELD: ("inwoners_t0", None, "", True),
        HOUSEHOLDS_T0_FIELD: ("huishoudens_t0", None, "", True),
        BOUNDARY_FLAG_FIELD: ("vk_indeling", "indeling", "", True),
        CORPORATION_FIELD: ("p_corporatie_t1", "p_corporatie", "", True),
    }
    #: parameter -> (default field name, CBS canonical name, suffix that must match)
    MULTI_FIELDS = {
        VULNERABILITY_T0: ("p_laag_inkomen_t0", "p_laag_inkomen", "_t0"),
        VULNERABILITY_T1: ("p_laag_inkomen_t1", "p_laag_inkomen", "_t1"),
        PROBLEMS_T0: ("lbm_onv_t0", None, ""),
        PROBLEMS_T1: ("lbm_onv_t1", None, ""),
    }

    def initAlgorithm(self, config=None):  # noqa: N802
        found = self.tr("Left empty, the field is found by its usual names; a named field must exist.")
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Buurt layer"), [QgsProcessing.SourceType.TypeVector]
            ),
            self.tr("One feature per buurt with values for both years (any CRS; kept)."),
        )
        labels = {
            self.CODE_FIELD: (self.tr("Buurtcode field"), self.tr("Default buurtcode, else BU_CODE.")),
            self.MUNICIPALITY_FIELD: (self.tr("Gemeente code field"), self.tr("Default gemeentecode, else GM_CODE.")),
            self.POPULATION_FIELD: (self.tr("Population at t1"), self.tr("Default inwoners_t1, else AANT_INW.")),
            self.HOUSEHOLDS_FIELD: (self.tr("Households at t1"),
                                    self.tr("Optional. Default huishoudens_t1, else AANT_HH.")),
            self.POPULATION_T0_FIELD: (self.tr("Population at t0"),
                                       self.tr("Optional. Default inwoners_t0 (written by veerkracht:preparecbs): "
                                               "a buurt that was too small at t0 is klein too.")),
            self.HOUSEHOLDS_T0_FIELD: (self.tr("Households at t0"),
                                       self.tr("Optional. Default huishoudens_t0: with it, the households minimum "
                                               "applies at t0 too.")),
            self.BOUNDARY_FLAG_FIELD: (self.tr("Boundary change flag (3 = boundary changed)"),
                                       self.tr("Optional. Default vk_indeling, else IND_WBI.")),
        }
        for name, (label, help_text) in labels.items():
            default = self.SINGLE_FIELDS[name][0]
            self.add_parameter(
                QgsProcessingParameterField(name, label, default, self.INPUT, optional=True), f"{help_text} {found}"
            )
        self._add_indicators()
        self.add_parameter(
            QgsProcessingParameterField(
                self.CORPORATION_FIELD,
                self.tr("Corporation share at t1 (%)"),
                self.SINGLE_FIELDS[self.CORPORATION_FIELD][0],
                self.INPUT,
                optional=True,
            ),
            self.tr("Optional. % of dwellings owned by corporations (default p_corporatie_t1, else P_WCORPW)."),
        )
        self._add_thresholds()
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Veerkracht")),
            self.tr("A copy of the input with the vk_ fields (method.md §1), styled as map 1."),
        )
        self.addOutput(QgsProcessingOutputNumber("A", self.tr("Regression intercept a")))
        self.addOutput(QgsProcessingOutputNumber("B", self.tr("Regression slope b")))
        self.addOutput(QgsProcessingOutputNumber("R2", self.tr("Regression R²")))
        self.addOutput(QgsProcessingOutputNumber("N", self.tr("Number of buurten in the regression")))

    def _add_indicators(self):
        """The vulnerability and problem indicators for both years, and how to read them (method.md §1)."""
        vulnerability = self.tr("One or more fields, in the same order for both years, higher = more vulnerable "
                                "(default p_laag_inkomen_t0 / p_laag_inkomen_t1).")
        multi_labels = {
            self.VULNERABILITY_T0: self.tr("Vulnerability indicators at t0 (higher = more vulnerable)"),
            self.VULNERABILITY_T1: self.tr("Vulnerability indicators at t1 (same order)"),
        }
        for name, label in multi_labels.items():
            self.add_parameter(
                QgsProcessingParameterField(
                    name, label, self.MULTI_FIELDS[name][0], self.INPUT, allowMultiple=True, optional=True
                ),
                vulnerability,
            )
        self.add_parameter(
            QgsProcessingParameterString(
                self.VULNERABILITY_WEIGHTS,
                self.tr("Weights of the vulnerability indicators (comma-separated; empty = all 1)"),
                optional=True,
            ),
            self.tr("One number per vulnerability indicator, separated by commas (\"1, 2\"), or by semicolons with "
                    "decimal commas (\"1;0,5\"); empty = all 1."),
        )
        problems = self.tr("One or more fields, in the same order for both years; default lbm_onv_t0 / lbm_onv_t1 "
                           "(Leefbaarometer overlast en onveiligheid).")
        multi_labels = {
            self.PROBLEMS_T0: self.tr("Problem indicators at t0"),
            self.PROBLEMS_T1: self.tr("Problem indicators at t1 (same order)"),
        }
        for name, label in multi_labels.items():
            self.add_parameter(
                QgsProcessingParameterField(
                    name, label, self.MULTI_FIELDS[name][0], self.INPUT, allowMultiple=True, optional=True
                ),
                problems,
            )
        self.add_parameter(
            QgsProcessingParameterBoolean(
                self.PROBLEMS_HIGHER_IS_BETTER,
                self.tr("Higher problem values are better (Leefbaarometer scores)"),
                True,
            ),
            self.tr("On for Leefbaarometer scores: the sign is turned so that higher = more problems."),
        )

    def _add_thresholds(self):
        """The minimum sizes of a valid buurt and the dead-band (method.md §1)."""
        self.add_parameter(
            QgsProcessingParameterNumber(
                self.MIN_POPULATION,
                self.tr("Minimum population"),
                QgsProcessingParameterNumber.Type.Integer,
                method.MIN_POPULATION,
                False,
                0,
            ),
            self.tr("A buurt with fewer inhabitants (or an unknown number) is klein: no class, no statistics "
                    "(default 100)."),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                self.MIN_HOUSEHOLDS,
                self.tr("Minimum households (when a households field is used)"),
                QgsProcessingParameterNumber.Type.Integer,
                method.MIN_HOUSEHOLDS,
                False,
                0,
            ),
            self.tr("With a households field: a buurt with fewer households is klein (default 50)."),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                self.DEADBAND,
                self.tr("Dead-band: a change within ± this value counts as stable"),
                QgsProcessingParameterNumber.Type.Double,
                method.DEADBAND,
            ),
            self.tr("A change between minus and plus the dead-band (in standard deviations) counts as stable "
                    "(default 0.25)."),
        )

    def checkParameterValues(self, parameters, context):  # noqa: N802
        if self.DEADBAND in parameters and parameters[self.DEADBAND] is not None:
            deadband = self.parameterAsDouble(parameters, self.DEADBAND, context)
            if deadband < 0:
                return False, self.tr("The dead-band must be 0 or more (got {value}).").format(value=deadband)
        return super().checkParameterValues(parameters, context)

    # --- fields -----------------------------------------------------------------------------------
    def _single(self, parameters, context, name, available, feedback):
        default, canonical, suffix, optional = self.SINGLE_FIELDS[name]
        requested = self.parameterAsString(parameters, name, context) if parameters.get(name) else ""
        field, explicit = resolve_field(available, requested, default, canonical, suffix)
        if explicit and field not in available:
            self.fail(
                N_("Field '{field}' does not exist in the input layer ({parameter})."), field=field, parameter=name
            )
        if field is None:
            if optional:
                feedback.pushInfo(
                    self.tr("No field '{field}' in the layer: {parameter} is not used.").format(
                        field=default, parameter=name
                    )
                )
                return None
            self.fail(
                N_("No field '{field}' (or a CBS name for it) in the input layer; choose the field for {parameter}."),
                field=default,
                parameter=name,
            )
        return field

    def _multi(self, parameters, context, name, available):
        default, canonical, suffix = self.MULTI_FIELDS[name]
        requested = self.parameterAsFields(parameters, name, context) if parameters.get(name) else []
        if not requested:
            field, _explicit = resolve_field(available, "", default, canonical, suffix)
            if field is None:
                self.fail(
                    N_("No field '{field}' in the input layer; choose the fields for '{parameter}'. "
                       "veerkracht:preparecbs and veerkracht:joinleefbaarometer write such fields."),
                    field=default,
                    parameter=self.parameterDefinition(name).description(),
                )
            return [field]
        fields = []
        for item in requested:
            field, explicit = resolve_field(available, item, default, canonical, suffix)
            if field is None or field not in available:
                self.fail(
                    N_("Field '{field}' does not exist in the input layer ({parameter})."),
                    field=item,
                    parameter=name,
                )
            fields.append(field)
        return fields

    # --- run --------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            self.fail(N_("The input layer cannot be read."))
        if not frames.is_polygon_source(source):
            self.fail(N_("The buurt layer holds {kind}, not polygons: veerkracht:score needs buurt polygons (the "
                         "signal maps are maps of areas). Join the figures onto buurt polygons first, e.g. with "
                         "veerkracht:preparecbs (GEOMETRY)."), kind=frames.geometry_kind(source))
        available = frames.field_names(source)
        single = {name: self._single(parameters, context, name, available, feedback) for name in self.SINGLE_FIELDS}
        multi = {name: self._multi(parameters, context, name, available) for name in self.MULTI_FIELDS}
        weights = self.parameterAsString(parameters, self.VULNERABILITY_WEIGHTS, context)
        higher_is_better = self.parameterAsBoolean(parameters, self.PROBLEMS_HIGHER_IS_BETTER, context)
        min_population = self.parameterAsInt(parameters, self.MIN_POPULATION, context)
        min_households = self.parameterAsInt(parameters, self.MIN_HOUSEHOLDS, context)
        deadband = self.parameterAsDouble(parameters, self.DEADBAND, context)
        if deadband < 0:
            self.fail(N_("The dead-band must be 0 or more (got {value})."), value=deadband)

        used = [f for f in single.values() if f] + [f for fields in multi.values() for f in fields]
        feedback.pushInfo(
            self.tr("Buurtcode: {code}; gemeente: {gemeente}; population: {population}; size at t0: {t0}.").format(
                code=single[self.CODE_FIELD],
                gemeente=single[self.MUNICIPALITY_FIELD],
                population=single[self.POPULATION_FIELD],
                t0=", ".join(f for f in (single[self.POPULATION_T0_FIELD], single[self.HOUSEHOLDS_T0_FIELD]) if f)
                or self.tr("not checked (no inwoners_t0 or huishoudens_t0)"),
            )
        )
        feedback.pushInfo(
            self.tr("Vulnerability t0 → t1: {k}. Problems t0 → t1: {p}.").format(
                k=", ".join(f"{a} → {b}" for a, b in zip(multi[self.VULNERABILITY_T0], multi[self.VULNERABILITY_T1])),
                p=", ".join(f"{a} → {b}" for a, b in zip(multi[self.PROBLEMS_T0], multi[self.PROBLEMS_T1])),
            )
        )
        fast = self.gpkg_fast_path(parameters, context, self.INPUT, self.OUTPUT)
        frame = self.read_frame(source, used, fast, feedback)
        if feedback.isCanceled():
            return {}
        result = self.run_core(
            method.compute,
            frame,
            code=single[self.CODE_FIELD],
            gemeente=single[self.MUNICIPALITY_FIELD],
            population=single[self.POPULATION_FIELD],
            households=single[self.HOUSEHOLDS_FIELD],
            population_t0=single[self.POPULATION_T0_FIELD],
            households_t0=single[self.HOUSEHOLDS_T0_FIELD],
            boundary_flag=single[self.BOUNDARY_FLAG_FIELD],
            corporation=single[self.CORPORATION_FIELD],
            vulnerability_t0=multi[self.VULNERABILITY_T0],
            vulnerability_t1=multi[self.VULNERABILITY_T1],
            problems_t0=multi[self.PROBLEMS_T0],
            problems_t1=multi[self.PROBLEMS_T1],
            vulnerability_weights=weights,
            problems_higher_is_better=higher_is_better,
            min_population=min_population,
            min_households=min_households,
            deadband=deadband,
        )
        feedback.setProgress(50)
        if feedback.isCanceled():
            return {}
        self.report(feedback, result.warnings)
        self._log(feedback, result)

        dest_id = self.write_output(parameters, context, feedback, source, result.table,
                                    list(method.OUTPUT_FIELDS.items()), fast, map_key="signaal")
        if dest_id is None:
            return {}
        return {self.OUTPUT: dest_id, "A": result.a, "B": result.b, "R2": result.r2, "N": result.n}

    def _log(self, feedback, result):
        feedback.pushInfo(
            self.tr("{valid} of {total} buurten are valid; not valid: {klein} klein, {ongeldig} ongeldig, "
                    "{ontbreekt} ontbreekt, {indeling} indeling.").format(
                valid=result.n_valid, total=len(result.table), **result.reason_counts
            )
        )
        for title, counts in ((self.tr("Classes (vk_klasse):"), result.class_counts),
                              (self.tr("Classes relative to the gemeente (vk_klasse_rel):"), result.class_counts_rel)):
            feedback.pushInfo(title)
            for code, label in method.CLASSES.items():
                feedback.pushInfo(f"  {tr(label)} ({code}): {counts[code]}")
        signals = int(result.table["vk_signaal"].fillna(False).sum())
        feedback.pushInfo(self.tr("Early-warning signals (vk_signaal): {n}.").format(n=signals))
        if result.a is None:
            return
        feedback.pushInfo(
            self.tr(
                "Expected versus actual: over {n} buurten, the population-weighted regression gives "
                "ΔP = {a} {b} × ΔK with R² = {r2}. A positive vk_score means that problems developed "
                "better than expected for the buurt's change in vulnerability."
            ).format(
                n=result.n,
                a=f"{result.a:.3f}",
                b=f"{'+' if result.b >= 0 else '−'} {abs(result.b):.3f}",
                r2="–" if result.r2 is None else f"{result.r2:.3f}",
            )
        )
