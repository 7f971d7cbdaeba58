"""Real public files, cut by tools/cut_public_fixtures.py (tests/data/public/README.md gives each
one's source, commit and licence), imported through the ``coopnet`` command as a user would, and
checked against the file itself: the communes, their official names, the merger sentences, and
every commune's area against the area measured here from the source polygons (geodesic, pyproj)."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from pyproj import Geod
from shapely.geometry import shape

from coopnet.io.reference import load_reference
from tests.helpers import run_cli

PUBLIC = Path(__file__).resolve().parents[1] / "data" / "public"
YVELINES_2018 = PUBLIC / "france-geojson-78-2018-saint-germain.geojson"
AIN_2018 = PUBLIC / "france-geojson-01-2018-valserhone.geojson"
AIN_2017 = PUBLIC / "france-geojson-01-2017-bage-dommartin.geojson"
YVELINES_2017 = PUBLIC / "france-geojson-78-2017-department.geojson"


def source_areas_km2(path: Path) -> dict[str, float]:
    """Each feature's area on the WGS 84 ellipsoid, straight from the file (not through coopnet)."""
    geod = Geod(ellps="WGS84")
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    return {
        str(f["properties"]["code"]): abs(geod.geometry_area_perimeter(shape(f["geometry"]))[0]) / 1e6
        for f in features
    }


def cli(*args: str) -> str:
    rc, out, err = run_cli(*args)
    assert rc == 0, err or out
    assert "unexpected error" not in out + err
    return out


def villages(project: Path) -> dict[str, dict]:
    return {v["insee"]: v for v in json.loads(cli("info", "--json", str(project)))["villages"]}


def assert_area(got: float, want: float) -> None:
    assert got == pytest.approx(want, rel=0.01), f"{got} km² in coopnet, {want:.3f} km² in the file"


def test_every_file_is_listed_with_its_source_licence_and_checksum():
    readme = (PUBLIC / "README.md").read_text(encoding="utf-8")
    files = sorted(p for p in PUBLIC.iterdir() if p.name != "README.md")
    assert files, "no cut file in tests/data/public"
    for path in files:
        _, _, rest = readme.partition(f"## `{path.name}`")
        assert rest, f"{path.name} is not in tests/data/public/README.md"
        section = rest.split("\n## ", 1)[0]
        assert re.search(r"- Source: https://github\.com/\S+/blob/[0-9a-f]{40}/\S+", section)
        assert "- Licence: Licence Ouverte" in section
        checksum = re.search(r"- SHA-256: `([0-9a-f]{64})`", section)
        assert checksum, f"{path.name}: no checksum in the README"
        # the file is what tools/cut_public_fixtures.py cut, not edited since
        assert hashlib.sha256(path.read_bytes()).hexdigest() == checksum.group(1), path.name
        assert path.stat().st_size < 150_000  # small: a handful of communes, or one department


def test_a_2018_yvelines_file_fills_todays_communes(tmp_path):
    """Fourqueux (78251) is in the 2018 file; it has been part of Saint-Germain-en-Laye since 2019."""
    source = source_areas_km2(YVELINES_2018)
    assert sorted(source) == ["78133", "78224", "78251", "78367", "78481", "78551"]
    project = tmp_path / "saint-germain.coopnet"
    codes = ["78551", "78133", "78224", "78367", "78481"]
    cli("new", str(project), *[a for c in codes for a in ("--commune", c)])
    before = villages(project)

    out = cli("import", "villages", str(project), str(YVELINES_2018), "--lang", "en")

    assert "6 features read" in out
    assert "78251 Fourqueux — merged into 78551 Saint-Germain-en-Laye on 1 January 2019" in out
    assert re.search(r"^updated: 5$", out, re.M) and re.search(r"^rejected: 0$", out, re.M)
    found = villages(project)
    assert sorted(found) == sorted(codes)  # five communes today, no 78251
    assert all(v["has_boundary"] for v in found.values())
    # the official names stay: the 2018 file says "Pecq" and "Étang-la-Ville"
    assert found["78481"]["name"] == "Le Pecq"
    assert found["78224"]["name"] == "L'Étang-la-Ville"
    for code in ["78133", "78224", "78367", "78481"]:
        assert_area(found[code]["area_km2"], source[code])
    # Fourqueux's shape joined Saint-Germain-en-Laye: both areas, nothing lost
    assert_area(found["78551"]["area_km2"], source["78551"] + source["78251"])
    assert found["78551"]["area_km2"] > source["78551"] * 1.05
    # a boundary file has no population: the reference's figures stay as they were
    for code, village in found.items():
        for key in ("population", "population_year", "households", "postcodes", "department"):
            assert village[key] == before[code][key], (code, key)

    # the map of the real shapes, with no backbone, no PoPs, no pledges yet
    rc, map_out, err = run_cli("map", str(project), "-o", str(tmp_path / "carte.png"))
    assert rc == 0 and "unexpected error" not in map_out + err
    assert (tmp_path / "carte.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_2018_file_into_an_empty_project_creates_todays_communes(tmp_path):
    project = tmp_path / "empty.coopnet"
    cli("new", str(project))
    out = cli("import", "villages", str(project), str(YVELINES_2018), "--lang", "fr")
    assert re.search(r"^créées\s: 5$", out, re.M)  # NBSP before the colon
    assert "78251 Fourqueux — fusionnée dans 78551 Saint-Germain-en-Laye le 1 janvier 2019" in out
    found = villages(project)
    assert {c: v["name"] for c, v in found.items()} == {
        "78133": "Chambourcy",
        "78224": "L'Étang-la-Ville",
        "78367": "Mareil-Marly",
        "78481": "Le Pecq",
        "78551": "Saint-Germain-en-Laye",
    }
    source = source_areas_km2(YVELINES_2018)
    assert_area(found["78551"]["area_km2"], source["78551"] + source["78251"])
    assert_area(sum(v["area_km2"] for v in found.values()), sum(source.values()))
    # a village made from a boundary file gets what the national reference knows, as `new` does
    reference = load_reference()
    for code, v in found.items():
        ref = reference.get(code)
        assert v["department"] == "78" and v["postcodes"] == list(ref.postcodes)
        assert v["population"] == ref.population and v["population_year"] == reference.population_year
        assert v["households_is_estimate"] is True and v["households"] == round(ref.population / 2.45)


def test_an_ain_file_keeps_leading_zeros_and_makes_valserhone(tmp_path):
    """Bellegarde-sur-Valserine (01033), Châtillon-en-Michaille (01091) and Lancrans (01205) became
    Valserhône (01033) on 1 January 2019; the 2018 file still has the three."""
    source = source_areas_km2(AIN_2018)
    project = tmp_path / "ain.coopnet"
    cli(
        "new",
        str(project),
        *["--commune", "01001", "--commune", "01015", "--commune", "01025", "--commune", "Valserhône"],
    )

    out = cli("import", "villages", str(project), str(AIN_2018), "--lang", "en")

    assert "01091 Châtillon-en-Michaille — merged into 01033 Valserhône on 1 January 2019" in out
    assert "01205 Lancrans — merged into 01033 Valserhône on 1 January 2019" in out
    assert re.search(r"^updated: 4$", out, re.M) and re.search(r"^rejected: 0$", out, re.M)
    found = villages(project)
    assert sorted(found) == ["01001", "01015", "01025", "01033"]  # leading zeros kept
    assert {v["department"] for v in found.values()} == {"01"}
    # 01033 is Valserhône's code today: the file's "Bellegarde-sur-Valserine" does not rename it
    assert found["01033"]["name"] == "Valserhône"
    assert found["01001"]["name"] == "L'Abergement-Clémenciat"
    for code in ["01001", "01015", "01025"]:
        assert_area(found[code]["area_km2"], source[code])
    assert_area(found["01033"]["area_km2"], source["01033"] + source["01091"] + source["01205"])


def test_a_2017_ain_file_of_another_product_joins_both_mergers(tmp_path):
    """IGN GEOFLA with the codes of 2016: Dommartin (01144) joined Bâgé-la-Ville as Bâgé-Dommartin
    (01025) on 1 January 2018, a year before Valserhône."""
    source = source_areas_km2(AIN_2017)
    project = tmp_path / "ain-2017.coopnet"
    cli("new", str(project), "--commune", "Bâgé-Dommartin", "--commune", "01033")

    out = cli("import", "villages", str(project), str(AIN_2017), "--lang", "en")

    assert "5 features read" in out
    assert "01144 Dommartin — merged into 01025 Bâgé-Dommartin on 1 January 2018" in out
    assert "01091 Châtillon-en-Michaille — merged into 01033 Valserhône on 1 January 2019" in out
    assert "01205 Lancrans — merged into 01033 Valserhône on 1 January 2019" in out
    assert re.search(r"^updated: 2$", out, re.M) and re.search(r"^rejected: 0$", out, re.M)
    found = villages(project)
    assert {c: v["name"] for c, v in found.items()} == {"01025": "Bâgé-Dommartin", "01033": "Valserhône"}
    assert_area(found["01025"]["area_km2"], source["01025"] + source["01144"])
    assert_area(found["01033"]["area_km2"], source["01033"] + source["01091"] + source["01205"])
    # the 2018 file (ADMIN EXPRESS) already has Bâgé-Dommartin whole: the same commune within 2 %
    assert found["01025"]["area_km2"] == pytest.approx(source_areas_km2(AIN_2018)["01025"], rel=0.02)


def test_a_whole_department_from_2017_fills_every_commune_of_today(tmp_path):
    """The benchmark's path on real data: every current commune of the Yvelines, its shape from a
    2016 file (262 communes then, 259 today), each area checked against the file."""
    features = json.loads(YVELINES_2017.read_text(encoding="utf-8"))["features"]
    source = source_areas_km2(YVELINES_2017)
    assert len(features) == len(source) == 262
    reference = load_reference()
    today = {r.code: r.name for r in reference.department("78")}
    project = tmp_path / "yvelines.coopnet"
    cli("new", str(project), "--department", "78")

    out = cli("import", "villages", str(project), str(YVELINES_2017), "--lang", "en")

    assert "262 features read" in out
    assert re.search(rf"^updated: {len(today)}$", out, re.M) and re.search(r"^rejected: 0$", out, re.M)
    merged = re.findall(r"^(78\d{3}) .+ — merged into (78\d{3}) .+ on 1 January 2019$", out, re.M)
    assert sorted(merged) == [("78251", "78551"), ("78503", "78320"), ("78524", "78158")]
    found = villages(project)
    assert sorted(found) == sorted(today)  # every commune of today, no old code
    assert {c: v["name"] for c, v in found.items()} == today  # official names, not 2016's
    parts: dict[str, float] = {}
    for code, area in source.items():
        now, _ = reference.resolve(code)
        parts[now] = parts.get(now, 0.0) + area
    for code, village in found.items():
        assert_area(village["area_km2"], parts[code])
    total = sum(v["area_km2"] for v in found.values())
    assert total == pytest.approx(sum(source.values()), rel=0.002)  # nothing lost: 2 306 km² in the file
