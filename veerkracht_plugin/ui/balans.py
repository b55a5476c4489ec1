"""Dock panel "Scenario & balans": edit measures per buurt and run the citywide balance check.

Measures live in a table layer (``vk_maatregelen`` in the buurt layer's own GeoPackage by default, or any
table with the columns of method.md §3). The check runs the Processing algorithm ``veerkracht:balance``
as a background task (Processing is the one execution path); its outputs go to temporary files that
are read back in the main thread. Two scenarios can be compared side by side.

Traffic light for the social share after the scenario: green = at or above the target; orange = below
the target but not lower than before the scenario; red = below the target and lower than before.
"""

import os
import shutil
import tempfile

import pandas as pd
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsMapLayerProxyModel,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsFieldComboBox, QgsHighlight, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QColor, QDesktopServices
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import balance
from ..i18n import decimal_mark, tr
from ..qgisio.frames import make_field

TABLE_NAME = balance.MEASURES_TABLE
MEASURE_COLUMNS = tuple(balance.MEASURE_KINDS.items())
MAATREGELEN = balance.MEASURE_TYPES
SEGMENTS = balance.SEGMENTS
NEEDS_SEGMENT = set(balance.NEEDS_SEGMENT)
LIGHT_COLORS = {"green": "#009E73", "orange": "#E69F00", "red": "#D55E00"}


def create_measures_table(path, rows=()):
    """Write the measures table ``vk_maatregelen`` into the GeoPackage ``path`` (created when missing; an
    existing table of that name is replaced), with ``rows`` (dicts by column name). Returns the table as a
    layer, or None when it cannot be written."""
    fields = QgsFields()
    for name, kind in MEASURE_COLUMNS:
        fields.append(make_field(name, kind))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = TABLE_NAME
    options.actionOnExistingFile = (
        QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer if os.path.exists(path)
        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile)
    writer = QgsVectorFileWriter.create(path, fields, QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem(),
                                        QgsCoordinateTransformContext(), options)
    if writer is None or writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        return None
    for row in rows:
        feature = QgsFeature(fields)
        feature.setAttributes([_measure_value(row.get(name), kind) for name, kind in MEASURE_COLUMNS])
        writer.addFeature(feature)
    del writer
    table = QgsVectorLayer(f"{path}|layername={TABLE_NAME}", TABLE_NAME, "ogr")
    return table if table.isValid() else None


def _measure_value(value, kind):
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if kind == "int":
        return int(float(str(value).replace(",", ".")))
    if kind == "double":
        return float(str(value).replace(",", "."))
    return str(value)


def traffic_light(row):
    """'green', 'orange' or 'red' for one summary row (see the module docstring)."""
    after, before, target = float(row["aandeel_na"]), float(row["aandeel_voor"]), float(row["doel"])
    if after >= target - 1e-9:
        return "green"
    return "orange" if after >= before - 1e-9 else "red"


def _fmt(value, digits=1):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return "–"
    if number != number:
        return "–"
    return f"{number:.{digits}f}".replace(".", decimal_mark()) if digits else f"{number:.0f}"


class _Feedback(QgsProcessingFeedback):
    """Keeps the algorithm's error messages to show them in the panel."""

    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.errors.append(error)
        super().reportError(error, fatalError)


class BalansPanel(QWidget):
    """Measures for the selected buurten, a scenario, the check as a background task, and its result."""

    def __init__(self, context, iface=None, parent=None):
        super().__init__(parent)
        self.context = context
        self.iface = iface
        self.tasks = {}
        self.results = {}
        self.highlights = []
        self.workdir = None  # temporary outputs of the checks, made on the first check
        # injectable dialogs (tests replace them)
        self.ask_path = lambda default: QFileDialog.getSaveFileName(
            self, tr("New measures table"), default, "GeoPackage (*.gpkg)")[0]
        self.inform = lambda title, text: QMessageBox.warning(self, title, text)
        self._build()
        context.layerChanged.connect(self._layer_changed)
        context.buurtenChanged.connect(self._buurten_changed)
        self._layer_changed(context.layer)

    # --- UI ---------------------------------------------------------------------------------------
    def _build(self):
        layout = QVBoxLayout(self)
        measures = QGroupBox(tr("Measures"), self)
        form = QFormLayout(measures)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        table_row = QHBoxLayout()
        self.table_combo = QgsMapLayerComboBox(measures)
        self.table_combo.setObjectName("vkBalansTable")
        self.table_combo.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.table_combo.setAllowEmptyLayer(True)
        self.table_combo.setLayer(None)
        self.table_combo.layerChanged.connect(self._table_changed)
        table_row.addWidget(self.table_combo, 1)
        self.new_table_button = QPushButton(tr("New table"), measures)
        self.new_table_button.setObjectName("vkBalansNewTable")
        self.new_table_button.setToolTip(tr("Create a measures table in the buurt layer's GeoPackage"))
        self.new_table_button.clicked.connect(self.create_table)
        table_row.addWidget(self.new_table_button)
        form.addRow(tr("Measures table"), table_row)
        self.scenario_combo = QComboBox(measures)
        self.scenario_combo.setObjectName("vkBalansScenario")
        self.scenario_combo.setEditable(True)
        self.scenario_combo.setToolTip(tr("Choose a scenario, or type a new name"))
        self.scenario_combo.currentTextChanged.connect(lambda _text: self.refresh_measures())
        form.addRow(tr("Scenario"), self.scenario_combo)
        self.maatregel_combo = QComboBox(measures)
        self.maatregel_combo.setObjectName("vkBalansMaatregel")
        for code in MAATREGELEN:
            self.maatregel_combo.addItem(code, code)
        self.maatregel_combo.currentIndexChanged.connect(self._maatregel_changed)
        form.addRow(tr("Measure"), self.maatregel_combo)
        self.segment_combo = QComboBox(measures)
        self.segment_combo.setObjectName("vkBalansSegment")
        for code in SEGMENTS:
            self.segment_combo.addItem(code, code)
        form.addRow(tr("Segment"), self.segment_combo)
        self.aantal_spin = QSpinBox(measures)
        self.aantal_spin.setObjectName("vkBalansAantal")
        self.aantal_spin.setRange(0, 100000)
        self.aantal_spin.setValue(50)
        self.aantal_spin.setSuffix(tr(" dwellings"))
        form.addRow(tr("Number"), self.aantal_spin)
        self.aandeel_spin = QDoubleSpinBox(measures)
        self.aandeel_spin.setObjectName("vkBalansAandeel")
        self.aandeel_spin.setRange(0.0, 1.0)
        self.aandeel_spin.setSingleStep(0.05)
        self.aandeel_spin.setDecimals(2)
        self.aandeel_spin.setValue(0.2)
        self.aandeel_spin.setToolTip(tr("Share of social vacancies allocated to aandachtsgroepen (0–1)"))
        form.addRow(tr("Share (toewijzing)"), self.aandeel_spin)
        self.toelichting_edit = QLineEdit(measures)
        self.toelichting_edit.setObjectName("vkBalansToelichting")
        form.addRow(tr("Explanation"), self.toelichting_edit)
        self.add_button = QPushButton(tr("Add ({n} buurten)").format(n=0), measures)
        self.add_button.setObjectName("vkBalansAdd")
        self.add_button.clicked.connect(self.add_measures)
        form.addRow(self.add_button)
        self.measures_view = QTableWidget(0, 6, measures)
        self.measures_view.setObjectName("vkBalansMeasures")
        self.measures_view.setHorizontalHeaderLabels(
            [tr("Buurt"), tr("Measure"), tr("Segment"), tr("Number"), tr("Share"), tr("Explanation")])
        self.measures_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.measures_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.measures_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.measures_view.setMinimumHeight(120)
        # shrink with the dock and scroll sideways, instead of widening the whole panel
        self.measures_view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.measures_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        form.addRow(self.measures_view)
        self.remove_button = QPushButton(tr("Remove chosen"), measures)
        self.remove_button.setToolTip(tr("Remove the measures chosen in the list"))
        self.remove_button.setObjectName("vkBalansRemove")
        self.remove_button.clicked.connect(self.remove_measures)
        self.edit_button = QPushButton(tr("Edit in table"), measures)
        self.edit_button.setObjectName("vkBalansEdit")
        self.edit_button.setToolTip(tr("Change numbers, segments or explanations of existing measures"))
        self.edit_button.clicked.connect(self.edit_measures)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.edit_button)
        form.addRow(buttons)
        self.measures_status = QLabel(measures)
        self.measures_status.setObjectName("vkBalansMeasuresStatus")
        self.measures_status.setWordWrap(True)
        form.addRow(self.measures_status)
        layout.addWidget(measures)

        check = QGroupBox(tr("Citywide balance"), self)
        check_form = QFormLayout(check)
        check_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.compare_combo = QComboBox(check)
        self.compare_combo.setObjectName("vkBalansCompare")
        check_form.addRow(tr("Compare with"), self.compare_combo)
        self.vulnerable_combo = QgsFieldComboBox(check)
        self.vulnerable_combo.setObjectName("vkBalansVulnerable")
        self.vulnerable_combo.setAllowEmptyFieldName(True)
        self.vulnerable_combo.setToolTip(tr("Share of vulnerable households (%), e.g. p_laag_inkomen_t1; "
                                            "without it the outlook reports the allocation only"))
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
        check_form.addRow(self.progress)
        self.light = QLabel(check)
        self.light.setObjectName("vkBalansLight")
        self.light.setMinimumHeight(28)
        check_form.addRow(self.light)
        self.result_label = QLabel(check)
        self.result_label.setObjectName("vkBalansResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        check_form.addRow(self.result_label)
        self.html_button = QPushButton(tr("Open the full summary"), check)
        self.html_button.setObjectName("vkBalansHtml")
        self.html_button.setEnabled(False)
        self.html_button.clicked.connect(self.open_html)
        check_form.addRow(self.html_button)
        layout.addWidget(check)
        layout.addStretch(1)
        self._maatregel_changed()

    def _maatregel_changed(self, *_args):
        kind = self.maatregel_combo.currentData()
        self.segment_combo.setEnabled(kind in NEEDS_SEGMENT)
        self.aantal_spin.setEnabled(kind != "toewijzing")
        self.aandeel_spin.setEnabled(kind == "toewijzing")

    # --- layers -----------------------------------------------------------------------------------
    def _layer_changed(self, layer):
        self.vulnerable_combo.setLayer(layer)
        if layer is not None:
            names = layer.fields().names()
            for candidate in ("p_laag_inkomen_t1", "P_HH_LI", "P_LAAGINKH"):
                if candidate in names:
                    self.vulnerable_combo.setField(candidate)
                    break
            existing = self._existing_table(layer)
            if existing is not None:
                self.table_combo.setLayer(existing)
        self._buurten_changed(self.context.fids)

    def _existing_table(self, layer):
        for candidate in QgsProject.instance().mapLayers().values():
            if isinstance(candidate, QgsVectorLayer) and candidate.name() == TABLE_NAME:
                return candidate
        path = self._gpkg_path(layer)
        if path:
            table = QgsVectorLayer(f"{path}|layername={TABLE_NAME}", TABLE_NAME, "ogr")
            if table.isValid():
                QgsProject.instance().addMapLayer(table)
                return table
        return None

    @staticmethod
    def _gpkg_path(layer):
        if layer is None or layer.providerType() != "ogr":
            return None
        path = layer.source().split("|")[0]
        return path if path.lower().endswith(".gpkg") and os.access(path, os.W_OK) else None

    def _buurten_changed(self, fids):
        count = len(fids or [])
        self.add_button.setEnabled(count > 0 and self.measures_layer() is not None)
        self.add_button.setText(tr("Add ({n} buurten)").format(n=count))
        self.add_button.setToolTip(tr("Add this measure for each selected buurt"))

    def measures_layer(self):
        return self.table_combo.currentLayer()

    def _table_changed(self, _layer):
        self.refresh_scenarios()
        self._buurten_changed(self.context.fids)

    def create_table(self):
        """Create (or open) the measures table, by default inside the buurt layer's GeoPackage."""
        layer = self.context.layer
        path = self._gpkg_path(layer)
        if not path:
            default = os.path.join(os.path.expanduser("~"), "veerkracht_maatregelen.gpkg")
            path = self.ask_path(default)
            if not path:
                return None
        existing = QgsVectorLayer(f"{path}|layername={TABLE_NAME}", TABLE_NAME, "ogr")
        if not existing.isValid():
            existing = create_measures_table(path)
        if existing is None or not existing.isValid() or "buurtcode" not in existing.fields().names():
            self.inform(tr("Veerkracht"), tr("Cannot create the measures table in {path}.").format(path=path))
            return None
        QgsProject.instance().addMapLayer(existing)
        self.table_combo.setLayer(existing)
        if not self.scenario_combo.currentText():
            self.scenario_combo.setEditText(tr("Scenario 1"))
        return existing

    # --- measures ---------------------------------------------------------------------------------
    def _measure_frame(self):
        table = self.measures_layer()
        if table is None:
            return pd.DataFrame(columns=[name for name, _ in MEASURE_COLUMNS])
        names = table.fields().names()
        rows = []
        for feature in table.getFeatures():
            row = {name: (feature[name] if name in names else None) for name, _ in MEASURE_COLUMNS}
            row = {k: (None if v is None or (hasattr(v, "isNull") and v.isNull()) else v) for k, v in row.items()}
            row["fid"] = feature.id()
            rows.append(row)
        return pd.DataFrame(rows, columns=[name for name, _ in MEASURE_COLUMNS] + ["fid"])

    def refresh_scenarios(self):
        frame = self._measure_frame()
        current = self.scenario_combo.currentText()
        scenarios = [s for s in dict.fromkeys(frame["scenario"].dropna().astype(str)) if s]
        self.scenario_combo.blockSignals(True)
        self.scenario_combo.clear()
        self.scenario_combo.addItems(scenarios)
        self.scenario_combo.setEditText(current if current else (scenarios[0] if scenarios else ""))
        self.scenario_combo.blockSignals(False)
        compare = self.compare_combo.currentText()
        self.compare_combo.clear()
        self.compare_combo.addItem(tr("(no comparison)"), "")
        for name in scenarios:
            self.compare_combo.addItem(name, name)
        index = self.compare_combo.findData(compare)
        self.compare_combo.setCurrentIndex(max(index, 0))
        self.refresh_measures()

    def refresh_measures(self):
        frame = self._measure_frame()
        scenario = self.scenario_combo.currentText()
        rows = frame[frame["scenario"].astype(str) == scenario] if len(frame) else frame
        self.measures_view.setRowCount(len(rows))
        for r, (_index, row) in enumerate(rows.iterrows()):
            values = [row["buurtcode"], row["maatregel"], row["segment"], _fmt(row["aantal"], 0)
                      if row["maatregel"] != "toewijzing" else "", _fmt(row["aandeel"], 2)
                      if row["maatregel"] == "toewijzing" else "", row["toelichting"]]
            for c, value in enumerate(values):
                item = QTableWidgetItem("" if value is None else str(value))
                item.setData(Qt.ItemDataRole.UserRole, int(row["fid"]))
                self.measures_view.setItem(r, c, item)
        self.measures_status.setText(tr("{n} measure(s) in scenario '{scenario}'.").format(
            n=len(rows), scenario=scenario))

    def _write(self, table, action):
        """Apply ``action(table)`` as one undoable edit command and save it to the data source."""
        started = not table.isEditable()
        if started and not table.startEditing():
            self.inform(tr("Veerkracht"), tr("The measures table cannot be edited."))
            return False
        table.beginEditCommand(tr("Veerkracht measures"))
        action(table)
        table.endEditCommand()
        if started and not table.commitChanges():
            errors = "; ".join(table.commitErrors())
            table.rollBack()
            self.inform(tr("Veerkracht"), tr("Saving the measures failed: {errors}").format(errors=errors))
            return False
        return True

    def add_measures(self):
        table = self.measures_layer()
        layer = self.context.layer
        scenario = self.scenario_combo.currentText().strip()
        fids = list(self.context.fids or [])
        if table is None or layer is None or not fids:
            return 0
        if not scenario:
            self.inform(tr("Veerkracht"), tr("Give the scenario a name first."))
            return 0
        code_field = self.context.fields.code if self.context.fields else None
        if not code_field:
            self.inform(tr("Veerkracht"), tr("The buurt layer has no buurt code field."))
            return 0
        kind = self.maatregel_combo.currentData()
        segment = self.segment_combo.currentData() if kind in NEEDS_SEGMENT else (
            "sociale_huur" if kind in ("verkoop", "liberalisatie") else None)
        aantal = self.aantal_spin.value() if kind != "toewijzing" else None
        aandeel = self.aandeel_spin.value() if kind == "toewijzing" else None
        request = QgsFeatureRequest().setFilterFids(fids).setFlags(QgsFeatureRequest.Flag.NoGeometry)
        codes = [str(f[code_field]) for f in layer.getFeatures(request)]
        names = table.fields().names()

        def action(target):
            features = []
            for code in codes:
                feature = QgsFeature(target.fields())
                values = {"scenario": scenario, "buurtcode": code, "maatregel": kind, "segment": segment,
                          "aantal": aantal, "aandeel": aandeel, "toelichting": self.toelichting_edit.text() or None}
                for name, value in values.items():
                    if name in names:
                        feature[name] = value
                features.append(feature)
            target.addFeatures(features)

        if not self._write(table, action):
            return 0
        self.refresh_scenarios()
        self.measures_status.setText(tr("Saved: {n} measure(s) added to '{scenario}'.").format(
            n=len(codes), scenario=scenario))
        return len(codes)

    def remove_measures(self):
        table = self.measures_layer()
        rows = {index.row() for index in self.measures_view.selectedIndexes()}
        fids = [self.measures_view.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in sorted(rows)]
        if table is None or not fids:
            return 0
        if not self._write(table, lambda target: target.deleteFeatures(fids)):
            return 0
        self.refresh_scenarios()
        return len(fids)

    def edit_measures(self):
        """Open the measures table in QGIS's attribute table (editable, with undo); the list follows edits."""
        table = self.measures_layer()
        if table is None or self.iface is None:
            return None
        for signal in (table.afterCommitChanges, table.featuresDeleted, table.attributeValueChanged):
            try:
                signal.disconnect(self._table_edited)
            except TypeError:
                pass
            signal.connect(self._table_edited)
        return self.iface.showAttributeTable(table)

    def _table_edited(self, *_args):
        self.refresh_scenarios()

    # --- the check --------------------------------------------------------------------------------
    def run_check(self):
        layer, table = self.context.layer, self.measures_layer()
        scenario = self.scenario_combo.currentText().strip()
        if layer is None or table is None or not scenario:
            self.inform(tr("Veerkracht"), tr("Choose a buurt layer, a measures table and a scenario first."))
            return False
        self.context.flush_requested.emit()
        scenarios = [scenario]
        other = self.compare_combo.currentData()
        if other and other != scenario:
            scenarios.append(other)
        self.results = {}
        self.order = scenarios
        self.progress.setValue(0)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.result_label.setText(tr("Checking…"))
        for name in scenarios:
            self._start_task(layer, table, name)
        return True

    def _start_task(self, layer, table, scenario):
        if self.workdir is None:
            self.workdir = tempfile.mkdtemp(prefix="veerkracht_balans_")
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("veerkracht:balance")
        index = len(self.tasks)
        stem = os.path.join(self.workdir, f"balans_{index}_{abs(hash(scenario))}")
        parameters = {
            "INPUT": layer,
            "MEASURES": table,
            "SCENARIO": scenario,
            "VULNERABLE_SHARE_FIELD": self.vulnerable_combo.currentField() or None,
            "CLASS_FIELD": "vk_klasse" if "vk_klasse" in layer.fields().names() else None,
            "OUTPUT": stem + ".gpkg",
            "OUTPUT_SUMMARY": stem + "_summary.csv",
            "OUTPUT_HTML": stem + ".html",
        }
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = _Feedback()
        errors = feedback.errors
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
        feedback.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        task.executed.connect(lambda ok, results, s=scenario: self._finished(s, ok, results, errors, parameters))
        # keep everything alive until the task is done
        self.tasks[scenario] = (task, context, feedback, algorithm)
        QgsApplication.taskManager().addTask(task)

    def cancel(self):
        for task, _context, feedback, _alg in list(self.tasks.values()):
            feedback.cancel()
            task.cancel()
        self.result_label.setText(tr("Cancelled."))
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def busy(self):
        return bool(self.tasks)

    def _finished(self, scenario, ok, results, errors, parameters):
        self.tasks.pop(scenario, None)
        if ok:
            summary = pd.read_csv(parameters["OUTPUT_SUMMARY"], dtype={"gemeente": str})
            buurten = QgsVectorLayer(parameters["OUTPUT"], scenario, "ogr")
            self.results[scenario] = {"summary": summary, "buurten": buurten, "html": parameters["OUTPUT_HTML"],
                                      "parameters": parameters}
        else:
            self.results[scenario] = {"error": "\n".join(errors) or tr("The balance check failed.")}
        if not self.tasks:
            self.run_button.setEnabled(True)
            self.cancel_button.setEnabled(False)
            self.progress.setValue(100)
            self.show_results()

    def show_results(self):
        order = [s for s in self.order if s in self.results]
        if not order:
            return
        first = self.results[order[0]]
        if "error" in first:
            self.light.setText("")
            self.result_label.setText("<b>{}</b><br>{}".format(tr("The check did not run:"),
                                                                 first["error"].replace("\n", "<br>")))
            self.html_button.setEnabled(False)
            return
        row = self._gemeente_row(first["summary"])
        color = traffic_light(row)
        words = {"green": tr("On target"), "orange": tr("Below target, not worse than before"),
                 "red": tr("Below target and worse than before")}[color]
        self.light.setText(
            f'<span style="background:{LIGHT_COLORS[color]};color:white;padding:4px 10px;font-weight:bold">'
            f"&nbsp;{words}&nbsp;</span>")
        self.light.setProperty("light", color)
        self.result_label.setText(self._result_html(order))
        self.html_button.setEnabled(True)
        self.highlight(order[0])

    @staticmethod
    def _gemeente_row(summary):
        rows = summary[summary["niveau"] == "gemeente"] if "niveau" in summary else summary
        return (rows if len(rows) else summary).iloc[0]

    def _result_html(self, order):
        labels = [
            ("aandeel_voor", tr("Social share before (%)"), 1),
            ("aandeel_na", tr("Social share after (%)"), 1),
            ("doel", tr("Target (%)"), 1),
            ("tekort", tr("Shortfall to target (dwellings)"), 0),
            ("compensatie_nodig", tr("Compensation needed (dwellings)"), 0),
            ("plaatsingen", tr("Placements per year"), 1),
            ("delta_toewijzing", tr("Change in allocation elsewhere (pp)"), 2),
            ("buurten_kantelen", tr("Buurten that tip"), 0),
            ("nieuwbouw_betaalbaar_aandeel", tr("New build affordable (%)"), 1),
        ]
        head = "".join(f"<th align='right'>{name}</th>" for name in order)
        rows = []
        for column, label, digits in labels:
            cells = []
            for name in order:
                result = self.results[name]
                value = self._gemeente_row(result["summary"]).get(column) if "summary" in result else None
                cells.append(f"<td align='right'>{_fmt(value, digits)}</td>")
            rows.append(f"<tr><td>{label}</td>{''.join(cells)}</tr>")
        feasible = []
        for name in order:
            result = self.results[name]
            ok = bool(self._gemeente_row(result["summary"]).get("haalbaar")) if "summary" in result else False
            feasible.append(f"<td align='right'>{tr('yes') if ok else '<b>' + tr('no') + '</b>'}</td>")
        rows.append(f"<tr><td>{tr('Feasible')}</td>{''.join(feasible)}</tr>")
        html = [f"<table cellspacing='0' cellpadding='2'><tr><th></th>{head}</tr>{''.join(rows)}</table>"]
        first = self.results[order[0]]
        candidates, tipping = self._buurt_lists(first["buurten"])
        if candidates:
            html.append("<p><b>{}</b> {}</p>".format(tr("Compensation could go to:"), ", ".join(candidates[:6])))
        if tipping:
            html.append("<p><b>{}</b> {}</p>".format(tr("Buurten that tip:"), ", ".join(tipping[:10])))
        affordable = self._gemeente_row(first["summary"]).get("nieuwbouw_betaalbaar_aandeel")
        if affordable is not None and affordable == affordable and affordable < 100 * balance.AFFORDABLE_NORM - 1e-9:
            html.append("<p style='color:#D55E00'><b>{}</b> {}</p>".format(
                tr("Attention:"),
                tr("{share} % of the new build is affordable (sociale or particuliere huur), below the two-thirds "
                   "norm.").format(share=_fmt(affordable, 1))))
        if not bool(self._gemeente_row(first["summary"]).get("haalbaar")):
            html.append("<p style='color:#D55E00'><b>{}</b></p>".format(
                tr("Not feasible: the placements cannot all be made within the remaining buurten. "
                   "Open the full summary for the details.")))
        return "".join(html)

    def _buurt_lists(self, layer):
        if layer is None or not layer.isValid():
            return [], []
        names = layer.fields().names()
        label = next((n for n in ("buurtnaam", "BU_NAAM", "naam") if n in names), None)
        code = next((n for n in ("buurtcode", "BU_CODE") if n in names), None)
        candidates, tipping = [], []
        for feature in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)):
            text = str(feature[label] if label else feature[code])
            compensation = feature["vk_compensatie"] if "vk_compensatie" in names else None
            if compensation not in (None, 0) and not (hasattr(compensation, "isNull") and compensation.isNull()):
                candidates.append((float(compensation), f"{text} ({_fmt(compensation, 0)})"))
            if "vk_kantelt" in names and feature["vk_kantelt"] is True:
                tipping.append(text)
        return [text for _value, text in sorted(candidates, reverse=True)], tipping

    def highlight(self, scenario):
        """Outline the buurten with measures (blue) and the buurten that tip (red) on the map."""
        self.clear_highlights()
        layer, result = self.context.layer, self.results.get(scenario, {})
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if canvas is None or layer is None or "buurten" not in result:
            return 0
        code_field = self.context.fields.code if self.context.fields else None
        frame = self._measure_frame()
        affected = set(frame.loc[frame["scenario"].astype(str) == scenario, "buurtcode"].astype(str))
        tipping = set()
        out = result["buurten"]
        out_code = next((n for n in ("buurtcode", "BU_CODE") if n in out.fields().names()), None)
        if out_code and "vk_kantelt" in out.fields().names():
            tipping = {str(f[out_code]) for f in out.getFeatures() if f["vk_kantelt"] is True}
        for feature in layer.getFeatures():
            code = str(feature[code_field])
            if code in affected or code in tipping:
                highlight = QgsHighlight(canvas, feature.geometry(), layer)
                color = QColor("#D55E00" if code in tipping else "#0072B2")
                highlight.setColor(color)
                highlight.setWidth(4)
                fill = QColor(color)
                fill.setAlpha(40)
                highlight.setFillColor(fill)
                highlight.show()
                self.highlights.append(highlight)
        canvas.refresh()
        return len(self.highlights)

    def clear_highlights(self):
        for highlight in self.highlights:
            highlight.hide()
            scene = highlight.scene()
            if scene is not None:
                scene.removeItem(highlight)
        self.highlights = []

    def latest_summary(self):
        """(summary table layer, scenario) of the last successful check, or (None, "")."""
        for name in getattr(self, "order", []):
            result = self.results.get(name, {})
            if "parameters" in result:
                table = QgsVectorLayer(result["parameters"]["OUTPUT_SUMMARY"], name, "ogr")
                if table.isValid():
                    return table, name
        return None, ""

    def open_html(self):
        order = [s for s in getattr(self, "order", []) if "html" in self.results.get(s, {})]
        if order:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.results[order[0]]["html"]))

    def close_and_cleanup(self):
        self.cancel() if self.tasks else None
        self.clear_highlights()
        for result in self.results.values():  # release the output files before removing them
            result.pop("buurten", None)
        self.results = {}
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)
            self.workdir = None

