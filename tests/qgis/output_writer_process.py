"""A run to be killed mid-write: veerkracht:score on a large GeoPackage in its own QGIS process.

    python output_writer_process.py INPUT.gpkg OUTPUT.gpkg fast|sink|layer

``fast``: the whole table, so the GeoPackage fast path copies it; ``sink``: a subset of it (all rows), so
the features go through a QGIS sink; ``layer``: like ``sink``, but written as a new layer ``nieuw`` into the
existing GeoPackage OUTPUT.gpkg. Prints 'done' when the run returned.
"""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)

from veerkracht_plugin.standalone import start_qgis  # noqa: E402


def main(source, output, mode):
    start_qgis()
    import processing

    if mode in ("sink", "layer"):
        source = f'{source}|layername=buurten|subset="fid" > 0'
    if mode == "layer":
        output = f"ogr:dbname='{output}' table=\"nieuw\" (geom)"
    processing.run("veerkracht:score", {"INPUT": source, "OUTPUT": output})
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
