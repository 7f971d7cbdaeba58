"""Nothing clipped, anywhere: every page, tab and dialog, in French and English, at 1280×800 and
1366×768 (issue 14 §1).

The main window is opened on the sample cooperative at each size; the test visits every page and
every tab in it (nested tab widgets too), opens every dialog it can reach — each menu entry, each
button whose text ends with "…", each wizard page it can go on to — and measures every text with
tests/ui/clipping.py. Dialogs are found generically (a patched ``exec``/``open``/``show`` and the
top-level windows that appear), so a new page, tab, menu entry or dialog is covered without an
edit here. A few states need data a click does not give: the pledge form with its phone error
shown, the import wizard on the sample file, the Models page comparing three scenarios.

A table that scrolls sideways counts as cut, except the record tables in SCROLL_SIDEWAYS, read
like a spreadsheet; the Compare tab has a test of its own with as many scenarios as may be ticked.

A failure lists each offender by class, object name and text, with the language and size.
"""

from __future__ import annotations

import shutil
import time

import pytest
from PySide6.QtCore import QSize, QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QWidget,
    QWizard,
)

from tests.conftest import SAMPLE_DIR
from tests.ui.clipping import Checker

pytestmark = pytest.mark.slow

SIZES = ((1280, 800), (1366, 768))
THOIRY = "78616"
# Menu entries that end the session or change the project without asking: never triggered here.
SKIP_ACTIONS = ("act_quit", "act_close", "act_undo", "act_redo")


# Tables of records read like a spreadsheet: they may scroll sideways (every other view must fit).
SCROLL_SIDEWAYS = (
    "PledgesView#pledges_view",  # a pledge's many fields
    "QTableView in PreviewPage",  # the import wizard's preview of the user's own file
    "QTableWidget in MeasuredPanel",  # a month's dozen figures, one row per month
)


def wait(app, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


class Tour:
    """Visits everything reachable and collects the offenders, tagged with where they were."""

    def __init__(self, app, window, screen: QSize, lang: str):
        self.app, self.window, self.screen, self.lang = app, window, screen, lang
        self.found: dict[str, None] = {}
        self.seen_dialogs: set[int] = set()
        self.depth = 0
        self.visited: list[str] = []
        self.where = ""  # what was clicked last (a modal dialog is named after it)

    def check(self, root: QWidget, where: str) -> None:
        self.app.processEvents()
        self.visited.append(where)
        for line in Checker(root, self.screen).run():
            self.found.setdefault(
                f"[{self.lang} {self.screen.width()}×{self.screen.height()}] {where}: {line}"
            )

    def tabs_of(self, root: QWidget, where: str) -> None:
        """Check ``root`` with each tab of each visible tab widget in turn (nested too)."""
        self.check(root, where)
        for tabs in root.findChildren(QTabWidget):
            if not tabs.isVisible() or tabs.window() is not root.window():
                continue
            current = tabs.currentIndex()
            for i in range(tabs.count()):
                if i == current or not tabs.isTabVisible(i):
                    continue
                tabs.setCurrentIndex(i)
                wait(self.app, 0.05)
                self.tabs_of(tabs.widget(i), f"{where} ▸ {tabs.tabText(i).replace('&', '')}")
            tabs.setCurrentIndex(current)

    # -- dialogs ---------------------------------------------------------------------------
    def dialog(self, dialog: QWidget, where: str) -> None:
        if id(dialog) in self.seen_dialogs or self.depth > 2:
            return
        self.seen_dialogs.add(id(dialog))
        self.depth += 1
        try:
            title = dialog.windowTitle() or type(dialog).__name__
            where = f"{where} ▸ {title}"
            if not dialog.isVisible():
                dialog.show()
            wait(self.app, 0.1)
            if isinstance(dialog, QWizard):
                self.wizard(dialog, where)
            else:
                self.tabs_of(dialog, where)
                self.buttons(dialog, where)
        finally:
            self.depth -= 1

    def wizard(self, wizard: QWizard, where: str) -> None:
        for _ in range(12):
            page = wizard.currentPage()
            self.tabs_of(wizard, f"{where} ▸ {page.title() or type(page).__name__}")
            if page is None or not page.isComplete() or wizard.nextId() == -1:
                return
            wizard.next()
            wait(self.app, 0.3)

    def buttons(self, root: QWidget, where: str) -> None:
        """Click each visible "…" button: by the convention it opens a dialog; so do the "…"
        entries of a button's menu."""
        for button in root.findChildren(QAbstractButton):
            menu = button.menu() if isinstance(button, (QPushButton, QToolButton)) else None
            if menu is not None and button.isVisible() and button.window() is root.window():
                self.menu(menu, f"{where} ▸ {button.text().replace('&', '')}", only_dialogs=True)
        for button in root.findChildren(QPushButton):
            if (
                button.isVisible()
                and button.isEnabled()
                and button.text().rstrip().endswith("…")
                and button.window() is root.window()
            ):
                self.click(button.click, f"{where} ▸ {button.text().replace('&', '')}")

    def click(self, do, where: str) -> None:
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        outer, self.where = self.where, where
        try:
            do()
        finally:
            self.where = outer
        wait(self.app, 0.1)
        for w in QApplication.topLevelWidgets():
            if w.isVisible() and id(w) not in before and w is not self.window and isinstance(w, QDialog):
                self.dialog(w, where)
                w.close()

    def menus(self) -> None:
        for top in self.window.menuBar().actions():
            menu = top.menu()
            if menu is not None:
                self.menu(menu, top.text().replace("&", ""))

    def menu(self, menu, where: str, only_dialogs: bool = False) -> None:
        for action in menu.actions():
            text = action.text().replace("&", "")
            if action.isSeparator() or not text or (only_dialogs and not text.rstrip().endswith("…")):
                continue
            if action.menu() is not None:
                if action.menu() is getattr(self.window, "recent_menu", None):
                    continue  # other projects
                self.menu(action.menu(), f"{where} ▸ {text}")
                continue
            skip = [getattr(self.window, name, None) for name in SKIP_ACTIONS]
            if not action.isEnabled() or action.isCheckable() or action in skip:
                continue
            self.click(action.trigger, f"{where} ▸ {text}")


@pytest.fixture
def patched_dialogs(monkeypatch):
    """Modal dialogs are checked when they open, then cancelled; file and input dialogs answer
    "cancel"; confirmations answer "no"."""
    state: dict = {"tour": None, "where": "dialog"}

    def exec_(self, *args):
        tour = state["tour"]
        if tour is not None:
            tour.dialog(self, tour.where)
        self.hide()
        return 0

    for cls in (QDialog, QMessageBox, QWizard, QInputDialog):
        monkeypatch.setattr(cls, "exec", exec_, raising=False)
    monkeypatch.setattr(QFileDialog, "exec", lambda self, *a: 0)
    for name in ("getOpenFileName", "getSaveFileName", "getOpenFileNames"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    for name in ("getText", "getInt", "getDouble", "getItem", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(lambda *a, **k: (None, False)))
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.No))
    return state


@pytest.fixture
def language(qapp):
    from coopnet.ui.i18n import install_translators

    yield lambda lang: install_translators(qapp, lang)
    install_translators(qapp, "en")


def _tour(qapp, qtbot, lang, size, project_path, tmp_path, state) -> list[str]:
    from PySide6.QtCore import QSettings
    from coopnet.ui.context import AppContext
    from coopnet.ui.main_window import MainWindow
    from coopnet.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / f"s-{lang}.ini"), QSettings.IniFormat))
    settings.volunteer_name = "Claire Martin"
    context = AppContext(settings=settings, pool=QThreadPool())
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    assert window.open_project(project_path), window.last_error
    tour = Tour(qapp, window, QSize(*size), lang)
    state["tour"] = tour
    wait(qapp, 0.3)
    try:
        for index, page in enumerate(window.pages):
            window.nav.setCurrentRow(index)
            wait(qapp, 0.2)
            if page.page_id == "members" and hasattr(page, "select_village"):
                page.select_village(THOIRY)
                wait(qapp, 0.2)
            if page.page_id == "models":
                page.ensure_inputs()
                names = page.scenario_names()
                page.set_compared(names[:3])
                page.compute_slow()
                wait(qapp, 0.2)
            tour.tabs_of(window, page.title())
            tour.buttons(page, page.title())
            assert window.width() <= size[0] and window.height() <= size[1]
        tour.menus()
        _pledge_form(tour, context)
        _import_wizard(tour, context, tmp_path)
    finally:
        state["tour"] = None
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.close()
        window.close_project()
        window.close()
    return list(tour.found)


def _pledge_form(tour: Tour, context) -> None:
    from coopnet.store.doors import get_door
    from coopnet.ui.members.pledge_form import PledgeDialog

    project = context.project
    door_id = project.conn.execute("SELECT id FROM doors WHERE insee = ? LIMIT 1", (THOIRY,)).fetchone()[0]
    dialog = PledgeDialog(
        project, THOIRY, door=get_door(project, door_id), volunteer="Claire Martin", parent=tour.window
    )
    dialog.fields["last_name"].setText("Lefèvre")
    dialog.fields["phone"].setText("12 34")
    dialog.fields["monthly_fee_eur"].setText("abc")
    dialog.show()
    dialog.validate()
    tour.dialog(dialog, "Members ▸ pledge form with errors")
    dialog.close()


def _import_wizard(tour: Tour, context, tmp_path) -> None:
    from coopnet.ui.members.data.import_wizard import ImportWizard

    source = tmp_path / "promesses-excel-fr.csv"
    shutil.copy2(SAMPLE_DIR / "promesses-excel-fr.csv", source)
    wizard = ImportWizard(context, tour.window, path=str(source))
    wizard.show()
    # up to the mapping: the run page would import into the project under test
    for _ in range(2):
        tour.tabs_of(wizard, f"Import wizard ▸ {wizard.currentPage().title()}")
        wizard.next()
        wait(tour.app, 0.3)
    tour.tabs_of(wizard, f"Import wizard ▸ {wizard.currentPage().title()}")
    wizard.close()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_nothing_is_clipped(qapp, qtbot, lang, language, patched_dialogs, sample_project_path, tmp_path):
    language(lang)
    found: list[str] = []
    for size in SIZES:
        found += _tour(qapp, qtbot, lang, size, sample_project_path, tmp_path, patched_dialogs)
    cut = [line for line in found if not _scrolls_by_design(line)]
    assert not cut, f"{len(cut)} texts cut:\n" + "\n".join(cut)


def _scrolls_by_design(line: str) -> bool:
    return line.endswith(": scrolls sideways") and any(
        f"] {v} " in line or f": {v} " in line for v in SCROLL_SIDEWAYS
    )


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_compare_table_fits_without_sideways_scroll(
    qapp, qtbot, lang, language, sample_project_path, tmp_path
):
    """The Compare tab shows the sample's scenarios — and as many as may be ticked — with every
    title and every value whole, and no horizontal scrollbar (issue 14 §1)."""
    from PySide6.QtCore import QSettings
    from coopnet.ui.context import AppContext
    from coopnet.ui.main_window import MainWindow
    from coopnet.ui.cost_model.page import MAX_COMPARED
    from coopnet.ui.settings import Settings

    language(lang)
    settings = Settings(QSettings(str(tmp_path / f"s-{lang}.ini"), QSettings.IniFormat))
    problems = []
    for size in SIZES:
        window = MainWindow(AppContext(settings=settings, pool=QThreadPool()))
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        assert window.open_project(sample_project_path), window.last_error
        index = next(i for i, p in enumerate(window.pages) if p.page_id == "models")
        window.nav.setCurrentRow(index)
        page = window.pages[index]
        page.ensure_inputs()
        page.tabs.setCurrentIndex(page.tabs.indexOf(page.compare_view.parentWidget()))
        sample = page.scenario_names()
        assert len(sample) >= 3
        extra = [f"variant {i}" for i in range(len(sample), MAX_COMPARED)]
        for name in [None, *extra]:
            if name is not None:
                page.copy_scenario(name)
            names = page.scenario_names()[:MAX_COMPARED] if name else sample
            page.set_compared(names)
            wait(qapp, 0.2)
            view, model = page.compare_view, page.compare_model
            where = f"[{lang} {size[0]}×{size[1]}, {len(names)} scenarios]"
            assert model.columnCount() == len(names)
            if view.horizontalScrollBar().isVisible():
                problems.append(f"{where} the table scrolls sideways")
            cut = Checker(view, QSize(*size), max_rows=model.rowCount()).run()
            problems += [f"{where} {line}" for line in cut]
        window.close_project()
        window.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_measured_tab_with_months_of_traffic(qapp, qtbot, lang, language, sample_project_path, tmp_path):
    """The Measured tab as a cooperative sees it after a quarter of traffic and an invoice typed in
    (the sample alone has no measures, so the tour above sees it empty)."""
    from PySide6.QtCore import QSettings
    from coopnet.store import measure as store
    from coopnet.store.project import Project
    from coopnet.ui.context import AppContext
    from coopnet.ui.main_window import MainWindow
    from coopnet.ui.settings import Settings
    from coopnet.ui.tasks import wait_for_tasks
    from tests.measure_synth import measured_sample

    language(lang)
    path = measured_sample(sample_project_path, tmp_path, days=61)
    with Project.open(path) as project:
        store.set_invoice(project, "2026-10", 612.0, 1410.0)
    settings = Settings(QSettings(str(tmp_path / f"s-{lang}.ini"), QSettings.IniFormat))
    found = []
    for size in SIZES:
        window = MainWindow(AppContext(settings=settings, pool=QThreadPool()))
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        assert window.open_project(path), window.last_error
        page = next(p for p in window.pages if p.page_id == "models")
        window.nav.setCurrentRow(window.pages.index(page))
        page.tabs.setCurrentWidget(page.measured)
        wait_for_tasks(60_000, [window.context.pool])
        wait(qapp, 0.3)
        page.measured.select_month("2026-10")
        wait(qapp, 0.3)
        tour = Tour(qapp, window, QSize(*size), lang)
        tour.tabs_of(page.measured, "Models ▸ Measured, two months")
        found += [line for line in tour.found if not _scrolls_by_design(line)]
        window.close_project()
        window.close()
    assert not found, f"{len(found)} texts cut:\n" + "\n".join(found)
