"""Volunteer files: extract, edit on both sides, merge back, resolve the conflict."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from coopnet.core.members import Pledge
from coopnet.errors import CoopnetError
from coopnet.store import merge as merge_store
from coopnet.store.extract import extract
from coopnet.store.pledges import get_pledge, save_pledge
from coopnet.store.project import Project
from coopnet.store.visits import set_door_status
from tests.helpers import run_cli

THOIRY, MARCQ = "78616", "78364"


def _ids(path, sql, *params):
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute(sql, params)]
    finally:
        conn.close()


@pytest.fixture
def pair(sample_project_path, tmp_path):
    """(main path, volunteer path) with the volunteer holding Thoiry and Marcq."""
    vol = tmp_path / "benevole.coopnet"
    rc, out, err = run_cli(
        "extract", str(sample_project_path), "--village", THOIRY, "--village", MARCQ, "-o", str(vol)
    )
    assert rc == 0, err
    assert "volunteer file" in out
    return sample_project_path, vol


def _edit(path, pledge_id, **fields):
    with Project.open(path) as project:
        pledge = get_pledge(project, pledge_id)
        for k, v in fields.items():
            setattr(pledge, k, v)
        save_pledge(project, pledge, who="test")


def test_extract_holds_only_the_chosen_villages(pair):
    main, vol = pair
    assert set(_ids(vol, "SELECT DISTINCT insee FROM doors")) == {THOIRY, MARCQ}
    assert set(_ids(vol, "SELECT DISTINCT insee FROM pledges")) <= {THOIRY, MARCQ}
    assert set(_ids(vol, "SELECT insee FROM villages")) == {THOIRY, MARCQ}
    # Other villages' households are not in the file at all (not even in free pages).
    other = _ids(
        main,
        "SELECT email FROM pledges WHERE insee NOT IN (?, ?) AND email != '' "
        "AND email NOT IN (SELECT email FROM pledges WHERE insee IN (?, ?))",
        THOIRY,
        MARCQ,
        THOIRY,
        MARCQ,
    )
    data = vol.read_bytes()
    assert len(other) > 20 and not any(email.encode() in data for email in other)
    meta = dict(sqlite3.connect(vol).execute("SELECT key, value FROM meta").fetchall())
    assert meta["extracted_from"] == meta["project_id"]
    assert meta["extracted_at"]


def test_merge_takes_one_side_changes_and_keeps_real_conflicts(pair):
    main, vol = pair
    both, theirs_only, ours_only = _ids(vol, "SELECT id FROM pledges ORDER BY id LIMIT 3")
    door = _ids(vol, "SELECT id FROM doors WHERE status = 'not_visited' ORDER BY id LIMIT 1")[0]
    _edit(main, both, notes="rappeler après 18h (bureau)")
    _edit(vol, both, notes="préfère les courriels (bénévole)")
    _edit(vol, theirs_only, monthly_fee_eur=42.0)
    _edit(main, ours_only, tier="1 Gb/s")
    with Project.open(vol) as project:
        set_door_status(project, door, "interested", who="Amélie")
        new = Pledge(
            door_id=door,
            insee=_ids(vol, "SELECT insee FROM doors WHERE id = ?", door)[0],
            last_name="Nouveau",
            first_name="Voisin",
            phone="+33611223344",
            consent_register=True,
        )
        save_pledge(project, new, who="Amélie")

    rc, out, err = run_cli("merge", str(main), str(vol))
    assert rc == 0, err
    assert "conflicts: 1" in out
    taken = int(out.split("taken: ")[1].split()[0])
    assert taken >= 4  # fee change, new pledge, its visit(s) and door status

    with Project.open(main) as project:
        assert get_pledge(project, both).notes == "rappeler après 18h (bureau)"  # not overwritten
        assert get_pledge(project, theirs_only).monthly_fee_eur == 42.0
        assert get_pledge(project, ours_only).tier == "1 Gb/s"
        assert get_pledge(project, new.id).last_name == "Nouveau"
        conflicts = merge_store.list_conflicts(project)
        assert len(conflicts) == 1 and conflicts[0]["entity_id"] == both
        assert conflicts[0]["ours"]["notes"].endswith("(bureau)")
        assert conflicts[0]["theirs"]["notes"].endswith("(bénévole)")
        assert "notes" in conflicts[0]["fields"]
        assert (
            project.conn.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'merge'").fetchone()[0] == 1
        )
    assert list((main.parent / f"{main.stem}.backups").glob("*before-merge*"))

    # The same file again changes nothing.
    before = _ids(main, "SELECT COUNT(*) FROM pledges")
    rc, out, err = run_cli("merge", str(main), str(vol))
    assert rc == 0, err
    assert "taken: 0" in out and "conflicts: 0" in out
    assert _ids(main, "SELECT COUNT(*) FROM pledges") == before
    assert _ids(main, "SELECT COUNT(*) FROM conflicts") == [1]

    # A person takes the volunteer's version.
    with Project.open(main) as project:
        merge_store.resolve_conflict(project, conflicts[0]["id"], "theirs", who="coord")
        assert get_pledge(project, both).notes == "préfère les courriels (bénévole)"
        assert merge_store.list_conflicts(project) == []
        # … and merging once more still changes nothing.
        result = merge_store.merge_file(project, vol)
    assert (result.taken, result.conflicts) == (0, 0)


def test_keep_ours_is_not_asked_again(pair):
    main, vol = pair
    pid = _ids(vol, "SELECT id FROM pledges ORDER BY id LIMIT 1")[0]
    _edit(main, pid, notes="ours")
    _edit(vol, pid, notes="theirs")
    with Project.open(main) as project:
        assert merge_store.merge_file(project, vol).conflicts == 1
        cid = merge_store.list_conflicts(project)[0]["id"]
        merge_store.resolve_conflict(project, cid, "ours")
        assert get_pledge(project, pid).notes == "ours"
        assert merge_store.merge_file(project, vol).conflicts == 0


def test_refuses_a_file_from_another_project(sample_project_path, tmp_path):
    stranger = tmp_path / "autre.coopnet"
    other = Project.create(tmp_path / "autre-source.coopnet", name="Autre")
    with other:
        extract_path = tmp_path / "autre.coopnet"
        with other.transaction():
            other.conn.execute("INSERT INTO villages(insee, name) VALUES ('78616', 'Thoiry')")
        extract(other, extract_path, ["78616"])
    before = _ids(sample_project_path, "SELECT COUNT(*) FROM audit_log")
    rc, out, err = run_cli("merge", str(sample_project_path), str(stranger))
    assert rc == 1 and "another project" in err
    assert _ids(sample_project_path, "SELECT COUNT(*) FROM audit_log") == before


def test_refuses_a_copy_that_is_not_a_volunteer_file(sample_project_path, tmp_path):
    copy = tmp_path / "copie.coopnet"
    shutil.copy2(sample_project_path, copy)
    with (
        Project.open(sample_project_path) as project,
        pytest.raises(CoopnetError, match="not a volunteer file"),
    ):
        merge_store.merge_file(project, copy)
