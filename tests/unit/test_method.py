"""method.md section 1, rule by rule, on small hand-computed cases."""

import math

import numpy as np
import pandas as pd
import pytest

from veerkracht_plugin.core import method
from veerkracht_plugin.core.messages import VeerkrachtError

NUMERIC = ["vk_dk", "vk_dp", "vk_dk_rel", "vk_dp_rel", "vk_score", "vk_k_niveau", "vk_p_niveau"]


def make_frame(k0, k1, p0, p1, pop=None, gm=None, codes=None, **extra):
    n = len(k0)
    data = {
        "code": codes or [f"BU{i:08d}" for i in range(n)],
        "gm": gm or ["GM0001"] * n,
        "pop": pop or [1000] * n,
        "k0": k0,
        "k1": k1,
        "p0": p0,
        "p1": p1,
    }
    data.update(extra)
    return pd.DataFrame(data).astype(object)


def run(frame, **kwargs):
    arguments = dict(
        code="code",
        gemeente="gm",
        population="pop",
        vulnerability_t0=["k0"],
        vulnerability_t1=["k1"],
        problems_t0=["p0"],
        problems_t1=["p1"],
        problems_higher_is_better=False,
    )
    arguments.update(kwargs)
    return method.compute(frame, **arguments)


def templates(result):
    return [w.template for w in result.warnings]


# --- weighted statistics ----------------------------------------------------------------------


def test_weighted_sd_is_population_weighted_and_not_sample():
    # μ = (1·1 + 3·3)/4 = 2.5; var = (1·1.5² + 3·0.5²)/4 = 0.75
    assert method.weighted_mean(np.array([1.0, 3.0]), np.array([1.0, 3.0])) == 2.5
    assert method.weighted_sd(np.array([1.0, 3.0]), np.array([1.0, 3.0])) == pytest.approx(math.sqrt(0.75))


def test_changes_are_scaled_not_centred_so_a_citywide_increase_stays_visible():
    # every buurt rises by 1..4 points: μ = 2.5, σ = sqrt(1.25); ΔK = d/σ (all positive -> all toename)
    frame = make_frame([10, 10, 10, 10], [11, 12, 13, 14], [0, 0, 0, 0], [1, 2, 3, 4])
    result = run(frame)
    sigma = math.sqrt(1.25)
    assert list(result.table["vk_dk"]) == pytest.approx([1 / sigma, 2 / sigma, 3 / sigma, 4 / sigma])
    assert list(result.table["vk_trend_k"]) == [1, 1, 1, 1]
    assert list(result.table["vk_klasse"]) == ["onder_druk"] * 4


def test_population_weights_in_sigma():
    # d = [0, 2], populations [300, 100]: μ = 0.5, var = (300·0.25 + 100·2.25)/400 = 0.75
    frame = make_frame([5, 5], [5, 7], [0, 0], [1, 1], pop=[300, 100])
    result = run(frame)
    assert result.table["vk_dk"].tolist() == pytest.approx([0.0, 2 / math.sqrt(0.75)])


def test_composite_uses_the_weights():
    # K1: d = [1, 3] (σ = 1), K2: d = [2, 0] (σ = 1); weights 1 and 3 -> ΔK = (1·d1 + 3·d2)/4
    frame = make_frame([0, 0], [1, 3], [0, 0], [0, 1], k0b=[5, 5], k1b=[7, 5])
    result = run(frame, vulnerability_t0=["k0", "k0b"], vulnerability_t1=["k1", "k1b"],
                 vulnerability_weights="1, 3")
    assert result.table["vk_dk"].tolist() == pytest.approx([(1 + 3 * 2) / 4, (3 + 0) / 4])
    # the same with a list of numbers and with Dutch decimal commas
    again = run(frame, vulnerability_t0=["k0", "k0b"], vulnerability_t1=["k1", "k1b"], vulnerability_weights=[1, 3])
    assert again.table["vk_dk"].tolist() == pytest.approx(result.table["vk_dk"].tolist())
    dutch = run(frame, vulnerability_t0=["k0", "k0b"], vulnerability_t1=["k1", "k1b"], vulnerability_weights="0,5;1,5")
    assert dutch.table["vk_dk"].tolist() == pytest.approx(result.table["vk_dk"].tolist())


def test_problems_higher_is_better_flips_the_sign_of_change_and_level():
    # onv falls by 1 and 3 (worse): problem change +1, +3; σ = 1 -> ΔP = [1, 3]
    frame = make_frame([0, 0], [1, 2], [0.5, 0.5], [-0.5, -2.5])
    flipped = run(frame, problems_higher_is_better=True)
    assert flipped.table["vk_dp"].tolist() == pytest.approx([1.0, 3.0])
    # level: problem value at t1 = [0.5, 2.5], μ = 1.5, σ = 1 -> z = [-1, 1]
    assert flipped.table["vk_p_niveau"].tolist() == pytest.approx([-1.0, 1.0])
    plain = run(frame, problems_higher_is_better=False)
    assert plain.table["vk_dp"].tolist() == pytest.approx([-1.0, -3.0])
    assert plain.table["vk_p_niveau"].tolist() == pytest.approx([1.0, -1.0])


def test_levels_are_population_weighted_z_scores_at_t1():
    # x_t1 = [1, 3] with populations [100, 300]: μ = 2.5, σ = sqrt(0.75)
    frame = make_frame([0, 0], [1, 3], [0, 0], [0, 1], pop=[100, 300])
    result = run(frame)
    sd = math.sqrt(0.75)
    assert result.table["vk_k_niveau"].tolist() == pytest.approx([(1 - 2.5) / sd, (3 - 2.5) / sd])


def test_relative_variant_subtracts_the_population_weighted_gemeente_mean():
    # all d_K = [1, 3, 2, 2] with σ over R: μ = 2, var = (1+1+0+0)/4 = 0.5
    frame = make_frame([0] * 4, [1, 3, 2, 2], [0] * 4, [1, 2, 3, 5], pop=[100, 300, 1000, 1000],
                       gm=["GM1", "GM1", "GM2", "GM2"])
    result = run(frame)
    dk = result.table["vk_dk"].to_numpy()
    # populations 100/300/1000/1000: weighted μ = (100+900+4000)/2400, var as computed below
    w = np.array([100, 300, 1000, 1000.0])
    d = np.array([1, 3, 2, 2.0])
    mu = (w * d).sum() / w.sum()
    sd = math.sqrt((w * (d - mu) ** 2).sum() / w.sum())
    assert dk.tolist() == pytest.approx((d / sd).tolist())
    m1 = (100 * dk[0] + 300 * dk[1]) / 400
    assert result.table["vk_dk_rel"].tolist() == pytest.approx([dk[0] - m1, dk[1] - m1, 0.0, 0.0])


@pytest.mark.parametrize(
    ("tk", "tp", "expected"),
    [
        (1, 1, "onder_druk"),
        (1, 0, "veerkrachtig"),
        (1, -1, "veerkrachtig"),
        (0, 1, "problemen"),
        (-1, 1, "problemen"),
        (0, -1, "gunstig"),
        (-1, -1, "gunstig"),
        (0, 0, "stabiel"),
        (-1, 0, "stabiel"),
        (None, 0, "geen_gegevens"),
    ],
)
def test_every_cell_of_the_class_table(tk, tp, expected):
    assert list(method.classify([tk], [tp])) == [expected]


def test_trend_uses_a_strict_deadband():
    trends = method.trend([0.3, 0.25, 0.0, -0.25, -0.26, np.nan], 0.25)
    assert list(trends[:5]) == [1, 0, 0, 0, -1]
    assert pd.isna(trends[5])


def test_classes_end_to_end_with_the_deadband():
    # d_K = d_P = [-2, -0.2, 0.2, 2] has σ = sqrt((4+0.04+0.04+4)/4) = sqrt(2.02)
    frame = make_frame([0] * 4, [-2, -0.2, 0.2, 2], [0] * 4, [2, 0.2, -0.2, -2])
    result = run(frame, deadband=0.25)
    assert list(result.table["vk_klasse"]) == ["problemen", "stabiel", "stabiel", "veerkrachtig"]
    wide = run(frame, deadband=2.0)
    assert list(wide.table["vk_klasse"]) == ["stabiel"] * 4
    assert result.class_counts == {"onder_druk": 0, "veerkrachtig": 1, "problemen": 1, "gunstig": 0,
                                   "stabiel": 2, "geen_gegevens": 0}


def test_signaal_is_veerkrachtig_with_a_high_level():
    # buurt 0: strong rise, high level, problems falling -> veerkrachtig + level > 1 -> signal
    frame = make_frame([10, 10, 10, 10, 10], [30, 10, 10, 10, 10], [0] * 5, [-1, 0, 0, 1, 0])
    result = run(frame)
    table = result.table
    assert table.loc[0, "vk_klasse"] == "veerkrachtig"
    assert table.loc[0, "vk_k_niveau"] == pytest.approx(2.0)  # x = [30,10,10,10,10]: μ = 14, σ = 8
    assert list(table["vk_signaal"]) == [True, False, False, False, False]


def test_signaal_needs_a_level_above_one():
    # veerkrachtig but level exactly 1: no signal
    frame = make_frame([0, 0], [1, -1], [0, 0], [0, 0.0001])
    result = run(frame)
    table = result.table
    assert table.loc[0, "vk_klasse"] == "veerkrachtig" and table.loc[0, "vk_k_niveau"] == pytest.approx(1.0)
    assert not table.loc[0, "vk_signaal"]


def test_regression_score_a_b_r2_n():
    d_k = np.arange(12, dtype=float)
    noise = np.array([0.5, -0.5, 0, 1, -1, 0.2, -0.2, 0, 0.3, -0.3, 0.1, -0.1])
    d_p = 1.0 + 0.5 * d_k + noise
    pop = [100 + 50 * i for i in range(12)]
    frame = make_frame([0] * 12, list(d_k), [0] * 12, list(d_p), pop=pop)
    result = run(frame)
    x = result.table["vk_dk"].to_numpy()
    y = result.table["vk_dp"].to_numpy()
    w = np.asarray(pop, dtype=float)
    # independent weighted least squares via numpy: minimise Σ w (y − a − b x)²
    design = np.column_stack([np.ones(12), x]) * np.sqrt(w)[:, None]
    (a, b), *_ = np.linalg.lstsq(design, y * np.sqrt(w), rcond=None)
    fitted = a + b * x
    ybar = (w * y).sum() / w.sum()
    r2 = 1 - (w * (y - fitted) ** 2).sum() / (w * (y - ybar) ** 2).sum()
    assert (result.a, result.b, result.r2, result.n) == (pytest.approx(a), pytest.approx(b), pytest.approx(r2), 12)
    assert result.table["vk_score"].tolist() == pytest.approx((-(y - fitted)).tolist())
    # weighted residuals sum to zero
    assert (w * result.table["vk_score"]).sum() == pytest.approx(0, abs=1e-9)


def test_regression_exact_line_gives_score_zero():
    # d_P = 2·d_K: after scaling ΔP = ΔK (same shape) -> a = 0, b = 1, R² = 1
    d_k = [float(i) for i in range(10)]
    frame = make_frame([0] * 10, d_k, [0] * 10, [2 * v for v in d_k])
    result = run(frame)
    assert result.a == pytest.approx(0, abs=1e-12) and result.b == pytest.approx(1) and result.r2 == pytest.approx(1)
    assert result.table["vk_score"].abs().max() < 1e-9


def test_fewer_than_ten_valid_buurten_leave_the_score_empty_with_a_warning():
    frame = make_frame([0] * 9, list(range(9)), [0] * 9, [1, 0, 3, 2, 5, 4, 7, 6, 8])
    result = run(frame)
    assert result.a is None and result.b is None and result.r2 is None and result.n == 9
    assert result.table["vk_score"].isna().all()
    assert any("at least {min}" in t for t in templates(result))


def test_weighted_terciles_with_ties_by_buurtcode():
    assert list(method.weighted_terciles([1, 2, 3], ["a", "b", "c"], [100, 100, 100])) == [1, 2, 3]
    # ties: all equal -> order by code BU1, BU2, BU3
    assert list(method.weighted_terciles([5, 5, 5], ["BU3", "BU1", "BU2"], [100, 100, 100])) == [3, 1, 2]
    # cumulative shares .5, .6, .7, .8, 1.0 -> 2, 2, 3, 3, 3 (no buurt falls in the first tercile)
    assert list(method.weighted_terciles([1, 2, 3, 4, 5], list("abcde"), [500, 100, 100, 100, 200])) == [2, 2, 3, 3, 3]
    # six equal buurten: 1/6, 2/6 -> 1; 3/6, 4/6 -> 2; rest 3
    assert list(method.weighted_terciles([6, 5, 4, 3, 2, 1], list("abcdef"), [1] * 6)) == [3, 3, 2, 2, 1, 1]


def test_focus_combines_row_and_column_terciles():
    # k level order: 0 < 1 < 2; p level order: 2 < 1 < 0 (equal populations)
    frame = make_frame([0, 0, 0], [1, 2, 3], [0, 0, 0], [3, 2, 1])
    result = run(frame)
    # rows (k) = 1, 2, 3; cols (p) = 3, 2, 1 -> focus = (row-1)*3 + col
    assert list(result.table["vk_focus"]) == [3, 5, 7]


def test_validity_reasons_in_order():
    n = 8
    frame = make_frame(
        k0=[1] * n,
        k1=[2, 3, 4, 5, 1, None, 2, 3],
        p0=[0] * n,
        p1=[1, 2, 3, 4, 5, 6, 7, 8],
        pop=[1000, 1000, 1000, 99, 50, 1000, 1000, None],
        hh=[500, 40, None, 500, 500, 500, 500, 500],
        flag=[1, 1, 1, 3, 3, 3, 3, 2],
    )
    frame.loc[6, "p0"] = -99999999  # CBS sentinel
    result = run(frame, households="hh", boundary_flag="flag")
    reasons = list(result.table["vk_reden"])
    # 0 valid; 1 households 40 < 50; 2 households unknown -> still valid; 3 population 99 -> klein before
    # indeling; 4 klein although also missing + indeling; 5 missing before indeling; 6 sentinel = missing;
    # 7 population missing -> klein
    assert reasons == [None, "klein", None, "klein", "klein", "ontbreekt", "ontbreekt", "klein"]
    assert result.reason_counts == {"klein": 4, "ongeldig": 0, "ontbreekt": 2, "indeling": 0}
    flag_only = make_frame([1, 1, 1], [2, 3, 5], [0, 0, 0], [1, 1, 2], flag=[3, 1, 2])
    assert list(run(flag_only, boundary_flag="flag").table["vk_reden"]) == ["indeling", None, None]


def test_minimum_population_and_households_are_parameters():
    frame = make_frame([0, 0, 0], [1, 2, 3], [0, 0, 0], [1, 2, 2], pop=[150, 300, 300], hh=[60, 70, 80])
    assert list(run(frame, households="hh", min_population=200).table["vk_reden"]) == ["klein", None, None]
    assert list(run(frame, households="hh", min_households=65).table["vk_reden"]) == ["klein", None, None]
    # without a households field the households minimum is not applied
    assert list(run(frame, min_households=65).table["vk_reden"]) == [None, None, None]


def test_sentinels_and_invalid_buurten_never_reach_a_statistic():
    base = make_frame([1, 2, 4, 0], [3, 3, 8, 1], [0, 1, 1, 0], [2, 1, 5, 3])
    reference = run(base)
    polluted = pd.concat(
        [base, make_frame([-99999999], [5], [0], [1], codes=["BU99999999"]),
         make_frame([1], [-99995], [0], [1], codes=["BU99999998"]),
         make_frame([1], [1000], [0], [1000], pop=[40], codes=["BU99999997"])],
        ignore_index=True,
    )
    result = run(polluted)
    for column in NUMERIC:
        assert result.table[column].iloc[:4].tolist() == pytest.approx(reference.table[column].tolist(), nan_ok=True)
    assert result.table["vk_reden"].iloc[4:].tolist() == ["ontbreekt", "ontbreekt", "klein"]


def test_sentinel_as_text_and_decimal_comma_are_read():
    frame = make_frame(["1,5", "2"], ["2,5", "-99995"], ["0", "0"], ["1", "2"])
    result = run(frame)
    assert list(result.table["vk_reden"]) == [None, "ontbreekt"]


def test_invalid_buurten_have_null_numerics():
    frame = make_frame([1, 2, 3], [2, 4, 6], [0, 0, 0], [1, 3, 2], pop=[1000, 1000, 10])
    table = run(frame).table
    row = table.iloc[2]
    assert all(pd.isna(row[c]) for c in NUMERIC + ["vk_trend_k", "vk_trend_p", "vk_focus", "vk_signaal"])
    assert row["vk_klasse"] == "geen_gegevens" and row["vk_klasse_rel"] == "geen_gegevens"


def test_sigma_zero_contributes_zero_with_a_warning():
    # K changes by 2 everywhere: σ = 0 -> ΔK = 0; second indicator still counts with its weight
    frame = make_frame([1, 1, 1], [3, 3, 3], [0, 0, 0], [1, 2, 3], k0b=[0, 0, 0], k1b=[1, 2, 3])
    one = run(frame)
    assert one.table["vk_dk"].tolist() == [0.0, 0.0, 0.0]
    assert any("change of indicator" in t for t in templates(one))
    assert one.warnings[0].values == {"field": "k1"}
    two = run(frame, vulnerability_t0=["k0", "k0b"], vulnerability_t1=["k1", "k1b"])
    sd = math.sqrt(2 / 3)
    assert two.table["vk_dk"].tolist() == pytest.approx([1 / sd / 2, 2 / sd / 2, 3 / sd / 2])


def test_corpbuurt_above_two_thirds_and_null_when_missing():
    frame = make_frame([0] * 5, [1, 2, 3, 4, 5], [0] * 5, [1, 2, 3, 5, 4],
                       corp=[66.67, 66.68, None, -99997, 80], pop=[1000, 1000, 1000, 1000, 10])
    table = run(frame, corporation="corp").table
    assert [None if pd.isna(v) else bool(v) for v in table["vk_corpbuurt"]] == [False, True, None, None, True]
    assert table["vk_corpbuurt"].isna().sum() == 2
    assert run(frame).table["vk_corpbuurt"].isna().all()


def test_reference_subset():
    frame = make_frame([0] * 4, [1, 2, 3, 10], [0] * 4, [1, 2, 3, 4])
    result = run(frame, reference=[True, True, True, False])
    # σ over R = buurten 0..2: d = [1,2,3], σ = sqrt(2/3); buurt 3 computed with the same σ
    sd = math.sqrt(2 / 3)
    assert result.table["vk_dk"].tolist() == pytest.approx([1 / sd, 2 / sd, 3 / sd, 10 / sd])
    assert result.n_reference == 3 and result.n_valid == 4
    # buurt 3 is above every R buurt -> tercile 3 on both axes
    assert result.table["vk_focus"].tolist()[3] == 9


def test_output_has_exactly_the_method_fields():
    frame = make_frame([0, 0], [1, 2], [0, 0], [1, 3])
    table = run(frame).table
    assert list(table.columns) == list(method.OUTPUT_FIELDS)
    assert list(method.OUTPUT_FIELDS) == ["vk_dk", "vk_dp", "vk_dk_rel", "vk_dp_rel", "vk_trend_k", "vk_trend_p",
                                          "vk_klasse", "vk_klasse_rel", "vk_signaal", "vk_score", "vk_k_niveau",
                                          "vk_p_niveau", "vk_focus", "vk_corpbuurt", "vk_reden"]
    assert set(method.CLASSES) == {"onder_druk", "veerkrachtig", "problemen", "gunstig", "stabiel", "geen_gegevens"}


# --- input errors --------------------------------------------------------------------------------


def error_of(frame, **kwargs):
    with pytest.raises(VeerkrachtError) as info:
        run(frame, **kwargs)
    return str(info.value)


def test_input_errors():
    frame = make_frame([0, 0], [1, 2], [0, 0], [1, 3], k0b=[1, 1], k1b=[2, 2])
    assert "2 vulnerability field(s) for t0 but 1" in error_of(frame, vulnerability_t0=["k0", "k0b"])
    assert "problem indicator" in error_of(frame, problems_t0=[])
    assert "'x' is not a number" in error_of(frame, vulnerability_weights="1, x")
    assert "2 weight(s) given for 1" in error_of(frame, vulnerability_weights="1, 2")
    assert "must not be negative" in error_of(frame, vulnerability_weights="-1")
    assert "greater than 0" in error_of(frame, vulnerability_weights="0")
    assert "dead-band" in error_of(frame, deadband=-0.1)
    assert "no features" in error_of(frame.iloc[0:0])
    assert "'nope'" in error_of(frame, population="nope")


def test_duplicate_codes_are_named():
    frame = make_frame([0] * 4, [1, 2, 3, 4], [0] * 4, [1, 2, 3, 4], codes=["BU1", "BU2", "BU1", "BU2"])
    message = error_of(frame)
    assert "2 code(s)" in message and "BU1" in message and "BU2" in message


def test_no_valid_buurt_says_why():
    frame = make_frame([0, 0, None], [1, 2, 3], [0, 0, 0], [1, 2, 3], pop=[10, 20, 500])
    message = error_of(frame)
    assert "No valid buurt: 2 too small" in message and "1 with a missing indicator" in message


def test_a_field_of_text_only_is_an_error():
    frame = make_frame([0, 0], ["weinig", "veel"], [0, 0], [1, 3])
    message = error_of(frame)
    assert "'k1'" in message and "'veel'" in message


# --- method v2 validity: missing, implausible, size at t0 ----------------------------------------


def spread(n, **extra):
    """n buurten with a spread in both changes (all valid)."""
    return make_frame([10.0] * n, [10.0 + (i % 5) for i in range(n)], [0.0] * n, [float(i % 3) for i in range(n)],
                      **extra)


def test_one_text_cell_is_missing_for_that_buurt_only_with_a_warning():
    frame = spread(12)
    frame.loc[3, "k1"] = "veel"
    result = run(frame)
    assert list(result.table["vk_reden"])[3] == "ontbreekt"
    assert result.n_valid == 11
    warning = next(w for w in result.warnings if "text that is no number" in w.template)
    assert warning.values["field"] == "k1" and warning.values["n"] == 1 and "'veel'" in warning.values["values"]


@pytest.mark.parametrize("bad", [math.inf, -math.inf, math.nan, "inf", "NaN"])
def test_non_finite_values_are_missing_not_a_nan_regression(bad):
    frame = spread(12)
    frame.loc[5, "p1"] = bad
    result = run(frame)
    reasons = list(result.table["vk_reden"])
    assert reasons[5] == "ontbreekt" and reasons.count(None) == 11
    assert result.a is not None and math.isfinite(result.a) and math.isfinite(result.b)
    assert result.table["vk_dk"].drop(index=5).notna().all()
    assert set(result.table["vk_klasse"].drop(index=5)) <= set(method.CLASSES) - {"geen_gegevens"}
    if not (isinstance(bad, float) and math.isnan(bad)):  # NaN is an empty value, infinity is reported
        assert any("no finite number" in w.template and w.values["n"] == 1 for w in result.warnings)


def test_implausible_percentages_and_negative_counts_are_ongeldig_with_a_warning():
    n = 12
    frame = make_frame([10.0] * n, [10.0 + (i % 5) for i in range(n)], [0.0] * n, [float(i % 3) for i in range(n)],
                       p_laag_t0=[10.0] * n, p_laag_t1=[12.0 + i for i in range(n)],
                       bijstand_t0=[5.0] * n, bijstand_t1=[6.0 + i for i in range(n)])
    frame.loc[1, "p_laag_t1"] = 250.0
    frame.loc[2, "p_laag_t0"] = -1.0
    frame.loc[4, "bijstand_t1"] = -3.0
    result = run(frame, vulnerability_t0=["p_laag_t0", "bijstand_t0"], vulnerability_t1=["p_laag_t1", "bijstand_t1"])
    reasons = list(result.table["vk_reden"])
    assert [i for i, r in enumerate(reasons) if r] == [1, 2, 4]
    assert {reasons[1], reasons[2], reasons[4]} == {"ongeldig"}
    assert result.reason_counts["ongeldig"] == 3
    assert result.table.loc[[1, 2, 4], "vk_klasse"].eq("geen_gegevens").all()
    found = {(w.values.get("field"), w.values.get("n")) for w in result.warnings if "vk_reden = ongeldig" in w.template}
    assert found == {("p_laag_t1", 1), ("p_laag_t0", 1), ("bijstand_t1", 1)}


def test_a_declared_percentage_is_checked_too():
    frame = spread(12)
    frame.loc[0, "k1"] = 101.0
    assert list(run(frame).table["vk_reden"])[0] is None
    assert list(run(frame, percentages=["k1"]).table["vk_reden"])[0] == "ongeldig"


def test_klein_comes_before_ongeldig():
    frame = spread(12, p_x0=[1.0] * 12, p_x1=[2.0 + i for i in range(12)])
    frame.loc[0, "pop"] = 50
    frame.loc[0, "p_x1"] = 500.0
    result = run(frame, vulnerability_t0=["p_x0"], vulnerability_t1=["p_x1"])
    assert list(result.table["vk_reden"])[0] == "klein"


def test_a_buurt_tiny_at_t0_is_klein():
    frame = spread(12, pop0=[1000] * 12, hh0=[400] * 12)
    frame.loc[2, "pop0"] = 55
    frame.loc[3, "hh0"] = 20
    frame.loc[4, "pop0"] = None
    plain = run(frame)
    assert plain.n_valid == 12  # without the t0 fields only t1 counts
    result = run(frame, population_t0="pop0", households_t0="hh0")
    reasons = list(result.table["vk_reden"])
    assert reasons[2] == "klein" and reasons[3] == "klein" and reasons[4] == "klein"
    assert reasons.count(None) == 9
    assert result.table.loc[[2, 3, 4], "vk_dk"].isna().all()


def test_period_columns_stay_backwards_compatible():
    columns = method.PeriodColumns(population="pop", vulnerability_t0=["k0"], vulnerability_t1=["k1"],
                                   problems_t0=["p0"], problems_t1=["p1"])
    assert columns.population_t0 is None and columns.households_t0 is None and columns.percentages == ()


def test_nothing_valid_names_each_field_and_why():
    frame = spread(6)
    frame["p0"] = [None] * 6
    frame.loc[0, "k1"] = -99995
    message = error_of(frame)
    assert "No valid buurt" in message
    assert "p0: 6 of 6 missing (6 empty" in message
    assert "k1: 1 of 6 missing (0 empty, 1 CBS special value" in message
    assert "fix:" in message


def test_few_valid_buurten_give_a_warning_per_field():
    frame = spread(12)
    for i in range(8):
        frame.loc[i, "p1"] = None
    result = run(frame)
    warning = next(w for w in result.warnings if w.template.startswith("Only {n} of {total}"))
    text = warning.format()
    assert "Only 4 of 12 buurten are valid" in text and "p1: 8 of 12 missing (8 empty" in text


def test_lbm_fields_without_values_point_to_joinleefbaarometer():
    frame = spread(4)
    frame = frame.rename(columns={"p0": "lbm_onv_t0", "p1": "lbm_onv_t1"})
    frame["lbm_onv_t0"] = [None] * 4
    message = error_of(frame, problems_t0=["lbm_onv_t0"], problems_t1=["lbm_onv_t1"])
    assert "lbm_onv_t0: 4 of 4 missing" in message and "veerkracht:joinleefbaarometer" in message


def test_parse_weights():
    assert method.parse_weights("", 2) == [1.0, 1.0]
    assert method.parse_weights(" 1, 2.5 ", 2) == [1.0, 2.5]
    assert method.parse_weights("1;2,5", 2) == [1.0, 2.5]
    assert method.parse_weights("0, 1", 2) == [0.0, 1.0]


def test_score_period_scores_one_period_exactly_as_compute():
    """The per-period seam: two periods of one layer, each scored as compute scores it on its own columns."""
    rng = np.random.default_rng(5)
    n = 30
    frame = pd.DataFrame({
        "code": [f"BU{i:08d}" for i in range(n)],
        "gm": ["GM0001"] * 15 + ["GM0002"] * 15,
        "pop_2018": rng.integers(100, 3000, n).astype(float),
        "pop_2020": rng.integers(100, 3000, n).astype(float),
        **{f"k_{year}": rng.normal(20, 5, n) for year in (2016, 2018, 2020)},
        **{f"p_{year}": rng.normal(4, 1, n) for year in (2016, 2018, 2020)},
    })
    for t0, t1 in ((2016, 2018), (2018, 2020)):
        expected = run(frame, population=f"pop_{t1}", vulnerability_t0=[f"k_{t0}"], vulnerability_t1=[f"k_{t1}"],
                       problems_t0=[f"p_{t0}"], problems_t1=[f"p_{t1}"])
        columns = method.PeriodColumns(population=f"pop_{t1}", vulnerability_t0=[f"k_{t0}"],
                                       vulnerability_t1=[f"k_{t1}"], problems_t0=[f"p_{t0}"], problems_t1=[f"p_{t1}"])
        settings = method.check_settings(columns, None, None, problems_higher_is_better=False)
        result = method.score_period(frame, method.buurt_codes(frame, "code"), columns, settings, gemeente="gm")
        pd.testing.assert_frame_equal(result.table, expected.table)
        assert (result.a, result.b, result.r2, result.n) == (expected.a, expected.b, expected.r2, expected.n)
        assert result.class_counts == expected.class_counts and templates(result) == templates(expected)
    assert result.n == n and result.b is not None  # the last period was fitted
