"""Money over time: annuity, NPV, IRR, payback. Flows are yearly, end of year.

Conventions match the spreadsheet functions the treasurer knows: ``npv(r, flows)``
discounts the first flow by one year, like Excel/LibreOffice ``NPV()``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np


def annuity(principal: float, rate: float, years: int) -> float:
    """Constant yearly payment repaying ``principal`` over ``years`` at ``rate``."""
    if years <= 0 or principal == 0:
        return 0.0
    if rate == 0:
        return principal / years
    return principal * rate / (1 - (1 + rate) ** -years)


def discount_factors(rate: float, years: int) -> list[float]:
    """1/(1+r)^t for t = 1..years."""
    return [(1 + rate) ** -t for t in range(1, years + 1)]


def npv(rate: float, flows: Sequence[float]) -> float:
    """Net present value of flows at the end of years 1, 2, …"""
    return sum(f * d for f, d in zip(flows, discount_factors(rate, len(flows))))


def irr(flows: Sequence[float], low: float = -0.99, high: float = 10.0, tol: float = 1e-10) -> float | None:
    """Internal rate of return, or None when the flows never change sign or no root is bracketed.

    Bisection on the first sign change of NPV over a grid: slow but never diverges
    (Newton can jump to nonsense on the flows of a cooperative's first years).
    """
    flows = list(flows)
    if not flows or all(f >= 0 for f in flows) or all(f <= 0 for f in flows):
        return None
    # NPV on a grid of rates at once (numpy), then bisection inside the first bracket.
    t = np.arange(1, len(flows) + 1)
    grid = low + (high - low) * (np.arange(401) / 400) ** 2
    values = (np.asarray(flows, dtype=float)[None, :] * (1 + grid[:, None]) ** -t[None, :]).sum(axis=1)
    if np.any(values == 0):
        return float(grid[int(np.argmax(values == 0))])
    change = np.nonzero(np.signbit(values[:-1]) != np.signbit(values[1:]))[0]
    if not len(change):
        return None
    a, b = float(grid[change[0]]), float(grid[change[0] + 1])
    fa = npv(a, flows)
    for _ in range(200):
        m = (a + b) / 2
        fm = npv(m, flows)
        if (fm < 0) == (fa < 0):
            a, fa = m, fm
        else:
            b = m
        if b - a < tol:
            break
    root = (a + b) / 2
    return root if math.isfinite(root) else None


def payback_year(flows: Sequence[float]) -> int | None:
    """First year (1-based) from which the cumulative flow stays ≥ 0; None if never."""
    cumulative, year = 0.0, None
    for t, f in enumerate(flows, start=1):
        cumulative += f
        if cumulative >= 0:
            if year is None:
                year = t
        else:
            year = None
    return year
