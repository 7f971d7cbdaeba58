"""Migration 3 (issue 12 §4): duplicate reasons stored as references, not names.

Version 1 stored "same phone as Annabella ZEFFIRELLI (…)" in the other pledge, so the name
outlived an erasure. Each flag still set is recomputed as ``[["phone", "<id>"], …]``; a flag
whose match is gone (erased, withdrawn) is cleared. Cleared flags stay cleared.
"""

from __future__ import annotations

import sqlite_utils

from coopnet.core.dedupe import encode_flag, find_duplicate_refs


def migrate(db: sqlite_utils.Database) -> None:
    conn = db.conn
    if "pledges" not in db.table_names():
        return
    flagged = {
        r[0]
        for r in conn.execute(
            "SELECT id FROM pledges WHERE duplicate_flag IS NOT NULL AND duplicate_flag != '' "
            "AND substr(duplicate_flag, 1, 1) != '['"
        )
    }
    if not flagged:
        return
    cur = conn.execute(
        "SELECT id, door_id, last_name, first_name, phone, email FROM pledges "
        "WHERE anonymised = 0 AND status != 'withdrawn'"
    )
    names = [c[0] for c in cur.description]
    found = find_duplicate_refs((dict(zip(names, r)) for r in cur), only_ids=flagged)
    conn.executemany(
        "UPDATE pledges SET duplicate_flag = ? WHERE id = ?",
        [(encode_flag(found.get(pid, [])), pid) for pid in sorted(flagged)],
    )
