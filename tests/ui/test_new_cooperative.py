"""File ▸ New Cooperative…: search the national reference by keyboard, tick, create; then the data
checklist with its Import buttons."""

import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from coopnet.store import villages as vstore
from coopnet.ui.context import AppContext
from coopnet.ui.main_window import MainWindow
from coopnet.ui.new_cooperative import NewCooperativeDialog
from tests.conftest import SyncPool


class Pool(SyncPool):
    def waitForDone(self, msecs=0):
        return True


@pytest.fixture
def window(qtbot):
    w = MainWindow(AppContext(pool=Pool()))
    qtbot.addWidget(w)
    w.show()
    yield w
    if w.checklist_dialog is not None:
        w.checklist_dialog.close()
    w.close_project()


def shown(dialog):
    if dialog._debounce.isActive():  # the search runs once typing pauses
        dialog._debounce.timeout.emit()
    return [dialog.results.item(i).text() for i in range(dialog.results.count())]


def test_search_ignores_accents_and_case_and_tells_homonyms_apart(qtbot, tmp_path):
    dialog = NewCooperativeDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "GOUPILLIERES")
    assert any(t.startswith("Goupillières (78) — 78770") for t in shown(dialog))
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "saint-martin")
    labels = shown(dialog)
    # the many Saint-Martin are listed each with its department, exact name first
    exact = [t for t in labels if t.startswith("Saint-Martin (")]
    assert len(exact) >= 4 and {"Saint-Martin (32)", "Saint-Martin (67)"} <= {t.split(" —")[0] for t in exact}
    assert labels[: len(exact)] == exact
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "78770")  # a postcode: all its communes
    assert any("Thoiry (78)" in t for t in shown(dialog))
    assert all("78770" in t for t in shown(dialog))
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "zzzqqq")
    assert shown(dialog) == [] and "zzzqqq" in dialog.found_label.text()
    assert not dialog.create_button.isEnabled()


def test_new_cooperative_by_keyboard_then_checklist_and_import(window, qtbot, tmp_path, monkeypatch):
    def drive():
        dialog = window.new_coop_dialog
        qtbot.keyClicks(dialog.search, "thoiry")  # Thoiry (01), (73), (78): homonyms
        assert [t.split(" —")[0] for t in shown(dialog)] == ["Thoiry (01)", "Thoiry (73)", "Thoiry (78)"]
        qtbot.keyClick(dialog.search, Qt.Key_Down)  # into the list
        assert dialog.focusWidget() is dialog.results
        qtbot.keyClick(dialog.results, Qt.Key_Down)
        qtbot.keyClick(dialog.results, Qt.Key_Down)
        qtbot.keyClick(dialog.results, Qt.Key_Space)  # tick Thoiry (78)
        dialog.search.selectAll()
        qtbot.keyClicks(dialog.search, "beynes")
        qtbot.keyClick(dialog.search, Qt.Key_Return)  # Enter goes to the list, never creates
        assert dialog.isVisible()
        assert shown(dialog)[1].startswith("Beynes (78)")
        qtbot.keyClick(dialog.results, Qt.Key_Down)
        qtbot.keyClick(dialog.results, Qt.Key_Space)
        dialog.search.selectAll()
        qtbot.keyClicks(dialog.search, "saint martin")  # ticked and unticked again: not kept
        qtbot.keyClick(dialog.search, Qt.Key_Down)
        qtbot.keyClick(dialog.results, Qt.Key_Space)
        qtbot.keyClick(dialog.results, Qt.Key_Space)
        assert sorted(r.name for r in dialog.communes()) == ["Beynes", "Thoiry"]
        qtbot.keyClicks(dialog.name, "Fibre du Val de Gally")
        dialog.file.setText(str(tmp_path / "gally"))
        dialog.file.textEdited.emit(dialog.file.text())
        assert dialog.create_button.isEnabled(), dialog.problem.text()
        qtbot.keyClick(dialog.name, Qt.Key_Return)  # default button: Create

    problems = []

    def safely():
        try:
            drive()
        except BaseException as exc:  # never leave the modal dialog open on a failed step
            problems.append(exc)
            window.new_coop_dialog.reject()

    QTimer.singleShot(0, safely)
    window.ask_new_cooperative()
    if problems:
        raise problems[0]
    path = tmp_path / "gally.coopnet"
    project = window.context.project
    assert project is not None and project.path == path and project.name == "Fibre du Val de Gally"
    villages = {v.insee: v for v in vstore.list_villages(project)}
    assert set(villages) == {"78616", "78062"}
    assert villages["78616"].name == "Thoiry" and "78770" in villages["78616"].postcodes
    assert villages["78616"].population and villages["78616"].population_year
    assert not window.start_panel.isVisible()

    # the data checklist opens after creation: every layer missing, with where to download it
    checklist = window.checklist_dialog
    assert checklist is not None and checklist.isVisible()
    assert [i["key"] for i in checklist.items] == [
        "boundaries",
        "households",
        "addresses",
        "backbone",
        "pops",
    ]
    assert all(i["state"] == "missing" for i in checklist.items)
    assert "geoservices.ign.fr" in checklist.items[0]["url"]
    assert "adresses-78.csv.gz" in checklist.items[2]["url"]

    # Import… on the boundaries row runs File ▸ Import commune boundaries with the chosen file
    src = tmp_path / "communes-78.geojson"

    def square(x):
        return {
            "type": "Polygon",
            "coordinates": [[[x, 48.8], [x + 0.01, 48.8], [x + 0.01, 48.81], [x, 48.81], [x, 48.8]]],
        }

    src.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"code": "78616", "nom": "Thoiry"},
                        "geometry": square(1.8),
                    },
                    {
                        "type": "Feature",
                        "properties": {"code": "78062", "nom": "Beynes"},
                        "geometry": square(1.9),
                    },
                ],
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(src), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))
    qtbot.mouseClick(checklist.import_buttons["boundaries"], Qt.LeftButton)
    assert told and "communes-78.geojson" in told[0]
    assert checklist.state("boundaries") == "done"
    assert checklist.state("households") == "missing"
    assert checklist.import_buttons["boundaries"].text() == "Import again…"


def test_start_panel_offers_a_new_cooperative_when_nothing_is_open(window):
    assert window.context.project is None
    assert window.start_panel.isVisible() and window.start_new.isEnabled()
    titles = [a.text().replace("&", "") for a in window.file_menu.actions()]
    assert "New Cooperative…" in titles and "Data Checklist…" in titles


def test_existing_file_is_not_overwritten_without_asking(qtbot, tmp_path):
    (tmp_path / "taken.coopnet").write_bytes(b"precious")
    dialog = NewCooperativeDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "78616")
    dialog.tick("78616")
    dialog.file.setText(str(tmp_path / "taken.coopnet"))
    dialog.file.textEdited.emit(dialog.file.text())
    assert not dialog.create_button.isEnabled()
    assert "taken.coopnet already exists" in dialog.problem.text()
    assert (tmp_path / "taken.coopnet").read_bytes() == b"precious"
