"""Synthetic measured traffic for tests: N members with the traffic model's daily shape."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import numpy as np

from coopnet.core.traffic import HOURLY_PROFILE


def rates(
    start: dt.datetime,
    days: int,
    members: int,
    per_line_busy_mbps: float,
    cv: float,
    growth_per_year: float = 0.0,
    seed: int = 1,
):
    """UTC end times and in/out rates (bit/s) of 5-minute samples from ``start`` (aware)."""
    rng = np.random.default_rng(seed)
    n = days * 288
    t0 = int(start.timestamp())
    ts = t0 + 300 * np.arange(1, n + 1)
    tz = ZoneInfo("Europe/Paris")
    hours = np.array([dt.datetime.fromtimestamp(int(t) - 300, tz).hour for t in ts[::12]]).repeat(12)[:n]
    shape = np.array(HOURLY_PROFILE)[hours]
    grow = (1 + growth_per_year) ** ((ts - t0) / (365 * 86400))
    m = members * per_line_busy_mbps * shape * grow
    sd = np.sqrt(members) * cv * per_line_busy_mbps * shape * grow
    r_in = np.maximum(m + sd * rng.standard_normal(n), 0) * 1e6
    return ts, r_in, r_in * 0.15


def csv_text(ts, r_in, r_out) -> str:
    lines = ["timestamp;in_bps;out_bps"]
    for t, a, b in zip(ts, r_in, r_out):
        stamp = dt.datetime.fromtimestamp(int(t), dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        lines.append(f"{stamp};{a:.0f};{b:.0f}")
    return "\n".join(lines) + "\n"


def connect_members(project, n: int = 212) -> int:
    """Mark ``n`` doors as connected members: first the pledged ones, then others, village by village."""
    from coopnet.store.visits import set_door_status

    rows = project.conn.execute(
        "SELECT id FROM doors ORDER BY (status = 'pledged') DESC, insee, id LIMIT ?", (n,)
    ).fetchall()
    for (door_id,) in rows:
        set_door_status(project, door_id, "member", who="test")
    return len(rows)


def measured_sample(path, tmp_path, days: int = 91, members: int = 212):
    """The sample project with ``members`` connected and ``days`` of traffic from 01/09/2026."""
    from coopnet.io.measure_import import import_file
    from coopnet.store import scenarios
    from coopnet.store.project import Project

    tz = ZoneInfo("Europe/Paris")
    ts, r_in, r_out = rates(dt.datetime(2026, 9, 1, tzinfo=tz), days, members, 2.0, 3.0, growth_per_year=0.5)
    src = tmp_path / "wan0.csv"
    src.write_text(csv_text(ts, r_in, r_out))
    with Project.open(path) as project:
        connect_members(project, members)
        import_file(project, src)
        scenarios.set_values(project, "base", {"contract_commit_mbps": 600})
    return path
