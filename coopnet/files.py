"""Writing a file the user asked for (``-o OUT``, Save as…, Export…).

Below `store`, `io` and `geo` so that all of them may use it (`coopnet.io.output_file` re-exports it).

Every exporter goes through `output_file`: the folder is checked before any work, the file is
written beside its final name (``OUT.part``) and renamed only when complete, and whatever goes
wrong — a missing folder, no permission, a full disk, a writer that failed silently (QPainter
could not begin) — the user reads the same one line, ``OUT: not written — reason``, and no half
file is left behind. Nothing says "wrote" unless the file is really there.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from pathlib import Path
from collections.abc import Callable, Iterator

from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.errors import CoopnetError

NOT_WRITTEN = QT_TRANSLATE_NOOP("Output", "{file}: not written — {reason}")
NO_FOLDER = QT_TRANSLATE_NOOP("Output", "the folder {folder} does not exist")
NOT_A_FOLDER = QT_TRANSLATE_NOOP("Output", "{folder} is not a folder")
NO_PERMISSION = QT_TRANSLATE_NOOP("Output", "no permission to write in {folder}")
DISK_FULL = QT_TRANSLATE_NOOP("Output", "the disk is full")
IS_A_FOLDER = QT_TRANSLATE_NOOP("Output", "it is a folder")
WRITER_FAILED = QT_TRANSLATE_NOOP("Output", "the file could not be written ({detail})")
PROBE_BYTES = 256 * 1024


class OutputError(CoopnetError):
    """An output file that could not be written; the message is `NOT_WRITTEN`'s one line."""


class WriteFailed(Exception):
    """Raised by a writer that only knows it failed (QImage.save, printToPdf said no)."""


def _folder(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def not_written(path: Path, reason) -> OutputError:
    return OutputError(NOT_WRITTEN.format(file=str(path), reason=reason))


def check_folder(path: str | Path) -> Path:
    """Refuse before any work when ``path`` cannot be written: no folder, not a folder, no permission."""
    path = Path(path)
    folder = _folder(path)
    if not folder.exists():
        raise not_written(path, NO_FOLDER.format(folder=str(folder)))
    if not folder.is_dir():
        raise not_written(path, NOT_A_FOLDER.format(folder=str(folder)))
    if path.is_dir():
        raise not_written(path, IS_A_FOLDER)
    if not os.access(folder, os.W_OK):  # also False on a read-only file system, even for root
        raise not_written(path, NO_PERMISSION.format(folder=str(folder)))
    return path


def reason_of(exc: BaseException, path: Path):
    """The reason to show for an error met while writing ``path``."""
    folder = str(_folder(Path(path)))
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        if "full" in text:
            return DISK_FULL
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            return NO_PERMISSION.format(folder=folder)
        return WRITER_FAILED.format(detail=str(exc))
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return DISK_FULL
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return NO_PERMISSION.format(folder=folder)
        if exc.errno == errno.ENOENT:
            return NO_FOLDER.format(folder=folder)
        if exc.errno == errno.EISDIR:
            return IS_A_FOLDER
        return WRITER_FAILED.format(detail=exc.strerror or str(exc))
    return WRITER_FAILED.format(detail=str(exc))


def _probe(folder: Path):
    """Why a writer failed silently: try writing a little in the same folder."""
    probe = folder / ".coopnet-probe.part"
    try:
        with open(probe, "wb") as fh:
            fh.write(b"\0" * PROBE_BYTES)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        return reason_of(exc, probe)
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()
    return None


def pdf_complete(path: Path) -> bool:
    """A PDF writer that stopped half-way leaves no ``%%EOF`` at the end."""
    with open(path, "rb") as fh:
        fh.seek(max(0, path.stat().st_size - 2048))
        return b"%%EOF" in fh.read()


@contextlib.contextmanager
def output_file(path: str | Path, complete: Callable[[Path], bool] | None = None) -> Iterator[Path]:
    """``with output_file(OUT) as tmp: write(tmp)`` — then ``tmp`` becomes ``OUT``, or OutputError.

    ``complete(tmp)`` may check the written file (e.g. `pdf_complete`); an empty or missing file
    always counts as not written."""
    path = check_folder(path)
    tmp = path.with_name(path.name + ".part")
    try:
        try:
            yield tmp
            ok = tmp.exists() and tmp.stat().st_size > 0 and (complete is None or complete(tmp))
            if not ok:
                raise not_written(
                    path, _probe(_folder(path)) or WRITER_FAILED.format(detail="empty or incomplete")
                )
            with open(tmp, "rb+") as fh:  # a full disk may only show when the data reaches it
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except (OSError, sqlite3.Error) as exc:
            raise not_written(path, reason_of(exc, path)) from None
        except WriteFailed as exc:
            raise not_written(path, _probe(_folder(path)) or WRITER_FAILED.format(detail=str(exc))) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def save_workbook(wb, tmp: Path) -> None:
    """openpyxl's ``wb.save`` through memory: on a full disk its half-closed zip would complain
    again when collected, long after the one line the user reads."""
    import io

    buffer = io.BytesIO()
    wb.save(buffer)
    tmp.write_bytes(buffer.getvalue())
