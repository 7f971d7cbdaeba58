"""Household pledges in the project file. Every change is audited (who, when, which fields).

The audit log records field *names*, not values, so erasing a household's data (GDPR)
leaves no copy of it behind in the log.
"""

from __future__ import annotations


from collections.abc import Iterator

from coopnet.core.members import Pledge
from coopnet.errors import CoopnetError
from coopnet.store.doors import now_iso
from coopnet.store.project import Project
from coopnet.store.visits import set_door_status
from coopnet.core.text import QT_TRANSLATE_NOOP

_COUNTED = ("pledged", "member")


# The note of the visit a pledge records on its door (data: the same in every language).
PLEDGE_FORM_NOTE = QT_TRANSLATE_NOOP("VisitNote", "pledge form")


def tiers(project: Project) -> tuple[str, ...]:
    """The speeds this cooperative offers (project setting ``pledge_tiers``)."""
    from coopnet.store import settings

    return tuple(settings.get(project, "pledge_tiers"))


def set_tiers(project: Project, values: list[str] | str, who: str | None = None) -> tuple[str, ...]:
    """Set the speeds offered (a list, or text separated by semicolons); CoopnetError if none."""
    from coopnet.store import settings

    settings.set_value(project, "pledge_tiers", values, settings.SETTINGS_DIALOG, who=who)
    return tiers(project)


def get_pledge(project: Project, pledge_id: str) -> Pledge | None:
    cur = project.conn.execute("SELECT * FROM pledges WHERE id = ?", (pledge_id,))
    row = cur.fetchone()
    if row is None:
        return None
    return Pledge.from_row(dict(zip([c[0] for c in cur.description], row)))


def save_pledge(project: Project, pledge: Pledge, who: str | None = None, update_door: bool = True) -> str:
    """Insert or update ``pledge`` (already validated). Stamps the volunteer and ``updated_at``.

    With ``update_door`` a new pledge (or one that became a member) also sets its door's
    status, as a visit, in the same transaction.
    """
    who = (who or "").strip() or None
    if not pledge.volunteer and who:
        pledge.volunteer = who
    now = now_iso()
    pledge.updated_at = now
    if pledge.door_id:
        door = project.conn.execute("SELECT insee FROM doors WHERE id = ?", (pledge.door_id,)).fetchone()
        if door is None:
            raise CoopnetError(
                QT_TRANSLATE_NOOP("Pledges", "{door_id}: no such door in this project").format(
                    door_id=pledge.door_id
                )
            )
        if door[0] != pledge.insee:
            raise CoopnetError(
                QT_TRANSLATE_NOOP("Pledges", "{door_id}: this door is in {door}, not in {insee}").format(
                    door_id=pledge.door_id, door=door[0], insee=pledge.insee
                )
            )
    if project.conn.execute("SELECT 1 FROM villages WHERE insee = ?", (pledge.insee,)).fetchone() is None:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Pledges", "{insee}: no such village in this project").format(
                insee=pledge.insee
            )
        )
    old = get_pledge(project, pledge.id)
    with project.transaction():
        row = pledge.to_row()
        if old is None:
            row["created_at"] = pledge.created_at = pledge.created_at or now
            project.db.table("pledges").insert(row)
            project.audit(
                "create",
                "pledge",
                pledge.id,
                {"insee": pledge.insee, "door": pledge.door_id, "status": pledge.status},
                who=who or pledge.volunteer,
            )
        else:
            row["created_at"] = pledge.created_at = old.created_at or now
            changed = sorted(
                k for k, v in row.items() if k not in ("updated_at",) and v != old.to_row().get(k)
            )
            project.db.table("pledges").update(pledge.id, row)
            project.audit("update", "pledge", pledge.id, {"fields": changed}, who=who or pledge.volunteer)
        # A household entered twice by hand is flagged as the import flags it (possible
        # duplicate, never merged); an edit that changes who or where is checked again.
        if old is None or any(
            getattr(old, k) != getattr(pledge, k)
            for k in ("last_name", "first_name", "phone", "email", "door_id")
        ):
            from coopnet.store.duplicates import flag_one

            pledge.duplicate_flag = flag_one(project, pledge.id)
        if update_door and pledge.door_id and pledge.status in _COUNTED:
            door_status = project.conn.execute(
                "SELECT status FROM doors WHERE id = ?", (pledge.door_id,)
            ).fetchone()[0]
            if door_status != pledge.status and not (door_status == "member" and pledge.status == "pledged"):
                set_door_status(
                    project,
                    pledge.door_id,
                    pledge.status,
                    who=who or pledge.volunteer,
                    note=str(PLEDGE_FORM_NOTE),
                )  # stored in English, translated when shown
    return pledge.id


def delete_pledge(project: Project, pledge_id: str, who: str | None = None) -> None:
    with project.transaction():
        cur = project.conn.execute("DELETE FROM pledges WHERE id = ?", (pledge_id,))
        if cur.rowcount == 0:
            raise CoopnetError(
                QT_TRANSLATE_NOOP("Pledges", "{pledge_id}: no such pledge").format(pledge_id=pledge_id)
            )
        project.audit("delete", "pledge", pledge_id, {}, who=who)


def list_pledges(project: Project, insee: str | None = None, door_id: str | None = None) -> list[dict]:
    """Pledges as rows (with the door's address when there is one), newest first."""
    where, params = [], []
    if insee:
        where.append("p.insee = ?")
        params.append(insee)
    if door_id:
        where.append("p.door_id = ?")
        params.append(door_id)
    sql = (
        "SELECT p.*, d.numero, d.rep, d.nom_voie, v.name AS village FROM pledges p "
        "LEFT JOIN doors d ON d.id = p.door_id LEFT JOIN villages v ON v.insee = p.insee"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY p.pledged_on DESC, p.created_at DESC"
    )
    cur = project.conn.execute(sql, params)
    names = [c[0] for c in cur.description]
    return [dict(zip(names, row)) for row in cur]


def pledge_counts(project: Project) -> dict[str, int]:
    """{insee: households pledged or member}: pledge records, plus doors marked pledged or
    member by a keystroke that have no pledge record yet."""
    out: dict[str, int] = {}
    for insee, n in project.conn.execute(
        "SELECT insee, COUNT(*) FROM pledges WHERE status IN ('pledged','member') GROUP BY insee"
    ):
        out[insee] = n
    for insee, n in project.conn.execute(
        "SELECT d.insee, COUNT(*) FROM doors d WHERE d.status IN ('pledged','member') "
        "AND NOT EXISTS (SELECT 1 FROM pledges p WHERE p.door_id = d.id "
        "AND p.status IN ('pledged','member')) GROUP BY d.insee"
    ):
        out[insee] = out.get(insee, 0) + n
    return out


_WITH_ADDRESSES = """
SELECT p.*, v.name AS commune, d.numero, d.rep, d.nom_voie, d.code_postal
FROM pledges p
JOIN villages v ON v.insee = p.insee
LEFT JOIN doors d ON d.id = p.door_id
{where}
ORDER BY v.name COLLATE NOCASE, d.nom_voie COLLATE NOCASE, CAST(d.numero AS INTEGER), p.last_name
"""


def pledges_with_addresses(project: Project, villages: list[str] | None = None) -> Iterator[dict]:
    """Every pledge (of ``villages`` when given) with its village name (``commune``) and door
    address, by village, street, number and name: one row at a time (exports of 100 000 rows)."""
    where, params = "", []
    if villages:
        where = f"WHERE p.insee IN ({','.join('?' * len(villages))})"
        params = list(villages)
    cur = project.conn.execute(_WITH_ADDRESSES.format(where=where), params)
    names = [c[0] for c in cur.description]
    for values in cur:
        yield dict(zip(names, values))
