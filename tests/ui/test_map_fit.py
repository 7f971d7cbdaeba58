"""The Map page shows every commune clear of its legend, buttons and sources (issue 11 §7), in the
real QWebEngineView, at the size the page has in a 1280 × 800 window, in French (the wider
legend): on load, and again from the map's ⤢ button after zooming in.

Checked geometrically in page pixels from the page's own layout (map_js ``coopnetLayout``): each
commune's box against the boxes of the legend and scale, the sources, the zoom, fit and layer
buttons, as the export layout test (tests/integration/test_map_layout.py) does for PNG/PDF."""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtCore import QSettings, QThreadPool

from coopnet.store.project import Project


def js(qtbot, page, script, timeout=10_000):
    box = {}
    page.view.page().runJavaScript(
        f"JSON.stringify((function () {{ return {script}; }})())", 0, lambda v: box.setdefault("v", v)
    )
    qtbot.waitUntil(lambda: "v" in box, timeout=timeout)
    return json.loads(box["v"]) if box["v"] not in (None, "") else None


def overlap(a: dict, b: dict) -> bool:
    return a["l"] < b["r"] and b["l"] < a["r"] and a["t"] < b["b"] and b["t"] < a["b"]


def uncovered(layout: dict) -> None:
    view, panels = layout["view"], layout["panels"]
    assert len(panels) >= 5, panels  # zoom, fit, layers, legend (+ scale), sources
    assert len(layout["communes"]) == 18
    for commune in layout["communes"]:
        box = commune["box"]
        for panel in panels:
            assert not overlap(box, panel), f"a panel {panel} covers commune {commune['insee']} {box}"
        assert (
            view["l"] <= box["l"]
            and box["r"] <= view["r"]
            and view["t"] <= box["t"]
            and box["b"] <= view["b"]
        ), f"commune {commune['insee']} outside the map"
    shown = [x for x in layout["labels"] if x["shown"]]
    assert len(shown) >= 10, [x["name"] for x in shown]  # names placed where the communes now are
    for label in shown:
        for panel in panels:
            assert not overlap(label["box"], panel), f"label {label['name']} under a panel"


@pytest.fixture
def french_map_page(qtbot, qapp, sample_project_master, tmp_path):
    from coopnet.ui.context import AppContext
    from coopnet.ui.i18n import install_translators
    from coopnet.ui.map.page import MapPage
    from coopnet.ui.settings import Settings

    install_translators(qapp, "fr")
    path = tmp_path / "sample.coopnet"
    shutil.copy2(sample_project_master, path)
    context = AppContext(
        Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), pool=QThreadPool()
    )
    page = MapPage(context)
    page.resize(1100, 751)  # the Map page of a 1280 × 800 window: a 790 × 751 map beside the panel
    page.show()
    project = Project.open(path)
    context.set_project(project)
    qtbot.waitUntil(lambda: page.builds >= 1, timeout=90_000)
    yield page
    context.set_project(None)
    page.close()
    project.close()
    install_translators(qapp, "en")


def test_communes_clear_of_the_legend_on_load_and_after_fit(qtbot, french_map_page):
    page = french_map_page
    qtbot.waitUntil(lambda: js(qtbot, page, "coopnet.map.getSize().x") >= 700, timeout=10_000)
    assert "Promesses par rapport" in js(qtbot, page, "document.querySelector('.coop-legend').textContent")
    first = js(qtbot, page, "coopnet.layout()")
    uncovered(first)
    zoom = js(qtbot, page, "coopnet.map.getZoom()")

    # zoomed in on Thoiry, then the ⤢ button: every commune again, still clear
    js(qtbot, page, "coopnet.map.setView([48.8653, 1.7947], 15, {animate: false}) && true")
    assert js(qtbot, page, "coopnet.map.getZoom()") == 15
    assert js(qtbot, page, "document.querySelector('.coop-fit a').title") == "Afficher toutes les communes"
    js(qtbot, page, "document.querySelector('.coop-fit a').click() || true")
    qtbot.waitUntil(lambda: js(qtbot, page, "coopnet.map.getZoom()") == zoom, timeout=10_000)
    uncovered(js(qtbot, page, "coopnet.layout()"))

    # the same from Python (MapView.fit_all)
    js(qtbot, page, "coopnet.map.setView([48.8, 1.8], 14, {animate: false}) && true")
    page.view.fit_all()
    qtbot.waitUntil(lambda: js(qtbot, page, "coopnet.map.getZoom()") == zoom, timeout=10_000)
    uncovered(js(qtbot, page, "coopnet.layout()"))

    # a smaller window: the fitted view follows, still clear (until the user moves the map)
    page.resize(1000, 640)
    qtbot.waitUntil(lambda: js(qtbot, page, "coopnet.map.getSize().y") < 700, timeout=10_000)
    qtbot.waitUntil(lambda: js(qtbot, page, "coopnet.map.getZoom()") < zoom, timeout=10_000)
    uncovered(js(qtbot, page, "coopnet.layout()"))
    js(qtbot, page, "coopnet.map.setView([48.8653, 1.7947], 15, {animate: false}) && true")
    page.resize(1100, 751)
    qtbot.waitUntil(lambda: js(qtbot, page, "coopnet.map.getSize().y") > 700, timeout=10_000)
    qtbot.wait(300)
    assert js(qtbot, page, "coopnet.map.getZoom()") == 15  # the user's own view is kept
