"""Tornado: what ±20 % on each key parameter does to NPV and to the break-even fee."""

from __future__ import annotations

from dataclasses import dataclass

from coopnet.core import params as P
from coopnet.core.costs import run_model
from coopnet.core.model_inputs import ModelInputs

SWING = 0.20
COMMON = (
    "monthly_fee_eur",
    "transit_eur_per_mbps_month",
    "gb_per_month",
    "maintenance_rate",
    "backhaul_lease_eur_month",
    "discount_rate",
    "equipment_eur",
)
BUILD = ("cost_per_premises_passed_eur", "underground_eur_per_m", "connection_moderate_eur")
RIP = ("rip_line_fee_eur_month", "rip_activation_fee_eur")


@dataclass
class TornadoBar:
    key: str
    label: str
    base_value: float
    low_value: float
    high_value: float
    npv_low: float
    npv_high: float
    fee_low: float | None
    fee_high: float | None

    @property
    def npv_swing(self) -> float:
        return abs(self.npv_high - self.npv_low)


def key_parameters(p: dict) -> list[str]:
    demand = "take_rate" if p["take_up_source"] == "assumed" else "pledge_conversion_rate"
    return [demand, *COMMON, *(BUILD if p["operating_model"] == "build" else RIP)]


def _bounded(key: str, value: float) -> float:
    spec = P.BY_KEY[key]
    if spec.max is not None:
        value = min(value, spec.max)
    if spec.min is not None:
        value = max(value, spec.min)
    return int(round(value)) if spec.kind == "int" else value


def tornado(values: dict, inputs: ModelInputs, swing: float = SWING) -> tuple[list[TornadoBar], float]:
    """Bars sorted by their effect on NPV (largest first), and the base NPV.

    Parameters at zero have no swing and are left out. Values are clipped to their
    allowed range (a 90 % take rate goes up to 100 %, not 108 %).
    """
    p = P.validate(values)
    base = run_model(p, inputs, with_breakeven_take_rate=False)
    bars = []
    for key in key_parameters(p):
        value = p[key]
        if not value:
            continue
        low, high = _bounded(key, value * (1 - swing)), _bounded(key, value * (1 + swing))
        r_low = run_model({**p, key: low}, inputs, with_breakeven_take_rate=False)
        r_high = run_model({**p, key: high}, inputs, with_breakeven_take_rate=False)
        bars.append(
            TornadoBar(
                key,
                P.BY_KEY[key].label,
                value,
                low,
                high,
                r_low.npv_eur,
                r_high.npv_eur,
                r_low.breakeven_fee_eur,
                r_high.breakeven_fee_eur,
            )
        )
    bars.sort(key=lambda b: b.npv_swing, reverse=True)
    return bars, base.npv_eur


def tornado_json(bars: list[TornadoBar], base_npv: float) -> dict:
    r = lambda x: None if x is None else round(float(x), 2)  # noqa: E731
    return {
        "swing": SWING,
        "base_npv_eur": r(base_npv),
        "bars": [
            {
                "key": b.key,
                "label": b.label,
                "base_value": b.base_value,
                "low_value": b.low_value,
                "high_value": b.high_value,
                "npv_low_eur": r(b.npv_low),
                "npv_high_eur": r(b.npv_high),
                "fee_low_eur": r(b.fee_low),
                "fee_high_eur": r(b.fee_high),
            }
            for b in bars
        ],
    }
