"""Doors (one per address) of the project's villages."""

from __future__ import annotations

import datetime as dt
import uuid

from coopnet.errors import CoopnetError
from coopnet.store.project import Project
from coopnet.core.text import QT_TRANSLATE_NOOP

DOOR_COLUMNS = ("id", "insee", "numero", "rep", "nom_voie", "code_postal", "lon", "lat", "x", "y",
                "source", "status", "status_at", "status_by", "created_at", "updated_at")

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
        f"FROM doors d WHERE {where} ORDER BY {ORDER}", (arg,))
    names = [c[0] for c in cur.description]
    return [dict(zip(names, row)) for row in cur]


def get_door(project: Project, door_id: str) -> dict | None:
    cur = project.conn.execute("SELECT * FROM doors WHERE id = ?", (door_id,))
    row = cur.fetchone()
    return dict(zip([c[0] for c in cur.description], row)) if row else None


def require_door(project: Project, door_id: str) -> dict:
    door = get_door(project, door_id)
    if door is None:
        raise CoopnetError(QT_TRANSLATE_NOOP(
            "Doors", "{door_id}: no such door in this project").format(door_id=door_id))
    return door


def add_manual_door(project: Project, insee: str, nom_voie: str, numero: str = "", rep: str = "",
                    code_postal: str = "", who: str | None = None) -> str:
    """An address that is not in the BAN file, attached to a village. Returns its id."""
    nom_voie = (nom_voie or "").strip()
    if not nom_voie:
        raise CoopnetError(QT_TRANSLATE_NOOP(
            "Doors", "manual address: the street (or place name) is required"))
    if project.conn.execute("SELECT 1 FROM villages WHERE insee = ?", (insee,)).fetchone() is None:
        raise CoopnetError(QT_TRANSLATE_NOOP(
            "Doors", "{insee}: no such village in this project").format(insee=insee))
    door_id = f"manual-{uuid.uuid4().hex}"
    now = now_iso()
    with project.transaction():
        project.db.table("doors").insert({
            "id": door_id, "insee": insee, "numero": (numero or "").strip(),
            "rep": (rep or "").strip(), "nom_voie": nom_voie, "code_postal": (code_postal or "").strip(),
            "source": "manual", "status": "not_visited", "created_at": now, "updated_at": now,
        })
        project.audit("create", "door", door_id, {"insee": insee, "source": "manual"}, who=who)
    return door_id


def status_counts(project: Project) -> dict[str, dict[str, int]]:
    """{insee: {status: count}} over all doors."""
    out: dict[str, dict[str, int]] = {}
    for insee, status, n in project.conn.execute(
            "SELECT insee, status, COUNT(*) FROM doors GROUP BY insee, status"):
        out.setdefault(insee, {})[status or "not_visited"] = n
    return out
