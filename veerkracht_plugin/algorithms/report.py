"""veerkracht:report – the stadsbrede notitie or QuickScan as one PDF, from QGIS print layouts.

Threading decision: the algorithm is flagged NoThreading, like QGIS' own layout export algorithms
(native:printlayouttopdf, native:atlaslayouttopdf). Layout items (legends with their layer-tree
models, maps, labels, fonts) are QObjects and QPainter/QPdfWriter work that QGIS only guarantees in
the main thread. The algorithm still never touches the user's project: it builds its layouts in an
own ``QgsProject()`` instance that lives only while the PDF is written. A city of 100 buurten
reports in a few seconds, so blocking the GUI thread for that time is acceptable.
"""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProject,
)

from ..core.messages import N_
from ..qgisio.compat import SOURCE_VECTOR, SOURCE_VECTOR_POLYGON
from .base import VeerkrachtAlgorithm


class WriteReport(VeerkrachtAlgorithm):
    ID = "report"
    GROUP = "rapportage"
    STEP = 1
    DISPLAY_NAME = N_("Write veerkracht report (stadsbrede notitie / QuickScan)")
    HELP = N_(
        "Writes a readable PDF report for one gemeente from print layouts: page 1 with the signal map, "
        "buurten and inhabitants per class and the key findings in plain sentences; one page per wijk "
        "(an atlas) with the wijk map, a summary, the numeric outlook and a table per buurt; a closing "
        "page with the citywide balance and the methods and sources.<br><br>"
        "Handelingsperspectieven (vk_hp_*, vk_probleemanalyse, vk_succes) and the buurt fields of "
        "veerkracht:balance (vk_soc_voor, vk_soc_na, vk_kantelt, vk_compensatie, …) are shown when present. "
        "The pages come from the templates notitie_voorblad.qpt, notitie_wijk.qpt and notitie_slot.qpt in "
        "the plugin's resources/layouts folder; see docs/report.md to adapt them. The input layer is not "
        "changed."
    )

    #: layouts, legends and the PDF writer live in the main thread (see the module docstring)
    MAIN_THREAD = True

    INPUT = "INPUT"
    MODE = "MODE"
    MUNICIPALITY = "MUNICIPALITY"
    WIJK_FIELD = "WIJK_FIELD"
    BALANCE_SUMMARY = "BALANCE_SUMMARY"
    SCENARIO = "SCENARIO"
    PERIOD = "PERIOD"
    OUTPUT = "OUTPUT"
    PAGES = "PAGES"
    WIJKEN = "WIJKEN"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Scored buurt layer"), [SOURCE_VECTOR_POLYGON]
            ),
            self.tr("The output of veerkracht:score (vk_klasse, vk_klasse_rel, vk_dk, vk_dp, vk_score, vk_signaal, "
                    "vk_corpbuurt, …) with buurt code and name, wijk and gemeente code, inhabitants and corporation "
                    "share (names of veerkracht:preparecbs or CBS names such as BU_CODE, AANT_INW, P_WCORPW)."),
        )
        self.add_parameter(
            QgsProcessingParameterEnum(
                self.MODE,
                self.tr("Report"),
                options=[self.tr("Stadsbrede notitie"), self.tr("QuickScan")],
                defaultValue=0,
            ),
            self.tr("Stadsbrede notitie (with tags and scenario) or QuickScan (signals only, with a reading guide, "
                    "readable on its own)."),
        )
        self.add_parameter(
            QgsProcessingParameterString(
                self.MUNICIPALITY, self.tr("Gemeente (code or name; needed for several gemeenten)"), optional=True
            ),
            self.tr("Code or name; needed only when the layer holds several gemeenten."),
        )
        self.add_parameter(
            QgsProcessingParameterField(
                self.WIJK_FIELD,
                self.tr("Wijk field"),
                defaultValue="wijkcode",
                parentLayerParameterName=self.INPUT,
                optional=True,
            ),
            self.tr("Default wijkcode (or WK_CODE); without a wijk field the wijk is taken from the buurt code "
                    "(WK + its first six digits)."),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                self.BALANCE_SUMMARY,
                self.tr("Balance summary (table of veerkracht:balance)"),
                [SOURCE_VECTOR],
                optional=True,
            ),
            self.tr("Optional: the summary table of veerkracht:balance, for the closing page (not in a QuickScan)."),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.SCENARIO, self.tr("Scenario"), optional=True),
            self.tr("Chooses the scenario of the balance summary when it holds several."),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.PERIOD, self.tr("Period (e.g. 2016–2022)"), optional=True),
            self.tr("Optional; empty: read from a 'jaar' field or years in field names."),
        )
        self.add_language_parameter()
        self.add_parameter(
            QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Report (PDF)"), self.tr("PDF files (*.pdf)")),
            self.tr("One PDF: page 1, one page per wijk and a closing page."),
        )
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Number of pages")))
        self.addOutput(QgsProcessingOutputNumber(self.WIJKEN, self.tr("Number of wijken")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..qgisio import report  # pandas and the layouts: loaded when a report is written

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            self.fail(N_("Cannot read the input layer."))
        mode = self.parameterAsEnum(parameters, self.MODE, context)
        municipality = self.parameterAsString(parameters, self.MUNICIPALITY, context).strip()
        wijk_field = self.parameterAsString(parameters, self.WIJK_FIELD, context)
        names = {f.name().lower() for f in source.fields()}
        if wijk_field and wijk_field.lower() not in names and wijk_field == "wijkcode":
            wijk_field = ""  # the default: detect wijkcode / WK_CODE
        balance = None
        if parameters.get(self.BALANCE_SUMMARY):
            balance = self.parameterAsSource(parameters, self.BALANCE_SUMMARY, context)
        scenario = self.parameterAsString(parameters, self.SCENARIO, context).strip()
        period = self.parameterAsString(parameters, self.PERIOD, context).strip()
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if mode == 1 and (balance is not None or scenario):
            feedback.pushWarning(self.tr("A QuickScan has no scenario: the balance summary is left out."))

        feedback.pushInfo(self.tr("Reading the buurten…"))
        content = self.run_document(
            parameters, context,
            report.prepare_report, source, mode, municipality, wijk_field, balance, scenario, period
        )
        feedback.setProgress(20)
        if feedback.isCanceled():
            return {}
        project = QgsProject()  # own project: the user's project is never touched
        project.addMapLayers(content.map_layers(), False)
        layouts = self.run_document(parameters, context, report.build_layouts, project, content)
        feedback.pushInfo(
            self.tr("Writing {n} wijk pages for {gemeente}…").format(n=content.wijk_count, gemeente=content.gemeente)
        )
        pages = self.run_document(parameters, context, report.export_pdf, layouts, output, content, feedback)
        feedback.pushInfo(self.tr("{n} pages written to {path}.").format(n=pages, path=output))
        del layouts
        project.clear()
        return {self.OUTPUT: output, self.PAGES: pages, self.WIJKEN: content.wijk_count}
