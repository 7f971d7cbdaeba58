"""§2 of issue 12: project files from outside (a volunteer's, a stranger's) are checked first.

Each hostile file is refused in one line, quickly, and left byte-for-byte as it was.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time

import pytest

from coopnet.errors import ProjectFileError
from coopnet.store import safety
from coopnet.store.project import APPLICATION_ID, Project
from tests.helpers import run_cli

pytestmark = pytest.mark.security  # a defence of issue 12: `pytest -m security` runs them all

RECURSIVE = (
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x AS id, x AS insee FROM c"
)


def digest(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def tamper(path, *sql):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


@pytest.fixture
def volunteer(sample_project_path, tmp_path):
    vol = tmp_path / "benevole.coopnet"
    rc, out, err = run_cli("extract", str(sample_project_path), "--village", "78616", "-o", str(vol))
    assert rc == 0, err
    return vol


def _refused_quickly(*args, needle):
    started = time.monotonic()
    rc, out, err = run_cli(*args)
    took = time.monotonic() - started
    assert rc == 1, (rc, out, err)
    assert took < 20, took
    assert len(err.strip().splitlines()) == 1 and "unexpected" not in err and "Traceback" not in err, err
    assert needle in err, err
    return err


def test_recursive_view_in_place_of_a_table_is_refused_by_info_and_merge(sample_project_path, volunteer):
    tamper(volunteer, "DROP TABLE visits", f"CREATE VIEW visits AS {RECURSIVE}")
    before = digest(volunteer)
    _refused_quickly("info", str(volunteer), needle="view")
    _refused_quickly("merge", str(sample_project_path), str(volunteer), needle="view")
    assert digest(volunteer) == before


def test_extra_view_is_refused(volunteer):
    tamper(volunteer, f"CREATE VIEW everything AS {RECURSIVE}")
    before = digest(volunteer)
    err = _refused_quickly("info", str(volunteer), needle="“everything”")
    assert "untouched" in err
    assert digest(volunteer) == before


def test_forged_application_id_over_an_empty_schema(tmp_path):
    forged = tmp_path / "forged.coopnet"
    tamper(
        forged,
        f"PRAGMA application_id={APPLICATION_ID}",
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)",
        "INSERT INTO meta VALUES ('schema_version', '1')",
    )
    before = digest(forged)
    _refused_quickly("info", str(forged), needle="is missing")
    _refused_quickly("visit", str(forged), "door-1", "refused", needle="is missing")
    assert digest(forged) == before
    empty = tmp_path / "empty.coopnet"
    tamper(empty, f"PRAGMA application_id={APPLICATION_ID}", "CREATE TABLE t(x)")
    _refused_quickly("info", str(empty), needle="not a coopnet project")


def test_forged_application_id_refused_in_the_window(qtbot, tmp_path):
    from coopnet.ui.context import AppContext
    from coopnet.ui.main_window import MainWindow

    forged = tmp_path / "forged.coopnet"
    tamper(
        forged,
        f"PRAGMA application_id={APPLICATION_ID}",
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)",
        "INSERT INTO meta VALUES ('schema_version', '1')",
    )
    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    assert not window.open_project(forged)
    assert "is missing" in window.last_error and "\n" not in window.last_error
    assert window.context.project is None


def test_shadow_copy_trigger_is_refused(sample_project_path):
    """A trigger hidden in a project file must not keep a shadow copy of erased data."""
    tamper(
        sample_project_path,
        "CREATE TABLE IF NOT EXISTS shadow(id, last_name, phone, email)",
        "CREATE TRIGGER keep_copy BEFORE UPDATE ON pledges BEGIN "
        "INSERT INTO shadow VALUES (old.id, old.last_name, old.phone, old.email); END",
    )
    before = digest(sample_project_path)
    with pytest.raises(ProjectFileError, match="shadow|keep_copy"):
        Project.open(sample_project_path)
    assert digest(sample_project_path) == before  # refused, not repaired behind the user's back
    tamper(sample_project_path, "DROP TABLE shadow")
    with pytest.raises(ProjectFileError, match="trigger coopnet did not write .“keep_copy”"):
        Project.open(sample_project_path)
    assert "untouched" in str(pytest.raises(ProjectFileError, Project.open, sample_project_path).value)


@pytest.mark.parametrize(
    "sql, needle",
    [
        ("ALTER TABLE pledges ADD COLUMN spy TEXT", "unknown column “spy”"),
        ("ALTER TABLE pledges ADD COLUMN total AS (monthly_fee_eur * 12)", "generated"),
        ("CREATE INDEX sneaky ON pledges(lower(email))", "“sneaky”"),
        ("CREATE TABLE extra(x)", "“extra”"),
    ],
)
def test_foreign_schema_changes_are_refused(sample_project_path, sql, needle):
    tamper(sample_project_path, sql)
    before = digest(sample_project_path)
    with pytest.raises(ProjectFileError, match=needle):
        Project.open(sample_project_path, readonly=True)
    assert digest(sample_project_path) == before


def test_our_own_files_pass_the_check(sample_project_path, tmp_path):
    Project.open(sample_project_path).close()
    Project.create(tmp_path / "new.coopnet").close()
    Project.open(tmp_path / "new.coopnet", readonly=True).close()


def test_hardened_connection_settings_and_time_limit(sample_project_path):
    conn = safety.connect(sample_project_path, readonly=True, foreign=True, time_limit=1.0)
    try:
        assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        assert conn.execute("PRAGMA mmap_size").fetchone()[0] == 0
        assert conn.execute("PRAGMA cell_size_check").fetchone()[0] == 1
        started = time.monotonic()
        with pytest.raises(sqlite3.OperationalError, match="interrupted"):
            conn.execute(
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
            ).fetchone()
        assert time.monotonic() - started < 5
        assert conn.execute("SELECT COUNT(*) FROM doors").fetchone()[0] > 0  # the next one runs
    finally:
        conn.close()
