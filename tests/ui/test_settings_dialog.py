"""Settings: saved into the project file (cooperative) or QSettings (you), read back by the
code that uses them; the language switch; every field has an accessible label."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from coopnet.resources import resource
from coopnet.store.project import Project
from coopnet.ui import i18n
from coopnet.ui.context import AppContext
from coopnet.ui.main_window import MainWindow
from coopnet.ui.settings_dialog import SettingsDialog


@pytest.fixture
def window(qtbot):
    """The main window without a project (its menus); no map is drawn."""
    w = MainWindow(AppContext())
    qtbot.addWidget(w)
    return w


@pytest.fixture
def context(qtbot, sample_project_path):
    ctx = AppContext()
    project = Project.open(sample_project_path)
    ctx.set_project(project)
    yield ctx
    ctx.set_project(None)
    project.close()


def make_dialog(qtbot, context):
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    return dialog


def test_edit_menu_has_undo_redo_and_settings(window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[:3] == ["File", "Edit", "Help"]
    assert window.act_undo.shortcut().toString() == "Ctrl+Z"
    assert [s.toString() for s in window.act_redo.shortcuts()] == ["Ctrl+Y", "Ctrl+Shift+Z"]
    assert window.act_settings.shortcut().toString() == "Ctrl+,"
    assert not window.act_undo.isEnabled()


def test_values_saved_to_the_project_and_settings_and_read_back(
    context, sample_project_path, tmp_path, qtbot
):
    notified = []
    context.dataChanged.connect(notified.append)
    dialog = make_dialog(qtbot, context)
    f = dialog.fields
    assert f["cooperative_name"].text() == context.project.name
    f["volunteer_name"].setText("Anne Leroy")
    f["cooperative_name"].setText("Fibre des Trois Vallées")
    f["controller_name"].setText("SCIC Fibre des Trois Vallées")
    f["controller_address"].setText("1 place de la Mairie, 78770 Thoiry")
    f["contact_name"].setText("Paul Girard")
    f["contact_email"].setText("contact@fibre3v.fr")
    f["contact_phone"].setText("0134875500")
    f["tiers"].setText("100 Mb/s; 1 Gb/s; 2 Gb/s")
    f["detour_factor"].setValue(1.45)
    tiles = tmp_path / "tiles"
    tiles.mkdir()
    f["basemap_url"].setText(str(tiles))
    f["backups_keep"].setValue(4)
    f["retention_months"].setValue(24)
    assert dialog.apply(), dialog.error.text()
    assert notified == ["all"]  # the pages redraw with the new settings
    project = context.project
    context.set_project(None)
    project.close()

    # read back by the code that uses them, from the file itself
    from coopnet.geo.links import detour_factor
    from coopnet.io.pledge_form_pdf import form_html, form_settings
    from coopnet.geo.model_inputs import gather
    from coopnet.store.pledges import tiers

    with Project.open(sample_project_path, readonly=True) as p:
        assert p.name == "Fibre des Trois Vallées"
        assert tiers(p) == ("100 Mb/s", "1 Gb/s", "2 Gb/s")
        assert detour_factor(p) == pytest.approx(1.45)
        assert p.meta("basemap_url") == str(tiles)
        assert p.meta("backups_keep") == "4"
        s = form_settings(p)
        assert s["controller_name"] == "SCIC Fibre des Trois Vallées"
        assert s["controller_address"] == "1 place de la Mairie, 78770 Thoiry"
        assert s["contact_email"] == "contact@fibre3v.fr"
        html = form_html(p)
        assert "SCIC Fibre des Trois Vallées" in html and "2 Gb/s" in html
        contact = gather(p).contact
        assert contact["contact_phone"] == "01 34 87 55 00"
        assert contact["contact_name"] == "Paul Girard"
        assert contact["contact_address"] == "1 place de la Mairie, 78770 Thoiry"
        audit = p.conn.execute(
            "SELECT detail FROM audit_log WHERE entity='project' AND entity_id='settings'"
        ).fetchall()
        assert audit and "pledge_tiers" in json.loads(audit[-1][0])["keys"]
    assert context.settings.volunteer_name == "Anne Leroy"

    # a new dialog shows what was saved
    context.set_project(Project.open(sample_project_path))
    again = make_dialog(qtbot, context)
    assert again.fields["contact_phone"].text() == "01 34 87 55 00"
    assert again.fields["detour_factor"].value() == pytest.approx(1.45)
    assert again.fields["volunteer_name"].text() == "Anne Leroy"


def test_wrong_values_are_refused_with_a_message_and_nothing_written(context, qtbot):
    project = context.project
    before = project.meta("contact_phone")
    dialog = make_dialog(qtbot, context)
    dialog.fields["contact_phone"].setText("12 34")
    assert not dialog.apply()
    assert "phone" in dialog.error.text().lower() and dialog.error.isVisibleTo(dialog)
    assert project.meta("contact_phone") == before
    dialog.fields["contact_phone"].setText("")
    dialog.fields["basemap_url"].setText("/no/such/folder")
    assert not dialog.apply() and "basemap" in dialog.error.text().lower()
    dialog.fields["basemap_url"].setText("https://tiles.example.org/{z}/{x}/{y}.png")
    dialog.fields["tiers"].setText(" ; ")
    assert not dialog.apply() and "speed" in dialog.error.text()


def test_without_a_project_only_personal_settings(qtbot):
    context = AppContext()
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    assert not dialog.tabs.isTabEnabled(1) and not dialog.tabs.isTabEnabled(2)
    dialog.fields["volunteer_name"].setText("Marc")
    assert dialog.apply()
    assert context.settings.volunteer_name == "Marc"


def test_every_field_has_a_label_screen_readers_can_read(context, qtbot):
    dialog = make_dialog(qtbot, context)
    buddies = {lab.buddy() for lab in dialog.findChildren(QLabel) if lab.buddy() is not None}
    for key, widget in dialog.fields.items():
        assert widget in buddies, key
        assert widget.accessibleName(), key
    # mnemonics are unique within each tab
    for i in range(dialog.tabs.count()):
        page = dialog.tabs.widget(i)
        keys = [lab.text().split("&")[1][0].lower() for lab in page.findChildren(QLabel) if "&" in lab.text()]
        assert len(keys) == len(set(keys)), keys


def test_language_switch(context, qtbot):
    app = QApplication.instance()
    settings = context.settings
    dialog = make_dialog(qtbot, context)
    dialog.fields["language"].setCurrentIndex(dialog.fields["language"].findData("fr"))
    try:
        assert dialog.apply()
        assert settings.language == "fr"
        assert i18n.chosen_language(settings.language) == "fr"
        if resource("translations", "coopnet_fr.qm").exists():
            assert QCoreApplication.translate("MainWindow", "&File") != "&File"
            # a window built now speaks French
            other = MainWindow(AppContext())
            qtbot.addWidget(other)
            assert other.menuBar().actions()[0].text().replace("&", "") != "File"
    finally:
        i18n.install_translators(app, "en")
        settings.language = ""
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert i18n.chosen_language("en") == "en"


def test_settings_from_the_edit_menu(window, monkeypatch):
    seen = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: seen.append(self) or 1)
    window.act_settings.trigger()
    assert seen and isinstance(seen[0].fields["volunteer_name"], QLineEdit)


def test_shortcuts_dialog_lists_window_actions_and_status_keys(window):
    from coopnet.ui.shortcuts import ShortcutsDialog, shortcut_rows

    rows = shortcut_rows(window)
    by_what = {what: keys for _, what, keys in rows}
    assert by_what["Open"] == "Ctrl+O" and by_what["Settings"] == "Ctrl+,"
    assert any(keys == "Ctrl+Y, Ctrl+Shift+Z" for keys in by_what.values())
    assert any(what.startswith("Undo") and keys == "Ctrl+Z" for what, keys in by_what.items())
    status = [r for r in rows if r[0] == "Members ▸ Doors"]
    assert {r[2] for r in status} >= {"A", "R", "I", "P", "M", "N"}
    assert any("Pledge for an address not in the BAN" in what for what in by_what)
    dialog = ShortcutsDialog(window)
    assert dialog.table.rowCount() == len(rows)
