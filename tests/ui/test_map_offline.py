"""The Map page in a real QWebEngineView with the network blocked."""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWebEngineCore import QWebEngineProfile, QWebEngineUrlRequestInterceptor

from coopnet.store.project import Project


class RecordingBlocker(QWebEngineUrlRequestInterceptor):
    """Blocks every request to the network and records every request made."""

    def __init__(self):
        super().__init__()
        self.requests: list[str] = []
        self.blocked: list[str] = []

    def interceptRequest(self, info):  # noqa: N802
        url = info.requestUrl()
        self.requests.append(url.toString())
        if url.scheme() not in ("file", "qrc", "data", "about", "blob"):
            self.blocked.append(url.toString())
            info.block(True)


def js(qtbot, page, script, timeout=10_000):
    """Run ``script`` in the page; the value comes back through JSON (arrays included)."""
    box = {}

    def got(value):
        box["v"] = value

    page.view.page().runJavaScript(f"JSON.stringify((function () {{ return {script}; }})())", 0, got)
    qtbot.waitUntil(lambda: "v" in box, timeout=timeout)
    return json.loads(box["v"]) if box["v"] not in (None, "") else None


@pytest.fixture(scope="module")
def blocker(qapp):
    b = RecordingBlocker()
    QWebEngineProfile.defaultProfile().setUrlRequestInterceptor(b)
    yield b
    QWebEngineProfile.defaultProfile().setUrlRequestInterceptor(None)


@pytest.fixture(scope="module")
def map_page(qapp, blocker, sample_project_master, tmp_path_factory):
    from coopnet.ui.context import AppContext
    from coopnet.ui.map.page import MapPage
    from coopnet.ui.settings import Settings

    path = tmp_path_factory.mktemp("mapui") / "sample.coopnet"
    shutil.copy2(sample_project_master, path)
    settings = Settings(QSettings(str(path.with_suffix(".ini")), QSettings.IniFormat))
    context = AppContext(settings, pool=QThreadPool())
    page = MapPage(context)
    page.resize(1400, 850)
    page.show()
    project = Project.open(path)
    context.set_project(project)
    yield page
    context.set_project(None)  # stops a drawing still under way
    page.close()
    project.close()


def _wait_build(qtbot, page, n):
    qtbot.waitUntil(lambda: page.builds >= n, timeout=60_000)


def test_leaflet_loads_and_communes_are_drawn_offline(qtbot, map_page, blocker):
    _wait_build(qtbot, map_page, 1)
    assert js(qtbot, map_page, "typeof L") == "object"
    assert js(qtbot, map_page, "typeof L.markerClusterGroup") == "function"
    drawn = js(
        qtbot,
        map_page,
        "coopnet.layers.communes.getLayers().filter("
        "function (l) { return l._map && l._parts && l._parts.length; }).length",
    )
    assert drawn == 18
    assert js(qtbot, map_page, "document.querySelectorAll('canvas').length") >= 1
    labels = js(
        qtbot,
        map_page,
        "Array.from(document.querySelectorAll('.coop-label span'))"
        ".map(function (s) { return s.firstChild.textContent; })",
    )
    assert "Thoiry" in labels and "Goupillières" in labels
    assert blocker.blocked == []
    # The interceptor did see the page's own requests: the assets came from files.
    assert any(r.startswith("file://") and r.endswith("leaflet.js") for r in blocker.requests)

    def painted():  # the compositor paints a moment after Leaflet is done
        image = map_page.grab(map_page.view.geometry()).toImage()
        return (
            len(
                {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 17)}
            )
            > 10
        )

    qtbot.waitUntil(painted, timeout=10_000)  # something was painted, not a blank page


def test_clicking_a_commune_selects_the_village(qtbot, map_page):
    _wait_build(qtbot, map_page, 1)
    with qtbot.waitSignal(map_page.context.villageSelected, timeout=5000) as sig:
        js(qtbot, map_page, "coopnet.byInsee['78616'].fire('click') && true")
    assert sig.args == ["78616"]
    assert map_page.heading.text() == "Thoiry"
    texts = [map_page.details.itemAt(i).widget().text() for i in range(map_page.details.count())]
    assert "PoP Beynes" in texts or any("PoP" in t for t in texts)
    assert any(t.endswith(" km") for t in texts)
    assert js(qtbot, map_page, "coopnet.selected") == "78616"


def test_map_refreshes_when_data_changes(qtbot, map_page):
    _wait_build(qtbot, map_page, 1)
    before = map_page.builds
    colour = "coopnet.data.communes.features.filter(function (f) { return f.properties.i === '78616'; })[0].properties.c"
    assert js(qtbot, map_page, colour) != "#1a9850"
    project = map_page.context.project
    project.conn.execute("UPDATE villages SET threshold_count=1, threshold_pct=NULL WHERE insee='78616'")
    map_page.context.notify("villages")
    map_page.context.notify("pledges")  # two changes in a row: one rebuild (debounced)
    _wait_build(qtbot, map_page, before + 1)
    qtbot.wait(1200)
    assert map_page.builds == before + 1
    assert js(qtbot, map_page, colour) == "#1a9850"  # target reached: green


def test_pledges_recolour_the_map_in_place_and_match_a_fresh_drawing(qtbot, map_page):
    """A pledge change with no point layer on show: colours, labels and legend are updated in the
    page (no new drawing, no drawing process beside the page); a stale point layer ticked later
    asks for a full drawing, which gives the very same commune colours."""
    _wait_build(qtbot, map_page, 1)
    project = map_page.context.project
    project.conn.execute("UPDATE villages SET threshold_count=400, threshold_pct=NULL WHERE insee='78616'")
    map_page.context.notify("villages")
    _wait_build(qtbot, map_page, map_page.builds + 1)
    js(qtbot, map_page, "(coopnet.map.removeLayer(coopnet.layers.pledges), true)")
    builds, recolours = map_page.builds, map_page.recolours
    fill = (
        "(function () { var c; coopnet.layers.communes.eachLayer(function (l) {"
        " if (l.feature.properties.i === '78616') c = [l.options.fillColor, l.getTooltip().getContent().textContent]; });"
        " return c; })()"
    )
    label = "coopnet.labelSubs['78616'].textContent"
    legend = "Array.prototype.map.call(document.querySelectorAll('.coop-class-n'), function (e) { return e.textContent; })"
    colour_before, _ = js(qtbot, map_page, fill)
    # 200 more pledges in Thoiry: from 61 / 400 (red) to 261 / 400 (yellow)
    after = map_page.summaries["78616"]["pledges"] + 200
    assert after == 261
    door = project.conn.execute("SELECT id FROM doors WHERE insee='78616' LIMIT 1").fetchone()[0]
    first = project.conn.execute("SELECT * FROM pledges WHERE insee='78616' LIMIT 1").fetchone()
    cols = [d[0] for d in project.conn.execute("SELECT * FROM pledges LIMIT 0").description]
    row = dict(zip(cols, first))
    with project.transaction():
        for n in range(200):
            project.conn.execute(
                f"INSERT INTO pledges ({','.join(cols)}) VALUES ({','.join('?' * len(cols))})",
                [f"test-{n}" if c == "id" else door if c == "door_id" else row[c] for c in cols],
            )
    map_page.context.notify("pledges")
    qtbot.waitUntil(lambda: map_page.recolours > recolours, timeout=30_000)
    qtbot.wait(800)
    assert map_page.builds == builds  # no new page was drawn
    colour, tip = js(qtbot, map_page, fill)
    assert colour != colour_before and f"{after} pledges / target 400" in tip
    assert js(qtbot, map_page, label) == f"{after} / 400"
    in_place = js(qtbot, map_page, legend)
    assert map_page.summaries["78616"]["pledges"] == after
    # ticking the (now stale) pledge layer draws the map anew: same colours as in place
    js(qtbot, map_page, "(coopnet.map.addLayer(coopnet.layers.pledges), true)")
    _wait_build(qtbot, map_page, builds + 1)
    assert js(qtbot, map_page, fill)[0] == colour and js(qtbot, map_page, legend) == in_place
    assert js(qtbot, map_page, label) == f"{after} / 400"


def test_export_dialog_writes_a_standalone_html(qtbot, map_page, tmp_path):
    from coopnet.ui.map.export_dialog import ExportDialog

    texts = [a.text() for a in map_page.file_menu_actions()]
    assert any("Export" in t for t in texts) and any("commune boundaries" in t for t in texts)
    dialog = ExportDialog(map_page.project, map_page, village="78616")
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    dialog.path_edit.setText(str(tmp_path / "carte"))
    dialog.title_edit.setText("Conseil du 12/12")
    dialog._export()  # drawn by a child process: the window keeps answering
    out = tmp_path / "carte.html"
    qtbot.waitUntil(lambda: dialog.written is not None or bool(dialog.error), timeout=120_000)
    assert dialog.written == out and out.exists(), dialog.error
    html = out.read_text(encoding="utf-8")
    assert "Conseil du 12/12" in html and '"focus":"78616"' in html and "file://" not in html
