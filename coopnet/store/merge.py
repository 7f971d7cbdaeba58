"""Merge a volunteer file back into the project, and resolve its conflicts.

All or nothing, after a backup, logged in the audit log. Records are matched by their
stable ids; ``core.merge.decide`` says what happens to each. A record changed on both
sides becomes a row of ``conflicts`` (both versions as JSON) for a person to resolve;
the same conflict is never recorded twice, so merging the same file again changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from coopnet.core import merge as rules
from coopnet.errors import CoopnetError
from coopnet.store import backup
from coopnet.store.duplicates import flag_duplicates
from coopnet.store.project import Project
from coopnet.core.text import QT_TRANSLATE_NOOP

_BATCH = 500


@dataclass
class MergeResult:
    taken: int = 0
    conflicts: int = 0
    unchanged: int = 0
    already_recorded: int = 0      # conflicts found again, already waiting for a person
    skipped: int = 0               # records removed here since the extract
    backup: Path | None = None

    def as_dict(self) -> dict:
        return {"taken": self.taken, "conflicts": self.conflicts, "unchanged": self.unchanged,
                "already_recorded": self.already_recorded, "skipped": self.skipped}


def _rows(conn, sql: str, params=()) -> list[dict]:
    cur = conn.execute(sql, params)
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r)) for r in cur]


def _columns(conn, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _ours_by_id(project: Project, table: str, ids: list[str]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for i in range(0, len(ids), _BATCH):
        chunk = ids[i:i + _BATCH]
        for row in _rows(project.conn, f"SELECT * FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            out[row["id"]] = row
    return out


def _upsert(project: Project, table: str, row: dict, columns: list[str]) -> None:
    cols = [c for c in columns if c in row]
    sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
    project.conn.execute(
        f"INSERT INTO {table} ({','.join(cols)}) VALUES ({','.join('?' * len(cols))}) "
        f"ON CONFLICT(id) DO UPDATE SET {sets}", [row[c] for c in cols])


def check_volunteer_file(project: Project, path: Path) -> tuple[Project, dt.datetime]:
    """Open ``path`` read-only after checking it is an extract of this very project."""
    path = Path(path)
    if path.resolve() == Path(project.path).resolve():
        raise CoopnetError(QT_TRANSLATE_NOOP(
            "Merge", "{file}: that is the project itself, not a volunteer file").format(file=path.name), 2)
    other = Project.open(path, readonly=True, foreign=True)   # inspected (schema checked) first
    try:
        source = other.meta("extracted_from")
        at = rules.parse_ts(other.meta("extracted_at"))
        if not source or at is None:
            raise CoopnetError(QT_TRANSLATE_NOOP(
                "Merge", "{file}: not a volunteer file (make one with “coopnet extract”)").format(file=path.name))
        if source != project.meta("project_id"):
            raise CoopnetError(QT_TRANSLATE_NOOP(
                "Merge", "{file}: extracted from another project, not from {name}; nothing was merged").format(file=path.name, name=project.path.name))
    except BaseException:
        other.close()
        raise
    return other, at


def merge_file(project: Project, path, report=None) -> MergeResult:
    other, since = check_volunteer_file(project, Path(path))
    try:
        return _merge(project, other, since, Path(path).name, report or (lambda *a: True))
    finally:
        other.close()


def _merge(project: Project, other: Project, since: dt.datetime, source: str, report) -> MergeResult:
    result = MergeResult()
    recorded = {(r[0], r[1], r[2]) for r in project.conn.execute(
        "SELECT entity, entity_id, theirs FROM conflicts")}
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    result.backup = backup.backup_project(project, "before-merge")
    taken_pledges: set[str] = set()
    with project.transaction():
        door_ids = {r[0] for r in project.conn.execute("SELECT id FROM doors")}
        for n, table in enumerate(rules.ENTITIES):
            report(n, len(rules.ENTITIES), f"Merging {table}")
            columns = [c for c in _columns(project.conn, table) if c in set(_columns(other.conn, table))]
            theirs_rows = _rows(other.conn, f"SELECT {','.join(columns)} FROM {table}")
            ours = _ours_by_id(project, table, [r["id"] for r in theirs_rows])
            for theirs in theirs_rows:
                mine = ours.get(theirs["id"])
                if table != "doors" and theirs.get("door_id") and theirs["door_id"] not in door_ids:
                    result.skipped += 1        # its door is gone here: nothing to attach it to
                    continue
                decision = rules.decide(mine, theirs, since)
                if decision == rules.TAKE:
                    _upsert(project, table, theirs, columns)
                    result.taken += 1
                    if table == "doors":
                        door_ids.add(theirs["id"])
                    if table == "pledges":
                        taken_pledges.add(theirs["id"])
                elif decision == rules.CONFLICT:
                    entity = table[:-1]
                    theirs_json = rules.dumps(theirs)
                    if (entity, theirs["id"], theirs_json) in recorded:
                        result.already_recorded += 1
                        continue
                    project.conn.execute(
                        "INSERT INTO conflicts(id, entity, entity_id, ours, theirs, source, detected_at) "
                        "VALUES (?,?,?,?,?,?,?)",
                        (uuid.uuid4().hex, entity, theirs["id"], rules.dumps(mine), theirs_json, source, now))
                    recorded.add((entity, theirs["id"], theirs_json))
                    result.conflicts += 1
                elif decision == rules.SKIP:
                    result.skipped += 1
                else:
                    result.unchanged += 1
        if taken_pledges:
            flag_duplicates(project, taken_pledges)
        project.audit("merge", "project", source, {**result.as_dict(), "extracted_at": since.isoformat()})
    return result


def list_conflicts(project: Project, open_only: bool = True) -> list[dict]:
    where = "WHERE resolved_at IS NULL" if open_only else ""
    rows = _rows(project.conn, f"SELECT * FROM conflicts {where} ORDER BY detected_at, entity, entity_id")
    for row in rows:
        row["ours"] = json.loads(row["ours"]) if row["ours"] else None
        row["theirs"] = json.loads(row["theirs"]) if row["theirs"] else None
        row["fields"] = rules.differences(row["ours"] or {}, row["theirs"] or {})
    return rows


def resolve_conflict(project: Project, conflict_id: str, choice: str, who: str | None = None) -> None:
    """``choice``: "ours" (keep this project's version) or "theirs" (take the volunteer's)."""
    if choice not in ("ours", "theirs"):
        raise CoopnetError(QT_TRANSLATE_NOOP(
            "Merge", "“{choice}”: choose ours or theirs").format(choice=choice), 2)
    rows = _rows(project.conn, "SELECT * FROM conflicts WHERE id = ?", (conflict_id,))
    if not rows:
        raise CoopnetError(QT_TRANSLATE_NOOP(
            "Merge", "{conflict_id}: no such conflict").format(conflict_id=conflict_id))
    conflict = rows[0]
    if conflict["resolved_at"]:
        raise CoopnetError(QT_TRANSLATE_NOOP(
            "Merge", "{conflict_id}: already resolved ({resolution})").format(conflict_id=conflict_id, resolution=conflict['resolution']))
    table = conflict["entity"] + "s"
    if table not in rules.ENTITIES:
        raise CoopnetError(QT_TRANSLATE_NOOP(
            "Merge", "{entity}: unknown kind of record").format(entity=conflict['entity']))
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    with project.transaction():
        if choice == "theirs":
            theirs = json.loads(conflict["theirs"])
            ours = _ours_by_id(project, table, [theirs["id"]]).get(theirs["id"])
            if ours and ours.get("anonymised"):
                raise CoopnetError(QT_TRANSLATE_NOOP(
                    "Merge", "this household's data was erased here; it cannot be brought back"))
            theirs["updated_at"] = now
            _upsert(project, table, theirs, _columns(project.conn, table))
        project.conn.execute("UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
                             (now, choice, conflict_id))
        project.audit("resolve", conflict["entity"], conflict["entity_id"],
                      {"conflict": conflict_id, "resolution": choice}, who=who)
