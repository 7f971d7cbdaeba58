"""Autosave and recovery: a pledge typed in a process killed with SIGKILL comes back."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from PySide6.QtCore import QCoreApplication

from coopnet.store import pledges as pstore
from coopnet.store.project import Project
from coopnet.ui import recovery
from coopnet.ui.context import AppContext
from coopnet.ui.main_window import MainWindow

# The child: the real app window on the project; the real pledge form from the Members
# page, typed into key by key; says READY once the draft is on disk, then waits to be killed.
CHILD = textwrap.dedent("""
    import os, sys
    from PySide6.QtCore import QCoreApplication, Qt, QTimer
    QCoreApplication.setAttribute(Qt.AA_ShareOpenGLContexts)
    import PySide6.QtWebEngineWidgets
    from PySide6.QtWidgets import QApplication
    from PySide6.QtTest import QTest
    app = QApplication([sys.argv[0]])
    app.setOrganizationName(sys.argv[2]); app.setApplicationName(sys.argv[3])
    from coopnet.ui.context import AppContext
    from coopnet.ui.main_window import MainWindow
    from coopnet.ui import recovery
    w = MainWindow(AppContext()); w.show()
    assert w.open_project(sys.argv[1])
    w.context.settings.volunteer_name = "Anne"
    page = next(p for p in w.pages if p.page_id == "members")
    w.nav.setCurrentRow(w.pages.index(page))
    page.select_village("78616")
    door = page.doors.model.rows[0] if hasattr(page.doors.model, "rows") else None

    def typed(widget, text):   # key by key; accented letters as the key events a French keyboard sends
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent
        for ch in text:
            if ch.isascii():
                QTest.keyClicks(widget, ch)
            else:
                for kind in (QEvent.KeyPress, QEvent.KeyRelease):
                    QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.NoModifier, ch))

    def type_in():
        d = page._dialog
        recovery.attach_autosave(d, w.context.project)   # no-op once the page hooks it itself
        typed(d.fields["last_name"], "Martin")
        typed(d.fields["first_name"], "Léa")
        typed(d.fields["phone"], "0612345678")
        QTest.keyClick(d.fields["consent_register"], Qt.Key_Space)
        typed(d.fields["notes"], "rappeler après 18 h")
        path = recovery.draft_path(w.context.project)
        def ready():
            if path.exists() and "18 h" in path.read_text(encoding="utf-8"):
                print("READY", flush=True)
            else:
                QTimer.singleShot(50, ready)
        ready()
    QTimer.singleShot(200, type_in)
    page.open_pledge_form(door=page.doors.current_door() or door, who="Anne")
""")


def first_door(project):
    return project.conn.execute(
        "SELECT * FROM doors WHERE insee='78616' ORDER BY nom_voie, CAST(numero AS INTEGER) LIMIT 1"
    ).fetchone()


def test_recovery_after_a_killed_process(qtbot, sample_project_path, monkeypatch):
    env = dict(os.environ)
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            CHILD,
            str(sample_project_path),
            QCoreApplication.organizationName(),
            QCoreApplication.applicationName(),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 120
        line = ""
        while time.monotonic() < deadline and child.poll() is None:
            ready, _, _ = select.select([child.stdout], [], [], 1.0)
            if ready:
                line = child.stdout.readline()
                if "READY" in line:
                    break
        assert "READY" in line, child.stderr.read() if child.poll() is not None else "no READY"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(30)
    assert child.returncode == -signal.SIGKILL

    # A new window on the same project: it says what it recovered and restores it.
    with Project.open(sample_project_path, readonly=True) as p:
        draft = recovery.read_draft(p)
        pledges_before = p.conn.execute("SELECT COUNT(*) FROM pledges").fetchone()[0]
    assert draft is not None and draft.values["last_name"] == "Martin"
    asked = []
    monkeypatch.setattr(MainWindow, "ask_recovery", lambda self, d: asked.append(d) or "restore")
    window = new_window(qtbot)
    window.show()
    assert window.open_project(sample_project_path)  # the killed process's lock is stale
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    text = asked[0].description()
    assert "an unsaved pledge for" in text and ", Thoiry" in text and "Léa Martin" in text
    page = next(p for p in window.pages if p.page_id == "members")
    qtbot.waitUntil(lambda: page._dialog is not None and page._dialog.isVisible(), timeout=5000)
    dialog = page._dialog
    assert window.stack.currentWidget() is page
    assert dialog.fields["last_name"].text() == "Martin"
    assert dialog.fields["first_name"].text() == "Léa"
    assert dialog.fields["notes"].text() == "rappeler après 18 h"
    assert dialog.fields["consent_register"].isChecked()
    assert dialog.door is not None and dialog.door["insee"] == "78616"

    # Saving it puts the pledge in the project, removes the draft, and can be undone.
    dialog.save()
    assert dialog.saved_id
    project = window.context.project
    assert pstore.get_pledge(project, dialog.saved_id).last_name == "Martin"
    assert project.conn.execute("SELECT COUNT(*) FROM pledges").fetchone()[0] == pledges_before + 1
    assert not recovery.draft_path(project).exists()
    assert window.context.undo_stack.canUndo()
    window.context.undo_stack.undo()
    assert pstore.get_pledge(project, dialog.saved_id) is None
    window.close_project()


@pytest.fixture(autouse=True)
def _no_map_polling(monkeypatch):
    """The map is not under test here; its readiness polling outlives a closed window."""
    from coopnet.ui.map.view import MapView

    monkeypatch.setattr(MapView, "_poll_ready", lambda self, tries, generation: None)


def new_window(qtbot) -> MainWindow:
    w = MainWindow(AppContext())
    qtbot.addWidget(w)
    return w


@pytest.fixture
def window(qtbot, monkeypatch):
    monkeypatch.setattr(MainWindow, "ask_recovery", lambda self, d: "later")
    w = new_window(qtbot)
    yield w
    w.close_project()


def open_form(window, qtbot):
    from coopnet.ui.members.pledge_form import PledgeDialog
    from coopnet.store.doors import get_door

    project = window.context.project
    door = get_door(project, first_door(project)[0])
    dialog = PledgeDialog(project, "78616", door=door, volunteer="Anne")
    qtbot.addWidget(dialog)
    recovery.attach_autosave(dialog, project)
    return dialog


def test_draft_written_at_each_change_and_cleared_on_cancel(window, qtbot, sample_project_path):
    window.open_project(sample_project_path)
    project = window.context.project
    dialog = open_form(window, qtbot)
    path = recovery.draft_path(project)
    assert not path.exists()  # nothing typed: nothing saved
    dialog.fields["last_name"].setText("Dupont")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["values"]["last_name"] == "Dupont" and data["kind"] == "pledge"
    assert data["project_path"] == str(project.path) and data["door_id"]
    assert str(path.parent).endswith("drafts") and project.meta("project_id") in path.name
    dialog.fields["last_name"].setText("")  # typed back to empty: nothing to lose
    assert not path.exists()
    dialog.fields["email"].setText("a@b.fr")
    assert path.exists()
    dialog.reject()
    assert not path.exists()


def test_discard_and_later(window, qtbot, sample_project_path, monkeypatch):
    window.open_project(sample_project_path)
    project = window.context.project
    dialog = open_form(window, qtbot)
    dialog.fields["last_name"].setText("Durand")
    dialog.autosave.timer.stop()
    dialog.fields["last_name"].textChanged.disconnect()  # simulate a crash: the form never closes
    dialog.finished.disconnect()
    dialog.close()
    path = recovery.draft_path(project)
    assert path.exists()
    monkeypatch.setattr(MainWindow, "ask_recovery", lambda self, d: "later")
    assert window.offer_recovery() == "later" and path.exists()
    monkeypatch.setattr(MainWindow, "ask_recovery", lambda self, d: "discard")
    assert window.offer_recovery() == "discard" and not path.exists()
    assert window.offer_recovery() is None


def test_no_offer_for_a_read_only_or_another_project(window, sample_project_path, tmp_path, qtbot):
    window.open_project(sample_project_path)
    project = window.context.project
    draft = recovery.Draft(
        kind="pledge",
        project_id=project.meta("project_id"),
        project_path=str(tmp_path / "elsewhere.coopnet"),
        insee="78616",
        values={"last_name": "X"},
        place="Thoiry",
    )
    (tmp_path / "elsewhere.coopnet").write_bytes(b"")  # another copy, still there
    recovery.write_draft(project, draft)
    assert recovery.recoverable_draft(project) is None
    draft.project_path = str(project.path)
    recovery.write_draft(project, draft)
    assert recovery.recoverable_draft(project).values == {"last_name": "X"}
    window.close_project()
    with Project.open(sample_project_path, readonly=True) as ro:
        assert recovery.recoverable_draft(ro) is None
