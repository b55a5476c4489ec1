"""The test suite fails on a deprecation raised from the plugin's own code (pyproject.toml filterwarnings).

Every test runs with these filters, on every QGIS of the matrix (make test, make test-qgis): a deprecated QGIS
or Qt call (sip raises DeprecationWarning from the calling line), a pandas/numpy FutureWarning pointing at
plugin code, all become errors there. Deprecations inside other packages stay quiet.
"""

import warnings

import pytest


def warn_from(module, category):
    warnings.warn_explicit("old API", category, f"{module.replace('.', '/')}.py", 1, module=module)


@pytest.mark.parametrize("category", [DeprecationWarning, PendingDeprecationWarning, FutureWarning])
@pytest.mark.parametrize("module", ["veerkracht_plugin.qgisio.maps", "veerkracht_plugin.core.cbs",
                                    "veerkracht_plugin"])
def test_a_deprecation_raised_from_plugin_code_fails_the_test(module, category):
    with pytest.raises(category, match="old API"):
        warn_from(module, category)


@pytest.mark.parametrize("module", ["qgis.core", "pandas.core.frame", "processing.core.Processing"])
def test_deprecations_inside_other_packages_do_not(module):
    with warnings.catch_warnings(record=True) as caught:  # the suite's filters, recorded instead of shown
        warn_from(module, DeprecationWarning)
    assert caught == []


def test_pandas_fills_without_a_downcasting_warning():
    from veerkracht_plugin.core.cbs import normalise_codes

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        codes = normalise_codes(["2000100", None, float("nan"), "bu02000101", 2000102.0, ""])
    assert list(codes) == ["BU02000100", None, None, "BU02000101", "BU02000102", None]
