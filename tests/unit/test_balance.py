"""Citywide balance (method.md §3) on a 4-buurt city computed by hand.

The city (gemeente GM1), TURNOVER 10 % (m = 0.1), RELATIVE_RISK 3, HORIZON 5, target 30 %:

    buurt  W     corp%  koop%  v%   S    koop  ph   u = vW/(W-S+3S)          σ0 = 3u   V = mS
    A      1000  50     30     40   500  300   200  400/(500+1500) = 0.2      0.6       50
    B       400  25     50     10   100  200   100  40/(300+300) = 0.0667     0.2       10
    C       600  10     80      5    60  480    60  30/(540+180) = 0.04167    0.125      6
    D       200  50      0     30   100    0   100  60/(100+300) = 0.15       0.45      10

Placements D = 0.6·50 + 0.2·10 + 0.125·6 + 0.45·10 = 30 + 2 + 0.75 + 4.5 = 37.25 per year.
"""

import math

import numpy as np
import pandas as pd
import pytest

from veerkracht_plugin.core import balance as b
from veerkracht_plugin.core.messages import VeerkrachtError

P = b.BalanceParameters(turnover=10.0)
DECAY = 0.9**5  # (1 - m)^HORIZON = 0.59049


def city(**extra):
    frame = pd.DataFrame(
        {
            "code": ["A", "B", "C", "D"],
            "gemeente": ["GM1"] * 4,
            "woningen": [1000, 400, 600, 200],
            "p_corporatie": [50, 25, 10, 50],
            "p_koop": [30, 50, 80, 0],
            "p_kwetsbaar": [40, 10, 5, 30],
        }
    )
    for key, value in extra.items():
        frame[key] = value
    return frame


def measures(*rows, scenario="s"):
    return pd.DataFrame(
        [
            {"scenario": scenario, "buurtcode": r[0], "maatregel": r[1], "segment": r[2], "aantal": r[3],
             "aandeel": r[4] if len(r) > 4 else ""}
            for r in rows
        ],
        columns=["scenario", "buurtcode", "maatregel", "segment", "aantal", "aandeel"],
    )


EMPTY = pd.DataFrame(columns=["buurtcode", "maatregel"])

#: the feasible scenario "herstructurering"
FEASIBLE = measures(
    ("A", "sloop", "sociale_huur", 200),
    ("A", "nieuwbouw", "koop", 100),
    ("A", "nieuwbouw", "particuliere_huur", 50),
    ("B", "verkoop", "", 20),
    ("C", "nieuwbouw", "sociale_huur", 100),
    ("A", "toewijzing", "", "", "0.5"),
)


def by_code(result, column):
    return dict(zip(result.model["code"], result.model[column]))


def test_baseline_stock_and_concentration():
    r = b.evaluate(city(), EMPTY, parameters=P)
    m = r.model.set_index("code")
    assert list(m["S"]) == [500, 100, 60, 100]
    assert list(m["koop"]) == [300, 200, 480, 0]
    assert list(m["ph"]) == [200, 100, 60, 100]
    assert m["u"].tolist() == pytest.approx([0.2, 40 / 600, 30 / 720, 0.15])
    assert m["sigma0"].tolist() == pytest.approx([0.6, 0.2, 0.125, 0.45])
    assert m["P_voor"].sum() == pytest.approx(37.25)


def test_rounding_is_half_up():
    # 250 × 33 % = 82.5 -> 83 social; 250 × 21 % = 52.5 -> 53 koop; ph = 250 - 83 - 53 = 114
    frame = pd.DataFrame({"code": ["X"], "gemeente": ["G"], "woningen": [250], "p_corporatie": [33],
                          "p_koop": [21]})
    m = b.evaluate(frame, EMPTY).model
    assert (m["S"].iloc[0], m["koop"].iloc[0], m["ph"].iloc[0]) == (83, 53, 114)


def test_feasible_scenario_by_hand():
    r = b.evaluate(city(), FEASIBLE, parameters=P)
    m = r.model.set_index("code")
    # stock: A 500-200 = 300 social, koop 300+100, ph 200+50; B verkoop 20: S 80, koop 220; C S 60+100
    assert m.loc["A", ["S_na", "koop_na", "ph_na", "W_na"]].tolist() == [300, 400, 250, 950]
    assert m.loc["B", ["S_na", "koop_na", "ph_na", "W_na"]].tolist() == [80, 220, 100, 400]
    assert m.loc["C", ["S_na", "W_na"]].tolist() == [160, 700]
    # waterbed: V' = A 30, B 8, C 16, D 10; A fixed at 0.5 -> 15 placements
    # δ = (37.25 - 15 - (0.2·8 + 0.125·16 + 0.45·10)) / (8 + 16 + 10) = 14.15 / 34
    delta = 14.15 / 34
    assert m["a_na"].tolist() == pytest.approx([0.5, 0.2 + delta, 0.125 + delta, 0.45 + delta])
    assert m["P_na"].sum() == pytest.approx(37.25)
    assert r.haalbaar and not r.infeasibility
    # outlook: σH_A = 0.5 + (0.6-0.5)·0.9^5; v_H,A = (σH·300 + 0.2·650)/950
    sigma_a = 0.5 + 0.1 * DECAY
    assert m.loc["A", "sigmaH"] == pytest.approx(sigma_a)
    assert m.loc["A", "vH"] == pytest.approx((sigma_a * 300 + 0.2 * 650) / 950)
    a_d = 0.45 + delta
    sigma_d = a_d + (0.45 - a_d) * DECAY
    vh_d = (sigma_d * 100 + 0.15 * 100) / 200  # = 0.3852
    assert m.loc["D", "vH"] == pytest.approx(vh_d)
    assert not m["kantelt"].any()  # threshold 45 %
    # summary: W 2200 -> 2250, S 760 -> 640; gap 0.3·2250 - 640 = 35; compensation 200+20-100 = 120
    s = r.summary.iloc[0]
    assert (s["woningen_voor"], s["woningen_na"], s["sociale_huur_voor"], s["sociale_huur_na"]) == (
        2200, 2250, 760, 640)
    assert s["aandeel_voor"] == pytest.approx(100 * 760 / 2200)
    assert s["aandeel_na"] == pytest.approx(100 * 640 / 2250)
    assert (s["tekort"], s["netto_sociaal"], s["compensatie_nodig"], s["nieuwbouw"]) == (35, -120, 120, 250)
    assert s["nieuwbouw_sociaal_aandeel"] == pytest.approx(40.0)  # 100 of 250
    assert s["nieuwbouw_betaalbaar_aandeel"] == pytest.approx(60.0)  # 150 of 250 < two thirds
    assert s["delta_toewijzing"] == pytest.approx(100 * delta)
    assert s["plaatsingen"] == pytest.approx(37.25) and s["plaatsingen_na"] == pytest.approx(37.25)
    assert bool(s["haalbaar"]) and s["buurten_kantelen"] == 0 and s["doel"] == 30.0
    # compensation: room = 0.3·W' - S': A -15, B 40, C 50, D -40 -> 120 spread 40:50 = 53.3 : 66.7 -> 53, 67
    assert by_code(r, "compensatie") == {"A": 0, "B": 53, "C": 67, "D": 0}
    assert by_code(r, "rank")["C"] == 1 and by_code(r, "rank")["B"] == 2
    texts = [m.template for m in r.messages]
    assert any("two-thirds norm" in t for t in texts)
    assert any("larger than the room" in t for t in texts)
    # buurt fields in %
    f = r.buurten
    assert f["vk_soc_na"].tolist() == [300, 80, 160, 100]
    assert f["vk_socaandeel_na"].tolist() == pytest.approx([100 * 300 / 950, 20, 100 * 160 / 700, 50])
    assert f["vk_kwetsbaar_voor"].tolist() == pytest.approx([40, 10, 5, 30])
    assert f["vk_toewijzing_na"].iloc[0] == pytest.approx(50)
    assert r.compensatie_nodig == 120


def test_tipping_with_a_lower_threshold():
    # v_H,D = 0.3852 >= 0.35 and v_D = 0.30 < 0.35 -> D tips; A: v 0.40 already above
    params = b.BalanceParameters(turnover=10.0, concentration_threshold=35.0)
    r = b.evaluate(city(), FEASIBLE, parameters=params)
    assert by_code(r, "kantelt") == {"A": False, "B": False, "C": False, "D": True}
    assert r.summary["buurten_kantelen"].iloc[0] == 1 and r.buurten_kantelen == 1


def test_infeasible_waterbed_reports_missing_placements():
    # sloop A 200 social, toewijzing A 0.3: V' A 30, B 10, C 6, D 10; fixed 9 -> the rest must take
    # 37.25 - 9 = 28.25 placements but has 26 vacancies: every rest buurt at 100 %, 2.25 find no vacancy
    r = b.evaluate(city(), measures(("A", "sloop", "sociale_huur", 200), ("A", "toewijzing", "", "", 0.3)),
                   parameters=P)
    assert not r.haalbaar
    s = r.summary.iloc[0]
    assert not s["haalbaar"]
    assert s["niet_plaatsbaar"] == pytest.approx(2.25)
    assert s["plaatsingen_na"] == pytest.approx(37.25 - 2.25)
    message = r.infeasibility[0]
    assert message.values["n"].text() == "2" and message.values["capacity"].text() == "26"
    assert message.values["need"].text() == "28"
    # water-filling: B, C and D all give 100 % of their vacancies; nothing is clipped silently: the share
    # that would place everything (1 + 2.25/26) is kept in the model
    a = by_code(r, "a_na")
    assert a == pytest.approx({"A": 0.3, "B": 1.0, "C": 1.0, "D": 1.0})
    assert by_code(r, "a_na_raw")["D"] == pytest.approx(1 + 2.25 / 26)
    assert by_code(r, "unplaced") == pytest.approx({"A": 0.0, "B": 2.25 * 10 / 26, "C": 2.25 * 6 / 26,
                                                    "D": 2.25 * 10 / 26})


def test_water_filling_fills_the_buurten_with_room():
    # sloop A 200 social, toewijzing A 0.4: fixed 12, the rest takes 25.25 of its 26 vacancies. v1 gave every
    # rest buurt δ = 18/26 and D 114 % (infeasible); v2 caps D at 100 % and hands the rest to B and C:
    # f(δ) = 10·min(1, .2+δ) + 6·min(1, .125+δ) + 10·min(1, .45+δ); D full at δ = .55 (f = 21.55), then slope 16:
    # δ = .55 + 3.7/16 = .78125 -> B .98125, C .90625, D 1
    r = b.evaluate(city(), measures(("A", "sloop", "sociale_huur", 200), ("A", "toewijzing", "", "", 0.4)),
                   parameters=P)
    assert r.haalbaar
    assert by_code(r, "a_na") == pytest.approx({"A": 0.4, "B": 0.98125, "C": 0.90625, "D": 1.0})
    assert r.model["P_na"].sum() == pytest.approx(37.25)
    assert r.summary["delta_toewijzing"].iloc[0] == pytest.approx(78.125)
    assert any("take nothing extra" in m.template and m.values["codes"] == "D" for m in r.messages)
    assert not r.infeasibility


def test_a_buurt_at_100_percent_takes_nothing_extra():
    # X at σ0 = 1 (W 200, S 180, v 95 %), Y with room: a sloop of social rent in Z moves its placements to Y only
    frame = pd.DataFrame({"code": ["X", "Y", "Z"], "gemeente": ["G"] * 3, "woningen": [200, 1000, 1000],
                          "p_corporatie": [90, 40, 40], "p_kwetsbaar": [95, 20, 20]})
    r = b.evaluate(frame, measures(("Z", "sloop", "sociale_huur", 100)), parameters=P)
    m = r.model.set_index("code")
    assert m.loc["X", "a0"] == 1.0 and m.loc["X", "a_na"] == 1.0
    assert m.loc["X", "P_na"] == pytest.approx(m.loc["X", "P_voor"])
    assert r.haalbaar and m["P_na"].sum() == pytest.approx(m["P_voor"].sum())
    assert m.loc["Y", "a_na"] > m.loc["Y", "a0"] and m.loc["Z", "a_na"] == pytest.approx(m.loc["Y", "a_na"])


def test_negative_allocation_is_set_to_zero_and_spread():
    # toewijzing A 0.7 -> 35 placements; δ1 = (37.25-35-7.25)/26 < 0 -> C < 0 -> 0;
    # δ2 = (37.25-35-6.5)/20 = -0.2125 -> B < 0 -> 0; δ3 = (37.25-35-4.5)/10 = -0.225 -> D 0.225
    r = b.evaluate(city(), measures(("A", "toewijzing", "", "", 0.7)), parameters=P)
    a = by_code(r, "a_na")
    assert a == pytest.approx({"A": 0.7, "B": 0.0, "C": 0.0, "D": 0.225})
    assert r.model["P_na"].sum() == pytest.approx(37.25)
    assert r.haalbaar
    assert r.summary["delta_toewijzing"].iloc[0] == pytest.approx(-22.5)
    assert any("negative allocation share" in m.template and m.values["codes"] == "B, C" for m in r.messages)


def test_surplus_of_fixed_allocations_is_infeasible():
    # toewijzing A 1.0 -> 50 placements > D = 37.25 even with every other buurt at 0: 12.75 too many
    r = b.evaluate(city(), measures(("A", "toewijzing", "", "", 1)), parameters=P)
    assert not r.haalbaar
    assert r.infeasibility[0].values["n"].text() == "13"


def test_every_measure_type():
    rows = measures(
        ("A", "sloop", "koop", 10),
        ("A", "nieuwbouw", "sociale_huur", 5),
        ("B", "verkoop", "", 7),
        ("B", "liberalisatie", "", 3),
        ("C", "aankoop", "koop", 11),
        ("D", "aankoop", "particuliere_huur", 4),
        ("D", "toewijzing", "", "", "0,45"),
    )
    r = b.evaluate(city(), rows, parameters=P)
    m = r.model.set_index("code")
    assert m.loc["A", ["S_na", "ph_na", "koop_na"]].tolist() == [505, 200, 290]
    assert m.loc["B", ["S_na", "ph_na", "koop_na"]].tolist() == [90, 103, 207]
    assert m.loc["C", ["S_na", "ph_na", "koop_na"]].tolist() == [71, 60, 469]
    assert m.loc["D", ["S_na", "ph_na", "koop_na"]].tolist() == [104, 96, 0]
    assert m.loc["D", "a_na"] == pytest.approx(0.45) and m.loc["D", "fixed"]
    # removed social: verkoop 7 + liberalisatie 3 = 10; added: nieuwbouw 5 + aankoop 15 = 20 -> none needed
    s = r.summary.iloc[0]
    assert s["compensatie_nodig"] == 0 and s["netto_sociaal"] == 10
    assert s["nieuwbouw_sociaal_aandeel"] == 100.0


def test_without_vulnerable_share_uses_allocation_share():
    frame = city().drop(columns=["p_kwetsbaar"])
    r = b.evaluate(frame, EMPTY, parameters=P)
    assert r.model["sigma0"].tolist() == pytest.approx([0.3] * 4)
    assert r.model["P_voor"].sum() == pytest.approx(0.3 * 76)
    assert r.buurten["vk_kwetsbaar_na"].isna().all() and r.buurten["vk_kantelt"].isna().all()
    assert r.buurten["vk_soc_kwetsbaar_na"].tolist() == pytest.approx([30.0] * 4)


def test_capped_concentration():
    # W 200, S 180, v 95 %: 3·190/(20 + 540) > 1 -> σ0 = 1, u = (190 - 180)/20 = 0.5; v_H (empty) = v
    frame = pd.DataFrame({"code": ["X"], "gemeente": ["G"], "woningen": [200], "p_corporatie": [90],
                          "p_kwetsbaar": [95]})
    m = b.evaluate(frame, EMPTY).model
    assert m["sigma0"].iloc[0] == 1.0 and m["u"].iloc[0] == pytest.approx(0.5)
    assert m["vH"].iloc[0] == pytest.approx(0.95)


def test_households_fallback_warns():
    frame = city().drop(columns=["woningen"]).assign(huishoudens=[1000, 400, 600, 200])
    r = b.evaluate(frame, EMPTY, parameters=P)
    assert r.model["W"].tolist() == [1000, 400, 600, 200]
    assert any("households" in m.template for m in r.messages)


def test_region_pools_the_waterbed_and_adds_regio_rows():
    # two gemeenten in one regio: the sloop in GM1 moves placements into GM2 too
    frame = city(gemeente=["GM1", "GM1", "GM2", "GM2"], regio=["R1"] * 4)
    r = b.evaluate(frame, FEASIBLE, parameters=P)
    s = r.summary.set_index(["niveau", "gemeente"])
    assert list(r.summary["niveau"]) == ["gemeente", "gemeente", "regio"]
    assert s.loc[("gemeente", "GM1"), "woningen_voor"] == 1400 and s.loc[("gemeente", "GM2"), "woningen_voor"] == 800
    reg = s.loc[("regio", "")]
    assert reg["regio"] == "R1" and reg["woningen_na"] == 2250 and reg["compensatie_nodig"] == 120
    # D conserved over the regio (same numbers as the one-gemeente case)
    assert reg["plaatsingen"] == pytest.approx(37.25) and reg["plaatsingen_na"] == pytest.approx(37.25)
    assert s.loc[("gemeente", "GM1"), "plaatsingen"] + s.loc[("gemeente", "GM2"), "plaatsingen"] == pytest.approx(
        37.25)
    assert s.loc[("gemeente", "GM1"), "delta_toewijzing"] == pytest.approx(100 * 14.15 / 34)
    # GM1 removes 220 social and adds none itself; GM2 adds 100
    assert s.loc[("gemeente", "GM1"), "compensatie_nodig"] == 220
    assert s.loc[("gemeente", "GM2"), "compensatie_nodig"] == 0
    # per gemeente: GM1 candidates only B (room 40): all 220 there
    assert by_code(r, "compensatie") == {"A": 0, "B": 220, "C": 0, "D": 0}


def test_class_field_excludes_buurten_under_pressure():
    frame = city(klasse=["stabiel", "onder_druk", "gunstig", "stabiel"])
    r = b.evaluate(frame, FEASIBLE, parameters=P)
    assert by_code(r, "candidate") == {"A": False, "B": False, "C": True, "D": False}
    assert by_code(r, "compensatie")["C"] == 120


def test_empty_scenario_changes_nothing():
    r = b.evaluate(city(), EMPTY, parameters=P)
    m = r.model
    assert (m["S_na"] == m["S"]).all() and (m["W_na"] == m["W"]).all()
    assert m["P_na"].tolist() == pytest.approx(m["P_voor"].tolist())
    assert m["vH"].tolist() == pytest.approx(m["v"].tolist())
    assert r.summary["compensatie_nodig"].iloc[0] == 0 and r.compensatie_nodig == 0


def test_invalid_buurt_takes_no_part():
    frame = city()
    frame.loc[3, "p_corporatie"] = -99999999  # CBS sentinel
    r = b.evaluate(frame, EMPTY, parameters=P)
    assert r.summary["woningen_voor"].iloc[0] == 2000
    assert pd.isna(r.buurten["vk_soc_voor"].iloc[3]) and math.isnan(r.buurten["vk_socaandeel_voor"].iloc[3])
    with pytest.raises(VeerkrachtError, match=r"row 1 .*buurt D has no dwellings"):
        b.evaluate(frame, measures(("D", "sloop", "koop", 1)), parameters=P)


# --- scenarios and validation -------------------------------------------------------------------


def test_scenario_selection():
    table = pd.concat([measures(("A", "sloop", "koop", 1), scenario="x"),
                       measures(("B", "sloop", "koop", 2), scenario="y")])
    with pytest.raises(VeerkrachtError, match=r"2 scenarios: 'x', 'y'"):
        b.evaluate(city(), table)
    with pytest.raises(VeerkrachtError, match=r"Scenario 'z' is not in .*Available: 'x', 'y'"):
        b.evaluate(city(), table, "z")
    r = b.evaluate(city(), table, "y")
    assert r.scenario == "y" and r.scenarios == ["x", "y"]
    assert by_code(r, "koop_na")["B"] == 198 and by_code(r, "koop_na")["A"] == 300
    assert r.summary["scenario"].iloc[0] == "y"
    # a table with one scenario needs no name
    assert b.evaluate(city(), measures(("A", "sloop", "koop", 1), scenario="only")).scenario == "only"


@pytest.mark.parametrize(
    ("row", "pattern"),
    [
        (("Q", "sloop", "koop", 1), r"row 2 \(scenario=s, buurtcode=Q, .*unknown buurtcode 'Q'"),
        (("A", "slopen", "koop", 1), r"row 2 .*unknown maatregel 'slopen'"),
        (("A", "sloop", "huur", 1), r"row 2 .*unknown segment 'huur'"),
        (("A", "sloop", "", 1), r"row 2 .*sloop needs a segment"),
        (("A", "nieuwbouw", "", 1), r"row 2 .*nieuwbouw needs a segment"),
        (("A", "aankoop", "", 1), r"row 2 .*aankoop needs a segment"),
        (("A", "aankoop", "sociale_huur", 1), r"row 2 .*aankoop buys"),
        (("A", "sloop", "koop", -1), r"row 2 .*aantal must be a whole number.*'-1'"),
        (("A", "sloop", "koop", 1.5), r"row 2 .*aantal must be a whole number.*'1.5'"),
        (("A", "sloop", "koop", "veel"), r"row 2 .*aantal must be a whole number.*'veel'"),
        (("A", "sloop", "koop", ""), r"row 2 .*aantal must be a whole number"),
        (("A", "toewijzing", "", "", 1.2), r"row 2 .*aandeel must be a number from 0 to 1 \(found '1.2'\)"),
        (("A", "toewijzing", "", "", -0.1), r"row 2 .*aandeel must be a number from 0 to 1"),
        (("A", "toewijzing", "", ""), r"row 2 .*toewijzing needs an aandeel"),
        (("A", "sloop", "koop", 301), r"row 2 .*makes the koop stock of buurt A negative \(-1\)"),
        (("C", "liberalisatie", "", 61), r"row 2 .*sociale_huur stock of buurt C negative \(-1\)"),
        (("", "sloop", "koop", 1), r"row 2 .*buurtcode is empty"),
    ],
)
def test_validation_errors_name_the_row(row, pattern):
    table = measures(("B", "nieuwbouw", "koop", 5), row)
    with pytest.raises(VeerkrachtError, match=pattern):
        b.evaluate(city(), table, parameters=P)


def test_negative_stock_is_checked_in_row_order():
    # 60 social in C: sloop 50 then verkoop 20 -> the second row (row 2) makes it negative
    table = measures(("C", "sloop", "sociale_huur", 50), ("C", "verkoop", "", 20))
    with pytest.raises(VeerkrachtError, match=r"row 2 .*sociale_huur stock of buurt C negative \(-10\)"):
        b.evaluate(city(), table)


def test_second_toewijzing_for_a_buurt_is_an_error():
    table = measures(("A", "toewijzing", "", "", 0.2), ("A", "toewijzing", "", "", 0.3))
    with pytest.raises(VeerkrachtError, match=r"row 2 .*already has a toewijzing in row 1"):
        b.evaluate(city(), table)


def test_every_bad_row_is_reported_at_once_with_its_first_problem():
    table = measures(
        ("Q", "sloop", "koop", 1),          # row 1: unknown buurt
        ("A", "nieuwbouw", "koop", 5),      # row 2: fine
        ("A", "slopen", "huur", "veel"),    # row 3: unknown maatregel (and more, reported once)
        ("B", "sloop", "koop", 1.5),        # row 4: not a whole number
        ("C", "toewijzing", "", "", 2),     # row 5: aandeel out of range
    )
    with pytest.raises(VeerkrachtError) as caught:
        b.evaluate(city(), table, parameters=P)
    lines = str(caught.value).splitlines()
    assert lines[0] == "4 measure rows cannot be used (nothing was written):"
    assert [line.split(" (")[0] for line in lines[1:]] == [
        "Measure row 1", "Measure row 3", "Measure row 4", "Measure row 5"]
    assert "unknown buurtcode 'Q'" in lines[1] and "unknown maatregel 'slopen'" in lines[2]
    assert "segment" not in lines[2].split("):", 1)[1]  # only the row's first problem
    assert "aantal must be a whole number" in lines[3] and "aandeel must be a number" in lines[4]
    # translated as a whole: the list and each line
    dutch = {"{n} measure rows cannot be used (nothing was written):\n{problems}": "{n} regels: \n{problems}",
             "Measure row {row} ({values}): unknown buurtcode '{code}': it is not in the buurt layer.":
             "Regel {row}: buurtcode '{code}' onbekend."}
    text = caught.value.format(lambda t: dutch.get(t, t))
    assert text.startswith("4 regels: \nRegel 1: buurtcode 'Q' onbekend.\nMeasure row 3")


def test_a_long_list_of_bad_rows_is_cut_short():
    table = measures(*[(f"Q{i}", "sloop", "koop", 1) for i in range(40)])
    with pytest.raises(VeerkrachtError) as caught:
        b.evaluate(city(), table, parameters=P)
    lines = str(caught.value).splitlines()
    assert lines[0].startswith("40 measure rows")
    assert len(lines) == 1 + b.MAX_ROW_PROBLEMS + 1
    assert lines[-1] == f"… and {40 - b.MAX_ROW_PROBLEMS} more rows."


def test_stock_problems_are_listed_together_too():
    table = measures(("A", "sloop", "koop", 301), ("C", "liberalisatie", "", 61))
    with pytest.raises(VeerkrachtError, match=r"2 measure rows cannot be used") as caught:
        b.evaluate(city(), table, parameters=P)
    assert "koop stock of buurt A negative (-1)" in str(caught.value)
    assert "sociale_huur stock of buurt C negative (-1)" in str(caught.value)


def test_row_numbers_count_the_whole_table():
    table = pd.concat([measures(("A", "sloop", "koop", 1), scenario="x"),
                       measures(("Q", "sloop", "koop", 2), scenario="y")])
    with pytest.raises(VeerkrachtError, match=r"row 2 \(scenario=y"):
        b.evaluate(city(), table, "y")


def test_missing_column_is_an_error():
    with pytest.raises(VeerkrachtError, match="no column 'maatregel'"):
        b.evaluate(city(), pd.DataFrame({"buurtcode": ["A"]}))


def test_case_and_spaces_in_keywords():
    r = b.evaluate(city(), measures(("A", " Sloop ", "Sociale huur", "3")), parameters=P)
    assert by_code(r, "S_na")["A"] == 497


def test_engine_is_vectorised_on_a_large_city():
    rng = np.random.default_rng(1)
    n = 15000
    frame = pd.DataFrame({
        "code": [f"BU{i:08d}" for i in range(n)],
        "gemeente": [f"GM{i % 40:04d}" for i in range(n)],
        "woningen": rng.integers(50, 3000, n),
        "p_corporatie": rng.uniform(0, 90, n),
        "p_koop": rng.uniform(0, 10, n),
        "p_kwetsbaar": rng.uniform(0, 60, n),
    })
    rows = measures(*[(f"BU{i * 137:08d}", "nieuwbouw", "sociale_huur", 10) for i in range(100)])
    r = b.evaluate(frame, rows)
    assert r.model["S_na"].sum() - r.model["S"].sum() == 1000


# --- HTML summary -----------------------------------------------------------------------------------


def dutch():
    """A translate function from the committed Dutch .ts file (what tr() does in a Dutch QGIS)."""
    import xml.etree.ElementTree as ET

    from tests.paths import PLUGIN_DIR

    table = {}
    for message in ET.parse(PLUGIN_DIR / "i18n" / "veerkracht_nl.ts").getroot().iter("message"):
        table[message.findtext("source")] = message.findtext("translation")
    return lambda text: table.get(text) or text


def test_html_summary_in_dutch_with_numbers():
    from veerkracht_plugin.core.balance_html import html_summary

    params = b.BalanceParameters(turnover=10.0, concentration_threshold=35.0)
    r = b.evaluate(city(), FEASIBLE, parameters=params)
    text = html_summary(r, dutch(), ",")
    assert "Stadsbrede balans" in text and 'id="verdict">Haalbaar<' in text
    assert 'id="target">niet gehaald<' in text  # 28,4 % after, below 30 %
    # the one verdict first: feasibility, then the target, then the norms; in the order of the page
    assert (text.index("Haalbaar:") < text.index("Doel sociale huur 30 %: niet gehaald")
            < text.index("Compensatie nodig:"))
    assert "Sociale huur per gebied" in text and "Voorgestelde compensatie" in text
    # numbers with a decimal comma and a thousands point: 2.200 dwellings, 34,5 % -> 28,4 %; 37,25 placements
    # per year are whole households on the page: 37
    for number in ("2.200", "2.250", "640", "34,5", "28,4", "120", ">37<", "<svg"):
        assert number in text, number
    assert "Kwetsbaar straks" in text and ">D<" in text  # the tipping buurt is listed
    assert "http" not in text.replace("http://www.w3.org/2000/svg", "")
    english = html_summary(r)
    assert "Citywide balance" in english and "2,200" in english and 'id="verdict">Feasible<' in english
    assert "37.2" not in english and "37.3" not in english
    infeasible = b.evaluate(city(), measures(("A", "sloop", "sociale_huur", 200), ("A", "toewijzing", "", "", 0.3)),
                            parameters=P)
    page = html_summary(infeasible, dutch(), ",")
    assert 'id="verdict">Niet haalbaar<' in page and 'id="verdict">Haalbaar<' not in page


def test_implausible_numbers_are_errors_naming_the_row():
    # the city has 2,200 dwellings: 99,999,999 new dwellings is a typing error
    with pytest.raises(VeerkrachtError) as error:
        b.evaluate(city(), measures(("B", "nieuwbouw", "sociale_huur", 99_999_999)), parameters=P)
    text = str(error.value)
    assert "Measure row 1" in text and "99999999" in text and "2200 dwellings of gemeente GM1" in text
    # new build above 10 × the buurt's dwellings: D has 200 -> at most 2,000 (rows add up in table order)
    with pytest.raises(VeerkrachtError) as error:
        b.evaluate(city(), measures(("D", "nieuwbouw", "koop", 1500), ("D", "nieuwbouw", "sociale_huur", 600)),
                   parameters=P)
    text = str(error.value)
    assert "Measure row 2" in text and "2100 dwellings" in text and "at most 2000" in text
    assert "Measure row 1" not in text
    # a small buurt counts as 200 dwellings: 2,000 new dwellings in an empty buurt are fine
    frame = city(woningen=[1000, 400, 600, 0])
    r = b.evaluate(frame, measures(("D", "nieuwbouw", "sociale_huur", 2000)), parameters=P)
    assert r.model.set_index("code").loc["D", "W_na"] == 2000


def test_an_empty_measures_table_is_a_clear_error():
    with pytest.raises(VeerkrachtError, match="no rows"):
        b.require_measures(b.read_measures(EMPTY))
    b.require_measures(b.read_measures(FEASIBLE))  # no error


def test_a_saturated_buurt_is_never_a_compensation_target():
    # X gives 100 % of its vacancies (σ0 = 1) and has room below the target: no candidate
    frame = pd.DataFrame({"code": ["X", "Y", "Z"], "gemeente": ["G"] * 3, "woningen": [1000, 1000, 1000],
                          "p_corporatie": [20, 20, 60], "p_kwetsbaar": [90, 10, 20]})
    r = b.evaluate(frame, measures(("Z", "sloop", "sociale_huur", 100)), parameters=P)
    m = r.model.set_index("code")
    assert m.loc["X", "a0"] == 1.0 and m.loc["X", "room"] > 0
    assert not m.loc["X", "candidate"] and m.loc["X", "compensatie"] == 0
    assert m.loc["Y", "candidate"] and m.loc["Y", "compensatie"] == 100


def test_one_verdict_from_the_summary_rows():
    from veerkracht_plugin.core.balance_verdict import verdict

    ok = b.evaluate(city(), FEASIBLE, parameters=P)
    v = verdict(ok.summary.to_dict("records"))
    assert v.feasible and v.target_met is False  # feasible, and the target missed: two lines, no contradiction
    lines = v.lines()
    assert lines[0] == "Feasible: every placement of aandachtsgroepen (37 per year) still finds a social vacancy."
    assert lines[1] == ("Social-rent target 30 %: not met – 28.4 % social rent after the scenario (34.5 % before); "
                        "35 social dwellings short of the target (tekort).")
    assert lines[2].startswith("Compensation needed: the measures remove 120 social dwellings more than they add")
    assert lines[3] == "New build in GM1: 60.0 % affordable (sociale or particuliere huur), below the two-thirds norm."
    bad = b.evaluate(city(), measures(("A", "sloop", "sociale_huur", 200), ("A", "toewijzing", "", "", 0.3)),
                     parameters=P)
    v = verdict(bad.summary.to_dict("records"))
    assert not v.feasible
    assert v.lines()[0].startswith("Not feasible: 2 of the 37 placements of aandachtsgroepen per year find no")
    # the summary table carries the same sentence and the target as a column
    assert bad.summary["reden"].iloc[0] == v.lines()[0]
    assert bool(bad.summary["doel_gehaald"].iloc[0]) == (bad.summary["tekort"].iloc[0] == 0)
