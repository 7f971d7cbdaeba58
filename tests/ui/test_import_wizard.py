"""The import wizard on the sample pledge file, driven as a user would."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWizard

from coopnet.store.project import Project
from coopnet.ui.context import AppContext
from coopnet.ui.settings import Settings
from tests.conftest import SAMPLE_DIR
from tests.conftest import SyncPool


@pytest.fixture
def context(sample_project_path, tmp_path):
    conn = sqlite3.connect(sample_project_path)
    conn.execute("DELETE FROM pledges")
    conn.commit()
    conn.close()
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    settings.volunteer_name = "Amélie Garnier"
    ctx = AppContext(settings=settings, pool=SyncPool())
    project = Project.open(sample_project_path)
    ctx.set_project(project)
    yield ctx
    project.close()


def test_wizard_imports_the_sample_file(qtbot, context, tmp_path):
    from coopnet.ui.members.data.import_wizard import ImportWizard

    source = tmp_path / "promesses-excel-fr.csv"
    shutil.copy2(SAMPLE_DIR / "promesses-excel-fr.csv", source)
    changed = []
    context.dataChanged.connect(changed.append)
    wizard = ImportWizard(context, path=str(source))
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.file_page.isComplete()

    wizard.next()  # preview
    preview = wizard.preview
    assert "Windows-1252" in preview.detected.text() and ";" in preview.detected.text()
    assert preview.model.horizontalHeaderItem(1).text() == "Prénom"
    assert preview.model.rowCount() == 20
    # Forcing UTF-8 on a Windows-1252 file is caught in the preview, before anything is written.
    preview.encoding.setCurrentIndex(preview.encoding.findData("utf-8"))
    assert "not readable as utf-8" in preview.error.text() and not preview.isComplete()
    preview.encoding.setCurrentIndex(preview.encoding.findData("cp1252"))
    assert preview.isComplete() and preview.error.text() == ""

    wizard.next()  # mapping, prefilled from the headers
    mapping = wizard.mapping_page
    assert mapping.combos["last_name"].currentText() == "Nom"
    assert mapping.combos["email"].currentText() == "Courriel"
    assert mapping.combos["monthly_fee_eur"].currentText() == "Mensualité acceptée"
    assert mapping.combos["status"].currentData() == -1
    mapping.combos["last_name"].setCurrentIndex(0)  # un-map a required column
    assert not mapping.isComplete() and "Nom" in mapping.missing.text()
    mapping.combos["last_name"].setCurrentIndex(1)
    assert mapping.isComplete()

    wizard.next()  # run (synchronously here) + summary
    run = wizard.run_page
    qtbot.waitUntil(run.isComplete, timeout=20000)
    text = run.status.text()
    assert "Imported: 190" in text and "Rejected: 10" in text
    reject = tmp_path / "promesses-excel-fr-rejects.csv"
    assert str(reject) in text and reject.exists()
    assert changed == ["pledges"]
    assert context.project.conn.execute("SELECT COUNT(*) FROM pledges").fetchone()[0] == 190
    assert (
        context.project.conn.execute("SELECT COUNT(*) FROM pledges WHERE volunteer = ''").fetchone()[0] == 0
    )
    assert wizard.button(QWizard.FinishButton).isEnabled()


def test_wizard_reports_a_bad_file_and_imports_nothing(qtbot, context, tmp_path):
    from coopnet.ui.members.data.import_wizard import ImportWizard

    bad = tmp_path / "vide.csv"
    bad.write_bytes(b"")
    wizard = ImportWizard(context, path=str(bad))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert "empty" in wizard.preview.error.text()
    assert not wizard.preview.isComplete()


def test_file_menu_actions_exist(qtbot, context):
    from PySide6.QtWidgets import QMainWindow
    from coopnet.ui.members.data.actions import make_actions

    window = QMainWindow()
    qtbot.addWidget(window)
    names = [a.objectName() for a in make_actions(window, context)]
    assert names == [
        "act_import_pledges",
        "act_export_pledges",
        "act_extract",
        "act_merge",
        "act_personal_data",
        "act_pledge_form",
    ]


def test_french_interface_gives_a_french_reject_file_and_errors(qtbot, context, tmp_path, qapp):
    import csv
    from coopnet.ui.i18n import install_translators
    from coopnet.ui.members.data.import_wizard import ImportWizard

    install_translators(qapp, "fr")
    try:
        source = tmp_path / "promesses.csv"
        shutil.copy2(SAMPLE_DIR / "promesses-excel-fr.csv", source)
        wizard = ImportWizard(context, path=str(source))
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.next()
        preview = wizard.preview
        preview.encoding.setCurrentIndex(preview.encoding.findData("utf-8"))
        assert "illisible en utf-8" in preview.error.text()
        preview.encoding.setCurrentIndex(preview.encoding.findData("cp1252"))
        wizard.next()
        wizard.next()
        qtbot.waitUntil(wizard.run_page.isComplete, timeout=20000)
        with (tmp_path / "promesses-rejects.csv").open(encoding="utf-8-sig", newline="") as fh:
            reasons = [r["motif"] for r in csv.DictReader(fh, delimiter=";")]
    finally:
        install_translators(qapp, "en")
    assert len(reasons) == 10
    assert any("n’est pas un numéro de téléphone français" in r for r in reasons)
    assert any("ligne en double" in r for r in reasons)
    assert not any("is not" in r or "required" in r for r in reasons)
