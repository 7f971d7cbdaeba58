"""Merge a volunteer file back into the project, and resolve its conflicts.

All or nothing, after a backup, logged in the audit log. Records are matched by their
stable ids; only records of the villages this project recorded in its register of extracts
(migration 2) are considered, and ``core.merge_checks`` says what happens to each — changes
are measured against what was sent, never against the volunteer's clock; values are checked
with the form's rules (bad ones are rejects in the report, never stored). A record changed on both
sides becomes a row of ``conflicts`` (both versions as JSON) for a person to resolve;
the same conflict is never recorded twice, so merging the same file again changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from coopnet.core import merge as rules
from coopnet.core import merge_checks as checks
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
    already_recorded: int = 0  # conflicts found again, already waiting for a person
    skipped: int = 0  # records removed here since the extract
    kept_erased: int = 0  # erased here: the volunteer's copy is not brought back
    villages: list = field(default_factory=list)
    refused: list = field(default_factory=list)  # outside the extract's villages
    rejected: list = field(default_factory=list)  # values the form or the import would refuse
    backup: Path | None = None

    def as_dict(self, lang: str | None = None) -> dict:
        from coopnet.translation import say

        return {
            "taken": self.taken,
            "conflicts": self.conflicts,
            "unchanged": self.unchanged,
            "already_recorded": self.already_recorded,
            "skipped": self.skipped,
            "kept_erased": self.kept_erased,
            "villages": list(self.villages),
            "refused": [dict(r, reason=say(r["reason"], lang)) for r in self.refused],
            "rejected": [dict(r, reason=say(r["reason"], lang)) for r in self.rejected],
        }


def _rows(conn, sql: str, params=()) -> list[dict]:
    cur = conn.execute(sql, params)
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r)) for r in cur]


def _columns(conn, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _ours_by_id(project: Project, table: str, ids: list[str]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    ids = [i for i in ids if isinstance(i, str)]
    for i in range(0, len(ids), _BATCH):
        chunk = ids[i : i + _BATCH]
        for row in _rows(
            project.conn, f"SELECT * FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk
        ):
            out[row["id"]] = row
    return out


def _upsert(project: Project, table: str, row: dict, columns: list[str]) -> None:
    cols = [c for c in columns if c in row]
    sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
    project.conn.execute(
        f"INSERT INTO {table} ({','.join(cols)}) VALUES ({','.join('?' * len(cols))}) "
        f"ON CONFLICT(id) DO UPDATE SET {sets}",
        [row[c] for c in cols],
    )


# -- the register of extracts (migration 2) ------------------------------------------------
def register_extract(
    project: Project,
    dest,
    villages: list[str],
    file_name: str,
    made_at: str,
    extract_id: str | None = None,
    audit: dict | None = None,
) -> str:
    """Record an extract being made: its villages and a salted hash of every record sent.

    ``dest``: a connection to the volunteer file, already holding only those villages.
    Returns the extract id (written into the volunteer file's ``meta``).
    """
    extract_id, salt = extract_id or uuid.uuid4().hex, uuid.uuid4().hex
    with project.transaction():
        project.conn.execute(
            "INSERT INTO extracts(id, villages, made_at, made_by, file_name, salt) VALUES (?,?,?,?,?,?)",
            (extract_id, json.dumps(villages), made_at, project.user, file_name, salt),
        )
        for table in rules.ENTITIES:
            columns = _columns(dest, table)
            cur = dest.execute(f"SELECT {','.join(columns)} FROM {table}")
            while batch := cur.fetchmany(_BATCH):
                rows = [dict(zip(columns, r)) for r in batch]
                project.conn.executemany(
                    "INSERT INTO extract_rows(extract_id, entity, entity_id, row_hash) VALUES (?,?,?,?)",
                    [(extract_id, table, row["id"], checks.row_hash(row, columns, salt)) for row in rows],
                )
        if audit is not None:
            project.audit("extract", "project", file_name, {**audit, "extract": extract_id})
    return extract_id


def _register(
    project: Project, extract_id: str | None, source: str
) -> tuple[dict, dict[str, dict[str, str]]]:
    row = _rows(project.conn, "SELECT * FROM extracts WHERE id = ?", (extract_id or "",))
    if not row:
        raise CoopnetError(
            QT_TRANSLATE_NOOP(
                "Merge",
                "{file}: this volunteer file is not in this project's register of extracts (made "
                "by an older coopnet, or altered); nothing was merged — make a new one with "
                "“coopnet extract”",
            ).format(file=source)
        )
    sent: dict[str, dict[str, str]] = {t: {} for t in rules.ENTITIES}
    for entity, entity_id, row_hash in project.conn.execute(
        "SELECT entity, entity_id, row_hash FROM extract_rows WHERE extract_id = ?", (extract_id,)
    ):
        sent.setdefault(entity, {})[entity_id] = row_hash
    return row[0], sent


def check_volunteer_file(project: Project, path: Path) -> tuple[Project, dt.datetime]:
    """Open ``path`` read-only after checking it is an extract of this very project."""
    path = Path(path)
    if path.resolve() == Path(project.path).resolve():
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Merge", "{file}: that is the project itself, not a volunteer file").format(
                file=path.name
            ),
            2,
        )
    other = Project.open(path, readonly=True, foreign=True)  # inspected (schema checked) first
    try:
        source = other.meta("extracted_from")
        at = rules.parse_ts(other.meta("extracted_at"))
        if not source or at is None:
            raise CoopnetError(
                QT_TRANSLATE_NOOP(
                    "Merge", "{file}: not a volunteer file (make one with “coopnet extract”)"
                ).format(file=path.name)
            )
        if source != project.meta("project_id"):
            raise CoopnetError(
                QT_TRANSLATE_NOOP(
                    "Merge", "{file}: extracted from another project, not from {name}; nothing was merged"
                ).format(file=path.name, name=project.path.name)
            )
    except BaseException:
        other.close()
        raise
    return other, at


def merge_file(project: Project, path, report=None) -> MergeResult:
    other, since = check_volunteer_file(project, Path(path))
    try:
        extract, sent = _register(project, other.meta("extract_id"), Path(path).name)
        try:
            return _merge(project, other, extract, sent, Path(path).name, report or (lambda *a: True))
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                raise CoopnetError(
                    QT_TRANSLATE_NOOP(
                        "Merge",
                        "{file}: reading it took too long (a damaged or hostile file); nothing was merged",
                    ).format(file=Path(path).name)
                ) from None
            raise
    finally:
        other.close()


def _merge(project: Project, other: Project, extract: dict, sent: dict, source: str, report) -> MergeResult:
    from coopnet.store.pledges import tiers as project_tiers

    villages = [str(v) for v in json.loads(extract["villages"])]
    salt = extract["salt"]
    result = MergeResult(villages=villages)
    recorded = {
        (r[0], r[1], r[2]) for r in project.conn.execute("SELECT entity, entity_id, theirs FROM conflicts")
    }
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    today = dt.date.today()
    tiers = project_tiers(project)
    result.backup = backup.backup_project(project, "before-merge")
    taken_pledges: set[str] = set()
    with project.transaction():
        door_village = dict(project.conn.execute("SELECT id, insee FROM doors"))
        for n, table in enumerate(rules.ENTITIES):
            report(n, len(rules.ENTITIES), f"Merging {table}")
            theirs_columns = set(_columns(other.conn, table))
            columns = [c for c in _columns(project.conn, table) if c in theirs_columns]
            theirs_rows = _rows(other.conn, f"SELECT {','.join(columns)} FROM {table}")
            ours = _ours_by_id(project, table, [r["id"] for r in theirs_rows])
            sent_rows = sent.get(table, {})
            for theirs in theirs_rows:
                rid = theirs.get("id")
                if not isinstance(rid, str) or not rid.strip():
                    result.rejected.append({"entity": table, "id": str(rid), "reason": checks.NO_ID})
                    continue
                mine = ours.get(rid)
                sent_hash = sent_rows.get(rid)
                if sent_hash is None and mine is not None:
                    result.refused.append({"entity": table, "id": rid, "reason": checks.NOT_SENT})
                    continue
                outside = checks.village_problem(table, theirs, mine, villages, door_village.get)
                if outside is not None:
                    result.refused.append({"entity": table, "id": rid, "reason": outside})
                    continue
                if table != "doors" and theirs.get("door_id") and theirs["door_id"] not in door_village:
                    result.skipped += 1  # its door is gone here: nothing to attach it to
                    continue
                decision = checks.decide(mine, theirs, sent_hash, columns, salt)
                if decision in (checks.TAKE, checks.CONFLICT):
                    theirs, errors = _checked(table, theirs, tiers, today)
                    if errors:
                        result.rejected.append({"entity": table, "id": rid, "reason": _joined(errors)})
                        continue
                    decision = checks.decide(mine, theirs, sent_hash, columns, salt)
                if decision == checks.TAKE:
                    _upsert(project, table, {**theirs, "updated_at": now}, columns)
                    project.conn.execute(
                        "INSERT INTO extract_rows(extract_id, entity, entity_id, row_hash) VALUES (?,?,?,?) "
                        "ON CONFLICT DO UPDATE SET row_hash = excluded.row_hash",
                        (extract["id"], table, rid, checks.row_hash(theirs, columns, salt)),
                    )
                    result.taken += 1
                    if table == "doors":
                        door_village[rid] = theirs["insee"]
                    if table == "pledges":
                        taken_pledges.add(rid)
                elif decision == checks.CONFLICT:
                    entity = table[:-1]
                    theirs_json = rules.dumps(theirs)
                    if (entity, rid, theirs_json) in recorded:
                        result.already_recorded += 1
                        continue
                    project.conn.execute(
                        "INSERT INTO conflicts(id, entity, entity_id, ours, theirs, source, detected_at) "
                        "VALUES (?,?,?,?,?,?,?)",
                        (uuid.uuid4().hex, entity, rid, rules.dumps(mine), theirs_json, source, now),
                    )
                    recorded.add((entity, rid, theirs_json))
                    result.conflicts += 1
                elif decision == checks.SKIP:
                    result.skipped += 1
                elif decision == checks.KEPT_ERASED:
                    result.kept_erased += 1
                else:
                    result.unchanged += 1
        if taken_pledges:
            flag_duplicates(project, taken_pledges)
        summary = {k: v for k, v in result.as_dict().items() if k not in ("refused", "rejected")}
        project.audit(
            "merge",
            "project",
            source,
            {
                **summary,
                "extract": extract["id"],
                "refused": len(result.refused),
                "rejected": len(result.rejected),
            },
        )
    return result


def _checked(table: str, row: dict, tiers, today) -> tuple[dict, list]:
    if table == "doors":
        return row, checks.check_door(row)
    if table == "visits":
        return row, checks.check_visit(row)
    values, errors = checks.check_pledge(row, tiers=tiers, today=today)
    return (values or row), errors


def _joined(errors: list):
    """Several problems as one reason (each said in the reader's language)."""
    if len(errors) == 1:
        return errors[0]
    return QT_TRANSLATE_NOOP("MergeCheck", "{first}; {rest}").format(
        first=errors[0], rest=_joined(errors[1:])
    )


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
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Merge", "“{choice}”: choose ours or theirs").format(choice=choice), 2
        )
    rows = _rows(project.conn, "SELECT * FROM conflicts WHERE id = ?", (conflict_id,))
    if not rows:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Merge", "{conflict_id}: no such conflict").format(conflict_id=conflict_id)
        )
    conflict = rows[0]
    if conflict["resolved_at"]:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Merge", "{conflict_id}: already resolved ({resolution})").format(
                conflict_id=conflict_id, resolution=conflict["resolution"]
            )
        )
    table = conflict["entity"] + "s"
    if table not in rules.ENTITIES:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Merge", "{entity}: unknown kind of record").format(entity=conflict["entity"])
        )
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    with project.transaction():
        if choice == "theirs":
            theirs = json.loads(conflict["theirs"])
            ours = _ours_by_id(project, table, [theirs["id"]]).get(theirs["id"])
            if ours and ours.get("anonymised"):
                raise CoopnetError(
                    QT_TRANSLATE_NOOP(
                        "Merge", "this household's data was erased here; it cannot be brought back"
                    )
                )
            theirs["updated_at"] = now
            _upsert(project, table, theirs, _columns(project.conn, table))
        else:  # ours stays, and counts as changed here: the next sync sends it to the server
            project.conn.execute(
                f"UPDATE {table} SET updated_at = ? WHERE id = ?", (now, conflict["entity_id"])
            )
        project.conn.execute(
            "UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE id = ?", (now, choice, conflict_id)
        )
        project.audit(
            "resolve",
            conflict["entity"],
            conflict["entity_id"],
            {"conflict": conflict_id, "resolution": choice},
            who=who,
        )
