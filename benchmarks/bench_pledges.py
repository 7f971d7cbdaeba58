"""Pledge import/export at department scale (100 000 pledges, 600 000 doors).

    .venv/bin/python benchmarks/bench_pledges.py [--pledges 100000] [--doors 600000]

Generated data is cached under /tmp/coopnet-bench. Prints a table; targets from
issue 3: import of 100 000 rows < 10 s, XLSX export of 100 000 pledges < 15 s.
The XLSX export (coopnet's streaming writer) is compared with openpyxl's write-only
mode and with ``pandas.DataFrame.to_excel`` on the same rows, from the same query.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coopnet.io.ban import import_ban  # noqa: E402
from coopnet.io.communes_csv import read_communes  # noqa: E402
from coopnet.io.pledges_export import (  # noqa: E402
    COLUMNS,
    _rows,
    _text,
    export_csv,
    export_xlsx,
    export_xlsx_openpyxl,
)
from coopnet.io.pledges_import import import_pledges  # noqa: E402
from coopnet.sample import generate_department  # noqa: E402
from coopnet.store import villages as vstore  # noqa: E402
from coopnet.store.project import Project  # noqa: E402

CACHE = Path("/tmp/coopnet-bench")


def timed(label, fn, rows):
    t0 = time.perf_counter()
    out = fn()
    dt = time.perf_counter() - t0
    rows.append((label, dt))
    print(f"  {label}: {dt:.2f} s", flush=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pledges", type=int, default=100_000)
    ap.add_argument("--doors", type=int, default=600_000)
    ap.add_argument("--communes", type=int, default=300)
    args = ap.parse_args()
    data_dir = CACHE / f"pledges-{args.communes}-{args.doors}-{args.pledges}"
    rows: list[tuple[str, float]] = []
    if not (data_dir / "promesses.csv").exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        print(f"generating department data in {data_dir} …", flush=True)
        timed(
            "generate department data",
            lambda: generate_department(
                data_dir, communes=args.communes, doors=args.doors, pledges=args.pledges, seed=1
            ),
            rows,
        )
    paths = {p.name: p for p in data_dir.iterdir()}
    ban = next(p for n, p in paths.items() if n.startswith("adresses-"))
    work = Path(tempfile.mkdtemp(prefix="bench-pledges-"))
    project = Project.create(work / "dept.coopnet", name="bench")
    vstore.upsert_villages(project, read_communes(data_dir / "communes.csv"))
    timed(f"BAN import ({args.doors:,} rows, setup)", lambda: import_ban(project, ban), rows)
    src = data_dir / "promesses.csv"

    def bare_baseline():
        # The floor on this machine, at this load: read the CSV and insert it, nothing checked.
        import csv
        import sqlite3

        conn = sqlite3.connect(work / "bare.sqlite")
        conn.execute("CREATE TABLE t (" + ",".join(f"c{i} TEXT" for i in range(14)) + ")")
        with src.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh, delimiter=";")
            next(reader)
            conn.executemany("INSERT INTO t VALUES (" + ",".join("?" * 14) + ")", reader)
        conn.commit()
        conn.close()

    timed("bare csv + sqlite3.executemany (same file, no checks)", bare_baseline, rows)
    result = timed(
        f"pledge import ({args.pledges:,} rows)",
        lambda: import_pledges(project, src, reject_file=work / "rejets.csv"),
        rows,
    )
    print(
        f"    imported {result.imported:,}, rejected {result.rejected:,}, "
        f"possible duplicates {result.possible_duplicates:,}; phases: "
        + ", ".join(f"{k} {v:.1f} s" for k, v in result.timings.items()),
        flush=True,
    )
    again = timed(
        "same file again (nothing new)",
        lambda: import_pledges(project, src, reject_file=work / "rejets2.csv"),
        rows,
    )
    assert again.imported == 0, again
    n = timed(
        "XLSX export (coopnet, streaming writer)", lambda: export_xlsx(project, work / "out.xlsx"), rows
    )
    timed(
        "XLSX export (same workbook, openpyxl write-only)",
        lambda: export_xlsx_openpyxl(project, work / "openpyxl.xlsx"),
        rows,
    )
    timed("CSV export (coopnet)", lambda: export_csv(project, work / "out.csv"), rows)

    def pandas_export():
        import pandas as pd

        records = [
            [
                _text(kind, r.get(key)) if kind not in ("euro", "date") else r.get(key)
                for _, key, kind in COLUMNS
            ]
            for r in _rows(project, None)
        ]
        frame = pd.DataFrame(records, columns=[h for h, _, _ in COLUMNS])
        frame.to_excel(work / "pandas.xlsx", index=False, engine="openpyxl")

    timed("XLSX export (pandas.DataFrame.to_excel, same rows)", pandas_export, rows)
    project.close()
    size = (work / "out.xlsx").stat().st_size / 1e6
    print()
    print(f"| step ({n:,} pledges) | seconds |")
    print("|---|---:|")
    for label, seconds in rows:
        print(f"| {label} | {seconds:.2f} |")
    xlsx = dict(rows)
    ours = xlsx["XLSX export (coopnet, streaming writer)"]
    theirs = xlsx["XLSX export (pandas.DataFrame.to_excel, same rows)"]
    wo = xlsx["XLSX export (same workbook, openpyxl write-only)"]
    print(
        f"\nXLSX: coopnet {ours:.1f} s, openpyxl write-only {wo:.1f} s (×{wo / ours:.1f}), "
        f"pandas to_excel {theirs:.1f} s (×{theirs / ours:.1f}); file {size:.1f} MB"
    )
    bare = xlsx["bare csv + sqlite3.executemany (same file, no checks)"]
    imp = xlsx[f"pledge import ({args.pledges:,} rows)"]
    print(f"import: {imp:.1f} s = ×{imp / bare:.0f} the bare csv + executemany loop ({bare:.2f} s)")
    print(f"load average during the run: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
