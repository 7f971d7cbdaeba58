"""Walk lists from the command line: the PDF a volunteer carries, and the codes typed back."""

from __future__ import annotations

import json
import re
import subprocess

from coopnet.store.project import Project
from tests.helpers import run_cli

THOIRY = "78616"


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def doors(path, *extra):
    rc, out, err = run_cli("doors", str(path), "--village", THOIRY, "--json", *extra)
    assert rc == 0, err
    return json.loads(out)


def test_walklist_pdf_lists_chosen_doors_street_by_street_with_codes(sample_project_path, tmp_path):
    out = tmp_path / "walk.pdf"
    rc, stdout, err = run_cli(
        "walklist",
        str(sample_project_path),
        "--village",
        THOIRY,
        "--status",
        "not-visited,absent",
        "-o",
        str(out),
        "--lang",
        "en",
    )
    assert rc == 0, err
    wanted = [d for d in doors(sample_project_path) if d["status"] in ("not_visited", "absent")]
    assert f"{len(wanted)} doors" in stdout
    text = pdf_text(out)
    pages = text.split("\f")
    for d in wanted:
        assert d["code"] in text
    refused = [d for d in doors(sample_project_path) if d["status"] == "refused"]
    assert refused and not any(d["code"] in text for d in refused)
    # one street per page, every page says which village, and the notice ends the document
    assert all(
        "Walk list — Thoiry (78616)" in p for p in pages if p.strip() and "Your personal data" not in p
    )
    assert "Your personal data" in pages[-1] or "Your personal data" in pages[-2]
    streets = {d["nom_voie"] for d in wanted}
    assert len([p for p in pages if "Walk list" in p]) >= len(streets)
    # the outcome boxes carry the doors table's keys
    assert re.search(r"☐A ☐R ☐I ☐P ☐M ☐S ☐V ☐2", text)


def test_walklist_one_street_in_french_walks_odd_side_then_even_side(sample_project_path, tmp_path):
    out = tmp_path / "rue.pdf"
    rc, stdout, err = run_cli(
        "walklist",
        str(sample_project_path),
        "--village",
        THOIRY,
        "--street",
        "grande rue",
        "-o",
        str(out),
        "--lang",
        "fr",
    )
    assert rc == 0, err
    text = pdf_text(out)
    assert "Feuille de porte-à-porte — Thoiry (78616)" in text
    assert "Vos données personnelles" in text
    numbers = [int(m) for m in re.findall(r"^\s*[A-Z2-9]{5}\s+(\d+) (?:bis |ter )?Grande Rue", text, re.M)]
    odd = [n for n in numbers if n % 2]
    even = [n for n in numbers if not n % 2]
    assert numbers == odd + even and odd == sorted(odd) and even == sorted(even) and odd and even


def test_walklist_says_what_is_wrong(sample_project_path, tmp_path):
    rc, _, err = run_cli(
        "walklist",
        str(sample_project_path),
        "--village",
        THOIRY,
        "--status",
        "nope",
        "-o",
        str(tmp_path / "x.pdf"),
    )
    assert rc == 2 and "“nope” is not a door status" in err and "Traceback" not in err
    rc, _, err = run_cli(
        "walklist",
        str(sample_project_path),
        "--village",
        THOIRY,
        "--street",
        "zzz",
        "-o",
        str(tmp_path / "x.pdf"),
    )
    assert rc == 1 and "no street of Thoiry matches “zzz”" in err
    rc, _, err = run_cli(
        "walklist", str(sample_project_path), "--village", "99999", "-o", str(tmp_path / "x.pdf")
    )
    assert rc == 1 and "no such village" in err
    assert not list(tmp_path.glob("*.pdf*"))


def test_walklist_village_without_doors_says_how_to_add_them(sample_project_path, tmp_path):
    with Project.open(sample_project_path) as p:
        with p.transaction():
            p.conn.execute(
                "DELETE FROM visits WHERE door_id IN (SELECT id FROM doors WHERE insee=?)", (THOIRY,)
            )
            p.conn.execute("UPDATE pledges SET door_id = NULL WHERE insee = ?", (THOIRY,))
            p.conn.execute("DELETE FROM doors WHERE insee = ?", (THOIRY,))
    rc, _, err = run_cli(
        "walklist", str(sample_project_path), "--village", THOIRY, "-o", str(tmp_path / "x.pdf")
    )
    assert rc == 1 and "import its BAN addresses first" in err


def test_visit_by_door_code_records_the_door(sample_project_path):
    door = next(d for d in doors(sample_project_path) if d["status"] == "not_visited")
    typed = door["code"][:2].lower() + "-" + door["code"][2:].lower()
    rc, out, err = run_cli("visit", str(sample_project_path), typed, "A", "--who", "Claire")
    assert rc == 0, err
    assert door["code"] in out and door["nom_voie"] in out
    after = {d["id"]: d for d in doors(sample_project_path)}
    assert after[door["id"]]["status"] == "absent" and after[door["id"]]["status_by"] == "Claire"
    rc, _, err = run_cli("visit", str(sample_project_path), "ZZZZZ", "A")
    assert rc == 1 and "no such door or door code" in err
