"""Village → nearest point of presence (PoP): distances in Lambert-93.

The straight line runs from the town hall to the nearest PoP; the estimated
route length is that distance × a detour factor (roads and existing ducts never
run straight), 1.3 by default: the project setting ``detour_factor`` (``store/settings.py``),
which the cost model reads too.
"""

from __future__ import annotations


import numpy as np

from coopnet.store import settings
from coopnet.store import map_points

_DETOUR = settings.setting("detour_factor")
DEFAULT_DETOUR: float = _DETOUR.default
DETOUR_RANGE: tuple[float, float] = (float(_DETOUR.low or 1.0), float(_DETOUR.high or 5.0))


def detour_factor(project) -> float:
    """The project's one detour factor (links and cost model)."""
    return settings.get(project, "detour_factor")


def set_detour_factor(project, value, editor: str = settings.CLI) -> float:
    """Check and store the detour factor ("1,5" accepted); CoopnetError if not a number or out of range."""
    return settings.set_value(project, "detour_factor", value, editor)


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
    boundaries = shapely.from_geojson(
        np.array([v.boundary or None for v in villages], dtype=object), on_invalid="ignore"
    )
    boundaries = shapely.transform(
        boundaries, lambda xy: np.column_stack(to_l93.transform(xy[:, 0], xy[:, 1]))
    )
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
    doors = map_points.door_counts(project)
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
