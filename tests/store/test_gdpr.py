"""Right of access, erasure and retention, as a coordinator would check them."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from coopnet.store import gdpr
from coopnet.store.project import Project
from tests.helpers import run_cli


def _one_pledge(path):
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    row = dict(
        conn.execute("SELECT * FROM pledges WHERE email != '' AND phone != '' ORDER BY id LIMIT 1").fetchone()
    )
    conn.close()
    return row


def test_export_gives_everything_held_on_the_household(sample_project_path, tmp_path):
    pledge = _one_pledge(sample_project_path)
    out = tmp_path / "foyer.json"
    rc, stdout, err = run_cli(
        "gdpr", "export", str(sample_project_path), "--household", pledge["id"], "-o", str(out)
    )
    assert rc == 0, err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["pledges"][0]["last_name"] == pledge["last_name"]
    assert data["pledges"][0]["email"] == pledge["email"]
    assert data["doors"][0]["id"] == pledge["door_id"]
    assert any(v["door_id"] == pledge["door_id"] for v in data["visits"])
    assert any(e["entity_id"] == pledge["id"] for e in data["audit_log"])


def test_erase_removes_personal_fields_and_keeps_statistics(sample_project_path):
    pledge = _one_pledge(sample_project_path)
    rc, stdout, err = run_cli("gdpr", "erase", str(sample_project_path), "--household", pledge["id"])
    assert rc == 0, err
    after = sqlite3.connect(sample_project_path)
    after.row_factory = sqlite3.Row
    row = dict(after.execute("SELECT * FROM pledges WHERE id = ?", (pledge["id"],)).fetchone())
    assert row["last_name"] is None and row["first_name"] is None
    assert row["phone"] is None and row["email"] is None and row["notes"] is None
    assert row["anonymised"] == 1
    assert (row["insee"], row["status"], row["tier"]) == (pledge["insee"], pledge["status"], pledge["tier"])
    log = [dict(r) for r in after.execute("SELECT * FROM audit_log WHERE action = 'gdpr-erase'")]
    after.close()
    assert len(log) == 1 and pledge["email"] not in log[0]["detail"]
    # Nothing of the household is left anywhere in the project file.
    data = sample_project_path.read_bytes()
    assert pledge["email"].encode() not in data
    assert pledge["phone"].encode() not in data
    backups = list((sample_project_path.parent / "sample.backups").glob("*gdpr-erase*"))
    assert backups


def test_unknown_household_is_a_clear_error(sample_project_path):
    rc, _, err = run_cli("gdpr", "erase", str(sample_project_path), "--household", "nobody")
    assert rc == 1 and "no household" in err


def test_purge_anonymises_only_old_non_members(sample_project_path):
    with Project.open(sample_project_path) as project:
        ids = [r[0] for r in project.conn.execute("SELECT id FROM pledges ORDER BY id LIMIT 3")]
        with project.transaction():
            project.conn.execute("UPDATE pledges SET last_contact = '2020-01-15' WHERE id IN (?, ?, ?)", ids)
            project.conn.execute("UPDATE pledges SET status = 'member' WHERE id = ?", (ids[2],))
        count = gdpr.purge(project, 36, today=dt.date(2026, 11, 26))
        flags = dict(project.conn.execute("SELECT id, anonymised FROM pledges WHERE id IN (?, ?, ?)", ids))
        kept = project.conn.execute("SELECT COUNT(*) FROM pledges WHERE anonymised = 0").fetchone()[0]
        entry = project.conn.execute("SELECT detail FROM audit_log WHERE action = 'gdpr-purge'").fetchone()[0]
    assert count == 2
    assert flags == {ids[0]: 1, ids[1]: 1, ids[2]: 0}  # members are kept
    assert kept > 100
    assert json.loads(entry)["anonymised"] == 2


def test_purge_cli(sample_project_path):
    rc, out, err = run_cli("gdpr", "purge", str(sample_project_path), "--older-than-months", "36")
    assert rc == 0 and "anonymised: 0" in out


def test_months_before_handles_month_ends():
    assert gdpr.months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert gdpr.months_before(dt.date(2026, 11, 26), 36) == dt.date(2023, 11, 26)
    assert gdpr.months_before(dt.date(2026, 1, 10), 13) == dt.date(2024, 12, 10)


def test_pledge_form_pdf_is_a4_with_the_notice(qapp, sample_project_path, tmp_path):
    with Project.open(sample_project_path) as project:
        with project.transaction():
            project.set_meta("controller_name", "Coop des Villages")
            project.set_meta("contact_email", "rgpd@coop.example")
    out = tmp_path / "formulaire.pdf"
    rc, stdout, err = run_cli("pledge-form", str(sample_project_path), "-o", str(out), "--lang", "fr")
    assert rc == 0, err
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    doc.load(str(out))
    assert doc.pageCount() == 1
    size = doc.pagePointSize(0)
    assert abs(size.width() - 595) < 2 and abs(size.height() - 842) < 2  # A4
    text = doc.getAllText(0).text()
    for words in (
        "Coop des Villages",
        "rgpd@coop.example",
        "CNIL",
        "Durée de conservation",
        "Destinataires",
        "Vos droits",
    ):
        assert words in text, words
