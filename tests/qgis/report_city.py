"""A synthetic scored city for the report tests: 100 buurten in 15 wijken with known class counts.

Gemeente GM0999 "Veerstad", EPSG:28992. Wijk w (0–14) is a block of a 5×3 grid; wijken 0–9 hold 7
buurten, wijken 10–14 hold 6 (70 + 30 = 100). Buurt i (0–99) gets class CLASSES[i] from a fixed
pattern, so the counts are known: see CLASS_COUNTS.
"""

from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

WIJKNAMEN = [
    "Centrum", "Noord", "Oost", "Zuid", "West", "Kerkwijk", "Molenbuurt", "Havenkwartier", "Parkwijk",
    "De Hoven", "Zevenhuizen", "Brinkpolder", "Vogelwijk", "Rivierenbuurt", "Bomenwijk",
]
LETTERS = "ABCDEFG"

#: class per buurt index: 12 onder_druk, 20 veerkrachtig, 15 problemen, 18 gunstig, 30 stabiel, 5 geen_gegevens
CLASS_COUNTS = {"onder_druk": 12, "veerkrachtig": 20, "problemen": 15, "gunstig": 18, "stabiel": 30,
                "geen_gegevens": 5}
_PATTERN = []
for _code, _n in CLASS_COUNTS.items():
    _PATTERN.extend([_code] * _n)
# spread the classes over the city deterministically (37 is coprime with 100)
CLASSES = [_PATTERN[(i * 37) % 100] for i in range(100)]
DK = {"onder_druk": 0.9, "veerkrachtig": 0.7, "problemen": -0.1, "gunstig": -0.4, "stabiel": 0.05}
DP = {"onder_druk": 0.8, "veerkrachtig": -0.3, "problemen": 0.6, "gunstig": -0.5, "stabiel": 0.0}


def buurten_per_wijk():
    return [7] * 10 + [6] * 5


def city_rows():
    """One dict per buurt (attributes), with 'geometry' as a square."""
    rows = []
    i = 0
    signal_left = 3
    for w, count in enumerate(buurten_per_wijk()):
        gx, gy = w % 5, w // 5
        for b in range(count):
            klasse = CLASSES[i]
            x0 = 180000 + gx * 2000 + (b % 3) * 600
            y0 = 460000 + gy * 2000 + (b // 3) * 600
            inwoners = 400 + (i * 137) % 2100
            corp = float((i * 29) % 95)
            valid = klasse != "geen_gegevens"
            signal = False
            if klasse == "veerkrachtig" and signal_left:
                signal, signal_left = True, signal_left - 1
            rows.append({
                "buurtcode": f"BU0999{w:02d}{b:02d}",
                "buurtnaam": f"{WIJKNAMEN[w]} {LETTERS[b]}",
                "wijkcode": f"WK0999{w:02d}",
                "wijknaam": WIJKNAMEN[w],
                "gemeentecode": "GM0999",
                "gemeentenaam": "Veerstad",
                "inwoners_t1": inwoners if valid else 40,
                "p_corporatie_t1": corp,
                "p_laag_inkomen_t0": 10.0, "p_laag_inkomen_t1": 12.0,
                "lbm_onv_t0": 0.0, "lbm_onv_t1": -0.1,
                "vk_klasse": klasse,
                "vk_klasse_rel": ("onder_druk" if klasse == "onder_druk" and i % 2 == 0 else
                                  "stabiel" if valid else "geen_gegevens"),
                "vk_dk": DK[klasse] + (i % 7) * 0.03 if valid else None,
                "vk_dp": DP[klasse] + (i % 5) * 0.02 if valid else None,
                "vk_score": ((i % 9) - 4) * 0.1 if valid else None,
                "vk_k_niveau": 1.5 if signal else 0.2 if valid else None,
                "vk_p_niveau": 0.1 if valid else None,
                "vk_focus": 5 if valid else None,
                "vk_signaal": signal,
                "vk_corpbuurt": corp > 200 / 3,
                "vk_reden": None if valid else "klein",
                "geometry": QgsGeometry.fromPolygonXY([[
                    QgsPointXY(x0, y0), QgsPointXY(x0 + 580, y0), QgsPointXY(x0 + 580, y0 + 580),
                    QgsPointXY(x0, y0 + 580), QgsPointXY(x0, y0)]]),
            })
            i += 1
    return rows


TAG_FIELDS = ["vk_hp_sociaal", "vk_hp_leefomgeving", "vk_hp_woningprogramma", "vk_hp_herpositionering"]


def city_layer(tags=True, balance=True, name="veerstad"):
    """The synthetic city as a memory layer; with dock tags and/or balance buurt fields."""
    rows = city_rows()
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992", name, "memory")
    fields = []
    kinds = {str: QVariant.String, float: QVariant.Double, int: QVariant.Int, bool: QVariant.Bool}
    sample = rows[0]
    for key, value in sample.items():
        if key == "geometry":
            continue
        kind = {"vk_dk": float, "vk_dp": float, "vk_score": float, "vk_k_niveau": float, "vk_p_niveau": float,
                "vk_focus": int, "vk_reden": str}.get(key, type(value))
        fields.append(QgsField(key, kinds[kind]))
    extra = []
    if tags:
        extra += [(f, QVariant.Int) for f in TAG_FIELDS]
        extra += [("vk_probleemanalyse", QVariant.String), ("vk_succes", QVariant.String)]
    if balance:
        extra += [(f, QVariant.Double) for f in ("vk_soc_voor", "vk_soc_na", "vk_won_voor", "vk_won_na",
                                                   "vk_socaandeel_voor", "vk_socaandeel_na", "vk_kwetsbaar_voor",
                                                   "vk_kwetsbaar_na", "vk_plaatsing_voor", "vk_plaatsing_na",
                                                   "vk_compensatie")]
        extra += [("vk_kantelt", QVariant.Bool)]
    fields += [QgsField(n, k) for n, k in extra]
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    features = []
    for i, row in enumerate(rows):
        values = dict(row)
        if tags:
            for j, f in enumerate(TAG_FIELDS):
                values[f] = (i + j) % 4 if i < 30 else None
            values["vk_probleemanalyse"] = "Veel verloop, weinig ontmoeting" if i < 10 else None
            values["vk_succes"] = "Meer bewoners kennen elkaar" if i < 10 else None
        if balance:
            won = 800.0
            soc = round(won * row["p_corporatie_t1"] / 100)
            soc_na = soc - 40 if i in (0, 1) else soc
            values.update({
                "vk_soc_voor": soc, "vk_soc_na": soc_na, "vk_won_voor": won, "vk_won_na": won,
                "vk_socaandeel_voor": 100 * soc / won, "vk_socaandeel_na": 100 * soc_na / won,
                "vk_kwetsbaar_voor": 30.0, "vk_kwetsbaar_na": 47.0 if i == 5 else 31.0,
                "vk_plaatsing_voor": 2.0, "vk_plaatsing_na": 3.5 if i == 7 else 2.0,
                "vk_compensatie": 10.0 if i == 8 else 0.0, "vk_kantelt": i == 5,
            })
        feature = QgsFeature(layer.fields())
        feature.setGeometry(values.pop("geometry"))
        for key, value in values.items():
            feature[key] = value
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


SUMMARY = {
    "scenario": "Sloop Centrum", "niveau": "gemeente", "gemeente": "GM0999", "regio": None, "woningen_voor": 80000,
    "woningen_na": 79920, "sociale_huur_voor": 23456, "sociale_huur_na": 23376, "aandeel_voor": 29.32,
    "aandeel_na": 29.25, "doel": 30.0, "tekort": 600, "compensatie_nodig": 80, "plaatsingen": 493,
    "plaatsingen_na": 493, "delta_toewijzing": 1.2, "niet_plaatsbaar": 0, "haalbaar": True, "buurten_kantelen": 1,
    "nieuwbouw_sociaal_aandeel": 35.0, "nieuwbouw_betaalbaar_aandeel": 70.0,
}


def summary_table(scenarios=("Sloop Centrum",)):
    """The summary table of veerkracht:balance as a geometry-less memory layer (shares in %, as it writes)."""
    layer = QgsVectorLayer("None", "balans", "memory")
    kinds = {"scenario": QVariant.String, "niveau": QVariant.String, "gemeente": QVariant.String,
             "regio": QVariant.String,
             "haalbaar": QVariant.Bool}
    layer.dataProvider().addAttributes([QgsField(k, kinds.get(k, QVariant.Double)) for k in SUMMARY])
    layer.updateFields()
    features = []
    for n, scenario in enumerate(scenarios):
        feature = QgsFeature(layer.fields())
        for key, value in SUMMARY.items():
            feature[key] = value
        feature["scenario"] = scenario
        feature["sociale_huur_na"] = SUMMARY["sociale_huur_na"] + n
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer
