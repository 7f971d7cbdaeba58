"""Every page of the window opens on every partial project (issue 11 §1) with no error dialog;
the Map page says what the map lacks and which menu adds it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QSize, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from coopnet.ui.context import AppContext
from coopnet.ui.main_window import MainWindow
from coopnet.ui.settings import Settings
from tests.partial_states import STATES, build_state


@pytest.fixture(scope="module")
def states(sample_project_master, tmp_path_factory):
    folder = tmp_path_factory.mktemp("ui-states")
    return {s: build_state(s, sample_project_master, folder) for s in STATES}


def open_dialogs() -> list[str]:
    return [
        f"{type(w).__name__}: {getattr(w, 'text', lambda: '')()}"
        for w in QApplication.topLevelWidgets()
        if isinstance(w, (QMessageBox, QDialog)) and w.isVisible()
    ]


@pytest.mark.slow
@pytest.mark.parametrize("state", list(STATES))
def test_every_page_opens_without_an_error(state, states, qtbot, tmp_path):
    context = AppContext(
        Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), pool=QThreadPool()
    )
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    try:
        assert window.open_project(states[state]), window.last_error
        for row, page in enumerate(window.pages):
            window.nav.setCurrentRow(row)
            qtbot.wait(50)
            if page.page_id == "map":
                qtbot.waitUntil(lambda page=page: page.builds >= 1, timeout=60_000)  # drawn, JS ready
                notes = " ".join(page.notes)
                if state in ("no-backbone", "no-network", "boundaries-only"):
                    assert "no backbone yet" in notes and "File ▸ Import backbone lines…" in notes
                    assert "coopnet import" not in notes  # the app names its menu, not the command
                if state in ("no-pops", "no-network"):
                    assert "no points of presence yet" in notes
                if state == "empty":
                    assert "no villages yet" in notes
                if state == "full":
                    assert page.notes == []
            from coopnet.ui.tasks import wait_for_tasks

            wait_for_tasks(30_000, [context.pool])  # the page's figures, computed in the background
            qtbot.wait(50)
            assert not open_dialogs(), open_dialogs()
            assert "could not" not in window.statusBar().currentMessage()
            if page.page_id == "villages" and state == "boundaries-only":
                assert "no backbone yet" in page.summary.text() and "unknown km" not in page.summary.text()
            if page.page_id == "map" and state == "no-network":
                window.grab().save(str(tmp_path.parent / "partial-map-no-network.png"))
        assert window._error_box is None or not window._error_box.isVisible(), window.last_error
    finally:
        window.close_project()
        window.close()


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_new_cooperative_shows_every_page_and_tab_whole(lang, states, qapp, qtbot, tmp_path):
    """What a new cooperative sees first (boundaries imported, nothing else) has no text cut, at
    1280×800 in both languages: on the sample, charts and summaries have figures; here they say why
    they have none (found on a real department: "…s encore de trafic : aucun adhé…")."""
    from coopnet.ui.i18n import install_translators
    from coopnet.ui.tasks import wait_for_tasks
    from tests.ui.test_nothing_clipped import Tour, wait

    install_translators(qapp, lang)
    context = AppContext(
        Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), pool=QThreadPool()
    )
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    try:
        assert window.open_project(states["boundaries-only"]), window.last_error
        tour = Tour(qapp, window, QSize(1280, 800), lang)
        for row, page in enumerate(window.pages):
            window.nav.setCurrentRow(row)
            if page.page_id == "map":
                qtbot.waitUntil(lambda page=page: page.builds >= 1, timeout=60_000)
            wait_for_tasks(30_000, [context.pool])
            wait(qapp, 0.2)
            tour.tabs_of(window, page.title())
        assert not tour.found, "\n".join(tour.found)
    finally:
        window.close_project()
        window.close()
        install_translators(qapp, "en")
