"""Dated, rotating copies of a project, kept before destructive operations."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from coopnet.store import safety

DEFAULT_KEEP = 10


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: dt.datetime
    reason: str


def backup_dir_for(project_path: Path) -> Path:
    return project_path.parent / f"{project_path.stem}.backups"


def make_backup(
    project_path: Path,
    reason: str,
    backup_dir: Path | None = None,
    keep: int = DEFAULT_KEEP,
    conn: sqlite3.Connection | None = None,
) -> Path:
    """Copy the project (consistently, WAL included) and prune old copies."""
    folder = backup_dir or backup_dir_for(project_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    safe = re.sub(r"[^A-Za-z0-9_-]+", "-", reason).strip("-") or "backup"
    target = folder / f"{project_path.stem}-{stamp}-{safe}.coopnet"
    # Written under a temporary name and renamed when complete: a copy interrupted
    # (killed, disk full) never shows up as a backup.
    partial = folder / f".{target.name}.partial"
    try:
        if conn is None and safety.is_held(project_path):
            # Held by a connection here: a byte copy would open() it and drop SQLite's locks.
            conn = own = safety.connect(project_path, readonly=True)
        else:
            own = None
        if conn is not None:
            dest = sqlite3.connect(str(partial))
            try:
                conn.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
                if own is not None:
                    own.close()
        else:
            # The file may be one we must not alter: copy bytes (plus a WAL, if any).
            shutil.copy2(project_path, partial)
            wal = Path(str(project_path) + "-wal")
            if wal.exists():
                shutil.copy2(wal, Path(str(target) + "-wal"))
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
        Path(str(partial) + "-journal").unlink(missing_ok=True)
    prune(folder, project_path.stem, keep)
    return target


def list_backups(project_path: Path, backup_dir: Path | None = None) -> list[Backup]:
    folder = backup_dir or backup_dir_for(project_path)
    found = []
    pattern = re.compile(re.escape(project_path.stem) + r"-(\d{8}-\d{6}-\d{6})-(.+)\.coopnet$")
    for p in folder.glob("*.coopnet") if folder.exists() else []:
        m = pattern.match(p.name)
        if m:
            found.append(Backup(p, dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S-%f"), m.group(2)))
    return sorted(found, key=lambda b: b.taken, reverse=True)


STALE_PARTIAL = dt.timedelta(hours=1)


def prune(folder: Path, stem: str, keep: int) -> None:
    for old in list_backups(folder / f"{stem}.coopnet", folder)[keep:]:
        old.path.unlink(missing_ok=True)
        Path(str(old.path) + "-wal").unlink(missing_ok=True)
    # A copy killed half-way (power cut, SIGKILL) never ran its clean-up: sweep its leftovers.
    # An hour leaves alone a copy another process may still be writing.
    now = dt.datetime.now().timestamp()
    for leftover in folder.glob(f".{stem}-*.partial*"):
        if now - leftover.stat().st_mtime > STALE_PARTIAL.total_seconds():
            leftover.unlink(missing_ok=True)
    for wal in folder.glob(f"{stem}-*.coopnet-wal"):  # the WAL of a copy that never got renamed
        if not Path(str(wal)[:-4]).exists() and now - wal.stat().st_mtime > STALE_PARTIAL.total_seconds():
            wal.unlink(missing_ok=True)


def backup_project(project, reason: str) -> Path:
    """Back up an open project before a destructive operation (keeps ``backups_keep`` copies)."""
    from coopnet.store import settings

    keep = settings.get(project, "backups_keep")
    return make_backup(project.path, reason, keep=max(keep, 1), conn=project.conn)


def save_copy(project, target: Path) -> None:
    """A consistent copy of the open project at ``target`` (File ▸ Save a Copy…): written beside
    it and renamed when complete, or `OutputError` (one line) and no half file."""
    from coopnet.files import output_file

    with output_file(target) as tmp:
        dest = sqlite3.connect(str(tmp))
        try:
            project.conn.backup(dest)
        finally:
            dest.close()


def restore_backup(backup_path: Path, project_path: Path) -> Path | None:
    """Put a backup in place of a (closed) project; the current file is backed up first."""
    safety = make_backup(project_path, "before-restore") if project_path.exists() else None
    for extra in ("-wal", "-shm"):
        Path(str(project_path) + extra).unlink(missing_ok=True)
    src = sqlite3.connect(f"{backup_path.resolve().as_uri()}?mode=ro", uri=True)
    dest = sqlite3.connect(str(project_path))
    try:
        src.backup(dest)
    finally:
        src.close()
        dest.close()
    return safety


def backup_before_reimport(project, table: str, what: str) -> Path | None:
    """A re-import replaces or updates existing rows: keep a copy first (none for a first import)."""
    if project.readonly or not project.conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
        return None
    return backup_project(project, f"before-reimport-{what}")
