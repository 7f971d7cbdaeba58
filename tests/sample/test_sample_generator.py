"""The bundled sample files and the department-scale generator (coopnet.sample)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import pytest
import shapely
from shapely.geometry import shape

from coopnet.sample import BUNDLED_FILES, generate_department, write_bundled
from coopnet.sample.ban import BAN_HEADER
from coopnet.sample.communes import COMMUNES_HEADER
from coopnet.sample.pledges import PLEDGE_HEADER

SAMPLE = Path(__file__).resolve().parents[2] / "sample_villages"

EXPECTED_INSEE = {
    "78616": "Thoiry",
    "78681": "Villiers-le-Mahieu",
    "78364": "Marcq",
    "78034": "Auteuil",
    "78036": "Autouillet",
    "78084": "Boissy-sans-Avoir",
    "78278": "Goupillières",
    "78443": "Neauphle-le-Vieux",
    "78550": "Saint-Germain-de-la-Grange",
    "78653": "Vicq",
    "78265": "Garancières",
    "78053": "Béhoust",
    "78236": "Flexanville",
    "78588": "Saulx-Marchais",
    "78062": "Beynes",
    "78420": "Montfort-l'Amaury",
    "78465": "Orgerus",
    "78321": "Jouars-Pontchartrain",
}
PHONE_OK = re.compile(r"^(0[1-9]( ?\d\d){4}|0[1-9](\.\d\d){4}|\+33 [1-9]( \d\d){4})$")


def _csv(path: Path, encoding="utf-8") -> list[list[str]]:
    with open(path, encoding=encoding, newline="") as f:
        return list(csv.reader(f, delimiter=";"))


@pytest.fixture(scope="module")
def communes():
    rows = _csv(SAMPLE / BUNDLED_FILES["communes"])
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]


@pytest.fixture(scope="module")
def ban():
    rows = _csv(SAMPLE / BUNDLED_FILES["ban"])
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]


@pytest.fixture(scope="module")
def boundaries():
    fc = json.loads((SAMPLE / BUNDLED_FILES["boundaries"]).read_text(encoding="utf-8"))
    return {f["properties"]["insee"]: f for f in fc["features"]}


@pytest.fixture(scope="module")
def pledges():
    raw = (SAMPLE / BUNDLED_FILES["pledges"]).read_bytes()
    text = raw.decode("cp1252")
    return raw, list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_bundled_files_exist_with_exact_headers(communes, ban, pledges):
    for name in BUNDLED_FILES.values():
        assert (SAMPLE / name).is_file(), name
    assert communes[0] == COMMUNES_HEADER
    assert ";".join(communes[0]) == (
        "insee;name;postcode;lat;lon;population;population_year;"
        "population_source;households;households_source;"
        "households_is_estimate"
    )
    assert ban[0] == BAN_HEADER and len(BAN_HEADER) == 23
    assert pledges[1][0] == PLEDGE_HEADER
    assert not (SAMPLE / BUNDLED_FILES["ban"]).read_bytes().startswith(b"\xef\xbb\xbf")


_NUMBER = re.compile(rb"-?\d+\.\d+")


def _same_up_to_last_digit(a: bytes, b: bytes) -> bool:
    """Equal, or equal but for decimals off by a unit or two in their last place (another
    libm or PROJ build may round a coordinate the other way)."""
    if a == b:
        return True
    if _NUMBER.sub(b"#", a) != _NUMBER.sub(b"#", b):
        return False
    for x, y in zip(_NUMBER.findall(a), _NUMBER.findall(b)):
        places = max(len(x.split(b".")[1]), len(y.split(b".")[1]))
        if abs(float(x) - float(y)) > 2.5 * 10.0**-places:
            return False
    return True


def test_bundled_generation_is_deterministic_and_committed_files_are_current(tmp_path):
    first = write_bundled(tmp_path / "a")
    second = write_bundled(tmp_path / "b")
    for key, name in BUNDLED_FILES.items():
        fresh = first[key].read_bytes()
        assert fresh == second[key].read_bytes(), f"{name} differs between two runs"
        assert _same_up_to_last_digit(fresh, (SAMPLE / name).read_bytes()), (
            f"sample_villages/{name} is stale: run python -m coopnet.sample --bundled"
        )


def test_eighteen_communes_with_real_insee_codes(communes):
    _, rows = communes
    assert {r["insee"]: r["name"] for r in rows} == EXPECTED_INSEE
    by = {r["insee"]: r for r in rows}
    assert by["78616"]["households"] == "579" and by["78616"]["households_is_estimate"] == "0"
    assert by["78278"]["households"] == "244" and by["78550"]["households"] == "764"
    assert by["78681"]["households"] == "349" and by["78681"]["households_is_estimate"] == "1"
    assert by["78062"]["postcode"] == "78650" and by["78443"]["postcode"] == "78640"
    for r in rows:
        # populations: the national reference (INSEE legal populations 2023)
        assert r["population_year"] == "2023" and r["population_source"].startswith(
            "INSEE populations légales 2023"
        )
        if r["households_is_estimate"] == "1":
            # the estimate keeps the population it was made from, and says which
            m = re.fullmatch(r"estimate: population (\d{4}) \((\d+)\) ÷ 2\.45", r["households_source"])
            assert m and int(r["households"]) == round(int(m.group(2)) / 2.45), r["households_source"]
    from coopnet.io.reference import load_reference

    assert by["78616"]["population"] == "1434"
    assert all(int(r["population"]) == load_reference().get(r["insee"]).population for r in rows)


def test_boundaries_are_the_real_shapes_without_overlap_and_hold_their_town_hall(communes, boundaries):
    _, rows = communes
    polys = {k: shape(f["geometry"]) for k, f in boundaries.items()}
    assert set(polys) == set(EXPECTED_INSEE)
    for r in rows:
        poly = polys[r["insee"]]
        props = boundaries[r["insee"]]["properties"]
        assert poly.is_valid and props["approximate"] is False
        assert "IGN ADMIN EXPRESS" in props["source"] and "Licence Ouverte" in props["source"]
        assert poly.contains(shapely.Point(float(r["lon"]), float(r["lat"]))), r["name"]
    union = shapely.union_all(list(polys.values()))
    assert union.area == pytest.approx(sum(p.area for p in polys.values()), rel=1e-9)
    # real areas (IGN, in Lambert-93): Montfort-l'Amaury 5.7 km², Beynes 18.6 km²
    from coopnet.sample.geometry import poly_to_l93

    assert poly_to_l93(polys["78420"]).area / 1e6 == pytest.approx(5.74, abs=0.05)
    assert poly_to_l93(polys["78062"]).area / 1e6 == pytest.approx(18.64, abs=0.05)


def test_every_door_is_inside_its_commune(communes, ban, boundaries):
    _, rows = ban
    _, comm = communes
    assert len(rows) == sum(int(c["households"]) for c in comm)
    assert len({r["id"] for r in rows}) == len(rows)
    doors = defaultdict(list)
    for r in rows:
        doors[r["code_insee"]].append((float(r["lon"]), float(r["lat"])))
    for insee, pts in doors.items():
        lon, lat = np.array(pts).T
        assert shapely.contains_xy(shape(boundaries[insee]["geometry"]), lon, lat).all(), insee


def test_ban_rows_look_like_ban(ban):
    _, rows = ban
    for r in rows[::37]:
        rep = f"_{r['rep']}" if r["rep"] else ""
        assert r["id"] == f"{r['id_fantoir']}_{int(r['numero']):05d}{rep}"
        assert re.fullmatch(r"\d{5}_\w{4}", r["id_fantoir"]) and r["id"].startswith(r["code_insee"])
        assert re.fullmatch(r"\d+\.\d{2}", r["x"]) and re.fullmatch(r"\d+\.\d{6}", r["lat"])
        assert r["type_position"] == "entrée" and r["source_position"] == "commune"
        assert r["nom_afnor"] == r["nom_afnor"].upper() and r["nom_afnor"].isascii()
    reps = Counter(r["rep"] for r in rows)
    assert reps["bis"] > 0 and reps["ter"] > 0
    # numbers increase along each street
    last: dict[str, int] = {}
    for r in rows:
        assert int(r["numero"]) >= last.get(r["id_fantoir"], 0)
        last[r["id_fantoir"]] = int(r["numero"])


def test_pops_lie_on_the_illustrative_backbone():
    backbone = json.loads((SAMPLE / BUNDLED_FILES["backbone"]).read_text(encoding="utf-8"))
    pops = json.loads((SAMPLE / BUNDLED_FILES["pops"]).read_text(encoding="utf-8"))
    assert 2 <= len(backbone["features"]) <= 4 and len(pops["features"]) == 4
    vertices = {tuple(c) for f in backbone["features"] for c in f["geometry"]["coordinates"]}
    for f in backbone["features"] + pops["features"]:
        assert f["properties"]["illustrative"] is True
    for f in pops["features"]:
        assert tuple(f["geometry"]["coordinates"]) in vertices, f["properties"]["name"]
    assert {f["properties"]["insee"] for f in pops["features"]} == {"78062", "78420", "78465", "78321"}


def test_pledge_file_is_french_excel_with_the_listed_mistakes(pledges, ban):
    raw, rows = pledges
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # accents are single cp1252 bytes
    header, data = rows[0], rows[1:]
    assert len(data) == 200
    col = {name: i for i, name in enumerate(header)}
    doors = {
        (
            f"{r['numero']} {r['rep']} {r['nom_voie']}" if r["rep"] else f"{r['numero']} {r['nom_voie']}",
            r["code_postal"],
            r["nom_commune"],
        )
        for r in ban[1]
    }

    def cell(n, name):  # n = data row, 1-based
        return data[n - 1][col[name]]

    assert data[45] == data[44] and data[189] == data[101]  # rows 46 and 190
    assert sum(c - 1 for c in Counter(map(tuple, data)).values()) == 2
    bad_phones = [n for n in range(1, 201) if not PHONE_OK.match(cell(n, "Téléphone"))]
    assert bad_phones == [23, 57, 141]
    assert [n for n in range(1, 201) if not cell(n, "Commune")] == [88, 170]
    assert all(not cell(n, "Code postal") for n in (88, 170))
    bad_dates = []
    for n in range(1, 201):
        try:
            d = dt.datetime.strptime(cell(n, "Date"), "%d/%m/%Y")
            assert d.year == 2026
        except ValueError:
            bad_dates.append(n)
    assert bad_dates == [112] and cell(112, "Date") == "31/02/2026"
    assert [n for n in range(1, 201) if not re.fullmatch(r"\d+(,\d+)?", cell(n, "Mensualité acceptée"))] == [
        64
    ]
    assert [n for n in range(1, 201) if cell(n, "Consentement") != "oui"] == [131]
    assert cell(131, "Consentement") == "non"
    for n in range(1, 201):
        addr = (cell(n, "Adresse"), cell(n, "Code postal"), cell(n, "Commune"))
        if n not in (88, 170):
            assert addr in doors, addr
    core = Counter(cell(n, "Commune") for n in range(1, 201))
    assert sum(core[c] for c in ("Thoiry", "Villiers-le-Mahieu", "Marcq", "Goupillières", "Autouillet")) > 150
    assert any(" bis " in cell(n, "Adresse") or " ter " in cell(n, "Adresse") for n in range(1, 201))


def _digest(paths: dict) -> dict:
    return {k: hashlib.sha256(Path(p).read_bytes()).hexdigest() for k, p in paths.items()}


def test_generate_department_is_deterministic_with_exact_counts(tmp_path):
    kw = dict(communes=12, doors=2000, pledges=300, vertices=200, seed=1)
    a = generate_department(tmp_path / "a", **kw)
    b = generate_department(tmp_path / "b", **kw)
    assert _digest(a) == _digest(b)
    assert set(a) == {"communes", "boundaries", "backbone", "pops", "ban", "pledges"}
    assert a["ban"].name == "adresses-78.csv"

    comm = _csv(a["communes"])
    assert comm[0] == COMMUNES_HEADER and len(comm) == 13
    assert [r[0] for r in comm[1:]] == [f"78{i:03d}" for i in range(1, 13)]
    ban_rows = _csv(a["ban"])
    assert ban_rows[0] == BAN_HEADER and len(ban_rows) == 2001
    assert sum(int(r[8]) for r in comm[1:]) == 2000
    pledge_rows = _csv(a["pledges"])
    assert pledge_rows[0] == PLEDGE_HEADER and len(pledge_rows) == 301
    labels = {(f"{r[2]} {r[3]} {r[4]}" if r[3] else f"{r[2]} {r[4]}", r[5], r[7]) for r in ban_rows[1:]}
    assert all((r[2], r[3], r[4]) in labels for r in pledge_rows[1:])

    fc = json.loads(a["boundaries"].read_text(encoding="utf-8"))
    polys = {f["properties"]["insee"]: shape(f["geometry"]) for f in fc["features"]}
    assert len(polys) == 12
    assert 120 <= np.mean([len(p.exterior.coords) for p in polys.values()]) <= 300
    for r in ban_rows[1::50]:
        assert polys[r[6]].contains(shapely.Point(float(r[12]), float(r[13])))
    other = generate_department(tmp_path / "c", **{**kw, "seed": 2})
    assert _digest(other)["ban"] != _digest(a)["ban"]


def test_generate_department_rejects_more_pledges_than_doors(tmp_path):
    with pytest.raises(ValueError):
        generate_department(tmp_path, communes=3, doors=10, pledges=11, vertices=50)
