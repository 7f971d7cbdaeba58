"""Dates shown in the interface come from the language's catalogue (dd/mm/yyyy, 24-hour clock)."""

from __future__ import annotations

import re

import pytest


@pytest.fixture(params=["fr", "en"])
def lang(request, qapp):
    from coopnet.ui.i18n import current_language, install_translators

    install_translators(qapp, request.param)
    assert current_language() == request.param
    yield request.param
    install_translators(qapp, "en")


def test_table_and_draft_dates(lang):
    from coopnet.ui.members.table_models import short_datetime
    from coopnet.ui.recovery import Draft

    assert short_datetime("2026-03-07T09:05:00") == "07/03/2026 09:05"
    assert short_datetime("not a date") == "not a date"  # shown as stored, never a crash
    draft = Draft(
        kind="pledge",
        project_id="p",
        project_path="x",
        insee="78616",
        values={},
        saved_at="2026-12-24T18:30:12",
    )
    assert draft.saved_text() == "24/12/2026 18:30"


def test_backups_are_listed_with_day_first_dates(lang, sample_project_path, qtbot):
    from coopnet.store import backup
    from coopnet.store.project import Project
    from coopnet.ui.restore_dialog import RestoreBackupDialog

    with Project.open(sample_project_path) as project:
        backup.backup_project(project, "before-test-change")
    dialog = RestoreBackupDialog(sample_project_path)
    qtbot.addWidget(dialog)
    text = dialog.list.item(0).text()
    assert re.match(r"\d\d/\d\d/20\d\d \d\d:\d\d:\d\d — ", text), text
