"""Conflicts and personal-data dialogs, used as a coordinator would."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings, Qt

from coopnet.store.extract import extract
from coopnet.store.merge import merge_file
from coopnet.store.pledges import get_pledge, save_pledge
from coopnet.store.project import Project
from coopnet.ui.context import AppContext
from coopnet.ui.settings import Settings
from tests.conftest import SyncPool


@pytest.fixture
def context(sample_project, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    settings.volunteer_name = "Coordinatrice"
    ctx = AppContext(settings=settings, pool=SyncPool())
    ctx.set_project(sample_project)
    return ctx


def test_conflict_shown_side_by_side_and_resolved(qtbot, context, tmp_path):
    from coopnet.ui.members.data.conflicts_dialog import ConflictsDialog

    project = context.project
    vol = tmp_path / "vol.coopnet"
    extract(project, vol, ["78616"])
    pid = project.conn.execute("SELECT id FROM pledges WHERE insee = '78616' ORDER BY id").fetchone()[0]
    pledge = get_pledge(project, pid)
    pledge.notes = "ours"
    save_pledge(project, pledge)
    with Project.open(vol) as other:
        theirs = get_pledge(other, pid)
        theirs.notes = "theirs"
        save_pledge(other, theirs)
    assert merge_file(project, vol).conflicts == 1
    dialog = ConflictsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    cells = {
        dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
        for r in range(dialog.table.rowCount())
    }
    assert cells["Notes"] == ("ours", "theirs")
    assert dialog.table.item(0, 0).text() == "Notes"  # differing fields first
    changed = []
    context.dataChanged.connect(changed.append)
    qtbot.mouseClick(dialog.take, Qt.LeftButton)
    assert get_pledge(project, pid).notes == "theirs"
    assert dialog.list.count() == 0 and not dialog.take.isEnabled()
    assert changed == ["pledges"]


def test_personal_data_dialog_finds_exports_and_erases(qtbot, context, tmp_path):
    from coopnet.ui.members.data.gdpr_dialog import GdprDialog

    project = context.project
    pid, last = project.conn.execute(
        "SELECT id, last_name FROM pledges WHERE email != '' ORDER BY id"
    ).fetchone()
    dialog = GdprDialog(context)
    qtbot.addWidget(dialog)
    assert not dialog.export_button.isEnabled()
    dialog.search.setText(pid)
    assert dialog.table.rowCount() == 1
    dialog.table.selectRow(0)
    assert dialog.export_button.isEnabled() and dialog.erase_button.isEnabled()
    out = dialog.export_selected(str(tmp_path / "foyer.json"))
    assert json.loads(out.read_text(encoding="utf-8"))["pledges"][0]["last_name"] == last
    assert dialog.erase_selected(confirmed=True, erase_backups=True) == 1
    assert dialog.last_backups_holding == []  # erased in the backup made before, too
    assert get_pledge(project, pid).anonymised
    assert dialog.table.item(0, 0).text() == "(erased)"
    assert not dialog.erase_button.isEnabled()


def test_export_action_writes_the_workbook(qtbot, context, tmp_path):
    import openpyxl
    from PySide6.QtWidgets import QMainWindow
    from coopnet.ui.members.data.actions import PledgeDataActions

    window = QMainWindow()
    qtbot.addWidget(window)
    messages = []
    context.statusMessage.connect(messages.append)
    out = tmp_path / "promesses.xlsx"
    PledgeDataActions(window, context).export_pledges(str(out))
    qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    total = context.project.conn.execute("SELECT COUNT(*) FROM pledges").fetchone()[0]
    assert openpyxl.load_workbook(out, read_only=True).active.max_row == total + 1
    assert str(total) in messages[0]
