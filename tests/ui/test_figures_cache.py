"""Shared figures (ui/figures.py): computed once per change, pages built when first shown."""

from __future__ import annotations

import openpyxl
import pytest

from coopnet.core.village import Village
from coopnet.store import villages as vstore
from coopnet.ui.context import AppContext
from coopnet.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, sample_project_path):
    w = MainWindow(AppContext())
    qtbot.addWidget(w)
    w.nav.setCurrentRow(0)
    w.show()
    assert w.open_project(sample_project_path)
    yield w
    w.nav.setCurrentRow(0)  # the page a window saves on closing is the next one's first page
    w.close_project()


def page(window, page_id):
    return next(p for p in window.pages if p.page_id == page_id)


def village_row(villages_page, insee):
    return next(r for r in villages_page.model.rows if r["insee"] == insee)


def test_opening_computes_only_what_the_shown_page_needs(window):
    figures = window.context.figures
    assert page(window, "villages").model.rowCount() == 18
    assert figures.computed["progress"] == 1 and figures.computed["links"] == 1
    assert figures.computed["inputs"] == 0  # the Models page was not shown
    members = page(window, "members")
    assert members.village.count() == 0  # not built yet
    assert page(window, "map").view is None  # no web view, no QtWebEngine process
    assert page(window, "map")._task is None  # and no map drawn for nobody
    assert page(window, "models").inputs is None


def test_a_page_not_yet_shown_builds_on_first_show_from_the_same_figures(window):
    figures = window.context.figures
    members = page(window, "members")
    window.nav.setCurrentRow(window.pages.index(members))
    assert members.village.count() == 18
    assert members.doors.model.rowCount() > 0
    assert figures.computed["progress"] == 1  # shared with the Villages page
    models = page(window, "models")
    window.nav.setCurrentRow(window.pages.index(models))
    assert models.inputs is not None and len(models.inputs.villages) == 18
    assert "€" in models.results.text("npv")
    assert figures.computed["inputs"] == 1


def test_after_an_import_the_villages_page_shows_the_new_count(window):
    villages = page(window, "villages")
    project = window.context.project
    vstore.upsert_villages(
        project,
        [
            Village(
                insee="78999",
                name="Villeneuve-les-Essais",
                postcode="78000",
                lat=48.8,
                lon=1.9,
                population=420,
            )
        ],
    )
    window.context.notify("villages")
    assert villages.model.rowCount() == 19
    assert "19 villages" in villages.summary.text()
    assert village_row(villages, "78999")["population"] == 420
    # a page shown later sees it too, without computing the progress a second time
    members = page(window, "members")
    computed = window.context.figures.computed["progress"]
    window.nav.setCurrentRow(window.pages.index(members))
    assert members.village.findData("78999") >= 0
    assert window.context.figures.computed["progress"] == computed


def test_an_edit_and_its_undo_give_fresh_figures(window):
    from coopnet.ui import undo

    villages = page(window, "villages")
    before = village_row(villages, "78616")["households"]
    undo.update_village(window.context, "78616", households=4321, households_is_estimate=0)
    window.context.notify("villages")  # the page that edits announces it (undo/redo do it themselves)
    assert village_row(villages, "78616")["households"] == 4321
    window.context.undo_stack.undo()
    assert village_row(villages, "78616")["households"] == before
    # the Models page, never shown, gathers the restored figures when it is
    models = page(window, "models")
    window.nav.setCurrentRow(window.pages.index(models))
    assert next(v for v in models.inputs.villages if v.insee == "78616").households == before
    window.context.undo_stack.redo()
    assert next(v for v in models.inputs.villages if v.insee == "78616").households == 4321


def test_model_export_works_without_the_models_page_ever_shown(window, qtbot, tmp_path):
    models = page(window, "models")
    assert models.inputs is None and not models.isVisible()
    out = tmp_path / "modele.xlsx"
    done = []
    models.export_workbook_to(out, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    assert out.exists()
    wb = openpyxl.load_workbook(out)
    text = " ".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value)
    assert "Thoiry" in text and "Goupillières" in text
    brief = models.write_brief_to(tmp_path / "demande.xlsx")
    assert brief.exists()


def test_big_projects_compute_in_a_worker_and_drop_stale_results(qtbot, sample_project_path, monkeypatch):
    import threading
    from coopnet.ui import figures

    go, read, real = threading.Event(), threading.Event(), figures.compute

    def held(*args):  # the worker has read the file, then waits for the test's change
        value = real(*args)
        if args[1] == "info":
            read.set()
            go.wait(20)
        return value

    monkeypatch.setattr(figures, "compute", held)
    w = MainWindow(AppContext())
    qtbot.addWidget(w)
    w.context.figures.sync_limit = 0  # as at department scale: never on the GUI thread
    w.nav.setCurrentRow(0)
    w.show()
    try:
        assert w.open_project(sample_project_path)
        villages = page(w, "villages")
        shown = []
        villages.model.modelReset.connect(lambda: shown.append(villages.model.rowCount()))
        assert villages.model.rowCount() == 0 and "Counting" in villages.summary.text()
        qtbot.waitUntil(read.is_set, timeout=10_000)
        assert w.context.figures.computing()
        # a change while the worker counts: its result is stale and must never be shown
        vstore.upsert_villages(
            w.context.project,
            [Village(insee="78998", name="Tardive", postcode="78000", lat=48.8, lon=1.9, population=10)],
        )
        w.context.notify("villages")
        assert villages.model.rowCount() == 0
        go.set()
        qtbot.waitUntil(lambda: villages.model.rowCount() == 19, timeout=30_000)
        assert 18 not in shown
        assert "19 villages" in villages.summary.text()
    finally:
        w.close_project()
