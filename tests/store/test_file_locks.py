"""§1 of issue 12: the window and the CLI side by side never corrupt a project.

Closing any file descriptor of a database drops every POSIX lock the process holds on it
(sqlite.org, "How To Corrupt An SQLite Database File" §2.2). The window keeps a connection
open; a background task re-opens the project in the same process; a CLI beside it must not
then believe it is alone and delete the window's -wal/-shm.
"""

from __future__ import annotations

import builtins
import io
import os
import sqlite3
import subprocess
import sys
import time

import pytest

from coopnet.store import safety
from coopnet.store.project import Project, inspect_file
from coopnet.store.visits import set_door_status
from tests.helpers import run_cli

pytestmark = pytest.mark.security  # a defence of issue 12: `pytest -m security` runs them all


def _door_ids(path, n):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM doors ORDER BY id LIMIT ?", (n,))]
    finally:
        conn.close()


def test_background_task_then_cli_visits_keep_the_window_file_whole(sample_project_path):
    path = sample_project_path
    doors = _door_ids(path, 8)
    window = Project.open(path)  # the window's connection, kept open
    try:
        set_door_status(window, doors[0], "absent", who="window")
        acknowledged = []
        for round_ in range(3):
            task = Project.open(path)  # a background task of the window (export, merge…)
            task.close()
            rc, out, err = run_cli("visit", str(path), doors[1 + round_], "refused", "--who", "cli")
            assert rc == 0, err
            acknowledged.append(doors[1 + round_])
            set_door_status(window, doors[5 + round_ % 3], "interested", who="window")
        assert os.path.exists(str(path) + "-wal"), "the window's WAL was deleted under it"
    finally:
        window.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for door in acknowledged:
            assert (
                conn.execute("SELECT COUNT(*) FROM visits WHERE door_id=? AND who='cli'", (door,)).fetchone()[
                    0
                ]
                == 1
            ), door
    finally:
        conn.close()


def test_inspect_never_opens_a_file_a_connection_holds(sample_project_path, monkeypatch):
    """The rule itself: no plain file handle on a database this process holds open."""
    window = Project.open(sample_project_path)
    try:
        assert safety.is_held(sample_project_path)
        opened = []
        real_open = io.open

        def spy(file, *a, **k):
            if isinstance(file, (str, os.PathLike)) and os.path.realpath(file) == os.path.realpath(
                sample_project_path
            ):
                opened.append(file)
            return real_open(file, *a, **k)

        monkeypatch.setattr(io, "open", spy)
        monkeypatch.setattr(builtins, "open", spy)
        assert inspect_file(sample_project_path) >= 1
        Project.open(sample_project_path, readonly=True).close()
        assert opened == []
    finally:
        window.close()
    assert not safety.is_held(sample_project_path)


def test_guarded_open_refuses_a_held_file(sample_project_path):
    with Project.open(sample_project_path):
        with pytest.raises(safety.HeldFileError):
            safety.read_header(sample_project_path)
    assert safety.read_header(sample_project_path).startswith(b"SQLite format 3\x00")


def _window_busy(path):
    """The window, mid-way through a long write (an import): its lock file and a write lock."""
    from coopnet.store.lock import ProjectLock

    lock = ProjectLock(path)
    lock.acquire()
    window = Project.open(path)
    window.conn.execute("BEGIN IMMEDIATE")
    window.conn.execute("UPDATE meta SET value=value WHERE key='cooperative_name'")
    return window, lock


def test_cli_writer_waits_then_says_the_app_has_it_open(sample_project_path):
    door = _door_ids(sample_project_path, 1)[0]
    window, lock = _window_busy(sample_project_path)
    try:
        # read-only commands run beside the window
        rc, out, err = run_cli("info", str(sample_project_path), "--json")
        assert rc == 0, err
        started = time.monotonic()
        rc, out, err = run_cli("visit", str(sample_project_path), door, "refused")
        waited = time.monotonic() - started
    finally:
        window.conn.execute("ROLLBACK")
        window.close()
        lock.release()
    assert rc == 75, (rc, err)
    assert waited >= 4.5  # it waited busy_timeout first
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err
    assert "open in the coopnet window" in err and "process" in err and "--wait" in err
    conn = sqlite3.connect(sample_project_path)
    assert conn.execute("SELECT COUNT(*) FROM visits WHERE door_id=?", (door,)).fetchone()[0] == 0
    conn.close()


def test_cli_wait_keeps_waiting_until_the_window_is_done(sample_project_path):
    door = _door_ids(sample_project_path, 1)[0]
    window, lock = _window_busy(sample_project_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "coopnet", "visit", str(sample_project_path), door, "refused", "--wait"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(7)  # longer than busy_timeout
        assert proc.poll() is None, proc.communicate()
    finally:
        window.conn.execute("COMMIT")
        window.close()
        lock.release()
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "refused" in out
