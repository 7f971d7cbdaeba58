"""Hostile names show as text and run nothing, in the real map view and in exports."""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl

from coopnet.store.project import Project

IMG = '<img src=x onerror="window.__pwned=1">'
TEMPLATE = "${window.__pwned2=1}"
BACKTICK = "`;window.__pwned3=1;`"
SCRIPT = "</script><script>window.__pwned4=1</script>"
JINJA = "{{ 7*7 }} {{ config }}"  # folium/branca templates must not evaluate user text
FLAGS = "[window.__pwned, window.__pwned2, window.__pwned3, window.__pwned4]"


def js(qtbot, page, script, timeout=10_000):
    box = {}

    def got(value):
        box["v"] = value

    page.view.page().runJavaScript(f"JSON.stringify((function () {{ return {script}; }})())", 0, got)
    qtbot.waitUntil(lambda: "v" in box, timeout=timeout)
    return json.loads(box["v"]) if box["v"] not in (None, "") else None


@pytest.fixture(scope="module")
def hostile_path(sample_project_master, tmp_path_factory):
    path = tmp_path_factory.mktemp("xss") / "hostile.coopnet"
    shutil.copy2(sample_project_master, path)
    with Project.open(path) as p:
        p.conn.execute("UPDATE villages SET name=? WHERE insee='78616'", (IMG,))
        p.conn.execute("UPDATE villages SET name=? WHERE insee='78681'", (TEMPLATE,))
        p.conn.execute("UPDATE villages SET name=? WHERE insee='78364'", (SCRIPT,))
        p.conn.execute("UPDATE villages SET name=? WHERE insee='78034'", (JINJA,))
        p.conn.execute("UPDATE pops SET name=? WHERE id=(SELECT MIN(id) FROM pops)", (BACKTICK,))
        p.conn.execute("UPDATE doors SET nom_voie=? WHERE id IN (SELECT door_id FROM pledges)", (SCRIPT,))
        p.conn.execute("UPDATE pledges SET last_name=?, first_name=?", (IMG, TEMPLATE))
    return path


@pytest.fixture(scope="module")
def page(qapp, hostile_path):
    from coopnet.ui.context import AppContext
    from coopnet.ui.map.page import MapPage
    from coopnet.ui.settings import Settings

    settings = Settings(QSettings(str(hostile_path.with_suffix(".ini")), QSettings.IniFormat))
    context = AppContext(settings)
    p = MapPage(context)
    p.resize(1300, 800)
    p.show()
    project = Project.open(hostile_path)
    context.set_project(project)
    yield p
    p.close()
    project.close()


def test_names_show_as_text_in_the_app(qtbot, page):
    qtbot.waitUntil(lambda: page.builds >= 1, timeout=60_000)
    page.names_box.setChecked(True)  # personal names on: the riskiest case
    qtbot.waitUntil(lambda: page.builds >= 2, timeout=60_000)
    labels = js(
        qtbot,
        page,
        "Array.from(document.querySelectorAll('.coop-label span'))"
        ".map(function (s) { return s.firstChild.textContent; })",
    )
    assert IMG in labels and TEMPLATE in labels and SCRIPT in labels and JINJA in labels
    tip = js(
        qtbot,
        page,
        "(coopnet.byInsee['78616'].openTooltip(), document.querySelector('.leaflet-tooltip').textContent)",
    )
    assert IMG in tip
    pledge_tip = js(
        qtbot, page, "coopnet.layers.pledges.getLayers()[0].getTooltip().getContent().textContent"
    )
    assert IMG in pledge_tip and SCRIPT in pledge_tip
    qtbot.wait(300)  # give any injected handler the time to fire
    assert js(qtbot, page, "document.querySelectorAll('img, script[src=\"x\"]').length") == 0
    assert js(qtbot, page, FLAGS) == [None, None, None, None]
    # The side panel shows the name as plain text too.
    page.context.villageSelected.emit("78616")
    assert page.heading.text() == IMG and page.heading.textFormat() == Qt.PlainText


def test_exported_html_runs_nothing(qtbot, page, hostile_path, tmp_path):
    from coopnet.geo.export import export_map

    out = tmp_path / "hostile.html"
    with Project.open(hostile_path, readonly=True) as project:
        export_map(project, out, title=IMG + TEMPLATE, show_names=True)
    html = out.read_text(encoding="utf-8")
    assert "<img" not in html and "</script><script>window" not in html
    with qtbot.waitSignal(page.view.loadFinished, timeout=30_000):
        page.view.load(QUrl.fromLocalFile(str(out)))
    qtbot.waitUntil(lambda: js(qtbot, page, "!!(window.coopnet && coopnet.ready)") is True, timeout=30_000)
    assert js(qtbot, page, "document.title") == IMG + TEMPLATE
    qtbot.wait(300)
    assert js(qtbot, page, "document.querySelectorAll('img').length") == 0
    assert js(qtbot, page, FLAGS) == [None, None, None, None]
