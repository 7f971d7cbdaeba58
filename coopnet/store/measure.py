"""Measured traffic in the project: interfaces, their samples (UTC), gaps, carrier invoices.

Samples are stored per interface and UTC day (see ``migrations/v005_measure``). Adding samples
merges them into what is there: the same time again replaces the value, so importing the same
file twice leaves the project as it was.
"""

from __future__ import annotations

import datetime as dt
import json

import numpy as np

from coopnet.core.measure import UTC, Rates, merge, month_of, months_of
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.errors import CoopnetError
from coopnet.store.doors import now_iso
from coopnet.store.project import Project

_NO_INTERFACE = QT_TRANSLATE_NOOP("Measure", "{name}: no such interface (interfaces: {known})")
_NO_SAMPLES = QT_TRANSLATE_NOOP(
    "Measure", "no measured traffic in this project yet (coopnet measure import FILE SRC)"
)


def _day(t: int) -> str:
    return dt.datetime.fromtimestamp(int(t), UTC).strftime("%Y-%m-%d")


def _day_start(day: str) -> int:
    return int(dt.datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=UTC).timestamp())


def interfaces(project: Project) -> list[dict]:
    if "measure_interfaces" not in project.db.table_names():
        return []
    return [dict(r) for r in project.db.query("SELECT * FROM measure_interfaces ORDER BY name")]


def interface(project: Project, name: str) -> dict:
    for r in interfaces(project):
        if r["name"] == name:
            return r
    raise CoopnetError(
        _NO_INTERFACE.format(name=name, known=", ".join(r["name"] for r in interfaces(project)) or "—")
    )


def ensure_interface(
    project: Project, name: str, source: str | None = None, speed_bps: float | None = None
) -> int:
    row = project.conn.execute("SELECT id FROM measure_interfaces WHERE name = ?", (name,)).fetchone()
    now = now_iso()
    if row:
        if speed_bps:
            project.conn.execute(
                "UPDATE measure_interfaces SET speed_bps = ?, updated_at = ? WHERE id = ?",
                (speed_bps, now, row[0]),
            )
        return int(row[0])
    cur = project.conn.execute(
        "INSERT INTO measure_interfaces(name, source, speed_bps, created_at, updated_at) VALUES (?,?,?,?,?)",
        (name, source, speed_bps, now, now),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def _unpack(row) -> Rates:
    ts, secs, i, o = row
    return Rates(
        np.frombuffer(ts, "<i8"), np.frombuffer(secs, "<i4"), np.frombuffer(i, "<f8"), np.frombuffer(o, "<f8")
    )


def add_rates(project: Project, iface_id: int, rates: Rates) -> tuple[int, int]:
    """Merge samples into the interface's days. Returns (new samples, changed samples)."""
    new_total = changed_total = 0
    if not len(rates):
        return 0, 0
    dayno = (rates.ts - 1) // 86400
    bounds = np.r_[0, np.flatnonzero(np.diff(dayno)) + 1, len(rates)]
    with project.transaction():
        for k in range(len(bounds) - 1):
            part = rates.select(slice(bounds[k], bounds[k + 1]))
            day = _day(int(dayno[bounds[k]]) * 86400)
            old = project.conn.execute(
                "SELECT ts, secs, in_bps, out_bps FROM measure_days WHERE interface_id = ? AND day = ?",
                (iface_id, day),
            ).fetchone()
            merged, new, changed = merge(_unpack(old) if old else Rates.empty(), part)
            new_total += new
            changed_total += changed
            if old and not new and not changed:
                continue
            project.conn.execute(
                "INSERT OR REPLACE INTO measure_days(interface_id, day, n, ts, secs, in_bps, out_bps) "
                "VALUES (?,?,?,?,?,?,?)",
                (
                    iface_id,
                    day,
                    len(merged),
                    merged.ts.astype("<i8").tobytes(),
                    merged.secs.astype("<i4").tobytes(),
                    merged.in_bps.astype("<f8").tobytes(),
                    merged.out_bps.astype("<f8").tobytes(),
                ),
            )
    return new_total, changed_total


def add_gaps(project: Project, iface_id: int, gaps: list[tuple[int, int]], reason: str) -> None:
    for start, end in gaps:
        project.conn.execute(
            "INSERT INTO measure_gaps(interface_id, start_ts, end_ts, reason) VALUES (?,?,?,?) "
            "ON CONFLICT(interface_id, start_ts) DO UPDATE SET end_ts = max(end_ts, excluded.end_ts)",
            (iface_id, int(start), int(end), reason),
        )


def gaps(project: Project, iface_id: int, start: int | None = None, end: int | None = None) -> list[dict]:
    q = "SELECT start_ts, end_ts, reason FROM measure_gaps WHERE interface_id = ?"
    args: list = [iface_id]
    if start is not None:
        q += " AND end_ts > ? AND start_ts < ?"
        args += [start, end]
    return [
        {"start": r[0], "end": r[1], "reason": r[2]}
        for r in project.conn.execute(q + " ORDER BY start_ts", args)
    ]


def log_import(project: Project, iface_id: int, file: str, fmt: str, summary: dict) -> None:
    project.conn.execute(
        "INSERT INTO measure_imports(interface_id, file, format, at, summary) VALUES (?,?,?,?,?)",
        (iface_id, file, fmt, now_iso(), json.dumps(summary, ensure_ascii=False)),
    )
    project.audit("import", "measure", str(iface_id), {"file": file, "format": fmt, **summary})


def load(project: Project, iface_id: int, start: int | None = None, end: int | None = None) -> Rates:
    """Samples of one interface whose interval ends in (start, end] (all when no bounds)."""
    q = "SELECT ts, secs, in_bps, out_bps FROM measure_days WHERE interface_id = ?"
    args: list = [iface_id]
    if start is not None and end is not None:
        q += " AND day >= ? AND day <= ?"
        args += [_day(start), _day(end - 1)]
    parts = [_unpack(r) for r in project.conn.execute(q + " ORDER BY day", args)]
    if not parts:
        return Rates.empty()
    r = Rates(
        np.concatenate([p.ts for p in parts]),
        np.concatenate([p.secs for p in parts]),
        np.concatenate([p.in_bps for p in parts]),
        np.concatenate([p.out_bps for p in parts]),
    )
    return r if start is None or end is None else r.between(start, end)


def span(project: Project, iface_ids: list[int] | None = None) -> tuple[int, int] | None:
    """First and last sample time over the interfaces (UTC seconds), or None."""
    if "measure_days" not in project.db.table_names():
        return None
    q = "SELECT min(day), max(day) FROM measure_days"
    args: list = []
    if iface_ids:
        q += f" WHERE interface_id IN ({','.join('?' * len(iface_ids))})"
        args = list(iface_ids)
    lo, hi = project.conn.execute(q, args).fetchone()
    if lo is None:
        return None
    ids = iface_ids or [r["id"] for r in interfaces(project)]
    first = min(load(project, i, _day_start(lo), _day_start(lo) + 86400).ts.min(initial=2**62) for i in ids)
    last = max(load(project, i, _day_start(hi), _day_start(hi) + 86400).ts.max(initial=0) for i in ids)
    return int(first), int(last)


def months(project: Project, iface_ids: list[int] | None = None) -> list[str]:
    """Billing months (local "YYYY-MM") that may hold samples: those of each stored UTC day's
    start and end (a month with no sample at all is dropped by the report)."""
    if "measure_days" not in project.db.table_names():
        return []
    q = "SELECT day, ts FROM measure_days"
    args: list = []
    if iface_ids:
        q += f" WHERE interface_id IN ({','.join('?' * len(iface_ids))})"
        args = list(iface_ids)
    out = set()
    for day, ts in project.conn.execute(q, args):
        start = _day_start(day)
        first, last = month_of(start + 1), month_of(start + 86399)
        if first == last:
            out.add(first)
        else:  # a UTC day across a local month's start: look at its samples
            out.update(months_of(np.frombuffer(ts, "<i8")))
    return sorted(out)


def require_samples(project: Project) -> None:
    if not months(project):
        raise CoopnetError(_NO_SAMPLES)


def set_last_counters(project: Project, iface_id: int, ts: int, c_in: int, c_out: int) -> None:
    project.conn.execute(
        "UPDATE measure_interfaces SET last_ts = ?, last_in = ?, last_out = ?, updated_at = ? WHERE id = ?",
        (int(ts), str(c_in), str(c_out), now_iso(), iface_id),
    )


# -- the carrier's invoices -------------------------------------------------------
def set_invoice(
    project: Project, month: str, p95_mbps: float, amount_eur: float | None, note: str = ""
) -> None:
    with project.transaction():
        project.conn.execute(
            "INSERT OR REPLACE INTO measure_invoices(month, p95_mbps, amount_eur, note, entered_at) "
            "VALUES (?,?,?,?,?)",
            (month, p95_mbps, amount_eur, note, now_iso()),
        )
        project.audit("invoice", "measure", month, {"p95_mbps": p95_mbps, "amount_eur": amount_eur})


def delete_invoice(project: Project, month: str) -> None:
    with project.transaction():
        project.conn.execute("DELETE FROM measure_invoices WHERE month = ?", (month,))
        project.audit("invoice", "measure", month, {"deleted": True})


def invoices(project: Project) -> dict[str, dict]:
    if "measure_invoices" not in project.db.table_names():
        return {}
    return {r["month"]: dict(r) for r in project.db.query("SELECT * FROM measure_invoices")}


# -- members connected (counts only) ------------------------------------------------
def members_by_village(project: Project) -> list[dict]:
    """[{insee, name, members}] per village: doors whose status is "member" and pledges whose
    status is "member" (one per door); counts only."""
    if "pledges" not in project.db.table_names():
        return []
    rows = project.conn.execute(
        "SELECT v.insee, v.name, count(m.k) FROM villages v LEFT JOIN ("
        "  SELECT id AS k, insee FROM doors WHERE status = 'member'"
        "  UNION SELECT coalesce(door_id, id), insee FROM pledges WHERE status = 'member'"
        ") m ON m.insee = v.insee GROUP BY v.insee, v.name ORDER BY v.name"
    ).fetchall()
    return [{"insee": r[0], "name": r[1], "members": int(r[2])} for r in rows]
