"""The pledge importer's reads and writes (``io.pledges_import`` checks the file, this writes it).

Tuned for 100 000 rows: doors loaded one village at a time, inserts sorted by id, secondary
indexes rebuilt after a big load, foreign keys unchecked for rows whose references are known.
"""

from __future__ import annotations

import contextlib
import json
import os

from coopnet.core import pledge_rows as pr
from coopnet.store.project import Project

# The pledge columns an import inserts, in the order of its rows.
INSERT_COLUMNS = (
    "id",
    "door_id",
    "insee",
    "last_name",
    "first_name",
    "phone",
    "email",
    "tier",
    "monthly_fee_eur",
    "shares_eur",
    "consent_register",
    "consent_wording_version",
    "consent_news",
    "pledged_on",
    "volunteer",
    "notes",
    "status",
    "source",
    "duplicate_flag",
    "anonymised",
    "last_contact",
    "import_key",
    "created_at",
    "updated_at",
    "consent_basis",
)


class DoorIndex:
    """Doors by (insee, folded street, number), loaded one village at a time when a row
    needs it (a file about three villages never reads a department's 600 000 doors)."""

    def __init__(self, project: Project):
        self.conn = project.conn
        self.by_key: dict[tuple, str] = {}
        self.loaded: set[str] = set()
        self.streets: dict[str, set[str]] = {}
        self.new_doors: list[tuple] = []

    def _load(self, insee: str) -> None:
        self.loaded.add(insee)
        rows = self.conn.execute(
            "SELECT id, numero, rep, nom_voie FROM doors WHERE insee = ?", (insee,)
        ).fetchall()
        by_key = pr.door_keys(insee, rows)
        # The first door with a key wins, as in the file; a village loaded later adds only its own keys.
        self.by_key.update(by_key)
        self.streets[insee] = {k[1] for k in by_key}

    def streets_of(self, insee: str) -> set[str]:
        if insee not in self.loaded:
            self._load(insee)
        return self.streets.get(insee, set())

    def find_or_make(self, cand: pr.Candidate, insee: str, now: str) -> str:
        if insee not in self.loaded:
            self._load(insee)
        key = pr.door_key(insee, cand.numero, cand.rep, cand.street)
        door_id = self.by_key.get(key)
        if door_id is None:
            door_id = f"manual-{new_ids(1)[0]}"
            self.by_key[key] = door_id
            self.new_doors.append(
                (
                    door_id,
                    insee,
                    cand.numero,
                    cand.rep,
                    cand.street,
                    cand.postcode,
                    "manual",
                    "not_visited",
                    now,
                    now,
                )
            )
        return door_id

    def statuses(self, door_ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for i in range(0, len(door_ids), 900):
            chunk = door_ids[i : i + 900]
            out.update(
                self.conn.execute(
                    f"SELECT id, status FROM doors WHERE id IN ({','.join('?' * len(chunk))})", chunk
                )
            )
        return out


def villages(project: Project) -> list[tuple[str, str, str]]:
    return [tuple(r) for r in project.conn.execute("SELECT insee, name, COALESCE(postcode,'') FROM villages")]


def existing_by_key(project: Project) -> dict[str, dict]:
    cur = project.conn.execute("SELECT * FROM pledges WHERE import_key IS NOT NULL AND anonymised = 0")
    names = [c[0] for c in cur.description]
    return {row["import_key"]: row for row in (dict(zip(names, r)) for r in cur)}


@contextlib.contextmanager
def references_known(project: Project):
    """Foreign keys unchecked while our rows go in: every door id was read from the project or
    is inserted first, every INSEE code is one of its villages, so SQLite's per-row lookups
    (0.5 s on 100 000 rows) check nothing. A no-op inside an outer transaction (SQLite rule)."""
    conn = project.conn
    was_on = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    if was_on and not conn.in_transaction:
        conn.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        if was_on:
            conn.execute("PRAGMA foreign_keys=ON")


def new_ids(n: int) -> list[str]:
    """``n`` random version-4 UUIDs as 32 hex digits (``uuid4().hex``), from one urandom call."""
    blob = os.urandom(16 * n).hex()
    return [
        f"{h[:12]}4{h[13:16]}{'89ab'[int(h[16], 16) & 3]}{h[17:]}"
        for h in (blob[i : i + 32] for i in range(0, 32 * n, 32))
    ]


def write(project: Project, doors: DoorIndex, inserts, updates, now: str, who: str, source: str) -> None:
    conn = project.conn
    if doors.new_doors:
        conn.executemany(
            "INSERT INTO doors(id, insee, numero, rep, nom_voie, code_postal, source, status, "
            "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            doors.new_doors,
        )
    placeholders = ",".join("?" * len(INSERT_COLUMNS))
    inserts.sort()  # by id: the primary-key B-tree is filled in order, not at random
    _bulk_insert(
        conn, "pledges", f"INSERT INTO pledges({','.join(INSERT_COLUMNS)}) VALUES ({placeholders})", inserts
    )
    for pid, changes in updates:
        sets = ", ".join(f"{c} = ?" for c in changes)
        conn.execute(f"UPDATE pledges SET {sets}, updated_at = ? WHERE id = ?", (*changes.values(), now, pid))
    # The door of a new pledge is now "pledged" (or "member"): one visit records why, made by
    # the volunteer who took the pledge.
    i_id, i_door, i_status, i_by = (INSERT_COLUMNS.index(c) for c in ("id", "door_id", "status", "volunteer"))
    pending: list[tuple] = []
    door_updates: dict[str, tuple] = {}
    current = doors.statuses(sorted({row[i_door] for row in inserts}))
    note = f"import {source}"
    for row in inserts:
        status = "member" if row[i_status] == "member" else "pledged"
        door_id = row[i_door]
        if current.get(door_id) in ("pledged", "member") or door_id in door_updates:
            continue
        by = row[i_by] or who
        door_updates[door_id] = (status, by)
        pending.append((door_id, now, by, status, note, now))
    visits = sorted((vid, *v) for vid, v in zip(new_ids(len(pending)), pending))
    _bulk_insert(
        conn,
        "visits",
        "INSERT INTO visits(id, door_id, at, who, outcome, note, updated_at) VALUES (?,?,?,?,?,?,?)",
        visits,
    )
    conn.executemany(
        "UPDATE doors SET status = ?, status_at = ?, status_by = ?, updated_at = ? WHERE id = ?",
        [(s, now, by, now, d) for d, (s, by) in sorted(door_updates.items())],
    )
    detail = f'{{"file": {_json(source)}}}'
    conn.executemany(
        "INSERT INTO audit_log(at, who, action, entity, entity_id, detail) VALUES (?,?,?,?,?,?)",
        [(now, who, "import", "pledge", r[i_id], detail) for r in inserts]
        + [
            (now, who, "update", "pledge", pid, f'{{"file": {_json(source)}, "fields": {_json(sorted(c))}}}')
            for pid, c in updates
        ],
    )


BULK_ROWS = 5000


def _bulk_insert(conn, table: str, sql: str, rows: list) -> None:
    """executemany; for a big load into a smaller table, secondary indexes are dropped and
    rebuilt afterwards (one sort instead of 100 000 random B-tree inserts). Inside the
    import's transaction, so a failure leaves the indexes as they were."""
    existing = conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] if len(rows) >= BULK_ROWS else 0
    if len(rows) < BULK_ROWS or len(rows) < existing:
        conn.executemany(sql, rows)
        return
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        (table,),
    ).fetchall()
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    conn.executemany(sql, rows)
    for _, create in indexes:
        conn.execute(create)


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False)
