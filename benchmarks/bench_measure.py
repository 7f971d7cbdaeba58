"""Measured traffic at scale: a year of 5-minute samples for 10 interfaces (≈1 M rows).

    .venv/bin/python benchmarks/bench_measure.py

Targets: import of the 10 CSV files < 5 s in all; the 12 monthly reports (10 interfaces added
slot by slot) < 1 s. Files are generated once under /tmp/coopnet-bench/measure.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CACHE = Path("/tmp/coopnet-bench/measure")


def files() -> list[Path]:
    from tests.measure_synth import csv_text, rates

    CACHE.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(10):
        p = CACHE / f"if{i}.csv"
        if not p.exists():
            ts, a, b = rates(
                dt.datetime(2026, 1, 1, tzinfo=ZoneInfo("Europe/Paris")),
                365,
                100 + 20 * i,
                2.0,
                3.0,
                0.1,
                seed=i,
            )
            p.write_text(csv_text(ts, a, b))
        out.append(p)
    return out


def main() -> None:
    from coopnet.io.measure_import import import_file
    from coopnet.io.measure_reports import reports
    from coopnet.store.project import Project

    srcs = files()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.coopnet"
        Project.create(path).close()
        with Project.open(path) as project:
            t = time.perf_counter()
            rows = sum(import_file(project, s)["samples"] for s in srcs)
            t_import = time.perf_counter() - t
            t = time.perf_counter()
            months = reports(project)["months"]
            t_reports = time.perf_counter() - t
    print(f"| import {len(srcs)} CSV files, {rows:,} samples | {t_import:.2f} s | < 5 s |")
    print(f"| {len(months)} monthly reports (10 interfaces summed) | {t_reports:.2f} s | < 1 s |")
    # for benchmarks/run_all.py (``make bench``): the figures and this process's peak memory
    hwm = next(
        (float(line.split()[1]) / 1024 for line in open("/proc/self/status") if line.startswith("VmHWM:")),
        None,
    )
    print(
        "RESULT "
        + json.dumps(
            {
                "files": len(srcs),
                "samples": rows,
                "import_s": t_import,
                "months": len(months),
                "reports_s": t_reports,
                "vmhwm_mb": hwm,
            }
        )
    )


if __name__ == "__main__":
    main()
