"""What the models need from a project: villages, households, pledges, PoPs (counts only)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field


@dataclass
class VillageDemand:
    insee: str
    name: str
    households: int = 0
    pledges: int = 0  # status pledged or member
    gigabit_pledges: int = 0  # of which for a tier of 1 Gb/s or more
    link_km: float | None = None  # straight-line or mapped length to the PoP (before detour)
    link_source: str = ""  # "map", "straight line to PoP", "assumed"
    pop_name: str = ""
    lat: float | None = None
    lon: float | None = None


@dataclass
class Pop:
    name: str
    lat: float
    lon: float
    illustrative: bool = False


@dataclass
class ModelInputs:
    cooperative: str = ""
    villages: list[VillageDemand] = field(default_factory=list)
    pops: list[Pop] = field(default_factory=list)
    contact: dict = field(default_factory=dict)  # name, email, phone from project meta

    @property
    def total_pledges(self) -> int:
        return sum(v.pledges for v in self.villages)

    @property
    def gigabit_share(self) -> float:
        total = self.total_pledges
        return sum(v.gigabit_pledges for v in self.villages) / total if total else 0.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


def nearest_pop(lat: float, lon: float, pops: list[Pop]) -> tuple[Pop | None, float | None]:
    best, best_km = None, None
    for p in pops:
        km = haversine_km(lat, lon, p.lat, p.lon)
        if best_km is None or km < best_km:
            best, best_km = p, km
    return best, best_km


def handoff_pop(inputs: ModelInputs) -> tuple[Pop | None, float | None]:
    """The PoP nearest the households-weighted centre of the villages, and its distance (km)."""
    located = [v for v in inputs.villages if v.lat is not None and v.lon is not None]
    if not inputs.pops or not located:
        return None, None
    weight = sum(max(v.households, 1) for v in located)
    lat = sum((v.lat or 0.0) * max(v.households, 1) for v in located) / weight
    lon = sum((v.lon or 0.0) * max(v.households, 1) for v in located) / weight
    return nearest_pop(lat, lon, inputs.pops)


def is_gigabit_tier(tier: str | None) -> bool:
    """ "1 Gb/s", "1000 Mb/s", "2 Gbit/s" → True; "100 Mb/s", "" → False."""
    import re

    text = (tier or "").lower().replace(",", ".")
    m = re.search(r"(\d+(?:\.\d+)?)\s*([gm])", text)
    if not m:
        return False
    value = float(m.group(1)) * (1000 if m.group(2) == "g" else 1)
    return value >= 1000
