import pytest
from qgis.core import QgsApplication

from veerkracht_plugin.algorithms import algorithm_classes


def test_provider_is_registered_with_all_algorithms(provider):
    registered = QgsApplication.processingRegistry().providerById("veerkracht")
    assert registered is provider
    ids = {alg.id() for alg in registered.algorithms()}
    assert {f"veerkracht:{cls.ID}" for cls in algorithm_classes()} == ids
    assert "veerkracht:joinleefbaarometer" in ids


def test_every_algorithm_has_help_group_icon_and_parameter_descriptions(provider):
    for alg in provider.algorithms():
        assert len(alg.shortHelpString()) > 100, alg.id()
        assert alg.group() and alg.groupId(), alg.id()
        assert not alg.icon().isNull(), alg.id()
        instance = alg.createInstance()
        instance.initAlgorithm()
        for parameter in instance.parameterDefinitions():
            assert parameter.description(), (alg.id(), parameter.name())
            assert len(parameter.help()) > 15, (alg.id(), parameter.name())  # its tooltip in the dialog
            assert parameter.help() in parameter.toolTip()


def test_the_provider_lists_its_algorithms_in_pipeline_order():
    from veerkracht_plugin.algorithms import ALGORITHMS

    assert [cls.ID for cls in ALGORITHMS] == ["preparecbs", "joinleefbaarometer", "score", "applystyle",
                                              "preparecbsyears",
                                              "monitor", "exporttags", "balance", "report"]


def test_parameter_help_is_dutch_in_a_dutch_qgis(provider):
    """The tooltips speak the user's language: the help texts go through the translation like the labels."""
    from veerkracht_plugin.i18n import document_language

    with document_language("nl"):
        alg = provider.algorithm("score").createInstance()
        alg.initAlgorithm()
        description = alg.shortHelpString()
    assert alg.parameterDefinition("DEADBAND").help().startswith("Een verandering tussen min en plus de dode zone")
    assert "Houd de muis boven een parameter" in description


# Loads a package the way QGIS does and prints, as JSON, every import of numpy or pandas that the package's own
# code caused: an import statement in one of its modules (even of a module that QGIS imported already), or the
# first import of one anywhere while one of its modules was on the stack (a library it imported, or a lazy
# module that its code touched). QGIS >= 3.40 imports numpy itself at start-up; that is not the plugin's cost.
IMPORT_PROBE = r"""
import builtins, importlib, json, sys
root, package, load = sys.argv[1:4]
sys.path.insert(0, root)
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
WATCHED = ("numpy", "pandas")
events = []

def ours(frame):
    name = frame.f_globals.get("__name__") or ""
    return name == package or name.startswith(package + ".")

def on_stack(frame):
    while frame is not None:
        if ours(frame):
            return frame.f_globals["__name__"]
        frame = frame.f_back
    return None

def record(name, frame):
    if name.split(".")[0] not in WATCHED:
        return
    if ours(frame):
        events.append([name, frame.f_globals["__name__"], "import statement"])
    elif name not in sys.modules and on_stack(frame):
        events.append([name, on_stack(frame), "first import"])

original_import, original_import_module = builtins.__import__, importlib.import_module

def recording_import(name, globals=None, locals=None, fromlist=(), level=0):
    if level == 0:
        record(name, sys._getframe(1))
    return original_import(name, globals, locals, fromlist, level)

def recording_import_module(name, package_name=None):
    if not name.startswith("."):
        record(name, sys._getframe(1))
    return original_import_module(name, package_name)

before = sorted(name for name in WATCHED if name in sys.modules)
builtins.__import__, importlib.import_module = recording_import, recording_import_module
result = eval(load)
builtins.__import__, importlib.import_module = original_import, original_import_module
print(json.dumps({"events": events, "before": before, "result": result}))
"""


def probe_imports(root, package, load):
    import json
    import os
    import subprocess
    import sys

    completed = subprocess.run([sys.executable, "-c", IMPORT_PROBE, str(root), package, load], capture_output=True,
                               text=True, timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert completed.returncode == 0, completed.stderr[-2000:]
    return json.loads(completed.stdout.strip().splitlines()[-1])


LOAD_PLUGIN = ("(lambda plugin: (plugin.initProcessing(), len(plugin.provider.algorithms()))[1])"
               "(__import__('veerkracht_plugin').classFactory(None))")


@pytest.mark.slow  # a QGIS in a subprocess
def test_loading_the_provider_does_not_import_pandas_or_numpy():
    """QGIS loads every plugin at start-up (qgis_process: every provider with its algorithms): the plugin
    imports numpy and pandas on first use, not then."""
    from tests.paths import ROOT

    probe = probe_imports(ROOT, "veerkracht_plugin", LOAD_PLUGIN)
    assert probe["result"] == 9
    assert probe["events"] == []


@pytest.mark.slow  # QGIS in subprocesses
def test_the_import_probe_sees_eager_imports(tmp_path):
    """The probe above can fail: a package importing numpy directly, or pandas through a library, is caught
    whether or not QGIS imported them before."""
    package = tmp_path / "eager_plugin"
    package.mkdir()
    (package / "__init__.py").write_text("import numpy\nfrom . import sub\n", encoding="utf-8")
    (package / "sub.py").write_text("import eager_helper\nfrom numpy import nan\n", encoding="utf-8")
    (tmp_path / "eager_helper.py").write_text("import pandas\n", encoding="utf-8")
    probe = probe_imports(tmp_path, "eager_plugin", "__import__('eager_plugin') and 1")
    events = {tuple(event) for event in probe["events"]}
    assert ("numpy", "eager_plugin", "import statement") in events
    assert ("numpy", "eager_plugin.sub", "import statement") in events
    if "pandas" not in probe["before"]:
        assert any(name.startswith("pandas") and via == "eager_plugin.sub" for name, via, _ in events)


@pytest.mark.slow  # a QGIS in a subprocess
def test_numpy_and_pandas_are_there_at_first_use():
    import os
    import subprocess
    import sys

    from tests.paths import ROOT

    code = (f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n"
            "from veerkracht_plugin.core import cbs\nprint(cbs.numeric(['1,5', '-99997']))\n")
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                               env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert "1.5" in completed.stdout and "nan" in completed.stdout
