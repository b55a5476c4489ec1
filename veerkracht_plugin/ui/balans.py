"""Dock panel "Scenario & balans": edit measures per buurt and run the citywide balance check.

The panel composes three parts: the measures editor (:mod:`.balans_editor`: the measures table, its
scenarios and rows), the runner (:mod:`.balans_runner`: the Processing algorithm ``veerkracht:balance``
as a background task per scenario, so Processing stays the one execution path) and the results view
(:mod:`.balans_results`: the one verdict as two labelled lines, numbers of two scenarios side by side,
map highlights, the balance as a map layer). The
panel itself holds the check's settings (comparison scenario, vulnerable-share field) and wires the parts.
"""

from qgis.core import QgsProject, QgsVectorLayer
from qgis.gui import QgsFieldComboBox
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.balance import VULNERABLE_SHARE_FIELDS, default_vulnerable_field
from ..i18n import tr
from ..qgisio.paths import style_path
from .balans_editor import TABLE_NAME, MeasuresEditor, create_measures_table
from .balans_results import VERDICT_COLORS, BalanceResultsView, verdict_lines
from .balans_runner import BalanceRunner

__all__ = ["TABLE_NAME", "VERDICT_COLORS", "BalansPanel", "create_measures_table", "verdict_lines"]

#: the vulnerable-share fields chosen by default, in order of preference (one list with core.balance)
VULNERABLE_FIELDS = VULNERABLE_SHARE_FIELDS


class BalansPanel(QWidget):
    """Measures for the selected buurten, a scenario, the check as a background task, and its result.

    The editor's and the results view's widgets are also attributes of the panel (``scenario_combo``,
    ``measures_view``, ``light``, ``result_label`` …), as are the runner's ``results`` and ``workdir``.
    """

    def __init__(self, context, iface=None, parent=None):
        super().__init__(parent)
        self.context = context
        self.iface = iface
        # injectable dialogs (tests replace them)
        self.ask_path = lambda default: QFileDialog.getSaveFileName(
            self, tr("New measures table"), default, "GeoPackage (*.gpkg)")[0]
        self.inform = lambda title, text: QMessageBox.warning(self, title, text)
        self.open_url = QDesktopServices.openUrl  # returns False when no browser could be started
        self.map_layers = []  # ids of the balance layers this panel added to the project
        self.runner = BalanceRunner(self)
        self.runner.finished.connect(self._check_finished)
        layout = QVBoxLayout(self)
        self.editor = MeasuresEditor(context, iface, lambda title, text: self.inform(title, text),
                                     lambda default: self.ask_path(default), self)
        self.editor.scenariosChanged.connect(self._scenarios_changed)
        layout.addWidget(self.editor)
        self.results_view = BalanceResultsView(iface, self)
        layout.addWidget(self._build_check())
        layout.addStretch(1)
        self._expose_widgets()
        context.layerChanged.connect(self._layer_changed)
        context.buurtenChanged.connect(self.editor.buurten_changed)
        self._layer_changed(context.layer)

    def _build_check(self):
        check = QGroupBox(tr("Citywide balance"), self)
        check_form = QFormLayout(check)
        check_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.compare_combo = QComboBox(check)
        self.compare_combo.setObjectName("vkBalansCompare")
        check_form.addRow(tr("Compare with"), self.compare_combo)
        self.vulnerable_combo = QgsFieldComboBox(check)
        self.vulnerable_combo.setObjectName("vkBalansVulnerable")
        self.vulnerable_combo.setAllowEmptyFieldName(True)
        self.vulnerable_combo.setToolTip(tr("Share of vulnerable households (%), by default p_sociaal_minimum_t1 "
                                            "as in make demo, else p_laag_inkomen_t1; without it the outlook "
                                            "reports the allocation only"))
        check_form.addRow(tr("Vulnerable share field"), self.vulnerable_combo)
        run_row = QHBoxLayout()
        self.run_button = QPushButton(tr("Check balance"), check)
        self.run_button.setObjectName("vkBalansRun")
        self.run_button.clicked.connect(self.run_check)
        run_row.addWidget(self.run_button)
        self.cancel_button = QPushButton(tr("Cancel"), check)
        self.cancel_button.setObjectName("vkBalansCancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        run_row.addWidget(self.cancel_button)
        check_form.addRow(run_row)
        self.progress = QProgressBar(check)
        self.progress.setObjectName("vkBalansProgress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.runner.progressChanged.connect(self.progress.setValue)
        check_form.addRow(self.progress)
        self.results_view.setParent(check)
        self.results_view.html_button.clicked.connect(self.open_html)
        self.results_view.map_button.clicked.connect(self.show_on_map)
        check_form.addRow(self.results_view)
        return check

    def _expose_widgets(self):
        """The parts' widgets as attributes of the panel, as the dock and its tests know them."""
        for name in ("table_combo", "new_table_button", "scenario_combo", "maatregel_combo", "segment_combo",
                     "aantal_spin", "aandeel_spin", "toelichting_edit", "add_button", "measures_view",
                     "remove_button", "edit_button", "measures_status"):
            setattr(self, name, getattr(self.editor, name))
        for name in ("light", "target_label", "field_label", "result_label", "html_button", "map_button"):
            setattr(self, name, getattr(self.results_view, name))

    # --- the parts' state and actions, as the panel's ----------------------------------------------
    @property
    def results(self):
        return self.runner.results

    @property
    def workdir(self):
        return self.runner.workdir

    @property
    def highlights(self):
        return self.results_view.highlights

    def measures_layer(self):
        return self.editor.measures_layer()

    def create_table(self):
        return self.editor.create_table()

    def add_measures(self):
        return self.editor.add_measures()

    def remove_measures(self):
        return self.editor.remove_measures()

    def edit_measures(self):
        return self.editor.edit_measures()

    def busy(self):
        return self.runner.busy()

    def latest_summary(self):
        """(summary table layer, scenario) of the last successful check, or (None, "")."""
        return self.runner.latest_summary()

    # --- layers and scenarios -----------------------------------------------------------------------
    def _layer_changed(self, layer):
        self.vulnerable_combo.setLayer(layer)
        if layer is not None:
            self.vulnerable_combo.setField(default_vulnerable_field(layer.fields().names()) or "")
        self.editor.set_layer(layer)

    def _scenarios_changed(self, scenarios):
        compare = self.compare_combo.currentText()
        self.compare_combo.clear()
        self.compare_combo.addItem(tr("(no comparison)"), "")
        for name in scenarios:
            self.compare_combo.addItem(name, name)
        index = self.compare_combo.findData(compare)
        self.compare_combo.setCurrentIndex(max(index, 0))

    # --- the check ----------------------------------------------------------------------------------
    def run_check(self):
        layer, table = self.context.layer, self.measures_layer()
        scenario = self.scenario_combo.currentText().strip()
        if layer is None or table is None or not scenario:
            self.inform(tr("Veerkracht"), tr("Choose a buurt layer, a measures table and a scenario first."))
            return False
        frame = self.editor.measure_frame()
        if not (frame["scenario"].astype(str) == scenario).any():
            self.inform(tr("Veerkracht"), tr("Scenario '{scenario}' has no measures yet: select buurten and add a "
                                             "measure first.").format(scenario=scenario))
            return False
        self.context.flush_requested.emit()
        scenarios = [scenario]
        other = self.compare_combo.currentData()
        if other and other != scenario:
            scenarios.append(other)
        self.progress.setValue(0)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.result_label.setText(tr("Checking…"))
        self.runner.start(layer, table, scenarios, self.vulnerable_combo.currentField())
        return True

    def cancel(self):
        self.runner.cancel()
        self.result_label.setText(tr("Cancelled."))
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _check_finished(self):
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setValue(100)
        self.show_results()

    def show_results(self):
        order = self.runner.shown()
        if self.results_view.show_results(self.runner.results, order):
            self.highlight(order[0])

    def highlight(self, scenario):
        """Outline the buurten with measures (blue) and the buurten that tip (red) on the map."""
        result = self.runner.results.get(scenario, {})
        if self.iface is None or "buurten" not in result:
            self.results_view.clear_highlights()
            return 0
        code_field = self.context.fields.code if self.context.fields else None
        frame = self.editor.measure_frame()
        affected = set(frame.loc[frame["scenario"].astype(str) == scenario, "buurtcode"].astype(str))
        return self.results_view.highlight(self.context.layer, code_field, affected, result["buurten"])

    def clear_highlights(self):
        self.results_view.clear_highlights()

    def open_html(self):
        """The HTML summary in the browser; when no browser starts, in a dialog inside QGIS."""
        page = self.runner.html_page()
        if not page:
            return None
        if self.open_url(QUrl.fromLocalFile(page)):
            if self.iface is not None:
                self.iface.messageBar().pushInfo(tr("Veerkracht"), tr("The summary opens in your browser: {path}")
                                                 .format(path=page))
            return "browser"
        self.summary_dialog(page).show()
        return "dialog"

    def summary_dialog(self, page):
        """A dialog with the HTML summary (``page``) in a text browser."""
        dialog = QDialog(self)
        dialog.setObjectName("vkBalansSummaryDialog")
        dialog.setWindowTitle(tr("Citywide balance – full summary"))
        dialog.resize(900, 700)
        layout = QVBoxLayout(dialog)
        view = QTextBrowser(dialog)
        view.setObjectName("vkBalansSummaryView")
        view.setOpenExternalLinks(False)
        with open(page, encoding="utf-8") as handle:
            view.setHtml(handle.read())
        layout.addWidget(view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        self.last_dialog = dialog
        return dialog

    def show_on_map(self):
        """Adds the balance of the first checked scenario to the project, styled (styles/balans.qml)."""
        order = self.runner.shown()
        result = self.runner.results.get(order[0], {}) if order else {}
        if "parameters" not in result:
            return None
        layer = QgsVectorLayer(result["parameters"]["OUTPUT"], tr("Balans – {scenario}").format(scenario=order[0]),
                               "ogr")
        if not layer.isValid():
            return None
        layer.loadNamedStyle(str(style_path("balans")))
        QgsProject.instance().addMapLayer(layer)
        self.map_layers.append(layer.id())
        return layer

    def close_and_cleanup(self):
        if self.runner.busy():
            self.cancel()
        self.results_view.clear_highlights()
        project = QgsProject.instance()
        for layer_id in self.map_layers:  # release the files in the temporary folder before it is removed
            if project.mapLayer(layer_id) is not None:
                project.removeMapLayer(layer_id)
        self.map_layers = []
        self.runner.cleanup()
