"""The federation's figures from counts only: demand per cooperative and the pooled traffic model.

A carrier serves a group: pooling every cooperative's lines on one handoff needs the busy-hour
mean plus a margin α√V, and since V adds up over the lines the margin grows like √N while the
mean grows like N. The pooling gain against each cooperative buying its own capacity therefore
grows with the number of cooperatives pooled (``pooling_curve``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from coopnet.core.model_inputs import ModelInputs, VillageDemand, is_gigabit_tier
from coopnet.core.traffic import capacity, per_line_busy_mbps, traffic_json, traffic_model
from coopnet.core.village import HOUSEHOLDS_PER_PERSON


@dataclass
class FedVillage:
    """One village as the federation's views give it (counts, no personal data)."""

    coop: str
    insee: str
    name: str
    population: int | None = None
    households: int | None = None
    threshold_count: int | None = None
    threshold_pct: float | None = None
    deadline: str | None = None
    lat: float | None = None
    lon: float | None = None
    boundary: str | None = None  # GeoJSON (WGS84), or None
    doors: int = 0
    pledges: int = 0  # pledged or member
    members: int = 0
    tiers: dict[str, int] = field(default_factory=dict)  # pledges per tier ("" = not stated)

    def estimated_households(self) -> int:
        if self.households is not None:
            return int(self.households)
        if self.population is not None:
            return round(self.population * HOUSEHOLDS_PER_PERSON)
        return 0

    def target(self) -> int | None:
        """The village's pledge target: its count, else its percentage of doors (or households)."""
        if self.threshold_count:
            return int(self.threshold_count)
        if self.threshold_pct:
            base = self.doors or self.estimated_households()
            return math.ceil(base * self.threshold_pct / 100) or None
        return None


def coops(villages: list[FedVillage]) -> dict[str, list[FedVillage]]:
    """The villages grouped by cooperative, cooperatives in name order."""
    out: dict[str, list[FedVillage]] = {}
    for v in sorted(villages, key=lambda v: (v.coop, v.insee)):
        out.setdefault(v.coop, []).append(v)
    return out


def demand(v: FedVillage) -> VillageDemand:
    return VillageDemand(
        insee=v.insee,
        name=v.name,
        households=v.estimated_households(),
        pledges=v.pledges,
        gigabit_pledges=sum(n for tier, n in v.tiers.items() if is_gigabit_tier(tier)),
        lat=v.lat,
        lon=v.lon,
    )


def inputs_of(name: str, villages: list[FedVillage], pops=(), contact: dict | None = None) -> ModelInputs:
    return ModelInputs(
        cooperative=name, villages=[demand(v) for v in villages], pops=list(pops), contact=dict(contact or {})
    )


def tier_rows(villages: list[FedVillage], with_coop: bool = True) -> list[dict]:
    """The carrier brief's village table (``io.brief.brief_data``'s ``tiers``), counts only."""
    return [
        {
            "insee": v.insee,
            "name": f"{v.name} ({v.coop})" if with_coop else v.name,
            "households": v.estimated_households(),
            "tiers": dict(v.tiers),
        }
        for v in villages
    ]


def _r(x: float, d: int = 2) -> float:
    return round(float(x), d)


def pooled_traffic(p: dict, villages: list[FedVillage]) -> dict:
    """The pooled model across all cooperatives against each cooperative alone (JSON-ready).

    ``p``: validated parameters (``params.validate``). Each cooperative's own model is the same
    traffic model run on its villages only; the federation's is run on all of them."""
    groups = coops(villages)
    alone: list[dict] = []
    results = []
    for name, vs in groups.items():
        res = traffic_model(p, inputs_of(name, vs))
        alone.append(
            {
                "coop": name,
                "villages": len(vs),
                "households": sum(v.estimated_households() for v in vs),
                "pledges": sum(v.pledges for v in vs),
                "subscribers": _r(res.subscribers, 1),
                "busy_hour_mean_mbps": _r(res.busy_hour_mean_mbps),
                "capacity_mbps": _r(res.capacity_mbps),
                "sum_of_villages_mbps": _r(res.sum_of_villages_mbps),
                "pooling_gain": _r(res.pooling_gain, 4),
                "commit_mbps": _r(res.commit_mbps),
                "port": res.port,
            }
        )
        results.append(res)
    everyone = inputs_of("federation", villages)
    fed = traffic_model(p, everyone)
    out = traffic_json(fed, p)
    out.pop("by_village", None)
    sum_alone = sum(r.capacity_mbps for r in results)
    out["cooperatives"] = len(alone)
    out["villages"] = len(villages)
    out["households"] = sum(v.estimated_households() for v in villages)
    out["pledges"] = sum(v.pledges for v in villages)
    out["sum_of_cooperatives_mbps"] = _r(sum_alone)
    out["federation_gain"] = _r(1 - fed.capacity_mbps / sum_alone, 4) if sum_alone > 0 else 0.0
    out["margin_mbps"] = _r(fed.capacity_mbps - fed.busy_hour_mean_mbps)
    out["curve"] = pooling_curve(p, groups, results)
    out["by_cooperative"] = alone
    return out


def pooling_curve(p: dict, groups: dict[str, list[FedVillage]], results: list) -> list[dict]:
    """Pooling the cooperatives one by one (largest first): capacity grouped against the sum of
    their own capacities. The margin α√V grows like √N, so the gain grows with N. Sums of each
    cooperative's usage weights (``results``: their TrafficResult), so linear in the cooperatives."""
    names = list(groups)
    order = sorted(range(len(names)), key=lambda i: (-results[i].subscribers, names[i]))
    m = per_line_busy_mbps(p["gb_per_month"], p["busy_hour_factor"])
    v1 = (p["subscriber_cv"] * m) ** 2
    rows, w1, w2, n, total = [], 0.0, 0.0, 0.0, 0.0
    for k, i in enumerate(order, start=1):
        res = results[i]
        w1 += sum(vl.w1 for vl in res.villages)
        w2 += sum(vl.w2 for vl in res.villages)
        n += res.subscribers
        total += res.capacity_mbps
        mean = w1 * m
        cap = capacity(mean, w2 * v1, p["overflow_probability"])
        rows.append(
            {
                "cooperatives": k,
                "added": names[i],
                "subscribers": _r(n, 1),
                "busy_hour_mean_mbps": _r(mean),
                "capacity_mbps": _r(cap),
                "sum_alone_mbps": _r(total),
                "margin_share": _r((cap - mean) / cap, 4) if cap > 0 else 0.0,
                "pooling_gain": _r(1 - cap / total, 4) if total > 0 else 0.0,
            }
        )
    return rows
