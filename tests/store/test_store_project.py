"""The project file: create, reopen, migrate, and refuse files that aren't ours untouched."""

import hashlib
import sqlite3

import pytest

from coopnet.core.village import Village
from coopnet.errors import ProjectFileError
from coopnet.store import backup, schema
from coopnet.store import villages as vstore
from coopnet.store.project import APPLICATION_ID, SCHEMA_VERSION, Project


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_and_reopen(tmp_path):
    path = tmp_path / "coop.coopnet"
    with Project.create(path, name="Coop des Yvelines") as p:
        vstore.upsert_villages(p, [Village("78616", "Thoiry", "78770", 48.8653, 1.7947, 1428, 2020)])
    with Project.open(path) as p:
        assert p.name == "Coop des Yvelines"
        assert p.schema_version == SCHEMA_VERSION
        assert [v.name for v in vstore.list_villages(p)] == ["Thoiry"]
        assert p.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert p.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    # Any SQLite tool can read it.
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT name FROM villages").fetchall() == [("Thoiry",)]
    conn.close()


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "x.coopnet"
    Project.create(path).close()
    with pytest.raises(ProjectFileError, match="already exists"):
        Project.create(path)


def test_transaction_is_all_or_nothing(tmp_path):
    with Project.create(tmp_path / "t.coopnet") as p:
        with pytest.raises(ValueError):
            vstore.upsert_villages(p, [Village("78616", "Thoiry"), Village("nope", "Bad")])
        assert vstore.list_villages(p) == []


def test_foreign_keys_are_enforced(tmp_path):
    with Project.create(tmp_path / "t.coopnet") as p:
        with pytest.raises(sqlite3.IntegrityError):
            p.conn.execute("INSERT INTO doors(id, insee) VALUES ('d1', '99999')")


@pytest.mark.parametrize(
    "content,message",
    [
        (b"", "not a coopnet project"),
        (b"hello, I am a text file\n" * 10, "not a coopnet project"),
        (b"SQLite format 3\x00" + b"\x00" * 20, "truncated"),
    ],
)
def test_not_a_project_is_refused_untouched(tmp_path, content, message):
    path = tmp_path / "bad.coopnet"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(ProjectFileError, match=message):
        Project.open(path)
    assert digest(path) == before
    assert not (tmp_path / "bad.coopnet-wal").exists()


def test_other_programs_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.coopnet"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(ProjectFileError, match="another program"):
        Project.open(path)
    assert digest(path) == before


def test_corrupt_project_is_refused_untouched(tmp_path):
    path = tmp_path / "c.coopnet"
    with Project.create(path) as p:
        vstore.upsert_villages(p, [Village(f"78{i:03d}", f"V{i}") for i in range(400)])
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\xff" * 8192  # scribble over pages past the header
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(ProjectFileError, match="damaged"):
        Project.open(path)
    assert digest(path) == before


def test_newer_project_is_refused_untouched(tmp_path):
    path = tmp_path / "n.coopnet"
    with Project.create(path) as p:
        p.set_meta("schema_version", str(SCHEMA_VERSION + 5))
    before = digest(path)
    with pytest.raises(ProjectFileError, match="newer coopnet"):
        Project.open(path)
    assert digest(path) == before


def test_forward_migration_runs_after_a_backup(tmp_path, monkeypatch):
    path = tmp_path / "old.coopnet"
    Project.create(path, name="Old").close()
    # Pretend this build knows a version 2 that adds a table.
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr("coopnet.store.project.SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(
        schema.MIGRATIONS,
        SCHEMA_VERSION + 1,
        lambda db: db["notes"].create({"id": int, "text": str}, pk="id"),
    )
    with Project.open(path) as p:
        assert p.schema_version == SCHEMA_VERSION + 1
        assert "notes" in p.db.table_names()
    copies = backup.list_backups(path)
    assert len(copies) == 1 and "before-migration" in copies[0].reason
    # The backup is the old file, still openable at the old version.
    conn = sqlite3.connect(copies[0].path)
    assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(
        SCHEMA_VERSION
    )
    conn.close()


def test_failed_migration_leaves_the_file_at_its_version(tmp_path, monkeypatch):
    path = tmp_path / "old.coopnet"
    Project.create(path).close()
    monkeypatch.setattr("coopnet.store.project.SCHEMA_VERSION", SCHEMA_VERSION + 1)

    def broken(db):
        db["half"].create({"id": int}, pk="id")
        raise RuntimeError("migration bug")

    monkeypatch.setitem(schema.MIGRATIONS, SCHEMA_VERSION + 1, broken)
    with pytest.raises(RuntimeError):
        Project.open(path)
    monkeypatch.undo()
    with Project.open(path) as p:
        assert p.schema_version == SCHEMA_VERSION
        assert "half" not in p.db.table_names()


def test_application_id_marks_our_files(tmp_path):
    path = tmp_path / "a.coopnet"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_backups_rotate(tmp_path):
    path = tmp_path / "r.coopnet"
    Project.create(path).close()
    for i in range(5):
        backup.make_backup(path, reason=f"op{i}", keep=3)
    kept = backup.list_backups(path)
    assert [b.reason for b in kept] == ["op4", "op3", "op2"]
