"""A lock file beside an open project so a second window does not silently write it too.

``NAME.coopnet.lock`` holds who has the file open. A lock left by a process that
no longer runs (killed, crashed) on this machine is stale and taken over.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from coopnet.core.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class LockInfo:
    pid: int
    host: str
    user: str
    since: str

    def describe(self) -> str:
        """Who holds the lock, as a core `Msg` (English; `coopnet.translation.say` gives French)."""
        return QT_TRANSLATE_NOOP("ProjectLock", "{user} on {host} (process {pid}) since {since}").format(
            user=self.user, host=self.host, pid=self.pid, since=self.since.replace("T", " ")
        )


class ProjectLocked(Exception):
    def __init__(self, path: Path, holder: LockInfo):
        super().__init__(
            QT_TRANSLATE_NOOP("ProjectLock", "{file} is already open: {holder}").format(
                file=path.name, holder=holder.describe()
            )
        )
        self.holder = holder


def lock_path(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + ".lock")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_lock(project_path: Path) -> LockInfo | None:
    try:
        data = json.loads(lock_path(project_path).read_text(encoding="utf-8"))
        return LockInfo(int(data["pid"]), str(data["host"]), str(data["user"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(info: LockInfo) -> bool:
    return info.host == socket.gethostname() and not _alive(info.pid)


class ProjectLock:
    def __init__(self, project_path: Path):
        self.path = lock_path(project_path)
        self.project_path = project_path
        self.held = False

    def acquire(self) -> None:
        me = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": getpass.getuser(),
            "since": dt.datetime.now().isoformat(timespec="seconds"),
        }
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = read_lock(self.project_path)
                if holder is None or is_stale(holder):
                    self.path.unlink(missing_ok=True)
                    continue
                raise ProjectLocked(self.project_path, holder) from None
            except OSError:
                return  # read-only folder: nothing to lock, SQLite will refuse writes anyway
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(me, fh)
            self.held = True
            return
        raise ProjectLocked(self.project_path, read_lock(self.project_path) or LockInfo(0, "?", "?", "?"))

    def release(self) -> None:
        if self.held:
            self.path.unlink(missing_ok=True)
            self.held = False
