"""Visits: every door status change is a visit kept in the door's history."""

from __future__ import annotations

import uuid

from coopnet.core.members import DOOR_STATUSES
from coopnet.errors import CoopnetError
from coopnet.store.doors import now_iso, require_door
from coopnet.store.project import Project
from coopnet.core.text import QT_TRANSLATE_NOOP


def set_door_status(
    project: Project, door_id: str, status: str, who: str | None = None, note: str = "", at: str | None = None
) -> str:
    """Record a visit with ``status`` as its outcome and make it the door's status.

    One transaction: the door and its history never disagree. Returns the visit id.
    """
    if status not in DOOR_STATUSES:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Doors", "“{status}” is not a door status ({statuses})").format(
                status=status, statuses=", ".join(DOOR_STATUSES)
            )
        )
    require_door(project, door_id)
    who = (who or "").strip() or project.user
    at = at or now_iso()
    visit_id = uuid.uuid4().hex
    with project.transaction():
        project.conn.execute(
            "INSERT INTO visits(id, door_id, at, who, outcome, note, updated_at) VALUES (?,?,?,?,?,?,?)",
            (visit_id, door_id, at, who, status, note or "", at),
        )
        project.conn.execute(
            "UPDATE doors SET status = ?, status_at = ?, status_by = ?, updated_at = ? WHERE id = ?",
            (status, at, who, at, door_id),
        )
        project.audit("visit", "door", door_id, {"status": status, "visit": visit_id}, who=who)
    return visit_id


def list_visits(project: Project, door_id: str) -> list[dict]:
    """The door's history, newest first."""
    cur = project.conn.execute(
        "SELECT * FROM visits WHERE door_id = ? ORDER BY at DESC, rowid DESC", (door_id,)
    )
    names = [c[0] for c in cur.description]
    return [dict(zip(names, row)) for row in cur]


def pledge_import_visits(project: Project) -> list[tuple[str, str, str]]:
    """(visit id, door id, first pledge date of the door) for each visit a pledge import recorded
    on a door whose pledges carry a date."""
    cur = project.conn.execute(
        "SELECT v.id, v.door_id, MIN(p.pledged_on) FROM visits v JOIN pledges p ON p.door_id = v.door_id "
        "WHERE v.note LIKE 'import %' AND p.pledged_on IS NOT NULL AND p.pledged_on != '' "
        "GROUP BY v.id, v.door_id ORDER BY v.id"
    )
    return [(r[0], r[1], r[2]) for r in cur]


def redate_visits(project: Project, moves: list[tuple[str, str]]) -> None:
    """Give visits (visit id, at) another time; their doors' status time follows their latest visit."""
    if not moves:
        return
    with project.transaction():
        project.conn.executemany(
            "UPDATE visits SET at = ?, updated_at = ? WHERE id = ?", [(at, at, vid) for vid, at in moves]
        )
        project.conn.executemany(
            "UPDATE doors SET status_at = (SELECT MAX(at) FROM visits WHERE visits.door_id = doors.id) "
            "WHERE id = (SELECT door_id FROM visits WHERE id = ?)",
            [(vid,) for vid, _ in moves],
        )
