"""Sync at scale against a real PostgreSQL/PostGIS: 100 000 changed pledges pushed, then pulled.

    .venv/bin/python benchmarks/bench_sync.py

A throwaway cluster (tests/store/server/pgcluster.py: initdb in a temporary folder, Unix socket) and a
generated department (coopnet.sample.generate_department: 30 communes, 120 000 doors, 100 000
pledges, cached under /tmp/coopnet-bench/sync). The board's file makes its first sync (every door
and pledge goes up), a copy of it stands for a second laptop; then every pledge of the first file
is changed and synced (target < 30 s), and the second laptop syncs and receives them all.
Needs PostgreSQL and PostGIS (Debian: postgresql-15 postgresql-15-postgis-3).
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CACHE = Path("/tmp/coopnet-bench/sync")
SIZE = dict(communes=30, doors=120_000, pledges=100_000, vertices=60)
TARGET_S = 30.0


def project_file() -> Path:
    """The generated department with its doors and pledges imported (built once, cached)."""
    from benchmarks.run_all import staged
    from coopnet.sample import generate_department

    data = CACHE / "data"
    if not (data / ".complete").exists():
        print(f"generating department data into {data} …", file=sys.stderr, flush=True)
        generate_department(data, seed=1, **SIZE)
        (data / ".complete").touch()
    work = CACHE / "work"
    work.mkdir(parents=True, exist_ok=True)
    return staged(data, work, "full")


def _sync(path: Path, url: str | None = None, coop: str | None = None) -> tuple[dict, float]:
    from coopnet.store.server.sync import sync_project
    from coopnet.store.project import Project

    with Project.open(path) as project:
        t = time.perf_counter()
        result = sync_project(project, url, coop)
        return result, time.perf_counter() - t


def change_every_pledge(path: Path) -> int:
    """What a busy weekend does to a file: every pledge's notes changed (tracked for the next sync)."""
    from coopnet.store.project import Project

    with Project.open(path) as project, project.transaction():
        return project.conn.execute(
            "UPDATE pledges SET notes = 'rappel ' || substr(id, 1, 6), "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')"
        ).rowcount


def table_sizes(admin: str) -> dict:
    """Rows and bytes (table, indexes) of each server table: what scale.md extrapolates from."""
    import psycopg

    out = {}
    with psycopg.connect(admin) as conn:
        for table in ("villages", "doors", "pledges", "visits"):
            rows, heap, idx = conn.execute(
                f"SELECT (SELECT count(*) FROM coopnet.{table}), pg_table_size('coopnet.{table}'), "
                f"pg_indexes_size('coopnet.{table}')"
            ).fetchone()
            out[table] = {"rows": rows, "table_mb": heap / 2**20, "index_mb": idx / 2**20}
    return out


def main() -> None:
    from coopnet.store.server.schema import add_coop, add_user, init_server
    from tests.store.server.pgcluster import Cluster, pg_bin, postgis_missing

    source = project_file()
    bindir = pg_bin()
    if bindir is None or postgis_missing(bindir):
        raise SystemExit(
            "PostgreSQL with PostGIS is needed (apt-get install postgresql-15 postgresql-15-postgis-3)"
        )
    cluster = Cluster(bindir).start()
    tmp = Path(tempfile.mkdtemp(prefix="coopnet-bench-sync-"))
    try:
        admin = cluster.createdb("bench")
        init_server(admin)
        add_coop(admin, "Département")
        add_user(admin, "board", "Département", "board")
        url = cluster.url("board", "bench")
        first_file = tmp / "board.coopnet"
        shutil.copy2(source, first_file)
        first, t_first = _sync(first_file, url, "Département")
        second_file = tmp / "laptop2.coopnet"
        shutil.copy2(first_file, second_file)
        changed = change_every_pledge(first_file)
        push, t_push = _sync(first_file)
        pull, t_pull = _sync(second_file)
        sizes = table_sizes(admin)
        from coopnet.store.server.federation import read_counts

        t = time.perf_counter()
        villages = read_counts(url)
        t_counts = time.perf_counter() - t
    finally:
        cluster.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"| first sync: {first['pushed']:,} rows sent | {t_first:.1f} s | |")
    print(f"| {changed:,} changed pledges sent | {t_push:.1f} s | < {TARGET_S:.0f} s |")
    print(f"| … received on another laptop: {pull['taken']:,} | {t_pull:.1f} s | < {TARGET_S:.0f} s |")
    for table, d in sizes.items():
        print(
            f"| {table}: {d['rows']:,} rows | table {d['table_mb']:.1f} MB | indexes {d['index_mb']:.1f} MB |"
        )
    print(f"| federation counts, {len(villages)} villages | {t_counts * 1000:.0f} ms | |")
    hwm = next(
        (float(line.split()[1]) / 1024 for line in open("/proc/self/status") if line.startswith("VmHWM:")),
        None,
    )
    print(
        "RESULT "
        + json.dumps(
            {
                "first_rows": first["pushed"],
                "first_s": t_first,
                "changed": changed,
                "pushed": push["pushed"],
                "push_s": t_push,
                "pulled": pull["pulled"],
                "taken": pull["taken"],
                "pull_s": t_pull,
                "conflicts": push["conflicts"] + pull["conflicts"],
                "sizes": sizes,
                "counts_s": t_counts,
                "villages": len(villages),
                "vmhwm_mb": hwm,
            }
        )
    )


if __name__ == "__main__":
    main()
