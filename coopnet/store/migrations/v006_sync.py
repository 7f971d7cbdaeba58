"""Migration 6 (issue 16): what a project needs to sync with the federation's server.

- ``sync_pending(entity, id)``: every door, visit and pledge written here since the last sync,
  recorded by triggers, so a sync pushes exactly those (no clock comparison between laptops).
  Rows a sync itself writes are not recorded (the triggers skip while ``meta.sync_applying`` is set,
  inside the sync's own transaction).
- ``sync_log``: one row per sync (server, cooperative, user, counts, server revision reached).
The server address (without password), the cooperative and the last revision pulled live in ``meta``
(``sync_server``, ``sync_coop``, ``sync_rev``).
"""

from __future__ import annotations

import sqlite_utils

TRACKED = ("doors", "pledges", "visits")


def migrate(db: sqlite_utils.Database) -> None:
    conn = db.conn
    conn.execute(
        "CREATE TABLE IF NOT EXISTS sync_pending (entity TEXT NOT NULL, id TEXT NOT NULL, "
        "PRIMARY KEY (entity, id)) WITHOUT ROWID"
    )
    conn.execute(
        "CREATE TABLE IF NOT EXISTS sync_log (id INTEGER PRIMARY KEY, at TEXT, server TEXT, "
        "coop TEXT, user TEXT, pushed INTEGER, pulled INTEGER, conflicts INTEGER, "
        "invalid INTEGER, not_yours INTEGER, rev INTEGER)"
    )
    tables = set(db.table_names())
    for table in TRACKED:
        if table not in tables:
            continue
        for event in ("INSERT", "UPDATE"):
            conn.execute(
                f"CREATE TRIGGER IF NOT EXISTS sync_pending_{table}_{event.lower()} AFTER {event} ON {table} "
                f"WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'sync_applying') "
                f"BEGIN INSERT INTO sync_pending (entity, id) SELECT '{table}', NEW.id WHERE NOT EXISTS "
                f"(SELECT 1 FROM sync_pending WHERE entity = '{table}' AND id = NEW.id); END"
            )
