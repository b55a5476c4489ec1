"""Veerstad: a fictional gemeente for the demo, generated deterministically (no real data).

``generate()`` builds about a hundred buurten in twelve wijken on a perturbed Voronoi tessellation of a
roughly 10 x 8 km area in RD New (EPSG:28992) and gives them CBS-shaped key figures for 2016 and 2022
(shapefile-style field names, see ``veerkracht_plugin/core/cbs.py``), a Leefbaarometer-style CSV at buurt level and a
measures table for the citywide balance check (method.md section 3).

The city tells a story the maps should show:

* a gentrifying centre (vulnerable share falls, nuisance falls: *Gunstige ontwikkeling*),
* post-war estates in the east and south-east with corporatiebuurten (> 2/3 corporation-owned) where
  the vulnerable share and nuisance both rise (*Veerkracht onder druk*),
* a northern estate where the vulnerable share rises but nuisance does not (*Veerkrachtig*),
* a 1970s wijk in the west where nuisance rises without a rising vulnerable share (*Problemen nemen toe*),
* stable suburbs, a villapark and two villages with their buitengebied,
* an industrial estate and a forest with a lake, with few or no inhabitants (CBS hides their figures),
* CBS special values (-99999999 in 2016, -99997 "secret" in 2022), one boundary change
  (``IND_WBI`` = 3 in 2022 with a smaller polygon) and one new buurt (2022 only, also ``IND_WBI`` = 3).

Everything is pure numpy/pandas and depends only on the seed.
"""

from dataclasses import dataclass

import numpy as np
import pandas as pd

SEED = 20210401
GEMEENTE_CODE = "GM9999"  # no real gemeente has this code
GEMEENTE_NAAM = "Veerstad"
YEARS = (2016, 2022)
SENTINEL = {2016: -99999999, 2022: -99997}
LEEFBAAROMETER_YEARS = (2002, 2008, 2012, 2014, 2016, 2018, 2020, 2022)
LEEFBAAROMETER_NATIONAL_MEAN = 4.10

#: Centre of the city in RD New (a made-up place; the city does not exist).
CENTRE = (176500.0, 441500.0)
HALF_WIDTH, HALF_HEIGHT = 5200.0, 4100.0

#: Field order of the buurt layers (shapefile style, <= 2022).
BUURT_FIELDS = (
    "BU_CODE", "BU_NAAM", "WK_CODE", "WK_NAAM", "GM_CODE", "GM_NAAM", "WATER", "IND_WBI",
    "AANT_INW", "AANTAL_HH", "WONINGEN", "P_KOOPWON", "P_HUURWON", "P_HUURCORP",
    "P_LAAGINKH", "P_SOCMINH", "AANT_BIJST",
)
INTEGER_FIELDS = ("IND_WBI", "AANT_INW", "AANTAL_HH", "WONINGEN", "P_KOOPWON", "P_HUURWON", "P_HUURCORP",
                  "AANT_BIJST")
REAL_FIELDS = ("P_LAAGINKH", "P_SOCMINH")
LEEFBAAROMETER_COLUMNS = ("bu_code", "bu_naam", "jaar", "lbm", "afw", "fys", "onv", "soc", "vrz", "won")
MEASURE_COLUMNS = ("scenario", "buurtcode", "maatregel", "segment", "aantal", "aandeel", "toelichting")

# --- the twelve wijken ---------------------------------------------------------------------------
# (number, name, profile, position relative to the city centre in units of the half width/height,
#  minimum distance between buurt seeds in metres)
WIJKEN = (
    (1, "Centrum", "centrum", (0.00, 0.02), 500),
    (2, "Singelkwartier", "ring", (-0.28, 0.22), 560),
    (3, "Veerstad-Oost", "druk", (0.40, 0.08), 620),
    (4, "Kruiskamp", "druk", (0.30, -0.42), 640),
    (5, "Noorderhof", "veerkrachtig", (0.05, 0.52), 640),
    (6, "Westerpark", "problemen", (-0.50, -0.10), 640),
    (7, "Zuidweide", "suburb", (-0.12, -0.55), 700),
    (8, "Villapark De Horst", "villa", (-0.52, 0.60), 760),
    (9, "Veerdorp", "dorp", (0.74, 0.62), 800),
    (10, "Hoogeveld", "dorp", (-0.80, -0.62), 800),
    (11, "Bedrijventerrein De Schans", "industrie", (0.82, -0.30), 1000),
    (12, "Veerbos", "bos", (-0.86, 0.22), 1100),
)

#: Buurt names per wijk, used in order (closest to the wijk centre first).
NAMES = {
    1: ("Binnenstad", "Marktkwartier", "Stationsbuurt", "Kerkhof", "Havenfront", "Vestingwal",
        "Lange Veerstraat", "Pakhuizen", "Nieuwe Markt", "Stadhuisplein", "Gasthuisbuurt"),
    2: ("Singel-Noord", "Singel-Zuid", "Parkbuurt", "Musicusbuurt", "Burgemeesterswijk", "Oranjebuurt",
        "Lindenhof", "Sluisbuurt", "Kanaalbuurt", "Schippersbuurt"),
    3: ("Bloemenbuurt", "Vogelbuurt", "Schildersbuurt", "Componistenbuurt", "Oosterflat", "Zonnehof",
        "Sterrenbuurt", "Meeuwenhof", "Oostpoort", "Landjuweel"),
    4: ("Kruiskamp-Noord", "Kruiskamp-Zuid", "Zeeheldenbuurt", "Galerijflats", "Rivierenbuurt",
        "Kamphof", "Wielewaal", "Kruisakker", "Boogaard", "Heerenveld"),
    5: ("Noorderhof-Centrum", "Bomenbuurt", "Vlinderbuurt", "Dichtersbuurt", "Noorderplein", "Kastanjehof",
        "Noordrand", "Esdoornbuurt", "Wilgenhof", "Populierenhof"),
    6: ("Westerpark-Centrum", "Laagbouw West", "Hoogbouw West", "Westerhof", "Klaverveld", "Molenbuurt",
        "Westrand", "Boerhaavebuurt", "Kempkes", "Dijkzicht"),
    7: ("Zuidweide-Centrum", "Weidebloem", "Zuiderhaven", "Akkerland", "Boomgaard", "Zuidweide-Oost",
        "Zuidweide-West", "Kwekerij", "Slotenbuurt", "Rietland"),
    8: ("De Horst", "Horsterpark", "Berkenlaan", "Heuvelrug", "Villawijk Oost", "Dennenoord", "Huize Horst"),
    9: ("Veerdorp-Kern", "Veerdorp-Dijk", "Veerdorp-Buitengebied", "Veerdorp-Polder", "Veerdorp-Noord",
        "Veerdorp-Oost", "Veerdorp-Uiterwaard"),
    10: ("Hoogeveld-Kern", "Hoogeveld-Es", "Hoogeveld-Buitengebied", "Hoogeveld-Heide", "Hoogeveld-Zuid",
         "Hoogeveld-West", "Hoogeveld-Broek"),
    11: ("De Schans", "Schanspoort", "Industriehaven", "Logistiek Park", "Schans-Zuid", "Schans-Noord"),
    12: ("Veerbos", "Boswachterij", "Bosrand", "Heideveld", "Bos-Zuid"),
}

NEW_BUURT_NAME = "Nieuwe Weide"

# Profiles: population range, household size, corporation share, owner-occupied share, % low-income
# households (2016), % around the social minimum (2016), Leefbaarometer onv 2014, and the planted
# changes 2016 -> 2022 (low income, social minimum) and 2014 -> 2022 (onv; higher is better).
PROFILES = {
    "centrum": dict(pop=(1500, 3200), hh=1.55, corp=(22, 34), koop=(30, 42), li=(48, 56), sm=(11, 15),
                    onv=(-0.20, -0.12), d_li=(-8.0, -5.0), d_sm=(-3.0, -1.5), d_onv=(0.045, 0.08), d_corp=-3),
    "ring": dict(pop=(1200, 2500), hh=1.8, corp=(30, 45), koop=(35, 50), li=(40, 48), sm=(8, 11),
                 onv=(-0.08, -0.02), d_li=(-4.0, -2.5), d_sm=(-1.5, -0.5), d_onv=(0.0, 0.03), d_corp=-2),
    "druk": dict(pop=(1800, 3200), hh=2.1, corp=(62, 82), koop=(12, 25), li=(50, 62), sm=(12, 18),
                 onv=(-0.22, -0.10), d_li=(4.0, 8.0), d_sm=(1.5, 3.5), d_onv=(-0.12, -0.06), d_corp=-1),
    "veerkrachtig": dict(pop=(1600, 3000), hh=2.1, corp=(60, 78), koop=(15, 28), li=(52, 60), sm=(12, 16),
                         onv=(-0.14, -0.06), d_li=(4.0, 7.0), d_sm=(1.5, 3.0), d_onv=(0.0, 0.03), d_corp=-1),
    "problemen": dict(pop=(1500, 2600), hh=2.2, corp=(40, 58), koop=(30, 45), li=(42, 50), sm=(9, 12),
                      onv=(-0.08, -0.02), d_li=(-0.5, 0.8), d_sm=(-0.3, 0.3), d_onv=(-0.10, -0.06), d_corp=0),
    "suburb": dict(pop=(1200, 2800), hh=2.6, corp=(12, 25), koop=(65, 80), li=(25, 33), sm=(3, 6),
                   onv=(0.04, 0.10), d_li=(-0.6, 0.6), d_sm=(-0.3, 0.3), d_onv=(-0.005, 0.005), d_corp=0),
    "villa": dict(pop=(600, 1500), hh=2.3, corp=(0, 6), koop=(85, 95), li=(15, 22), sm=(2, 4),
                  onv=(0.10, 0.16), d_li=(-0.5, 0.5), d_sm=(-0.2, 0.2), d_onv=(-0.005, 0.005), d_corp=0),
    "dorp": dict(pop=(900, 2000), hh=2.4, corp=(18, 30), koop=(62, 75), li=(30, 38), sm=(4, 7),
                 onv=(0.08, 0.14), d_li=(-0.6, 0.6), d_sm=(-0.3, 0.3), d_onv=(-0.005, 0.005), d_corp=0),
    "buitengebied": dict(pop=(120, 450), hh=2.6, corp=(0, 8), koop=(75, 90), li=(22, 30), sm=(2, 5),
                         onv=(0.12, 0.20), d_li=(-0.6, 0.6), d_sm=(-0.3, 0.3), d_onv=(-0.005, 0.005), d_corp=0),
    "industrie": dict(pop=(0, 70), hh=1.8, corp=(0, 10), koop=(30, 60), li=(30, 50), sm=(5, 12),
                      onv=(-0.10, 0.0), d_li=(-1.0, 1.0), d_sm=(-0.5, 0.5), d_onv=(-0.02, 0.02), d_corp=0),
    "bos": dict(pop=(0, 30), hh=2.0, corp=(0, 0), koop=(60, 90), li=(20, 30), sm=(2, 5),
                onv=(0.10, 0.20), d_li=(-1.0, 1.0), d_sm=(-0.5, 0.5), d_onv=(-0.01, 0.01), d_corp=0),
    "nieuwbouw": dict(pop=(900, 900), hh=2.7, corp=(30, 30), koop=(55, 55), li=(28, 28), sm=(5, 5),
                      onv=(0.08, 0.08), d_li=(0.0, 0.0), d_sm=(0.0, 0.0), d_onv=(0.0, 0.0), d_corp=0),
}


#: Not every buurt follows its wijk: about one in five takes one of these changes instead, so the maps
#: look like a real city rather than twelve uniform blocks.
EXCEPTIONS = {
    "centrum": {"d_onv": (-0.01, 0.01)},
    "ring": {"d_onv": (-0.06, -0.04)},
    "druk": {"d_onv": (0.0, 0.02)},
    "veerkrachtig": {"d_onv": (-0.09, -0.05)},
    "problemen": {"d_onv": (-0.01, 0.01)},
    "suburb": {"d_li": (2.0, 3.5)},
    "dorp": {"d_onv": (-0.05, -0.03)},
}


@dataclass
class DemoCity:
    """The generated city: buurt layers per year (DataFrames with a ``geometry`` WKT column), the
    Leefbaarometer CSV (long format, buurt level) and the measures table."""

    buurten: dict
    leefbaarometer: pd.DataFrame
    maatregelen: pd.DataFrame
    seed: int


# --- geometry helpers ----------------------------------------------------------------------------
def _clip(polygon, point, normal):
    """Clip a convex polygon (n x 2) to the half-plane (x - point) . normal <= 0."""
    side = (polygon - point) @ normal
    result = []
    count = len(polygon)
    for i in range(count):
        a, b = polygon[i], polygon[(i + 1) % count]
        sa, sb = side[i], side[(i + 1) % count]
        if sa <= 0:
            result.append(a)
        if (sa < 0 < sb) or (sb < 0 < sa):
            t = sa / (sa - sb)
            result.append(a + t * (b - a))
    return np.array(result) if result else np.empty((0, 2))


def polygon_area(ring):
    """Signed shoelace area of a ring (n x 2, not closed); positive = counter-clockwise."""
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * float(np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y))


def _centroid(ring):
    x, y = ring[:, 0], ring[:, 1]
    cross = x * np.roll(y, -1) - np.roll(x, -1) * y
    area = 0.5 * cross.sum()
    return np.array([((x + np.roll(x, -1)) * cross).sum(), ((y + np.roll(y, -1)) * cross).sum()]) / (6 * area)


def _convex_hull(points):
    """Counter-clockwise convex hull (monotone chain)."""
    pts = sorted(map(tuple, points))

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return np.array(lower[:-1] + upper[:-1])


def crossing_segments(segments):
    """Pairs (i, j) of segments (n x 4: x1, y1, x2, y2) that cross or touch other than at shared
    end points. Used to check that the tessellation has no self-intersections and no overlaps."""
    seg = np.asarray(segments, dtype=float)
    p, r = seg[:, :2], seg[:, 2:] - seg[:, :2]
    lo, hi = np.minimum(seg[:, :2], seg[:, 2:]), np.maximum(seg[:, :2], seg[:, 2:])
    pairs = []
    for i in range(len(seg)):
        j = np.arange(i + 1, len(seg))
        box = (lo[j, 0] <= hi[i, 0]) & (lo[i, 0] <= hi[j, 0]) & (lo[j, 1] <= hi[i, 1]) & (lo[i, 1] <= hi[j, 1])
        j = j[box]
        if not len(j):
            continue
        shared = np.zeros(len(j), dtype=bool)
        for a in (seg[i, :2], seg[i, 2:]):
            for cols in (slice(0, 2), slice(2, 4)):
                shared |= np.all(np.abs(seg[j, cols] - a) < 1e-6, axis=1)
        denom = r[i, 0] * r[j, 1] - r[i, 1] * r[j, 0]
        qp = p[j] - p[i]
        with np.errstate(divide="ignore", invalid="ignore"):
            t = (qp[:, 0] * r[j, 1] - qp[:, 1] * r[j, 0]) / denom
            u = (qp[:, 0] * r[i, 1] - qp[:, 1] * r[i, 0]) / denom
        eps = 1e-9
        meets = (np.abs(denom) > 1e-12) & (t > -eps) & (t < 1 + eps) & (u > -eps) & (u < 1 + eps)
        # crossing point away from every end point (an end point on the other segment's interior is a
        # T-junction: allowed, it occurs where the split buurt meets its neighbours)
        point = p[i] + np.nan_to_num(t)[:, None] * r[i]
        ends = np.stack([seg[j, :2], seg[j, 2:], np.broadcast_to(seg[i, :2], (len(j), 2)),
                         np.broadcast_to(seg[i, 2:], (len(j), 2))])
        away = np.linalg.norm(ends - point[None], axis=2).min(axis=0) > 0.02
        proper = meets & away
        collinear = (np.abs(denom) <= 1e-12) & (np.abs(qp[:, 0] * r[i, 1] - qp[:, 1] * r[i, 0]) < 1e-6)
        bad = (proper | collinear) & ~shared
        pairs.extend((i, int(k)) for k in j[bad])
    return pairs


def ring_segments(rings):
    """All segments (x1, y1, x2, y2) of closed rings."""
    parts = [np.hstack([ring, np.roll(ring, -1, axis=0)]) for ring in rings]
    return np.vstack(parts)


def wkt_multipolygon(ring, offset=(0.0, 0.0)):
    """MULTIPOLYGON WKT of one exterior ring (closed in the text) moved by ``offset``, in cm."""
    ring = np.asarray(ring) + np.asarray(offset)
    closed = np.vstack([ring, ring[:1]])
    coords = ",".join(f"{x:.2f} {y:.2f}" for x, y in closed)
    return f"MULTIPOLYGON ((({coords})))"


# --- the tessellation ----------------------------------------------------------------------------
def _outline(rng):
    angles = np.linspace(0, 2 * np.pi, 28, endpoint=False)
    radius = 1 + rng.uniform(-0.05, 0.05, len(angles))
    points = np.column_stack([np.cos(angles) * HALF_WIDTH * 1.08 * radius,
                              np.sin(angles) * HALF_HEIGHT * 1.08 * radius])
    return _convex_hull(points)


def _inside(points, hull):
    inside = np.ones(len(points), dtype=bool)
    for a, b in zip(hull, np.roll(hull, -1, axis=0)):
        inside &= (b[0] - a[0]) * (points[:, 1] - a[1]) - (b[1] - a[1]) * (points[:, 0] - a[0]) > 0
    return inside


def _wijk_of(points):
    centres = np.array([(u * HALF_WIDTH, v * HALF_HEIGHT) for _n, _name, _p, (u, v), _d in WIJKEN])
    distance = np.linalg.norm(points[:, None, :] - centres[None, :, :], axis=2)
    return distance.argmin(axis=1)


def _seeds(rng, hull):
    """Poisson-disc seeds with a minimum distance that depends on the wijk (dense centre)."""
    spacing = np.array([w[4] for w in WIJKEN], dtype=float)
    seeds = []
    candidates = rng.uniform([-HALF_WIDTH * 1.1, -HALF_HEIGHT * 1.1], [HALF_WIDTH * 1.1, HALF_HEIGHT * 1.1],
                             size=(6000, 2))
    candidates = candidates[_inside(candidates, hull * 0.97)]
    wijk = _wijk_of(candidates)
    for point, w in zip(candidates, wijk):
        if seeds:
            d = np.linalg.norm(np.array(seeds) - point, axis=1)
            if d.min() < spacing[w]:
                continue
        seeds.append(point)
    return np.array(seeds)


def _voronoi(seeds, hull):
    cells = []
    for i, seed in enumerate(seeds):
        cell = hull.copy()
        order = np.argsort(np.linalg.norm(seeds - seed, axis=1))
        for j in order[1:]:
            other = seeds[j]
            gap = np.linalg.norm(other - seed)
            if gap > 2 * np.linalg.norm(cell - seed, axis=1).max():
                break
            cell = _clip(cell, (seed + other) / 2, other - seed)
        cells.append(cell)
        assert len(cell) >= 3, i
    return cells


def _snap(cells, tolerance=0.5):
    """Give vertices shared by neighbouring cells one identity (index into a vertex array)."""
    vertices = []
    rings = []
    for cell in cells:
        ring = []
        for point in cell:
            if vertices:
                d = np.linalg.norm(np.array(vertices) - point, axis=1)
                k = int(d.argmin())
                if d[k] < tolerance:
                    if not ring or ring[-1] != k:
                        ring.append(k)
                    continue
            vertices.append(np.round(point, 2))
            ring.append(len(vertices) - 1)
        if ring[0] == ring[-1]:
            ring.pop()
        rings.append(ring)
    return np.array(vertices), rings


def _perturb(vertices, rings, rng, frozen, damp):
    """Replace edges by wiggly lines, identical for the two cells that share an edge.

    Each edge longer than 200 m gets two levels of midpoint displacement (up to 6% and 3% of its
    length). Edges in ``frozen`` stay straight; ``damp`` maps an edge to a factor (0 = straight) and is
    used to straighten edges that would cross others.
    """
    offsets = {}
    keys = sorted({tuple(sorted((ring[k], ring[(k + 1) % len(ring)]))) for ring in rings
                   for k in range(len(ring))})
    for key in keys:
        a, b = vertices[key[0]], vertices[key[1]]
        f1, f2, f3 = rng.uniform(-1, 1, 3)
        length = np.linalg.norm(b - a)
        if key in frozen or length < 200 or damp.get(key, 1.0) == 0:
            offsets[key] = np.empty((0, 2))
            continue
        scale = damp.get(key, 1.0)
        normal = np.array([-(b - a)[1], (b - a)[0]]) / length
        mid = (a + b) / 2 + normal * f1 * 0.06 * length * scale
        q1 = (a + mid) / 2 + normal * f2 * 0.03 * length * scale
        q3 = (mid + b) / 2 + normal * f3 * 0.03 * length * scale
        offsets[key] = np.round(np.array([q1, mid, q3]), 2)
    result = []
    for ring in rings:
        points = []
        for k in range(len(ring)):
            a, b = ring[k], ring[(k + 1) % len(ring)]
            points.append(vertices[a])
            inner = offsets[tuple(sorted((a, b)))]
            points.extend(inner if a < b else inner[::-1])
        result.append(np.array(points))
    return result


def _insert_on_edge(ring, point, tolerance=0.02):
    """``ring`` with ``point`` inserted into the edge it lies on (unchanged when it lies on none)."""
    nxt = np.roll(ring, -1, axis=0)
    edge = nxt - ring
    length2 = (edge**2).sum(axis=1)
    t = ((point - ring) * edge).sum(axis=1) / length2
    distance = np.linalg.norm(ring + t[:, None] * edge - point, axis=1)
    hits = np.flatnonzero((t > 1e-6) & (t < 1 - 1e-6) & (distance < tolerance))
    if not len(hits):
        return ring
    return np.insert(ring, hits[0] + 1, point, axis=0)


def _edge_keys(ring):
    return [tuple(sorted((ring[k], ring[(k + 1) % len(ring)]))) for k in range(len(ring))]


def _tessellation(rng):
    hull = _outline(rng)
    seeds = _seeds(rng, hull)
    wijk = _wijk_of(seeds)
    cells = _voronoi(seeds, hull)
    vertices, rings = _snap(cells)
    return hull, seeds, wijk, vertices, rings


# --- attributes ----------------------------------------------------------------------------------
def _round_to(value, step):
    return int(step * round(value / step))


def _buurt_profiles(seeds, wijk):
    """Profile name per buurt: the wijk's profile; in a village the buurt closest to the village centre
    is the kern, the others are buitengebied."""
    profiles = [WIJKEN[w][2] for w in wijk]
    for w_index, (_n, _name, profile, _pos, _d) in enumerate(WIJKEN):
        members = [i for i in range(len(seeds)) if wijk[i] == w_index]
        if profile == "dorp":
            centre = np.array(WIJKEN[w_index][3]) * (HALF_WIDTH, HALF_HEIGHT)
            kern = min(members, key=lambda i: np.linalg.norm(seeds[i] - centre))
            for i in members:
                if i != kern:
                    profiles[i] = "buitengebied"
    return profiles


def _order_in_wijk(seeds, wijk):
    """Buurt number within the wijk: closest to the wijk centre first."""
    number = np.zeros(len(seeds), dtype=int)
    for w_index, (_n, _name, _profile, (u, v), _d) in enumerate(WIJKEN):
        members = [i for i in range(len(seeds)) if wijk[i] == w_index]
        centre = np.array([u * HALF_WIDTH, v * HALF_HEIGHT])
        for rank, i in enumerate(sorted(members, key=lambda i: np.linalg.norm(seeds[i] - centre))):
            number[i] = rank
    return number


def _figures(rng, profile, exception_rng=None):
    """Key figures for 2016 and the planted changes to 2022 for one buurt."""
    p = dict(PROFILES[profile])
    if exception_rng is not None and exception_rng.uniform() < 0.2:
        p.update(EXCEPTIONS.get(profile, {}))
    u = rng.uniform(size=12)

    def pick(bounds, x):
        return bounds[0] + (bounds[1] - bounds[0]) * x

    return {
        "pop": pick(p["pop"], u[0]), "hh": p["hh"] * (0.92 + 0.16 * u[1]),
        "corp": pick(p["corp"], u[2]), "koop": pick(p["koop"], u[3]),
        "li": pick(p["li"], u[4]), "sm": pick(p["sm"], u[5]), "onv": pick(p["onv"], u[6]),
        "d_li": pick(p["d_li"], u[7]), "d_sm": pick(p["d_sm"], u[8]), "d_onv": pick(p["d_onv"], u[9]),
        "d_pop": 0.96 + 0.08 * u[10], "d_corp": p["d_corp"] * u[11],
        "fys": rng.normal(0, 0.04), "soc": rng.normal(0, 0.04), "vrz": rng.normal(0, 0.05),
        "won": rng.normal(0, 0.05), "noise": rng.normal(0, 0.004, len(LEEFBAAROMETER_YEARS)),
    }


def _row(code, name, w_index, figures, year, water="NEE", ind_wbi=1, hidden=(), pop_factor=1.0):
    """One buurt's attribute row for ``year`` (2016 = base values, 2022 = with the planted changes)."""
    later = year == YEARS[1]
    pop = figures["pop"] * (figures["d_pop"] if later else 1.0) * pop_factor
    inhabitants = _round_to(pop, 5)
    households = _round_to(pop / figures["hh"], 5)
    dwellings = int(round(households * 1.03))
    koop = figures["koop"] - (figures["d_corp"] if later else 0.0) * 0.5
    corp = min(figures["corp"] + (figures["d_corp"] if later else 0.0), 97 - round(koop))  # some private rent
    li = figures["li"] + (figures["d_li"] if later else 0.0)
    sm = figures["sm"] + (figures["d_sm"] if later else 0.0)
    row = {
        "BU_CODE": code, "BU_NAAM": name,
        "WK_CODE": f"WK{GEMEENTE_CODE[2:]}{WIJKEN[w_index][0]:02d}", "WK_NAAM": WIJKEN[w_index][1],
        "GM_CODE": GEMEENTE_CODE, "GM_NAAM": GEMEENTE_NAAM, "WATER": water, "IND_WBI": ind_wbi,
        "AANT_INW": inhabitants, "AANTAL_HH": households, "WONINGEN": dwellings,
        "P_KOOPWON": int(round(koop)), "P_HUURWON": 100 - int(round(koop)), "P_HUURCORP": int(round(corp)),
        "P_LAAGINKH": round(li, 1), "P_SOCMINH": round(sm, 1),
        "AANT_BIJST": _round_to(pop * sm * 0.0045, 10),
    }
    sentinel = SENTINEL[year]
    if inhabitants < 50:  # CBS does not publish shares for (almost) empty buurten
        hidden = tuple(hidden) + ("P_KOOPWON", "P_HUURWON", "P_HUURCORP", "P_LAAGINKH", "P_SOCMINH", "AANT_BIJST")
    for field in hidden:
        row[field] = sentinel
    return row


def generate(seed=SEED):
    """Generate Veerstad; the same seed gives the same city."""
    rng = np.random.default_rng(seed)
    _hull, seeds, wijk, vertices, rings = _tessellation(rng)
    number = _order_in_wijk(seeds, wijk)
    profiles = _buurt_profiles(seeds, wijk)

    # the lake: the forest buurt furthest from the city centre
    forest = [i for i in range(len(seeds)) if profiles[i] == "bos"]
    lake = max(forest, key=lambda i: np.linalg.norm(seeds[i]))
    # the boundary change: the suburb buurt furthest from the centre is split in 2022
    suburb = [i for i in range(len(seeds)) if profiles[i] == "suburb"]
    split = max(suburb, key=lambda i: np.linalg.norm(seeds[i]))
    frozen = set(_edge_keys(rings[split]))

    damp = {}
    for _attempt in range(6):
        shapes = _perturb(vertices, rings, np.random.default_rng(seed + 1), frozen, damp)
        segments = ring_segments(shapes)
        owners = np.concatenate([[k] * len(s) for k, s in enumerate(shapes)])
        bad = crossing_segments(segments)
        if not bad:
            break
        for i, j in bad:  # straighten the edges of the cells involved and try again
            for cell in (owners[i], owners[j]):
                for key in _edge_keys(rings[cell]):
                    damp[key] = damp.get(key, 1.0) * 0.5 if damp.get(key, 1.0) > 0.2 else 0.0
    else:  # pragma: no cover - guarded by the tests
        raise RuntimeError("could not perturb the tessellation without crossings")
    shapes = [s if polygon_area(s) > 0 else s[::-1] for s in shapes]

    # split the frozen (convex, straight) buurt: the outer part becomes the new buurt
    cell = shapes[split]
    centre = _centroid(cell)
    outward = centre / np.linalg.norm(centre)
    inner = np.round(_clip(cell, centre - outward * 250, outward), 2)
    outer = np.round(_clip(cell, centre - outward * 250, -outward), 2)
    share_outer = polygon_area(outer) / polygon_area(cell)
    for point in inner:  # give the neighbours the split's new vertices too (no T-junctions)
        if np.any(np.all(np.abs(cell - point) < 1e-6, axis=1)):
            continue
        for k, shape in enumerate(shapes):
            if k != split:
                shapes[k] = _insert_on_edge(shape, point)

    attribute_rng = np.random.default_rng(seed + 2)
    exception_rng = np.random.default_rng(seed + 4)
    figures = [_figures(attribute_rng, profile, exception_rng) for profile in profiles]
    # one populated Westerpark buurt with an unreliable 2016 income figure, one populated estate
    # buurt whose 2022 social-minimum and bijstand figures are secret
    westerpark = sorted(i for i in range(len(seeds)) if profiles[i] == "problemen")
    unreliable = westerpark[len(westerpark) // 2]
    estates = sorted(i for i in range(len(seeds)) if profiles[i] == "druk")
    secret = estates[-1]

    codes, names = [], []
    for i in range(len(seeds)):
        w = WIJKEN[wijk[i]][0]
        codes.append(f"BU{GEMEENTE_CODE[2:]}{w:02d}{number[i] + 1:02d}")
        names.append(NAMES[w][number[i]] if number[i] < len(NAMES[w]) else f"{WIJKEN[wijk[i]][1]} {number[i] + 1}")
    names[lake] = "Veerplas"
    order = sorted(range(len(seeds)), key=lambda i: codes[i])

    frames = {}
    for year in YEARS:
        rows, geometries = [], []
        for i in order:
            hidden = ()
            if year == 2016 and i == unreliable:
                hidden = ("P_LAAGINKH",)
            if year == 2022 and i == secret:
                hidden = ("P_SOCMINH", "AANT_BIJST")
            water = "JA" if i == lake else "NEE"
            fig = dict(figures[i])
            if i == lake:
                fig["pop"] = 0.0
            if year == 2022 and i == split:
                rows.append(_row(codes[i], names[i], wijk[i], fig, year, ind_wbi=3, pop_factor=1 - 0.3 * share_outer))
                geometries.append(wkt_multipolygon(inner, CENTRE))
                continue
            rows.append(_row(codes[i], names[i], wijk[i], fig, year, water=water, hidden=hidden))
            geometries.append(wkt_multipolygon(shapes[i], CENTRE))
        if year == 2022:
            w_index = wijk[split]
            members = [codes[i] for i in range(len(seeds)) if wijk[i] == w_index]
            new_code = f"BU{GEMEENTE_CODE[2:]}{WIJKEN[w_index][0]:02d}{len(members) + 1:02d}"
            new_figures = _figures(attribute_rng, "nieuwbouw")
            rows.append(_row(new_code, NEW_BUURT_NAME, w_index, new_figures, year, ind_wbi=3))
            geometries.append(wkt_multipolygon(outer, CENTRE))
        frame = pd.DataFrame(rows, columns=list(BUURT_FIELDS))
        frame["geometry"] = geometries
        frames[year] = frame.sort_values("BU_CODE").reset_index(drop=True)

    new_code = frames[2022].loc[~frames[2022]["BU_CODE"].isin(frames[2016]["BU_CODE"]), "BU_CODE"].iloc[0]
    lbm = _leefbaarometer(codes, names, figures, profiles, new_code, new_figures, np.random.default_rng(seed + 3))
    measures = _measures(frames[2022])
    return DemoCity(buurten=frames, leefbaarometer=lbm, maatregelen=measures, seed=seed)


# --- Leefbaarometer --------------------------------------------------------------------------------
def _leefbaarometer(codes, names, figures, profiles, new_code, new_figures, rng):
    """Long format, buurt level; dimension scores from 2014 on, NA for (almost) empty buurten."""
    level_bias = {"centrum": (-0.02, 0.25, -0.05), "ring": (0.0, 0.15, 0.0), "druk": (-0.06, -0.02, -0.10),
                  "veerkrachtig": (-0.04, 0.0, -0.08), "problemen": (-0.03, 0.0, -0.05),
                  "suburb": (0.02, -0.04, 0.06), "villa": (0.05, -0.06, 0.18), "dorp": (0.03, -0.08, 0.05),
                  "buitengebied": (0.04, -0.18, 0.08), "industrie": (0.0, 0.0, 0.0), "bos": (0.0, 0.0, 0.0),
                  "nieuwbouw": (0.03, -0.05, 0.10)}
    rows = []
    entries = [(c, n, f, p) for c, n, f, p in zip(codes, names, figures, profiles)]
    entries.append((new_code, NEW_BUURT_NAME, new_figures, "nieuwbouw"))
    for code, name, fig, profile in sorted(entries):
        empty = profile in ("industrie", "bos") or fig["pop"] < 50 or name == "Veerplas"
        soc_bias, vrz_bias, won_bias = level_bias[profile]
        for k, year in enumerate(LEEFBAAROMETER_YEARS):
            if profile == "nieuwbouw" and year < 2020:
                continue
            row = {"bu_code": code, "bu_naam": name, "jaar": year}
            if empty:
                rows.append({**row, **{c: np.nan for c in LEEFBAAROMETER_COLUMNS[3:]}})
                continue
            t = (year - 2014) / 8.0
            onv = fig["onv"] + fig["d_onv"] * t + (0.0 if year in (2014, 2022) else fig["noise"][k])
            fys = fig["fys"] + 0.002 * (year - 2014) / 2
            soc = fig["soc"] + soc_bias - 0.3 * fig["d_li"] / 100 * t
            vrz = fig["vrz"] + vrz_bias
            won = fig["won"] + won_bias + 0.01 * t
            afw = fys + onv + soc + vrz + won
            row["lbm"] = round(LEEFBAAROMETER_NATIONAL_MEAN + afw, 4)
            row["afw"] = round(afw, 4)
            if year < 2014:
                row.update({d: np.nan for d in ("fys", "onv", "soc", "vrz", "won")})
            else:
                row.update({"fys": round(fys, 4), "onv": round(onv, 4), "soc": round(soc, 4),
                            "vrz": round(vrz, 4), "won": round(won, 4)})
            rows.append(row)
    return pd.DataFrame(rows, columns=list(LEEFBAAROMETER_COLUMNS))


# --- measures for the balance check ----------------------------------------------------------------
def stock(row):
    """Social rent, owner-occupied and private rent dwellings of a buurt row (method.md section 3)."""
    dwellings = int(row["WONINGEN"])
    social = int(np.floor(dwellings * row["P_HUURCORP"] / 100 + 0.5))
    owner = int(np.floor(dwellings * row["P_KOOPWON"] / 100 + 0.5))
    return {"sociale_huur": social, "koop": owner, "particuliere_huur": dwellings - social - owner}


def _measures(frame):
    """Two scenarios on the 2022 buurten; every row is valid (no segment becomes negative)."""
    by_wijk = {}
    for _index, row in frame.iterrows():
        if row["AANT_INW"] >= 100 and row["P_HUURCORP"] >= 0:
            by_wijk.setdefault(row["WK_NAAM"], []).append(row)

    def largest(wijk, n=1, key="P_HUURCORP"):
        return sorted(by_wijk[wijk], key=lambda r: (-r[key], r["BU_CODE"]))[:n]

    oost = largest("Veerstad-Oost", 3)
    kruis = largest("Kruiskamp", 2)
    zuid = largest("Zuidweide", 2, key="WONINGEN")
    dorp = largest("Veerdorp", 1, key="WONINGEN")[0]
    villa = largest("Villapark De Horst", 1, key="WONINGEN")[0]
    west = largest("Westerpark", 1)[0]

    def social(row, share):
        return max(1, int(stock(row)["sociale_huur"] * share))

    h = "Herstructurering Oost"
    s = "Spreiding"
    rows = [
        (h, oost[0], "sloop", "sociale_huur", social(oost[0], 0.25), None,
         "Sloop van portiekflats uit 1958"),
        (h, oost[0], "nieuwbouw", "sociale_huur", social(oost[0], 0.10), None,
         "Terugbouw sociale huur, grondgebonden"),
        (h, oost[0], "nieuwbouw", "particuliere_huur", social(oost[0], 0.08), None, "Middenhuur"),
        (h, oost[0], "nieuwbouw", "koop", social(oost[0], 0.07), None, "Betaalbare koop"),
        (h, oost[1], "verkoop", None, social(oost[1], 0.10), None, "Verkoop aan zittende huurders"),
        (h, oost[2], "liberalisatie", None, social(oost[2], 0.05), None, "Liberalisatie bij mutatie"),
        (h, kruis[0], "sloop", "sociale_huur", social(kruis[0], 0.15), None, "Sloop galerijflat"),
        (h, kruis[0], "nieuwbouw", "koop", social(kruis[0], 0.10), None, "Rijwoningen koop"),
        (h, zuid[0], "nieuwbouw", "sociale_huur", 120, None, "Compensatie sociale huur in Zuidweide"),
        (h, oost[0], "toewijzing", None, 0, 0.20, "Minder toewijzing aan aandachtsgroepen tijdens herstructurering"),
        (s, oost[0], "toewijzing", None, 0, 0.20, "Spreiding aandachtsgroepen"),
        (s, oost[1], "toewijzing", None, 0, 0.25, "Spreiding aandachtsgroepen"),
        (s, kruis[0], "toewijzing", None, 0, 0.20, "Spreiding aandachtsgroepen"),
        (s, kruis[1], "toewijzing", None, 0, 0.25, "Spreiding aandachtsgroepen"),
        (s, zuid[0], "aankoop", "koop", min(40, stock(zuid[0])["koop"] // 4), None,
         "Aankoop bestaande woningen door corporatie"),
        (s, zuid[1], "nieuwbouw", "sociale_huur", 60, None, "Nieuwbouw sociale huur"),
        (s, villa, "nieuwbouw", "sociale_huur", 30, None, "Kleinschalige sociale huur"),
        (s, dorp, "nieuwbouw", "sociale_huur", 40, None, "Starterswoningen sociale huur in de kern"),
        (s, west, "aankoop", "particuliere_huur",
         max(1, min(25, stock(west)["particuliere_huur"] // 3)), None, "Aankoop particuliere huur"),
    ]
    table = pd.DataFrame(
        [(sc, r["BU_CODE"], m, seg, int(n), a, t) for sc, r, m, seg, n, a, t in rows],
        columns=list(MEASURE_COLUMNS),
    )
    table["aantal"] = table["aantal"].astype(int)
    return table


def csv_text(frame, na_rep=""):
    """The CSV text written for ``frame`` (also used by the tests to compare with the committed files)."""
    return frame.to_csv(index=False, na_rep=na_rep, lineterminator="\n")
