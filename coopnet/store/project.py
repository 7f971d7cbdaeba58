"""Open, create and migrate a ``.coopnet`` project file.

A project is a plain SQLite database written through sqlite-utils, so any SQLite
tool can read it. Files that are newer, corrupt or not ours are refused *before*
anything is written to them, so they stay byte-for-byte as they were.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import sqlite3
import uuid
from pathlib import Path
from typing import Any
from collections.abc import Iterator

import sqlite_utils

from coopnet import __version__
from coopnet.errors import ProjectFileError
from coopnet.store import backup, schema
from coopnet.core.text import QT_TRANSLATE_NOOP

SCHEMA_VERSION = schema.SCHEMA_VERSION
APPLICATION_ID = 0x434F4F50  # "COOP": lets file(1) and us recognise a project
SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".coopnet"


def _now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def inspect_file(path: Path) -> int:
    """Return the schema version of a coopnet file, or raise ProjectFileError.

    Reads only: the header bytes, then a read-only SQLite connection.
    """
    name = path.name
    if not path.exists():
        raise ProjectFileError(QT_TRANSLATE_NOOP(
            "Project", "{file}: no such project file").format(file=name))
    if path.is_dir():
        raise ProjectFileError(QT_TRANSLATE_NOOP(
            "Project", "{file}: is a folder, not a project file").format(file=name))
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise ProjectFileError(QT_TRANSLATE_NOOP(
            "Project", "{file}: cannot be read ({reason})").format(file=name, reason=exc.strerror)) from None
    if not head.startswith(SQLITE_MAGIC):
        raise ProjectFileError(QT_TRANSLATE_NOOP(
            "Project", "{file}: not a coopnet project (not a SQLite database)").format(file=name))
    if len(head) < 100:
        raise ProjectFileError(QT_TRANSLATE_NOOP(
            "Project", "{file}: damaged project file (truncated)").format(file=name))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ProjectFileError(QT_TRANSLATE_NOOP(
            "Project", "{file}: cannot be opened ({reason})").format(file=name, reason=exc)) from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id != APPLICATION_ID or "meta" not in tables:
            raise ProjectFileError(QT_TRANSLATE_NOOP(
                "Project", "{file}: not a coopnet project (a SQLite database of another program)").format(file=name))
        row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        if row is None:
            raise ProjectFileError(QT_TRANSLATE_NOOP(
                "Project", "{file}: damaged project file (no schema version)").format(file=name))
        version = int(row[0])
        ok = conn.execute("PRAGMA quick_check").fetchone()[0]
        if ok != "ok":
            raise ProjectFileError(QT_TRANSLATE_NOOP(
                "Project", "{file}: damaged project file ({ok})").format(file=name, ok=ok))
    except sqlite3.DatabaseError as exc:
        if "unable to open" in str(exc) and not os.access(path.parent, os.W_OK):
            # A WAL file needs its -shm beside it: not "damaged", just a read-only folder.
            raise ProjectFileError(QT_TRANSLATE_NOOP(
                "Project", "{file}: its folder is read-only; copy the project to a folder you can "
                           "write to").format(file=name)) from None
        raise ProjectFileError(QT_TRANSLATE_NOOP(
            "Project", "{file}: damaged project file ({reason})").format(file=name, reason=exc)) from None
    except ValueError:
        raise ProjectFileError(QT_TRANSLATE_NOOP(
            "Project", "{file}: damaged project file (bad schema version)").format(file=name)) from None
    finally:
        conn.close()
    if version > SCHEMA_VERSION:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP(
                "Project", "{file}: made by a newer coopnet (file schema {version}, this version "
                           "reads up to {schema_version}); please update coopnet").format(file=name, version=version, schema_version=SCHEMA_VERSION)
        )
    return version


class Project:
    """An open project file. Use ``Project.open``/``Project.create``; close when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, readonly: bool = False):
        self.path = path
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self.readonly = readonly
        self.user = getpass.getuser()

    # -- life cycle -------------------------------------------------------
    @classmethod
    def _connect(cls, path: Path, readonly: bool) -> sqlite3.Connection:
        if readonly:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                   isolation_level=None, check_same_thread=False)
        else:
            conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=5000")
        return conn

    @classmethod
    def create(cls, path: str | Path, name: str | None = None, overwrite: bool = False) -> Project:
        path = Path(path)
        if path.exists():
            if not overwrite:
                raise ProjectFileError(QT_TRANSLATE_NOOP(
                    "Project", "{file}: already exists (choose another name)").format(file=path.name))
            path.unlink()
            for extra in ("-wal", "-shm"):
                Path(str(path) + extra).unlink(missing_ok=True)
        if not path.parent.exists():
            raise ProjectFileError(QT_TRANSLATE_NOOP(
                "Project", "{parent}: no such folder").format(parent=path.parent))
        try:
            conn = cls._connect(path, readonly=False)
        except sqlite3.Error as exc:
            raise ProjectFileError(QT_TRANSLATE_NOOP(
                "Project", "{file}: cannot be created ({reason})").format(file=path.name, reason=exc)) from None
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        project = cls(path, conn)
        with project.db.atomic():
            schema.create_meta(project.db)
            project.set_meta("cooperative_name", name or path.stem)
            project.set_meta("created", _now())
            project.set_meta("created_by_version", __version__)
            project.set_meta("project_id", uuid.uuid4().hex)  # stable across copies: merge checks it
            project.set_meta("schema_version", "0")
            project._migrate_from(0)
        return project

    @classmethod
    def open(cls, path: str | Path, readonly: bool = False, backup_dir: Path | None = None) -> Project:
        path = Path(path)
        version = inspect_file(path)
        if version < SCHEMA_VERSION and not readonly:
            # A copy first: migration is forward-only.
            backup.make_backup(path, reason=f"before-migration-v{version}", backup_dir=backup_dir)
        try:
            conn = cls._connect(path, readonly=readonly)
        except sqlite3.Error as exc:
            raise ProjectFileError(QT_TRANSLATE_NOOP(
                "Project", "{file}: cannot be opened ({reason})").format(file=path.name, reason=exc)) from None
        project = cls(path, conn, readonly=readonly)
        if version < SCHEMA_VERSION and not readonly:
            try:
                with project.db.atomic():
                    project._migrate_from(version)
            except BaseException:
                conn.close()
                raise
        return project

    def reader(self) -> Project:
        """A private read-only connection to the same file, for a worker thread.

        sqlite3 connections must not be shared across threads while the GUI thread
        may close or restore the project; close the reader when done.
        """
        return Project(self.path, self._connect(self.path, readonly=True), readonly=True)

    def _migrate_from(self, version: int) -> None:
        for target in sorted(n for n in schema.MIGRATIONS if version < n <= SCHEMA_VERSION):
            schema.MIGRATIONS[target](self.db)
            self.set_meta("schema_version", str(target))

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if not self.readonly:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- metadata ---------------------------------------------------------
    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT INTO meta(key, value) VALUES(?, ?) "
                          "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (key, str(value)))

    def delete_meta(self, key: str) -> None:
        self.conn.execute("DELETE FROM meta WHERE key=?", (key,))

    @property
    def name(self) -> str:
        return self.meta("cooperative_name") or self.path.stem

    @property
    def schema_version(self) -> int:
        return int(self.meta("schema_version") or "0")

    # -- transactions and audit --------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Project]:
        """All-or-nothing block (nests as savepoints)."""
        with self.db.atomic():
            yield self

    def audit(self, action: str, entity: str, entity_id: str | None = None,
              detail: dict | None = None, who: str | None = None) -> None:
        self.conn.execute(
            "INSERT INTO audit_log(at, who, action, entity, entity_id, detail) VALUES (?,?,?,?,?,?)",
            (_now(), who or self.user, action, entity, entity_id,
             json.dumps(detail or {}, ensure_ascii=False, default=str)),
        )
