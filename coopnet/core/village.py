"""A village (commune) of the cooperative and its threshold."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coopnet.core import fr

HOUSEHOLDS_PER_PERSON = 1 / 2.45  # DESIGN.md §4 estimate when no census figure


@dataclass
class Village:
    insee: str
    name: str
    postcode: str = ""
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    population_year: int | None = None
    population_source: str = ""
    households: int | None = None
    households_source: str = ""
    households_is_estimate: bool = False
    boundary: str | None = None  # GeoJSON geometry (WGS84)
    threshold_count: int | None = None
    threshold_pct: float | None = None
    threshold_include_secondary: bool = False
    deadline: dt.date | None = None
    postcodes: str = ""  # all postcodes of the commune, space-separated
    department: str = ""
    extra: dict = field(default_factory=dict)

    def validate(self) -> None:
        self.insee = fr.normalize_insee(self.insee)
        if not self.name or not self.name.strip():
            raise ValueError(f"{self.insee}: the commune has no name")
        if self.postcode and not fr.is_postcode(self.postcode):
            raise ValueError(f"{self.insee}: “{self.postcode}” is not a postcode (5 digits)")
        if self.lat is not None and not (41.0 <= self.lat <= 51.5):
            raise ValueError(f"{self.insee}: latitude {self.lat} is outside mainland France")
        if self.lon is not None and not (-5.5 <= self.lon <= 10.0):
            raise ValueError(f"{self.insee}: longitude {self.lon} is outside mainland France")
        for label, value in (("population", self.population), ("households", self.households)):
            if value is not None and value < 0:
                raise ValueError(f"{self.insee}: {label} cannot be negative")

    def estimated_households(self) -> int | None:
        if self.households is not None:
            return self.households
        if self.population is not None:
            return round(self.population * HOUSEHOLDS_PER_PERSON)
        return None
