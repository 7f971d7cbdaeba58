"""Migration 4 (commune reference, issue 11): each village keeps its department and all its
postcodes from the national reference; each pledge may record the legal basis the coordinator
stated when importing a list without a consent column (``--consent-basis``)."""

from __future__ import annotations

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    villages = db.table("villages")
    if "department" not in villages.columns_dict:
        villages.add_column("department", str)
    if "postcodes" not in villages.columns_dict:
        villages.add_column("postcodes", str)  # space-separated, e.g. "78100 78112"
    if "pledges" in db.table_names() and "consent_basis" not in db["pledges"].columns_dict:
        db.table("pledges").add_column("consent_basis", str)
