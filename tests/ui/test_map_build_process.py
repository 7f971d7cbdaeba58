"""The in-app map is drawn by a child process (`coopnet map-page`), so the app itself never
carries folium, geopandas or pandas, nor the build's temporaries (the memory target)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from coopnet.ui.map.build_process import MapBuild


def test_the_app_draws_its_map_without_loading_the_map_libraries(sample_project_path, tmp_path):
    script = textwrap.dedent(f"""
        import os, sys, time
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from coopnet.ui.app import create_application
        from coopnet.ui.main_window import MainWindow
        app = create_application()
        window = MainWindow()
        window.show()
        assert window.open_project({str(sample_project_path)!r})
        window.nav.setCurrentRow(2)                      # the Map page
        page = window.stack.currentWidget()
        deadline = time.time() + 90
        while page.builds == 0 and time.time() < deadline:
            app.processEvents()
            time.sleep(0.01)
        heavy = [m for m in ("folium", "geopandas", "pandas", "branca", "jinja2") if m in sys.modules]
        print("drawn", page.builds, "summaries", len(page.summaries), "heavy", heavy, flush=True)
        os._exit(0)
    """)
    env = {
        **__import__("os").environ,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "c"),
        "XDG_DATA_HOME": str(tmp_path / "d"),
    }
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=180, env=env
    ).stdout
    assert "drawn 1 summaries 18 heavy []" in out, out


def test_a_failed_drawing_says_why_in_one_line(qtbot, tmp_path):
    fake = tmp_path / "notes.coopnet"
    fake.write_text("not a project", encoding="utf-8")
    build = MapBuild(fake, tmp_path / "page.html", {"bridge": True, "lang": "fr"})
    with qtbot.waitSignal(build.signals.failed, timeout=60_000) as failed:
        build.start()
    message, details = failed.args
    assert message.replace("\u00a0", " ") == "notes.coopnet : pas un projet coopnet (pas une base SQLite)"
    assert "Traceback" not in details


def test_a_cancelled_drawing_leaves_no_process(qtbot, sample_project_path, tmp_path):
    build = MapBuild(sample_project_path, tmp_path / "page.html", {"bridge": True})
    with qtbot.waitSignal(build.signals.cancelled, timeout=60_000):
        build.start()
        build.cancel()
    assert not build.running()


def test_another_project_is_drawn_anew_not_recoloured(qtbot, qapp, sample_project_master, tmp_path):
    """Pledges changed after switching projects: the page on show belongs to the first project,
    so the second is drawn anew rather than recoloured on top of it."""
    import shutil

    from PySide6.QtCore import QSettings, QThreadPool

    from coopnet.store.project import Project
    from coopnet.ui.context import AppContext
    from coopnet.ui.map.page import MapPage
    from coopnet.ui.settings import Settings

    first, second = tmp_path / "a.coopnet", tmp_path / "b.coopnet"
    shutil.copy2(sample_project_master, first)
    shutil.copy2(sample_project_master, second)
    context = AppContext(
        Settings(QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)), pool=QThreadPool()
    )
    page = MapPage(context)
    page.resize(1000, 700)
    page.show()
    a = Project.open(first)
    context.set_project(a)
    qtbot.waitUntil(lambda: page.builds >= 1, timeout=60_000)
    done = []  # no point layer on show: a pledge change on this project would be recoloured
    page.view.page().runJavaScript("coopnet.map.removeLayer(coopnet.layers.pledges); true", 0, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    page.hide()
    b = Project.open(second)
    context.set_project(b)
    context.notify("pledges")
    page.show()
    qtbot.waitUntil(lambda: page.builds >= 2, timeout=60_000)
    assert page.recolours == 0
    context.set_project(None)
    page.close()
    a.close()
    b.close()
