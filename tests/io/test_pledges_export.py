"""Exported pledges open in a spreadsheet as real numbers and dates, and never run formulas."""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl

from coopnet.store.project import Project
from tests.helpers import run_cli

EVIL = ('=HYPERLINK("http://evil.example","clic")', "+33 appel", "-2+3", "@SUM(A1)", "\tcaché")


def _plant_payloads(path):
    with Project.open(path) as project:
        ids = [r[0] for r in project.conn.execute("SELECT id FROM pledges ORDER BY id LIMIT ?", (len(EVIL),))]
        with project.transaction():
            for pid, text in zip(ids, EVIL):
                project.conn.execute("UPDATE pledges SET notes = ? WHERE id = ?", (text, pid))
        total = project.conn.execute("SELECT COUNT(*) FROM pledges").fetchone()[0]
        thoiry = project.conn.execute("SELECT COUNT(*) FROM pledges WHERE insee = '78616'").fetchone()[0]
    return ids, total, thoiry


def test_xlsx_has_real_types_frozen_header_filter_and_no_formulas(sample_project_path, tmp_path):
    ids, total, _ = _plant_payloads(sample_project_path)
    out = tmp_path / "promesses.xlsx"
    rc, stdout, err = run_cli("export", "pledges", str(sample_project_path), str(out), "--lang", "fr")
    assert rc == 0, err
    assert f"exported: {total} pledges" in stdout
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    headers = [c.value for c in ws[1]]
    assert headers[:6] == ["Identifiant", "Code INSEE", "Commune", "Nom", "Prénom", "Adresse"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(headers))}{total + 1}"
    assert ws.max_row == total + 1
    col = {h: i for i, h in enumerate(headers)}
    row = next(ws.iter_rows(min_row=2, max_row=2))
    fee, date = row[col["Mensualité acceptée"]], row[col["Date"]]
    assert isinstance(fee.value, (int, float)) and "€" in fee.number_format
    assert isinstance(date.value, dt.datetime) and date.number_format.upper() == "DD/MM/YYYY"
    assert row[col["Code INSEE"]].data_type == "s"  # leading zeros stay text
    notes = {r[col["Identifiant"]].value: r[col["Notes"]] for r in ws.iter_rows(min_row=2)}
    for pid, text in zip(ids, EVIL):
        cell = notes[pid]
        assert cell.data_type == "s", cell.value  # text, never a formula
        assert cell.value == "'" + text


def test_csv_is_semicolon_utf8_bom_and_filtered_by_village(sample_project_path, tmp_path):
    ids, total, thoiry = _plant_payloads(sample_project_path)
    out = tmp_path / "thoiry.csv"
    rc, stdout, err = run_cli(
        "export", "pledges", str(sample_project_path), str(out), "--village", "78616", "--lang", "fr"
    )
    assert rc == 0, err
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:3] == ["Identifiant", "Code INSEE", "Commune"]
    assert len(rows) - 1 == thoiry > 0
    assert {r[1] for r in rows[1:]} == {"78616"}
    date_col, fee_col, phone_col = (
        rows[0].index("Date"),
        rows[0].index("Mensualité acceptée"),
        rows[0].index("Téléphone"),
    )
    assert all(len(r[date_col].split("/")) == 3 for r in rows[1:])
    assert all("," in r[fee_col] for r in rows[1:] if r[fee_col])
    assert all(r[phone_col].startswith("0") for r in rows[1:] if r[phone_col])
    notes = [r[rows[0].index("Notes")] for r in rows[1:]]
    assert not any(n[:1] in "=+-@\t" for n in notes if n)


def test_unknown_village_and_bad_suffix_are_refused(sample_project_path, tmp_path):
    rc, _, err = run_cli(
        "export", "pledges", str(sample_project_path), str(tmp_path / "x.csv"), "--village", "99999"
    )
    assert rc == 1 and "99999" in err
    rc, _, err = run_cli("export", "pledges", str(sample_project_path), str(tmp_path / "x.ods"))
    assert rc == 2 and ".csv or .xlsx" in err


def test_xlsx_keeps_markup_and_drops_control_characters(sample_project_path, tmp_path):
    from coopnet.io.pledges_export import export_pledges

    with Project.open(sample_project_path) as project:
        pid = project.conn.execute("SELECT id FROM pledges ORDER BY id LIMIT 1").fetchone()[0]
        with project.transaction():
            project.conn.execute(
                "UPDATE pledges SET notes = ?, last_name = ? WHERE id = ?",
                ("Tom & Jerry <b>gras</b>\x01", "L'Hôte", pid),
            )
        export_pledges(project, tmp_path / "p.xlsx", lang="fr")
    ws = openpyxl.load_workbook(tmp_path / "p.xlsx").active
    headers = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == pid)
    assert row[headers.index("Notes")] == "Tom & Jerry <b>gras</b>"
    assert row[headers.index("Nom")] == "L'Hôte"


def _import(path, export_file):
    """Import ``export_file`` into the project at ``path``: (result, pledges before, after)."""
    from coopnet.io.pledges_import import import_pledges

    with Project.open(path) as project:
        before = project.conn.execute("SELECT COUNT(*) FROM pledges").fetchone()[0]
        result = import_pledges(project, export_file)
        after = project.conn.execute("SELECT COUNT(*) FROM pledges").fetchone()[0]
    return result, before, after


def test_english_export_has_english_headers_words_and_amounts(sample_project_path, tmp_path):
    out = tmp_path / "pledges.csv"
    rc, _, err = run_cli("export", "pledges", str(sample_project_path), str(out), "--lang", "en")
    assert rc == 0, err
    rows = list(csv.reader(out.read_bytes().decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:6] == ["ID", "INSEE code", "Commune", "Last name", "First name", "Address"]
    col = {h: i for i, h in enumerate(rows[0])}
    assert {r[col["Status"]] for r in rows[1:]} <= {"pledged", "member", "withdrawn"}
    assert {r[col["Consent"]] for r in rows[1:]} <= {"yes", "no"}
    fees = [r[col["Monthly fee"]] for r in rows[1:] if r[col["Monthly fee"]]]
    assert fees and all("." in f and "," not in f for f in fees)  # 25.00, never 25,00
    assert all(len(r[col["Date"]].split("/")) == 3 for r in rows[1:] if r[col["Date"]])
    xlsx = tmp_path / "pledges.xlsx"
    rc, _, err = run_cli("export", "pledges", str(sample_project_path), str(xlsx), "--lang", "en")
    assert rc == 0, err
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames == ["Pledges"]
    assert [c.value for c in wb.active[1]][:4] == ["ID", "INSEE code", "Commune", "Last name"]


def test_french_export_words(sample_project_path, tmp_path):
    from coopnet.io.pledges_export import export_pledges

    with Project.open(sample_project_path) as project:
        with project.transaction():
            project.conn.execute(
                "UPDATE pledges SET status = 'withdrawn', monthly_fee_eur = 1234.5 "
                "WHERE id = (SELECT id FROM pledges ORDER BY id LIMIT 1)"
            )
        export_pledges(project, tmp_path / "p.csv", lang="fr")
    rows = list(csv.reader((tmp_path / "p.csv").read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    col = {h: i for i, h in enumerate(rows[0])}
    assert {r[col["Statut"]] for r in rows[1:]} <= {"promesse", "adhérent", "retiré"}
    assert "retiré" in {r[col["Statut"]] for r in rows[1:]}
    assert {r[col["Consentement"]] for r in rows[1:]} <= {"oui", "non"}
    assert "1 234,50" in {r[col["Mensualité acceptée"]] for r in rows[1:]}


def test_an_export_in_either_language_imports_back_unchanged(sample_project_path, tmp_path):
    """The importer reads the headers and words of both languages: nothing new, nothing rejected."""
    from coopnet.io.pledges_export import export_pledges

    for lang in ("fr", "en"):
        for suffix in (".csv", ".xlsx"):
            out = tmp_path / f"export-{lang}{suffix}"
            with Project.open(sample_project_path) as project:
                statuses = dict(project.conn.execute("SELECT id, status FROM pledges"))
                export_pledges(project, out, lang=lang)
            result, before, after = _import(sample_project_path, out)
            assert result.rejected == 0, (lang, suffix, result.rejects[:3])
            assert result.imported == 0 and after == before, (lang, suffix)
            assert result.unchanged == before and result.updated == 0, (lang, suffix, result.as_dict())
            with Project.open(sample_project_path) as project:
                assert dict(project.conn.execute("SELECT id, status FROM pledges")) == statuses
