"""The main window: opens the sample, uses the File menu, refuses bad files without harm."""

import hashlib

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from coopnet.ui.context import AppContext
from coopnet.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    w = MainWindow(AppContext())
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close_project()


def menu_actions(window, title):
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return {a.text().replace("&", ""): a for a in action.menu().actions() if a.text()}
    raise AssertionError(f"no {title} menu")


def test_file_menu_has_the_usual_entries_with_shortcuts(window):
    actions = menu_actions(window, "File")
    for name in ("New…", "Open…", "Open Recent", "Save a Copy…", "Close", "Quit"):
        assert name in actions, name
    assert actions["Open…"].shortcut().toString() == "Ctrl+O"
    assert actions["New…"].shortcut().toString() == "Ctrl+N"
    assert actions["Quit"].shortcut().toString() == "Ctrl+Q"


def test_open_sample_shows_villages_and_title(window, sample_project_path, qtbot):
    assert window.open_project(sample_project_path)
    assert "Thoiry" in window.windowTitle() and "sample.coopnet" in window.windowTitle()
    page = window.pages[0]
    assert page.model.rowCount() == 18
    names = {r["name"] for r in page.model.rows}
    assert {"Thoiry", "Goupillières", "Beynes"} <= names
    # the page list has Villages, Members, Map, Models
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Villages",
        "Members",
        "Map",
        "Models",
    ]


def test_open_through_the_menu_with_a_file_dialog(window, sample_project_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sample_project_path), ""))
    menu_actions(window, "File")["Open…"].trigger()
    assert window.context.project is not None
    assert window.context.project.path == sample_project_path
    assert str(sample_project_path) in window.context.settings.recent_files


def test_open_a_bad_file_shows_an_error_and_leaves_it_unchanged(window, tmp_path, sample_project_path):
    window.open_project(sample_project_path)
    bad = tmp_path / "broken.coopnet"
    bad.write_bytes(b"this is not a database at all" * 100)
    before = hashlib.sha256(bad.read_bytes()).hexdigest()
    assert not window.open_project(bad)
    assert "not a coopnet project" in window.last_error
    assert isinstance(window._error_box, QMessageBox) and window._error_box.isVisible()
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == before
    # the project that was open stays open
    assert window.context.project.path == sample_project_path
    window._error_box.close()


def test_new_save_copy_and_close(window, tmp_path, monkeypatch):
    target = tmp_path / "fresh"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    menu_actions(window, "File")["New…"].trigger()
    assert window.context.project.path.name == "fresh.coopnet"
    copy = tmp_path / "copy.coopnet"
    assert window.save_copy(copy)
    from coopnet.store.project import Project

    with Project.open(copy) as p:
        assert p.name == "fresh"
    menu_actions(window, "File")["Close"].trigger()
    assert window.context.project is None and window.windowTitle() == "coopnet"
    assert not menu_actions(window, "File")["Save a Copy…"].isEnabled()


def test_first_run_opens_a_copy_of_the_sample(window):
    assert window.open_sample_copy()
    project = window.context.project
    assert "coopnet-tests" in str(project.path) or ".local" in str(project.path)
    assert window.pages[0].model.rowCount() == 18


def test_unexpected_exception_shows_a_dialog_and_app_keeps_running(qtbot, monkeypatch):
    import sys
    from coopnet.ui import crash

    shown = {}

    def fake_exec(self):
        shown["text"] = self.text()
        shown["details"] = self.detailedText()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    crash.install_excepthook()
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    assert "ZeroDivisionError: boom" in shown["text"]
    assert "Traceback" in shown["details"]
    sys.excepthook = sys.__excepthook__


def test_second_window_gets_a_choice_not_a_second_writer(qtbot, sample_project_path, monkeypatch):
    first = MainWindow(AppContext())
    second = MainWindow(AppContext())
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    assert first.open_project(sample_project_path)
    asked = []
    monkeypatch.setattr(MainWindow, "ask_locked", lambda self, exc: asked.append(str(exc)) or "cancel")
    assert not second.open_project(sample_project_path)
    assert asked and "already open" in asked[0]
    assert second.context.project is None
    monkeypatch.setattr(MainWindow, "ask_locked", lambda self, exc: "readonly")
    assert second.open_project(sample_project_path)
    assert second.context.project.readonly and "(read-only)" in second.windowTitle()
    second.close_project()
    first.close_project()
    # once the first window let go, a normal open works again
    assert second.open_project(sample_project_path) and not second.context.project.readonly
    second.close_project()


def test_stale_lock_from_a_killed_process_is_taken_over(tmp_path):
    import json
    import socket
    from coopnet.store.lock import ProjectLock, lock_path

    path = tmp_path / "p.coopnet"
    path.write_bytes(b"")
    lock_path(path).write_text(
        json.dumps(
            {"pid": 999999, "host": socket.gethostname(), "user": "ghost", "since": "2026-01-01T00:00:00"}
        )
    )
    lock = ProjectLock(path)
    lock.acquire()
    assert lock.held
    lock.release()
    assert not lock_path(path).exists()


def test_restore_a_backup_from_the_file_menu(window, sample_project_path, monkeypatch):
    from coopnet.store import backup
    from coopnet.store import villages as vstore
    from coopnet.ui import restore_dialog

    window.open_project(sample_project_path)
    project = window.context.project
    backup.backup_project(project, "before-test-change")
    vstore.update_village(project, "78616", name="Thoiry-renamed")
    assert vstore.get_village(project, "78616").name == "Thoiry-renamed"

    monkeypatch.setattr(restore_dialog.RestoreBackupDialog, "exec", lambda self: True)
    menu_actions(window, "File")["Restore Backup…"].trigger()
    assert vstore.get_village(window.context.project, "78616").name == "Thoiry"
    reasons = [b.reason for b in backup.list_backups(sample_project_path)]
    assert "before-restore" in reasons and "before-test-change" in reasons
