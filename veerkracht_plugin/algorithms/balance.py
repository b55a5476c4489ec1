"""veerkracht:balance – citywide balance of a housing-stock scenario (method.md §3)."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import balance as core
from ..core.balance_html import html_summary
from ..core.balance_verdict import row_reason, verdict
from ..core.cbs import find_field
from ..core.messages import N_, format_count, format_number_or_dash
from ..i18n import decimal_mark, tr
from ..qgisio import frames, staging
from ..qgisio.compat import NUMBER_DOUBLE, SOURCE_VECTOR, WKB_NO_GEOMETRY
from ..qgisio.paths import style_path
from .base import VeerkrachtAlgorithm


class Balance(VeerkrachtAlgorithm):
    ID = "balance"
    GROUP = "stad"
    STEP = 1
    DISPLAY_NAME = N_("Check citywide balance of a housing scenario")
    HELP = N_(
        "Tests a housing-stock scenario (sloop, nieuwbouw, verkoop, liberalisatie, aankoop, toewijzing) "
        "against the citywide balance: the social-rent share per gemeente, the compensation a loss of "
        "social dwellings needs elsewhere, and the waterbed effect of allocation on the concentration of "
        "vulnerable households after a number of years.<br><br>"
        "Social stock S = round(W × share / 100), koop likewise, particuliere huur = W − S − koop. Wrong rows "
        "in the measures table stop the algorithm with one message that lists every wrong row: its number "
        "(1 = first measure), its values and what is wrong; nothing is written.<br><br>"
        "<b>Written</b>: a copy of the buurt layer with vk_soc_voor/na, vk_won_voor/na, "
        "vk_socaandeel_voor/na, vk_plaatsing_voor/na (placements per year), vk_kwetsbaar_voor/na, "
        "vk_kantelt (crosses the threshold), vk_compensatie (suggested extra social dwellings), "
        "vk_toewijzing_voor/na and vk_soc_kwetsbaar_voor/na (all shares in %); a summary table per "
        "gemeente (and regio) with the stock, the gap to the target, the compensation needed, the new-build "
        "shares against the two-thirds norm, the placements and whether the scenario is feasible; "
        "optionally a one-page HTML summary, in Dutch (default) or English "
        "(<b>Language of the document</b>).<br><br>"
        "<b>One verdict</b>, first in the log, the HTML and the summary (column reden): feasible exactly when "
        "every placement of aandachtsgroepen still finds a social vacancy. The waterbed fills only buurten "
        "with room: a buurt that already gives all its social vacancies to aandachtsgroepen takes nothing "
        "extra, and the scenario is not feasible only when the buurten together have too few vacancies. Then "
        "the social-rent target (met or not, with the shortfall), then the norms (compensation needed, the "
        "two-thirds new-build norm). A measure whose aantal exceeds all dwellings of its gemeente, or new build "
        "above 10 times a buurt's dwellings (at least 200 counted), is an error naming the row."
    )

    INPUT = "INPUT"
    MEASURES = "MEASURES"
    SCENARIO = "SCENARIO"
    CODE_FIELD = "CODE_FIELD"
    MUNICIPALITY_FIELD = "MUNICIPALITY_FIELD"
    REGION_FIELD = "REGION_FIELD"
    DWELLINGS_FIELD = "DWELLINGS_FIELD"
    CORPORATION_SHARE_FIELD = "CORPORATION_SHARE_FIELD"
    OWNER_SHARE_FIELD = "OWNER_SHARE_FIELD"
    VULNERABLE_SHARE_FIELD = "VULNERABLE_SHARE_FIELD"
    CLASS_FIELD = "CLASS_FIELD"
    TARGET_SOCIAL_SHARE = "TARGET_SOCIAL_SHARE"
    TURNOVER = "TURNOVER"
    HORIZON = "HORIZON"
    CONCENTRATION_THRESHOLD = "CONCENTRATION_THRESHOLD"
    RELATIVE_RISK = "RELATIVE_RISK"
    ALLOCATION_SHARE = "ALLOCATION_SHARE"
    OUTPUT = "OUTPUT"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"
    OUTPUT_HTML = "OUTPUT_HTML"

    #: field parameter -> (default, canonical CBS name for the fallback, required)
    FIELDS = {
        "CODE_FIELD": ("buurtcode", "buurtcode", True),
        "MUNICIPALITY_FIELD": ("gemeentecode", "gemeentecode", True),
        "REGION_FIELD": ("", None, False),
        "DWELLINGS_FIELD": ("woningen_t1", "woningen", False),
        "CORPORATION_SHARE_FIELD": ("p_corporatie_t1", "p_corporatie", True),
        "OWNER_SHARE_FIELD": ("p_koopwoningen_t1", "p_koopwoningen", False),
        "VULNERABLE_SHARE_FIELD": ("", None, False),
        "CLASS_FIELD": ("vk_klasse", None, False),
    }

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Buurt layer"), [SOURCE_VECTOR]
            ),
            self.tr("One feature per buurt."),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                self.MEASURES,
                self.tr("Measures table (CSV, GeoPackage table or table layer)"),
                [SOURCE_VECTOR],
            ),
            self.tr("One row per measure: scenario, buurtcode, maatregel (sloop, nieuwbouw, verkoop, liberalisatie, "
                    "aankoop, toewijzing), segment (sociale_huur, particuliere_huur, koop; needed for sloop, "
                    "nieuwbouw and aankoop), aantal (dwellings, whole number), aandeel (0–1, share of social "
                    "vacancies to aandachtsgroepen, toewijzing only), toelichting."),
        )
        self.add_parameter(
            QgsProcessingParameterString(
                self.SCENARIO, self.tr("Scenario (empty: the only scenario in the table)"), optional=True
            ),
            self.tr("The scenario to evaluate; may stay empty when the table holds one."),
        )
        self._add_field_parameters()
        self._add_model_parameters()
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Buurten with the balance")),
            self.tr("A copy of the buurt layer with the balance per buurt."),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_SUMMARY,
                self.tr("Balance per gemeente (and regio)"),
                SOURCE_VECTOR,
            ),
            self.tr("One row per gemeente (and regio): the stock, the gap to the target, the compensation needed "
                    "and whether the scenario is feasible."),
        )
        self.add_language_parameter()
        self.add_parameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_HTML,
                self.tr("Summary (HTML)"),
                self.tr("HTML files (*.html)"),
                optional=True,
                createByDefault=False,
            ),
            self.tr("Optional: a one-page summary for the gebiedsatelier."),
        )
        self.addOutput(QgsProcessingOutputBoolean("HAALBAAR", self.tr("Scenario feasible")))
        self.addOutput(QgsProcessingOutputNumber("COMPENSATIE_NODIG", self.tr("Compensation needed (dwellings)")))
        self.addOutput(QgsProcessingOutputNumber("BUURTEN_KANTELEN", self.tr("Buurten crossing the threshold")))
        self.addOutput(QgsProcessingOutputNumber("TEKORT", self.tr("Gap to the target (dwellings)")))
        self.addOutput(QgsProcessingOutputString("SCENARIO_NAME", self.tr("Scenario evaluated")))
        self.addOutput(QgsProcessingOutputBoolean("DOEL_GEHAALD", self.tr("Social-rent target met")))
        self.addOutput(QgsProcessingOutputString("REDEN", self.tr("Feasibility in one sentence")))
        self.addOutput(QgsProcessingOutputString("VULNERABLE_FIELD", self.tr("Vulnerable share field used")))

    def _add_field_parameters(self):
        labels = {
            "CODE_FIELD": (self.tr("Buurt code field"), self.tr("Default buurtcode, else BU_CODE.")),
            "MUNICIPALITY_FIELD": (self.tr("Gemeente field"), self.tr("Default gemeentecode, else GM_CODE.")),
            "REGION_FIELD": (self.tr("Regio field"), self.tr(
                "Optional. With a regio the placements of aandachtsgroepen are conserved over the regio instead of "
                "per gemeente.")),
            "DWELLINGS_FIELD": (self.tr("Dwellings field (missing: households)"), self.tr(
                "Default woningen_t1, else WONINGEN; without a dwellings field the number of households is used, "
                "with a warning.")),
            "CORPORATION_SHARE_FIELD": (self.tr("Corporation share field (%)"),
                                        self.tr("Default p_corporatie_t1, else P_HUURCORP/P_WCORPW.")),
            "OWNER_SHARE_FIELD": (self.tr("Owner-occupied share field (%)"),
                                  self.tr("Optional. Default p_koopwoningen_t1, else P_KOOPWON.")),
            "VULNERABLE_SHARE_FIELD": (self.tr("Vulnerable share field (% of households)"), self.tr(
                "Optional. The share of vulnerable households, e.g. low income; without it the share of social "
                "vacancies to aandachtsgroepen is used.")),
            "CLASS_FIELD": (self.tr("Class field (vk_klasse)"), self.tr(
                "Optional. Default vk_klasse from veerkracht:score: buurten 'onder_druk' or 'problemen' are no "
                "compensation candidates.")),
        }
        for name, (default, _canonical, _required) in self.FIELDS.items():
            label, help_text = labels[name]
            parameter = QgsProcessingParameterField(
                name,
                label,
                defaultValue=default or None,
                parentLayerParameterName=self.INPUT,
                optional=True,
            )
            self.add_parameter(parameter, help_text)

    def _add_model_parameters(self):
        """The parameters of the balance model (method.md §3), in %, years or a factor."""
        numbers = (
            (self.TARGET_SOCIAL_SHARE, self.tr("Target social-rent share (%)"), 30.0, 0.0, 100.0,
             self.tr("The citywide target for the social-rent share (default 30 %).")),
            (self.TURNOVER, self.tr("Turnover of social dwellings (% per year)"), 7.0, 0.0, 100.0,
             self.tr("Share of the social dwellings that become vacant per year (default 7 %).")),
            (self.HORIZON, self.tr("Horizon (years)"), 5.0, 0.0, 100.0,
             self.tr("The number of years after which the concentration of vulnerable households is assessed "
                     "(default 5).")),
            (self.CONCENTRATION_THRESHOLD, self.tr("Concentration threshold (% vulnerable households)"), 45.0,
             0.0, 100.0, self.tr("A buurt that rises above this share of vulnerable households crosses the "
                                 "threshold (default 45 %).")),
            (self.RELATIVE_RISK, self.tr("Relative risk of a social tenant to be vulnerable"), 3.0, 1.0, 100.0,
             self.tr("A social tenant is this many times more likely to be vulnerable (default 3).")),
            (self.ALLOCATION_SHARE, self.tr("Share of social vacancies to aandachtsgroepen (%)"), 30.0, 0.0,
             100.0, self.tr("Used when there is no vulnerable share field (default 30 %).")),
        )
        for name, label, default, minimum, maximum, help_text in numbers:
            self.add_parameter(
                QgsProcessingParameterNumber(
                    name, label, NUMBER_DOUBLE, default, False, minimum, maximum
                ),
                help_text,
            )

    # --- helpers -----------------------------------------------------------------------------------
    def _field(self, parameters, name, context, names):
        """The field to use for parameter ``name``: the given one, else the CBS fallback, else None."""
        default, canonical, required = self.FIELDS[name]
        value = self.parameterAsString(parameters, name, context) or ""
        if value and value in names:
            return value
        if value and value != default:
            self.fail(N_("Field '{field}' does not exist in the buurt layer ({parameter})."), field=value,
                      parameter=name)
        found = find_field(names, canonical) if canonical else None
        if found is None and required:
            self.fail(N_("No field for {parameter} found in the buurt layer; choose one."), parameter=name)
        return found

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        measures_source = self.parameterAsSource(parameters, self.MEASURES, context)
        if source is None:
            self.fail(N_("Cannot read the buurt layer."))
        if measures_source is None:
            self.fail(N_("Cannot read the measures table."))
        names = frames.field_names(source)
        columns = self._columns(parameters, context, names, feedback)
        fast = self.gpkg_fast_path(parameters, context, self.INPUT, self.OUTPUT)
        buurten, area_names = self._read_buurten(source, names, columns, fast, feedback)
        table = frames.source_to_frame(measures_source, frames.field_names(measures_source)).sort_index()
        if feedback.isCanceled():
            return {}
        scenario = self.parameterAsString(parameters, self.SCENARIO, context)
        measures = self.run_core(core.read_measures, table)
        self.run_core(core.require_measures, measures)
        result = self.run_core(core.evaluate, buurten, measures, scenario, self._model(parameters, context))
        feedback.setProgress(40)

        self.report(feedback, result.messages)
        self._log(feedback, result)

        values = result.buurten.copy()
        values["vk_kantelt"] = values["vk_kantelt"].astype(object).where(values["vk_kantelt"].notna(), None)
        for name in ("vk_soc_voor", "vk_soc_na", "vk_won_voor", "vk_won_na", "vk_compensatie"):
            values[name] = values[name].astype(object).where(values[name].notna(), None)
        dest_id = self.write_output(parameters, context, feedback, source, values, list(core.BUURT_FIELDS), fast,
                                    qml=style_path("balans"), progress=(40.0, 90.0))
        if dest_id is None:
            return {}
        judged = verdict(result.summary.to_dict("records"))
        outputs = {
            self.OUTPUT: dest_id,
            self.OUTPUT_SUMMARY: self._write_summary(parameters, context, result),
            "DOEL_GEHAALD": bool(judged.target_met),
            "REDEN": self._reason(parameters, context, judged),
            "VULNERABLE_FIELD": columns.get("p_kwetsbaar", ""),
            "HAALBAAR": result.haalbaar,
            "COMPENSATIE_NODIG": result.compensatie_nodig,
            "BUURTEN_KANTELEN": result.buurten_kantelen,
            "TEKORT": int(result.summary.loc[result.summary["niveau"] == "gemeente", "tekort"].sum()),
            "SCENARIO_NAME": result.scenario,
        }
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        if html_path:
            outputs[self.OUTPUT_HTML] = self._write_html(parameters, context, result, area_names, html_path)
        feedback.setProgress(100)
        return outputs

    def _columns(self, parameters, context, names, feedback):
        """{role in core.balance: field of the buurt layer} for the chosen or found fields."""
        chosen = {name: self._field(parameters, name, context, names) for name in self.FIELDS}
        columns = {
            "code": chosen["CODE_FIELD"],
            "gemeente": chosen["MUNICIPALITY_FIELD"],
            "regio": chosen["REGION_FIELD"],
            "p_corporatie": chosen["CORPORATION_SHARE_FIELD"],
            "p_koop": chosen["OWNER_SHARE_FIELD"],
            "p_kwetsbaar": chosen["VULNERABLE_SHARE_FIELD"],
            "klasse": chosen["CLASS_FIELD"],
        }
        if chosen["DWELLINGS_FIELD"]:
            columns["woningen"] = chosen["DWELLINGS_FIELD"]
        else:
            households = find_field(names, "huishoudens")
            if households is None:
                self.fail(N_("No dwellings field and no households field found in the buurt layer; choose one."))
            columns["huishoudens"] = households
            feedback.pushInfo(
                self.tr("Households field '{field}' is used as the number of dwellings.").format(field=households)
            )
        columns = {key: value for key, value in columns.items() if value}
        for key, value in columns.items():
            feedback.pushInfo(self.tr("{role}: field '{field}'.").format(role=key, field=value))
        return columns

    def _read_buurten(self, source, names, columns, fast, feedback):
        """(the buurten under the roles of core.balance, {code: name} of buurten and gemeenten for the HTML
        summary, e.g. 'Oude Haven (BU99990306)')."""
        labels = [(columns["code"], find_field(names, "buurtnaam")),
                  (columns["gemeente"], find_field(names, "gemeentenaam"))]
        labels = [(code, name) for code, name in labels if code and name and name != code]
        frame = self.read_frame(source, list(columns.values()) + [name for _code, name in labels], fast, feedback)
        buurten = frame[[columns[k] for k in columns]].copy()
        buurten.columns = list(columns)
        area_names = {}
        for code, name in labels:
            for key, value in zip(frame[code].tolist(), frame[name].tolist()):
                if key is not None and value not in (None, "") and str(value) != str(key):
                    area_names.setdefault(str(key).strip(), str(value).strip())
        return buurten, area_names

    def _model(self, parameters, context):
        return core.BalanceParameters(
            target_social_share=self.parameterAsDouble(parameters, self.TARGET_SOCIAL_SHARE, context),
            turnover=self.parameterAsDouble(parameters, self.TURNOVER, context),
            horizon=self.parameterAsDouble(parameters, self.HORIZON, context),
            concentration_threshold=self.parameterAsDouble(parameters, self.CONCENTRATION_THRESHOLD, context),
            relative_risk=self.parameterAsDouble(parameters, self.RELATIVE_RISK, context),
            allocation_share=self.parameterAsDouble(parameters, self.ALLOCATION_SHARE, context),
        )

    def _write_summary(self, parameters, context, result):
        """The summary table per gemeente (and regio); returns its destination id."""
        summary_fields = QgsFields()
        for name, kind in core.SUMMARY_COLUMNS:
            if name == "regio" and not result.has_region:
                continue
            summary_fields.append(frames.make_field(name, kind))
        summary_names = summary_fields.names()
        with self.document_language(parameters, context) as language:
            decimal = "," if language == "nl" else "."
            reasons = [row_reason(row).format(tr, decimal) for row in result.summary.to_dict("records")]
        with self.open_sink(parameters, self.OUTPUT_SUMMARY, context, summary_fields, WKB_NO_GEOMETRY,
                            error=N_("Cannot create the summary table.")) as output:
            for row, reason in zip(result.summary.to_dict("records"), reasons):
                row["reden"] = reason
                feature = QgsFeature(summary_fields)
                feature.setAttributes([frames.plain_value(row[name]) for name in summary_names])
                output.sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            return output.commit(context)

    def _reason(self, parameters, context, judged):
        """The feasibility in one sentence, in the language of the documents (as in the summary's reden)."""
        with self.document_language(parameters, context) as language:
            return judged.reason.format(tr, "," if language == "nl" else ".")

    def _write_html(self, parameters, context, result, area_names, path):
        """The one-page HTML summary, in the chosen LANGUAGE; returns ``path``."""
        with self.document_language(parameters, context) as language:
            text = html_summary(result, tr, "," if language == "nl" else ".", area_names)
        try:
            staging.write_text(path, text)  # under a temporary name until complete
        except OSError as error:
            self.fail(N_("Cannot write the HTML summary {path}: {error}"), path=path, error=error)
        return path

    def _log(self, feedback, result):
        """The one verdict first (feasibility with its reason, the target, the norms), then the numbers per area."""
        decimal = decimal_mark()

        def number(value):
            return format_number_or_dash(value, 1, decimal)

        def count(value):
            return format_count(value, decimal)

        feedback.pushInfo(
            self.tr("Scenario '{scenario}': {n} measure(s).").format(
                scenario=result.scenario, n=len(result.measures)
            )
        )
        for line in verdict(result.summary.to_dict("records")).lines(tr, decimal):
            feedback.pushInfo(line)
        for row in result.summary.to_dict("records"):
            area = row["gemeente"] or row["regio"]
            feedback.pushInfo(
                self.tr(
                    "{level} {area}: social rent {before} of {dwellings} dwellings ({share_before} %) becomes "
                    "{after} of {dwellings_after} ({share_after} %); target {target} %, short of the target "
                    "(tekort) {gap} dwellings; compensation needed (social dwellings removed on balance) "
                    "{compensation}."
                ).format(
                    level=row["niveau"],
                    area=area,
                    before=count(row["sociale_huur_voor"]),
                    dwellings=count(row["woningen_voor"]),
                    share_before=number(row["aandeel_voor"]),
                    after=count(row["sociale_huur_na"]),
                    dwellings_after=count(row["woningen_na"]),
                    share_after=number(row["aandeel_na"]),
                    target=number(row["doel"]),
                    gap=count(row["tekort"]),
                    compensation=count(row["compensatie_nodig"]),
                )
            )
            feedback.pushInfo(
                self.tr(
                    "{level} {area}: {before} placements of aandachtsgroepen per year before, {after} after; "
                    "allocation share elsewhere changes by {delta} percentage points; {n} buurt(en) cross "
                    "the concentration threshold."
                ).format(
                    level=row["niveau"],
                    area=area,
                    before=count(row["plaatsingen"]),
                    after=count(row["plaatsingen_na"]),
                    delta=number(row["delta_toewijzing"]),
                    n=row["buurten_kantelen"],
                )
            )
