#!/usr/bin/env python3
"""make demo: the Veerkracht pipeline headless with the plugin's own algorithms.

Smoke version (foundation): joins the wijk-level Leefbaarometer to a tiny generated buurt layer.
"""

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="out/demo")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from veerkracht_plugin.standalone import start_qgis

    start_qgis()
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer("Polygon?crs=EPSG:28992&field=BU_CODE:string&field=WK_CODE:string", "buurten", "memory")
    features = []
    for i in range(3):
        feature = QgsFeature(layer.fields())
        x = 190000 + i * 500
        wkt = f"POLYGON(({x} 470000,{x + 500} 470000,{x + 500} 470500,{x} 470500,{x} 470000))"
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([f"BU9999000{i}", "WK999900"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    csv = out / "leefbaarometer_demo.csv"
    csv.write_text("wk_code,jaar,onv\nWK999900,2014,-0.02\nWK999900,2022,-0.05\n", encoding="utf-8")
    result = processing.run(
        "veerkracht:joinleefbaarometer",
        {"INPUT": layer, "LEEFBAAROMETER": str(csv), "YEAR_T0": 2014, "YEAR_T1": 2022,
         "OUTPUT": str(out / "demo_buurten.gpkg")},
    )
    print(f"wrote {result['OUTPUT']}")


if __name__ == "__main__":
    main()
