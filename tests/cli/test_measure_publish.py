"""The members' page and the renegotiation brief, from the sample cooperative once connected."""

from __future__ import annotations

import json
import sqlite3
import subprocess

import openpyxl
import pytest

from tests.helpers import run_cli
from tests.measure_synth import measured_sample


@pytest.fixture
def connected(sample_project_path, tmp_path):
    return measured_sample(sample_project_path, tmp_path)


def test_members_page_offline_both_languages_counts_only(connected, tmp_path):
    site = tmp_path / "site"
    rc, out, err = run_cli("measure", "publish", str(connected), "-o", str(site))
    assert rc == 0, err
    fr = (site / "index.html").read_text(encoding="utf-8")
    en = (site / "index.en.html").read_text(encoding="utf-8")
    assert "Adhérents raccordés par village" in fr and "Members connected per village" in en
    assert 'href="index.en.html"' in fr and 'href="index.html"' in en
    assert "<svg" in fr and "<script" not in fr and "//" not in fr.replace("http://www.w3.org/2000/svg", "")
    members = json.loads(run_cli("measure", "members", str(connected), "--json")[1])
    assert members["members"] == 212
    assert f"<th class=num>{members['members']}</th>" in en
    thoiry = next(v for v in members["villages"] if v["name"] == "Thoiry")
    assert f"<td>Thoiry</td><td class=num>{thoiry['members']}</td>" in en
    # no personal data: no pledger's name, phone or e-mail, no street
    con = sqlite3.connect(connected)
    people = con.execute("SELECT last_name, phone, email FROM pledges").fetchall()
    streets = {r[0] for r in con.execute("SELECT nom_voie FROM doors WHERE status = 'member'")}
    con.close()
    for last, phone, email in people:
        for value in (last, phone, email):
            if value and len(value) > 3:
                assert value not in fr and value not in en
    assert not [s for s in streets if s and s in en]
    assert "95th percentile this month" in en and "Committed rate bought from the carrier" in en


def test_renegotiation_brief_pdf_and_xlsx(connected, tmp_path):
    pdf = tmp_path / "renegotiation.pdf"
    rc, out, err = run_cli("measure", "brief", str(connected), "-o", str(pdf), "--lang", "fr")
    assert rc == 0, err
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Renégociation de l’engagement de transit" in text and "Engagement demandé" in text
    assert "212" in text
    xlsx = tmp_path / "renegotiation.xlsx"
    rc, out, err = run_cli("measure", "brief", str(connected), "-o", str(xlsx))
    assert rc == 0, err
    wb = openpyxl.load_workbook(xlsx)
    rows = {r[0].value: r[1].value for r in wb.worksheets[0].iter_rows(min_row=4) if r[0].value}
    assert rows["Members connected"] == "212" and rows["Current commit"] == "600 Mbps"
    assert rows["Commit we ask for"].endswith("Mbps for a 3-year term")
    months = [r for r in wb["Months"].iter_rows(min_row=2, values_only=True)]
    assert [m[0] for m in months] == ["2026-09", "2026-10", "2026-11"]
    rc, _, err = run_cli("measure", "brief", str(connected), "-o", str(tmp_path / "x.docx"))
    assert rc == 2 and "written as .pdf or .xlsx" in err
