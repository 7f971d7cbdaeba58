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
from coopnet.store import backup, safety, schema, schema_check
from coopnet.core.text import QT_TRANSLATE_NOOP

SCHEMA_VERSION = schema.SCHEMA_VERSION
APPLICATION_ID = 0x434F4F50  # "COOP": lets file(1) and us recognise a project
SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".coopnet"
INSPECT_TIME_LIMIT = 120.0  # seconds for one statement while inspecting a file


def _now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


DISK_NEARLY_FULL = 1024 * 1024


def disk_full(path: Path, exc: BaseException) -> ProjectFileError | None:
    """The error to show when ``exc`` (an SQLite "disk I/O error", "database or disk is full",
    an OSError ENOSPC) comes from a full disk rather than a damaged file; None otherwise."""
    import errno
    import shutil

    text = str(exc).lower()
    if not (
        getattr(exc, "errno", None) == errno.ENOSPC or "disk is full" in text or "disk i/o error" in text
    ):
        return None
    try:
        free = shutil.disk_usage(Path(path).resolve().parent).free
    except OSError:
        return None
    if (
        free >= DISK_NEARLY_FULL
        and getattr(exc, "errno", None) != errno.ENOSPC
        and "disk is full" not in text
    ):
        return None
    return ProjectFileError(
        QT_TRANSLATE_NOOP(
            "Project",
            "{file}: the disk is full ({free} KB free in {folder}) — free some space and try "
            "again; the project was not changed",
        ).format(file=Path(path).name, free=free // 1024, folder=Path(path).resolve().parent)
    )


def inspect_file(path: Path) -> int:
    """Return the schema version of a coopnet file, or raise ProjectFileError.

    Reads only: the header bytes (only while no connection of this process holds the file:
    see `safety`), then a read-only SQLite connection.
    """
    name = path.name
    if not path.exists():
        raise ProjectFileError(QT_TRANSLATE_NOOP("Project", "{file}: no such project file").format(file=name))
    if path.is_dir():
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Project", "{file}: is a folder, not a project file").format(file=name)
        )
    if safety.is_held(path):
        # Open here already (the window, while a background task re-opens it): never open() it,
        # closing that descriptor would drop the locks SQLite holds. SQLite checks the rest.
        head = SQLITE_MAGIC + b"\0" * (100 - len(SQLITE_MAGIC))
    else:
        try:
            head = safety.read_header(path)
        except OSError as exc:
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("Project", "{file}: cannot be read ({reason})").format(
                    file=name, reason=exc.strerror
                )
            ) from None
    if not head.startswith(SQLITE_MAGIC):
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Project", "{file}: not a coopnet project (not a SQLite database)").format(
                file=name
            )
        )
    if len(head) < 100:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Project", "{file}: damaged project file (truncated)").format(file=name)
        )
    try:
        # Hardened (trusted_schema off, no mmap, cell size checks, a time limit): any file may be
        # a stranger's. The time limit is generous: quick_check of a large real project.
        conn = safety.connect(path, readonly=True, foreign=True, time_limit=INSPECT_TIME_LIMIT)
    except sqlite3.Error as exc:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Project", "{file}: cannot be opened ({reason})").format(file=name, reason=exc)
        ) from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise ProjectFileError(
                QT_TRANSLATE_NOOP(
                    "Project", "{file}: not a coopnet project (a SQLite database of another program)"
                ).format(file=name)
            )
        schema_check.check_structure(conn, name)  # no views, a real meta table: then read it
        row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        if row is None:
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("Project", "{file}: damaged project file (no schema version)").format(
                    file=name
                )
            )
        version = int(row[0])
        if 0 < version <= SCHEMA_VERSION:
            schema_check.check_version(conn, name, version)
        ok = conn.execute("PRAGMA quick_check").fetchone()[0]
        if ok != "ok":
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("Project", "{file}: damaged project file ({ok})").format(file=name, ok=ok)
            )
    except sqlite3.DatabaseError as exc:
        if "interrupted" in str(exc):
            raise ProjectFileError(
                QT_TRANSLATE_NOOP(
                    "Project",
                    "{file}: refused, reading it took too long (a damaged or hostile file); "
                    "the file was left untouched",
                ).format(file=name)
            ) from None
        if "unable to open" in str(exc) and not os.access(path.parent, os.W_OK):
            # A WAL file needs its -shm beside it: not "damaged", just a read-only folder.
            raise ProjectFileError(
                QT_TRANSLATE_NOOP(
                    "Project",
                    "{file}: its folder is read-only; copy the project to a folder you can write to",
                ).format(file=name)
            ) from None
        full = disk_full(path, exc)
        if full is not None:
            raise full from None
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Project", "{file}: damaged project file ({reason})").format(
                file=name, reason=exc
            )
        ) from None
    except ValueError:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP("Project", "{file}: damaged project file (bad schema version)").format(
                file=name
            )
        ) from None
    finally:
        conn.close()
    if version > SCHEMA_VERSION:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP(
                "Project",
                "{file}: made by a newer coopnet (file schema {version}, this version "
                "reads up to {schema_version}); please update coopnet",
            ).format(file=name, version=version, schema_version=SCHEMA_VERSION)
        )
    return version


class _Database(sqlite_utils.Database):
    """Write transactions start with BEGIN IMMEDIATE: the write lock is taken (waiting
    ``busy_timeout`` for the window or another command) before anything is read, so a
    transaction never fails half-way because another process wrote in between."""

    readonly = False

    @contextlib.contextmanager
    def atomic(self):
        if self.readonly or self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")


class Project:
    """An open project file. Use ``Project.open``/``Project.create``; close when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, readonly: bool = False):
        self.path = path
        self.conn = conn
        self.db = _Database(conn)
        self.db.readonly = readonly
        self.readonly = readonly
        self.user = getpass.getuser()

    # -- life cycle -------------------------------------------------------
    @classmethod
    def _connect(cls, path: Path, readonly: bool, foreign: bool = False) -> sqlite3.Connection:
        conn = safety.connect(path, readonly=readonly, foreign=foreign)
        try:
            if not readonly:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
        except BaseException:
            conn.close()
            raise
        return conn

    @classmethod
    def create(cls, path: str | Path, name: str | None = None, overwrite: bool = False) -> Project:
        path = Path(path)
        if path.exists():
            if not overwrite:
                raise ProjectFileError(
                    QT_TRANSLATE_NOOP("Project", "{file}: already exists (choose another name)").format(
                        file=path.name
                    )
                )
            path.unlink()
            for extra in ("-wal", "-shm"):
                Path(str(path) + extra).unlink(missing_ok=True)
        if not path.parent.exists():
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("Project", "{parent}: no such folder").format(parent=path.parent)
            )
        try:
            conn = cls._connect(path, readonly=False)
        except sqlite3.Error as exc:
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("Project", "{file}: cannot be created ({reason})").format(
                    file=path.name, reason=exc
                )
            ) from None
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
    def open(
        cls, path: str | Path, readonly: bool = False, backup_dir: Path | None = None, foreign: bool = False
    ) -> Project:
        """``foreign``: a file from outside (a volunteer's): read with a hardened connection."""
        path = Path(path)
        version = inspect_file(path)
        if version < SCHEMA_VERSION and not readonly:
            # A copy first: migration is forward-only.
            backup.make_backup(path, reason=f"before-migration-v{version}", backup_dir=backup_dir)
        try:
            conn = cls._connect(path, readonly=readonly, foreign=foreign)
        except sqlite3.Error as exc:
            full = disk_full(path, exc)
            if full is not None:
                raise full from None
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("Project", "{file}: cannot be opened ({reason})").format(
                    file=path.name, reason=exc
                )
            ) from None
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
                # Only if nobody else is busy with the file: never wait for the window here.
                self.conn.execute("PRAGMA busy_timeout=0")
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
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
            (key, str(value)),
        )

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

    def audit(
        self,
        action: str,
        entity: str,
        entity_id: str | None = None,
        detail: dict | None = None,
        who: str | None = None,
    ) -> None:
        self.conn.execute(
            "INSERT INTO audit_log(at, who, action, entity, entity_id, detail) VALUES (?,?,?,?,?,?)",
            (
                _now(),
                who or self.user,
                action,
                entity,
                entity_id,
                json.dumps(detail or {}, ensure_ascii=False, default=str),
            ),
        )
