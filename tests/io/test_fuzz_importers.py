"""Property-based tests of the importers: whatever file a user picks, coopnet answers with a
clear ``CoopnetError`` or a result (bad rows rejected) — never another exception — and a
refused import changes nothing in the project.

Fast by default (``make test``); ``HYPOTHESIS_PROFILE=long`` for a deeper run.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import io
import json
import os
import random
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from coopnet.core.ban_columns import BAN_COLUMNS
from coopnet.errors import CoopnetError
from coopnet.sample.pledges import PLEDGE_HEADER
from coopnet.store.project import Project

# No example database: it would write .hypothesis/ into the checkout.
# The fast profile is derandomized so `make test` is repeatable; "long" explores at random.
settings.register_profile(
    "fast",
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "30")),
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)
settings.register_profile(
    "long",
    max_examples=600,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "fast"))

BAN_HEADER = list(BAN_COLUMNS)
ENCODINGS = [
    "utf-8",
    "utf-8-sig",
    "cp1252",
    "latin-1",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "mac-roman",
    "cp850",
    "utf-32",
]

# -- cells: plausible values, attacks and noise ----------------------------------------------------
PAYLOADS = [
    '=HYPERLINK("http://x","clic")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,2)",
    "=1+1",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "${alert(1)}",
    "`whoami`",
    "'; DROP TABLE pledges; --",
    "\x00",
    "\u202e",
    "\ufeff",
    "\r",
    "\n",
    '"',
    '""',
    ";",
    "\t",
    "Ça coûte 1 234,50 €",
    "Thoiry",
    "78616",
    "78770",
    "06 12 34 56 78",
    "+33 6 12 34 56 78",
    "oui",
    "non",
    "31/02/2026",
    "10/01/2026",
    "abc",
    "1 234,50 €",
    "100 Mb/s",
    "1 Gb/s",
    "",
    "nan",
    "NULL",
    "1e309",
    "-0",
    "9" * 40,
    "é" * 3,
]
cells = st.one_of(
    st.sampled_from(PAYLOADS),
    st.text(max_size=30),
    st.text(
        alphabet=st.characters(codec="utf-8", categories=["Cc", "Cf", "Zs", "Lu", "Nd", "Po"]), max_size=20
    ),
    st.sampled_from([1, 10, 1000, 100_000, 2_000_000]).map(lambda n: "X" * n),  # huge fields
    st.integers(-(10**6), 10**6).map(str),
)


@st.composite
def tables(draw, header: list[str], valid_row=None):
    """(header, rows): columns shuffled, dropped or unknown; rows ragged or valid-looking."""
    cols = draw(st.lists(st.sampled_from(header), unique=True, max_size=len(header)))
    if draw(st.booleans()):
        cols = list(header)
        draw(st.randoms(use_true_random=False)).shuffle(cols)
    cols += draw(st.lists(st.sampled_from(["", "Colonne", "Nom", "x", "Notes", "?"]), max_size=2))
    rows = []
    for _ in range(draw(st.integers(0, 8))):
        if valid_row is not None and draw(st.booleans()):
            base = valid_row(draw)
            rows.append([base.get(c, draw(cells)) for c in cols])
        else:
            width = len(cols) + draw(st.integers(-2, 2))
            rows.append([draw(cells) for _ in range(max(width, 0))])
    return cols, rows


def to_csv_bytes(draw, cols, rows) -> bytes:
    delim = draw(st.sampled_from([";", ",", "\t", "|"]))
    newline = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    quote = draw(st.booleans())

    def cell(v: str) -> str:
        if quote or any(ch in v for ch in (delim, '"', "\n", "\r")):
            return '"' + v.replace('"', '""') + '"'
        return v

    text = newline.join(delim.join(cell(v) for v in row) for row in [cols, *rows])
    if draw(st.booleans()):
        text += newline
    encoding = draw(st.sampled_from(ENCODINGS))
    data = text.encode(encoding, errors=draw(st.sampled_from(["replace", "ignore", "xmlcharrefreplace"])))
    cut = draw(st.one_of(st.none(), st.floats(0, 0.999)))  # a truncated file
    return data[: int(cut * len(data))] if cut is not None else data


def valid_pledge(draw) -> dict:
    n = draw(st.integers(1, 200))
    return {
        "Nom": draw(st.sampled_from(["Martin", "Durand", "LEFÈVRE", "N'Guyen"])),
        "Prénom": "Léa",
        "Adresse": f"{n} Grande Rue",
        "Code postal": "78770",
        "Commune": "Thoiry",
        "Téléphone": "06 12 34 56 78",
        "Courriel": "lea@example.fr",
        "Débit souhaité": "100 Mb/s",
        "Mensualité acceptée": "30,00",
        "Parts sociales": "100",
        "Consentement": "oui",
        "Date": "10/01/2026",
        "Bénévole": "Amélie",
    }


# -- project and digests -------------------------------------------------------------------------
SAMPLE = Path(__file__).resolve().parents[2] / "sample_villages"


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """The sample's villages with 600 of its doors and its pledge file: real data to protect,
    small enough to digest in milliseconds before and after every example."""
    from coopnet.io.ban import import_ban
    from coopnet.io.communes_csv import read_communes
    from coopnet.io.pledges_import import import_pledges
    from coopnet.store import villages as vstore

    folder = tmp_path_factory.mktemp("fuzz")
    ban = folder / "adresses-78.csv"
    with (
        (SAMPLE / "adresses-78-sample.csv").open(encoding="utf-8") as src,
        ban.open("w", encoding="utf-8") as out,
    ):
        for _, line in zip(range(601), src):
            out.write(line)
    p = Project.create(folder / "fuzz.coopnet", name="fuzz")
    vstore.upsert_villages(p, read_communes(SAMPLE / "communes.csv"))
    import_ban(p, ban)
    import_pledges(p, SAMPLE / "promesses-excel-fr.csv", reject_file=folder / "rejets.csv")
    assert p.conn.execute("SELECT COUNT(*) FROM pledges").fetchone()[0] > 100
    yield p
    p.close()


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzzfiles")


def digest(project: Project) -> str:
    h = hashlib.sha256()
    tables = [
        r[0]
        for r in project.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    for t in tables:
        h.update(t.encode())
        for row in project.conn.execute(f'SELECT * FROM "{t}"'):
            h.update(repr(row).encode())
    h.update(
        repr(project.conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()).encode()
    )
    return h.hexdigest()


def refused_or_result(project: Project, run) -> object | None:
    """Run an import: a CoopnetError must leave the project untouched; anything else but a
    result is a bug (the test fails with its traceback)."""
    before = digest(project)
    try:
        result = run()
    except CoopnetError as exc:
        message = str(exc)
        assert message and "\n" not in message.strip() and "Traceback" not in message, message
        assert digest(project) == before, f"refused ({message}) but the project changed"
        return None
    assert project.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert not project.conn.in_transaction, "an import left a transaction open"
    return result


def write(workdir: Path, name: str, data: bytes) -> Path:
    path = workdir / name
    path.write_bytes(data)
    return path


# -- pledges: CSV and XLSX ---------------------------------------------------------------------------
@PROFILE
@given(data=st.data())
def test_pledge_csv_never_crashes(project, workdir, data):
    from coopnet.io.pledges_import import import_pledges

    cols, rows = data.draw(tables(PLEDGE_HEADER, valid_pledge))
    path = write(
        workdir,
        data.draw(st.sampled_from(["p.csv", "p.txt", "p.xlsx", "p"])),
        to_csv_bytes(data.draw, cols, rows),
    )
    encoding = data.draw(st.sampled_from([None, None, "utf-8", "cp1252", "utf-16", "koi8-r", "nope"]))
    delimiter = data.draw(st.sampled_from([None, None, ";", ",", "tab", "::"]))
    result = refused_or_result(
        project,
        lambda: import_pledges(
            project, path, reject_file=workdir / "rejets.csv", encoding=encoding, delimiter=delimiter
        ),
    )
    if result is not None:
        assert result.imported + result.updated + result.unchanged + result.rejected == result.rows
        if result.rejected:
            assert (workdir / "rejets.csv").exists()


@PROFILE
@given(data=st.binary(max_size=4096), name=st.sampled_from(["p.csv", "p.xlsx", "p.xls", "p.txt"]))
def test_pledge_random_bytes(project, workdir, data, name):
    from coopnet.io.pledges_import import import_pledges

    path = write(workdir, name, data)
    refused_or_result(project, lambda: import_pledges(project, path, reject_file=workdir / "rejets.csv"))


def _xlsx_bytes(cols, rows) -> bytes:
    import openpyxl
    from openpyxl.utils.exceptions import IllegalCharacterError

    wb = openpyxl.Workbook()
    ws = wb.active
    try:
        for row in [cols, *rows]:
            ws.append([_typed(v) for v in row])
    except IllegalCharacterError:
        assume(False)  # openpyxl cannot even write it: Excel would not produce it either
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _typed(v: str):
    """Excel stores numbers and dates as such, not text."""
    try:
        return int(v) if v.strip().lstrip("-").isdigit() and len(v) < 15 else v[:32767]
    except ValueError:
        return v[:32767]


@PROFILE
@given(data=st.data())
def test_pledge_xlsx_never_crashes(project, workdir, data):
    from coopnet.io.pledges_import import import_pledges

    cols, rows = data.draw(tables(PLEDGE_HEADER, valid_pledge))
    blob = bytearray(_xlsx_bytes(cols, rows))
    damage = data.draw(st.sampled_from(["none", "none", "truncate", "flip"]))
    # Positions as fractions: the zip's timestamps make its length vary from run to run.
    if damage == "truncate":
        blob = blob[: int(data.draw(st.floats(0, 0.999)) * len(blob))]
    elif damage == "flip":
        for _ in range(data.draw(st.integers(1, 20))):
            blob[int(data.draw(st.floats(0, 0.999)) * len(blob))] = data.draw(st.integers(0, 255))
    path = write(workdir, "p.xlsx", bytes(blob))
    result = refused_or_result(
        project, lambda: import_pledges(project, path, reject_file=workdir / "rejets.csv")
    )
    if result is not None:
        assert result.imported + result.updated + result.unchanged + result.rejected == result.rows


# -- BAN addresses -----------------------------------------------------------------------------
def valid_door(draw) -> dict:
    n = draw(st.integers(1, 400))
    return {
        "id": f"78616_{draw(st.integers(0, 99999)):05d}_{n:05d}",
        "numero": str(n),
        "rep": "",
        "nom_voie": "Rue du Fuzz",
        "code_postal": "78770",
        "code_insee": "78616",
        "nom_commune": "Thoiry",
        "x": "600000.0",
        "y": "6860000.0",
        "lon": "1.7947",
        "lat": "48.8653",
    }


@PROFILE
@given(data=st.data())
def test_ban_never_crashes(project, workdir, data):
    from coopnet.io.ban import import_ban

    cols, rows = data.draw(tables(BAN_HEADER, valid_door))
    blob = to_csv_bytes(data.draw, cols, rows)
    name = "adresses-78.csv"
    if data.draw(st.booleans()):
        blob = gzip.compress(blob)
        if data.draw(st.booleans()):
            blob = blob[: int(data.draw(st.floats(0, 1)) * len(blob))]
        name += ".gz"
    path = write(workdir, name, blob)
    result = refused_or_result(
        project, lambda: import_ban(project, path, reject_file=workdir / "rejets-ban.csv")
    )
    if result is not None:
        good = result.created + result.updated + result.unchanged
        assert good + result.skipped_other_communes + result.rejected == result.rows


@PROFILE
@given(data=st.binary(max_size=4096), gz=st.booleans())
def test_ban_random_bytes(project, workdir, data, gz):
    from coopnet.io.ban import import_ban

    path = write(workdir, "adresses-78.csv" + (".gz" if gz else ""), gzip.compress(data) if gz else data)
    refused_or_result(project, lambda: import_ban(project, path))


# -- geodata: communes, backbone, PoPs -----------------------------------------------------------
coords = st.one_of(
    st.tuples(st.floats(1.6, 2.0), st.floats(48.7, 48.95)),  # in the Yvelines
    st.tuples(st.floats(allow_nan=True, allow_infinity=True), st.floats(allow_nan=True, allow_infinity=True)),
    st.tuples(st.floats(-180, 180), st.floats(-90, 90)),
)


@st.composite
def geometries(draw):
    kind = draw(
        st.sampled_from(
            ["Point", "LineString", "Polygon", "MultiPolygon", "GeometryCollection", "Bogus", None]
        )
    )
    pts = [list(p) for p in draw(st.lists(coords, min_size=0, max_size=8))]
    if kind is None:
        return None
    if kind == "Point":
        return {"type": kind, "coordinates": pts[0] if pts else []}
    if kind == "LineString":
        return {"type": kind, "coordinates": pts}
    ring = pts + pts[:1] if draw(st.booleans()) else pts  # closed, or not
    if kind == "Polygon":
        return {"type": kind, "coordinates": [ring]}
    if kind == "MultiPolygon":
        return {"type": kind, "coordinates": [[ring], [ring[::-1]]]}
    if kind == "GeometryCollection":
        return {"type": kind, "geometries": [{"type": "Point", "coordinates": p} for p in pts[:2]]}
    return {"type": kind, "coordinates": pts}


props = st.dictionaries(
    st.sampled_from(
        [
            "INSEE_COM",
            "code_insee",
            "insee",
            "NOM",
            "nom_officiel",
            "name",
            "POPULATION",
            "pop",
            "x",
            "",
            "é",
            "NOM_COM",
        ]
    ),
    st.one_of(
        cells,
        st.integers(-(10**12), 10**12),
        st.floats(allow_nan=True),
        st.none(),
        st.booleans(),
        st.sampled_from(["78616", "78034", "2A004", "99999", "7861"]),
    ),
    max_size=5,
)


@st.composite
def geojson_bytes(draw):
    features = [
        {"type": "Feature", "geometry": draw(geometries()), "properties": draw(props)}
        for _ in range(draw(st.integers(0, 6)))
    ]
    doc = {
        "type": draw(st.sampled_from(["FeatureCollection", "FeatureCollection", "Feature", "Nope"])),
        "features": features,
    }
    if draw(st.booleans()):
        doc["crs"] = {
            "type": "name",
            "properties": {
                "name": draw(
                    st.sampled_from(["EPSG:2154", "urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:999999", "nonsense"])
                )
            },
        }
    text = json.dumps(doc, allow_nan=True)
    if draw(st.booleans()):
        text = text[: int(draw(st.floats(0, 1)) * len(text))]  # truncated
    return text.encode(draw(st.sampled_from(["utf-8", "utf-16", "latin-1"])), errors="replace")


def _geo_import(project, kind: str, path: Path):
    from coopnet.io import geodata

    if kind == "villages":
        return geodata.import_villages(project, path, source=path.name)
    if kind == "pops":
        return geodata.import_pops(project, path, source=path.name)
    return geodata.import_backbone(project, path, source=path.name)


@PROFILE
@given(blob=geojson_bytes(), kind=st.sampled_from(["villages", "pops", "backbone"]))
def test_geodata_geojson_never_crashes(project, workdir, blob, kind):
    path = write(workdir, "couche.geojson", blob)
    refused_or_result(project, lambda: _geo_import(project, kind, path))


@PROFILE
@given(
    blob=st.binary(max_size=2048),
    kind=st.sampled_from(["villages", "pops", "backbone"]),
    suffix=st.sampled_from([".geojson", ".gpkg", ".shp", ".csv", ".json", ".zip"]),
)
def test_geodata_random_bytes(project, workdir, blob, kind, suffix):
    path = write(workdir, "couche" + suffix, blob)
    refused_or_result(project, lambda: _geo_import(project, kind, path))


@PROFILE
@given(data=st.data())
def test_pops_csv_never_crashes(project, workdir, data):
    def valid_pop(draw):
        return {"name": "NRO Thoiry", "lon": draw(st.sampled_from(["1.79", "1,79", "x"])), "lat": "48.86"}

    cols, rows = data.draw(
        tables(["name", "nom", "lon", "lat", "longitude", "latitude", "insee", "x", "y"], valid_pop)
    )
    path = write(workdir, "pops.csv", to_csv_bytes(data.draw, cols, rows))
    refused_or_result(project, lambda: _geo_import(project, "pops", path))


def test_the_fuzzer_reaches_the_import(project, workdir):
    """Guard against a fuzzer that only ever produces refused files: a valid-looking file
    from the same building blocks imports rows (so the properties above test real imports)."""
    from coopnet.io.pledges_import import import_pledges

    street = f"{random.randint(1000, 9999)} Rue {''.join(random.choices(string.ascii_letters, k=8))}"
    rows = [
        [
            "Martin",
            "Léa",
            street,
            "78770",
            "Thoiry",
            "06 12 34 56 78",
            "lea@example.fr",
            "100 Mb/s",
            "30,00",
            "100",
            "oui",
            "10/01/2026",
            "Amélie",
        ]
    ]
    text = "\n".join(";".join(r) for r in [PLEDGE_HEADER[:13], *rows])
    path = write(workdir, "ok.csv", codecs.BOM_UTF8 + text.encode("utf-8"))
    result = refused_or_result(project, lambda: import_pledges(project, path, reject_file=workdir / "r.csv"))
    assert result is not None and result.imported == 1, result


def _damaged_sheet_xlsx() -> bytes:
    import zipfile

    good = io.BytesIO(_xlsx_bytes(PLEDGE_HEADER[:5], [["Martin", "Léa", "1 Grande Rue", "78770", "Thoiry"]]))
    out = io.BytesIO()
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<sheetData>", b"<sheetData><<")
            zout.writestr(item, data)
    return out.getvalue()


def _odd_zip_xlsx(field: str) -> bytes:
    """A good workbook whose zip entries claim what Python's zipfile refuses with
    NotImplementedError (the long fuzz profile found all three, stop 9)."""
    import struct

    data = bytearray(_xlsx_bytes(PLEDGE_HEADER[:5], [["Martin", "Léa", "1 Grande Rue", "78770", "Thoiry"]]))
    # (signature, offset of the field in that header, value)
    patches = {
        "version": [(b"PK\x01\x02", 6, 64)],  # needs zip 6.4
        "encryption": [(b"PK\x01\x02", 8, 0x41), (b"PK\x03\x04", 6, 0x41)],  # strong encryption
        "method": [(b"PK\x01\x02", 10, 99), (b"PK\x03\x04", 8, 99)],
    }[field]  # AES method
    for signature, offset, value in patches:
        at = data.find(signature)
        while at != -1:
            struct.pack_into("<H", data, at + offset, value)
            at = data.find(signature, at + 4)
    return bytes(data)


FOUND = [  # (importer, file name, content): what the fuzzers found on their first runs
    ("pledges", "zip-named.csv", b"PK\x03\x04"),
    ("pledges", "damaged-sheet.xlsx", None),
    ("villages", "plus-sign.csv", b"+"),  # GDAL reads it as a table with no geometry
    ("backbone", "two-columns.csv", b"a,b\n1,2\n"),
    ("pledges", "zip-version-6.4.xlsx", _odd_zip_xlsx("version")),
    ("pledges", "strong-encryption.xlsx", _odd_zip_xlsx("encryption")),
    ("pledges", "aes-compression.xlsx", _odd_zip_xlsx("method")),
    ("households", "aes-compression.xlsx", _odd_zip_xlsx("method")),
    ("pops", "empty.csv", b""),
    ("pops", "unclosed-quote.csv", b'name;lon;lat\n"x;1;2\n'),
    ("pops", "ragged.csv", b"lon;lat\nA;x;48\n"),
    ("pops", "cp1252-undefined.csv", b"name;lon;lat\n\x81;1.8;48.8\n"),
    (
        "pops",
        "point-without-coordinates.geojson",
        b'{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point",'
        b'"coordinates":[]},"properties":{}},{"type":"Feature","geometry":{"type":"Point","coordinates":[]},'
        b'"properties":{"name":"x"}}]}',
    ),
    (
        "villages",
        "one-point-line.geojson",
        b'{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"LineString",'
        b'"coordinates":[[2.0,48.75]]},"properties":{}}]}',
    ),
]


@pytest.mark.parametrize(
    "importer,name,content", FOUND, ids=[(f.values if hasattr(f, "values") else f)[1] for f in FOUND]
)
def test_inputs_the_fuzzers_found(project, workdir, importer, name, content):
    from coopnet.io.pledges_import import import_pledges

    path = write(workdir, name, _damaged_sheet_xlsx() if content is None else content)
    if importer == "pledges":
        refused_or_result(project, lambda: import_pledges(project, path, reject_file=workdir / "r.csv"))
    elif importer == "households":
        from coopnet.io.households import import_households

        refused_or_result(project, lambda: import_households(project, path, path.name))
    else:
        refused_or_result(project, lambda: _geo_import(project, importer, path))
