"""Importing the pledge spreadsheet: every mistake lands in the reject file with a reason."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from coopnet.errors import CoopnetError
from coopnet.io.pledges_import import import_pledges
from coopnet.store.project import Project
from tests.conftest import SAMPLE_DIR
from tests.helpers import run_cli

SAMPLE = SAMPLE_DIR / "promesses-excel-fr.csv"


@pytest.fixture
def bare_path(sample_project_path) -> Path:
    """The sample project without its pledges (the sample build imports the same file)."""
    conn = sqlite3.connect(sample_project_path)
    conn.execute("DELETE FROM pledges")
    conn.commit()
    conn.close()
    return sample_project_path


def _counts(path: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(path)
    try:
        return tuple(
            conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("pledges", "doors", "visits")
        )
    finally:
        conn.close()


def _sample_rows() -> tuple[list[str], list[list[str]]]:
    with SAMPLE.open(encoding="cp1252", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    return rows[0], rows[1:]


def _rejects(path: Path) -> list[dict]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "reject file must be UTF-8 with BOM"
    return list(csv.DictReader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))


def test_cli_sample_file_mistakes_land_in_the_reject_file(bare_path, tmp_path):
    reject = tmp_path / "rejets.csv"
    rc, out, err = run_cli(
        "import", "pledges", str(bare_path), str(SAMPLE), "--reject-file", str(reject), "--lang", "en"
    )
    assert rc == 0, err
    assert "imported: 190" in out and "rejected: 10" in out and "possible duplicates: 0" in out
    rows = _rejects(reject)
    headers, _ = _sample_rows()
    assert list(rows[0])[: len(headers)] == headers and list(rows[0])[-2:] == ["line", "reason"]
    reasons = [r["reason"] for r in rows]
    assert sum("phone" in r for r in reasons) == 3
    assert sum("no commune and no postcode" in r for r in reasons) == 2
    assert sum("duplicate row" in r for r in reasons) == 2
    assert any("31/02/2026" in r and "not a real date" in r for r in reasons)
    assert any("“abc” is not an amount" in r for r in reasons)
    assert any("consent" in r for r in reasons)
    # The original cells are kept as they were (accents decoded from Windows-1252).
    _, source_rows = _sample_rows()
    bad_date = next(r for r in source_rows if r[headers.index("Date")] == "31/02/2026")
    assert any(r["Nom"] == bad_date[0] and r["Prénom"] == bad_date[1] for r in rows)
    assert _counts(bare_path)[0] == 190


def test_importing_twice_creates_nothing_new(bare_path, tmp_path):
    with Project.open(bare_path) as project:
        first = import_pledges(project, SAMPLE, reject_file=tmp_path / "r1.csv")
        counts = _counts(bare_path)
        second = import_pledges(project, SAMPLE, reject_file=tmp_path / "r2.csv")
    assert (first.imported, first.rejected) == (190, 10)
    assert (second.imported, second.updated, second.unchanged) == (0, 0, 190)
    assert _counts(bare_path) == counts


def test_changed_row_is_updated_not_duplicated(bare_path, tmp_path):
    headers, rows = _sample_rows()
    src = tmp_path / "p.csv"
    _write_csv(src, headers, rows[:5], "cp1252", ";")
    rows[0][headers.index("Mensualité acceptée")] = "55,00"
    src2 = tmp_path / "p2.csv"
    _write_csv(src2, headers, rows[:5], "cp1252", ";")
    with Project.open(bare_path) as project:
        import_pledges(project, src)
        result = import_pledges(project, src2)
        fee = project.conn.execute(
            "SELECT monthly_fee_eur FROM pledges WHERE last_name = ?", (rows[0][0],)
        ).fetchall()
    assert (result.imported, result.updated, result.unchanged) == (0, 1, 4)
    assert fee == [(55.0,)]


def _write_csv(path, headers, rows, encoding, delimiter):
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows([headers, *rows])


@pytest.mark.parametrize("encoding,delimiter", [("utf-8-sig", ";"), ("utf-8", "\t"), ("cp1252", ",")])
def test_encodings_and_delimiters_are_detected(bare_path, tmp_path, encoding, delimiter):
    headers, rows = _sample_rows()
    src = tmp_path / "p.csv"
    _write_csv(src, headers, rows, encoding, delimiter)
    with Project.open(bare_path) as project:
        result = import_pledges(project, src)
        names = {r[0] for r in project.conn.execute("SELECT first_name FROM pledges")}
    assert (result.imported, result.rejected, result.delimiter) == (190, 10, delimiter)
    assert "Hélène" in names and "Benoît" in names


def test_forced_wrong_encoding_gives_a_clear_error(bare_path, tmp_path):
    rc, out, err = run_cli("import", "pledges", str(bare_path), str(SAMPLE), "--encoding", "utf-8")
    assert rc == 1 and "not readable as utf-8" in err and "Traceback" not in err
    assert _counts(bare_path)[0] == 0


def test_xlsx_input_with_numbers_and_real_dates(bare_path, tmp_path):
    import datetime as dt

    headers, rows = _sample_rows()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(headers)
    for r in rows[:20]:
        cells = list(r)
        phone = cells[5].replace(" ", "").replace(".", "")
        if phone.isdigit():
            cells[5] = int(phone)  # Excel drops the leading 0
        try:
            d, m, y = cells[11].split("/")
            cells[11] = dt.datetime(int(y), int(m), int(d))
        except ValueError:
            pass
        ws.append(cells)
    src = tmp_path / "promesses.xlsx"
    wb.save(src)
    with Project.open(bare_path) as project:
        result = import_pledges(project, src, reject_file=tmp_path / "rej.csv")
        phones = [r[0] for r in project.conn.execute("SELECT phone FROM pledges")]
    assert result.imported + result.rejected == 20 and result.imported >= 17
    assert all(p.startswith("+33") and len(p) == 12 for p in phones)


@pytest.mark.parametrize(
    "content,message",
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        ('Nom;Prénom;Adresse;Commune\nDupont;Jean;1 rue X;"Thoi'.encode(), "truncated"),
        ("Nom;Prénom;Adresse;Commune\nDupont;Hé".encode()[:-1], "truncated"),
        (b"PK\x03\x04 not really a zip", "damaged or truncated Excel"),
        (b"Prenom;Ville\nJean;Thoiry\n", "no column for Nom"),
    ],
)
def test_unreadable_files_give_a_clear_error_and_change_nothing(bare_path, tmp_path, content, message):
    src = tmp_path / ("bad.xlsx" if content.startswith(b"PK") else "bad.csv")
    src.write_bytes(content)
    before = _counts(bare_path)
    rc, out, err = run_cli("import", "pledges", str(bare_path), str(src))
    assert rc == 1, (out, err)
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert _counts(bare_path) == before


def test_old_xls_is_refused_with_advice(bare_path, tmp_path):
    src = tmp_path / "old.xls"
    src.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with Project.open(bare_path) as project, pytest.raises(CoopnetError, match="save it as .xlsx"):
        import_pledges(project, src)


def test_html_and_formula_payloads(bare_path, tmp_path):
    headers, rows = _sample_rows()
    ok = list(rows[0])
    ok[headers.index("Notes")] = '=HYPERLINK("http://evil.example","clic") <b>gras</b>'
    script = list(rows[1])
    script[0] = "<script>alert(1)</script>"
    formula = list(rows[2])
    formula[0] = "=1+1"
    src = tmp_path / "p.csv"
    _write_csv(src, headers, [ok, script, formula], "utf-8", ";")
    with Project.open(bare_path) as project:
        result = import_pledges(project, src, reject_file=tmp_path / "rej.csv")
        notes = project.conn.execute("SELECT notes FROM pledges").fetchall()
    assert (result.imported, result.rejected) == (1, 2)
    assert notes == [('=HYPERLINK("http://evil.example","clic") <b>gras</b>',)]  # kept as text
    reasons = [r["reason"] for r in _rejects(tmp_path / "rej.csv")]
    assert all("characters a name cannot have" in r for r in reasons)


def test_possible_duplicates_are_flagged_not_merged(bare_path, tmp_path):
    headers, rows = _sample_rows()
    twin = list(rows[0])
    twin[0], twin[1] = "Martin", "Paul"  # another person…
    twin[2] = "99 Rue Nouvelle"  # …elsewhere, with the same phone
    src = tmp_path / "p.csv"
    _write_csv(src, headers, [rows[0], twin], "utf-8", ";")
    with Project.open(bare_path) as project:
        result = import_pledges(project, src)
        from coopnet.store.duplicates import shown_flag

        flags = [
            (n, shown_flag(project, f, lang="en"))
            for n, f in project.conn.execute(
                "SELECT last_name, duplicate_flag FROM pledges ORDER BY last_name"
            )
        ]
        manual = project.conn.execute("SELECT COUNT(*) FROM doors WHERE source = 'manual'").fetchone()[0]
    assert (result.imported, result.possible_duplicates) == (2, 2)
    assert all("same phone" in f for _, f in flags)
    assert manual == 1  # "99 Rue Nouvelle" is not in the BAN: a manual door in the village


def test_addresses_are_matched_to_ban_doors(bare_path):
    with Project.open(bare_path) as project:
        import_pledges(project, SAMPLE)
        sources = dict(
            project.conn.execute(
                "SELECT d.source, COUNT(*) FROM pledges p JOIN doors d ON d.id = p.door_id GROUP BY 1"
            )
        )
        statuses = dict(
            project.conn.execute(
                "SELECT d.status, COUNT(*) FROM pledges p JOIN doors d ON d.id = p.door_id GROUP BY 1"
            )
        )
    assert sources.get("ban") == 190
    assert set(statuses) <= {"pledged", "member"}


def test_big_import_rebuilds_its_indexes(bare_path, tmp_path):
    headers = ["Nom", "Prénom", "Adresse", "Commune", "Téléphone", "Consentement"]
    rows = [
        [f"Famille{i}", "Jean", f"{i + 1} Rue du Test", "Thoiry", f"06{i:08d}", "oui"] for i in range(6000)
    ]
    src = tmp_path / "big.csv"
    _write_csv(src, headers, rows, "utf-8", ";")
    with Project.open(bare_path) as project:
        before = sorted(
            project.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('pledges', 'visits')"
            )
        )
        result = import_pledges(project, src)
        after = sorted(
            project.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('pledges', 'visits')"
            )
        )
        by_phone = project.conn.execute(
            "SELECT last_name FROM pledges WHERE phone = '+33600000042'"
        ).fetchall()
    assert result.imported == 6000 and result.rejected == 0
    assert after == before and by_phone == [("Famille42",)]


def test_too_big_file_is_refused_before_reading(bare_path, tmp_path, monkeypatch):
    from coopnet.io import tabular

    monkeypatch.setattr(tabular, "MAX_BYTES", 1000)
    src = tmp_path / "enorme.csv"
    src.write_text("Nom;Adresse;Commune\n" + "Dupont;1 rue X;Thoiry\n" * 100, encoding="utf-8")
    with Project.open(bare_path) as project, pytest.raises(CoopnetError, match="too big"):
        import_pledges(project, src)


def test_visits_and_pledges_are_stamped_with_the_rows_volunteer(bare_path, tmp_path):
    headers, rows = _sample_rows()
    by = headers.index("Bénévole")
    expected: dict[tuple, set] = {}  # (last, first name) -> Bénévole cells of the sample
    for r in rows:
        expected.setdefault((r[0], r[1]), set()).add(r[by])
    with Project.open(bare_path) as project:
        import_pledges(project, SAMPLE, reject_file=tmp_path / "r.csv", volunteer="Coordinatrice")
        pledges = project.conn.execute(
            "SELECT last_name, first_name, volunteer, door_id FROM pledges"
        ).fetchall()
        visits = dict(
            project.conn.execute(
                "SELECT v.door_id, v.who || '|' || d.status_by FROM visits v "
                "JOIN doors d ON d.id = v.door_id WHERE v.note LIKE 'import %'"
            )
        )
        user = project.user
    assert len(pledges) == 190 and len(visits) >= 150
    by_door: dict[str, set] = {}
    for last, first, volunteer, door in pledges:
        assert volunteer in expected[(last, first)], (last, first)
        by_door.setdefault(door, set()).add(volunteer)
    # The visit that marked each door (and the door's "status by") is one of its pledges' volunteers.
    for door, stamp in visits.items():
        visit_by, door_by = stamp.split("|")
        assert visit_by == door_by and visit_by in by_door[door], door
    volunteers = {stamp.split("|")[0] for stamp in visits.values()}
    assert len(volunteers) > 1 and user not in volunteers and "Coordinatrice" not in volunteers


def test_rows_without_a_volunteer_get_the_configured_name_then_the_os_user(bare_path, tmp_path):
    headers, rows = _sample_rows()
    by = headers.index("Bénévole")
    rows = [r[:by] + [""] + r[by + 1 :] for r in rows[:3]]
    src = tmp_path / "sans-benevole.csv"
    _write_csv(src, headers, rows, "utf-8", ";")
    stamps = (
        "SELECT DISTINCT p.volunteer, v.who FROM pledges p JOIN visits v ON v.door_id = p.door_id "
        "AND v.note = 'import sans-benevole.csv'"
    )
    with Project.open(bare_path) as project:
        project.conn.execute("DELETE FROM visits")
        project.conn.execute("UPDATE doors SET status = 'not_visited'")
        import_pledges(project, src, volunteer="Coordinatrice")
        named = project.conn.execute(stamps).fetchall()
        project.conn.execute("DELETE FROM visits")
        project.conn.execute("DELETE FROM pledges")
        project.conn.execute("UPDATE doors SET status = 'not_visited'")
        import_pledges(project, src)
        user = project.user
        os_user = project.conn.execute(stamps).fetchall()
    assert named == [("Coordinatrice", "Coordinatrice")]
    assert os_user == [(user, user)]


def test_french_reject_file_gives_french_reasons(bare_path, tmp_path):
    reject = tmp_path / "rejets.csv"
    rc, out, err = run_cli(
        "import", "pledges", str(bare_path), str(SAMPLE), "--reject-file", str(reject), "--lang", "fr"
    )
    assert rc == 0, err
    assert "importées\u00a0: 190" in out and "rejetées\u00a0: 10" in out
    reasons = [r["motif"] for r in _rejects(reject)]
    assert sum("téléphone" in r for r in reasons) == 3
    assert any("31/02/2026" in r and "n’est pas une date réelle" in r for r in reasons)
    assert any("«\u00a0abc\u00a0» n’est pas un montant" in r for r in reasons)
    assert sum("ligne en double" in r for r in reasons) == 2
    assert not any("not a" in r or "required" in r or "duplicate" in r for r in reasons)


def test_english_cli_gives_english_reasons(bare_path, tmp_path):
    reject = tmp_path / "rejects.csv"
    rc, out, err = run_cli(
        "import", "pledges", str(bare_path), str(SAMPLE), "--reject-file", str(reject), "--lang", "en"
    )
    assert rc == 0, err
    assert "imported: 190" in out and "rejected: 10" in out
    rows = _rejects(reject)
    assert list(rows[0])[-2:] == ["line", "reason"]  # the added columns in English too, not ligne;motif
    reasons = [r["reason"] for r in rows]
    assert any("31/02/2026" in r and "is not a real date" in r for r in reasons)
    assert not any("téléphone" in r or "n’est pas" in r for r in reasons)


def test_unreadable_file_is_explained_in_the_chosen_language(bare_path, tmp_path):
    src = tmp_path / "sans-nom.csv"
    src.write_text("Prénom;Adresse\nJeanne;12 rue de la Poste\n", encoding="utf-8")
    rc, out, err = run_cli("import", "pledges", str(bare_path), str(src), "--lang", "fr")
    assert rc != 0 and "Traceback" not in err
    assert "sans-nom.csv\u00a0: aucune colonne pour Nom" in err and "rien n’a été importé" in err
    rc, out, err = run_cli("import", "pledges", str(bare_path), str(src), "--lang", "en")
    assert rc != 0 and "sans-nom.csv: no column for Nom" in err and "nothing was imported" in err
