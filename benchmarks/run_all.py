"""``make bench``: coopnet at department scale against the obvious alternative, in one table.

    .venv/bin/python benchmarks/run_all.py [--quick] [--only NAME ...] [--no-write]

Data: ``coopnet.sample.generate_department`` (300 communes, 600 000 doors, 100 000 pledges,
~1 000-vertex boundaries, seed 1), generated once and cached under /tmp/coopnet-bench with
the project files built from it. Every measurement runs in a fresh process, so its peak
memory (``ru_maxrss`` of that process, from ``os.wait4``) belongs to it alone; CLI timings
are wall time of the whole command, interpreter start included, as a user would see it.
Writes the table to benchmarks/results.md. ``--quick`` uses small data (smoke test).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OPS = ROOT / "benchmarks" / "run_all_ops.py"
CACHE = Path("/tmp/coopnet-bench")
RESULTS = ROOT / "benchmarks" / "results.md"
FULL = dict(communes=300, doors=600_000, pledges=100_000, vertices=1000)
QUICK = dict(communes=20, doors=20_000, pledges=3_000, vertices=200)
NAMES = ("ban", "pledges", "map", "xlsx", "filter", "model", "startup", "bombs", "measure", "sync", "newcoop")
MEMORY_TARGET_MB = 600


# -- data and projects (setup: cached, never measured) ------------------------------------
def data_dir(size: dict) -> Path:
    from coopnet.sample import generate_department

    key = f"{size['communes']}-{size['doors']}-{size['pledges']}"
    # The Members/Pledges helpers cache the same call (same arguments, same bytes) here.
    for folder in (CACHE / f"pledges-{key}", CACHE / f"data-{key}-{size['vertices']}"):
        if (
            size["vertices"] == 1000
            and (folder / "promesses.csv").exists()
            and (folder / "pops.geojson").exists()
        ):
            return folder
    folder = CACHE / f"data-{key}-{size['vertices']}"
    if not (folder / ".complete").exists():
        print(f"generating department data into {folder} …", flush=True)
        generate_department(folder, seed=1, **size)
        (folder / ".complete").touch()
    return folder


def ban_file(data: Path) -> Path:
    return next(data.glob("adresses-*.csv"))


def base_project(data: Path, work: Path) -> Path:
    """Villages with boundaries, backbone and PoPs — what exists before the BAN import."""
    path = work / "base.coopnet"
    if path.exists():
        return path
    from coopnet.io.communes_csv import read_communes, read_features
    from coopnet.store import villages as vstore
    from coopnet.store.project import Project

    tmp = work / "base.tmp"
    project = Project.create(tmp, name="Département (benchmark)", overwrite=True)
    villages = read_communes(data / "communes.csv")
    bounds = {f["properties"]["insee"]: f["geometry"] for f in read_features(data / "boundaries.geojson")}
    for v in villages:
        v.boundary = json.dumps(bounds[v.insee], separators=(",", ":"))
        v.threshold_pct = 40.0
    vstore.upsert_villages(project, villages)
    vstore.replace_backbone(
        project,
        [
            {"name": f["properties"].get("name", ""), "geometry": f["geometry"], "illustrative": True}
            for f in read_features(data / "backbone.geojson")
        ],
    )
    vstore.replace_pops(
        project,
        [
            {
                "name": f["properties"]["name"],
                "lon": f["geometry"]["coordinates"][0],
                "lat": f["geometry"]["coordinates"][1],
                "illustrative": True,
            }
            for f in read_features(data / "pops.geojson")
        ],
    )
    project.close()
    tmp.rename(path)
    return path


def copy_project(src: Path, dest: Path) -> Path:
    for extra in ("", "-wal", "-shm"):
        Path(str(dest) + extra).unlink(missing_ok=True)
    shutil.copy2(src, dest)
    return dest


def staged(data: Path, work: Path, stage: str) -> Path:
    """``doors`` (base + BAN) or ``full`` (doors + pledges), built in-process when missing."""
    from coopnet.store.project import Project

    path = work / f"{stage}.coopnet"
    if path.exists():
        return path
    before = staged(data, work, "doors") if stage == "full" else base_project(data, work)
    tmp = copy_project(before, work / f"{stage}.tmp")
    with Project.open(tmp) as project:
        if stage == "doors":
            from coopnet.io.ban import import_ban

            import_ban(project, ban_file(data))
        else:
            from coopnet.io.pledges_import import import_pledges

            import_pledges(project, data / "promesses.csv", reject_file=work / "setup-rejects.csv")
    tmp.rename(path)
    return path


# -- measuring ------------------------------------------------------------------------------
def run(argv: list[str], env: dict | None = None, timeout: float = 1800) -> dict:
    """Run one process; wall time, peak RSS (MB) and the child's RESULT line (if any)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t0, wall0 = time.perf_counter(), time.time()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env={**os.environ, **(env or {})}, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - t0
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, argv[:4]))} … failed ({proc.returncode}):\n{stderr[-2000:]}")
    result = {}
    for line in stdout.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line[7:])
    # The child's own VmHWM when it reports one: ru_maxrss counts the parent's pages at fork.
    result.update(wall=wall, peak_mb=result.get("vmhwm_mb", usage.ru_maxrss / 1024), started_at=wall0)
    return result


def op(name: str, **args) -> dict:
    return run([sys.executable, str(OPS), name, json.dumps({k: str(v) for k, v in args.items()})])


def coopnet(*args) -> dict:
    """``coopnet ARGS`` (its main() in a fresh interpreter, so that it reports its own VmHWM)."""
    return op("cli", argv=json.dumps([str(a) for a in args]))


class Row(dict):
    """operation, ours (s, MB), alternative name, theirs (s, MB), note."""


def bench_ban(data: Path, work: Path) -> list[Row]:
    base, ban = base_project(data, work), ban_file(data)
    target = copy_project(base, work / "m-ban.coopnet")
    ours = coopnet("import", "addresses", target, ban)
    if not (work / "doors.coopnet").exists():
        copy_project(target, work / "doors.coopnet")
    (work / "su.sqlite").unlink(missing_ok=True)
    su = op(
        "sqlite_utils",
        argv=json.dumps(["insert", str(work / "su.sqlite"), "ban", str(ban), "--csv", "--delimiter", ";"]),
    )
    (work / "bare.sqlite").unlink(missing_ok=True)
    bare = op("bare_csv", src=ban, db=work / "bare.sqlite")
    label = f"BAN import, {_n(bare['rows'])} addresses (`coopnet import addresses`)"
    return [
        Row(
            op=label,
            t=ours["wall"],
            mb=ours["peak_mb"],
            alt="`sqlite-utils insert --csv`",
            at=su["wall"],
            amb=su["peak_mb"],
            note="checked, upserted, all-or-nothing",
        ),
        Row(
            op=label,
            t=ours["wall"],
            mb=ours["peak_mb"],
            alt="bare `csv` + `executemany` (no checks)",
            at=bare["wall"],
            amb=bare["peak_mb"],
            note="the floor",
        ),
    ]


def bench_pledges(data: Path, work: Path) -> list[Row]:
    target = copy_project(staged(data, work, "doors"), work / "m-pledges.coopnet")
    src = data / "promesses.csv"
    ours = coopnet("import", "pledges", target, src, "--reject-file", work / "rejects.csv", "--json")
    (work / "bare-p.sqlite").unlink(missing_ok=True)
    bare = op("bare_csv", src=src, db=work / "bare-p.sqlite")
    return [
        Row(
            op=f"pledge import, {_n(bare['rows'])} rows (`coopnet import pledges`)",
            t=ours["wall"],
            mb=ours["peak_mb"],
            alt="bare `csv` + `executemany` (no checks)",
            at=bare["wall"],
            amb=bare["peak_mb"],
            note="validated, matched to doors, duplicates flagged",
        )
    ]


def bench_map(data: Path, work: Path) -> list[Row]:
    full = staged(data, work, "full")
    ours = op("map_ours", project=full, out=work / "map.html")
    naive = op("map_naive", project=full, out=work / "naive.html")
    return [
        Row(
            op="map build, standalone HTML",
            t=ours["seconds"],
            mb=ours["peak_mb"],
            alt="naive folium (full-res GeoJson, one Marker per pledge)",
            at=naive["seconds"],
            amb=naive["peak_mb"],
            note=f"HTML {ours['mb']:.1f} MB vs {naive['mb']:.1f} MB",
        )
    ]


def bench_xlsx(data: Path, work: Path) -> list[Row]:
    full = staged(data, work, "full")
    ours = op("xlsx_ours", project=full, out=work / "pledges.xlsx")
    pandas = op("xlsx_pandas", project=full, out=work / "pandas.xlsx")
    return [
        Row(
            op=f"XLSX export, {_n(ours['rows'])} pledges",
            t=ours["seconds"],
            mb=ours["peak_mb"],
            alt="`pandas.DataFrame.to_excel`",
            at=pandas["seconds"],
            amb=pandas["peak_mb"],
            note=f"{ours['mb']:.1f} MB file",
        )
    ]


def bench_filter(data: Path, work: Path) -> list[Row]:
    f = op("filter_rows", project=staged(data, work, "full"))
    return [
        Row(
            op=f"search box on {_n(f['rows'])} pledges, per keystroke (median)",
            t=f["seconds"],
            mb=f["peak_mb"],
            alt="Qt's `QSortFilterProxyModel`, one keystroke",
            at=f["qt_one_key"],
            amb=None,
            note=f"worst keystroke {f['worst'] * 1000:.0f} ms; same process",
        )
    ]


def bench_model(data: Path, work: Path) -> list[Row]:
    m = op("model", project=staged(data, work, "full"))
    return [
        Row(
            op=f"model recompute, {m['villages']} villages (per keystroke)",
            t=m["seconds"],
            mb=m["peak_mb"],
            alt=None,
            at=None,
            amb=None,
            note=f"with break-even search {m['full'] * 1000:.0f} ms; gather inputs {m['gather']:.2f} s",
        )
    ]


def _tree(stage: dict) -> tuple[float, float, str]:
    """Whole process tree (app + QtWebEngine processes) at a stage: RSS, PSS, and a note."""
    rss, pss = stage["py_rss"] + stage["kids_rss"], stage["py_pss"] + stage["kids_pss"]
    verdict = "met" if rss < MEMORY_TARGET_MB else ("met by PSS only" if pss < MEMORY_TARGET_MB else "MISSED")
    return (
        rss,
        pss,
        (
            f"RSS of the whole tree {rss:.0f} MB = app {stage['py_rss']:.0f} + children "
            f"{stage['kids_rss']:.0f} ({stage['kids']} processes: QtWebEngine, and `coopnet map-page` "
            f"while it draws); PSS {pss:.0f} MB; app's own "
            f"peak so far {stage['hwm']:.0f} MB; target < {MEMORY_TARGET_MB} MB: {verdict}"
        ),
    )


def bench_startup(data: Path, work: Path) -> list[Row]:
    target = copy_project(staged(data, work, "full"), work / "m-gui.coopnet")
    home = Path(tempfile.mkdtemp(prefix="bench-home-"))  # never the user's settings
    env = {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / "share")}
    app = run([sys.executable, str(OPS), "gui", json.dumps({"project": str(target)})], env=env)
    bare = run([sys.executable, str(OPS), "bare_qt", "{}"], env=env)
    shutil.rmtree(home, ignore_errors=True)
    start, floor = app["shown_at"] - app["started_at"], bare["shown_at"] - bare["started_at"]
    stages = app["stages"]
    rows = [
        Row(
            op="cold start to the shown window, department project open (`coopnet gui FILE`)",
            t=start,
            mb=app["peak_mb_shown"],
            alt="empty `QMainWindow` (PySide6 + QtWebEngine imported)",
            at=floor,
            amb=bare["peak_mb"],
            note="" if app["opened"] else f"NOT OPENED: {app['error']}",
        ),
        Row(
            op="… until the Villages page shows its figures",
            t=app["filled_at"] - app["started_at"],
            mb=None,
            alt=None,
            at=None,
            amb=None,
            note="",
        ),
    ]
    for key, label in (
        ("villages", "app with the department project open, Villages page shown"),
        ("map", "… after opening the Map page"),
        ("all", "… after visiting every page"),
        ("recolour", "… highest point while the open map takes a pledge change (recoloured in place)"),
        (
            "redraw",
            "… highest point while the open map is drawn anew after a "
            "geodata change (drawing child process included)",
        ),
    ):
        if key in stages:
            rss, _pss, note = _tree(stages[key])
            if key == "map" and stages.get("map_ready_s", 0) >= 60:
                note += "; the map had not finished drawing after 60 s"
            drawn = stages.get("map_ready_s") if key == "map" and stages.get("map_ready_s", 60) < 60 else None
            if key in ("recolour", "redraw"):
                drawn = stages.get(key + "_s")
            rows.append(Row(op=label, t=drawn, mb=rss, alt=None, at=None, amb=None, note=note))
    return rows


def bench_bombs(data: Path, work: Path) -> list[Row]:
    """Hostile files (issue 12 §6), full size whatever --quick says: each must be refused in
    < 5 s and < 300 MB (measured by /usr/bin/time -v; see benchmarks/bench_bombs.py)."""
    from benchmarks.bench_bombs import LABELS, build, bundled_sample, measure

    project, rows = bundled_sample(), []
    for name, path in build().items():
        r = measure(project, name, path)
        ok = r["rc"] == 1 and r["seconds"] < 5 and (r["peak_mb"] or 0) < 300 and r["unchanged"]
        rows.append(
            Row(
                op=f"refusing a hostile file: {LABELS[name]} ({path.stat().st_size / 2**20:.1f} MB)",
                t=r["seconds"],
                mb=r["peak_mb"],
                alt=None,
                at=None,
                amb=None,
                note=("target < 5 s, < 300 MB: met" if ok else "target < 5 s, < 300 MB: MISSED")
                + "; project unchanged" * r["unchanged"],
            )
        )
    return rows


def bench_measure(data: Path, work: Path) -> list[Row]:
    """Measured traffic (issue 15): a year of 5-minute samples × 10 interfaces (1 051 200 rows),
    full size whatever --quick says; see benchmarks/bench_measure.py. Import < 5 s, the 12
    monthly bills < 1 s, in one fresh process (its peak memory is that of both)."""
    from benchmarks.bench_measure import files

    r = run([sys.executable, str(ROOT / "benchmarks" / "bench_measure.py")])
    bare_s, bare_mb = 0.0, 0.0  # the floor: the same rows into a plain table, nothing checked
    for i, src in enumerate(files()):
        (work / f"bare-m{i}.sqlite").unlink(missing_ok=True)
        b = op("bare_csv", src=src, db=work / f"bare-m{i}.sqlite")
        bare_s, bare_mb = bare_s + b["seconds"], max(bare_mb, b["peak_mb"])
        (work / f"bare-m{i}.sqlite").unlink(missing_ok=True)
    met = lambda ok: "met" if ok else "MISSED"  # noqa: E731
    return [
        Row(
            op=f"measured traffic: import {r['files']} CSV files, {_n(r['samples'])} 5-minute samples "
            "(`coopnet measure import`)",
            t=r["import_s"],
            mb=r["peak_mb"],
            alt="bare `csv` + `executemany` (no checks), same 10 files",
            at=bare_s,
            amb=bare_mb,
            note=f"target < 5 s: {met(r['import_s'] < 5)}; counters checked, stored per interface and day",
        ),
        Row(
            op=f"… the {r['months']} monthly 95th-percentile bills, 10 interfaces added slot by slot "
            "(`coopnet measure report`)",
            t=r["reports_s"],
            mb=None,
            alt=None,
            at=None,
            amb=None,
            note=f"target < 1 s: {met(r['reports_s'] < 1)}",
        ),
    ]


def bench_sync(data: Path, work: Path) -> list[Row]:
    """Federation sync (issue 16): 100 000 changed pledges through a real PostgreSQL/PostGIS, full
    size whatever --quick says; see benchmarks/bench_sync.py (its own throwaway cluster)."""
    r = run([sys.executable, str(ROOT / "benchmarks" / "bench_sync.py")], timeout=3600)
    met = "met" if r["push_s"] < 30 and r["pull_s"] < 30 else "MISSED"
    return [
        Row(
            op=f"federation sync: {_n(r['pushed'])} changed pledges sent (`coopnet sync`)",
            t=r["push_s"],
            mb=r["peak_mb"],
            alt=None,
            at=None,
            amb=None,
            note=f"target < 30 s: {met}; all or nothing, one transaction on each side",
        ),
        Row(
            op=f"… received on another laptop ({_n(r['taken'])} taken)",
            t=r["pull_s"],
            mb=None,
            alt=None,
            at=None,
            amb=None,
            note=f"first sync of the whole file: {_n(r['first_rows'])} rows in {r['first_s']:.1f} s",
        ),
        Row(
            op=f"federation counts of {r['villages']} villages (`coopnet federation … traffic` reads them)",
            t=r["counts_s"],
            mb=None,
            alt=None,
            at=None,
            amb=None,
            note="views over the whole server",
        ),
    ]


def bench_newcoop(data: Path, work: Path) -> list[Row]:
    """From nothing to a council map (issue 11): new --department 78 + boundaries + INSEE
    households + map -o carte.pdf, four fresh processes; see benchmarks/bench_new_coop.py."""
    r = run([sys.executable, str(ROOT / "benchmarks" / "bench_new_coop.py")])
    met = "met" if r["total_s"] < 10 else "MISSED"
    return [
        Row(
            op=f"from nothing to a council map: `new --department 78` ({r['communes']} communes), "
            "import boundaries + INSEE households, `map -o carte.pdf`",
            t=r["total_s"],
            mb=r["peak_mb"],
            alt=None,
            at=None,
            amb=None,
            note=f"target < 10 s: {met}; new {r['new_s']:.1f} s, boundaries {r['boundaries_s']:.1f} s, "
            f"households {r['households_s']:.1f} s, map PDF {r['map_s']:.1f} s",
        )
    ]


BENCHES = {
    "ban": bench_ban,
    "pledges": bench_pledges,
    "map": bench_map,
    "xlsx": bench_xlsx,
    "filter": bench_filter,
    "model": bench_model,
    "startup": bench_startup,
    "bombs": bench_bombs,
    "measure": bench_measure,
    "sync": bench_sync,
    "newcoop": bench_newcoop,
}


# -- the table ---------------------------------------------------------------------------------
def _n(n) -> str:
    return f"{n:,}".replace(",", "\u202f")


def _t(seconds) -> str:
    if seconds is None:
        return "—"
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.1f} s"


def _mb(mb) -> str:
    return "—" if mb is None else f"{mb:.0f} MB"


def table(rows: list[Row]) -> list[str]:
    out = [
        "| operation | time | peak memory | alternative | its time | its peak memory | ratio | note |",
        "|---|---:|---:|---|---:|---:|---:|---|",
    ]
    for r in rows:
        ratio = f"{r['at'] / r['t']:.1f}× faster" if r.get("at") and r.get("t") else "—"
        if r.get("at") and r.get("t") and r["at"] < r["t"]:
            ratio = f"{r['t'] / r['at']:.1f}× slower"
        out.append(
            f"| {r['op']} | {_t(r['t'])} | {_mb(r['mb'])} | {r['alt'] or '—'} | {_t(r.get('at'))} | "
            f"{_mb(r.get('amb'))} | {ratio} | {r.get('note', '')} |"
        )
    return out


def machine() -> str:
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    return (
        f"{dt.datetime.now().strftime('%d/%m/%Y %H:%M')}, {os.cpu_count()} CPU cores, "
        f"{platform.machine()} {platform.system()}, Python {platform.python_version()}, "
        f"Qt {qVersion()} (PySide6 {pyside}); the machine was shared with other jobs, load average "
        "at the end " + " / ".join(f"{x:.1f}" for x in os.getloadavg())
    )


def main() -> int:
    ap = argparse.ArgumentParser(description="coopnet department-scale benchmarks, one table")
    ap.add_argument("--quick", action="store_true", help="small data (smoke test), not written to results.md")
    ap.add_argument(
        "--only",
        action="append",
        choices=NAMES,
        metavar="NAME",
        help=f"run only this benchmark (repeatable): {', '.join(NAMES)}",
    )
    ap.add_argument("--no-write", action="store_true", help="do not write benchmarks/results.md")
    args = ap.parse_args()
    size = QUICK if args.quick else FULL
    data = data_dir(size)
    work = CACHE / f"run_all-{size['communes']}-{size['doors']}-{size['pledges']}-{size['vertices']}"
    work.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    failures = []
    for name in args.only or NAMES:
        print(f"[{time.strftime('%H:%M:%S')}] {name} …", flush=True)
        try:
            new = BENCHES[name](data, work)
        except Exception as exc:  # one failing benchmark must not hide the others
            failures.append(f"{name}: {exc}")
            print(f"  FAILED: {exc}", flush=True)
            continue
        for r in new:
            print("  " + table([r])[-1], flush=True)
        rows += new
    scale = (
        f"{size['communes']} communes (~{size['vertices']} vertices each), {_n(size['doors'])} doors, "
        f"{_n(size['pledges'])} pledges"
    )
    lines = [
        f"Department scale: {scale}. {machine()}.",
        "",
        *table(rows),
        "",
        "Each figure is one run in a fresh process; peak memory is that process's maximum resident "
        "size, except the app rows after the start-up: there it is the resident size of the whole "
        "process tree at that moment (app + QtWebEngine processes; PSS in the note). CLI rows time the whole command (interpreter start included). Ratio = alternative "
        "time ÷ coopnet time.",
    ]
    if failures:
        lines += ["", "Failed: " + "; ".join(failures)]
    print("\n" + "\n".join(lines))
    if not args.no_write and not args.quick and not args.only:
        RESULTS.write_text(
            "# Benchmark results (`make bench`)\n\n" + "\n".join(lines) + "\n", encoding="utf-8"
        )
        print(f"\nwritten to {RESULTS.relative_to(ROOT)}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
