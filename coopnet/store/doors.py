"""Doors (one per address) of the project's villages."""

from __future__ import annotations

import datetime as dt
import uuid

from coopnet.errors import CoopnetError
from coopnet.store.project import Project
from coopnet.core.text import QT_TRANSLATE_NOOP

DOOR_COLUMNS = (
    "id",
    "insee",
    "numero",
    "rep",
    "nom_voie",
    "code_postal",
    "lon",
    "lat",
    "x",
    "y",
    "source",
    "status",
    "status_at",
    "status_by",
    "created_at",
    "updated_at",
)

# Street, then house number as a number (2 before 10), then bis/ter.
ORDER = "nom_voie COLLATE NOCASE, CAST(numero AS INTEGER), numero, rep"


def now_iso() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def address_text(door: dict) -> str:
    """``12 bis rue de la Mairie``."""
    number = " ".join(p for p in (door.get("numero") or "", door.get("rep") or "") if p)
    return f"{number} {door.get('nom_voie') or ''}".strip()


def list_doors(project: Project, insee: str | None = None, door_id: str | None = None) -> list[dict]:
    """Doors of one village (or one door) by street and number, with their pledge count."""
    where, arg = ("d.insee = ?", insee) if door_id is None else ("d.id = ?", door_id)
    cur = project.conn.execute(
        f"SELECT d.*, (SELECT COUNT(*) FROM pledges p WHERE p.door_id = d.id "
        f"AND p.status IN ('pledged','member')) AS pledges "
        f"FROM doors d WHERE {where} ORDER BY {ORDER}",
        (arg,),
    )
    names = [c[0] for c in cur.description]
    return [dict(zip(names, row)) for row in cur]


def get_door(project: Project, door_id: str) -> dict | None:
    cur = project.conn.execute("SELECT * FROM doors WHERE id = ?", (door_id,))
    row = cur.fetchone()
    return dict(zip([c[0] for c in cur.description], row)) if row else None


def require_door(project: Project, door_id: str) -> dict:
    door = get_door(project, door_id)
    if door is None:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Doors", "{door_id}: no such door in this project").format(door_id=door_id)
        )
    return door


def add_manual_door(
    project: Project,
    insee: str,
    nom_voie: str,
    numero: str = "",
    rep: str = "",
    code_postal: str = "",
    who: str | None = None,
) -> str:
    """An address that is not in the BAN file, attached to a village. Returns its id."""
    nom_voie = (nom_voie or "").strip()
    if not nom_voie:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Doors", "manual address: the street (or place name) is required")
        )
    if project.conn.execute("SELECT 1 FROM villages WHERE insee = ?", (insee,)).fetchone() is None:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Doors", "{insee}: no such village in this project").format(insee=insee)
        )
    door_id = f"manual-{uuid.uuid4().hex}"
    now = now_iso()
    with project.transaction():
        project.db.table("doors").insert(
            {
                "id": door_id,
                "insee": insee,
                "numero": (numero or "").strip(),
                "rep": (rep or "").strip(),
                "nom_voie": nom_voie,
                "code_postal": (code_postal or "").strip(),
                "source": "manual",
                "status": "not_visited",
                "created_at": now,
                "updated_at": now,
            }
        )
        project.audit("create", "door", door_id, {"insee": insee, "source": "manual"}, who=who)
    return door_id


def untouched_doors(project: Project, insee: str) -> list[str]:
    """Ids of the village's doors not visited yet and without a pledge, in id order."""
    return [
        r[0]
        for r in project.conn.execute(
            "SELECT id FROM doors WHERE insee = ? AND status = 'not_visited' "
            "AND NOT EXISTS (SELECT 1 FROM pledges p WHERE p.door_id = doors.id) ORDER BY id",
            (insee,),
        )
    ]


def status_counts(project: Project) -> dict[str, dict[str, int]]:
    """{insee: {status: count}} over all doors."""
    out: dict[str, dict[str, int]] = {}
    for insee, status, n in project.conn.execute(
        "SELECT insee, status, COUNT(*) FROM doors GROUP BY insee, status"
    ):
        out.setdefault(insee, {})[status or "not_visited"] = n
    return out


def find_door_by_code(project: Project, code: str, insee: str | None = None) -> dict | None:
    """The door whose walk-list code is ``code`` (see core.walklist), or None.

    Codes are derived from ids, not stored: the ids are hashed here (0.1 s per 100 000 doors).
    Two doors sharing a code (about 1 chance in 10 000 for a village of 800 doors) are refused
    by name rather than guessed.
    """
    from coopnet.core.walklist import door_code, normalise_code

    wanted = normalise_code(code)
    if wanted is None:
        return None
    sql, args = ("SELECT id FROM doors WHERE insee = ?", (insee,)) if insee else ("SELECT id FROM doors", ())
    found = [door_id for (door_id,) in project.conn.execute(sql, args) if door_code(door_id) == wanted]
    if len(found) > 1:
        raise CoopnetError(
            QT_TRANSLATE_NOOP(
                "Doors", "door code {code} fits {count} doors: use the door id (see “coopnet doors”)"
            ).format(code=wanted, count=len(found))
        )
    return get_door(project, found[0]) if found else None


def resolve_door(project: Project, text: str) -> dict:
    """A door id, or a walk-list code, to its door; one clear sentence if it is neither."""
    door = get_door(project, text)
    if door is None:
        door = find_door_by_code(project, text)
    if door is None:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Doors", "{door_id}: no such door or door code in this project").format(
                door_id=text
            )
        )
    return door
