"""The import wizard: a list without a consent column gets a “legal basis” field, recorded per row."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QSettings

from coopnet.store.project import Project
from coopnet.ui.context import AppContext
from coopnet.ui.settings import Settings
from tests.conftest import SyncPool
from tests.io.test_consent_basis import BASIS, MAYORS_LIST


def test_wizard_asks_for_the_legal_basis_and_records_it(qtbot, sample_project_path, tmp_path):
    from coopnet.ui.members.data.import_wizard import ImportWizard

    conn = sqlite3.connect(sample_project_path)
    conn.execute("DELETE FROM pledges")
    conn.commit()
    conn.close()
    ctx = AppContext(
        settings=Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), pool=SyncPool()
    )
    project = Project.open(sample_project_path)
    ctx.set_project(project)
    try:
        src = tmp_path / "liste-mairie.csv"
        src.write_text(MAYORS_LIST, encoding="utf-8")
        wizard = ImportWizard(ctx, path=str(src))
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.next()
        wizard.next()
        mapping = wizard.mapping_page
        assert mapping.basis.isVisible() and "No consent column" in mapping.basis_label.text()
        qtbot.keyClicks(mapping.basis, BASIS)
        wizard.next()
        qtbot.waitUntil(wizard.run_page.isComplete, timeout=20000)
        assert "Imported: 120" in wizard.run_page.status.text()
        rows = project.conn.execute("SELECT DISTINCT consent_basis FROM pledges").fetchall()
        assert rows == [(BASIS,)]
    finally:
        project.close()
