"""Migration 15 (issue 13, "every schema change is a numbered migration"): the sync tables, for sure.

Migration 6 creates ``sync_pending`` (with its triggers) and ``sync_log``. A file whose schema
number went past 6 on a branch that did not have migration 6 yet never ran it; the sync used to
create the tables itself on first use (``sync_local.ensure_tables``). Now such a file gets them
here, when it is opened, like any schema change. Migration 6 is idempotent (``IF NOT EXISTS``), so
a file that has them already is left as it is.
"""

from __future__ import annotations

import sqlite_utils

from coopnet.store.migrations import v006_sync


def migrate(db: sqlite_utils.Database) -> None:
    v006_sync.migrate(db)
