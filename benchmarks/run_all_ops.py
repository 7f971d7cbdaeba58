"""One benchmark operation per process, for ``run_all.py`` (peak memory is then per operation).

    python benchmarks/run_all_ops.py OPERATION JSON-ARGS

Prints ``RESULT {json}`` as its last line: ``seconds`` (the operation itself, setup
excluded) and anything else worth reporting. The parent reads the process's peak
memory with ``os.wait4``.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")


def _timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def bare_csv(a: dict) -> dict:
    """The floor: csv.reader + one executemany into a plain table, nothing checked."""
    src, db = Path(a["src"]), Path(a["db"])

    def run():
        conn = sqlite3.connect(db, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        with src.open(encoding=a.get("encoding", "utf-8"), newline="") as fh:
            reader = csv.reader(fh, delimiter=";")
            header = next(reader)
            conn.execute(f"CREATE TABLE t ({', '.join(f'c{i}' for i in range(len(header)))})")
            conn.execute("BEGIN")
            conn.executemany(
                f"INSERT INTO t VALUES ({', '.join('?' * len(header))})",
                (r for r in reader if len(r) == len(header)),
            )
            conn.execute("COMMIT")
        n = conn.execute("SELECT COUNT(*) FROM t").fetchone()[0]
        conn.close()
        return n

    rows, seconds = _timed(run)
    return {"seconds": seconds, "rows": rows}


def map_ours(a: dict) -> dict:
    from coopnet.geo.map_builder import MapOptions, render_html
    from coopnet.store.project import Project

    with Project.open(a["project"], readonly=True) as project:
        html, seconds = _timed(lambda: render_html(project, MapOptions(inline_assets=True)))
    Path(a["out"]).write_text(html, encoding="utf-8")
    return {"seconds": seconds, "mb": len(html.encode()) / 1e6}


def map_naive(a: dict) -> dict:
    from bench_map import naive_html  # the Map helper's naive folium page
    from coopnet.store.project import Project

    with Project.open(a["project"], readonly=True) as project:
        html, seconds = _timed(lambda: naive_html(project))
    Path(a["out"]).write_text(html, encoding="utf-8")
    return {"seconds": seconds, "mb": len(html.encode()) / 1e6}


def xlsx_ours(a: dict) -> dict:
    from coopnet.io.pledges_export import export_xlsx
    from coopnet.store.project import Project

    with Project.open(a["project"], readonly=True) as project:
        n, seconds = _timed(lambda: export_xlsx(project, a["out"]))
    return {"seconds": seconds, "rows": n, "mb": Path(a["out"]).stat().st_size / 1e6}


def xlsx_pandas(a: dict) -> dict:
    """Same rows from the same query, written by pandas.DataFrame.to_excel (openpyxl)."""
    import pandas as pd

    from coopnet.io.pledges_export import COLUMNS, _rows, _text
    from coopnet.store.project import Project

    def run():
        records = [
            [
                _text(kind, r.get(key)) if kind not in ("euro", "date") else r.get(key)
                for _, key, kind in COLUMNS
            ]
            for r in _rows(project, None)
        ]
        frame = pd.DataFrame(records, columns=[h for h, _, _ in COLUMNS])
        frame.to_excel(a["out"], index=False, engine="openpyxl")
        return len(frame)

    with Project.open(a["project"], readonly=True) as project:
        n, seconds = _timed(run)
    return {"seconds": seconds, "rows": n, "mb": Path(a["out"]).stat().st_size / 1e6}


def _seconds(v) -> float:
    return float(getattr(v, "wall", v))  # bench_members may hand back its Clock objects


def filter_rows(a: dict) -> dict:
    from bench_members import filter_bench  # the Members helper's keystroke benchmark
    from coopnet.store.project import Project

    with Project.open(a["project"], readonly=True) as project:
        f = {k: _seconds(v) for k, v in filter_bench(project).items()}
    return {
        "seconds": f["median"],
        "worst": f["max"],
        "qt_one_key": f["qt_one_key"],
        "rows": int(f["rows"]),
        "keystrokes": int(f["keystrokes"]),
    }


def model(a: dict) -> dict:
    """What the Models page runs on each keystroke, on inputs gathered from the project."""
    from coopnet.core import params as P
    from coopnet.core.costs import run_model
    from coopnet.geo.model_inputs import gather
    from coopnet.store.project import Project

    with Project.open(a["project"], readonly=True) as project:
        inputs, gather_s = _timed(lambda: gather(project))
    values = P.validate({})
    run_model(values, inputs, with_breakeven_take_rate=False)  # warm caches
    times = [_timed(lambda: run_model(values, inputs, with_breakeven_take_rate=False))[1] for _ in range(30)]
    _, full = _timed(lambda: run_model(values, inputs))
    return {
        "seconds": statistics.median(times),
        "full": full,
        "gather": gather_s,
        "villages": len(inputs.villages),
    }


def _descendants() -> list[int]:
    """Our child processes, recursively (QtWebEngine renderers live outside this process)."""
    me, kids = os.getpid(), {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
                kids.setdefault(int(fields[1]), []).append(int(d.name))
            except (OSError, IndexError, ValueError):
                continue
    out, todo = [], list(kids.get(me, []))
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += kids.get(pid, [])
    return out


def _proc_kb(path: str, key: str) -> float:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _descendants_rss_mb() -> float:
    return sum(_proc_kb(f"/proc/{pid}/status", "VmRSS") for pid in _descendants())


def tree_memory() -> dict:
    """Memory of this process and its children now: RSS (shared pages counted in each
    process) and PSS (shared pages split between the processes sharing them: the fair sum)."""
    kids = _descendants()
    return {
        "py_rss": _vm("VmRSS"),
        "py_pss": _proc_kb("/proc/self/smaps_rollup", "Pss"),
        "kids_rss": sum(_proc_kb(f"/proc/{p}/status", "VmRSS") for p in kids),
        "kids_pss": sum(_proc_kb(f"/proc/{p}/smaps_rollup", "Pss") for p in kids),
        "kids": len(kids),
    }


def _vm(key: str) -> float:
    return _proc_kb("/proc/self/status", key)


def _settle(app, seconds_quiet: float = 1.0, limit: float = 60) -> None:
    """Run the event loop until the workers are done, then a little longer (web view loads)."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    deadline = time.time() + limit
    while time.time() < deadline:
        app.processEvents()
        pools = (
            [QThreadPool.globalInstance()]
            + [p for p in app.findChildren(QThreadPool)]
            + [p for w in QApplication.topLevelWidgets() for p in w.findChildren(QThreadPool)]
        )
        if all(p.activeThreadCount() == 0 for p in pools):
            break
        time.sleep(0.01)
    end = time.time() + seconds_quiet
    while time.time() < end:
        app.processEvents()
        time.sleep(0.01)


def gui(a: dict) -> dict:
    """``coopnet gui FILE`` as run_app does it; time from process start to the shown window
    with the project open; then the Villages page settled (figures filled), the Map page
    opened and every page visited, with the memory of the whole process tree at each step."""
    t_import = time.time()
    from coopnet.ui.app import create_application
    from coopnet.ui.main_window import MainWindow

    app = create_application()
    window = MainWindow()
    window.context.settings.last_page = 0
    window.nav.setCurrentRow(0)  # the Villages page, whatever the settings said
    window.show()
    ok = window.open_project(a["project"]) if a.get("project") else True
    while not (window.isVisible() and window.windowHandle() and window.windowHandle().isExposed()):
        app.processEvents()
    app.processEvents()
    shown = time.time()
    first_mb = _vm("VmHWM")
    villages = window.pages[0]
    deadline = time.time() + 120
    while time.time() < deadline and villages.model.rowCount() == 0 and a.get("project"):
        app.processEvents()
        time.sleep(0.005)
    filled = time.time()
    _settle(app)
    at_villages = tree_memory()
    at_villages["hwm"] = _vm("VmHWM")
    stages = {"villages": at_villages}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        t0 = time.time()
        page = window.stack.currentWidget()
        if getattr(page, "page_id", "") == "map":
            while time.time() - t0 < 60 and getattr(page, "builds", 0) == 0:  # first map shown
                app.processEvents()
                time.sleep(0.01)
            stages["map_ready_s"] = time.time() - t0
        _settle(app)
        if getattr(page, "page_id", "") == "map":
            stages["map"] = {**tree_memory(), "hwm": _vm("VmHWM")}
    stages["all"] = {**tree_memory(), "hwm": _vm("VmHWM")}
    # Changes while the map is open. Pledges: recoloured in place. Geodata (imports, detour
    # factor): drawn anew by a child process (`coopnet map-page`) beside the old page. Sample the
    # whole tree, children included, until each is done.
    maps = [p for p in window.pages if getattr(p, "page_id", "") == "map"]
    if maps and a.get("project"):
        page = maps[0]
        window.nav.setCurrentRow(window.pages.index(page))
        for stage, domain in (("recolour", "pledges"), ("redraw", "geo")):
            builds, recolours, t0 = page.builds, page.recolours, time.time()
            window.context.notify(domain)
            peak = {"py_rss": 0.0, "kids_rss": 0.0, "py_pss": 0.0, "kids_pss": 0.0, "kids": 0}
            while page.builds == builds and page.recolours == recolours and time.time() - t0 < 120:
                app.processEvents()
                now = tree_memory()
                if now["py_rss"] + now["kids_rss"] > peak["py_rss"] + peak["kids_rss"]:
                    peak = now
                time.sleep(0.02)
            stages[stage + "_s"] = time.time() - t0
            stages[stage] = {**peak, "hwm": _vm("VmHWM")}
            _settle(app)
    result = {
        "shown_at": shown,
        "filled_at": filled,
        "imported_at": t_import,
        "opened": bool(ok),
        "peak_mb_shown": first_mb,
        "peak_mb": _vm("VmHWM"),
        "webengine_mb": _descendants_rss_mb(),
        "stages": stages,
        "error": window.last_error,
    }
    window.close()
    return result


def bare_qt(a: dict) -> dict:
    """The floor for a start-up: a QApplication with QtWebEngine and an empty QMainWindow."""
    from PySide6.QtCore import QCoreApplication, Qt

    QCoreApplication.setAttribute(Qt.AA_ShareOpenGLContexts)
    import PySide6.QtWebEngineWidgets  # noqa: F401
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    w = QMainWindow()
    w.resize(1280, 800)
    w.show()
    while not (w.windowHandle() and w.windowHandle().isExposed()):
        app.processEvents()
    app.processEvents()
    return {"shown_at": time.time(), "peak_mb": _vm("VmHWM")}


def cli(a: dict) -> dict:
    """``coopnet ARGS`` run in this process, so that its peak memory is measured alone."""
    from coopnet.cli import main

    rc = main(json.loads(a["argv"]))
    if rc:
        raise SystemExit(rc)
    return {}


def sqlite_utils(a: dict) -> dict:
    """``sqlite-utils ARGS``, in this process (click's entry point)."""
    from sqlite_utils.cli import cli as su

    su.main(args=json.loads(a["argv"]), standalone_mode=False)
    return {}


OPERATIONS = {
    f.__name__: f
    for f in (
        cli,
        sqlite_utils,
        bare_csv,
        map_ours,
        map_naive,
        xlsx_ours,
        xlsx_pandas,
        filter_rows,
        model,
        gui,
        bare_qt,
    )
}

if __name__ == "__main__":
    out = OPERATIONS[sys.argv[1]](json.loads(sys.argv[2]))
    # VmHWM, not the parent's ru_maxrss: a forked child inherits its parent's high-water mark.
    out["vmhwm_mb"] = max(out.get("peak_mb", 0), _vm("VmHWM"))
    sys.stdout.flush()
    print("RESULT " + json.dumps(out), flush=True)
    os._exit(0)  # no slow teardown of Qt / WebEngine in the measured process
