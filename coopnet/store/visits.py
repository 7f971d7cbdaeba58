"""Visits: every door status change is a visit kept in the door's history."""

from __future__ import annotations

import uuid

from coopnet.core.members import DOOR_STATUSES
from coopnet.errors import CoopnetError
from coopnet.store.doors import now_iso, require_door
from coopnet.store.project import Project
from coopnet.core.text import QT_TRANSLATE_NOOP


def set_door_status(project: Project, door_id: str, status: str, who: str | None = None,
                    note: str = "", at: str | None = None) -> str:
    """Record a visit with ``status`` as its outcome and make it the door's status.

    One transaction: the door and its history never disagree. Returns the visit id.
    """
    if status not in DOOR_STATUSES:
        raise CoopnetError(QT_TRANSLATE_NOOP(
            "Doors", "“{status}” is not a door status ({statuses})").format(
                status=status, statuses=", ".join(DOOR_STATUSES)))
    require_door(project, door_id)
    who = (who or "").strip() or project.user
    at = at or now_iso()
    visit_id = uuid.uuid4().hex
    with project.transaction():
        project.conn.execute(
            "INSERT INTO visits(id, door_id, at, who, outcome, note, updated_at) VALUES (?,?,?,?,?,?,?)",
            (visit_id, door_id, at, who, status, note or "", at))
        project.conn.execute(
            "UPDATE doors SET status = ?, status_at = ?, status_by = ?, updated_at = ? WHERE id = ?",
            (status, at, who, at, door_id))
        project.audit("visit", "door", door_id, {"status": status, "visit": visit_id}, who=who)
    return visit_id


def list_visits(project: Project, door_id: str) -> list[dict]:
    """The door's history, newest first."""
    cur = project.conn.execute(
        "SELECT * FROM visits WHERE door_id = ? ORDER BY at DESC, rowid DESC", (door_id,))
    names = [c[0] for c in cur.description]
    return [dict(zip(names, row)) for row in cur]
