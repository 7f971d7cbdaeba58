"""A mayor's list without a consent column: refused unless the coordinator states the legal basis
once (--consent-basis, or the import wizard's field); then recorded on each row and in the audit log."""

from __future__ import annotations

import json
import sqlite3

from tests.helpers import run_cli

MAYORS_LIST = "Nom;Prénom;Adresse;Commune;Téléphone\n" + "".join(
    f"Martin{i};Jeanne;{i} rue de la Mairie;Thoiry;01 34 87 {i // 100:02d} {i % 100:02d}\n"
    for i in range(1, 121)
)
BASIS = "paper forms kept at the town hall"


def _rows(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT consent_register, consent_basis FROM pledges").fetchall()
    finally:
        conn.close()


def test_list_without_consent_is_refused_and_the_message_names_the_option(sample_project_path, tmp_path):
    sqlite3.connect(sample_project_path).execute("DELETE FROM pledges").connection.commit()
    src = tmp_path / "liste-mairie.csv"
    src.write_text(MAYORS_LIST, encoding="utf-8")
    rc, out, err = run_cli("import", "pledges", str(sample_project_path), str(src), "--lang", "en")
    assert rc != 0
    assert "no consent column" in err and "--consent-basis" in err and "nothing was imported" in err
    assert "Traceback" not in err and "unexpected" not in err
    assert _rows(sample_project_path) == []


def test_stated_basis_is_recorded_on_each_row_and_in_the_audit_log(sample_project_path, tmp_path):
    sqlite3.connect(sample_project_path).execute("DELETE FROM pledges").connection.commit()
    src = tmp_path / "liste-mairie.csv"
    src.write_text(MAYORS_LIST, encoding="utf-8")
    rc, out, err = run_cli(
        "import", "pledges", str(sample_project_path), str(src), "--consent-basis", BASIS, "--lang", "en"
    )
    assert rc == 0, err
    assert "imported: 120" in out
    rows = _rows(sample_project_path)
    assert len(rows) == 120 and set(rows) == {(1, BASIS)}
    conn = sqlite3.connect(sample_project_path)
    details = [
        json.loads(d)
        for (d,) in conn.execute(
            "SELECT detail FROM audit_log WHERE action = 'import' AND entity = 'pledges'"
        )
    ]
    conn.close()
    assert details and details[-1]["consent_basis"] == BASIS


def test_a_file_with_its_own_consent_column_ignores_the_basis(sample_project_path, tmp_path):
    sqlite3.connect(sample_project_path).execute("DELETE FROM pledges").connection.commit()
    src = tmp_path / "avec-consentement.csv"
    src.write_text(
        "Nom;Prénom;Adresse;Commune;Téléphone;Consentement\n"
        "Durand;Paul;3 rue de la Mairie;Thoiry;01 34 87 00 01;oui\n"
        "Petit;Anne;5 rue de la Mairie;Thoiry;01 34 87 00 02;non\n",
        encoding="utf-8",
    )
    rc, out, err = run_cli(
        "import", "pledges", str(sample_project_path), str(src), "--consent-basis", BASIS, "--lang", "en"
    )
    assert rc == 0, err
    assert "imported: 1" in out and "rejected: 1" in out  # “non” is never overridden
    assert _rows(sample_project_path) == [(1, "")]
