"""The project's geography as GeoDataFrames in Lambert-93 (EPSG:2154).

Villages (boundaries + town halls), backbone lines, PoPs, doors and pledges.
Doors/pledges can run to hundreds of thousands of rows, so they also come as
plain numpy arrays (``door_points``/``pledge_points``) for the map builder.
"""

from __future__ import annotations


import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import shape

from coopnet.store import map_points
from coopnet.store import villages as vstore
from coopnet.store.map_points import INACTIVE_PLEDGE, door_counts, pledge_counts  # noqa: F401 (re-exported)

LAMBERT93 = "EPSG:2154"
WGS84 = "EPSG:4326"


def villages_gdf(project) -> gpd.GeoDataFrame:
    """One row per village: boundary polygon (may be None) and town hall x/y (Lambert-93)."""
    rows, texts = [], []
    for v in vstore.list_villages(project):
        rows.append(
            {
                "insee": v.insee,
                "name": v.name,
                "postcode": v.postcode,
                "lat": v.lat,
                "lon": v.lon,
                "population": v.population,
                "households": v.estimated_households(),
                "households_is_estimate": v.households_is_estimate,
                "threshold_count": v.threshold_count,
                "threshold_pct": v.threshold_pct,
            }
        )
        texts.append(v.boundary or None)
    # Vectorised GeoJSON parsing: 300 boundaries of 1 000 vertices in milliseconds.
    geoms = shapely.from_geojson(np.array(texts, dtype=object), on_invalid="ignore") if texts else []
    df = pd.DataFrame(
        rows,
        columns=[
            "insee",
            "name",
            "postcode",
            "lat",
            "lon",
            "population",
            "households",
            "households_is_estimate",
            "threshold_count",
            "threshold_pct",
        ],
    )
    gdf = gpd.GeoDataFrame(
        df, geometry=gpd.GeoSeries(list(geoms), dtype="geometry", crs=WGS84), crs=WGS84
    ).to_crs(LAMBERT93)
    if gdf.empty:
        gdf["hall_x"] = pd.Series(dtype=float)
        gdf["hall_y"] = pd.Series(dtype=float)
        return gdf
    halls = gpd.GeoSeries.from_xy(gdf["lon"].astype(float), gdf["lat"].astype(float), crs=WGS84)
    halls = halls.to_crs(LAMBERT93)
    # No town hall position: fall back on a point inside the boundary.
    inside = gdf.geometry.representative_point()
    missing = gdf["lat"].isna() | gdf["lon"].isna()
    gdf["hall_x"] = np.where(missing, inside.x, halls.x)
    gdf["hall_y"] = np.where(missing, inside.y, halls.y)
    return gdf


def backbone_gdf(project) -> gpd.GeoDataFrame:
    """Backbone lines (may be none: a new cooperative has no backbone on day one)."""
    lines = vstore.list_backbone(project)
    # Explicit columns: with no line, pandas would otherwise make a frame without any.
    df = pd.DataFrame(
        [
            {"id": b["id"], "name": b["name"], "illustrative": bool(b["illustrative"]), "source": b["source"]}
            for b in lines
        ],
        columns=["id", "name", "illustrative", "source"],
    )
    df["illustrative"] = df["illustrative"].astype(bool)
    return gpd.GeoDataFrame(
        df,
        geometry=gpd.GeoSeries(
            [shape(b["geometry"]) if b["geometry"] else None for b in lines], dtype="geometry", crs=WGS84
        ),
        crs=WGS84,
    ).to_crs(LAMBERT93)


def pops_gdf(project) -> gpd.GeoDataFrame:
    pops = vstore.list_pops(project)
    df = pd.DataFrame(pops, columns=["id", "name", "lon", "lat", "insee", "illustrative", "source"])
    return gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(df["lon"], df["lat"]), crs=WGS84).to_crs(
        LAMBERT93
    )


def _unpack(text: str | None) -> dict[str, np.ndarray]:
    # Parsed in C straight from the text: no list of 600 000 Python strings on the way (~40 MB).
    v = np.fromstring(text, dtype=np.int64, sep=",") if text else np.zeros(0, dtype=np.int64)
    code, v = (v & 3).astype(np.uint8), v >> 2
    ilon, ilat = (v & 4194303) - 1_000_000, v >> 22
    return {"ilat": ilat, "ilon": ilon, "lat": ilat / 1e5, "lon": ilon / 1e5, "code": code}


def door_points(project) -> dict[str, np.ndarray]:
    """Every located door: lat, lon (WGS84), ilat/ilon (integers of 1e-5°) and status code
    (index into take_up.DOOR_LEGEND)."""
    return _unpack(map_points.packed_doors(project))


def pledge_points(project, with_names: bool = False) -> dict[str, np.ndarray]:
    """Active pledges placed at their door: lat, lon, and label when ``with_names``.

    The label (name and address) is personal data: only read when asked for.
    """
    if not with_names:
        return {**_unpack(map_points.packed_pledges(project)), "label": np.array([], dtype=object)}
    rows = map_points.labelled_pledges(project)
    out = _unpack(",".join(str(r[0]) for r in rows))
    out["label"] = np.array([r[1] for r in rows], dtype=object)
    return out


def _points_gdf(data: dict[str, np.ndarray]) -> gpd.GeoDataFrame:
    keep = [k for k in ("label",) if k in data and len(data[k]) == len(data["lat"])]
    df = pd.DataFrame({k: data[k] for k in keep})
    return gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(data["lon"], data["lat"]), crs=WGS84).to_crs(
        LAMBERT93
    )


def doors_gdf(project) -> gpd.GeoDataFrame:
    """Doors as points in Lambert-93 with their id, INSEE code and status (one of DOOR_STATUSES)."""
    rows = map_points.located_doors(project)
    df = pd.DataFrame(rows, columns=["id", "insee", "status", "lon", "lat"])
    return gpd.GeoDataFrame(
        df[["id", "insee", "status"]], geometry=gpd.points_from_xy(df["lon"], df["lat"]), crs=WGS84
    ).to_crs(LAMBERT93)


def pledges_gdf(project, with_names: bool = False) -> gpd.GeoDataFrame:
    """Active pledges as points at their door, in Lambert-93."""
    return _points_gdf(pledge_points(project, with_names))


def gdf_points_wgs84(x: np.ndarray, y: np.ndarray) -> list[tuple[float, float]]:
    """Lambert-93 x/y → [(lon, lat)]."""
    pts = gpd.GeoSeries.from_xy(x, y, crs=LAMBERT93).to_crs(WGS84)
    return list(zip(pts.x.tolist(), pts.y.tolist()))


def bounds_wgs84(villages: gpd.GeoDataFrame) -> tuple[float, float, float, float] | None:
    """(west, south, east, north) of the villages' boundaries, or of their town halls;
    None when none of them can be placed (no boundary, no town hall position)."""
    geoms = villages.geometry[villages.geometry.notna() & ~villages.geometry.is_empty]
    if len(geoms):
        return tuple(float(b) for b in geoms.to_crs(WGS84).total_bounds)
    halls = villages[
        np.isfinite(villages["hall_x"].astype(float)) & np.isfinite(villages["hall_y"].astype(float))
    ]
    if not len(halls):
        return None
    pts = gpd.GeoSeries.from_xy(halls["hall_x"], halls["hall_y"], crs=LAMBERT93).to_crs(WGS84)
    w, s, e, n = (float(b) for b in pts.total_bounds)
    return (w - 0.02, s - 0.02, e + 0.02, n + 0.02)
