"""Aggregated traffic: busy-hour capacity with pooling, 95th-percentile commit, growth.

Sizing for Gaussian aggregate traffic (Mandjes & van de Meent; van den Berg et al.
2006): the busy-hour mean M and variance V add across independent lines, and the
link needs C = M + α√V with α = √(−2 ln ε). The margin grows like √N, which is
why grouping villages needs much less than the sum of their separate capacities.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field

import numpy as np

from coopnet.core.model_inputs import ModelInputs

SECONDS_PER_MONTH = 30 * 24 * 3600
SAMPLES_PER_DAY = 288  # 5-minute samples
DAYS = 30
SAMPLES = SAMPLES_PER_DAY * DAYS  # 8 640 a month
TOP_DROPPED = SAMPLES * 5 // 100  # 432: the top 5 % are not billed
MONTHS_SIMULATED = 12
DAY_TO_DAY_SD = 0.05  # estimate: evenings differ a little from day to day

# Residential daily shape, hour 0..23, peak (21 h) = 1 (estimate, typical evening peak).
HOURLY_PROFILE = (
    0.45,
    0.30,
    0.22,
    0.18,
    0.16,
    0.17,
    0.22,
    0.30,
    0.38,
    0.44,
    0.48,
    0.52,
    0.56,
    0.56,
    0.55,
    0.57,
    0.62,
    0.70,
    0.78,
    0.87,
    0.95,
    1.00,
    0.92,
    0.68,
)


def alpha(epsilon: float) -> float:
    return math.sqrt(-2 * math.log(epsilon))


def capacity(mean: float, variance: float, epsilon: float) -> float:
    """C = M + α√V."""
    return mean + alpha(epsilon) * math.sqrt(max(variance, 0.0))


def per_line_busy_mbps(gb_per_month: float, busy_hour_factor: float) -> float:
    """Busy-hour mean rate of one line: monthly volume spread evenly, times the busy-hour factor."""
    return gb_per_month * 8000 / SECONDS_PER_MONTH * busy_hour_factor


def p95(samples) -> float:
    """95th-percentile billing value: drop the top 5 % of samples, bill the highest left."""
    x = np.asarray(samples, dtype=float)
    drop = len(x) * 5 // 100
    k = len(x) - 1 - drop
    return float(np.partition(x, k)[k])


def bill(commit: float, p95_mbps: float, price: float, overage: float) -> float:
    """Monthly bill: the commit at its price, plus every Mbps of P95 above it at the overage price."""
    return commit * price + max(0.0, p95_mbps - commit) * overage


def year_shares(p: dict, years: int) -> list[float]:
    """Share of the target members connected in years 1..years: linear ramp, then churn."""
    ramp, churn = p["take_up_ramp_years"], p["churn_rate"]
    return [min(1.0, y / ramp) * (1 - churn) ** (y - 1) for y in range(1, years + 1)]


@dataclass
class VillageLoad:
    insee: str
    name: str
    included: bool
    households: int
    subscribers: float
    w1: float  # Σ usage factor   (M = w1 · m)
    w2: float  # Σ usage factor²  (V = w2 · (cv·m)²)
    mean_mbps: float = 0.0
    capacity_mbps: float = 0.0


def village_loads(
    p: dict, inputs: ModelInputs, take_rate: float | None = None, keep_included: list[bool] | None = None
) -> list[VillageLoad]:
    """Subscribers and usage weights per village. ``take_rate`` forces the assumed mode."""
    assumed = take_rate is not None or p["take_up_source"] == "assumed"
    rate = p["take_rate"] if take_rate is None else take_rate
    g_all, big = inputs.gigabit_share, p["gigabit_usage_factor"]
    loads = []
    for i, v in enumerate(inputs.villages):
        if keep_included is not None:
            included = keep_included[i]
        else:
            included = True if assumed else v.pledges > 0
        n = (v.households * rate if assumed else v.pledges * p["pledge_conversion_rate"]) if included else 0.0
        g = v.gigabit_pledges / v.pledges if v.pledges else g_all
        loads.append(
            VillageLoad(
                v.insee,
                v.name,
                included,
                v.households,
                n,
                n * ((1 - g) + g * big),
                n * ((1 - g) + g * big * big),
            )
        )
    return loads


@dataclass
class TrafficResult:
    subscribers: float
    per_line_mbps: float
    busy_hour_mean_mbps: float
    variance: float
    alpha: float
    capacity_mbps: float
    sum_of_villages_mbps: float
    pooling_gain: float
    p95_mbps: float  # first simulated month
    p95_months: list[float]
    commit_mbps: float  # recommended: minimises the expected bill
    expected_bill_eur_month: float
    commit_ratio: float  # commit ÷ capacity, carried over the years
    burst_mbps: float
    port: str
    villages: list[VillageLoad] = field(default_factory=list)
    by_year: list[dict] = field(default_factory=list)  # whole horizon

    def contract_years(self, term: int) -> list[dict]:
        return self.by_year[:term]


@functools.lru_cache(maxsize=8)
def _noise(seed: int, months: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.Generator(np.random.PCG64(seed))
    z = rng.standard_normal((months, SAMPLES))
    days = 1 + DAY_TO_DAY_SD * rng.standard_normal((months, DAYS))
    z.flags.writeable = False
    days.flags.writeable = False
    return z, days


@functools.lru_cache(maxsize=32)
def daily_profile(busy_hour_factor: float) -> np.ndarray:
    """5-minute shape over a day, peak 1, mean 1/busy_hour_factor."""
    hourly = np.array(HOURLY_PROFILE + HOURLY_PROFILE[:1])
    t = np.arange(SAMPLES_PER_DAY) / 12
    shape = np.interp(t, np.arange(25), hourly)
    shape = shape / shape.max()
    target_mean = 1 / busy_hour_factor
    squeeze = (1 - target_mean) / (1 - shape.mean())
    shape = np.clip(1 - (1 - shape) * squeeze, 0.02, 1.0)
    shape.flags.writeable = False
    return shape


@functools.lru_cache(maxsize=8)
def _sample_basis(busy_hour_factor: float, seed: int, months: int) -> tuple[np.ndarray, np.ndarray]:
    """(profile × day factor, √profile × noise): samples are mean·A + √V·B."""
    z, days = _noise(seed, months)
    shape = np.tile(daily_profile(busy_hour_factor), DAYS)
    a = shape * np.repeat(days, SAMPLES_PER_DAY, axis=1)
    b = np.sqrt(shape) * z
    a.flags.writeable = False
    b.flags.writeable = False
    return a, b


def simulate_month_samples(
    mean: float, variance: float, busy_hour_factor: float, seed: int, months: int = MONTHS_SIMULATED
) -> np.ndarray:
    """(months, 8 640) 5-minute rates: mean × profile × day factor + Gaussian noise ∝ √profile."""
    a, b = _sample_basis(float(busy_hour_factor), int(seed), months)
    x = mean * a + math.sqrt(max(variance, 0.0)) * b
    return np.maximum(x, 0.0, out=x)


def recommend_commit(p95s, price: float, overage: float, step: float) -> tuple[float, float]:
    """Commit (multiple of ``step``) minimising the mean monthly bill; returns (commit, bill)."""
    p95s = np.asarray(p95s, dtype=float)
    # The mean bill is convex and piecewise linear with kinks at the P95 values: the best
    # multiple of the step is 0 or next to one of them (no need to try every step).
    candidates = np.unique(np.concatenate(([0.0], np.floor(p95s / step) * step, np.ceil(p95s / step) * step)))
    over = np.maximum(0.0, p95s[None, :] - candidates[:, None]).mean(axis=1)
    bills = candidates * price + over * overage
    i = int(np.argmin(bills))
    return float(candidates[i]), float(bills[i])


PORT_HEADROOM = 0.8  # a port should not run above 80 % of its line rate at the burst


def port_for(burst_mbps: float) -> str:
    for name, cap in (("1G", 1000), ("10G", 10000), ("100G", 100000)):
        if burst_mbps <= cap * PORT_HEADROOM:
            return name
    return f"{math.ceil(burst_mbps / (100000 * PORT_HEADROOM))}×100G"


def commit_for(ratio: float, capacity_mbps: float, step: float) -> float:
    """The yearly commit: capacity × ratio rounded up to the step (−1e-9 keeps exact steps)."""
    return max(0.0, math.ceil(ratio * capacity_mbps / step - 1e-9) * step)


def traffic_model(
    p: dict, inputs: ModelInputs, loads: list[VillageLoad] | None = None, commit_ratio: float | None = None
) -> TrafficResult:
    """The whole traffic model. ``commit_ratio`` skips the simulation (used by break-even search)."""
    loads = village_loads(p, inputs) if loads is None else loads
    eps = p["overflow_probability"]
    m = per_line_busy_mbps(p["gb_per_month"], p["busy_hour_factor"])
    v1 = (p["subscriber_cv"] * m) ** 2
    for vl in loads:
        vl.mean_mbps = vl.w1 * m
        vl.capacity_mbps = capacity(vl.mean_mbps, vl.w2 * v1, eps)
    n = sum(vl.subscribers for vl in loads)
    w1 = sum(vl.w1 for vl in loads)
    w2 = sum(vl.w2 for vl in loads)
    mean, var = w1 * m, w2 * v1
    cap = capacity(mean, var, eps)
    total_v = sum(vl.capacity_mbps for vl in loads)
    gain = 1 - cap / total_v if total_v > 0 else 0.0
    price, overage, step = (
        p["transit_eur_per_mbps_month"],
        p["overage_eur_per_mbps_month"],
        p["commit_step_mbps"],
    )
    if commit_ratio is None:
        if mean > 0:
            samples = simulate_month_samples(mean, var, p["busy_hour_factor"], p["simulation_seed"])
            k = samples.shape[1] - 1 - TOP_DROPPED
            p95s = np.partition(samples, k, axis=1)[:, k]
            commit, expected = recommend_commit(p95s, price, overage, step)
        else:
            p95s, commit, expected = np.zeros(1), 0.0, 0.0
        ratio = commit / cap if cap > 0 else 0.0
    else:
        ratio = commit_ratio
        p95s, commit = np.zeros(1), commit_for(ratio, cap, step)
        expected = commit * price
    growth = p["traffic_growth_rate"]
    by_year = []
    for y, s in enumerate(year_shares(p, p["horizon_years"]), start=1):
        my = m * (1 + growth) ** (y - 1)
        c = capacity(s * w1 * my, s * w2 * (p["subscriber_cv"] * my) ** 2, eps)
        by_year.append(
            {
                "year": y,
                "subscribers": n * s,
                "busy_hour_mean_mbps": s * w1 * my,
                "capacity_mbps": c,
                "commit_mbps": commit_for(ratio, c, step),
            }
        )
    term = by_year[: p["contract_term_years"]]
    burst = max([cap] + [row["capacity_mbps"] for row in term])
    return TrafficResult(
        subscribers=n,
        per_line_mbps=m,
        busy_hour_mean_mbps=mean,
        variance=var,
        alpha=alpha(eps),
        capacity_mbps=cap,
        sum_of_villages_mbps=total_v,
        pooling_gain=gain,
        p95_mbps=float(p95s[0]),
        p95_months=[float(x) for x in p95s],
        commit_mbps=commit,
        expected_bill_eur_month=expected,
        commit_ratio=ratio,
        burst_mbps=burst,
        port=port_for(burst),
        villages=loads,
        by_year=by_year,
    )


def traffic_json(t: TrafficResult, p: dict) -> dict:
    r = lambda x, d=2: round(float(x), d)  # noqa: E731
    return {
        "subscribers": r(t.subscribers, 1),
        "per_line_busy_hour_mbps": r(t.per_line_mbps, 3),
        "busy_hour_mean_mbps": r(t.busy_hour_mean_mbps),
        "variance_mbps2": r(t.variance),
        "alpha": r(t.alpha, 4),
        "overflow_probability": p["overflow_probability"],
        "capacity_mbps": r(t.capacity_mbps),
        "sum_of_villages_mbps": r(t.sum_of_villages_mbps),
        "pooling_gain": r(t.pooling_gain, 4),
        "p95_mbps": r(t.p95_mbps),
        "commit_mbps": r(t.commit_mbps),
        "expected_bill_eur_month": r(t.expected_bill_eur_month),
        "commit_ratio": r(t.commit_ratio, 6),
        "burst_mbps": r(t.burst_mbps),
        "port": t.port,
        "contract_term_years": p["contract_term_years"],
        "by_village": [
            {
                "insee": v.insee,
                "name": v.name,
                "subscribers": r(v.subscribers, 1),
                "busy_hour_mean_mbps": r(v.mean_mbps),
                "capacity_mbps": r(v.capacity_mbps),
            }
            for v in t.villages
            if v.included
        ],
        "by_year": [
            {
                "year": y["year"],
                "subscribers": r(y["subscribers"], 1),
                "busy_hour_mean_mbps": r(y["busy_hour_mean_mbps"]),
                "capacity_mbps": r(y["capacity_mbps"]),
                "commit_mbps": r(y["commit_mbps"]),
            }
            for y in t.contract_years(p["contract_term_years"])
        ],
    }
