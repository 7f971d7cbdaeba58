"""Migration 14 (issue 13, "store owns the schema"): what used to be added on first use.

- ``pledges.import_key`` and its index: the pledge importer added them itself (``ALTER TABLE``)
  to files made before the column existed;
- the ``scenarios`` table: ``store.scenarios`` created it when first saving a scenario.
Both are in a new file already (schema version 1); an older file gets them here, once.
"""

from __future__ import annotations

import sqlite_utils

from coopnet.store import scenarios_schema


def migrate(db: sqlite_utils.Database) -> None:
    tables = db.table_names()
    if "pledges" in tables:
        pledges = db.table("pledges")
        if "import_key" not in pledges.columns_dict:
            pledges.add_column("import_key", str)
        if not any(index.columns == ["import_key"] for index in pledges.indexes):
            pledges.create_index(["import_key"], if_not_exists=True)
    if "scenarios" not in tables:
        scenarios_schema.create_tables(db)
