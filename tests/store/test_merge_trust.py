"""§3 of issue 12: merge trusts the main project's register of extracts, not the volunteer file.

A file extracted for Thoiry and edited with ``sqlite3`` must not reach Marcq; a forged clock
must not win over the coordinator; bad values are rejects in the report, never stored.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from coopnet.store.pledges import get_pledge, save_pledge
from coopnet.store.project import Project
from tests.helpers import run_cli

pytestmark = pytest.mark.security  # a defence of issue 12: `pytest -m security` runs them all

THOIRY, MARCQ = "78616", "78364"


def q(path, sql, *params):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def tamper(path, *statements):
    conn = sqlite3.connect(path)
    for sql, params in statements:
        conn.execute(sql, params)
    conn.commit()
    conn.close()


def row_of(path, table, row_id):
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return dict(conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone())
    finally:
        conn.close()


def insert(table, row):
    cols = list(row)
    return (
        f"INSERT OR REPLACE INTO {table} ({','.join(cols)}) VALUES ({','.join('?' * len(cols))})",
        [row[c] for c in cols],
    )


@pytest.fixture
def thoiry(sample_project_path, tmp_path):
    vol = tmp_path / "thoiry.coopnet"
    rc, out, err = run_cli("extract", str(sample_project_path), "--village", THOIRY, "-o", str(vol))
    assert rc == 0, err
    return sample_project_path, vol


def merge_json(main, vol):
    rc, out, err = run_cli("merge", str(main), str(vol), "--json")
    assert rc == 0, err
    return json.loads(out)


def test_extract_is_recorded_in_the_main_project(thoiry):
    main, vol = thoiry
    ((extract_id, villages, made_at),) = q(main, "SELECT id, villages, made_at FROM extracts")
    assert json.loads(villages) == [THOIRY] and made_at
    assert q(vol, "SELECT value FROM meta WHERE key = 'extract_id'") == [(extract_id,)]
    sent = dict(
        q(main, "SELECT entity, COUNT(*) FROM extract_rows WHERE extract_id = ? GROUP BY entity", extract_id)
    )
    assert sent["doors"] == q(vol, "SELECT COUNT(*) FROM doors")[0][0]
    assert sent["pledges"] == q(vol, "SELECT COUNT(*) FROM pledges")[0][0]
    assert not q(
        main, "SELECT 1 FROM pragma_table_info('extract_rows') WHERE name IN ('last_name', 'phone', 'email')"
    )


def test_volunteer_file_cannot_reach_beyond_its_villages(thoiry):
    main, vol = thoiry
    marcq_pledge = q(main, "SELECT id FROM pledges WHERE insee = ? AND anonymised = 0 LIMIT 1", MARCQ)[0][0]
    marcq_door = q(main, "SELECT id FROM doors WHERE insee = ? AND status != 'refused' LIMIT 1", MARCQ)[0][0]
    (thoiry_door,) = q(
        vol,
        "SELECT id FROM doors WHERE insee = ? AND status = 'not_visited' "
        "AND id NOT IN (SELECT door_id FROM pledges WHERE door_id IS NOT NULL) LIMIT 1",
        THOIRY,
    )[0]
    (ok_door,) = q(
        vol,
        "SELECT id FROM doors WHERE insee = ? AND status = 'not_visited' AND id != ? LIMIT 1",
        THOIRY,
        thoiry_door,
    )[0]
    before_marcq = row_of(main, "pledges", marcq_pledge)
    forged = dict(
        before_marcq,
        last_name="PIRATE",
        email="pirate@example.org",
        status="withdrawn",
        updated_at="2099-01-01T00:00:00+00:00",
    )
    door = dict(row_of(main, "doors", marcq_door), status="refused", updated_at="2099-01-01T00:00:00+00:00")
    no_consent = dict(
        forged,
        id="f" * 32,
        insee=THOIRY,
        door_id=ok_door,
        last_name="SANSACCORD",
        email="x@example.org",
        consent_register=0,
        status="pledged",
    )
    tamper(
        vol,
        ("PRAGMA foreign_keys=OFF", []),
        insert("pledges", forged),
        insert("doors", door),
        insert("pledges", no_consent),
        ("UPDATE doors SET insee = ?, updated_at = '2099-01-01' WHERE id = ?", [MARCQ, thoiry_door]),
        ("UPDATE doors SET status = 'interested', updated_at = '2099-01-01' WHERE id = ?", [ok_door]),
    )
    report = merge_json(main, vol)

    assert row_of(main, "pledges", marcq_pledge) == before_marcq  # untouched
    assert q(main, "SELECT status FROM doors WHERE id = ?", marcq_door)[0][0] != "refused"
    assert q(main, "SELECT insee FROM doors WHERE id = ?", thoiry_door)[0][0] == THOIRY
    assert not q(main, "SELECT 1 FROM pledges WHERE id = ?", "f" * 32)
    assert q(main, "SELECT status FROM doors WHERE id = ?", ok_door)[0][0] == "interested"  # the real change
    assert report["taken"] == 1 and report["villages"] == [THOIRY]
    refused = {r["id"]: r["reason"] for r in report["refused"]}
    assert {marcq_pledge, marcq_door, thoiry_door} <= set(refused)
    assert "78364" in refused[thoiry_door]
    rejected = {r["id"]: r["reason"] for r in report["rejected"]}
    assert "consent" in rejected["f" * 32]
    for key in (
        "taken",
        "conflicts",
        "unchanged",
        "already_recorded",
        "skipped",
        "kept_erased",
        "villages",
        "refused",
        "rejected",
    ):
        assert key in report


def test_forged_clock_does_not_beat_the_coordinator(thoiry):
    main, vol = thoiry
    pid = q(vol, "SELECT id FROM pledges WHERE anonymised = 0 LIMIT 1")[0][0]
    with Project.open(main) as project:  # the coordinator's later edit
        pledge = get_pledge(project, pid)
        pledge.notes = "rappel fait par la coordinatrice"
        save_pledge(project, pledge, who="coord")
    tamper(
        vol,
        ("UPDATE meta SET value = '2098-01-01T00:00:00+00:00' WHERE key = 'extracted_at'", []),
        (
            "UPDATE pledges SET notes = 'version du bénévole', updated_at = '2099-01-01T00:00:00+00:00' "
            "WHERE id = ?",
            [pid],
        ),
    )
    report = merge_json(main, vol)
    assert (report["taken"], report["conflicts"]) == (0, 1)
    assert q(main, "SELECT notes FROM pledges WHERE id = ?", pid)[0][0] == "rappel fait par la coordinatrice"


def test_old_clock_on_a_real_change_is_still_taken(thoiry):
    """The volunteer's clock says nothing either way: what was sent is the reference."""
    main, vol = thoiry
    pid = q(vol, "SELECT id FROM pledges WHERE anonymised = 0 LIMIT 1")[0][0]
    tamper(
        vol,
        (
            "UPDATE pledges SET notes = 'vu le 3', updated_at = '1990-01-01T00:00:00+00:00' WHERE id = ?",
            [pid],
        ),
    )
    report = merge_json(main, vol)
    assert (report["taken"], report["conflicts"]) == (1, 0)
    assert q(main, "SELECT notes FROM pledges WHERE id = ?", pid)[0][0] == "vu le 3"
    assert q(main, "SELECT updated_at FROM pledges WHERE id = ?", pid)[0][0] > "2020"


def test_bad_values_are_rejects_never_stored(thoiry, tmp_path):
    main, vol = thoiry
    pid = q(vol, "SELECT id FROM pledges WHERE anonymised = 0 LIMIT 1")[0][0]
    door = q(vol, "SELECT id FROM doors LIMIT 1")[0][0]
    before = row_of(main, "pledges", pid)
    tamper(
        vol,
        ("UPDATE pledges SET monthly_fee_eur = 'abc' WHERE id = ?", [pid]),
        ("UPDATE doors SET status = 'hacked' WHERE id = ?", [door]),
        ("PRAGMA foreign_keys=OFF", []),
        ("INSERT INTO doors(id, insee, status) VALUES ('new-door-99999', '99999', 'absent')", []),
    )
    report = merge_json(main, vol)
    rejected = {r["id"]: r["reason"] for r in report["rejected"]}
    assert "monthly fee" in rejected[pid] and "hacked" in rejected[door]
    assert "99999" in {r["id"]: r["reason"] for r in report["refused"]}["new-door-99999"]
    assert row_of(main, "pledges", pid) == before
    assert not q(main, "SELECT 1 FROM doors WHERE id = 'new-door-99999'")
    out = tmp_path / "export.csv"
    rc, _o, err = run_cli("export", "pledges", str(main), str(out))
    assert rc == 0, err


def test_a_file_not_in_the_register_is_refused(thoiry):
    main, vol = thoiry
    tamper(vol, ("UPDATE meta SET value = 'forged' WHERE key = 'extract_id'", []))
    rc, out, err = run_cli("merge", str(main), str(vol))
    assert rc == 1 and "register" in err and len(err.strip().splitlines()) == 1, err


def test_merge_report_in_text(thoiry):
    main, vol = thoiry
    door = q(vol, "SELECT id FROM doors LIMIT 1")[0][0]
    tamper(vol, ("UPDATE doors SET insee = ? WHERE id = ?", [MARCQ, door]))
    rc, out, err = run_cli("merge", str(main), str(vol))
    assert rc == 0, err
    assert "refused: 1" in out and door in out


def test_a_version_1_project_gets_the_register_on_open(sample_project_path):
    tamper(
        sample_project_path,
        ("DROP TABLE extract_rows", []),
        ("DROP TABLE extracts", []),
        ("UPDATE meta SET value = '1' WHERE key = 'schema_version'", []),
    )
    with Project.open(sample_project_path) as project:
        assert project.schema_version >= 2
        assert {"extracts", "extract_rows"} <= set(project.db.table_names())
    assert list((sample_project_path.parent / "sample.backups").glob("*before-migration-v1*"))
