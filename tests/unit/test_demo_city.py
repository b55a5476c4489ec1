"""The generated demo city Veerstad: deterministic, plausible, and carrying the traps it promises."""

import re

import numpy as np
import pandas as pd
import pytest

from tests.paths import PLUGIN_DIR
from veerkracht_dev import demo_city
from veerkracht_plugin.core.cbs import ALIASES, find_field, numeric

pytestmark = pytest.mark.slow  # generates the demo city

DEMO_DIR = PLUGIN_DIR / "resources" / "demo"


@pytest.fixture(scope="module")
def city():
    return demo_city.generate()


def rings(frame):
    return [np.array(re.findall(r"-?\d+\.\d+", wkt), dtype=float).reshape(-1, 2)[:-1] for wkt in frame["geometry"]]


def test_same_seed_same_city(city):
    again = demo_city.generate()
    for year in demo_city.YEARS:
        pd.testing.assert_frame_equal(city.buurten[year], again.buurten[year])
    pd.testing.assert_frame_equal(city.leefbaarometer, again.leefbaarometer)
    pd.testing.assert_frame_equal(city.maatregelen, again.maatregelen)
    other = demo_city.generate(seed=demo_city.SEED + 10)
    assert not other.buurten[2022]["geometry"].equals(city.buurten[2022]["geometry"])


def test_size_codes_and_wijken(city):
    old, new = city.buurten[2016], city.buurten[2022]
    assert 80 <= len(old) <= 120 and len(new) == len(old) + 1
    assert new["WK_CODE"].nunique() == 12
    for frame in (old, new):
        assert frame["BU_CODE"].is_unique
        assert frame["BU_CODE"].str.fullmatch(r"BU9999\d{4}").all()
        assert (frame["BU_CODE"].str[2:8] == frame["WK_CODE"].str[2:8]).all()
        assert set(frame["GM_CODE"]) == {"GM9999"} and set(frame["GM_NAAM"]) == {"Veerstad"}
        assert frame["BU_NAAM"].is_unique


def test_every_field_maps_to_a_canonical_cbs_name(city):
    columns = [c for c in city.buurten[2022].columns if c != "geometry"]
    canonical = {name: find_field(columns, name) for name in ALIASES}
    assert sorted(v for v in canonical.values() if v) == sorted(columns)


def test_polygons_are_simple_and_do_not_overlap(city):
    for year in demo_city.YEARS:
        shapes = rings(city.buurten[year])
        assert all(demo_city.polygon_area(r) > 10_000 for r in shapes)  # counter-clockwise, > 1 ha
        # no segment of any polygon crosses another (except along the split's T-junctions)
        assert demo_city.crossing_segments(demo_city.ring_segments(shapes)) == []
    # the 2022 tessellation covers exactly the 2016 area (one buurt split in two)
    area = {year: sum(demo_city.polygon_area(r) for r in rings(city.buurten[year])) for year in demo_city.YEARS}
    assert area[2022] == pytest.approx(area[2016], abs=5.0)  # rounding to cm at the split
    # roughly 10 x 8 km in RD New
    points = np.vstack(rings(city.buurten[2016]))
    width, height = points.max(axis=0) - points.min(axis=0)
    assert 9_000 < width < 12_000 and 7_000 < height < 10_000
    assert 150_000 < points[:, 0].min() and points[:, 1].max() < 470_000


def test_sentinels_boundary_change_and_new_buurt(city):
    old, new = city.buurten[2016].set_index("BU_CODE"), city.buurten[2022].set_index("BU_CODE")
    assert (old["P_LAAGINKH"] == -99999999).sum() >= 2
    assert (new[["P_SOCMINH", "AANT_BIJST"]] == -99997).any(axis=1).sum() >= 3
    assert not (old.drop(columns="geometry").isin([-99997]).any().any())
    assert not (new.drop(columns="geometry").isin([-99999999]).any().any())
    # a populated buurt has an unreliable (hidden) 2016 income figure, another a secret 2022 figure
    assert ((old["P_LAAGINKH"] == -99999999) & (old["AANT_INW"] > 1000)).sum() == 1
    assert ((new["P_SOCMINH"] == -99997) & (new["AANT_INW"] > 1000)).sum() == 1
    changed = new.index[new["IND_WBI"] == 3]
    added = new.index.difference(old.index)
    assert len(added) == 1 and added[0] in changed and len(changed) == 2
    split = changed.difference(added)[0]
    assert old.loc[split, "geometry"] != new.loc[split, "geometry"]
    assert (old["IND_WBI"] == 1).all()
    assert ((new["IND_WBI"] == 1) | new.index.isin(changed)).all()
    assert new.loc[added[0], "AANT_INW"] > 500  # a new-build buurt


def test_story_profiles(city):
    new = city.buurten[2022]
    corp = numeric(new["P_HUURCORP"])
    inhabitants = new["AANT_INW"].to_numpy()
    assert (corp > 200 / 3).sum() >= 15  # corporatiebuurten
    assert ((inhabitants < 100) & (new["WATER"] == "NEE")).sum() >= 5  # industrial estate, forest
    assert (inhabitants == 0).sum() >= 2
    assert list(new.loc[new["WATER"] == "JA", "BU_NAAM"]) == ["Veerplas"]
    old = city.buurten[2016].set_index("BU_CODE")
    change = (numeric(new["P_LAAGINKH"]) - numeric(old["P_LAAGINKH"].reindex(new["BU_CODE"])))
    by_wijk = pd.Series(change, index=new["WK_NAAM"].to_numpy()).groupby(level=0).mean()
    assert by_wijk["Centrum"] < -4 and by_wijk["Kruiskamp"] > 4 and by_wijk["Noorderhof"] > 4
    assert abs(by_wijk["Villapark De Horst"]) < 1
    # shares are percentages, households and dwellings plausible
    valid = inhabitants >= 100
    for field in ("P_KOOPWON", "P_HUURCORP", "P_LAAGINKH", "P_SOCMINH"):
        values = numeric(new[field])[valid]
        values = values[~np.isnan(values)]
        assert ((values >= 0) & (values <= 100)).all(), field
    assert ((new["AANTAL_HH"] <= new["AANT_INW"]) | (new["AANT_INW"] == 0)).all()


def test_leefbaarometer(city):
    lbm = city.leefbaarometer
    assert list(lbm.columns) == list(demo_city.LEEFBAAROMETER_COLUMNS)
    assert sorted(lbm["jaar"].unique()) == [2002, 2008, 2012, 2014, 2016, 2018, 2020, 2022]
    early = lbm[lbm["jaar"] < 2014]
    assert early["onv"].isna().all() and early["lbm"].notna().any()
    assert set(lbm["bu_code"]) == set(city.buurten[2022]["BU_CODE"])
    scored = lbm.dropna(subset=["afw"])
    dims = scored[["fys", "onv", "soc", "vrz", "won"]].sum(axis=1)
    assert np.allclose(dims[scored["jaar"] >= 2014], scored.loc[scored["jaar"] >= 2014, "afw"], atol=5e-4)
    assert np.allclose(scored["lbm"] - scored["afw"], demo_city.LEEFBAAROMETER_NATIONAL_MEAN, atol=1e-3)
    text = demo_city.csv_text(lbm, na_rep="NA")
    assert ",NA,NA,NA,NA,NA\n" in text
    # the planted story: nuisance worsens (onv falls) in Kruiskamp, not in Noorderhof
    wijk = dict(zip(city.buurten[2022]["BU_CODE"], city.buurten[2022]["WK_NAAM"]))
    pivot = lbm.pivot(index="bu_code", columns="jaar", values="onv")
    change = (pivot[2022] - pivot[2014]).groupby(pivot.index.map(wijk)).mean()
    assert change["Kruiskamp"] < -0.05 and change["Westerpark"] < -0.05
    assert change["Noorderhof"] > change["Kruiskamp"] + 0.03


def test_measures_are_valid(city):
    table = city.maatregelen
    assert list(table.columns) == list(demo_city.MEASURE_COLUMNS)
    assert 10 <= len(table) <= 20
    assert set(table["scenario"]) == {"Herstructurering Oost", "Spreiding"}
    assert set(table["maatregel"]) == {"sloop", "nieuwbouw", "verkoop", "liberalisatie", "aankoop", "toewijzing"}
    assert set(table["segment"].dropna()) <= {"sociale_huur", "particuliere_huur", "koop"}
    assert (table["aantal"] >= 0).all()
    allocation = table["maatregel"] == "toewijzing"
    assert table.loc[allocation, "aandeel"].between(0, 1).all() and table.loc[~allocation, "aandeel"].isna().all()
    buurten = city.buurten[2022].set_index("BU_CODE")
    assert set(table["buurtcode"]) <= set(buurten.index)
    for scenario, rows in table.groupby("scenario"):
        stock = {code: demo_city.stock(buurten.loc[code]) for code in rows["buurtcode"]}
        for row in rows.itertuples():
            s = stock[row.buurtcode]
            if row.maatregel == "sloop":
                s[row.segment] -= row.aantal
            elif row.maatregel == "nieuwbouw":
                s[row.segment] += row.aantal
            elif row.maatregel in ("verkoop", "liberalisatie"):
                s["sociale_huur"] -= row.aantal
                s["koop" if row.maatregel == "verkoop" else "particuliere_huur"] += row.aantal
            elif row.maatregel == "aankoop":
                s[row.segment] -= row.aantal
                s["sociale_huur"] += row.aantal
            assert min(s.values()) >= 0, (scenario, row)


def test_committed_files_equal_a_fresh_generation(city):
    lbm = (DEMO_DIR / "veerstad_leefbaarometer.csv").read_text(encoding="utf-8")
    assert lbm == demo_city.csv_text(city.leefbaarometer, na_rep="NA")
    measures = (DEMO_DIR / "veerstad_maatregelen.csv").read_text(encoding="utf-8")
    assert measures == demo_city.csv_text(city.maatregelen)
    readme = (DEMO_DIR / "README.md").read_text(encoding="utf-8")
    assert "fictional" in readme and str(demo_city.SEED) in readme
    total = sum(p.stat().st_size for p in DEMO_DIR.iterdir())
    assert total < 1_000_000
