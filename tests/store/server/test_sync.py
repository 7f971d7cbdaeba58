"""coopnet sync against a real PostgreSQL: remembering, exchange, conflicts, interruptions, crowds."""

from __future__ import annotations

import json
import multiprocessing
import signal
import subprocess
import sys
import textwrap

import psycopg
import pytest

from coopnet.cli import main
from coopnet.errors import CoopnetError
from coopnet.store.server.sync import sync_project
from coopnet.store.merge import list_conflicts, resolve_conflict
from coopnet.store.project import Project
from tests.store.server.syncfix import file_digest, make_fed

V1, V2 = "78616", "78681"


@pytest.fixture
def fed(server, pg_cluster, sample_project_path):
    f = make_fed(pg_cluster, server, sample_project_path)
    f.board = f.user("carol", "board")
    return f


def _sync(path, url=None, coop=None, report=None) -> dict:
    with Project.open(path) as project:
        return sync_project(project, url, coop, report)


def _pledge(path, insee, offset=0):
    with Project.open(path, readonly=True) as p:
        return p.conn.execute(
            "SELECT id, notes FROM pledges WHERE insee = ? ORDER BY id LIMIT 1 OFFSET ?", (insee, offset)
        ).fetchone()


def _set_notes(path, pledge_id, text):
    with Project.open(path) as p:
        p.conn.execute(
            "UPDATE pledges SET notes = ?, updated_at = '2026-12-06T10:00:00+01:00' WHERE id = ?",
            (text, pledge_id),
        )


def test_first_sync_remembers_server_and_coop_but_never_the_password(fed, capsys):
    url = fed.board.replace("carol@", "carol:Secret123@")
    assert main(["sync", str(fed.master), "--server", url, "--coop", "Coop A", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    with Project.open(fed.master, readonly=True) as p:
        n_pledges = p.conn.execute("SELECT count(*) FROM pledges").fetchone()[0]
        n_doors = p.conn.execute("SELECT count(*) FROM doors").fetchone()[0]
        assert p.meta("sync_coop") == "Coop A" and p.meta("sync_server") == fed.board
    assert first["pushed"] >= n_pledges + n_doors > 10_000 and first["first"]
    assert len(fed.server_rows("pledges")) == n_pledges
    assert b"Secret123" not in fed.master.read_bytes()
    # a later sync needs neither; nothing changed → nothing sent
    assert main(["sync", str(fed.master), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["pushed"] == 0 and again["conflicts"] == 0 and again["rev"] == first["rev"]
    assert main(["sync", str(fed.master), "--coop", "Other"]) == 2
    assert "belongs to the cooperative “Coop A”" in capsys.readouterr().err


def test_a_volunteer_syncs_their_villages_and_the_board_receives_it(fed, tmp_path):
    _sync(fed.master, fed.board, "Coop A")
    alice = fed.user("alice", villages=[V1])
    mine = fed.extract([V1], tmp_path / "alice.coopnet")
    pid, _ = _pledge(mine, V1)
    _set_notes(mine, pid, "rappeler samedi")
    result = _sync(mine, alice, "Coop A")
    assert result["pushed"] == 1 and result["conflicts"] == 0 and result["villages"] == [V1]
    back = _sync(fed.master)
    assert back["taken"] == 1 and back["pushed"] == 0
    with Project.open(fed.master, readonly=True) as p:
        assert (
            p.conn.execute("SELECT notes FROM pledges WHERE id = ?", (pid,)).fetchone()[0]
            == "rappeler samedi"
        )
    # the board's change of another village never reaches Alice's file
    other, _ = _pledge(fed.master, V2)
    _set_notes(fed.master, other, "board only")
    _sync(fed.master)
    assert _sync(mine)["taken"] == 0
    with Project.open(mine, readonly=True) as p:
        assert p.conn.execute("SELECT count(*) FROM pledges WHERE insee != ?", (V1,)).fetchone()[0] == 0


def test_changed_on_both_sides_is_a_conflict_for_a_person(fed, tmp_path):
    _sync(fed.master, fed.board, "Coop A")
    alice = fed.user("alice", villages=[V1])
    mine = fed.extract([V1], tmp_path / "alice.coopnet")
    pid, _ = _pledge(mine, V1)
    _set_notes(mine, pid, "Alice's note")
    _set_notes(fed.master, pid, "board's note")
    _sync(mine, alice, "Coop A")
    result = _sync(fed.master)
    assert result["conflicts"] == 1
    with Project.open(fed.master) as p:
        assert (
            p.conn.execute("SELECT notes FROM pledges WHERE id = ?", (pid,)).fetchone()[0] == "board's note"
        )
        conflicts = list_conflicts(p)
        assert [c["fields"] for c in conflicts] == [["notes"]]
        assert conflicts[0]["theirs"]["notes"] == "Alice's note"
        resolve_conflict(p, conflicts[0]["id"], "ours")
    assert _sync(fed.master)["conflicts"] == 0  # recorded once, not again
    server = {r[0]: r for r in fed.server_rows()}
    with psycopg.connect(fed.admin) as conn:
        assert (
            conn.execute("SELECT notes FROM coopnet.pledges WHERE id = %s", (pid,)).fetchone()[0]
            == "board's note"
        )
    assert server


def test_invalid_values_and_other_villages_stay_home(fed, tmp_path):
    _sync(fed.master, fed.board, "Coop A")
    alice = fed.user("alice", villages=[V1])
    mine = fed.extract([V1, V2], tmp_path / "alice.coopnet")  # carries a village not hers
    pid, _ = _pledge(mine, V1)
    other, _ = _pledge(mine, V2)
    with Project.open(mine) as p:
        p.conn.execute("UPDATE pledges SET phone = '06 12' WHERE id = ?", (pid,))
        p.conn.execute("UPDATE pledges SET notes = 'not mine' WHERE id = ?", (other,))
    before = fed.server_digest()
    result = _sync(mine, alice, "Coop A")
    assert (result["invalid"], result["not_yours"], result["pushed"]) == (1, 1, 0)
    assert fed.server_digest() == before


def _terminate(admin_url, user):
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (user,))


def test_connection_killed_mid_sync_changes_nothing_on_either_side(fed, tmp_path):
    _sync(fed.master, fed.board, "Coop A")
    alice = fed.user("alice", villages=[V1])
    mine = fed.extract([V1], tmp_path / "alice.coopnet")
    _sync(mine, alice, "Coop A")
    pid, _ = _pledge(mine, V1)
    _set_notes(mine, pid, "pushed then lost")
    other, _ = _pledge(fed.master, V1, offset=1)
    _set_notes(fed.master, other, "to pull")
    _sync(fed.master)
    server_before, file_before = fed.server_digest(), file_digest(mine)

    def kill_connection(done, total, text):
        if text == "Sending visits":  # pledges already pushed and doors pulled, in the transaction
            _terminate(fed.admin, "alice")
        return True

    with pytest.raises(CoopnetError, match="connection was lost"):
        _sync(mine, report=kill_connection)
    assert fed.server_digest() == server_before
    assert file_digest(mine) == file_before
    result = _sync(mine)  # and it simply works the next time
    assert result["pushed"] == 1 and result["taken"] >= 1


def test_cancel_changes_nothing(fed, tmp_path):
    before = fed.server_digest(), file_digest(fed.master)
    with pytest.raises(CoopnetError, match="cancelled"):
        _sync(fed.master, fed.board, "Coop A", report=lambda d, t, text: text != "Sending pledges")
    assert (fed.server_digest(), file_digest(fed.master)) == before


def test_process_killed_mid_sync_changes_nothing_on_either_side(fed, tmp_path):
    before = fed.server_digest(), file_digest(fed.master)
    script = textwrap.dedent(f"""
        import os, signal
        from coopnet.store.project import Project
        from coopnet.store.server.sync import sync_project
        def report(done, total, text):
            if text == "Sending visits":
                os.kill(os.getpid(), signal.SIGKILL)
            return True
        with Project.open({str(fed.master)!r}) as p:
            sync_project(p, {fed.board!r}, "Coop A", report)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert (fed.server_digest(), file_digest(fed.master)) == before
    with psycopg.connect(fed.admin) as conn:
        assert conn.execute("SELECT count(*) FROM coopnet.pledges").fetchone()[0] == 0


def _volunteer_sync(args):
    path, url = args
    from coopnet.store.project import Project as P

    with P.open(path) as project:
        return sync_project(project, url, "Coop A")["pushed"]


def test_twenty_volunteers_syncing_at_once_all_succeed(fed, tmp_path):
    _sync(fed.master, fed.board, "Coop A")
    with Project.open(fed.master, readonly=True) as p:
        pledges = p.conn.execute("SELECT id, insee FROM pledges ORDER BY id LIMIT 20").fetchall()
    jobs = []
    for n, (pid, insee) in enumerate(pledges):
        url = fed.user(f"vol{n}", villages=[insee])
        path = fed.extract([insee], tmp_path / f"vol{n}.coopnet")
        with Project.open(path) as p:
            p.conn.execute("UPDATE pledges SET notes = ? WHERE id = ?", (f"seen by vol{n}", pid))
        jobs.append((str(path), url))
    with multiprocessing.get_context("fork").Pool(20) as pool:
        pushed = pool.map(_volunteer_sync, jobs)
    assert pushed == [1] * 20
    with psycopg.connect(fed.admin) as conn:
        notes = {
            r[0] for r in conn.execute("SELECT notes FROM coopnet.pledges WHERE notes LIKE 'seen by vol%'")
        }
    assert notes == {f"seen by vol{n}" for n in range(20)}
