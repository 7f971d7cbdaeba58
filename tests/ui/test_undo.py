"""Undo/redo: an undone edit leaves the project file exactly as it was (audit log aside)."""

from __future__ import annotations

import sqlite3

import pytest

from coopnet.core.members import validate_pledge
from coopnet.store import pledges as pstore
from coopnet.store import scenarios
from coopnet.store.project import Project
from coopnet.ui import undo
from coopnet.ui.context import AppContext
from tests.conftest import SyncPool


def file_contents(path) -> dict:
    """Every table but the audit log and the sync journal, read by a separate connection.

    The sync journal (rows to push at the next sync) keeps the rows an undo touched: an undo is
    itself a change the server must hear of, so it is not part of "the file as before"."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT IN "
                "('audit_log', 'sqlite_sequence', 'sync_pending') ORDER BY name"
            )
        ]
        return {t: sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"'))) for t in tables}
    finally:
        conn.close()


def audit_actions(project) -> list[str]:
    return [r[0] for r in project.conn.execute("SELECT action FROM audit_log ORDER BY id")]


@pytest.fixture
def ctx(qtbot, sample_project_path):
    context = AppContext()
    project = Project.open(sample_project_path)
    context.set_project(project)
    notified = []
    context.dataChanged.connect(notified.append)
    context.notified = notified
    yield context
    context.set_project(None)
    project.close()


def some_door(project, status="not_visited") -> str:
    return project.conn.execute(
        "SELECT id FROM doors WHERE status = ? ORDER BY id LIMIT 1", (status,)
    ).fetchone()[0]


def a_pledge_id(project) -> str:
    return project.conn.execute(
        "SELECT id FROM pledges WHERE door_id IS NOT NULL ORDER BY id LIMIT 1"
    ).fetchone()[0]


def test_undo_redo_of_a_door_status_change(ctx, sample_project_path):
    project = ctx.project
    door = some_door(project)
    before = file_contents(sample_project_path)
    undo.set_door_status(ctx, door, "absent", who="Anne")
    after = file_contents(sample_project_path)
    assert after != before and len(after["visits"]) == len(before["visits"]) + 1
    assert ctx.undo_stack.canUndo() and ctx.undo_stack.count() == 1

    ctx.undo_stack.undo()
    assert file_contents(sample_project_path) == before
    assert project.conn.execute("SELECT status FROM doors WHERE id=?", (door,)).fetchone()[0] == "not_visited"
    assert "doors" in ctx.notified
    ctx.undo_stack.redo()
    assert file_contents(sample_project_path) == after
    assert audit_actions(project)[-4:] == ["undo", "undo", "redo", "redo"]  # door + visit


def test_undo_redo_of_a_pledge_edit_restores_the_file_exactly(ctx, sample_project_path):
    project = ctx.project
    pid = a_pledge_id(project)
    pledge = pstore.get_pledge(project, pid)
    notes_before = pledge.notes
    before = file_contents(sample_project_path)
    with undo.recording(ctx, "Edit pledge", undo.pledge_scopes(pid, pledge.door_id)):
        pledge.notes = "rappeler samedi"
        pledge.monthly_fee_eur = 42.5
        pledge.status = "member"  # also moves the door to member, with a visit row
        pstore.save_pledge(project, pledge, who="Anne")
    after = file_contents(sample_project_path)
    assert after != before
    assert ctx.undo_stack.undoText() == "Edit pledge"

    ctx.undo_stack.undo()
    assert file_contents(sample_project_path) == before
    restored = pstore.get_pledge(project, pid)
    assert restored.notes == notes_before and restored.status == "pledged"
    ctx.undo_stack.redo()
    assert file_contents(sample_project_path) == after
    assert pstore.get_pledge(project, pid).notes == "rappeler samedi"
    assert {"pledges", "doors"} <= set(ctx.notified)


def test_new_pledge_and_delete_are_undone(ctx, sample_project_path):
    project = ctx.project
    door = some_door(project)
    insee = project.conn.execute("SELECT insee FROM doors WHERE id=?", (door,)).fetchone()[0]
    before = file_contents(sample_project_path)
    pledge, problems = validate_pledge(
        {
            "last_name": "Martin",
            "first_name": "Léa",
            "phone": "06 12 34 56 78",
            "consent_register": True,
            "insee": insee,
            "door_id": door,
            "pledged_on": "02/01/2026",
        },
        tiers=pstore.tiers(project),
    )
    assert not problems, problems
    with undo.recording(ctx, "Pledge", undo.pledge_scopes(door_id=door)) as rec:
        saved = pstore.save_pledge(project, pledge, who="Anne")
        rec.add_scope("pledges", "id", saved)
    with_pledge = file_contents(sample_project_path)
    undo.delete_pledge(ctx, saved, who="Anne")
    assert pstore.get_pledge(project, saved) is None
    assert ctx.undo_stack.count() == 2

    ctx.undo_stack.undo()  # the deletion
    assert file_contents(sample_project_path) == with_pledge
    ctx.undo_stack.undo()  # the new pledge (and its door status)
    assert file_contents(sample_project_path) == before
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    assert pstore.get_pledge(project, saved) is None
    ctx.undo_stack.undo()
    assert pstore.get_pledge(project, saved).last_name == "Martin"


def test_undo_of_a_model_parameter_edit(ctx, sample_project_path):
    project = ctx.project
    scenarios.ensure_base(project)
    base = scenarios.values(project, "base")
    before = file_contents(sample_project_path)
    undo.save_scenario(ctx, "base", {**scenarios.get(project, "base")["params"], "take_rate": 0.55})
    assert scenarios.values(project, "base")["take_rate"] == 0.55
    assert "take_rate" in ctx.undo_stack.undoText()
    ctx.undo_stack.undo()
    assert scenarios.values(project, "base") == base
    assert file_contents(sample_project_path) == before
    assert "scenarios" in ctx.notified
    ctx.undo_stack.redo()
    assert scenarios.values(project, "base")["take_rate"] == 0.55


def test_village_threshold_edit_is_undoable(ctx, sample_project_path):
    project = ctx.project
    before = file_contents(sample_project_path)
    undo.update_village(ctx, "78616", threshold_count=321)
    assert (
        project.conn.execute("SELECT threshold_count FROM villages WHERE insee='78616'").fetchone()[0] == 321
    )
    ctx.undo_stack.undo()
    assert file_contents(sample_project_path) == before


def test_explicit_row_commands(ctx, sample_project_path):
    project = ctx.project
    pid = a_pledge_id(project)
    row = dict(
        zip(
            [c[0] for c in project.conn.execute("SELECT * FROM pledges").description],
            project.conn.execute("SELECT * FROM pledges WHERE id=?", (pid,)).fetchone(),
        )
    )
    before = file_contents(sample_project_path)
    project.conn.execute("UPDATE pledges SET notes='x' WHERE id=?", (pid,))
    ctx.undo_stack.push(
        undo.UpdateRowCommand(ctx, "pledges", pid, {"notes": row["notes"]}, {"notes": "x"}, "pledges")
    )
    ctx.undo_stack.undo()
    assert file_contents(sample_project_path) == before
    ctx.undo_stack.redo()
    assert project.conn.execute("SELECT notes FROM pledges WHERE id=?", (pid,)).fetchone()[0] == "x"


def test_stack_is_cleared_when_the_project_changes(ctx):
    undo.set_door_status(ctx, some_door(ctx.project), "refused")
    assert ctx.undo_stack.canUndo()
    project = ctx.project
    ctx.set_project(None)
    assert not ctx.undo_stack.canUndo()
    ctx.set_project(project)


def test_nothing_is_pushed_when_nothing_changed_or_on_error(ctx):
    with undo.recording(ctx, "cancelled form", undo.door_scopes(some_door(ctx.project))):
        pass
    with pytest.raises(RuntimeError):
        with undo.recording(ctx, "failed", undo.door_scopes(some_door(ctx.project))):
            raise RuntimeError("boom")
    assert ctx.undo_stack.count() == 0


# -- through the pages (their edits go through coopnet.ui.undo) ------------------------------
def page_context(tmp_path, project):
    from PySide6.QtCore import QSettings
    from coopnet.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    settings.volunteer_name = "Claire Martin"
    context = AppContext(settings=settings, pool=SyncPool())
    context.set_project(project)
    return context


def test_status_keystroke_on_the_members_page_is_undone(qtbot, tmp_path, sample_project, sample_project_path):
    from PySide6.QtCore import Qt
    from coopnet.ui.members.page import MembersPage

    context = page_context(tmp_path, sample_project)
    page = MembersPage(context)
    qtbot.addWidget(page)
    page.set_project(sample_project)
    page.show()
    page.select_village("78616")
    row = next(
        r
        for r in range(page.doors.proxy.rowCount())
        if page.doors.model.rows[page.doors.proxy.source_row(r)]["status"] == "not_visited"
    )
    page.doors.select_row(row)
    door_id = page.doors.current_door()["id"]
    before = file_contents(sample_project_path)
    page.doors.view.setFocus()
    qtbot.keyClick(page.doors.view, Qt.Key_R)  # refused
    assert file_contents(sample_project_path) != before
    assert context.undo_stack.undoText().startswith("Door ")
    assert context.undo_stack.undoText().endswith(": refused")
    context.undo_stack.undo()
    assert file_contents(sample_project_path) == before
    shown = next(d for d in page.doors.model.rows if d["id"] == door_id)
    assert shown["status"] == "not_visited"  # the page followed
    context.undo_stack.redo()
    assert next(d for d in page.doors.model.rows if d["id"] == door_id)["status"] == "refused"


def test_parameter_edit_on_the_models_page_is_undone(qtbot, tmp_path, sample_project, sample_project_path):
    from coopnet.ui.cost_model.page import ModelsPage

    context = page_context(tmp_path, sample_project)
    page = ModelsPage(context)
    qtbot.addWidget(page)
    page.set_project(sample_project)
    before = file_contents(sample_project_path)
    fee = scenarios.values(sample_project, "base")["monthly_fee_eur"]
    page.editor.set_text("monthly_fee_eur", "33,5")
    page.save_now()
    assert scenarios.values(sample_project, "base")["monthly_fee_eur"] == 33.5
    assert "monthly_fee_eur" in context.undo_stack.undoText()
    context.undo_stack.undo()
    assert scenarios.values(sample_project, "base")["monthly_fee_eur"] == fee
    assert page.values["monthly_fee_eur"] == fee  # the editor shows it again
    assert file_contents(sample_project_path) == before
    context.undo_stack.redo()
    assert page.values["monthly_fee_eur"] == 33.5


def test_pledge_edited_in_the_form_is_undone(qtbot, tmp_path, sample_project, sample_project_path):
    from PySide6.QtCore import QTimer
    from coopnet.ui.members.page import MembersPage

    context = page_context(tmp_path, sample_project)
    page = MembersPage(context)
    qtbot.addWidget(page)
    page.set_project(sample_project)
    pid = a_pledge_id(sample_project)
    before = file_contents(sample_project_path)

    def edit():
        dialog = page._dialog
        assert getattr(dialog, "autosave", None) is not None  # the draft autosave is hooked
        dialog.fields["notes"].setText("a déménagé, nouvelle adresse à venir")
        dialog.fields["monthly_fee_eur"].setText("27,50")
        dialog.save()

    QTimer.singleShot(0, edit)
    page.edit_pledge(pid)
    assert pstore.get_pledge(sample_project, pid).monthly_fee_eur == 27.5
    after = file_contents(sample_project_path)
    assert context.undo_stack.undoText() == "Edit pledge"
    context.undo_stack.undo()
    assert file_contents(sample_project_path) == before
    context.undo_stack.redo()
    assert file_contents(sample_project_path) == after
