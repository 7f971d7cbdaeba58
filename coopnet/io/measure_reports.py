"""Measured traffic of a project, month by month: what the CLI, the Measured tab, the members'
page and the renegotiation brief show. Reads the store, computes with ``coopnet.core``."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import numpy as np

from coopnet.core.measure import DEFAULT_ZONE, UTC, month_bounds
from coopnet.core.measure_bill import MBPS, Slots, month_report, slots, sum_slots
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.errors import CoopnetError
from coopnet.store import measure as store
from coopnet.store import scenarios
from coopnet.store.project import Project

_BAD_MONTH = QT_TRANSLATE_NOOP("Measure", "“{month}”: a month is written YYYY-MM, for example 2026-09")
_NO_MONTH = QT_TRANSLATE_NOOP("Measure", "{month}: no measured traffic that month (months: {known})")


_BAD_MBPS = QT_TRANSLATE_NOOP("MeasureCli", "“{value}”: not a rate in Mbps (a number, 0 or more)")
_BAD_AMOUNT = QT_TRANSLATE_NOOP("MeasureCli", "“{value}”: not an amount in euros")


def parse_mbps(text: str) -> float:
    """ "312,5" or "312.5" → 312.5 (the carrier's P95 typed in, in the CLI or the Measured tab)."""
    try:
        value = float(str(text).strip().replace(",", ".").replace(" ", "").replace("\u00a0", ""))
    except ValueError:
        raise CoopnetError(_BAD_MBPS.format(value=text), 2) from None
    if value < 0 or value != value:
        raise CoopnetError(_BAD_MBPS.format(value=text), 2)
    return value


def parse_eur(text: str | None) -> float | None:
    """ "1 234,50 €", "1234.5" → 1234.5; empty → None (no amount typed)."""
    from coopnet.core.fr import parse_amount

    if text is None or not str(text).strip():
        return None
    try:
        return float(parse_amount(text))
    except (ValueError, ArithmeticError):
        raise CoopnetError(_BAD_AMOUNT.format(value=text), 2) from None


def check_month(text: str) -> str:
    try:
        d = dt.datetime.strptime(text.strip(), "%Y-%m")
    except ValueError:
        raise CoopnetError(_BAD_MONTH.format(month=text), 2) from None
    return d.strftime("%Y-%m")


def interface_ids(project: Project, names: list[str] | None = None) -> tuple[list[int], list[str]]:
    rows = [store.interface(project, n) for n in names] if names else store.interfaces(project)
    return [r["id"] for r in rows], [r["name"] for r in rows]


def load_slots(project: Project, ids: list[int], start: int, end: int) -> Slots:
    """5-minute slots of the interfaces added together, from ``start`` to ``end`` (UTC seconds)."""
    return sum_slots([slots(store.load(project, i, start, end)) for i in ids])


def scenario_values(project: Project, scenario: str) -> dict:
    """A scenario's full values; "base" is the defaults in a project that has no scenario yet."""
    if scenario == scenarios.BASE and scenario not in scenarios.names(project):
        from coopnet.core import params as P

        return P.defaults()
    return scenarios.values(project, scenario)


def reports(
    project: Project,
    scenario: str = scenarios.BASE,
    months: list[str] | None = None,
    names: list[str] | None = None,
    params: dict | None = None,
) -> dict:
    """{"scenario", "interfaces", "rule", "commit_mbps", "months": [month_report …]}.

    ``params``: the scenario's values as being edited (the Measured tab), else read from the project."""
    store.require_samples(project)
    params = params if params is not None else scenario_values(project, scenario)
    ids, names = interface_ids(project, names)
    have = store.months(project, ids)
    if months:
        months = [check_month(m) for m in months]
        for m in months:
            if m not in have:
                raise CoopnetError(_NO_MONTH.format(month=m, known=", ".join(have) or "—"))
    invoices = store.invoices(project)
    out = []
    for m in months or have:
        start, end = month_bounds(m)
        rep = month_report(load_slots(project, ids, start, end), m, params, invoices.get(m))
        if not rep["samples"] and not months:
            continue
        rep["gaps"] = sum(len(store.gaps(project, i, start, end)) for i in ids)
        out.append(rep)
    return {
        "scenario": scenario,
        "interfaces": names,
        "rule": params["p95_rule"],
        "commit_mbps": params["contract_commit_mbps"],
        "months": out,
    }


def local_text(stamp: str | None, zone: str = DEFAULT_ZONE) -> str:
    """ "2026-09-12T19:35:00Z" → "12/09/2026 21:35" (local time)."""
    if not stamp:
        return ""
    t = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(ZoneInfo(zone))
    return t.strftime("%d/%m/%Y %H:%M")


def chart_series(project: Project, ids: list[int], month: str, rule: str) -> dict:
    """The month's 5-minute rates for a chart: times (UTC seconds) and Mbps in, out, billed."""
    start, end = month_bounds(month)
    s = load_slots(project, ids, start, end)
    main = s.in_bps + s.out_bps if rule == "sum" else np.maximum(s.in_bps, s.out_bps)
    return {"t": s.start, "in": s.in_bps / MBPS, "out": s.out_bps / MBPS, "billed": main / MBPS}


def today_start(now: float | None = None, zone: str = DEFAULT_ZONE) -> int:
    now = dt.datetime.now(UTC) if now is None else dt.datetime.fromtimestamp(now, UTC)
    local = now.astimezone(ZoneInfo(zone)).replace(hour=0, minute=0, second=0, microsecond=0)
    return int(local.timestamp())
