"""Synthetic commune boundaries (department-scale data) and small GeoJSON helpers.

The bundled sample uses the communes' real shapes (bundled.py); generated departments partition
their area into Voronoi cells of the town halls, computed in Lambert-93 (metres, so distances are
true), then bends the straight Voronoi edges with a smooth displacement field so the cells
look like communes. Each shared edge is built once and both neighbours are rebuilt from the
same lines (polygonize), so cells never overlap and leave no gaps.
"""

from __future__ import annotations

import json
import math
import random
from pathlib import Path

import numpy as np
import shapely
from pyproj import Transformer

_TO_L93 = Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True)
_TO_WGS = Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True)


class GeometryError(RuntimeError):
    """The generated partition is not a clean one-cell-per-town-hall tiling."""


def to_l93(lon, lat):
    x, y = _TO_L93.transform(np.asarray(lon, float), np.asarray(lat, float))
    return np.asarray(x), np.asarray(y)


def to_wgs(x, y):
    lon, lat = _TO_WGS.transform(np.asarray(x, float), np.asarray(y, float))
    return np.asarray(lon), np.asarray(lat)


def poly_to_l93(poly):
    return shapely.transform(poly, lambda c: np.column_stack(to_l93(c[:, 0], c[:, 1])))


class Warp:
    """Smooth displacement field p -> p + f(p), a sum of plane sine waves.

    The gradients of the waves add up to less than 1, so f is a contraction and p + f(p) is
    injective: bending every edge of a partition with it can never make two edges cross.
    """

    def __init__(self, rng: random.Random, cell: float, spacing: float, budget: float = 0.9):
        octaves = [(2.0 * cell, 0.20), (0.8 * cell, 0.14), (0.3 * cell, 0.08)]
        if 8 * spacing < 0.1 * cell:  # very dense edges: add a fine wiggle they can show
            octaves.append((8 * spacing, 0.03))
        total = 2 * sum(g for _, g in octaves)
        waves = []
        for wavelength, share in octaves:
            k = 2 * math.pi / wavelength
            amp = share * budget / total / k  # gradient of one wave = amp * k
            for _ in range(2):
                a, b = rng.uniform(0, 2 * math.pi), rng.uniform(0, 2 * math.pi)
                waves.append(
                    (
                        k * math.cos(a),
                        k * math.sin(a),
                        amp * math.cos(b),
                        amp * math.sin(b),
                        rng.uniform(0, 2 * math.pi),
                    )
                )
        self.waves = waves

    def scaled(self, factor: float) -> Warp:
        """The same field with its displacement multiplied by `factor` (< 1 stays injective)."""
        w = object.__new__(Warp)
        w.waves = [(kx, ky, ax * factor, ay * factor, ph) for kx, ky, ax, ay, ph in self.waves]
        return w

    def __call__(self, x, y):
        x, y = np.asarray(x, float), np.asarray(y, float)
        dx, dy = np.zeros_like(x), np.zeros_like(y)
        for kx, ky, ax, ay, phase in self.waves:
            s = np.sin(kx * x + ky * y + phase)
            dx += ax * s
            dy += ay * s
        return x + dx, y + dy


def densify(coords: np.ndarray, spacing: float) -> np.ndarray:
    """Insert points so no segment is longer than `spacing` (endpoints kept bit-exact)."""
    out = []
    for p, q in zip(coords[:-1], coords[1:]):
        n = max(1, math.ceil(float(np.hypot(*(q - p))) / spacing))
        t = np.arange(n)[:, None] / n
        out.append(p + (q - p) * t)
    out.append(coords[-1:])
    return np.vstack(out)


def partition(lon, lat, clip_l93, spacing: float, warp: Warp):
    """One bent Voronoi cell per site, as WGS84 polygons rounded to 6 decimals.

    Returns (cells_wgs84, cells_l93), both in site order. Sites stay where they are, so the
    caller must keep the warp small enough that each site stays inside its cell (checked).
    """
    x, y = to_l93(lon, lat)
    sites = shapely.multipoints(np.column_stack([x, y]))
    raw = shapely.voronoi_polygons(sites, extend_to=clip_l93, ordered=True)
    cells = shapely.intersection(np.asarray(raw.geoms), clip_l93)
    # every edge once: union nodes the rings and dissolves the shared edges
    edges = shapely.get_parts(shapely.line_merge(shapely.union_all(shapely.boundary(cells))))
    lines = []
    for edge in edges:
        c = densify(np.asarray(edge.coords), spacing)
        wx, wy = warp(c[:, 0], c[:, 1])
        elon, elat = to_wgs(wx, wy)
        lines.append(shapely.linestrings(np.round(elon, 6), np.round(elat, 6)))
    faces, cuts, dangles, invalid = shapely.polygonize_full(lines)
    if not (shapely.is_empty(cuts) and shapely.is_empty(dangles) and shapely.is_empty(invalid)):
        raise GeometryError("bent edges do not close into clean faces")
    out = [None] * len(x)
    for face in shapely.get_parts(faces):
        inside = np.flatnonzero(shapely.contains_xy(face, lon, lat))
        if len(inside) != 1:
            raise GeometryError(f"a cell holds {len(inside)} town halls")
        out[inside[0]] = shapely.orient_polygons(face)  # RFC 7946: exterior counter-clockwise
    if any(c is None for c in out):
        raise GeometryError("a town hall lies outside every cell")
    return out, [poly_to_l93(c) for c in out]


def bent_partition(rng: random.Random, lon, lat, clip_l93, spacing: float):
    """partition() with a warp sized to the cells, shrunk until every site is inside its cell."""
    cell = math.sqrt(clip_l93.area / len(lon))
    warp = Warp(rng, cell, spacing)
    for scale in (1.0, 0.7, 0.5, 0.3, 0.0):
        try:
            return partition(lon, lat, clip_l93, spacing, warp.scaled(scale))
        except GeometryError:
            if scale == 0.0:
                raise
    raise AssertionError("unreachable")


def neighbours(cells_l93) -> list[list[int]]:
    """Indices of the cells sharing an edge (or a corner) with each cell."""
    tree = shapely.STRtree(cells_l93)
    left, right = tree.query(cells_l93, predicate="intersects")
    out: list[list[int]] = [[] for _ in cells_l93]
    for i, j in zip(left.tolist(), right.tolist()):
        if i != j:
            out[i].append(j)
    return [sorted(n) for n in out]


# ---- GeoJSON ----------------------------------------------------------------------------


def rounded(coords) -> list:
    return [[round(float(a), 6), round(float(b), 6)] for a, b in coords]


def polygon_feature(poly, props: dict) -> dict:
    rings = [rounded(poly.exterior.coords)] + [rounded(r.coords) for r in poly.interiors]
    return {"type": "Feature", "properties": props, "geometry": {"type": "Polygon", "coordinates": rings}}


def line_feature(coords, props: dict) -> dict:
    return {
        "type": "Feature",
        "properties": props,
        "geometry": {"type": "LineString", "coordinates": rounded(coords)},
    }


def point_feature(lon: float, lat: float, props: dict) -> dict:
    return {
        "type": "Feature",
        "properties": props,
        "geometry": {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]},
    }


def write_geojson(path: Path, features: list[dict]) -> Path:
    """A FeatureCollection with one feature per line: small diffs, still valid JSON."""
    body = ",\n".join(json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write('{"type":"FeatureCollection","features":[\n' + body + "\n]}\n")
    return path
