"""Illustrative departmental backbone and points of presence (PoPs).

The Yvelines backbone exists but its routes and nodes are not open data, so the sample draws
plausible ones: lines along the main roads between real towns (bundled), or along chains of
neighbouring town halls (department scale). PoPs are snapped onto the lines and inserted as
line vertices, so a PoP lies exactly on its backbone line.
"""

from __future__ import annotations

import heapq
import math
import random

import numpy as np
import shapely

from .geometry import Warp, densify, line_feature, point_feature, to_l93, to_wgs

SOURCE = "illustrative — the Yvelines backbone routes are not open data"

# (name, [(lon, lat), …]) roughly along D30/D119/D11, RN 12, D76/D983 and D191 (by eye).
_PLAISIR = (1.9478, 48.8231)
_BEYNES_JUNCTION = (1.8745, 48.8640)
_JOUARS = (1.9040, 48.8050)
_MONTFORT = (1.8110, 48.7790)
_ORGERUS = (1.7030, 48.8405)
BUNDLED_LINES = (
    (
        "Artère Plaisir – Beynes – Thoiry – Orgerus",
        [
            _PLAISIR,
            (1.9290, 48.8335),
            (1.9120, 48.8450),
            (1.8920, 48.8560),
            _BEYNES_JUNCTION,
            (1.8560, 48.8665),
            (1.8330, 48.8650),
            (1.8160, 48.8635),
            (1.7975, 48.8660),
            (1.7760, 48.8620),
            (1.7560, 48.8560),
            (1.7380, 48.8530),
            (1.7200, 48.8460),
            _ORGERUS,
        ],
    ),
    (
        "Artère Plaisir – Jouars-Pontchartrain – Montfort-l'Amaury (RN 12)",
        [
            _PLAISIR,
            (1.9350, 48.8170),
            (1.9180, 48.8100),
            _JOUARS,
            (1.8850, 48.7990),
            (1.8650, 48.7930),
            (1.8430, 48.7880),
            (1.8200, 48.7840),
            _MONTFORT,
        ],
    ),
    (
        "Artère Montfort-l'Amaury – Garancières – Orgerus",
        [
            _MONTFORT,
            (1.7960, 48.7880),
            (1.7800, 48.8000),
            (1.7680, 48.8120),
            (1.7600, 48.8205),
            (1.7420, 48.8260),
            (1.7230, 48.8300),
            (1.7100, 48.8350),
            _ORGERUS,
        ],
    ),
    (
        "Antenne Jouars-Pontchartrain – Neauphle-le-Château – Beynes",
        [
            _JOUARS,
            (1.9060, 48.8140),
            (1.8950, 48.8230),
            (1.8860, 48.8330),
            (1.8800, 48.8450),
            (1.8760, 48.8560),
            _BEYNES_JUNCTION,
        ],
    ),
)
# PoPs in real towns of the area, placed at their town hall then snapped onto the backbone.
BUNDLED_POPS = (
    ("78062", "Beynes"),
    ("78420", "Montfort-l'Amaury"),
    ("78465", "Orgerus"),
    ("78321", "Jouars-Pontchartrain"),
)


def _road_like(rng: random.Random, lines_l93: list[np.ndarray]) -> list[np.ndarray]:
    """Densify and bend slightly (a few tens of metres), so lines look like roads, not rulers."""
    warp = Warp(rng, cell=1500.0, spacing=150.0, budget=0.25)
    out = []
    for c in lines_l93:
        d = densify(c, 150.0)
        out.append(np.column_stack(warp(d[:, 0], d[:, 1])))
    return out


def _snap(lines: list[np.ndarray], x: float, y: float) -> tuple[float, float]:
    """Project (x, y) on the nearest line and insert the result there as a vertex."""
    geoms = [shapely.linestrings(c) for c in lines]
    i = int(np.argmin(shapely.distance(geoms, shapely.points(x, y))))
    line = geoms[i]
    along = shapely.line_locate_point(line, shapely.points(x, y))
    p = shapely.line_interpolate_point(line, along)
    px, py = shapely.get_x(p), shapely.get_y(p)
    c = lines[i]
    seg = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(c, axis=0).T))])
    j = int(np.searchsorted(seg, along))
    if not (j < len(c) and np.allclose(c[j], (px, py))):
        lines[i] = np.insert(c, j, (px, py), axis=0)
    return px, py


def _features(names, lines_l93, pops):
    """GeoJSON features, rounding both lines and PoPs the same way so PoPs stay on lines."""
    lines = [to_wgs(c[:, 0], c[:, 1]) for c in lines_l93]
    backbone = [
        line_feature(zip(lon, lat), {"name": n, "illustrative": True, "source": SOURCE})
        for n, (lon, lat) in zip(names, lines)
    ]
    points = []
    for insee, name, x, y in pops:
        lon, lat = to_wgs(x, y)
        points.append(
            point_feature(
                float(lon),
                float(lat),
                {"name": f"PoP {name}", "insee": insee, "illustrative": True, "source": SOURCE},
            )
        )
    return backbone, points


def bundled_network(rng: random.Random, halls: dict[str, tuple[float, float]]):
    """(backbone features, PoP features). `halls`: insee -> (lon, lat) of the town hall."""
    names = [n for n, _ in BUNDLED_LINES]
    lines = [np.column_stack(to_l93(*zip(*pts))) for _, pts in BUNDLED_LINES]
    lines = _road_like(rng, lines)
    pops = []
    for insee, name in BUNDLED_POPS:
        x, y = to_l93(*halls[insee])
        pops.append((insee, name, *_snap(lines, float(x), float(y))))
    return _features(names, lines, pops)


def _pop_sites(xy: np.ndarray, weights, count: int) -> list[int]:
    """Farthest-point sampling from the biggest commune: PoPs spread over the area."""
    chosen = [int(np.argmax(weights))]
    d = np.hypot(*(xy - xy[chosen[0]]).T)
    while len(chosen) < count:
        i = int(np.argmax(d * np.sqrt(weights)))  # far away, and preferably a big town
        chosen.append(i)
        d = np.minimum(d, np.hypot(*(xy - xy[i]).T))
    return chosen


def _path(adj, xy, a: int, b: int) -> list[int]:
    """Shortest chain of neighbouring town halls from a to b (Dijkstra)."""
    dist, prev, todo = {a: 0.0}, {}, [(0.0, a)]
    while todo:
        d, i = heapq.heappop(todo)
        if i == b:
            break
        if d > dist[i]:
            continue
        for j in adj[i]:
            nd = d + float(np.hypot(*(xy[j] - xy[i])))
            if nd < dist.get(j, math.inf):
                dist[j], prev[j] = nd, i
                heapq.heappush(todo, (nd, j))
    path = [b]
    while path[-1] != a:
        path.append(prev[path[-1]])
    return path[::-1]


def department_network(rng, communes, xy: np.ndarray, adj, weights, count: int):
    """Backbone = minimum spanning tree of the PoP towns, each link routed through the town
    halls of the communes in between, like a departmental road."""
    count = max(2, min(count, len(communes)))
    sites = _pop_sites(xy, np.asarray(weights, float), count)
    in_tree, links = [sites[0]], []
    while len(in_tree) < len(sites):  # Prim on the straight-line distances
        a, b = min(
            ((a, b) for a in in_tree for b in sites if b not in in_tree),
            key=lambda ab: float(np.hypot(*(xy[ab[0]] - xy[ab[1]]))),
        )
        in_tree.append(b)
        links.append((a, b))
    names = [f"Artère {communes[a].name} – {communes[b].name}" for a, b in links]
    lines = _road_like(rng, [xy[_path(adj, xy, a, b)] for a, b in links])
    pops = [(communes[i].insee, communes[i].name, *_snap(lines, *map(float, xy[i]))) for i in sites]
    return _features(names, lines, pops)
