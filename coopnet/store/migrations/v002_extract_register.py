"""Migration 2: the register of volunteer files (issue 12, "merge trusts the volunteer file").

``extracts``: one row per volunteer file made from this project — which villages it holds and
when it was made. ``extract_rows``: for each door, pledge and visit sent, a salted hash of the
row as sent (never the personal data itself). Merge takes only records of those villages and
detects changes against these hashes, not against the volunteer's clock.
"""

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.table("extracts").create(
        {"id": str, "villages": str, "made_at": str, "made_by": str, "file_name": str, "salt": str},
        pk="id",
        not_null={"villages", "made_at", "salt"},
        if_not_exists=True,
    )
    db.table("extract_rows").create(
        {"extract_id": str, "entity": str, "entity_id": str, "row_hash": str},
        pk=("extract_id", "entity", "entity_id"),
        foreign_keys=[("extract_id", "extracts", "id")],
        if_not_exists=True,
    )
