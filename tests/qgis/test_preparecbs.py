"""veerkracht:preparecbs on the real Apeldoorn and Baarn files and on altered copies of them."""

import json

import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from tests.paths import APELDOORN_GPKG, BAARN_GEOJSON

CONTRACT = ["buurtcode", "buurtnaam", "wijkcode", "gemeentecode", "gemeentenaam", "vk_indeling", "inwoners_t0",
            "inwoners_t1", "huishoudens_t0", "huishoudens_t1", "p_koopwoningen_t0", "p_koopwoningen_t1",
            "p_corporatie_t0", "p_corporatie_t1", "p_laag_inkomen_t0", "p_laag_inkomen_t1", "vk_ontbreekt"]


def apeldoorn(year):
    layer = QgsVectorLayer(f"{APELDOORN_GPKG}|layername=buurten_{year}", f"buurten_{year}", "ogr")
    assert layer.isValid()
    return layer


def memory_copy(layer, edit=None, rename=None, drop=()):
    """A memory copy of ``layer``; ``edit(attributes dict, geometry)`` may change or drop (return None)."""
    rename = rename or {}
    crs = layer.crs().authid()
    copy = QgsVectorLayer(f"MultiPolygon?crs={crs}", "copy", "memory")
    fields = [f for f in layer.fields() if f.name() not in drop and f.name() != "fid"]
    copy.dataProvider().addAttributes(
        [QgsField(rename.get(f.name(), f.name()), f.type(), f.typeName()) for f in fields]
    )
    copy.updateFields()
    features = []
    for feature in layer.getFeatures():
        attributes = {f.name(): feature[f.name()] for f in fields}
        geometry = QgsGeometry(feature.geometry())
        if edit is not None:
            result = edit(attributes, geometry)
            if result is None:
                continue
            attributes, geometry = result
        out = QgsFeature(copy.fields())
        out.setAttributes([attributes[f.name()] for f in fields])
        out.setGeometry(geometry)
        features.append(out)
    copy.dataProvider().addFeatures(features)
    return copy


def is_null(value):
    return value is None or (isinstance(value, QVariant) and value.isNull())


def by_code(layer, field="buurtcode"):
    return {f[field]: f for f in layer.getFeatures()}


def run(run_alg, t0, t1, feedback=None, **extra):
    parameters = {"BUURTEN_T0": t0, "BUURTEN_T1": t1, "OUTPUT": "memory:", **extra}
    return run_alg("preparecbs", parameters, feedback)["OUTPUT"]


def test_apeldoorn_2016_2022(run_alg, feedback):
    t0, t1 = apeldoorn(2016), apeldoorn(2022)
    out = run(run_alg, t0, t1, feedback)
    assert out.featureCount() == 95
    assert out.crs().authid() == "EPSG:28992"
    names = out.fields().names()
    assert [n for n in CONTRACT if n not in names] == []
    assert {"p_sociaal_minimum_t1", "woningen_t1"} & set(names) == set()  # not in the Apeldoorn file
    rows = by_code(out)
    binnenstad = rows["BU02000101"]
    # the source values (BU02000101 Binnenstad: 2016 and 2022 rows of the GeoPackage)
    source0 = by_code(t0, "BU_CODE")["BU02000101"]
    source1 = by_code(t1, "BU_CODE")["BU02000101"]
    assert (binnenstad["inwoners_t0"], binnenstad["inwoners_t1"]) == (4900, 5615)
    assert (binnenstad["inwoners_t0"], binnenstad["inwoners_t1"]) == (source0["AANT_INW"], source1["AANT_INW"])
    assert binnenstad["huishoudens_t1"] == 3955 == source1["AANT_HH"]
    assert binnenstad["p_laag_inkomen_t0"] == pytest.approx(57.3)
    assert binnenstad["p_laag_inkomen_t1"] == pytest.approx(61.2)
    assert binnenstad["p_corporatie_t1"] == pytest.approx(source1["P_WCORPW"])
    assert binnenstad["p_moeite_rondkomen_t0"] == pytest.approx(21.9)
    assert (binnenstad["buurtnaam"], binnenstad["wijkcode"], binnenstad["gemeentecode"],
            binnenstad["gemeentenaam"]) == ("Binnenstad", "WK020001", "GM0200", "Apeldoorn")
    assert (binnenstad["jaar_t0"], binnenstad["jaar_t1"]) == (2016, 2022)
    # same (2025) boundaries in both years, no CBS flag: all unchanged
    assert {f["vk_indeling"] for f in out.getFeatures()} == {1}
    # geometry is the t1 geometry
    assert rows["BU02000101"].geometry().area() == pytest.approx(source1.geometry().area())
    # NULL in the source stays NULL, without a reason
    nulls = [f["BU_CODE"] for f in t1.getFeatures() if is_null(f["P_HH_LI"])]
    assert len(nulls) == 28
    for code in nulls:
        assert is_null(rows[code]["p_laag_inkomen_t1"])
        assert is_null(rows[code]["vk_ontbreekt"])
    assert any("95 buurten in t1: 95 matched" in m for m in feedback.infos)
    # inputs untouched
    assert "vk_indeling" not in t1.fields().names() and t1.featureCount() == 95


def test_boundary_change_by_geometry_new_and_recoded_buurten(run_alg, feedback):
    def alter_t0(attributes, geometry):
        if attributes["BU_CODE"] == "BU02000101":  # shrink Binnenstad's polygon to about half its area
            box = geometry.boundingBox()
            box.setXMaximum(box.xMinimum() + box.width() / 2)
            return attributes, geometry.intersection(QgsGeometry.fromRect(box))
        if attributes["BU_CODE"] == "BU02000102":  # a small correction (1 m buffer) is no boundary change
            return attributes, geometry.buffer(1, 4)
        if attributes["BU_CODE"] == "BU02000201":  # not in t0: a new buurt
            return None
        return attributes, geometry

    def recode_t1(attributes, geometry):
        if attributes["BU_CODE"] == "BU02000202":
            attributes["BU_CODE"] = "BU02000199"
        return attributes, geometry

    t0 = memory_copy(apeldoorn(2016), alter_t0)
    t1 = memory_copy(apeldoorn(2022), recode_t1)
    out = run(run_alg, t0, t1, feedback)
    rows = by_code(out)
    assert out.featureCount() == 95
    assert rows["BU02000101"]["vk_indeling"] == 3
    assert rows["BU02000102"]["vk_indeling"] == 1
    assert rows["BU02000201"]["vk_indeling"] == 4
    assert is_null(rows["BU02000201"]["inwoners_t0"])
    assert rows["BU02000199"]["vk_indeling"] == 2
    assert rows["BU02000199"]["vk_buurtcode_t0"] == "BU02000202"
    source0 = by_code(apeldoorn(2016), "BU_CODE")["BU02000202"]
    assert rows["BU02000199"]["inwoners_t0"] == source0["AANT_INW"]
    assert sorted(f["vk_indeling"] for f in out.getFeatures()).count(1) == 92  # all but 101, 201 and 199
    assert any("BU02000201" in w for w in feedback.warnings)
    # with a tolerance of 0.01 % even the 1 m buffer counts as a boundary change
    strict = by_code(run(run_alg, t0, t1, BOUNDARY_TOLERANCE=0.01))
    assert strict["BU02000102"]["vk_indeling"] == 3


def test_boundary_change_across_crs(run_alg):
    """t0 in RD, t1 in WGS84: t0 is reprojected before the comparison; unchanged buurten stay 1."""
    t1_wgs = QgsVectorLayer(f"{APELDOORN_GPKG}|layername=buurten_2022", "t1", "ogr")
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    transform = QgsCoordinateTransform(t1_wgs.crs(), QgsCoordinateReferenceSystem("EPSG:4326"),
                                       QgsProject.instance())

    def to_wgs(attributes, geometry):
        geometry.transform(transform)
        return attributes, geometry

    copy = memory_copy(t1_wgs, to_wgs)
    wgs = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", "wgs", "memory")
    wgs.dataProvider().addAttributes(copy.fields().toList())
    wgs.updateFields()
    wgs.dataProvider().addFeatures(list(copy.getFeatures()))
    out = run(run_alg, apeldoorn(2016), wgs)
    assert out.crs().authid() == "EPSG:4326"
    assert {f["vk_indeling"] for f in out.getFeatures()} == {1}


@pytest.fixture
def baarn_t1(tmp_path):
    """The Baarn PDOK file with one buurt marked water and one with CBS flag 3."""
    data = json.loads(BAARN_GEOJSON.read_text(encoding="utf-8"))
    for feature in data["features"]:
        properties = feature["properties"]
        if properties["buurtcode"] == "BU03080501":
            properties["water"] = "JA"
        if properties["buurtcode"] == "BU03080000":
            properties["indelingswijziging_wijken_en_buurten"] = 3
    path = tmp_path / "baarn_t1.geojson"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_baarn_pdok_sentinels_water_and_flag(run_alg, feedback, baarn_t1):
    before = BAARN_GEOJSON.read_bytes()
    t0 = QgsVectorLayer(str(BAARN_GEOJSON), "baarn", "ogr")
    t1 = QgsVectorLayer(baarn_t1, "baarn_t1", "ogr")
    assert t0.isValid() and t1.isValid()
    out = run(run_alg, t0, t1, feedback)
    assert out.crs().authid() == "EPSG:4326"
    assert out.featureCount() == 20  # BU03080501 is water in t1
    rows = by_code(out)
    assert "BU03080501" not in rows
    assert rows["BU03080000"]["vk_indeling"] == 3
    assert rows["BU03080001"]["vk_indeling"] == 1
    centrum = rows["BU03080000"]
    assert (centrum["inwoners_t0"], centrum["inwoners_t1"], centrum["huishoudens_t1"]) == (1825, 1825, 1075)
    # -99995 (not yet published) -> NULL, reason kept
    assert is_null(centrum["p_laag_inkomen_t1"])
    reasons = centrum["vk_ontbreekt"].split("; ")
    assert "p_laag_inkomen_t1: niet_gepubliceerd" in reasons
    assert "p_corporatie_t0: niet_gepubliceerd" in reasons
    assert "p_sociaal_minimum_t1: niet_gepubliceerd" in reasons
    assert not any(r.startswith("inwoners") for r in reasons)
    # -99997 (secret): the one-person household share of Amerpoort Sherpa (5 households)
    sherpa = rows["BU03080401"]
    assert is_null(sherpa["p_eenpersoons_hh_t1"])
    assert "p_eenpersoons_hh_t1: geheim" in sherpa["vk_ontbreekt"]
    # no number at or below the sentinel threshold survives
    numeric = [f.name() for f in out.fields() if f.isNumeric()]
    for feature in out.getFeatures():
        for name in numeric:
            value = feature[name]
            assert is_null(value) or value > -99990
    assert any("niet_gepubliceerd" in m and "geheim" in m for m in feedback.infos)
    assert any("water" in m for m in feedback.infos)
    # the input file is untouched
    assert BAARN_GEOJSON.read_bytes() == before


def test_keep_water(run_alg, baarn_t1):
    out = run(run_alg, QgsVectorLayer(str(BAARN_GEOJSON), "b", "ogr"), QgsVectorLayer(baarn_t1, "b1", "ogr"),
              KEEP_WATER=True)
    assert out.featureCount() == 21


def test_mixed_schemes_numeric_codes_and_dots(run_alg):
    """t0 with StatLine mnemonics, codes without 'BU', text values with '.'; t1 in shapefile style."""
    rename = {"BU_CODE": "gwb_code_10", "BU_NAAM": "regio", "AANT_INW": "a_inw", "AANT_HH": "a_hh",
              "P_HH_LI": "p_hh_li", "P_WCORPW": "p_wcorpw"}

    def mnemonics(attributes, geometry):
        attributes["BU_CODE"] = attributes["BU_CODE"][2:]
        return attributes, geometry

    t0 = memory_copy(apeldoorn(2016), mnemonics, rename=rename)
    # p_hh_li as text with a decimal comma and '.' for "not available", as in a joined StatLine CSV
    text = QgsVectorLayer("MultiPolygon?crs=EPSG:28992", "t0", "memory")
    text.dataProvider().addAttributes(
        [QgsField(f.name(), QVariant.String) if f.name() == "p_hh_li" else f for f in t0.fields()]
    )
    text.updateFields()
    position = t0.fields().indexFromName("p_hh_li")
    features = []
    for feature in t0.getFeatures():
        attributes = feature.attributes()
        value = attributes[position]
        attributes[position] = "." if feature["gwb_code_10"] == "02000102" else str(value).replace(".", ",")
        out = QgsFeature(text.fields())
        out.setAttributes(attributes)
        out.setGeometry(feature.geometry())
        features.append(out)
    text.dataProvider().addFeatures(features)
    out = run(run_alg, text, apeldoorn(2022))
    rows = by_code(out)
    assert rows["BU02000101"]["vk_indeling"] == 1
    assert rows["BU02000101"]["p_laag_inkomen_t0"] == pytest.approx(57.3)
    assert rows["BU02000101"]["inwoners_t0"] == 4900
    assert "p_laag_inkomen_t0: punt" in rows["BU02000102"]["vk_ontbreekt"]


def polygon_layer(rows, fields=("BU_CODE",), geometry_type="MultiPolygon"):
    layer = QgsVectorLayer(f"{geometry_type}?crs=EPSG:28992", "x", "memory")
    layer.dataProvider().addAttributes([QgsField(n, QVariant.String) for n in fields])
    layer.updateFields()
    features = []
    for i, values in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        if geometry_type == "Point":
            feature.setGeometry(QgsGeometry.fromWkt(f"POINT({i} 0)"))
        else:
            feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({i} 0, {i + 1} 0, {i + 1} 1, {i} 1, {i} 0))"))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_clear_errors(run_alg):
    good = apeldoorn(2022)
    with pytest.raises(QgsProcessingException, match="BU_CODE, buurtcode, gwb_code"):
        run(run_alg, polygon_layer([["x"]], fields=("id",)), good)
    with pytest.raises(QgsProcessingException, match="BU00010001"):
        run(run_alg, good, polygon_layer([["BU00010001"], ["bu00010001"]]))
    with pytest.raises(QgsProcessingException, match="no features"):
        run(run_alg, polygon_layer([]), good)
    with pytest.raises(QgsProcessingException, match="holds points, not polygons"):
        run(run_alg, polygon_layer([["BU00010001"]], geometry_type="Point"), good)


# --- StatLine tables without geometry, joined to buurt polygons --------------------------------
from tests.paths import UTRECHT_STATLINE_2019, UTRECHT_STATLINE_2021  # noqa: E402


def statline_layer(path):
    layer = QgsVectorLayer(str(path), path.stem, "ogr")
    assert layer.isValid() and layer.featureCount() == 122
    return layer


def utrecht_codes():
    lines = UTRECHT_STATLINE_2019.read_text(encoding="utf-8-sig").splitlines()[1:]
    return [line.split(";")[3].strip('" ') for line in lines if '"Buurt' in line.split(";")[2]]


def utrecht_polygons(codes, field="code"):
    """Buurt polygons for the test: one square per code, codes written without BU prefix and padded."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", "buurtvlakken", "memory")
    layer.dataProvider().addAttributes([QgsField(field, QVariant.String)])
    layer.updateFields()
    features = []
    for i, code in enumerate(codes):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f" {code[2:].lower()} " if i % 2 else code])
        feature.setGeometry(QgsGeometry.fromWkt(
            f"POLYGON(({i * 100} 450000, {i * 100 + 100} 450000, {i * 100 + 100} 450100, {i * 100} 450000))"))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_statline_utrecht_2019_2021_joined_onto_polygons(run_alg, feedback):
    codes = utrecht_codes()
    assert len(codes) == 111
    polygons = utrecht_polygons(codes[:-2] + ["BU03449999"])  # two buurten without polygon, one polygon extra
    out = run(run_alg, statline_layer(UTRECHT_STATLINE_2019), statline_layer(UTRECHT_STATLINE_2021), feedback,
              GEOMETRY=polygons)
    assert out.featureCount() == 109 and out.crs().authid() == "EPSG:28992"
    rows = by_code(out)
    first = rows[codes[0]]
    line = next(x for x in UTRECHT_STATLINE_2019.read_text(encoding="utf-8-sig").splitlines() if codes[0] in x)
    values = [v.strip('" ') for v in line.split(";")]
    assert first["inwoners_t0"] == int(values[4])
    assert first["p_eenpersoons_hh_t0"] == pytest.approx(100 * float(values[15]) / float(values[14]))
    assert {"huishoudens_t0", "huishoudens_t1", "p_0_14_t1", "p_65_plus_t1"} <= set(out.fields().names())
    assert all(0 <= f["p_eenpersoons_hh_t1"] <= 100 for f in out.getFeatures() if not is_null(f["p_eenpersoons_hh_t1"]))
    assert any("t0: 109 of 111 rows joined to the polygons" in i for i in feedback.infos)
    assert any("2 buurtcode(s) not in the polygons" in w and codes[-1] in w for w in feedback.warnings)
    assert any("11 gemeente or wijk row(s) skipped" in i for i in feedback.infos)
    # the output sits on the test polygons
    assert first.geometry().area() == pytest.approx(5000.0)


def test_a_table_without_geometry_needs_geometry(run_alg):
    with pytest.raises(QgsProcessingException) as info:
        run(run_alg, statline_layer(UTRECHT_STATLINE_2019), statline_layer(UTRECHT_STATLINE_2021))
    assert "has no geometry" in str(info.value) and "GEOMETRY" in str(info.value)
    assert "Traceback" not in str(info.value)


def test_field_map_names_unknown_fields(run_alg, feedback):
    t0 = memory_copy(apeldoorn(2016), rename={"BU_CODE": "Sleutel", "AANT_INW": "Bewoners"})
    t1 = memory_copy(apeldoorn(2022), rename={"BU_CODE": "Sleutel"})
    with pytest.raises(QgsProcessingException) as info:
        run(run_alg, t0, t1)
    assert "Canonical fields found:" in str(info.value) and "not found: buurtcode" in str(info.value)
    out = run(run_alg, t0, t1, feedback, FIELD_MAP="buurtcode=Sleutel\nt0:inwoners=Bewoners")
    assert out.featureCount() == 95
    assert by_code(out)["BU02000101"]["inwoners_t0"] == 4900
    with pytest.raises(QgsProcessingException, match="layer t1 has no field 'Bewoners'"):
        run(run_alg, t0, t1, FIELD_MAP="buurtcode=Sleutel; inwoners=Bewoners")
