"""Background work in the UI: one API (coopnet/ui/tasks.py), the window keeps answering during a
long import, Cancel stops it and nothing is written, a failure arrives as one sentence."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from coopnet.resources import sample_dir
from coopnet.store.project import Project
from coopnet.ui.context import AppContext
from coopnet.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def _context(tmp_path) -> AppContext:
    # The application's real pool: the work runs in a worker thread, as for a user.
    return AppContext(Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)))


def _count(path: Path, table: str) -> int:
    with Project.open(path, readonly=True) as p:
        return p.db[table].count_where("1 = 1", [])


class Ticks:
    """A QTimer ticking every 10 ms: the longest gap between ticks is how long the window froze."""

    def __init__(self):
        self.clock = QElapsedTimer()
        self.clock.start()
        self.times: list[int] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.times.append(self.clock.elapsed()))
        self.timer.start()

    def longest_gap(self, until: int) -> int:
        times = [t for t in self.times if t <= until] + [until]
        return max(b - a for a, b in zip(times, times[1:]))


def _big_ban_file(tmp_path: Path, copies: int) -> Path:
    """The sample BAN extract, each address repeated ``copies`` times at other house numbers."""
    lines = (sample_dir() / "adresses-78-sample.csv").read_text(encoding="utf-8").splitlines()
    out = [lines[0]]
    for k in range(copies):
        for line in lines[1:]:
            cells = line.split(";")
            cells[0] = f"{cells[0]}_{k}"
            cells[2] = str(int(cells[2] or 0) + 1000 * k)
            out.append(";".join(cells))
    path = tmp_path / "adresses-78-big.csv"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def _members_page(qtbot, tmp_path):
    from coopnet.io.communes_csv import read_communes
    from coopnet.store import villages as vstore
    from coopnet.ui.members.page import MembersPage

    path = tmp_path / "coop.coopnet"
    project = Project.create(path)
    vstore.upsert_villages(project, read_communes(sample_dir() / "communes.csv"))
    context = _context(tmp_path)
    page = MembersPage(context)
    qtbot.addWidget(page)
    context.set_project(project)
    page.show()
    qtbot.waitExposed(page)
    return page, project, path


def test_a_long_address_import_keeps_the_window_answering(qtbot, tmp_path, monkeypatch):
    page, project, path = _members_page(qtbot, tmp_path)
    source = _big_ban_file(tmp_path, 4)  # 51 412 addresses: seconds of work
    ticks = Ticks()
    arrived = []  # when the result reached the page
    done = page._ban_done
    monkeypatch.setattr(
        page, "_ban_done", lambda result: (arrived.append(ticks.clock.elapsed()), done(result))
    )
    page.import_addresses(str(source))
    qtbot.waitUntil(lambda: hasattr(page, "_last_import"), timeout=120_000)
    ticks.timer.stop()
    assert page._last_import.created == 51_412
    assert _count(path, "doors") == 51_412
    # While the worker imported, the timer kept ticking: the window answered all along.
    during = [t for t in ticks.times if t <= arrived[0]]
    assert arrived[0] > 1000 and len(during) > 20
    assert ticks.longest_gap(until=arrived[0]) < 300, ticks.times
    page._result_box.close()
    project.close()


def _map_page(qtbot, tmp_path):
    from coopnet.ui.map.page import MapPage

    path = tmp_path / "geo.coopnet"
    project = Project.create(path)
    context = _context(tmp_path)
    page = MapPage(context)  # never shown: no map drawn, only the imports
    qtbot.addWidget(page)
    context.set_project(project)
    return page, project, path


def test_communes_import_runs_in_a_worker_and_says_what_it_did(qtbot, tmp_path, monkeypatch):
    from coopnet.ui.map.import_actions import import_geodata

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    page, project, path = _map_page(qtbot, tmp_path)
    changed = []
    page.context.dataChanged.connect(changed.append)
    import_geodata(page, "villages", sample_dir() / "boundaries.geojson")
    assert shown == [] and changed == []  # not done on the spot: in a worker
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    assert "boundaries.geojson: 18 features read" in shown[0] and "created: 18" in shown[0]
    assert changed == ["villages"]
    assert _count(path, "villages") == 18
    project.close()


def test_cancel_stops_the_import_and_writes_nothing(qtbot, tmp_path, monkeypatch):
    from coopnet.ui.map.import_actions import import_geodata

    monkeypatch.setattr(QMessageBox, "information", lambda *a: (_ for _ in ()).throw(AssertionError(a)))
    page, project, path = _map_page(qtbot, tmp_path)
    import_geodata(page, "villages", sample_dir() / "boundaries.geojson")
    dialog = page.findChild(QProgressDialog)
    assert dialog is not None
    from coopnet.ui import tasks

    assert tasks.running() >= 1
    from PySide6.QtWidgets import QPushButton

    dialog.findChild(QPushButton).click()  # the user presses Cancel
    qtbot.waitUntil(lambda: tasks.running() == 0, timeout=60_000)
    assert tasks.wait_for_tasks(30_000)
    assert _count(path, "villages") == 0  # nothing written
    project.close()


def test_a_failed_import_says_why_in_one_sentence(qtbot, tmp_path, monkeypatch):
    from coopnet.ui.map.import_actions import import_geodata

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    page, project, path = _map_page(qtbot, tmp_path)
    broken = tmp_path / "communes.geojson"
    broken.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    import_geodata(page, "villages", broken)
    qtbot.waitUntil(lambda: bool(said), timeout=60_000)
    message = said[0]
    assert "communes.geojson" in message
    assert "\n" not in message and "Traceback" not in message and "Error:" not in message
    assert _count(path, "villages") == 0
    project.close()


def test_an_unforeseen_failure_is_one_sentence_with_details_for_a_bug_report(qtbot):
    from coopnet.ui.tasks import run_task

    got = []

    def work(report):
        report(0, 2, "")
        return {}["no such key"]

    run_task(work, failed=lambda message, details: got.append((message, details)))
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    message, details = got[0]
    assert message == (
        "this stopped on a problem coopnet did not foresee ('no such key'); the details are for a bug report"
    )
    assert "Traceback" in details and "KeyError" in details


def test_one_cancellation_exception():
    from coopnet.errors import Cancelled
    from coopnet.io import ban, pledges_import
    from coopnet.store.server import sync
    from coopnet.ui import tasks

    assert sync.SyncCancelled is Cancelled and tasks.Cancelled is Cancelled
    assert not hasattr(ban, "ImportCancelled") and not hasattr(pledges_import, "ImportCancelled")
    names = set()
    for file in (ROOT / "coopnet").rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and "Cancel" in node.name:
                names.add(f"{file.relative_to(ROOT)}:{node.name}")
    assert names == {"coopnet/errors.py:Cancelled"}


THREADS = {"QThreadPool", "QThread", "QRunnable", "QProcess", "processEvents"}


def test_threads_pools_and_event_loops_only_in_the_background_module():
    found = []
    for file in sorted((ROOT / "coopnet").rglob("*.py")):
        rel = file.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            name = (
                node.id
                if isinstance(node, ast.Name)
                else node.attr
                if isinstance(node, ast.Attribute)
                else node.name
                if isinstance(node, ast.alias)
                else None
            )
            if name in THREADS and rel != "coopnet/ui/tasks.py":
                found.append(f"{rel}:{node.lineno if hasattr(node, 'lineno') else '?'} {name}")
    assert found == []


def test_cancelling_a_map_export_stops_its_process_and_leaves_no_file(qtbot, sample_project_path, tmp_path):
    from coopnet.ui import tasks
    from coopnet.ui.map.export_dialog import ExportDialog

    with Project.open(sample_project_path) as project:
        dialog = ExportDialog(project)
        qtbot.addWidget(dialog)
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        dialog.path_edit.setText(str(tmp_path / "carte.pdf"))
        dialog._export()  # drawn by `coopnet map` in a child process
        assert dialog.task is not None and dialog.task.running()
        dialog.reject()  # the user presses Cancel
        assert dialog.task is None or not dialog.task.running()
        qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert dialog.written is None and dialog.error == ""
    assert list(tmp_path.glob("carte*")) == []
    assert tasks.running() == 0
