#!/usr/bin/env python3
"""Generate a national-scale synthetic buurt layer for the benchmarks (not real data, not shipped).

~14,500 buurten in ~340 gemeenten on a topologically consistent tessellation in EPSG:28992 whose
shared edges are densified and perturbed, so polygons have ~125 vertices (about what generalised
CBS buurt polygons have), with two years of indicators under the names `veerkracht:preparecbs` and
`veerkracht:joinleefbaarometer` write. Deterministic (seeded).

    python3 benchmarks/national.py out/bench/national.gpkg [--rows 120 --cols 121]
"""

import argparse
import struct
import sys
from pathlib import Path

import numpy as np

CELL = 1500.0  # m: 14,500 cells of 1.5 km ~ the land area of the Netherlands
ORIGIN = (20000.0, 310000.0)
SEGMENTS = 31  # points per shared edge, i.e. ~4 * 31 vertices per polygon
GEMEENTE_BLOCK = (6, 7)  # cells per gemeente (rows, cols) -> ~345 gemeenten on 120 x 121
WIJK_BLOCK = (2, 2)


def _edges(rng, rows, cols):
    """Node grid (jittered) and perturbation profiles for every horizontal and vertical edge."""
    ny, nx = rows + 1, cols + 1
    nodes = np.stack(np.meshgrid(np.arange(nx) * CELL, np.arange(ny) * CELL), axis=-1).astype(float)
    nodes += rng.uniform(-0.2, 0.2, nodes.shape) * CELL
    nodes += ORIGIN
    t = np.linspace(0.0, 1.0, SEGMENTS + 2)[1:-1]
    # smooth wiggles: a sum of three sines with random phases and amplitudes, zero at both ends
    def profiles(n_edges):
        amp = rng.uniform(0.01, 0.05, (n_edges, 3)) * CELL
        phase = rng.uniform(0, 2 * np.pi, (n_edges, 3))
        freq = np.array([1.0, 3.0, 7.0])
        wiggle = (amp[:, :, None] * np.sin(freq[None, :, None] * np.pi * t[None, None, :] + phase[:, :, None])).sum(1)
        return wiggle * np.sin(np.pi * t)[None, :]

    horizontal = profiles(ny * cols).reshape(ny, cols, SEGMENTS)
    vertical = profiles(nx * rows).reshape(rows, nx, SEGMENTS)
    return nodes, t, horizontal, vertical


def _edge_points(a, b, t, offset):
    direction = b - a
    normal = np.array([-direction[1], direction[0]]) / (np.hypot(*direction) or 1.0)
    return a + t[:, None] * direction + offset[:, None] * normal


def polygons(rows, cols, seed=14500):
    """Yield (row, col, ring as an (n, 2) array) for every cell, closed rings, shared edges identical."""
    rng = np.random.default_rng(seed)
    nodes, t, horizontal, vertical = _edges(rng, rows, cols)
    for r in range(rows):
        for c in range(cols):
            p00, p01 = nodes[r, c], nodes[r, c + 1]
            p11, p10 = nodes[r + 1, c + 1], nodes[r + 1, c]
            bottom = _edge_points(p00, p01, t, horizontal[r, c])
            right = _edge_points(p01, p11, t, vertical[r, c + 1])
            top = _edge_points(p10, p11, t, horizontal[r + 1, c])[::-1]
            left = _edge_points(p00, p10, t, vertical[r, c])[::-1]
            ring = np.vstack([p00, bottom, p01, right, p11, top, p10, left, p00])
            yield r, c, ring


def wkb_polygon(ring):
    return struct.pack("<BII", 1, 3, 1) + struct.pack("<I", len(ring)) + np.ascontiguousarray(ring, "<f8").tobytes()


def attributes(rows, cols, seed=2022):
    """Indicator columns with spatial structure: gemeente effects + buurt noise, some NULLs and tiny buurten."""
    rng = np.random.default_rng(seed)
    n = rows * cols
    r, c = np.divmod(np.arange(n), cols)
    g_rows = -(-rows // GEMEENTE_BLOCK[0])
    g_cols = -(-cols // GEMEENTE_BLOCK[1])
    gemeente = (r // GEMEENTE_BLOCK[0]) * g_cols + c // GEMEENTE_BLOCK[1]
    wijk = (r // WIJK_BLOCK[0]) * (-(-cols // WIJK_BLOCK[1])) + c // WIJK_BLOCK[1]
    g_effect = rng.normal(0, 1, g_rows * g_cols)[gemeente]
    urban = np.clip(rng.normal(0, 1, n) * 0.7 + g_effect * 0.5, -3, 3)
    inwoners = np.round(np.exp(rng.normal(7.0 + 0.4 * urban, 0.8))).astype(float)
    tiny = rng.random(n) < 0.03
    inwoners[tiny] = rng.integers(0, 90, tiny.sum())
    huishoudens = np.round(inwoners / rng.uniform(1.8, 2.6, n))
    woningen = np.round(huishoudens * rng.uniform(1.0, 1.1, n))
    corporatie = np.clip(100 / (1 + np.exp(-(urban * 1.1 + rng.normal(-0.8, 0.9, n)))), 0, 100)
    koop = np.clip((100 - corporatie) * rng.uniform(0.5, 0.95, n), 0, 100)
    laag_t0 = np.clip(4 + 0.12 * corporatie + rng.normal(0, 2.5, n), 0, 100)
    laag_t1 = np.clip(laag_t0 + rng.normal(0.4, 1.5, n) + 0.01 * corporatie, 0, 100)
    onv_t0 = rng.normal(0, 0.08, n) - 0.0015 * corporatie
    onv_t1 = onv_t0 + rng.normal(0, 0.04, n) - 0.002 * (laag_t1 - laag_t0)
    for values, share in ((laag_t0, 0.02), (laag_t1, 0.03), (onv_t0, 0.005)):
        values[rng.random(n) < share] = np.nan
    indeling = np.where(rng.random(n) < 0.02, 3, 1)
    gm_codes = np.array([f"GM{g + 1:04d}" for g in range(g_rows * g_cols)])[gemeente]
    return {
        "buurtcode": [f"BU{g + 1:04d}{w % 100:02d}{i % 100:02d}" for i, (g, w) in enumerate(zip(gemeente, wijk))],
        "buurtnaam": [f"Buurt {i + 1}" for i in range(n)],
        "wijkcode": [f"WK{g + 1:04d}{w % 100:02d}" for g, w in zip(gemeente, wijk)],
        "gemeentecode": list(gm_codes),
        "gemeentenaam": [f"Gemeente {code[2:]}" for code in gm_codes],
        "inwoners_t1": inwoners,
        "huishoudens_t1": huishoudens,
        "woningen_t1": woningen,
        "p_corporatie_t1": np.round(corporatie, 1),
        "p_koopwoningen_t1": np.round(koop, 1),
        "p_laag_inkomen_t0": np.round(laag_t0, 1),
        "p_laag_inkomen_t1": np.round(laag_t1, 1),
        "lbm_onv_t0": np.round(onv_t0, 4),
        "lbm_onv_t1": np.round(onv_t1, 4),
        "vk_indeling": indeling,
    }


def write(path, rows=120, cols=121):
    from osgeo import ogr, osr

    ogr.UseExceptions()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    data = attributes(rows, cols)
    # buurtcodes must be unique: make them so with the running number
    data["buurtcode"] = [f"BU{i:08d}" for i in range(len(data["buurtcode"]))]
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    layer = ds.CreateLayer("buurten", srs, ogr.wkbPolygon, options=["SPATIAL_INDEX=YES"])
    for name, values in data.items():
        if isinstance(values, list):
            layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
        elif name in ("vk_indeling",):
            layer.CreateField(ogr.FieldDefn(name, ogr.OFTInteger))
        else:
            layer.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    definition = layer.GetLayerDefn()
    names = list(data)
    layer.StartTransaction()
    for i, (_r, _c, ring) in enumerate(polygons(rows, cols)):
        feature = ogr.Feature(definition)
        for name in names:
            value = data[name][i]
            if isinstance(value, float) and np.isnan(value):
                continue
            feature.SetField(name, value.item() if hasattr(value, "item") else value)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb_polygon(ring)))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    count = layer.GetFeatureCount()
    ds = None
    return count


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", nargs="?", default="out/bench/national.gpkg")
    parser.add_argument("--rows", type=int, default=120)
    parser.add_argument("--cols", type=int, default=121)
    args = parser.parse_args(argv)
    count = write(args.path, args.rows, args.cols)
    print(f"{args.path}: {count} buurten")


if __name__ == "__main__":
    sys.exit(main())
