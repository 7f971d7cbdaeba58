"""GDPR erasure (issue 12 §4): once erased, a household cannot come back — not by Undo,
not through another pledge's duplicate reason, not from free pages, and the report says
which backups still hold it."""

from __future__ import annotations

import csv
import json
import sqlite3

import pytest
from PySide6.QtCore import QSettings

from coopnet.store import duplicates, gdpr
from coopnet.store import pledges as pstore
from coopnet.store.project import Project
from coopnet.ui import undo
from coopnet.ui.context import AppContext
from coopnet.ui.settings import Settings
from tests.ui.test_pledge_data_dialogs import SyncPool
from tests.helpers import run_cli

pytestmark = pytest.mark.security  # a defence of issue 12: `pytest -m security` runs them all

NAME, FIRST, PHONE, EMAIL = "ZEFFIRELLI", "Annabella", "+33612345678", "annabella.z@example.org"


def _plant(project, pid, last=NAME, first=FIRST, phone=PHONE, email=EMAIL):
    with project.transaction():
        project.conn.execute(
            "UPDATE pledges SET last_name=?, first_name=?, phone=?, email=?, anonymised=0 WHERE id=?",
            (last, first, phone, email, pid),
        )


def _two_pledges(project):
    return [
        r[0]
        for r in project.conn.execute(
            "SELECT id FROM pledges WHERE door_id IS NOT NULL AND status != 'withdrawn' ORDER BY id LIMIT 2"
        )
    ]


@pytest.fixture
def ctx(qtbot, sample_project_path, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    context = AppContext(settings=settings, pool=SyncPool())
    project = Project.open(sample_project_path)
    context.set_project(project)
    yield context
    context.set_project(None)
    project.close()


def test_undo_after_erase_does_not_bring_personal_data_back(qtbot, ctx, sample_project_path):
    from coopnet.ui.members.data.gdpr_dialog import GdprDialog

    project = ctx.project
    pid = _two_pledges(project)[0]
    _plant(project, pid)
    pledge = pstore.get_pledge(project, pid)
    with undo.recording(ctx, "Edit pledge", undo.pledge_scopes(pid, pledge.door_id)):
        pledge.notes = "rappeler samedi"
        pledge.last_name = NAME + "-EDIT"
        pstore.save_pledge(project, pledge, who="Anne")
    assert ctx.undo_stack.canUndo()
    dialog = GdprDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.search.setText(pid)
    dialog.table.selectRow(0)
    assert dialog.erase_selected(confirmed=True, erase_backups=False) == 1
    while ctx.undo_stack.canUndo():
        ctx.undo_stack.undo()
    row = project.conn.execute(
        "SELECT last_name, first_name, phone, email, notes, anonymised FROM pledges WHERE id = ?", (pid,)
    ).fetchone()
    assert row == (None, None, None, None, None, 1)
    while ctx.undo_stack.canRedo():
        ctx.undo_stack.redo()
    row = project.conn.execute(
        "SELECT last_name, phone, email, anonymised FROM pledges WHERE id = ?", (pid,)
    ).fetchone()
    assert row == (None, None, None, 1)
    project.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = sample_project_path.read_bytes()
    assert NAME.encode() not in data and EMAIL.encode() not in data


def test_other_household_sharing_the_phone_keeps_no_name(sample_project_path, tmp_path):
    with Project.open(sample_project_path) as project:
        a, b = _two_pledges(project)
        _plant(project, a)
        _plant(project, b, last="MARTIN", first="Paul", email="paul.m@example.org")
        with project.transaction():
            duplicates.flag_duplicates(project, {a, b}, lang="en")
    # Before erasing, the export says who the other one is.
    out = tmp_path / "before.csv"
    rc, _, err = run_cli("export", "pledges", str(sample_project_path), str(out), "--lang", "en")
    assert rc == 0, err
    rows = {
        r["ID"]: r for r in csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";")
    }
    assert rows[b]["Possible duplicate"] == f"same phone as {FIRST} {NAME} ({a[:8]})"
    rc, _, err = run_cli("gdpr", "erase", str(sample_project_path), "--household", a)
    assert rc == 0, err
    conn = sqlite3.connect(sample_project_path)
    flag = conn.execute("SELECT duplicate_flag FROM pledges WHERE id = ?", (b,)).fetchone()[0]
    conn.close()
    assert NAME.lower() not in (flag or "").lower() and FIRST not in (flag or "")
    out = tmp_path / "after.csv"
    rc, _, err = run_cli("export", "pledges", str(sample_project_path), str(out), "--lang", "en")
    assert rc == 0, err
    text = out.read_text(encoding="utf-8-sig")
    assert NAME not in text and FIRST not in text
    assert NAME.encode() not in sample_project_path.read_bytes()


def test_flags_are_stored_as_ids_and_shown_as_names(sample_project_path):
    with Project.open(sample_project_path) as project:
        a, b = _two_pledges(project)
        _plant(project, a)
        _plant(project, b, last="MARTIN", first="Paul", email="paul.m@example.org")
        with project.transaction():
            duplicates.flag_duplicates(project, {a, b})
        stored = project.conn.execute("SELECT duplicate_flag FROM pledges WHERE id = ?", (b,)).fetchone()[0]
        assert NAME not in stored and a in stored
        assert (
            duplicates.shown_flag(project, stored, lang="fr")
            == f"même téléphone que {FIRST} {NAME} ({a[:8]})"
        )


def test_old_name_versions_do_not_survive_in_free_pages(sample_project_path):
    with Project.open(sample_project_path) as project:
        pid = _two_pledges(project)[0]
        # As on builds of SQLite without SECURE_DELETE by default (python.org's Windows one):
        project.conn.execute("PRAGMA secure_delete = OFF")
        _plant(project, pid)
        with project.transaction():  # long notes go to overflow pages, freed when shortened
            project.conn.execute(
                "UPDATE pledges SET notes = ? WHERE id = ?", (f"appeler {FIRST} {NAME} " * 800, pid)
            )
        with project.transaction():
            project.conn.execute("UPDATE pledges SET notes = 'rappeler' WHERE id = ?", (pid,))
        gdpr.erase_household(project, pid)
    assert NAME.encode() not in sample_project_path.read_bytes()


def test_erase_report_lists_backups_holding_the_person_and_erases_there(sample_project_path):
    with Project.open(sample_project_path) as project:
        pid = _two_pledges(project)[0]
        _plant(project, pid)
        from coopnet.store import backup

        older = backup.backup_project(project, "manual")
    rc, out, err = run_cli("gdpr", "erase", str(sample_project_path), "--household", pid, "--json")
    assert rc == 0, err
    report = json.loads(out)
    assert report["erased"] == 1
    holding = {p for p in report["backups_holding"]}
    assert str(older) in holding
    assert len(holding) == 2  # the manual one and the one taken before erasing
    assert report["backups_erased"] == []
    assert NAME.encode() in older.read_bytes()
    rc, out, err = run_cli(
        "gdpr", "erase", str(sample_project_path), "--household", pid, "--backups", "--json"
    )
    assert rc == 0, err
    report = json.loads(out)
    assert set(report["backups_erased"]) >= holding
    assert report["backups_holding"] == []
    for path in holding:
        data = open(path, "rb").read()
        assert NAME.encode() not in data and EMAIL.encode() not in data
    rc, out, err = run_cli("gdpr", "erase", str(sample_project_path), "--household", pid)
    assert rc == 0 and "backup" in out


def test_migration_3_turns_old_name_flags_into_ids(sample_project_path):
    with Project.open(sample_project_path) as project:
        a, b = _two_pledges(project)
        _plant(project, a)
        _plant(project, b, last="MARTIN", first="Paul", email="paul.m@example.org")
        c = project.conn.execute(
            "SELECT id FROM pledges WHERE id NOT IN (?, ?) ORDER BY id LIMIT 1", (a, b)
        ).fetchone()[0]
        with project.transaction():  # as version 1 stored them: names in the text
            project.conn.execute(
                "UPDATE pledges SET duplicate_flag = ? WHERE id = ?",
                (f"same phone as {FIRST} {NAME} ({a[:8]})", b),
            )
            project.conn.execute(
                "UPDATE pledges SET duplicate_flag = ? WHERE id = ?",
                ("same email as Someone GONE (deadbeef)", c),
            )
            project.set_meta("schema_version", "1")
    with Project.open(sample_project_path) as project:
        flags = dict(
            project.conn.execute("SELECT id, duplicate_flag FROM pledges WHERE id IN (?, ?)", (b, c))
        )
    assert flags[b] == f'[["phone","{a}"]]'
    assert flags[c] == ""  # its match is gone: cleared
