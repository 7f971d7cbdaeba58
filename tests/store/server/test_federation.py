"""coopnet federation FILE|URL map|traffic|brief against a real PostgreSQL with three cooperatives.

Three boards each sync their share of the sample's villages; the federation login then reads the
views (counts only) and gets the department map, the pooled traffic and one carrier brief."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import uuid

import psycopg
import pytest
from openpyxl import load_workbook

from coopnet.cli import main
from coopnet.store.server.schema import add_coop, add_user, init_server
from coopnet.store.server.sync import sync_project
from coopnet.store.extract import extract
from coopnet.store.project import Project
from tests.helpers import run_cli
from tests.cli import test_output_errors as output_errors

COOPS = {
    "Coop A": ["78616", "78681", "78364", "78034", "78036", "78084"],
    "Coop B": ["78278", "78443", "78550", "78653", "78265", "78053"],
    "Coop C": ["78236", "78588", "78062", "78420", "78465", "78321"],
}


@pytest.fixture(scope="module")
def federation(pg_cluster, sample_project_master, tmp_path_factory):
    admin = pg_cluster.createdb("federation")
    init_server(admin)
    folder = tmp_path_factory.mktemp("fed")
    files = {}
    board_file = folder / "master.coopnet"
    shutil.copy2(sample_project_master, board_file)
    with Project.open(board_file) as master:
        for i, (coop, villages) in enumerate(COOPS.items()):
            add_coop(admin, coop)
            board = f"board{i}"
            add_user(admin, board, coop, "board")
            path = folder / f"coop{i}.coopnet"
            extract(master, path, villages)
            with Project.open(path) as project:
                sync_project(project, pg_cluster.url(board, "federation"), coop)
            files[coop] = path
    add_user(admin, "fed", None, "federation")
    return {
        "admin": admin,
        "url": pg_cluster.url("fed", "federation"),
        "files": files,
        "folder": folder,
        "master": board_file,
    }


def _json(capsys, argv) -> dict:
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def _pledges_by_coop(admin) -> dict[str, int]:
    with psycopg.connect(admin) as conn:
        return dict(
            conn.execute(
                "SELECT c.name, count(*) FROM coopnet.pledges p JOIN coopnet.villages v USING (insee) "
                "JOIN coopnet.coops c ON c.id = v.coop_id WHERE p.status IN ('pledged','member') "
                "GROUP BY c.name"
            ).fetchall()
        )


def test_traffic_pools_every_cooperative_and_gains_more_with_more_of_them(federation, capsys):
    d = _json(capsys, ["federation", federation["url"], "traffic", "--json"])
    assert d["cooperatives"] == 3 and d["villages"] == 18
    truth = _pledges_by_coop(federation["admin"])
    assert {c["coop"]: c["pledges"] for c in d["by_cooperative"]} == truth
    assert d["pledges"] == sum(truth.values()) > 0
    # grouped needs less than the cooperatives buying alone, and less than the villages alone
    assert d["capacity_mbps"] < d["sum_of_cooperatives_mbps"] < d["sum_of_villages_mbps"]
    assert d["sum_of_cooperatives_mbps"] == pytest.approx(
        sum(c["capacity_mbps"] for c in d["by_cooperative"]), abs=0.05
    )
    assert d["federation_gain"] == pytest.approx(
        1 - d["capacity_mbps"] / d["sum_of_cooperatives_mbps"], abs=1e-3
    )
    gains = [row["pooling_gain"] for row in d["curve"]]
    margins = [row["margin_share"] for row in d["curve"]]
    assert gains[0] == 0 and gains == sorted(gains) and gains[-1] > 0.05
    assert margins == sorted(margins, reverse=True)  # the margin grows slower than the demand
    assert d["curve"][-1]["capacity_mbps"] == pytest.approx(d["capacity_mbps"], rel=1e-6)
    assert d["commit_mbps"] > 0 and d["port"]


def test_the_federation_login_reads_counts_only(federation):
    with psycopg.connect(federation["url"]) as conn:
        for table in ("pledges", "doors", "visits", "villages"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT 1 FROM coopnet.{table} LIMIT 1")
            conn.rollback()
        cols = [c.name for c in conn.execute("SELECT * FROM coopnet.village_tiers LIMIT 1").description]
        assert cols == ["coop", "insee", "tier", "pledges"]


def test_text_output_from_a_synced_project_file(federation, capsys):
    path = federation["files"]["Coop B"]
    assert main(["federation", str(path), "traffic", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "3 cooperatives, 18 villages" in out and "pooling gain" in out
    assert "Coop A" in out and "Coop C" in out and "3 pooled" in out


def test_brief_xlsx_lists_every_cooperative_village_with_counts_only(federation, tmp_path, capsys):
    out = tmp_path / "federation.xlsx"
    assert (
        main(
            [
                "federation",
                federation["url"],
                "brief",
                "-o",
                str(out),
                "--lang",
                "en",
                "--name",
                "Fibre Yvelines Ouest",
            ]
        )
        == 0
    )
    wb = load_workbook(out)
    first = wb.worksheets[0]
    assert "Fibre Yvelines Ouest" in first["A2"].value
    villages = wb.worksheets[2]
    rows = [r for r in villages.iter_rows(min_row=2, values_only=True) if r and r[0] and str(r[0]).isdigit()]
    assert len(rows) == 18
    assert {r[1].rsplit("(", 1)[1].rstrip(")") for r in rows} == set(COOPS)
    assert sum(r[3] for r in rows) == sum(_pledges_by_coop(federation["admin"]).values())
    text = " ".join(
        str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if c
    )
    with psycopg.connect(federation["admin"]) as conn:
        some = conn.execute(
            "SELECT last_name, phone FROM coopnet.pledges WHERE last_name <> '' LIMIT 20"
        ).fetchall()
    assert some and not any(name in text or phone in text for name, phone in some if name and phone)


def test_brief_pdf(federation, tmp_path):
    out = tmp_path / "federation.pdf"
    assert (
        main(["federation", str(federation["files"]["Coop A"]), "brief", "-o", str(out), "--lang", "fr"]) == 0
    )
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
    assert "Fédération de 3 coopératives" in text or "3 coop" in text
    assert "Thoiry (Coop A)" in text and "Vicq (Coop B)" in text


@pytest.mark.slow
def test_map_html_colours_every_cooperative_village(federation, tmp_path):
    out = tmp_path / "federation.html"
    assert main(["federation", federation["url"], "map", "-o", str(out), "--lang", "en"]) == 0
    page = out.read_text(encoding="utf-8")
    assert "Federation: 3 cooperatives, 18 villages" in page
    for name in ("Thoiry", "Garancières", "Jouars-Pontchartrain"):
        assert name in page
    assert "cdn." not in page and "unpkg.com" not in page  # standalone, offline


@pytest.mark.slow
def test_map_png_from_a_synced_project_shows_its_backbone(federation, tmp_path):
    out = tmp_path / "federation.png"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "coopnet",
            "federation",
            str(federation["files"]["Coop C"]),
            "map",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    assert out.stat().st_size > 50_000


def test_bad_sources_say_one_sentence(federation, tmp_path, capsys):
    never = tmp_path / "never.coopnet"
    with Project.open(federation["master"]) as master:
        extract(master, never, ["78616"])
    assert main(["federation", str(never), "traffic"]) == 2
    err = capsys.readouterr().err
    assert "has not synced with a server yet" in err and "Traceback" not in err
    assert main(["federation", "postgresql://nobody@/federation?host=/nonexistent", "traffic"]) == 1
    assert "cannot connect" in capsys.readouterr().err
    assert main(["federation", federation["url"], "brief", "-o", str(tmp_path / "x.docx")]) == 2


REASONS = output_errors.REASONS
folders = output_errors.folders  # the same missing, read-only and full folders (a fixture)
FED_OUTPUTS = [
    ("fed-map-html", "map", "x.html"),
    ("fed-map-png", "map", "x.png"),
    ("fed-map-pdf", "map", "x.pdf"),
    ("fed-brief-pdf", "brief", "x.pdf"),
    ("fed-brief-xlsx", "brief", "x.xlsx"),
]


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["missing", "readonly", "full"])
@pytest.mark.parametrize("name,view,filename", FED_OUTPUTS, ids=[c[0] for c in FED_OUTPUTS])
def test_an_output_that_cannot_be_written_says_so_in_one_line(
    name, view, filename, kind, folders, federation, monkeypatch
):
    """The same one line as every other -o (tests/cli/test_output_errors.py), here because
    these commands need the server."""
    if kind not in folders:
        pytest.skip(f"{kind}: needs root to mount a tmpfs")
    monkeypatch.setenv("COOPNET_LANG", "en")
    folder = folders[kind]
    out = folder / f"{uuid.uuid4().hex[:6]}-{filename}"
    rc, stdout, stderr = run_cli("federation", federation["url"], view, "-o", str(out))
    assert rc == 1, (stdout, stderr)
    reason = REASONS[kind].format(folder=out.parent)
    assert stderr.strip().splitlines() == [f"coopnet: {out}: not written — {reason}"], stderr
    assert "written to" not in stdout and "wrote" not in stdout
    if folder.exists():
        assert not [p for p in folder.iterdir() if p.name != "filler"], "a file was left behind"
