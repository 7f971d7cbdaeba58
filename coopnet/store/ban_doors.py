"""The doors a BAN import writes (``io.ban`` reads and checks the file; this writes it).

A door's key is its BAN ``id``: re-importing updates it in place, and an unchanged door keeps its
``updated_at``. Doors the BAN no longer lists are found through a temporary table of the ids seen.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator

from coopnet.store.project import Project

_UPSERT = (
    "INSERT INTO doors (id, insee, numero, rep, nom_voie, code_postal, lon, lat, x, y, source, "
    "status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,'ban','not_visited',?,?) "
    "ON CONFLICT(id) DO UPDATE SET insee=excluded.insee, numero=excluded.numero, rep=excluded.rep, "
    "nom_voie=excluded.nom_voie, code_postal=excluded.code_postal, lon=excluded.lon, "
    "lat=excluded.lat, x=excluded.x, y=excluded.y, updated_at=excluded.updated_at "
    # Unchanged doors keep their updated_at, so merging volunteer files sees no change.
    "WHERE doors.insee IS NOT excluded.insee OR doors.numero IS NOT excluded.numero "
    "OR doors.rep IS NOT excluded.rep OR doors.nom_voie IS NOT excluded.nom_voie "
    "OR doors.code_postal IS NOT excluded.code_postal OR doors.lon IS NOT excluded.lon "
    "OR doors.lat IS NOT excluded.lat OR doors.x IS NOT excluded.x OR doors.y IS NOT excluded.y"
)
_GONE = (
    "FROM doors d WHERE d.source = 'ban' AND d.insee IN (SELECT value FROM json_each(?)) "
    "AND d.id NOT IN (SELECT id FROM _ban_ids)"
)
_USED = (
    "(EXISTS (SELECT 1 FROM visits v WHERE v.door_id = d.id) OR EXISTS "
    "(SELECT 1 FROM pledges p WHERE p.door_id = d.id) OR d.status != 'not_visited')"
)


def village_codes(project: Project) -> set[str]:
    """INSEE codes of the project's villages."""
    return {r[0] for r in project.conn.execute("SELECT insee FROM villages")}


@contextlib.contextmanager
def page_cache(project: Project, kib: int) -> Iterator[None]:
    """A page cache of ``kib`` KiB while the block runs (index updates of a department stay in memory)."""
    conn = project.conn
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size={-int(kib)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size={int(cache)}")


def ban_door_count(project: Project) -> int:
    return project.conn.execute("SELECT COUNT(*) FROM doors WHERE source = 'ban'").fetchone()[0]


def upsert_doors(project: Project, batch: Iterable[tuple]) -> int:
    """Write BAN doors (id, insee, numero, rep, nom_voie, code_postal, lon, lat, x, y, created_at,
    updated_at); returns how many were created or changed (not the rows triggers add)."""
    return project.conn.executemany(_UPSERT, batch).rowcount


def mark_gone(project: Project, communes: list[str], seen: set[str]) -> bool:
    """Remember the BAN ids ``seen`` in the file; False when every BAN door of ``communes`` was
    seen (nothing gone, nothing else to do)."""
    conn = project.conn
    in_communes = conn.execute(
        "SELECT COUNT(*) FROM doors WHERE source = 'ban' AND insee IN (SELECT value FROM json_each(?))",
        (json.dumps(communes),),
    ).fetchone()[0]
    if in_communes == len(seen):
        return False
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS _ban_ids (id TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM _ban_ids")
    conn.executemany("INSERT INTO _ban_ids VALUES (?)", ((i,) for i in seen))
    return True


def gone_but_used(project: Project, communes: list[str]) -> int:
    """Doors gone from the BAN (after `mark_gone`) that someone visited or pledged: kept."""
    return project.conn.execute(f"SELECT COUNT(*) {_GONE} AND {_USED}", (json.dumps(communes),)).fetchone()[0]


def removable_per_village(project: Project, communes: list[str]) -> list[tuple[str, str, int, int]]:
    """(insee, name, doors gone and never used, all doors) per village, after `mark_gone`."""
    conn = project.conn
    out = []
    for insee, removable in conn.execute(
        f"SELECT d.insee, COUNT(*) {_GONE} AND NOT {_USED} GROUP BY d.insee", (json.dumps(communes),)
    ).fetchall():
        doors, name = conn.execute(
            "SELECT (SELECT COUNT(*) FROM doors WHERE insee = ?), "
            "(SELECT name FROM villages WHERE insee = ?)",
            (insee, insee),
        ).fetchone()
        out.append((insee, name or insee, removable, doors))
    return out


def remove_gone(project: Project, communes: list[str]) -> int:
    """Delete the doors gone from the BAN that nobody used (after `mark_gone`); how many."""
    conn = project.conn
    removed = conn.execute(
        f"DELETE FROM doors WHERE id IN (SELECT d.id {_GONE} AND NOT {_USED})", (json.dumps(communes),)
    ).rowcount
    conn.execute("DELETE FROM _ban_ids")
    return removed
