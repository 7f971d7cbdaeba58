"""Village → PoP distances against hand-computed values (Lambert-93 metres)."""

from __future__ import annotations

import json

import pytest
from pyproj import Transformer

from coopnet.core.village import Village
from coopnet.errors import CoopnetError
from coopnet.geo.links import (
    DEFAULT_DETOUR,
    compute_links,
    detour_factor,
    set_detour_factor,
    total_link_km,
    village_links,
)
from coopnet.store import villages as vstore
from coopnet.store.project import Project

TO_WGS84 = Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True)


def test_nearest_pop_and_detour_by_hand():
    # 3-4-5 triangle: the first PoP is exactly 5 km away, the second 10 km.
    halls = [(650_000, 6_860_000)]
    pops = [(653_000, 6_864_000), (640_000, 6_860_000)]
    [(i, dist, link)] = compute_links(halls, pops, ["A", "B"], detour=1.3)
    assert i == 0
    assert dist == pytest.approx(5.0)
    assert link == pytest.approx(6.5)
    [(i, dist, link)] = compute_links([(641_000, 6_860_000)], pops, ["A", "B"], detour=1.0)
    assert (i, dist, link) == (1, pytest.approx(1.0), pytest.approx(1.0))


def test_no_pop_gives_no_link():
    assert compute_links([(650_000, 6_860_000)], [], []) == [(None, None, None)]


def _lonlat(x, y):
    lon, lat = TO_WGS84.transform(x, y)
    return round(lon, 9), round(lat, 9)


def _square(x0, y0, side):
    ring = [
        _lonlat(x0, y0),
        _lonlat(x0 + side, y0),
        _lonlat(x0 + side, y0 + side),
        _lonlat(x0, y0 + side),
        _lonlat(x0, y0),
    ]
    return json.dumps({"type": "Polygon", "coordinates": [ring]})


@pytest.fixture
def project(tmp_path):
    p = Project.create(tmp_path / "links.coopnet")
    lon_a, lat_a = _lonlat(650_000, 6_860_000)
    lon_b, lat_b = _lonlat(660_000, 6_860_000)
    vstore.upsert_villages(
        p,
        [
            Village("78616", "Alpha", lat=lat_a, lon=lon_a, boundary=_square(649_000, 6_859_000, 2_000)),
            Village("78681", "Beta", lat=lat_b, lon=lon_b, boundary=_square(659_000, 6_859_000, 1_000)),
        ],
    )
    pop_lon, pop_lat = _lonlat(653_000, 6_864_000)  # 5 km from Alpha, √(7²+4²) km from Beta
    vstore.replace_pops(p, [{"name": "PoP Nord", "lon": pop_lon, "lat": pop_lat}])
    p.conn.executemany(
        "INSERT INTO doors(id, insee, lon, lat) VALUES (?, '78616', ?, ?)",
        [(f"d{i}", lon_a, lat_a) for i in range(10)],
    )
    yield p
    p.close()


def test_village_links_in_a_project(project):
    links = village_links(project)
    a, b = links["78616"], links["78681"]
    assert a["nearest_pop"] == "PoP Nord"
    assert a["distance_km"] == pytest.approx(5.0, abs=0.01)
    assert a["link_km"] == pytest.approx(6.5, abs=0.01)
    assert a["area_km2"] == pytest.approx(4.0, abs=0.01)
    assert a["doors_per_km2"] == pytest.approx(2.5, abs=0.05)
    assert b["distance_km"] == pytest.approx(65**0.5, abs=0.01)
    assert b["area_km2"] == pytest.approx(1.0, abs=0.01)
    assert b["doors_per_km2"] == 0
    assert total_link_km(project) == pytest.approx(1.3 * (5 + 65**0.5), abs=0.02)


def test_detour_factor_is_stored_and_checked(project):
    assert detour_factor(project) == DEFAULT_DETOUR
    set_detour_factor(project, "1,5")
    assert detour_factor(project) == 1.5
    assert village_links(project)["78616"]["link_km"] == pytest.approx(7.5, abs=0.01)
    for bad in ("0.5", "9", "abc"):
        with pytest.raises(CoopnetError):
            set_detour_factor(project, bad)
    assert detour_factor(project) == 1.5
