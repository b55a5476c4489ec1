"""Runs the balance check of the "Scenario & balans" panel: ``veerkracht:balance`` as background tasks.

Processing is the one execution path: one QgsProcessingAlgRunnerTask per scenario, with its outputs in a
temporary folder (made on the first check, removed by :meth:`BalanceRunner.cleanup`) that are read back
in the main thread when the task is done.
"""

import os
import shutil
import tempfile

import pandas as pd
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..i18n import tr


class _Feedback(QgsProcessingFeedback):
    """Keeps the algorithm's error messages to show them in the panel."""

    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.errors.append(error)
        super().reportError(error, fatalError)


class BalanceRunner(QObject):
    """The checks of one or more scenarios. ``results`` per scenario: ``summary`` (DataFrame), ``buurten``
    (the output layer), ``html``, ``parameters`` – or ``error``; ``order``: the scenarios of the last run.
    ``progressChanged(int)`` follows the tasks, ``finished`` comes when the last task of a run is done."""

    progressChanged = pyqtSignal(int)  # noqa: N815 (Qt signal naming)
    finished = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tasks = {}
        self.results = {}
        self.order = []
        self.workdir = None  # temporary outputs of the checks, made on the first check
        self._serial = 0

    @staticmethod
    def parameters(layer, table, scenario, vulnerable_field, stem):
        """The parameters of ``veerkracht:balance`` for one check: the model parameters stay at their defaults
        and the fields at the algorithm's defaults (as ``make demo`` runs it), the vulnerable-share field is
        the panel's choice, the class field vk_klasse when the layer has it."""
        return {
            "INPUT": layer,
            "MEASURES": table,
            "SCENARIO": scenario,
            "VULNERABLE_SHARE_FIELD": vulnerable_field or None,
            "CLASS_FIELD": "vk_klasse" if "vk_klasse" in layer.fields().names() else None,
            "OUTPUT": stem + ".gpkg",
            "OUTPUT_SUMMARY": stem + "_summary.csv",
            "OUTPUT_HTML": stem + ".html",
        }

    def start(self, layer, table, scenarios, vulnerable_field=None):
        """Check ``scenarios`` (names in ``table``) on the buurt ``layer``, each as a background task."""
        self.results = {}
        self.order = list(scenarios)
        for name in scenarios:
            self._start_task(layer, table, name, vulnerable_field)

    def _start_task(self, layer, table, scenario, vulnerable_field):
        if self.workdir is None:
            self.workdir = tempfile.mkdtemp(prefix="veerkracht_balans_")
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("veerkracht:balance")
        self._serial += 1  # a new file for every check: a layer of an earlier check may still be on the map
        index = self._serial
        stem = os.path.join(self.workdir, f"balans_{index}_{abs(hash(scenario))}")
        parameters = self.parameters(layer, table, scenario, vulnerable_field, stem)
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = _Feedback()
        errors = feedback.errors
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
        feedback.progressChanged.connect(lambda value: self.progressChanged.emit(int(value)))
        task.executed.connect(lambda ok, results, s=scenario: self._finished(s, ok, errors, parameters, results))
        # keep everything alive until the task is done
        self.tasks[scenario] = (task, context, feedback, algorithm)
        QgsApplication.taskManager().addTask(task)

    def _finished(self, scenario, ok, errors, parameters, outputs=None):
        self.tasks.pop(scenario, None)
        if ok:
            summary = pd.read_csv(parameters["OUTPUT_SUMMARY"], dtype={"gemeente": str, "regio": str, "reden": str})
            buurten = QgsVectorLayer(parameters["OUTPUT"], scenario, "ogr")
            self.results[scenario] = {"summary": summary, "buurten": buurten, "html": parameters["OUTPUT_HTML"],
                                      "parameters": parameters, "outputs": dict(outputs or {}),
                                      "vulnerable_field": (outputs or {}).get("VULNERABLE_FIELD") or ""}
        else:
            self.results[scenario] = {"error": "\n".join(errors) or tr("The balance check failed.")}
        if not self.tasks:
            self.finished.emit()

    def cancel(self):
        for task, _context, feedback, _alg in list(self.tasks.values()):
            feedback.cancel()
            task.cancel()

    def busy(self):
        return bool(self.tasks)

    def shown(self):
        """The scenarios of the last run that have a result, in the order of the run."""
        return [s for s in self.order if s in self.results]

    def latest_summary(self):
        """(summary table layer, scenario) of the last successful check, or (None, "")."""
        for name in self.order:
            result = self.results.get(name, {})
            if "parameters" in result:
                table = QgsVectorLayer(result["parameters"]["OUTPUT_SUMMARY"], name, "ogr")
                if table.isValid():
                    return table, name
        return None, ""

    def html_page(self):
        """The HTML summary of the first scenario of the last run that has one, or None."""
        pages = [self.results[s]["html"] for s in self.order if "html" in self.results.get(s, {})]
        return pages[0] if pages else None

    def cleanup(self):
        """Release the output files and remove them (after :meth:`cancel` when a check still runs)."""
        for result in self.results.values():  # release the output files before removing them
            result.pop("buurten", None)
        self.results = {}
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)
            self.workdir = None
