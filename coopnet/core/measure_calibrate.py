"""Calibrate the traffic model on measured traffic, and see when the commit will be too small.

From the measured 5-minute rates over a period and the number of connected members N:

- each local day's busy hour is its hour of highest mean rate; over those busy hours the
  mean M and the variance V of the 5-minute rates are taken;
- per-line busy-hour rate m = M / N;
- independent lines add their means and variances (Gaussian aggregate), so one line's standard
  deviation is √(V / N) and its coefficient of variation cv = √(V · N) / M;
- busy-hour factor = M ÷ the mean over the whole period; usage per line in GB/month =
  (period mean ÷ N) × seconds of a 30-day month ÷ 8 000.

Then the month in which the P95 will pass the commit, growing at the measured growth (a fit of
the monthly P95 when there are 3 months or more, else the scenario's growth), and the commit to
ask for: the P95 expected at the end of the next contract term, rounded up to the commit step.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from coopnet.core.measure_bill import MBPS, Slots, daily_busy_hours
from coopnet.core.traffic import SECONDS_PER_MONTH, per_line_busy_mbps

MAX_MONTHS_AHEAD = 120


def calibrate(s: Slots, members: int, params: dict) -> dict:
    """Measured per-line figures beside the scenario's assumptions."""
    if not len(s.start) or members <= 0:
        return {"members": members, "samples": len(s.start), "busy_hour_mean_mbps": None}
    busy, _ = daily_busy_hours(s)
    main = s.in_bps if s.in_bps.sum() >= s.out_bps.sum() else s.out_bps
    b = main[busy] / MBPS
    M, V = float(b.mean()), float(b.var())
    mean_all = float(main.mean()) / MBPS
    per_line = M / members
    cv = math.sqrt(V * members) / M if M > 0 else 0.0
    bhf = M / mean_all if mean_all > 0 else 1.0
    gb = mean_all / members * SECONDS_PER_MONTH / 8000
    assumed = per_line_busy_mbps(params["gb_per_month"], params["busy_hour_factor"])
    return {
        "members": members,
        "samples": int(len(s.start)),
        "busy_samples": int(busy.sum()),
        "busy_hour_mean_mbps": M,
        "busy_hour_variance": V,
        "mean_mbps": mean_all,
        "measured": {
            "per_line_busy_mbps": per_line,
            "subscriber_cv": cv,
            "busy_hour_factor": bhf,
            "gb_per_month": gb,
        },
        "assumed": {
            "per_line_busy_mbps": assumed,
            "subscriber_cv": params["subscriber_cv"],
            "busy_hour_factor": params["busy_hour_factor"],
            "gb_per_month": params["gb_per_month"],
        },
    }


def scenario_values(cal: dict) -> dict:
    """The measured values to write into a scenario, kept inside the parameters' ranges."""
    m = cal["measured"]
    return {
        "gb_per_month": round(min(max(m["gb_per_month"], 0.0), 10000.0), 1),
        "busy_hour_factor": round(min(max(m["busy_hour_factor"], 1.0), 5.0), 3),
        "subscriber_cv": round(min(max(m["subscriber_cv"], 0.0), 20.0), 3),
    }


def forecast_errors(months: list[dict], members: int, params: dict) -> list[dict]:
    """For each month: the busy-hour mean the scenario forecast for ``members`` lines, the one
    measured, and the error (forecast − measured) ÷ measured."""
    per_line = per_line_busy_mbps(params["gb_per_month"], params["busy_hour_factor"])
    out = []
    for m in months:
        measured = m.get("busy_hour_mbps")
        if not measured:
            continue
        forecast = per_line * members
        out.append(
            {
                "month": m["month"],
                "forecast_mbps": forecast,
                "measured_mbps": measured,
                "error": (forecast - measured) / measured,
            }
        )
    return out


def _next_month(month: str, k: int) -> str:
    y, m = (int(x) for x in month.split("-"))
    n = y * 12 + (m - 1) + k
    return f"{n // 12:04d}-{n % 12 + 1:02d}"


def growth_per_year(months: list[dict], fallback: float) -> tuple[float, str]:
    """Yearly growth of the billed P95: fitted on 3 months or more (log-linear), else ``fallback``."""
    pts = [(i, m["p95_mbps"]) for i, m in enumerate(months) if m.get("p95_mbps", 0) > 0]
    if len(pts) >= 3:
        x = np.array([p[0] for p in pts], float)
        y = np.log([p[1] for p in pts])
        slope = float(np.polyfit(x, y, 1)[0])
        return math.exp(slope * 12) - 1, "measured"
    return fallback, "scenario"


def outlook(months: list[dict], params: dict) -> dict:
    """When the P95 passes the commit, and the commit to ask for at renegotiation."""
    commit = float(params.get("contract_commit_mbps", 0.0))
    growth, source = growth_per_year(months, params["traffic_growth_rate"])
    with_p95 = [m for m in months if m.get("p95_mbps", 0) > 0]
    out: dict[str, Any] = {
        "commit_mbps": commit,
        "growth_per_year": growth,
        "growth_source": source,
        "last_month": None,
        "last_p95_mbps": None,
        "passes_commit": None,
        "already_above": False,
        "ask_commit_mbps": None,
        "term_years": int(params["contract_term_years"]),
    }
    if not with_p95:
        return out
    last = with_p95[-1]
    out["last_month"], out["last_p95_mbps"] = last["month"], last["p95_mbps"]
    monthly = (1 + growth) ** (1 / 12) if growth > -1 else 1.0
    if commit > 0:
        if last["p95_mbps"] > commit:
            out["already_above"] = True
            out["passes_commit"] = last["month"]
        elif monthly > 1:
            k = math.floor(math.log(commit / last["p95_mbps"]) / math.log(monthly)) + 1
            if k <= MAX_MONTHS_AHEAD:
                out["passes_commit"] = _next_month(last["month"], k)
    end_of_term = last["p95_mbps"] * monthly ** (12 * out["term_years"])
    step = float(params.get("commit_step_mbps", 10.0)) or 1.0
    out["p95_end_of_term_mbps"] = end_of_term
    out["ask_commit_mbps"] = math.ceil(end_of_term / step - 1e-9) * step
    return out


def provenance(first_day: str, last_day: str, members: int, lang_fr: bool = False) -> str:
    """ "measured, 01/09–30/11/2026, 212 members": where a calibrated scenario's values come from."""
    a, b = first_day, last_day
    span = f"{a[:5]}–{b}" if a[6:] == b[6:] else f"{a}–{b}"
    return f"mesuré, {span}, {members} adhérents" if lang_fr else f"measured, {span}, {members} members"
