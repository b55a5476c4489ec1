"""The monitor over time (method.md §5): every period is §1, and what the monitor derives from the periods."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from veerkracht_plugin.core import method, monitor
from veerkracht_plugin.core.messages import VeerkrachtError

YEARS = [2016, 2018, 2020, 2022]
STEMS = monitor.Stems(population="inwoners", vulnerability=["k", "kb"], problems=["onv"], households="huishoudens")
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

value = st.integers(0, 106).map(lambda v: None if v > 104 else -99995.0 if v > 102 else float(min(v, 100)))
population = st.integers(0, 3100).map(lambda v: None if v > 3000 else v)


@st.composite
def layers(draw, years=YEARS):
    n = draw(st.integers(3, 25))
    data = {"code": [f"BU{i:08d}" for i in range(n)],
            "gm": draw(st.lists(st.sampled_from(["GM0001", "GM0002"]), min_size=n, max_size=n))}
    for year in years:
        data[f"inwoners_{year}"] = draw(st.lists(population, min_size=n, max_size=n))
        data[f"huishoudens_{year}"] = draw(st.lists(population, min_size=n, max_size=n))
        for stem in ("k", "kb", "onv"):
            data[f"{stem}_{year}"] = draw(st.lists(value, min_size=n, max_size=n))
    return pd.DataFrame(data).astype(object)


def run(frame, **kwargs):
    arguments = dict(code="code", gemeente="gm", years=YEARS, stems=STEMS, vulnerability_weights=[1, 2])
    arguments.update(kwargs)
    try:
        return monitor.run(frame, **arguments)
    except VeerkrachtError:
        assume(False)  # a period without a valid buurt: no monitor, as score would fail too


def score(frame, period, **kwargs):
    t0, t1 = period.t0, period.t1
    return method.compute(
        frame, code="code", gemeente="gm", population=f"inwoners_{t1}", households=f"huishoudens_{t1}",
        population_t0=f"inwoners_{t0}", households_t0=f"huishoudens_{t0}",
        vulnerability_t0=[f"k_{t0}", f"kb_{t0}"], vulnerability_t1=[f"k_{t1}", f"kb_{t1}"],
        problems_t0=[f"onv_{t0}"], problems_t1=[f"onv_{t1}"], vulnerability_weights=[1, 2], **kwargs)


def assert_same(left, right):
    pd.testing.assert_frame_equal(left.reset_index(drop=True), right.reset_index(drop=True), check_dtype=False)


@SETTINGS
@given(layers())
def test_every_period_equals_score_on_that_period(frame):
    result = run(frame)
    assert [p.label for p in result.periods] == ["2016–2018", "2018–2020", "2020–2022", "2016–2022"]
    for period in result.periods:
        expected = score(frame, period)
        assert_same(result.results[period].table, expected.table)
        assert (result.results[period].a, result.results[period].b) == (expected.a, expected.b)
        rows = result.monitor[result.monitor["periode"] == period.label]
        assert list(rows["buurtcode"]) == list(frame["code"])
        assert list(rows["vk_klasse"]) == list(expected.table["vk_klasse"])
        np.testing.assert_array_equal(rows["vk_dp"].to_numpy(float), expected.table["vk_dp"].to_numpy(float))
    span = score(frame, result.periods[-1]).table
    for name, _kind in monitor.SPAN_FIELDS:
        assert_same(result.buurt[[name]].rename(columns={name: name[:-5]}), span[[name[:-5]]])


@SETTINGS
@given(layers())
def test_transitions_sum_to_the_buurten_valid_in_both_periods(frame):
    result = run(frame)
    consecutive = result.consecutive
    assert len(result.transitions) == (len(consecutive) - 1) * 25
    for before, after in zip(consecutive[:-1], consecutive[1:]):
        valid = (result.results[before].table["vk_reden"].isna() & result.results[after].table["vk_reden"].isna())
        matrix = monitor.transition_matrix(result.transitions, before.label, after.label)
        assert int(matrix.to_numpy().sum()) == int(valid.sum())
        a = result.results[before].table["vk_klasse"][valid]
        assert list(matrix.sum(axis=1)) == [int((a == c).sum()) for c in monitor.VALID_CLASSES]


@SETTINGS
@given(layers())
def test_trajectories_string_the_period_classes(frame):
    result = run(frame)
    classes = [result.results[p].table["vk_klasse"].tolist() for p in result.consecutive]
    for i, (traject, n, persists) in enumerate(result.buurt[["vk_traject", "vk_n_onder_druk",
                                                            "vk_aanhoudend"]].itertuples(index=False)):
        own = [c[i] for c in classes]
        assert traject == ">".join(own)
        assert n == own.count("onder_druk")
        if method.NO_DATA in own[-2:]:
            assert pd.isna(persists)
        else:
            assert persists == all(c in ("onder_druk", "problemen") for c in own[-2:])
    assert list(result.buurt.columns) == [name for name, _kind in monitor.BUURT_FIELDS]


def test_parse_years():
    assert monitor.parse_years("2022, 2016;2018") == [2016, 2018, 2022]
    assert monitor.parse_years("2016 2018 2020") == [2016, 2018, 2020]
    for text, needle in (("2016, 2018", "at least 3"), ("2016, x, 2018", "'x'"), ("2016, 2016, 2018", "twice"),
                         ("2016, 2018.5, 2020", "not a year")):
        with pytest.raises(VeerkrachtError, match=needle):
            monitor.parse_years(text)


def test_periods():
    labels = [(p.label, p.span) for p in monitor.periods([2014, 2018, 2020, 2022])]
    assert labels == [("2014–2018", False), ("2018–2020", False), ("2020–2022", False), ("2014–2022", True)]


def _planted(n=30):
    """n buurten, four years; buurt i's vulnerability rises by i in every period, problems as chosen below."""
    rng = np.random.default_rng(18)
    data = {"code": [f"BU{i:08d}" for i in range(n)], "gm": "GM0001"}
    for j, year in enumerate(YEARS):
        data[f"inwoners_{year}"] = 1000 + 10 * np.arange(n)
        data[f"huishoudens_{year}"] = 500
        data[f"k_{year}"] = 10.0 + j * np.arange(n) / n * 4 + rng.normal(0, 0.01, n)
        data[f"kb_{year}"] = 20.0 + j * np.arange(n) / n * 4
        data[f"onv_{year}"] = -(10.0 + j * np.arange(n) / n * 4)  # higher is better: problems rise with k
    return pd.DataFrame(data)


def test_missing_fields_and_households_are_clear():
    frame = _planted().drop(columns=["k_2020"])
    with pytest.raises(VeerkrachtError, match="'k_2020'"):
        monitor.run(frame, code="code", gemeente="gm", years=YEARS, stems=STEMS)
    frame = _planted().drop(columns=["huishoudens_2018"])
    result = monitor.run(frame, code="code", gemeente="gm", years=YEARS, stems=STEMS)
    assert any("households" in m.format() for m in result.warnings)
    with pytest.raises(VeerkrachtError, match="huishoudens_2018"):
        monitor.run(frame, code="code", gemeente="gm", years=YEARS, stems=STEMS, households_required=True)


def test_a_period_without_valid_buurt_names_the_period():
    frame = _planted()
    frame["inwoners_2020"] = 10
    with pytest.raises(VeerkrachtError, match="2018–2020"):
        monitor.run(frame, code="code", gemeente="gm", years=YEARS, stems=STEMS)


def test_boundary_flag_per_year_and_for_the_span():
    frame = _planted()
    for year in YEARS:
        frame[f"vk_indeling_{year}"] = 1
    frame.loc[3, "vk_indeling_2020"] = 3
    stems = monitor.Stems("inwoners", ["k", "kb"], ["onv"], boundary_flag="vk_indeling")
    result = monitor.run(frame, code="code", gemeente="gm", years=YEARS, stems=stems)
    reasons = {p.label: result.results[p].table["vk_reden"].iloc[3] for p in result.periods}
    assert reasons == {"2016–2018": None, "2018–2020": "indeling", "2020–2022": None, "2016–2022": "indeling"}
    assert result.buurt["vk_reden_span"].iloc[3] == "indeling"
    # one flag field for every period
    single = _planted().assign(vlag=1)
    single.loc[5, "vlag"] = 3
    stems = monitor.Stems("inwoners", ["k", "kb"], ["onv"], boundary_flag="vlag")
    result = monitor.run(single, code="code", gemeente="gm", years=YEARS, stems=stems)
    assert all(result.results[p].table["vk_reden"].iloc[5] == "indeling" for p in result.periods)


def test_transition_table_on_a_known_case():
    frame = _planted()
    result = monitor.run(frame, code="code", gemeente="gm", years=YEARS, stems=STEMS)
    first = result.results[result.periods[0]].table["vk_klasse"]
    second = result.results[result.periods[1]].table["vk_klasse"]
    expected = pd.crosstab(first, second)
    matrix = monitor.transition_matrix(result.transitions, "2016–2018", "2018–2020")
    for a in expected.index:
        for b in expected.columns:
            assert matrix.at[a, b] == expected.at[a, b]
    assert matrix.to_numpy().sum() == len(frame)


def test_what_followed_the_perspectives_on_a_constructed_case():
    n = 12
    data = {"code": [f"BU{i:08d}" for i in range(n)], "gm": "GM0001"}
    # period 1 (2016-2018): buurten 0-5 onder_druk (k and p rise), 6-11 gunstig (k flat, p falls)
    # period 2 (2018-2020): ΔP differs per buurt; buurten 0, 1 tagged sociaal = 3 in 2017 (before 2018)
    rise = np.r_[np.full(6, 1.0), np.zeros(6)]
    p1 = np.r_[np.full(6, 1.0), np.full(6, -1.0)]
    later_p = np.array([-2.0, -1.0, 0.5, 1.0, 1.5, 2.0, 0.0, 0.1, -0.1, 0.2, -0.2, 0.0])
    for year, k, p in ((2016, 0, 0), (2018, 1, 1), (2020, 1, 2), (2022, 1, 2)):
        data[f"inwoners_{year}"] = np.r_[np.full(6, 1000), np.full(6, 2000)]
        data[f"k_{year}"] = 10 + (rise if k else 0) + 0.001 * np.arange(n)
        data[f"onv_{year}"] = -(10 + (p1 if p >= 1 else 0) + (later_p if p >= 2 else 0))
    data["inwoners_2020"] = np.r_[1000, 3000, np.full(4, 1000), np.full(6, 2000)]
    frame = pd.DataFrame(data)
    frame["vk_hp_sociaal"] = [3, 2, 0, 1, None, 0, 0, 0, 0, 0, 0, 0]
    frame["vk_hp_leefomgeving"] = [0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0]  # tagged in 2019: too late
    frame["vk_bijgewerkt"] = ["2017-05-01T10:00:00", "2017-12-31T23:59:00", None, "2017-01-01", "2019-02-01",
                              None, None, None, None, None, None, None]
    stems = monitor.Stems("inwoners", ["k"], ["onv"])
    result = monitor.run(frame, code="code", gemeente="gm", years=[2016, 2018, 2020, 2022], stems=stems)
    first = result.results[result.periods[0]].table
    assert list(first["vk_klasse"][:6]) == ["onder_druk"] * 6
    table = result.perspectives
    # leefomgeving was tagged in 2019: after the start of 2018-2020, before the start of 2020-2022
    assert set(table.loc[table["periode"] == "2018–2020", "perspectief"]) == {"vk_hp_sociaal"}
    assert "vk_hp_leefomgeving" in set(table.loc[table["periode"] == "2020–2022", "perspectief"])
    row = table[(table["periode"] == "2018–2020") & (table["perspectief"] == "vk_hp_sociaal")].iloc[0]
    dp = result.results[result.periods[1]].table["vk_dp"].to_numpy(float)
    assert row["klasse_voor"] == "onder_druk"
    assert (row["n_getagd"], row["n_overig"]) == (2, 4)
    assert row["dp_getagd"] == pytest.approx((1000 * dp[0] + 3000 * dp[1]) / 4000)
    assert row["dp_overig"] == pytest.approx(dp[2:6].mean())
    assert row["dp_getagd"] < row["dp_overig"]


def test_tag_dates_mix_formats():
    import datetime

    dates = monitor.tag_dates(["2017-05-01T10:00:00", "2019-02-01", None, "geen", datetime.date(2018, 3, 4),
                               "2020-01-01T00:30:00+01:00", float("nan")])
    assert [str(d) for d in dates] == ["2017-05-01T10:00:00", "2019-02-01T00:00:00", "NaT", "NaT",
                                       "2018-03-04T00:00:00", "2019-12-31T23:30:00", "NaT"]


def test_size_at_t0_counts_per_period():
    frame = _planted()
    frame.loc[7, "inwoners_2016"] = 20  # tiny in 2016 only
    result = monitor.run(frame, code="code", gemeente="gm", years=YEARS, stems=STEMS)
    reasons = {p.label: result.results[p].table["vk_reden"].iloc[7] for p in result.periods}
    assert reasons == {"2016–2018": "klein", "2018–2020": None, "2020–2022": None, "2016–2022": "klein"}
