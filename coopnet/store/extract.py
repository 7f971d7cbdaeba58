"""Volunteer files: a copy of the project holding only some villages.

The copy keeps the project's id (merge checks it) and the id of its entry in the project's
register of extracts (``extract_id``): the register, in the main project, holds which villages
were sent and a salted hash of each record sent — merge relies on it, not on the copy.
Other villages' doors, visits and pledges are deleted and the file is vacuumed, so
no other household's data travels in the volunteer's bag.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from pathlib import Path

from coopnet.errors import CoopnetError
from coopnet.store.merge import register_extract
from coopnet.store.project import Project
from coopnet.core.text import QT_TRANSLATE_NOOP


def _remove_partial(part: Path) -> None:
    """The unfinished copy and every file SQLite made beside it (journal, WAL, shared memory)."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(part) + suffix).unlink(missing_ok=True)


def extract(project: Project, output, villages: list[str]) -> dict:
    """Write ``output`` (a .coopnet file) with ``villages`` only; returns counts."""
    out = Path(output)
    if not villages:
        raise CoopnetError(QT_TRANSLATE_NOOP("Extract", "choose at least one village (--village INSEE)"), 2)
    known = {r[0]: r[1] for r in project.conn.execute("SELECT insee, name FROM villages")}
    wanted = []
    for insee in villages:
        insee = str(insee).strip().upper()
        if insee not in known:
            raise CoopnetError(
                QT_TRANSLATE_NOOP("Extract", "{insee}: no such village in this project").format(insee=insee)
            )
        if insee not in wanted:
            wanted.append(insee)
    if out.resolve() == Path(project.path).resolve():
        raise CoopnetError(
            QT_TRANSLATE_NOOP(
                "Extract", "{file}: that is the project itself; choose another file name"
            ).format(file=out.name),
            2,
        )
    if out.exists():
        raise CoopnetError(
            QT_TRANSLATE_NOOP(
                "Extract", "{file}: already exists (choose another name or delete it first)"
            ).format(file=out.name)
        )
    from coopnet.files import check_folder, not_written, reason_of

    check_folder(out)
    part = out.with_name(out.name + ".part")
    _remove_partial(part)
    # Seconds, not microseconds: merge compares with updated_at, stamped to the second.
    extracted_at = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    try:
        dest = sqlite3.connect(str(part), isolation_level=None)
    except sqlite3.Error as exc:
        raise not_written(out, reason_of(exc, out)) from None
    try:
        project.conn.backup(dest)
        marks = ",".join("?" * len(wanted))
        dest.execute("BEGIN")
        dest.execute(
            f"DELETE FROM visits WHERE door_id IN (SELECT id FROM doors WHERE insee NOT IN ({marks}))", wanted
        )
        dest.execute(f"DELETE FROM pledges WHERE insee NOT IN ({marks})", wanted)
        dest.execute(
            f"DELETE FROM pledges WHERE door_id IN (SELECT id FROM doors WHERE insee NOT IN ({marks}))",
            wanted,
        )
        dest.execute(f"DELETE FROM doors WHERE insee NOT IN ({marks})", wanted)
        dest.execute(f"DELETE FROM villages WHERE insee NOT IN ({marks})", wanted)
        dest.execute("DELETE FROM conflicts")
        dest.execute("DELETE FROM audit_log")  # who did what elsewhere is not theirs to carry
        dest.execute("DELETE FROM extract_rows")  # the register (and its salts) stays here
        dest.execute("DELETE FROM extracts")
        extract_id = uuid.uuid4().hex
        meta = {
            "extract_id": extract_id,
            "extracted_from": project.meta("project_id") or "",
            "extracted_at": extracted_at,
            "extract_villages": json.dumps(wanted),
            "extract_source_name": project.path.name,
        }
        for key, value in meta.items():
            dest.execute(
                "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE "
                "SET value = excluded.value",
                (key, value),
            )
        dest.execute(
            "INSERT INTO audit_log(at, who, action, entity, entity_id, detail) VALUES (?,?,?,?,?,?)",
            (
                extracted_at,
                project.user,
                "extract",
                "project",
                meta["extracted_from"],
                json.dumps({"villages": wanted}, ensure_ascii=False),
            ),
        )
        dest.execute("COMMIT")
        counts = {
            "villages": len(wanted),
            "doors": dest.execute("SELECT COUNT(*) FROM doors").fetchone()[0],
            "pledges": dest.execute("SELECT COUNT(*) FROM pledges").fetchone()[0],
            "visits": dest.execute("SELECT COUNT(*) FROM visits").fetchone()[0],
        }
        dest.execute("PRAGMA journal_mode=DELETE")
        dest.execute("VACUUM")  # deleted rows must not linger in free pages
        # The register last: an extract that failed (full disk) leaves no entry behind.
        register_extract(
            project, dest, wanted, out.name, extracted_at, extract_id, audit={"villages": wanted, **counts}
        )
    except (OSError, sqlite3.Error) as exc:
        dest.close()
        _remove_partial(part)
        raise not_written(out, reason_of(exc, out)) from None
    except BaseException:
        dest.close()
        _remove_partial(part)
        raise
    dest.close()
    try:
        part.replace(out)
    except OSError as exc:
        _remove_partial(part)
        raise not_written(out, reason_of(exc, out)) from None
    return counts
