"""The measures editor of the "Scenario & balans" panel: the measures table, its scenarios and rows.

Measures live in a table layer (``vk_maatregelen`` in the buurt layer's own GeoPackage by default, or any
table with the columns of method.md §3). Every change is one undoable edit command, saved at once.
"""

import os

import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
)

from ..core import balance
from ..core.messages import format_number_or_dash
from ..i18n import decimal_mark, tr
from ..qgisio.compat import LAYER_FILTER_VECTOR, REQUEST_NO_GEOMETRY, WKB_NO_GEOMETRY
from ..qgisio.frames import make_field

TABLE_NAME = balance.MEASURES_TABLE
MEASURE_COLUMNS = tuple(balance.MEASURE_KINDS.items())
MAATREGELEN = balance.MEASURE_TYPES
SEGMENTS = balance.SEGMENTS
NEEDS_SEGMENT = set(balance.NEEDS_SEGMENT)


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
    writer = QgsVectorFileWriter.create(path, fields, WKB_NO_GEOMETRY, QgsCoordinateReferenceSystem(),
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


def gpkg_path(layer):
    """The writable GeoPackage of an ogr ``layer``, or None."""
    if layer is None or layer.providerType() != "ogr":
        return None
    path = layer.source().split("|")[0]
    return path if path.lower().endswith(".gpkg") and os.access(path, os.W_OK) else None


class MeasuresEditor(QGroupBox):
    """The "Measures" group: choose or create the table, pick a scenario, add measures for the selected
    buurten, list, remove and edit them. ``inform(title, text)`` and ``ask_path(default)`` are the panel's
    (injectable) dialogs; ``scenariosChanged`` carries the scenario names after every refresh."""

    scenariosChanged = pyqtSignal(list)  # noqa: N815 (Qt signal naming)

    def __init__(self, context, iface, inform, ask_path, parent=None):
        super().__init__(tr("Measures"), parent)
        self.context = context
        self.iface = iface
        self.inform = inform
        self.ask_path = ask_path
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._build_table_row(form)
        self._build_measure_fields(form)
        self._build_list(form)
        self._maatregel_changed()

    # --- UI ---------------------------------------------------------------------------------------
    def _build_table_row(self, form):
        table_row = QHBoxLayout()
        self.table_combo = QgsMapLayerComboBox(self)
        self.table_combo.setObjectName("vkBalansTable")
        self.table_combo.setFilters(LAYER_FILTER_VECTOR)
        self.table_combo.setAllowEmptyLayer(True)
        self.table_combo.setLayer(None)
        self.table_combo.layerChanged.connect(self._table_changed)
        table_row.addWidget(self.table_combo, 1)
        self.new_table_button = QPushButton(tr("New table"), self)
        self.new_table_button.setObjectName("vkBalansNewTable")
        self.new_table_button.setToolTip(tr("Create a measures table in the buurt layer's GeoPackage"))
        self.new_table_button.clicked.connect(self.create_table)
        table_row.addWidget(self.new_table_button)
        form.addRow(tr("Measures table"), table_row)
        self.scenario_combo = QComboBox(self)
        self.scenario_combo.setObjectName("vkBalansScenario")
        self.scenario_combo.setEditable(True)
        self.scenario_combo.setToolTip(tr("Choose a scenario, or type a new name"))
        self.scenario_combo.currentTextChanged.connect(lambda _text: self.refresh_measures())
        form.addRow(tr("Scenario"), self.scenario_combo)

    def _build_measure_fields(self, form):
        self.maatregel_combo = QComboBox(self)
        self.maatregel_combo.setObjectName("vkBalansMaatregel")
        for code in MAATREGELEN:
            self.maatregel_combo.addItem(code, code)
        self.maatregel_combo.currentIndexChanged.connect(self._maatregel_changed)
        form.addRow(tr("Measure"), self.maatregel_combo)
        self.segment_combo = QComboBox(self)
        self.segment_combo.setObjectName("vkBalansSegment")
        for code in SEGMENTS:
            self.segment_combo.addItem(code, code)
        form.addRow(tr("Segment"), self.segment_combo)
        self.aantal_spin = QSpinBox(self)
        self.aantal_spin.setObjectName("vkBalansAantal")
        self.aantal_spin.setRange(0, 100000)
        self.aantal_spin.setValue(50)
        self.aantal_spin.setSuffix(tr(" dwellings"))
        form.addRow(tr("Number"), self.aantal_spin)
        self.aandeel_spin = QDoubleSpinBox(self)
        self.aandeel_spin.setObjectName("vkBalansAandeel")
        self.aandeel_spin.setRange(0.0, 1.0)
        self.aandeel_spin.setSingleStep(0.05)
        self.aandeel_spin.setDecimals(2)
        self.aandeel_spin.setValue(0.2)
        self.aandeel_spin.setToolTip(tr("Share of social vacancies allocated to aandachtsgroepen (0–1)"))
        form.addRow(tr("Share (toewijzing)"), self.aandeel_spin)
        self.toelichting_edit = QLineEdit(self)
        self.toelichting_edit.setObjectName("vkBalansToelichting")
        form.addRow(tr("Explanation"), self.toelichting_edit)
        self.add_button = QPushButton(tr("Add ({n} buurten)").format(n=0), self)
        self.add_button.setObjectName("vkBalansAdd")
        self.add_button.clicked.connect(self.add_measures)
        form.addRow(self.add_button)

    def _build_list(self, form):
        self.measures_view = QTableWidget(0, 6, self)
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
        self.remove_button = QPushButton(tr("Remove chosen"), self)
        self.remove_button.setToolTip(tr("Remove the measures chosen in the list"))
        self.remove_button.setObjectName("vkBalansRemove")
        self.remove_button.clicked.connect(self.remove_measures)
        self.edit_button = QPushButton(tr("Edit in table"), self)
        self.edit_button.setObjectName("vkBalansEdit")
        self.edit_button.setToolTip(tr("Change numbers, segments or explanations of existing measures"))
        self.edit_button.clicked.connect(self.edit_measures)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.edit_button)
        form.addRow(buttons)
        self.measures_status = QLabel(self)
        self.measures_status.setObjectName("vkBalansMeasuresStatus")
        self.measures_status.setWordWrap(True)
        form.addRow(self.measures_status)

    def _maatregel_changed(self, *_args):
        kind = self.maatregel_combo.currentData()
        self.segment_combo.setEnabled(kind in NEEDS_SEGMENT)
        self.aantal_spin.setEnabled(kind != "toewijzing")
        self.aandeel_spin.setEnabled(kind == "toewijzing")

    # --- the table --------------------------------------------------------------------------------
    def set_layer(self, layer):
        """A new buurt layer: open its measures table when there is one."""
        if layer is not None:
            existing = self._existing_table(layer)
            if existing is not None:
                self.table_combo.setLayer(existing)
        self.buurten_changed(self.context.fids)

    def _existing_table(self, layer):
        for candidate in QgsProject.instance().mapLayers().values():
            if isinstance(candidate, QgsVectorLayer) and candidate.name() == TABLE_NAME:
                return candidate
        path = gpkg_path(layer)
        if path:
            table = QgsVectorLayer(f"{path}|layername={TABLE_NAME}", TABLE_NAME, "ogr")
            if table.isValid():
                QgsProject.instance().addMapLayer(table)
                return table
        return None

    def buurten_changed(self, fids):
        count = len(fids or [])
        self.add_button.setEnabled(count > 0 and self.measures_layer() is not None)
        self.add_button.setText(tr("Add ({n} buurten)").format(n=count))
        self.add_button.setToolTip(tr("Add this measure for each selected buurt"))

    def measures_layer(self):
        return self.table_combo.currentLayer()

    def _table_changed(self, _layer):
        self.refresh_scenarios()
        self.buurten_changed(self.context.fids)

    def create_table(self):
        """Create (or open) the measures table, by default inside the buurt layer's GeoPackage."""
        layer = self.context.layer
        path = gpkg_path(layer)
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
    def measure_frame(self):
        """Every row of the measures table (columns of method.md §3 and ``fid``)."""
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
        frame = self.measure_frame()
        current = self.scenario_combo.currentText()
        scenarios = [s for s in dict.fromkeys(frame["scenario"].dropna().astype(str)) if s]
        self.scenario_combo.blockSignals(True)
        self.scenario_combo.clear()
        self.scenario_combo.addItems(scenarios)
        self.scenario_combo.setEditText(current if current else (scenarios[0] if scenarios else ""))
        self.scenario_combo.blockSignals(False)
        self.scenariosChanged.emit(scenarios)
        self.refresh_measures()

    def refresh_measures(self):
        frame = self.measure_frame()
        scenario = self.scenario_combo.currentText()
        rows = frame[frame["scenario"].astype(str) == scenario] if len(frame) else frame
        self.measures_view.setRowCount(len(rows))
        decimal = decimal_mark()
        for r, (_index, row) in enumerate(rows.iterrows()):
            allocation = row["maatregel"] == "toewijzing"
            values = [row["buurtcode"], row["maatregel"], row["segment"],
                      "" if allocation else format_number_or_dash(row["aantal"], 0, decimal),
                      format_number_or_dash(row["aandeel"], 2, decimal) if allocation else "", row["toelichting"]]
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
        """One measure row per selected buurt, with the values of the form; returns the number added."""
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
        values = self._form_values(scenario)
        request = QgsFeatureRequest().setFilterFids(fids).setFlags(REQUEST_NO_GEOMETRY)
        codes = [str(f[code_field]) for f in layer.getFeatures(request)]
        names = table.fields().names()

        def action(target):
            features = []
            for code in codes:
                feature = QgsFeature(target.fields())
                for name, value in dict(values, buurtcode=code).items():
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

    def _form_values(self, scenario):
        """The values of a new measure row from the form (all but the buurtcode)."""
        kind = self.maatregel_combo.currentData()
        segment = self.segment_combo.currentData() if kind in NEEDS_SEGMENT else (
            "sociale_huur" if kind in ("verkoop", "liberalisatie") else None)
        return {"scenario": scenario, "buurtcode": None, "maatregel": kind, "segment": segment,
                "aantal": self.aantal_spin.value() if kind != "toewijzing" else None,
                "aandeel": self.aandeel_spin.value() if kind == "toewijzing" else None,
                "toelichting": self.toelichting_edit.text() or None}

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
