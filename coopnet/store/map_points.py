"""What the map reads from the project: counts per village and every located door and pledge.

Doors and pledges can run to hundreds of thousands of rows: SQLite packs each point into one
integer and returns them as one comma-separated string (``geo.layers`` unpacks it with numpy).
"""

from __future__ import annotations

import sqlite3

from coopnet.store.project import Project

# Pledges that no longer count (see store/members_schema.py).
INACTIVE_PLEDGE = ("withdrawn",)

# Door status → small code for the map (index into take_up.DOOR_LEGEND).
_STATUS_CODE = (
    "CASE COALESCE(status,'not_visited') WHEN 'not_visited' THEN 0 WHEN 'interested' THEN 2 "
    "WHEN 'pledged' THEN 3 WHEN 'member' THEN 3 ELSE 1 END"
)

# One integer per point, built by SQLite and read as one string: 2-3× faster than a
# Python tuple per row at 600 000 doors. lat, lon in 1e-5° (lon shifted by +10°).
_PACKED = (
    "(CAST(round({t}lat * 100000) AS INTEGER) * 4194304 "
    "+ CAST(round(({t}lon + 10) * 100000) AS INTEGER)) * 4 + {code}"
)
_LOCATED = "{t}lat BETWEEN -90 AND 90 AND {t}lon BETWEEN -10 AND 30"
_MARKS = ",".join("?" * len(INACTIVE_PLEDGE))
_PLEDGES_AT_DOORS = (
    f"FROM pledges p JOIN doors d ON d.id = p.door_id WHERE {_LOCATED.format(t='d.')} "
    f"AND COALESCE(p.status,'pledged') NOT IN ({_MARKS})"
)
_LABEL = (
    "CASE WHEN COALESCE(p.anonymised,0)=1 THEN '' ELSE "
    "TRIM(COALESCE(p.first_name,'') || ' ' || COALESCE(p.last_name,'')) || ' — ' || "
    "TRIM(COALESCE(d.numero,'') || ' ' || COALESCE(d.rep,'') || ' ' || COALESCE(d.nom_voie,'')) END"
)


def door_counts(project: Project) -> dict[str, int]:
    """{insee: doors}."""
    return dict(project.conn.execute("SELECT insee, COUNT(*) FROM doors GROUP BY insee"))


def pledge_counts(project: Project) -> dict[str, int]:
    """{insee: pledge records still counting} (withdrawn ones left out)."""
    return dict(
        project.conn.execute(
            f"SELECT insee, COUNT(*) FROM pledges WHERE COALESCE(status,'pledged') NOT IN ({_MARKS}) "
            "GROUP BY insee",
            INACTIVE_PLEDGE,
        )
    )


def packed_doors(project: Project) -> str | None:
    """Every located door as ``packed`` integers (point and status code), comma-separated."""
    packed = _PACKED.format(t="", code=_STATUS_CODE)
    return project.conn.execute(
        f"SELECT group_concat({packed}) FROM doors WHERE {_LOCATED.format(t='')}"
    ).fetchone()[0]


def packed_pledges(project: Project) -> str | None:
    """Every active pledge placed at its located door, packed (code 0), comma-separated."""
    return project.conn.execute(
        f"SELECT group_concat({_PACKED.format(t='d.', code=0)}) {_PLEDGES_AT_DOORS}", INACTIVE_PLEDGE
    ).fetchone()[0]


def labelled_pledges(project: Project) -> list[tuple[int, str]]:
    """(packed point, "name — address") of every active pledge at a located door; the label is
    personal data ('' for an erased record): read only when asked for."""
    return project.conn.execute(
        f"SELECT {_PACKED.format(t='d.', code=0)}, {_LABEL} {_PLEDGES_AT_DOORS}", INACTIVE_PLEDGE
    ).fetchall()


def located_doors(project: Project) -> list[tuple]:
    """(id, insee, status, lon, lat) of every door with a position."""
    return project.conn.execute(
        "SELECT id, insee, COALESCE(status,'not_visited'), lon, lat FROM doors "
        "WHERE lat IS NOT NULL AND lon IS NOT NULL"
    ).fetchall()


def doors_and_pledges(project: Project) -> int:
    """Doors plus pledge records (0 for a table an older file lacks): how big the figures are."""
    n = 0
    for table in ("doors", "pledges"):
        try:
            n += project.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        except sqlite3.Error:  # an older file without the table: nothing to count
            pass
    return n
