"""File ▸ Sync with Server in the app, against a real PostgreSQL: the first sync asks for the server
and the cooperative, later ones do not; Cancel changes nothing; conflicts are listed after."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QDialogButtonBox, QProgressDialog, QPushButton

from coopnet.store.server.sync import LOCK_SPACE, sync_project
from coopnet.store.project import Project
from coopnet.ui.context import AppContext
from coopnet.ui.main_window import MainWindow
from coopnet.ui.settings import Settings
from tests.conftest import SyncPool
from tests.store.server.syncfix import file_digest, make_fed

V1 = "78616"


@pytest.fixture
def fed(server, pg_cluster, sample_project_path):
    f = make_fed(pg_cluster, server, sample_project_path)
    f.board = f.user("carol", "board")
    return f


def _window(qtbot, tmp_path, path, pool):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    w = MainWindow(AppContext(settings=settings, pool=pool))
    qtbot.addWidget(w)
    assert w.open_project(path)
    return w


def _sync_action(window):
    return next(a for a in window.file_menu.actions() if a.objectName() == "act_sync")


def _set_notes(path, pledge_id, text):
    with Project.open(path) as p:
        p.conn.execute(
            "UPDATE pledges SET notes = ?, updated_at = '2026-12-06T10:00:00+01:00' WHERE id = ?",
            (text, pledge_id),
        )


def test_first_sync_asks_later_ones_do_not_and_conflicts_are_listed(qtbot, fed, tmp_path):
    w = _window(qtbot, tmp_path, fed.master, SyncPool())
    action = _sync_action(w)
    assert action.isEnabled() and action.text().replace("&", "") == "Sync with Server…"
    action.trigger()
    handler = w._sync_action
    dialog = handler.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.url.setText("not a server")
    dialog.coop.setText("Coop A")
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    assert dialog.isVisible() and "not a server address" in dialog.error.text()
    dialog.url.setText(fed.board)
    dialog.password.setText("Secret123")
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    assert handler.last_error is None, handler.last_error
    first = handler.last_result
    assert first["first"] and first["pushed"] > 10_000
    assert "Sent: " in handler.result_box.text() and handler.result_box.isVisible()
    project = w.context.project
    assert project.meta("sync_server") == fed.board and project.meta("sync_coop") == "Coop A"
    assert "Secret123" not in open(fed.master, "rb").read().decode("latin-1")
    handler.result_box.close()

    # a volunteer and the board change the same pledge: the next sync lists the conflict
    alice = fed.user("alice", villages=[V1])
    vol = fed.extract([V1], tmp_path / "alice.coopnet")
    pid = project.conn.execute(
        "SELECT id FROM pledges WHERE insee = ? ORDER BY id LIMIT 1", (V1,)
    ).fetchone()[0]
    _set_notes(vol, pid, "Alice's note")
    _set_notes(fed.master, pid, "board's note")
    with Project.open(vol) as p:
        sync_project(p, alice, "Coop A")
    handler.dialog = None
    action.trigger()
    assert handler.dialog is None  # nothing asked the second time
    assert handler.last_result["conflicts"] == 1 and not handler.last_result["first"]
    conflicts = handler.conflicts_dialog
    assert conflicts is not None and conflicts.isVisible() and conflicts.list.count() == 1
    cells = {
        conflicts.table.item(r, 0).text(): (
            conflicts.table.item(r, 1).text(),
            conflicts.table.item(r, 2).text(),
        )
        for r in range(conflicts.table.rowCount())
    }
    assert cells["Notes"] == ("board's note", "Alice's note")
    conflicts.close()


def test_cancel_while_waiting_for_the_server_changes_nothing(qtbot, fed, tmp_path):
    with Project.open(fed.master) as p:
        sync_project(p, fed.board, "Coop A")
    pid = None
    with Project.open(fed.master, readonly=True) as p:
        pid = p.conn.execute("SELECT id FROM pledges WHERE insee = ? ORDER BY id LIMIT 1", (V1,)).fetchone()[
            0
        ]
    _set_notes(fed.master, pid, "changed here, not sent")
    w = _window(qtbot, tmp_path, fed.master, QThreadPool.globalInstance())
    handler = w._sync_action
    before = fed.server_digest(), file_digest(fed.master)
    # another sync of the cooperative holds its turn: ours waits, and the user cancels
    with psycopg.connect(fed.admin) as other:
        coop_id = other.execute("SELECT id FROM coopnet.coops WHERE name = 'Coop A'").fetchone()[0]
        other.execute("SELECT pg_advisory_xact_lock(%s, %s)", (LOCK_SPACE, coop_id))
        _sync_action(w).trigger()
        assert handler.dialog is None
        qtbot.waitUntil(lambda: any(d.isVisible() for d in w.findChildren(QProgressDialog)), timeout=10_000)
        progress = next(d for d in w.findChildren(QProgressDialog) if d.isVisible())
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.LeftButton)
        other.rollback()  # the other sync ends; ours sees Cancel
    qtbot.waitUntil(lambda: handler.cancelled, timeout=30_000)
    assert "Cancelled: nothing was changed" in w.statusBar().currentMessage()
    assert handler.last_result is None and handler.last_error is None
    assert (fed.server_digest(), file_digest(fed.master)) == before
    # and the next sync sends it
    _sync_action(w).trigger()
    qtbot.waitUntil(lambda: handler.last_result is not None or handler.last_error is not None, timeout=60_000)
    assert handler.last_result["pushed"] == 1, handler.last_error
