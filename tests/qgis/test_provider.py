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
