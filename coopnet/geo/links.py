"""Village → nearest point of presence (PoP): distances in Lambert-93.

The straight line runs from the town hall to the nearest PoP; the estimated
route length is that distance × a detour factor (roads and existing ducts never
run straight), 1.3 by default and editable per project (meta ``detour_factor``).
"""

from __future__ import annotations

import math

import numpy as np

from coopnet.errors import CoopnetError
from coopnet.core.text import QT_TRANSLATE_NOOP

DEFAULT_DETOUR = 1.3
DETOUR_RANGE = (1.0, 5.0)
META_KEY = "detour_factor"


def detour_factor(project) -> float:
    try:
        value = float(project.meta(META_KEY, str(DEFAULT_DETOUR)))
    except (TypeError, ValueError):
        return DEFAULT_DETOUR
    return value if DETOUR_RANGE[0] <= value <= DETOUR_RANGE[1] else DEFAULT_DETOUR


def set_detour_factor(project, value: float) -> float:
    try:
        value = float(str(value).replace(",", "."))
    except ValueError:
        raise CoopnetError(QT_TRANSLATE_NOOP(
            "Links", "detour factor “{value}” is not a number").format(value=value)) from None
    if not (DETOUR_RANGE[0] <= value <= DETOUR_RANGE[1]) or math.isnan(value):
        raise CoopnetError(QT_TRANSLATE_NOOP(
            "Links", "detour factor {value:g} is out of range ({low:g} to {high:g})").format(
            value=value, low=DETOUR_RANGE[0], high=DETOUR_RANGE[1]))
    with project.transaction():
        project.set_meta(META_KEY, repr(value))
        project.audit("update", "project", META_KEY, {"detour_factor": value})
    return value


def compute_links(halls_xy, pops_xy, pop_names, pop_ids=None, detour: float = DEFAULT_DETOUR):
    """Nearest PoP for each town hall. Coordinates in metres (Lambert-93).

    Returns a list of (pop_index | None, distance_km, link_km) in the order of ``halls_xy``;
    a village with no position (no town hall, no boundary: NaN) has no link.
    """
    halls = np.asarray(halls_xy, dtype=float).reshape(-1, 2)
    pops = np.asarray(pops_xy, dtype=float).reshape(-1, 2)
    if len(pops) == 0:
        return [(None, None, None)] * len(halls)
    out = []
    for x, y in halls:
        if not (np.isfinite(x) and np.isfinite(y)):
            out.append((None, None, None))
            continue
        d = np.hypot(pops[:, 0] - x, pops[:, 1] - y)
        i = int(np.argmin(d))
        km = float(d[i]) / 1000
        out.append((i, km, km * detour))
    return out


def village_links(project) -> dict[str, dict]:
    """{insee: {"nearest_pop", "nearest_pop_id", "distance_km", "link_km", "detour_factor",
    "area_km2", "doors_per_km2"}}

    Shapely and pyproj only (no geopandas, hence no pandas): the app computes this as soon as a
    project opens, and those two libraries would add ~50 MB to it before any map is drawn.
    """
    import shapely

    from coopnet.store import villages as vstore

    villages = vstore.list_villages(project)
    if not villages:
        return {}
    to_l93 = _wgs84_to_lambert93()
    boundaries = shapely.from_geojson(np.array([v.boundary or None for v in villages], dtype=object),
                                      on_invalid="ignore")
    boundaries = shapely.transform(boundaries, lambda xy: np.column_stack(to_l93.transform(xy[:, 0], xy[:, 1])))
    halls = np.full((len(villages), 2), np.nan)
    for k, (v, geom) in enumerate(zip(villages, boundaries)):
        if v.lon is not None and v.lat is not None:
            halls[k] = to_l93.transform(float(v.lon), float(v.lat))
        elif geom is not None and not geom.is_empty:  # no town hall known: a point inside
            inside = geom.representative_point()
            halls[k] = (inside.x, inside.y)
    pops = vstore.list_pops(project)
    pops_xy = [to_l93.transform(float(p["lon"]), float(p["lat"])) for p in pops]
    detour = detour_factor(project)
    links = compute_links(halls, pops_xy, [p["name"] for p in pops], detour=detour)
    doors = dict(project.conn.execute("SELECT insee, COUNT(*) FROM doors GROUP BY insee"))
    out = {}
    for v, geom, (i, dist, link) in zip(villages, boundaries, links):
        area = geom.area / 1e6 if geom is not None and not geom.is_empty else None
        n_doors = doors.get(v.insee, 0)
        out[v.insee] = {
            "nearest_pop": None if i is None else str(pops[i]["name"]),
            "nearest_pop_id": None if i is None else int(pops[i]["id"]),
            "distance_km": None if dist is None else round(dist, 2),
            "link_km": None if link is None else round(link, 2),
            "detour_factor": detour,
            "area_km2": None if area is None else round(area, 2),
            "doors_per_km2": round(n_doors / area, 1) if area else None,
        }
    return out


def _wgs84_to_lambert93():
    from pyproj import Transformer
    return Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True)


def total_link_km(project, links: dict[str, dict] | None = None) -> float:
    """Sum of every village's estimated link to its PoP (km)."""
    links = village_links(project) if links is None else links
    return round(sum(v["link_km"] or 0 for v in links.values()), 2)
