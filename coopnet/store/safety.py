"""SQLite safety rules every connection to a project file goes through.

1. **Never ``open()`` a database file this process holds.** Closing *any* descriptor of a
   file drops *all* the POSIX advisory locks the process holds on it (sqlite.org, "How To
   Corrupt An SQLite Database File" §2.2): another process then believes it is alone,
   checkpoints and deletes the ``-wal``/``-shm`` the window still uses. Every connection
   made by `connect` is recorded in a process-wide registry until it is closed;
   `read_header` refuses a held file (`HeldFileError`), so a header is only ever read
   before any connection exists.
2. **Busy, not broken.** Connections wait ``busy_timeout`` for another writer (the window,
   another command); `wait_forever` (the CLI's ``--wait``) makes them wait as long as needed.
3. **Files from outside are read defensively** ("Defense Against The Dark Arts"):
   ``trusted_schema=OFF``, no mmap, ``cell_size_check=ON`` and a progress handler that
   aborts a query running longer than `QUERY_TIME_LIMIT` (a recursive view, a huge join).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path

DEFAULT_BUSY_TIMEOUT_MS = 5000
_FOREVER_MS = 2**31 - 1
QUERY_TIME_LIMIT = 30.0  # seconds, for a file from outside
HEADER_SIZE = 100

_lock = threading.Lock()
_held: dict[str, int] = {}
_busy_timeout_ms = DEFAULT_BUSY_TIMEOUT_MS


class HeldFileError(RuntimeError):
    """A plain file handle was about to be opened on a database a connection holds (a bug)."""


class QueryTooLong(sqlite3.OperationalError):
    pass


def _key(path: str | os.PathLike) -> str:
    return os.path.realpath(os.fspath(path))


def is_held(path: str | os.PathLike) -> bool:
    with _lock:
        return _held.get(_key(path), 0) > 0


def held_paths() -> list[str]:
    with _lock:
        return sorted(k for k, n in _held.items() if n > 0)


def _hold(key: str) -> None:
    with _lock:
        _held[key] = _held.get(key, 0) + 1


def _release(key: str) -> None:
    with _lock:
        n = _held.get(key, 0) - 1
        if n > 0:
            _held[key] = n
        else:
            _held.pop(key, None)


class HeldConnection(sqlite3.Connection):
    """A connection recorded in the registry from connect to close."""

    _held_key: str | None = None

    def close(self) -> None:
        try:
            super().close()
        finally:
            key, self._held_key = self._held_key, None
            if key is not None:
                _release(key)

    def __del__(self):  # a connection dropped without close(): sqlite closes it, so do we
        key, self._held_key = self._held_key, None
        if key is not None:
            _release(key)


def busy_timeout_ms() -> int:
    return _busy_timeout_ms


def set_busy_timeout(ms: int | None) -> None:
    """``None``: wait as long as needed (the CLI's ``--wait``)."""
    global _busy_timeout_ms
    _busy_timeout_ms = _FOREVER_MS if ms is None else int(ms)


def wait_forever() -> None:
    set_busy_timeout(None)


def connect(
    path: str | os.PathLike,
    readonly: bool = False,
    foreign: bool = False,
    time_limit: float = QUERY_TIME_LIMIT,
) -> sqlite3.Connection:
    """A connection to a project file, recorded as held until ``close()``.

    ``foreign``: the file comes from outside (volunteer file, stranger's file): hardened.
    """
    path = Path(path)
    key = _key(path)
    _hold(key)  # before SQLite opens its descriptor, so no one reads the header meanwhile
    try:
        if readonly:
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro",
                uri=True,
                isolation_level=None,
                check_same_thread=False,
                factory=HeldConnection,
            )
        else:
            conn = sqlite3.connect(
                str(path), isolation_level=None, check_same_thread=False, factory=HeldConnection
            )
    except BaseException:
        _release(key)
        raise
    conn._held_key = key
    try:
        if foreign:
            harden(conn, time_limit)
        else:  # our own files too: our schema needs no functions, checked cells are cheap
            conn.execute("PRAGMA trusted_schema=OFF")
            conn.execute("PRAGMA cell_size_check=ON")
        conn.execute(f"PRAGMA busy_timeout={_busy_timeout_ms}")
    except BaseException:
        conn.close()
        raise
    return conn


def harden(conn: sqlite3.Connection, time_limit: float = QUERY_TIME_LIMIT) -> None:
    """Settings for reading a database we did not write ourselves."""
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("PRAGMA mmap_size=0")
    conn.execute("PRAGMA cell_size_check=ON")
    set_time_limit(conn, time_limit)


def set_time_limit(conn: sqlite3.Connection, seconds: float | None) -> None:
    """Abort (``interrupted``) any statement of ``conn`` running longer than ``seconds``."""
    if seconds is None:
        conn.set_progress_handler(None, 0)
        return
    state: dict[str, float | None] = {"stmt_start": None}

    def check() -> int:
        now = time.monotonic()
        start = state["stmt_start"]
        if start is None:
            state["stmt_start"] = start = now
        return 1 if now - start > seconds else 0

    def reset(*_a) -> None:
        state["stmt_start"] = None

    # The handler only sees VM steps: restart the clock whenever a statement is prepared.
    conn.set_trace_callback(reset)
    conn.set_progress_handler(check, 10_000)


def read_header(path: str | os.PathLike, size: int = HEADER_SIZE) -> bytes:
    """The first bytes of a database file, read only while no connection of ours holds it."""
    if is_held(path):
        raise HeldFileError(
            f"{os.fspath(path)} is held by a connection of this process: read it "
            "through SQLite, never with open()"
        )
    with open(path, "rb") as fh:
        return fh.read(size)


def is_busy_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and (
        "database is locked" in text or "database is busy" in text or "database table is locked" in text
    )
