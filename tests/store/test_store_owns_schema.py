"""Migration 14: what coopnet used to add on first use is added when an older file is opened."""

from __future__ import annotations

import sqlite3

from coopnet.store import scenarios
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
