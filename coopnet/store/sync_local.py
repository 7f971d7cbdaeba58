"""The project file's side of a sync with the federation's server (SQLite only).

``coopnet.store.server.sync`` drives a sync; this module reads what the project changed since its last
sync (``sync_pending``, kept by the triggers of migration 6), writes what comes from the server
without marking it as a local change, records conflicts, and remembers the sync in ``meta`` and
``sync_log``. Everything runs inside the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid

from coopnet.core import merge as rules
from coopnet.store.project import Project

_BATCH = 500


def columns(project: Project, table: str) -> list[str]:
    return [r[1] for r in project.conn.execute(f"PRAGMA table_info({table})")]


def _rows(conn, sql: str, params=()) -> list[dict]:
    cur = conn.execute(sql, params)
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r)) for r in cur]


def village_codes(project: Project) -> set[str]:
    return {r[0] for r in project.conn.execute("SELECT insee FROM villages")}


def villages(project: Project) -> list[dict]:
    return _rows(project.conn, "SELECT * FROM villages ORDER BY insee")


def ids(project: Project, table: str) -> set[str]:
    return {r[0] for r in project.conn.execute(f"SELECT id FROM {table}")}


def pending(project: Project, table: str) -> set[str]:
    return {r[0] for r in project.conn.execute("SELECT id FROM sync_pending WHERE entity = ?", (table,))}


def changed_since(project: Project, table: str, since: str) -> set[str]:
    return {r[0] for r in project.conn.execute(f"SELECT id FROM {table} WHERE updated_at >= ?", (since,))}


def rows_by_id(project: Project, table: str, wanted) -> dict[str, dict]:
    """Rows of ``table`` by id; visits carry their door's village as ``insee``."""
    wanted = list(wanted)
    select = (
        "SELECT t.*, d.insee AS insee FROM visits t LEFT JOIN doors d ON d.id = t.door_id"
        if table == "visits"
        else f"SELECT t.* FROM {table} t"
    )
    out: dict[str, dict] = {}
    for i in range(0, len(wanted), _BATCH):
        chunk = wanted[i : i + _BATCH]
        for row in _rows(project.conn, f"{select} WHERE t.id IN ({','.join('?' * len(chunk))})", chunk):
            out[row["id"]] = row
    return out


def begin_applying(project: Project) -> None:
    """From here to ``end_applying`` (same transaction), writes are not local changes."""
    project.set_meta("sync_applying", "1")


def end_applying(project: Project) -> None:
    project.conn.execute("DELETE FROM meta WHERE key = 'sync_applying'")


def take(project: Project, table: str, rows: list[dict]) -> None:
    """Write the server's rows as they are (upsert by stable id)."""
    if not rows:
        return
    local = columns(project, table)
    cols = [c for c in local if c in rows[0]]
    sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
    project.conn.executemany(
        f"INSERT INTO {table} ({','.join(cols)}) VALUES ({','.join('?' * len(cols))}) "
        f"ON CONFLICT(id) DO UPDATE SET {sets}",
        ([row.get(c) for c in cols] for row in rows),
    )


def record_conflicts(project: Project, table: str, pairs: list[tuple[dict, dict]], source: str) -> int:
    """Both versions kept for a person (``coopnet conflicts``); the same conflict is recorded once."""
    entity = table[:-1]
    recorded = {
        (r[0], r[1])
        for r in project.conn.execute(
            "SELECT entity_id, theirs FROM conflicts WHERE entity = ? AND resolved_at IS NULL", (entity,)
        )
    }
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    new = 0
    for ours, theirs in pairs:
        theirs_json = rules.dumps(theirs)
        if (theirs["id"], theirs_json) in recorded:
            continue
        project.conn.execute(
            "INSERT INTO conflicts(id, entity, entity_id, ours, theirs, source, detected_at) VALUES (?,?,?,?,?,?,?)",
            (uuid.uuid4().hex, entity, theirs["id"], rules.dumps(ours), theirs_json, source, now),
        )
        new += 1
    return new


def clear_pending(project: Project, table: str, done) -> None:
    project.conn.executemany(
        "DELETE FROM sync_pending WHERE entity = ? AND id = ?", ((table, i) for i in done)
    )


def remember(
    project: Project, server: str, coop: str, user: str, rev: int, villages_seen: list[str], counts: dict
) -> None:
    project.set_meta("sync_server", server)
    project.set_meta("sync_coop", coop)
    project.set_meta("sync_rev", str(rev))
    project.set_meta("sync_villages", json.dumps(sorted(villages_seen)))
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    project.set_meta("sync_at", now)
    project.conn.execute(
        "INSERT INTO sync_log (at, server, coop, user, pushed, pulled, conflicts, invalid, not_yours, rev) "
        "VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            now,
            server,
            coop,
            user,
            counts["pushed"],
            counts["pulled"],
            counts["conflicts"],
            counts["invalid"],
            counts["not_yours"],
            rev,
        ),
    )
    project.audit("sync", "project", server, {**counts, "coop": coop, "rev": rev})


def state(project: Project) -> dict:
    """What the project remembers of its syncs (never a password)."""
    try:
        seen = json.loads(project.meta("sync_villages") or "[]")
    except ValueError:
        seen = []
    return {
        "server": project.meta("sync_server"),
        "coop": project.meta("sync_coop"),
        "rev": int(project.meta("sync_rev") or 0),
        "at": project.meta("sync_at"),
        "villages": seen,
        "extracted_at": project.meta("extracted_at"),
    }
