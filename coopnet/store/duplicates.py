"""Flag possible duplicate pledges in the project (rules in core.dedupe).

A flag is stored as references (reason code + the other pledge's id), never as the other
person's name: names are read when the flag is shown, so erasing a household leaves no
trace of it in anyone else's pledge.
"""

from __future__ import annotations

from coopnet.core.dedupe import decode_flag, encode_flag, find_duplicate_refs, render_flag, without_refs_to
from coopnet.store.project import Project
from coopnet.translation import catalog


def flag_duplicates(project: Project, touched: set[str], lang: str | None = None) -> int:
    """Give the ``touched`` pledges that may be someone already there a reason; returns how many.

    Only their flags are written: a flag a coordinator cleared on an older pledge stays cleared.
    (``lang`` is kept for callers: the reason is rendered in the reader's language when shown.)
    """
    if not touched:
        return 0
    cur = project.conn.execute(
        "SELECT id, door_id, last_name, first_name, phone, email FROM pledges "
        "WHERE anonymised = 0 AND status != 'withdrawn'"
    )
    names = [c[0] for c in cur.description]
    found = find_duplicate_refs((dict(zip(names, r)) for r in cur), only_ids=touched)
    project.conn.executemany(
        "UPDATE pledges SET duplicate_flag = ? WHERE id = ?",
        [(encode_flag(refs), pid) for pid, refs in sorted(found.items())],
    )
    return len(found)


def flag_one(project: Project, pledge_id: str) -> str:
    """Flag (or clear) one pledge just entered or edited by hand, against the pledges that share
    its door, e-mail or phone (the import's rules, core.dedupe); returns the stored flag."""
    row = project.conn.execute(
        "SELECT door_id, email, phone FROM pledges WHERE id = ?", (pledge_id,)
    ).fetchone()
    if row is None:
        return ""
    door_id, email, phone = row
    cur = project.conn.execute(
        "SELECT id, door_id, last_name, first_name, phone, email FROM pledges "
        "WHERE anonymised = 0 AND status != 'withdrawn' AND (id = ? OR (door_id IS NOT NULL AND door_id = ?) "
        "OR (? != '' AND lower(trim(email)) = lower(trim(?))) OR (? != '' AND trim(phone) = trim(?)))",
        (pledge_id, door_id, email or "", email or "", phone or "", phone or ""),
    )
    names = [c[0] for c in cur.description]
    found = find_duplicate_refs((dict(zip(names, r)) for r in cur), only_ids={pledge_id})
    flag = encode_flag(found[pledge_id]) if pledge_id in found else ""
    project.conn.execute("UPDATE pledges SET duplicate_flag = ? WHERE id = ?", (flag, pledge_id))
    return flag


def referenced_people(conn, flags) -> dict[str, dict]:
    """{id: pledge} of the pledges the given stored flags refer to (for rendering)."""
    ids = sorted({other for flag in flags for _, other in (decode_flag(flag) or [])})
    out: dict[str, dict] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        cur = conn.execute(
            "SELECT id, last_name, first_name, anonymised FROM pledges "
            f"WHERE id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        names = [c[0] for c in cur.description]
        out.update({r[0]: dict(zip(names, r)) for r in cur})
    return out


def shown_flag(
    project: Project, flag: str | None, lang: str | None = None, people: dict[str, dict] | None = None
) -> str:
    """The stored ``flag`` as a sentence in ``lang`` with today's names ("" if none left)."""
    if people is None:
        people = referenced_people(project.conn, [flag])
    return catalog(lang).say(render_flag(flag, people))


def forget_references(conn, erased_ids: list[str]) -> None:
    """Remove references to erased pledges from every other pledge's flag."""
    erased = set(erased_ids)
    rows = conn.execute("SELECT id, duplicate_flag FROM pledges WHERE duplicate_flag != ''").fetchall()
    updates = []
    for pid, flag in rows:
        refs = decode_flag(flag)
        if refs is None or any(other in erased for _, other in refs):
            updates.append((without_refs_to(flag, erased), pid))
    conn.executemany("UPDATE pledges SET duplicate_flag = ? WHERE id = ?", updates)
