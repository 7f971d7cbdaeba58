"""Cost and traffic models: recompute time on the sample and at department scale (300 villages).

    .venv/bin/python benchmarks/bench_models.py [--no-readme]

- "recompute" is what the Models page runs on every keystroke: the whole model without its
  searches (target < 20 ms on the sample);
- "full model" adds the break-even take-rate search (a bisection over the full model);
- "tornado" is ±20 % on ~10 parameters (≈20 model runs), run once typing pauses;
- workbook and brief exports as the CLI writes them.

The department has 300 generated villages (coopnet.sample.generate_department, cached under
/tmp/coopnet-bench) with pledge counts per village taken from its generated pledge file.
Prints a table and writes it into docs/readme/models.md between the ``bench:models`` markers.
"""

from __future__ import annotations

import argparse
import collections
import csv
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coopnet.core.costs import run_model  # noqa: E402
from coopnet.core.model_inputs import (  # noqa: E402
    ModelInputs,
    Pop,
    VillageDemand,
    is_gigabit_tier,
    nearest_pop,
)
from coopnet.core.sensitivity import tornado  # noqa: E402
from coopnet.io.communes_csv import read_communes, read_features  # noqa: E402

CACHE = Path("/tmp/coopnet-bench")
README = ROOT / "docs" / "readme" / "models.md"


def timed(fn, repeat: int) -> float:
    """Median wall time in ms."""
    fn()  # warm caches (noise basis, imports)
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def sample_inputs(tmp: Path):
    from coopnet.io.sample_project import create_sample_project
    from coopnet.store import scenarios
    from coopnet.geo.model_inputs import gather

    project = create_sample_project(tmp / "sample.coopnet")
    t = time.perf_counter()
    inputs = gather(project)
    gather_ms = (time.perf_counter() - t) * 1000
    values = scenarios.values(project, "base")  # RIP wholesale, the default route
    return project, inputs, values, gather_ms


def department_inputs() -> ModelInputs:
    folder = CACHE / "pledges-300-600000-100000"
    if not (folder / "promesses.csv").exists():
        from coopnet.sample import generate_department

        folder = CACHE / "models-300"
        if not (folder / "promesses.csv").exists():
            generate_department(folder, communes=300, doors=600_000, pledges=100_000, vertices=1000, seed=1)
    villages = read_communes(folder / "communes.csv")
    pops = [
        Pop(f["properties"]["name"], f["geometry"]["coordinates"][1], f["geometry"]["coordinates"][0])
        for f in read_features(folder / "pops.geojson")
    ]
    by_name = {v.name: v.insee for v in villages}
    counts, gig = collections.Counter(), collections.Counter()
    with (folder / "promesses.csv").open(encoding="utf-8-sig", errors="replace", newline="") as fh:
        for row in csv.reader(fh, delimiter=";"):
            insee = by_name.get(row[4]) if len(row) > 7 else None
            if insee:
                counts[insee] += 1
                gig[insee] += is_gigabit_tier(row[7])
    demand = []
    for v in villages:
        pop, km = nearest_pop(v.lat, v.lon, pops) if pops else (None, None)
        demand.append(
            VillageDemand(
                v.insee,
                v.name,
                v.estimated_households() or 0,
                counts[v.insee],
                gig[v.insee],
                km,
                "straight line to PoP",
                pop.name if pop else "",
                v.lat,
                v.lon,
            )
        )
    return ModelInputs("department", demand, pops)


def measure(name: str, inputs: ModelInputs, values: dict, tmp: Path, project=None) -> list[tuple]:
    from coopnet.io.brief import brief_data, write_brief
    from coopnet.io.workbook import export_workbook

    result = run_model(values, inputs)
    rows = [
        (name, "villages / members", f"{len(inputs.villages)} / {result.subscribers:,.0f}".replace(",", " ")),
        (
            name,
            "recompute (page, per keystroke)",
            f"{timed(lambda: run_model(values, inputs, with_breakeven_take_rate=False), 50):.1f} ms",
        ),
        (
            name,
            "full model (+ break-even take rate)",
            f"{timed(lambda: run_model(values, inputs), 10):.1f} ms",
        ),
        (name, "tornado (±20 %, ~20 runs)", f"{timed(lambda: tornado(values, inputs), 3):.0f} ms"),
        (
            name,
            "workbook export (.xlsx)",
            f"{timed(lambda: export_workbook(tmp / f'{name}.xlsx', 'bench', values, inputs, result), 3):.0f} ms",
        ),
    ]
    if project is not None:
        from coopnet.store.model_inputs import tier_table

        tiers = tier_table(project)
        rows.append(
            (
                name,
                "carrier brief (.pdf)",
                f"{timed(lambda: write_brief(tmp / 'b.pdf', brief_data('bench', inputs, tiers, result)), 3):.0f} ms",
            )
        )
    return rows


def write_readme(table: str) -> None:
    if not README.exists():
        return
    text = README.read_text(encoding="utf-8")
    start, end = "<!-- bench:models -->", "<!-- /bench:models -->"
    if start in text and end in text:
        head, rest = text.split(start, 1)
        _, tail = rest.split(end, 1)
        README.write_text(f"{head}{start}\n{table}\n{end}{tail}", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-readme", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        project, inputs, values, gather_ms = sample_inputs(tmp)
        rows = [("sample", "gather inputs from the project", f"{gather_ms:.0f} ms")]
        rows += measure("sample", inputs, values, tmp, project)
        project.close()
        dept = department_inputs()
        rows += measure("department", dept, values, tmp)
    lines = ["| data | step | time |", "|---|---|---|"] + [f"| {a} | {b} | {c} |" for a, b, c in rows]
    lines.append(
        f"\n{platform.processor() or platform.machine()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs; scenario “rip” parameters, median of repeated runs."
    )
    table = "\n".join(lines)
    print(table)
    if not args.no_readme:
        write_readme(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
