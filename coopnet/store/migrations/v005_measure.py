"""Migration 5 (issue 15, measured traffic): interfaces, their samples, gaps, carrier invoices.

Samples are kept per interface and per UTC day in one row (``measure_days``): times (UTC
seconds, int64), interval lengths (s, int32) and rates in and out (bit/s, float64) as
little-endian arrays, so a year of 5-minute samples of ten interfaces is 3 650 rows that read
in milliseconds. ``coopnet.store.measure`` is the only reader and writer.
"""

import sqlite_utils


def migrate(db: sqlite_utils.Database) -> None:
    db.execute("""CREATE TABLE IF NOT EXISTS measure_interfaces (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, source TEXT, speed_bps REAL,
        last_ts INTEGER, last_in TEXT, last_out TEXT, created_at TEXT, updated_at TEXT)""")
    db.execute("""CREATE TABLE IF NOT EXISTS measure_days (
        interface_id INTEGER NOT NULL REFERENCES measure_interfaces(id) ON DELETE CASCADE,
        day TEXT NOT NULL, n INTEGER NOT NULL, ts BLOB NOT NULL, secs BLOB NOT NULL,
        in_bps BLOB NOT NULL, out_bps BLOB NOT NULL,
        PRIMARY KEY (interface_id, day)) WITHOUT ROWID""")
    db.execute("""CREATE TABLE IF NOT EXISTS measure_gaps (
        interface_id INTEGER NOT NULL REFERENCES measure_interfaces(id) ON DELETE CASCADE,
        start_ts INTEGER NOT NULL, end_ts INTEGER NOT NULL, reason TEXT,
        PRIMARY KEY (interface_id, start_ts))""")
    db.execute("""CREATE TABLE IF NOT EXISTS measure_invoices (
        month TEXT PRIMARY KEY, p95_mbps REAL, amount_eur REAL, note TEXT, entered_at TEXT)""")
    db.execute("""CREATE TABLE IF NOT EXISTS measure_imports (
        id INTEGER PRIMARY KEY, interface_id INTEGER REFERENCES measure_interfaces(id) ON DELETE CASCADE,
        file TEXT, format TEXT, at TEXT, summary TEXT)""")
