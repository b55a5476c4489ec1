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

    assert [cls.ID for cls in ALGORITHMS] == ["preparecbs", "joinleefbaarometer", "score", "applystyle", "balance",
                                              "report"]


def test_parameter_help_is_dutch_in_a_dutch_qgis(provider):
    """The tooltips speak the user's language: the help texts go through the translation like the labels."""
    from veerkracht_plugin.i18n import document_language

    with document_language("nl"):
        alg = provider.algorithm("score").createInstance()
        alg.initAlgorithm()
        description = alg.shortHelpString()
    assert alg.parameterDefinition("DEADBAND").help().startswith("Een verandering tussen min en plus de dode zone")
    assert "Houd de muis boven een parameter" in description


@pytest.mark.slow  # a QGIS in a subprocess
def test_loading_the_provider_does_not_import_pandas_or_numpy():
    """QGIS loads every plugin at start-up: numpy and pandas are imported on first use, not then."""
    import os
    import subprocess
    import sys

    from tests.paths import ROOT

    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from qgis.core import QgsApplication\n"
        "app = QgsApplication([], False)\n"
        "app.initQgis()\n"
        "from veerkracht_plugin.provider import VeerkrachtProvider\n"
        "provider = VeerkrachtProvider()\n"
        "provider.loadAlgorithms()\n"
        "print(len(provider.algorithms()), type(sys.modules['pandas']).__name__, type(sys.modules['numpy']).__name__)\n"
        "from veerkracht_plugin.core import cbs\n"
        "print(cbs.numeric(['1,5', '-99997']))\n"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                               env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert completed.returncode == 0, completed.stderr[-2000:]
    first, second = completed.stdout.strip().splitlines()[-2:]
    assert first == "6 _LazyModule _LazyModule"
    assert "1.5" in second and "nan" in second  # the first use imports them and they work
