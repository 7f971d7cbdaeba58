"""Tables of this domain, created in schema version 1 (see schema.py)."""

import sqlite_utils


def create_tables(db: sqlite_utils.Database) -> None:
    """Create this domain's tables (filled in by its issue)."""
