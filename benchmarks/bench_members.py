"""Doors and pledge tables at department scale (600 000 BAN rows, 100 000 pledges).

    .venv/bin/python benchmarks/bench_members.py [--doors 600000] [--pledges 100000]
                                                 [--no-sqlite-utils] [--no-readme]

1. BAN import with ``coopnet.io.ban.import_ban`` (target < 10 s), then the same file again
   (re-import: nothing changes), compared on the same file and run with
   - a bare ``csv.reader`` + ``sqlite3.executemany`` loop (no checks, plain table), and
   - ``sqlite-utils insert --csv`` (type detection, per-chunk inserts).
2. Search box on 100 000 pledges: the Members page's model + FastFilterProxy in a real
   (offscreen) QTableView, one keystroke at a time (target < 100 ms), compared with
   Qt's QSortFilterProxyModel on the same model.

Generated data is cached under /tmp/coopnet-bench. Prints a table and writes it into
docs/readme/members.md between the ``bench:members`` markers.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coopnet.io.ban import import_ban  # noqa: E402
from coopnet.io.communes_csv import read_communes  # noqa: E402
from coopnet.sample import generate_department  # noqa: E402
from coopnet.store import villages as vstore  # noqa: E402
from coopnet.store.project import Project  # noqa: E402

CACHE = Path("/tmp/coopnet-bench")
README = ROOT / "docs" / "readme" / "members.md"
START, END = "<!-- bench:members start -->", "<!-- bench:members end -->"


class Clock:
    """Wall time and CPU time of this process and its children. On a busy machine the CPU
    time is the fairer figure (it leaves out waiting for a processor); both are reported."""

    def __enter__(self):
        self.w, self.c = time.perf_counter(), _cpu()
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self.w, _cpu() - self.c

    def text(self, unit: str = "s") -> str:
        if unit == "ms":
            return f"{self.wall * 1000:.0f} ms (CPU {self.cpu * 1000:.0f} ms)"
        return f"{self.wall:.1f} s (CPU {self.cpu:.1f} s)"


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def timed(fn):
    with Clock() as c:
        out = fn()
    return out, c


def bare_loop(ban: Path, db: Path) -> int:
    """The floor: read the CSV and executemany into a plain table, no checks."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    with ban.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter=";")
        header = next(reader)
        cols = ", ".join(f'"{c}"' for c in header)
        conn.execute(f"CREATE TABLE ban ({cols})")
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO ban VALUES ({', '.join('?' * len(header))})", reader)
        conn.execute("COMMIT")
    n = conn.execute("SELECT COUNT(*) FROM ban").fetchone()[0]
    conn.close()
    return n


def sqlite_utils_cli(ban: Path, db: Path) -> None:
    exe = Path(sys.executable).with_name("sqlite-utils")
    subprocess.run(
        [str(exe), "insert", str(db), "ban", str(ban), "--csv", "--delimiter", ";"],
        check=True,
        capture_output=True,
    )


def filter_bench(project: Project) -> dict:
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from coopnet.store.pledges import list_pledges
    from coopnet.ui.members.table_models import PledgesModel
    from coopnet.ui.members.table_proxy import FastFilterProxy

    app = QApplication.instance() or QApplication([])
    (rows, t_query) = timed(lambda: list_pledges(project))
    model = PledgesModel()
    proxy = FastFilterProxy()
    _, t_load = timed(lambda: (model.set_rows(rows), proxy.setSourceModel(model)))
    view = QTableView()
    view.verticalHeader().hide()
    view.setModel(proxy)
    view.resize(1200, 700)
    view.show()
    app.processEvents()
    # Type a surname and a phone fragment one key at a time, as a volunteer would.
    surname = next(r["last_name"] for r in rows if r["last_name"] and len(r["last_name"]) >= 5)
    words = [surname[:5].lower(), "06 1"]
    walls, cpus, filters = [], [], []
    for word in words:
        for k in list(range(1, len(word) + 1)) + [0]:  # then clear the box: all 100 000 again
            with Clock() as c:
                with Clock() as f:
                    proxy.set_filter_text(word[:k])
                app.processEvents()  # Qt repaints the visible rows (same cost for 100 rows)
            walls.append(c.wall)
            cpus.append(c.cpu)
            filters.append(f.wall)
    _, t_sort = timed(lambda: (proxy.sort(0, Qt.AscendingOrder), app.processEvents()))
    # Qt's own proxy on the same model: one keystroke then clearing.
    qt_proxy = QSortFilterProxyModel()
    qt_proxy.setSourceModel(model)
    qt_proxy.setFilterKeyColumn(-1)
    qt_proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
    view.setModel(qt_proxy)
    app.processEvents()
    _, t_qt = timed(lambda: (qt_proxy.setFilterFixedString(surname[:2]), app.processEvents()))
    view.close()
    return {
        "rows": len(rows),
        "query": t_query,
        "load": t_load,
        "median": statistics.median(walls),
        "max": max(walls),
        "cpu_median": statistics.median(cpus),
        "cpu_max": max(cpus),
        "filter_median": statistics.median(filters),
        "filter_max": max(filters),
        "keystrokes": len(walls),
        "sort": t_sort,
        "qt_one_key": t_qt,
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--doors", type=int, default=600_000)
    ap.add_argument("--pledges", type=int, default=100_000)
    ap.add_argument("--communes", type=int, default=300)
    ap.add_argument("--no-sqlite-utils", action="store_true", help="skip the slow sqlite-utils run")
    ap.add_argument("--no-readme", action="store_true", help="do not rewrite docs/readme/members.md")
    args = ap.parse_args()
    data = CACHE / f"pledges-{args.communes}-{args.doors}-{args.pledges}"
    if not (data / "promesses.csv").exists():
        data.mkdir(parents=True, exist_ok=True)
        print(f"generating department data in {data} …", flush=True)
        generate_department(data, communes=args.communes, doors=args.doors, pledges=args.pledges, seed=1)
    ban = next(p for p in data.iterdir() if p.name.startswith("adresses-"))
    work = Path(tempfile.mkdtemp(prefix="bench-members-"))
    project = Project.create(work / "dept.coopnet", name="bench")
    vstore.upsert_villages(project, read_communes(data / "communes.csv"))
    results: list[tuple[str, str, str]] = []

    load_before = os.getloadavg()[0]
    result, t_ban = timed(lambda: import_ban(project, ban))
    print(f"BAN import: {t_ban.text()} ({result.created:,} doors)", flush=True)
    again, t_again = timed(lambda: import_ban(project, ban))
    print(f"BAN re-import: {t_again.text()} ({again.unchanged:,} unchanged)", flush=True)
    n, t_bare = timed(lambda: bare_loop(ban, work / "bare.sqlite"))
    print(f"bare csv + executemany: {t_bare.text()} ({n:,} rows)", flush=True)
    t_su = None
    if not args.no_sqlite_utils:
        _, t_su = timed(lambda: sqlite_utils_cli(ban, work / "su.sqlite"))
        print(f"sqlite-utils insert --csv: {t_su.text()}", flush=True)
    rows = f"{result.rows:,}".replace(",", " ")
    results.append((f"BAN import, {rows} rows (`coopnet import addresses`)", t_ban.text(), "< 10 s"))
    results.append(("BAN re-import of the same file (nothing changes)", t_again.text(), "—"))
    results.append(
        (
            "bare `csv` + `executemany` loop, same file (no checks)",
            t_bare.text(),
            f"coopnet takes {t_ban.wall / t_bare.wall:.1f} × this (CPU {t_ban.cpu / t_bare.cpu:.1f} ×)",
        )
    )
    if t_su is not None:
        results.append(
            (
                "`sqlite-utils insert --csv`, same file",
                t_su.text(),
                f"coopnet is {t_su.wall / t_ban.wall:.0f} × faster (CPU {t_su.cpu / t_ban.cpu:.0f} ×)",
            )
        )

    from coopnet.io.pledges_import import import_pledges

    pledge_file = data / "promesses.csv"
    imported, t_imp = timed(lambda: import_pledges(project, pledge_file))
    print(f"pledge import (setup): {t_imp.text()}", flush=True)
    f = filter_bench(project)
    print(
        f"filter on {f['rows']:,} pledges: median {f['median'] * 1000:.0f} ms "
        f"(CPU {f['cpu_median'] * 1000:.0f} ms), worst {f['max'] * 1000:.0f} ms "
        f"(CPU {f['cpu_max'] * 1000:.0f} ms) over {f['keystrokes']} keystrokes; "
        f"QSortFilterProxyModel one keystroke {f['qt_one_key'].text('ms')}",
        flush=True,
    )
    n_p = f"{f['rows']:,}".replace(",", " ")
    results.append(
        (
            f"search box on {n_p} pledges, per keystroke: median / worst",
            f"{f['median'] * 1000:.0f} / {f['max'] * 1000:.0f} ms (CPU "
            f"{f['cpu_median'] * 1000:.0f} / {f['cpu_max'] * 1000:.0f} ms)",
            "< 100 ms",
        )
    )
    results.append(
        (
            "… of which filtering the rows (the rest is Qt painting the visible rows)",
            f"{f['filter_median'] * 1000:.0f} / {f['filter_max'] * 1000:.0f} ms",
            "—",
        )
    )
    results.append(
        (
            "same model with Qt's QSortFilterProxyModel, one keystroke",
            f["qt_one_key"].text("ms"),
            "why coopnet has its own proxy",
        )
    )
    results.append((f"sort {n_p} pledges by name (header click)", f["sort"].text("ms"), "—"))
    results.append(
        (
            f"load {n_p} pledges into the table (query, model)",
            f"{f['query'].wall + f['load'].wall:.1f} s",
            "—",
        )
    )
    load_after = os.getloadavg()[0]
    project.close()

    width = max(len(r[0]) for r in results)
    print()
    for label, value, note in results:
        print(f"{label:<{width}}  {value:>12}  {note}")
    if not args.no_readme and README.exists():
        machine = (
            f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} CPUs, "
            f"load average {load_before:.1f} → {load_after:.1f}, {time.strftime('%d/%m/%Y')}"
        )
        table = ["| measurement | result | target / comparison |", "|---|---|---|"]
        table += [f"| {a} | {b} | {c} |" for a, b, c in results]
        block = "\n".join(
            [START, f"Measured with `benchmarks/bench_members.py` ({machine}):", "", *table, END]
        )
        text = README.read_text(encoding="utf-8")
        if START in text and END in text:
            text = text[: text.index(START)] + block + text[text.index(END) + len(END) :]
            README.write_text(text, encoding="utf-8")
            print(f"\nwritten into {README.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
