"""The month's bill from measured rates: 95th percentile of 5-minute rates, commit, overage.

Burstable (95th-percentile) billing, as carriers and LibreNMS/Observium do it: the month's
5-minute rates are sorted, the top 5 % dropped (⌊n × 5 / 100⌋ samples: 432 of a 30-day month's
8 640), and the highest one left is the P95. The contract's rule says which rate counts:

- ``max``: the higher of the P95 of incoming and the P95 of outgoing traffic (most carriers);
- ``sum``: the P95 of incoming + outgoing, added sample by sample.

Only 5-minute samples (or finer, averaged into 5-minute slots) are billed; longer consolidated
rows (MRTG's 30-minute and daily averages) are counted apart and left out, as they hide peaks.
A missing slot is missing (not a zero): the P95 is taken over the samples there are.
Billing months are calendar months in local time (Europe/Paris), as are busy hours.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from coopnet.core.measure import DEFAULT_ZONE, STEP, UTC, Rates, local_day, local_hour, month_bounds

BILLABLE_MAX_SECS = STEP  # rows consolidated over longer periods are not billed
MBPS = 1e6


def p95(values) -> float:
    """Drop the top 5 % (⌊n·5/100⌋ values), return the highest one left (0 for no values)."""
    x = np.asarray(values, dtype=float)
    if not len(x):
        return 0.0
    k = len(x) - 1 - len(x) * 5 // 100
    return float(np.partition(x, k)[k])


@dataclass
class Slots:
    """5-minute slots (start time, UTC seconds) with the mean rate of the samples in each."""

    start: np.ndarray
    in_bps: np.ndarray
    out_bps: np.ndarray
    consolidated: int = 0  # samples left out: consolidated over more than 5 minutes


def slots(r: Rates) -> Slots:
    """Average the billable samples of ``r`` into 5-minute slots (time-weighted)."""
    billable = r.secs <= BILLABLE_MAX_SECS
    consolidated = int(len(r) - np.count_nonzero(billable))
    ts, secs = r.ts[billable], r.secs[billable].astype(float)
    if not len(ts):
        return Slots(np.zeros(0, np.int64), np.zeros(0), np.zeros(0), consolidated)
    slot = (ts - 1) // STEP  # the slot the interval ends in
    if len(slot) < 2 or np.all(np.diff(slot) > 0) and np.all(secs == STEP):
        return Slots(slot * STEP, r.in_bps[billable], r.out_bps[billable], consolidated)
    uniq, inv = np.unique(slot, return_inverse=True)
    w = np.bincount(inv, secs)
    return Slots(
        uniq * STEP,
        np.bincount(inv, secs * r.in_bps[billable]) / w,
        np.bincount(inv, secs * r.out_bps[billable]) / w,
        consolidated,
    )


def sum_slots(many: list[Slots]) -> Slots:
    """Several interfaces billed together: rates added slot by slot (a slot missing on one
    interface counts as that interface's absence, not as a zero for the others)."""
    many = [s for s in many if len(s.start)]
    if not many:
        return Slots(np.zeros(0, np.int64), np.zeros(0), np.zeros(0))
    if len(many) == 1:
        return many[0]
    allstart = np.concatenate([s.start for s in many])
    uniq, inv = np.unique(allstart, return_inverse=True)
    return Slots(
        uniq,
        np.bincount(inv, np.concatenate([s.in_bps for s in many]), len(uniq)),
        np.bincount(inv, np.concatenate([s.out_bps for s in many]), len(uniq)),
        sum(s.consolidated for s in many),
    )


def billed(p95_in: float, p95_out: float, p95_sum: float, rule: str) -> float:
    return p95_sum if rule == "sum" else max(p95_in, p95_out)


def bill_eur(commit_mbps: float, p95_mbps: float, price: float, overage_price: float) -> float:
    """The commit at its price, plus each Mbps of P95 above it at the overage price."""
    return commit_mbps * price + max(0.0, p95_mbps - commit_mbps) * overage_price


def _stamp(t: int) -> str:
    return dt.datetime.fromtimestamp(int(t), UTC).isoformat().replace("+00:00", "Z")


def month_report(
    s: Slots, month: str, params: dict, invoice: dict | None = None, zone: str = DEFAULT_ZONE
) -> dict:
    """One billing month of slots ``s`` (already limited to the month) → the figures of the bill.

    ``params``: a scenario's values (``p95_rule``, ``contract_commit_mbps``,
    ``transit_eur_per_mbps_month``, ``overage_eur_per_mbps_month``). ``invoice``: the carrier's
    figures typed in, {"p95_mbps", "amount_eur"}; the differences are theirs minus ours.
    """
    start, end = month_bounds(month)
    expected = (end - start) // STEP
    n = len(s.start)
    rule = params.get("p95_rule", "max")
    commit = float(params.get("contract_commit_mbps", 0.0))
    total = s.in_bps + s.out_bps
    p_in, p_out, p_sum = p95(s.in_bps) / MBPS, p95(s.out_bps) / MBPS, p95(total) / MBPS
    p_bill = billed(p_in, p_out, p_sum, rule)
    rep = {
        "month": month,
        "samples": n,
        "expected_samples": int(expected),
        "coverage": n / expected if expected else 0.0,
        "dropped_top": n * 5 // 100,
        "consolidated_samples": s.consolidated,
        "rule": rule,
        "p95_in_mbps": p_in,
        "p95_out_mbps": p_out,
        "p95_sum_mbps": p_sum,
        "p95_mbps": p_bill,
        "commit_mbps": commit,
        "overage_mbps": max(0.0, p_bill - commit),
        "commit_eur": commit * params.get("transit_eur_per_mbps_month", 0.0),
        "overage_eur": max(0.0, p_bill - commit) * params.get("overage_eur_per_mbps_month", 0.0),
        "bill_eur": bill_eur(
            commit,
            p_bill,
            params.get("transit_eur_per_mbps_month", 0.0),
            params.get("overage_eur_per_mbps_month", 0.0),
        ),
        "mean_in_mbps": float(s.in_bps.mean()) / MBPS if n else 0.0,
        "mean_out_mbps": float(s.out_bps.mean()) / MBPS if n else 0.0,
        "volume_in_gb": float(s.in_bps.sum()) * STEP / 8e9,
        "volume_out_gb": float(s.out_bps.sum()) * STEP / 8e9,
        "peak_mbps": None,
        "peak_at": None,
        "busy_hour": None,
        "busy_hour_mbps": None,
        "invoice": None,
    }
    if n:
        main = _main_rate(s, rule)
        i = int(np.argmax(main))
        rep["peak_mbps"], rep["peak_at"] = (
            float(main[i]) / MBPS,
            _stamp(s.start[i] + STEP),
        )  # end of the 5 minutes
        hours = local_hour(s.start, zone)
        means = np.bincount(hours, main, 24) / np.maximum(np.bincount(hours, minlength=24), 1)
        h = int(np.argmax(means))
        rep["busy_hour"], rep["busy_hour_mbps"] = h, float(means[h]) / MBPS
    if invoice and invoice.get("p95_mbps") is not None:
        theirs_p95, theirs_eur = float(invoice["p95_mbps"]), invoice.get("amount_eur")
        rep["invoice"] = {
            "p95_mbps": theirs_p95,
            "amount_eur": theirs_eur,
            "p95_difference_mbps": theirs_p95 - p_bill,
            "amount_difference_eur": None if theirs_eur is None else float(theirs_eur) - rep["bill_eur"],
            "agrees": abs(theirs_p95 - p_bill) <= max(0.5, 0.01 * p_bill)
            and (theirs_eur is None or abs(float(theirs_eur) - rep["bill_eur"]) <= 1.0),
        }
    return rep


def _main_rate(s: Slots, rule: str) -> np.ndarray:
    """The rate the rule bills: in + out for "sum", else the busier direction of the month."""
    if rule == "sum":
        return s.in_bps + s.out_bps
    return s.in_bps if s.in_bps.sum() >= s.out_bps.sum() else s.out_bps


def month_slots(s: Slots, month: str) -> Slots:
    start, end = month_bounds(month)
    lo, hi = np.searchsorted(s.start, [start, end])
    return Slots(s.start[lo:hi], s.in_bps[lo:hi], s.out_bps[lo:hi], s.consolidated)


def daily_busy_hours(s: Slots, zone: str = DEFAULT_ZONE) -> tuple[np.ndarray, np.ndarray]:
    """Each local day's busy hour: the mask of slots in it, and the busy-hour mean rate per day."""
    main = _main_rate(s, "max")
    day, hour = local_day(s.start, zone), local_hour(s.start, zone)
    key = day * 24 + hour
    uniq, inv = np.unique(key, return_inverse=True)
    mean = np.bincount(inv, main) / np.bincount(inv)
    udays = uniq // 24
    best: dict = {}
    for k, m, d in zip(uniq, mean, udays):
        if d not in best or m > best[d][1]:
            best[d] = (k, m)
    busy_keys = np.array([v[0] for v in best.values()])
    return np.isin(key, busy_keys), np.array([v[1] for v in best.values()])
