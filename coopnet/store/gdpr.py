"""Personal data of one household: export it all, erase it, purge old contacts (GDPR).

A "household" is a pledge id (a door id is accepted too: all pledges at that door).
Erasing keeps what statistics need (village, door, status, tier, amounts, dates) and
removes what identifies people (names, phone, email, notes, visit notes, the import
key derived from the name). The audit log records each action without the data itself,
and earlier log details about the household are blanked. A backup is taken first.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

from coopnet.errors import CoopnetError
from coopnet.store import backup
from coopnet.store.duplicates import forget_references
from coopnet.store.project import Project
from coopnet.core.text import QT_TRANSLATE_NOOP

PERSONAL_FIELDS = ("last_name", "first_name", "phone", "email", "notes", "import_key")
NON_MEMBER = ("pledged", "withdrawn")


def _rows(project: Project, sql: str, params=()) -> list[dict]:
    cur = project.conn.execute(sql, params)
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r)) for r in cur]


def household_pledges(project: Project, household: str) -> list[dict]:
    household = str(household or "").strip()
    rows = _rows(project, "SELECT * FROM pledges WHERE id = ?", (household,))
    if not rows:
        rows = _rows(project, "SELECT * FROM pledges WHERE door_id = ? ORDER BY created_at", (household,))
    if not rows:
        raise CoopnetError(
            QT_TRANSLATE_NOOP(
                "GDPR", "{household}: no household with this id (a pledge id, or a door id with pledges)"
            ).format(household=household)
        )
    return rows


def find_households(project: Project, text: str, limit: int = 200) -> list[dict]:
    """Pledges whose name, phone or email contains ``text`` (for the app's search box)."""
    like = f"%{text.strip()}%"
    return _rows(
        project,
        "SELECT p.id, p.last_name, p.first_name, p.phone, p.email, p.insee, p.status, "
        "p.anonymised, v.name AS commune, d.numero, d.rep, d.nom_voie FROM pledges p "
        "JOIN villages v ON v.insee = p.insee LEFT JOIN doors d ON d.id = p.door_id "
        "WHERE p.id = ? OR p.last_name LIKE ? OR p.first_name LIKE ? OR p.phone LIKE ? "
        "OR p.email LIKE ? OR (COALESCE(p.first_name,'') || ' ' || COALESCE(p.last_name,'')) LIKE ? "
        "ORDER BY p.last_name COLLATE NOCASE LIMIT ?",
        (text.strip(), like, like, like, like, like, limit),
    )


def export_household(project: Project, household: str) -> dict:
    """Everything held on the household (right of access): pledges, door, visits, log entries."""
    pledges = household_pledges(project, household)
    door_ids = sorted({p["door_id"] for p in pledges if p["door_id"]})
    marks = ",".join("?" * len(door_ids))
    doors = _rows(project, f"SELECT * FROM doors WHERE id IN ({marks})", door_ids) if door_ids else []
    visits = (
        _rows(project, f"SELECT * FROM visits WHERE door_id IN ({marks}) ORDER BY at", door_ids)
        if door_ids
        else []
    )
    ids = [p["id"] for p in pledges] + door_ids
    audit = _rows(
        project,
        f"SELECT at, who, action, entity, entity_id, detail FROM audit_log "
        f"WHERE entity_id IN ({','.join('?' * len(ids))}) ORDER BY id",
        ids,
    )
    for entry in audit:
        try:
            entry["detail"] = json.loads(entry["detail"]) if entry["detail"] else {}
        except ValueError:
            pass
    villages = _rows(
        project,
        f"SELECT insee, name, postcode FROM villages WHERE insee IN ({','.join('?' * len(pledges))})",
        [p["insee"] for p in pledges],
    )
    with project.transaction():
        project.audit("gdpr-export", "pledge", pledges[0]["id"], {"pledges": len(pledges)})
    return {
        "exported_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "controller": project.meta("controller_name") or project.name,
        "household": household,
        "pledges": pledges,
        "doors": doors,
        "visits": visits,
        "villages": villages,
        "audit_log": audit,
    }


def _erase(project: Project, pledge_ids: list[str], now: str) -> None:
    _erase_conn(project.conn, pledge_ids, now)


def _erase_conn(conn, pledge_ids: list[str], now: str) -> None:
    conn.execute("PRAGMA secure_delete = ON")  # old values are zeroed, not left in free pages
    marks = ",".join("?" * len(pledge_ids))
    conn.execute(
        f"UPDATE pledges SET last_name = NULL, first_name = NULL, phone = NULL, email = NULL, "
        f"notes = NULL, import_key = NULL, duplicate_flag = '', anonymised = 1, "
        f"updated_at = ? WHERE id IN ({marks})",
        [now, *pledge_ids],
    )
    doors = [
        r[0]
        for r in conn.execute(
            f"SELECT DISTINCT door_id FROM pledges WHERE id IN ({marks}) AND door_id IS NOT NULL", pledge_ids
        )
    ]
    if doors:
        conn.execute(f"UPDATE visits SET note = '' WHERE door_id IN ({','.join('?' * len(doors))})", doors)
    ids = pledge_ids + doors
    id_marks = ",".join("?" * len(ids))
    # Earlier log lines keep who/when/what, not the details; conflicts hold full copies.
    conn.execute(f"UPDATE audit_log SET detail = '{{\"erased\": true}}' WHERE entity_id IN ({id_marks})", ids)
    conn.execute(f"DELETE FROM conflicts WHERE entity_id IN ({id_marks})", ids)
    # Other pledges' duplicate reasons refer to this one by id: drop those references.
    forget_references(conn, pledge_ids)


def erase_household(project: Project, household: str, who: str | None = None) -> int:
    """Remove personal fields of the household's pledges; returns how many pledges."""
    pledges = household_pledges(project, household)
    ids = [p["id"] for p in pledges]
    backup.backup_project(project, "before-gdpr-erase")
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    with project.transaction():
        _erase(project, ids, now)
        for pid in ids:
            project.audit("gdpr-erase", "pledge", pid, {"fields": list(PERSONAL_FIELDS)}, who=who)
    _scrub(project)
    return len(ids)


def months_before(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 - months
    year, month = day.year + month // 12, month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def purge(
    project: Project, older_than_months: int, today: dt.date | None = None, who: str | None = None
) -> int:
    """Anonymise non-members whose last contact is older than the cut-off; returns how many."""
    if older_than_months < 1:
        raise CoopnetError(QT_TRANSLATE_NOOP("GDPR", "the retention period must be at least one month"), 2)
    cutoff = months_before(today or dt.date.today(), older_than_months).isoformat()
    ids = [
        r[0]
        for r in project.conn.execute(
            "SELECT id FROM pledges WHERE anonymised = 0 AND status IN ('pledged','withdrawn') "
            "AND COALESCE(NULLIF(last_contact,''), NULLIF(pledged_on,''), substr(created_at,1,10)) < ?",
            (cutoff,),
        )
    ]
    if not ids:
        with project.transaction():
            project.audit("gdpr-purge", "pledges", None, {"cutoff": cutoff, "anonymised": 0}, who=who)
        return 0
    backup.backup_project(project, "before-gdpr-purge")
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    with project.transaction():
        for i in range(0, len(ids), 500):
            _erase(project, ids[i : i + 500], now)
        project.audit(
            "gdpr-purge",
            "pledges",
            None,
            {"cutoff": cutoff, "months": older_than_months, "anonymised": len(ids)},
            who=who,
        )
    _scrub(project)
    return len(ids)


def _scrub(project: Project) -> None:
    """Erased values must not survive in the WAL or free pages of the file.

    ``secure_delete`` zeroes what the erase itself removes; VACUUM rewrites the whole file so
    that older copies of the rows (left in free space by earlier edits) go too."""
    _vacuum(project.conn)


def _vacuum(conn) -> None:
    for sql in ("PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"):
        try:
            conn.execute(sql)
        except sqlite3.Error:  # best effort: another reader may hold the WAL
            pass


def anonymised_ids(project: Project) -> list[str]:
    return [r[0] for r in project.conn.execute("SELECT id FROM pledges WHERE anonymised = 1")]


def doors_of(project: Project, pledge_ids: list[str]) -> list[str]:
    """The doors of these pledges."""
    if not pledge_ids:
        return []
    marks = ",".join("?" * len(pledge_ids))
    return [
        r[0]
        for r in project.conn.execute(
            f"SELECT DISTINCT door_id FROM pledges WHERE id IN ({marks}) AND door_id IS NOT NULL",
            list(pledge_ids),
        )
    ]


# -- backups -------------------------------------------------------------------------
def _holds(conn, pledge_ids: list[str]) -> bool:
    marks = ",".join("?" * len(pledge_ids))
    try:
        return (
            conn.execute(
                f"SELECT 1 FROM pledges WHERE id IN ({marks}) AND (last_name IS NOT NULL OR "
                "first_name IS NOT NULL OR phone IS NOT NULL OR email IS NOT NULL OR "
                "COALESCE(notes, '') != '') LIMIT 1",
                pledge_ids,
            ).fetchone()
            is not None
        )
    except sqlite3.Error:
        return False


def backups_holding(project: Project, pledge_ids: list[str]) -> list[Path]:
    """The project's backups in which some of ``pledge_ids`` still have personal data."""
    found = []
    for b in backup.list_backups(project.path):
        try:
            conn = sqlite3.connect(f"{b.path.resolve().as_uri()}?mode=ro", uri=True)
        except sqlite3.Error:
            continue
        try:
            if _holds(conn, pledge_ids):
                found.append(b.path)
        finally:
            conn.close()
    return found


def erase_in_backups(project: Project, pledge_ids: list[str], who: str | None = None) -> list[Path]:
    """Erase the household in every backup that still holds it; returns the backups changed."""
    done = []
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    for path in backups_holding(project, pledge_ids):
        try:
            conn = sqlite3.connect(str(path), isolation_level=None)
        except sqlite3.Error:
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")
            _erase_conn(conn, pledge_ids, now)
            conn.execute("COMMIT")
            _vacuum(conn)
            done.append(path)
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        finally:
            conn.close()
    if done:
        with project.transaction():
            project.audit(
                "gdpr-erase-backups",
                "pledge",
                pledge_ids[0],
                {"pledges": len(pledge_ids), "backups": len(done)},
                who=who,
            )
    return done


def erase_report(
    project: Project, household: str, erase_backups: bool = False, who: str | None = None
) -> dict:
    """Erase the household, then say which backups still hold it (and erase there if asked).

    Keys: ``household``, ``pledges`` (ids), ``erased`` (count), ``backups_erased`` and
    ``backups_holding`` (paths, as text)."""
    pledges = household_pledges(project, household)
    ids = [p["id"] for p in pledges]
    erased = erase_household(project, household, who=who) if any(not p["anonymised"] for p in pledges) else 0
    done = erase_in_backups(project, ids, who=who) if erase_backups else []
    return {
        "household": household,
        "pledges": ids,
        "erased": erased,
        "backups_erased": [str(p) for p in done],
        "backups_holding": [str(p) for p in backups_holding(project, ids)],
    }
