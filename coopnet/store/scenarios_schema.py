"""The ``scenarios`` table (schema version 1): named parameter sets of the models.

``params`` holds only the values a user set (JSON object); defaults come from
``coopnet.core.params`` so a newer coopnet can add parameters to old files.
"""

import sqlite_utils


def create_tables(db: sqlite_utils.Database) -> None:
    db.table("scenarios").create(
        {"name": str, "params": str, "created_at": str, "updated_at": str, "notes": str},
        pk="name",
        not_null={"params"},
        defaults={"params": "{}", "notes": ""},
        if_not_exists=True,
    )
