"""Crash safety: a real ``python -m coopnet`` killed with SIGKILL in the middle of a BAN
import, a pledge import, a merge and a purge leaves a sound file holding either the whole
operation or none of it. A full disk or a read-only file gives one clear line and loses nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coopnet.store.backup import list_backups
from coopnet.store.project import Project, inspect_file
from tests.helpers import run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork-based tests")


# -- fixtures --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def dept(tmp_path_factory) -> dict:
    """A small department (12 communes, 30 000 doors, 6 000 pledges): imports take seconds."""
    from coopnet.sample import generate_department

    out = tmp_path_factory.mktemp("dept")
    return generate_department(out, communes=12, doors=30_000, pledges=6_000, vertices=16, seed=3)


@pytest.fixture(scope="module")
def villages_only(dept, tmp_path_factory) -> Path:
    from coopnet.io.communes_csv import read_communes
    from coopnet.store import villages as vstore

    path = tmp_path_factory.mktemp("villages") / "dept.coopnet"
    with Project.create(path, name="crash") as project:
        vstore.upsert_villages(project, read_communes(dept["communes"]))
    return path


@pytest.fixture(scope="module")
def with_doors(villages_only, dept, tmp_path_factory) -> Path:
    from coopnet.io.ban import import_ban

    path = tmp_path_factory.mktemp("doors") / "dept.coopnet"
    shutil.copy2(villages_only, path)
    with Project.open(path) as project:
        import_ban(project, dept["ban"])
    return path


@pytest.fixture(scope="module")
def with_pledges(with_doors, dept, tmp_path_factory) -> Path:
    from coopnet.io.pledges_import import import_pledges

    folder = tmp_path_factory.mktemp("pledges")
    path = folder / "dept.coopnet"
    shutil.copy2(with_doors, path)
    with Project.open(path) as project:
        import_pledges(project, dept["pledges"], reject_file=folder / "rejects.csv")
    return path


# -- helpers ---------------------------------------------------------------------------------
def state(path: Path) -> tuple:
    """Reopen the file as the app would; integrity must be ok; return what the operations change."""
    with Project.open(path) as project:
        assert project.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert project.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        q = lambda sql: project.conn.execute(sql).fetchone()[0]  # noqa: E731
        statuses = hashlib.sha256(
            repr(project.conn.execute("SELECT id, status FROM doors ORDER BY id").fetchall()).encode()
        ).hexdigest()
        return (
            q("SELECT COUNT(*) FROM doors"),
            q("SELECT COUNT(*) FROM pledges"),
            q("SELECT COUNT(*) FROM visits"),
            q("SELECT COUNT(*) FROM pledges WHERE anonymised = 1"),
            q("SELECT COUNT(*) FROM audit_log"),
            statuses,
        )


def copy(src: Path, dest_dir: Path, name: str) -> Path:
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / name
    shutil.copy2(src, dest)
    return dest


def start(*args) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "coopnet", *map(str, args)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def full_run(*args) -> float:
    t0 = time.perf_counter()
    proc = start(*args)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    return time.perf_counter() - t0


def kill_when(proc: subprocess.Popen, wal: Path, mode: str, duration: float) -> bool:
    """SIGKILL ``proc`` once its WAL grows (mode "wal") or after ``mode`` × the normal
    duration. Returns True if the process was still running when killed."""
    deadline = time.perf_counter() + (float(mode) * duration if mode != "wal" else 120)
    start_size = wal.stat().st_size if wal.exists() else 0
    while time.perf_counter() < deadline and proc.poll() is None:
        if mode == "wal" and wal.exists() and wal.stat().st_size > start_size + 64 * 1024:
            break
        time.sleep(0.002)
    alive = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    return alive


def assert_all_or_nothing(tmp_path: Path, template: Path, args_for, modes=("wal",)):
    """Run the operation once to the end, then kill it at each of ``modes``."""
    before = state(copy(template, tmp_path / "before", "p.coopnet"))
    done = copy(template, tmp_path / "done", "p.coopnet")
    duration = full_run(*args_for(done))
    after = state(done)
    assert after != before, "the operation changed nothing: the test would prove nothing"
    killed_alive = 0
    for mode in modes:
        target = copy(template, tmp_path / f"kill-{mode}", "p.coopnet")
        proc = start(*args_for(target))
        proc_alive = kill_when(proc, Path(str(target) + "-wal"), mode, duration)
        killed_alive += proc_alive
        got = state(target)
        print(
            f"{args_for(target)[:2]} killed at {mode} (alive: {proc_alive}): "
            f"{'nothing' if got == before else 'all' if got == after else 'PARTIAL'}"
        )
        assert got in (before, after), (
            f"killed at {mode}: partial operation {got} (before {before}, after {after})"
        )
        assert_backups_sound(target)
    assert killed_alive, "every kill came after the end: the operation was never interrupted"


def assert_backups_sound(project: Path) -> None:
    """Every backup File ▸ Restore backup… offers opens as a sound project."""
    for b in list_backups(project):
        inspect_file(b.path)  # raises ProjectFileError for a damaged file


# -- SIGKILL in the middle -------------------------------------------------------------------------
def test_kill_during_ban_import(tmp_path, villages_only, dept):
    # The rows are checked before anything is written: kill during the check and during the write.
    assert_all_or_nothing(
        tmp_path, villages_only, lambda p: ("import", "addresses", p, dept["ban"]), modes=("0.5", "wal")
    )


def test_kill_during_pledge_import(tmp_path, with_doors, dept):
    rejects = tmp_path / "rejects.csv"
    assert_all_or_nothing(
        tmp_path, with_doors, lambda p: ("import", "pledges", p, dept["pledges"], "--reject-file", rejects)
    )


@pytest.mark.slow  # ~20 s: two volunteer files made, then killed mid-merge
def test_kill_during_merge(tmp_path, with_pledges):
    """A volunteer file with 6 000 visited doors merged back."""
    insees = [
        r[0]
        for r in sqlite3.connect(with_pledges).execute(
            "SELECT insee FROM doors GROUP BY insee ORDER BY COUNT(*) DESC LIMIT 6"
        )
    ]
    volunteer = tmp_path / "benevole.coopnet"
    rc, _, err = run_cli(
        "extract", str(with_pledges), "-o", str(volunteer), *[a for i in insees for a in ("--village", i)]
    )
    assert rc == 0, err
    time.sleep(1.1)  # changes must be later than the extract (compared to the second)
    with Project.open(volunteer) as vol:
        now = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        now = now[:-2] + ":" + now[-2:]
        vol.conn.execute(
            "UPDATE doors SET status = 'interested', status_by = 'Bénévole', updated_at = ? "
            "WHERE id IN (SELECT id FROM doors WHERE status = 'not_visited' LIMIT 6000)",
            (now,),
        )
    assert_all_or_nothing(tmp_path, with_pledges, lambda p: ("merge", p, volunteer))


def test_kill_during_purge(tmp_path, with_pledges):
    assert_all_or_nothing(tmp_path, with_pledges, lambda p: ("gdpr", "purge", "--older-than-months", "3", p))


# -- full disk, read-only file ---------------------------------------------------------------------
def _tmpfs(folder: Path, size: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
    )
    return done.returncode == 0


def test_disk_full_gives_a_clear_message_and_loses_nothing(tmp_path, villages_only, dept):
    """The project lives on a 3 MB file system: the 30 000 doors cannot fit."""
    small = tmp_path / "small"
    mounted = _tmpfs(small, "3m")
    try:
        if not mounted:
            pytest.skip("cannot mount a size-limited tmpfs here (not root?)")
        project = copy(villages_only, small, "p.coopnet")
        before = state(project)
        rc, out, err = run_cli("import", "addresses", str(project), str(dept["ban"]))
        assert rc == 1
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in err, err
        assert "unexpected error" not in err and "disk is full" in err, err
        assert "nothing was written" in err, err
        assert state(project) == before
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(small)], capture_output=True)


def test_disk_full_simulated_without_root(tmp_path, villages_only, dept):
    """Where no file system can be mounted: SQLite's page limit plays the full disk, in process."""
    from coopnet.errors import storage_problem
    from coopnet.io.ban import import_ban

    path = copy(villages_only, tmp_path, "p.coopnet")
    before = state(path)
    with Project.open(path) as project:
        pages = project.conn.execute("PRAGMA page_count").fetchone()[0]
        project.conn.execute(f"PRAGMA max_page_count = {pages + 20}")
        with pytest.raises(sqlite3.OperationalError) as caught:
            import_ban(project, dept["ban"])
        assert not project.conn.in_transaction
    assert (
        storage_problem(caught.value)
        == "the disk is full: nothing was written (free some space, then try again)"
    )
    assert state(path) == before


@contextlib.contextmanager
def read_only(folder: Path, project: Path, what: str):
    """Make the project file (or its folder) read-only. root ignores chmod: it gets an
    immutable file (chattr +i) or a read-only mount instead."""
    root = hasattr(os, "geteuid") and os.geteuid() == 0
    if not root:
        target = project if what == "file" else folder
        target.chmod(0o444 if what == "file" else 0o555)
        try:
            yield
        finally:
            target.chmod(0o644 if what == "file" else 0o755)
        return
    if what == "file":
        if subprocess.run(["chattr", "+i", str(project)], capture_output=True).returncode:
            pytest.skip("chattr +i is not supported here")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(project)], capture_output=True)
        return
    if subprocess.run(
        ["mount", "--bind", "-o", "ro", str(folder), str(folder)], capture_output=True
    ).returncode:
        pytest.skip("cannot mount a read-only folder here")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_project_gives_a_clear_message(tmp_path, villages_only, dept, what):
    folder = tmp_path / "ro"
    project = copy(villages_only, folder, "p.coopnet")
    before = state(project)
    digest = hashlib.sha256(project.read_bytes()).hexdigest()
    with read_only(folder, project, what):
        rc, _, err = run_cli("import", "addresses", str(project), str(dept["ban"]))
    assert rc in (1, 2), err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert "unexpected error" not in err, err
    assert "read-only" in err, err
    assert hashlib.sha256(project.read_bytes()).hexdigest() == digest
    assert state(project) == before


def test_kill_during_backup_leaves_no_damaged_backup(tmp_path, with_pledges):
    """The purge copies the project first; a kill during that copy must not leave a damaged
    backup in the list (the project itself is untouched either way)."""
    target = copy(with_pledges, tmp_path / "kill-backup", "p.coopnet")
    before = state(copy(with_pledges, tmp_path / "before", "p.coopnet"))
    folder = target.parent / "p.backups"
    proc = start("gdpr", "purge", "--older-than-months", "3", target)
    deadline = time.perf_counter() + 60
    while proc.poll() is None and time.perf_counter() < deadline:
        if folder.exists() and any(folder.iterdir()):
            break
        time.sleep(0.0005)
    alive = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert alive, "the purge ended before its backup could be interrupted"
    assert state(target) == before
    assert_backups_sound(target)
