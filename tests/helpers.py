"""Helpers for tests (not fixtures)."""

from __future__ import annotations

import sys


def run_cli(*args: str) -> tuple[int, str, str]:
    """Run ``python -m coopnet`` in a subprocess, as a user would."""
    import subprocess

    proc = subprocess.run(
        [sys.executable, "-m", "coopnet", *args], capture_output=True, text=True, timeout=300
    )
    return proc.returncode, proc.stdout, proc.stderr


def make_old_project(path, version: int) -> None:
    """Turn a project file made by this coopnet into one as an older coopnet wrote it at schema
    ``version``: the columns later migrations added are dropped, the version is set back."""
    import sqlite3

    from coopnet.store.schema_check import expected

    want = expected(version)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for table, columns in want.tables.items():
            have = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            for column in have:
                if column not in columns:
                    conn.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
        for (trigger,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            if trigger not in want.triggers:
                conn.execute(f'DROP TRIGGER "{trigger}"')  # added by a later migration
        for (table,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall():
            if table not in want.tables:
                conn.execute(f'DROP TABLE "{table}"')  # added by a later migration
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),))
    finally:
        conn.close()
