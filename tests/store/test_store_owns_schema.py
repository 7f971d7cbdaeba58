"""The store owns the schema: every table, column, index or trigger comes from a numbered migration.

Migrations 14 and 15: what coopnet used to add on first use is added when an older file is opened;
no schema text (``CREATE TABLE``, ``ALTER TABLE`` …) anywhere else in ``coopnet/``.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from coopnet.core.village import Village
from coopnet.store import doors, scenarios, sync_local, villages
from coopnet.store.project import Project


def _as_before_14(path, drop_scenarios=True):
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        if drop_scenarios:
            conn.execute("DROP TABLE scenarios")
        conn.execute("UPDATE meta SET value = '13' WHERE key = 'schema_version'")
    finally:
        conn.close()


def _tables(path):
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def test_a_file_without_the_scenarios_table_gets_it_when_opened(tmp_path):
    path = tmp_path / "old.coopnet"
    Project.create(path).close()
    _as_before_14(path)
    assert "scenarios" not in _tables(path)
    with Project.open(path, readonly=True) as project:  # read-only: looked at, not changed
        assert scenarios.names(project) == []
    assert "scenarios" not in _tables(path)
    with Project.open(path, backup_dir=tmp_path / "backups") as project:
        assert project.schema_version >= 14
        assert "scenarios" in project.db.table_names()
        scenarios.ensure_base(project)
        assert scenarios.names(project) == ["base"]
    assert list((tmp_path / "backups").glob("*before-migration-v13*"))


def test_a_file_with_the_table_keeps_its_scenarios(tmp_path):
    path = tmp_path / "p.coopnet"
    with Project.create(path) as project:
        scenarios.save(project, "cheap", {"monthly_fee_eur": 19.9})
    _as_before_14(path, drop_scenarios=False)
    with Project.open(path, backup_dir=tmp_path / "backups") as project:
        assert scenarios.get(project, "cheap")["params"] == {"monthly_fee_eur": 19.9}


def _as_before_15_without_sync_tables(path):
    """A file at schema 14 that never ran migration 6 (its number went past 6 on another branch)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for (trigger,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_pending_%'"
        ).fetchall():
            conn.execute(f"DROP TRIGGER {trigger}")
        conn.execute("DROP TABLE sync_pending")
        conn.execute("DROP TABLE sync_log")
        conn.execute("UPDATE meta SET value = '14' WHERE key = 'schema_version'")
    finally:
        conn.close()


def test_a_file_without_the_sync_tables_gets_them_when_opened_and_records_changes(tmp_path):
    path = tmp_path / "old.coopnet"
    with Project.create(path) as project:
        villages.upsert_villages(project, [Village(insee="01001", name="L'Abergement")])
    _as_before_15_without_sync_tables(path)
    assert not {"sync_pending", "sync_log"} & _tables(path)
    with Project.open(path, readonly=True):  # read-only: looked at, not changed
        pass
    assert not {"sync_pending", "sync_log"} & _tables(path)
    with Project.open(path, backup_dir=tmp_path / "backups") as project:
        assert project.schema_version >= 15
        door = doors.add_manual_door(project, "01001", "Route de Lyon", "3")
        # what the user sees: the new door is among the changes the next sync will push
        assert door in sync_local.pending(project, "doors")
        assert sync_local.state(project)["server"] in (None, "")
    assert {"sync_pending", "sync_log"} <= _tables(path)
    assert list((tmp_path / "backups").glob("*before-migration-v14*"))


def test_a_file_with_the_sync_tables_keeps_its_pending_changes(tmp_path):
    path = tmp_path / "p.coopnet"
    with Project.create(path) as project:
        villages.upsert_villages(project, [Village(insee="01001", name="L'Abergement")])
        door = doors.add_manual_door(project, "01001", "Route de Lyon", "3")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE meta SET value = '14' WHERE key = 'schema_version'")
    conn.close()
    with Project.open(path, backup_dir=tmp_path / "backups") as project:
        assert sync_local.pending(project, "doors") == {door}


PACKAGE = Path(__file__).resolve().parents[2] / "coopnet"
# Schema text: a lasting table, column, index, trigger or view (a TEMP table is not the schema).
SCHEMA_TEXT = re.compile(r"\b(CREATE\s+(UNIQUE\s+)?(TABLE|INDEX|TRIGGER|VIEW)|ALTER\s+TABLE)\b", re.I)
# sqlite-utils' schema calls (``db.table("x").create(...)``, ``add_column`` …).
SCHEMA_CALLS = re.compile(r"\.(add_column|create_index|add_foreign_key)\(|\.table\([^)]*\)\.create\(")


def _schema_owner(rel: Path) -> bool:
    """Where the schema may be written: the migrations, ``store/schema.py`` and the domain modules
    whose version-1 tables it assembles (``store/*_schema.py``), and the federation server's own
    PostgreSQL schema (``store/server/schema.py``)."""
    parts = rel.parts
    return parts[:2] == ("store", "migrations") or (
        parts[0] == "store"
        and (len(parts) == 2 and rel.name.endswith("schema.py") or parts[1:] == ("server", "schema.py"))
    )


def schema_outside_migrations(root: Path = PACKAGE) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        if "__pycache__" in rel.parts or _schema_owner(rel):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if SCHEMA_TEXT.search(line) or SCHEMA_CALLS.search(line):
                found.append(f"coopnet/{rel}:{number}: {line.strip()}")
    return found


def test_no_schema_change_outside_the_migrations():
    found = schema_outside_migrations()
    assert not found, (
        "schema changed outside coopnet/store/migrations/ — add a numbered migration "
        "(docs/dev/architecture.md):\n" + "\n".join(found)
    )


def test_the_schema_scan_catches_a_breach(tmp_path):
    for folder, code in (
        ("io", 'conn.execute("ALTER TABLE pledges ADD COLUMN x")\n'),
        ("store", 'db.table("extra").create({"id": int})\n'),
        ("store/migrations", 'db.table("extra").create({"id": int})\n'),
        ("store", 'conn.execute("CREATE TEMP TABLE _ids (id TEXT)")\n'),
    ):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / f"m{len(list(tmp_path.rglob('*.py')))}.py").write_text(code, encoding="utf-8")
    found = schema_outside_migrations(tmp_path)
    assert [f.split(":")[0] for f in found] == ["coopnet/io/m0.py", "coopnet/store/m1.py"]
