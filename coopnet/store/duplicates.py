"""Flag possible duplicate pledges in the project (rules in core.dedupe)."""

from __future__ import annotations

from coopnet.core.dedupe import find_duplicates
from coopnet.store.project import Project
from coopnet.translation import catalog


def flag_duplicates(project: Project, touched: set[str], lang: str | None = None) -> int:
    """Give the ``touched`` pledges that may be someone already there a reason; returns how many.

    The reason is stored as text in ``lang`` (default: the system's), the language of the
    coordinator who will read it.
    Only their flags are written: a flag a coordinator cleared on an older pledge stays cleared.
    """
    if not touched:
        return 0
    cur = project.conn.execute(
        "SELECT id, door_id, last_name, first_name, phone, email FROM pledges "
        "WHERE anonymised = 0 AND status != 'withdrawn'")
    names = [c[0] for c in cur.description]
    found = find_duplicates((dict(zip(names, r)) for r in cur), only_ids=touched)
    say = catalog(lang).say
    project.conn.executemany("UPDATE pledges SET duplicate_flag = ? WHERE id = ?",
                             [(say(reason), pid) for pid, reason in sorted(found.items())])
    return len(found)
