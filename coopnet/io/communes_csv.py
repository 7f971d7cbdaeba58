"""Read the sample's ``communes.csv`` and GeoJSON layers into domain objects."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from coopnet.core.village import Village


def _int(value: str) -> int | None:
    value = (value or "").strip().replace(" ", "")
    return int(value) if value else None


def read_communes(path: Path) -> list[Village]:
    villages = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            v = Village(
                insee=row["insee"].strip(),
                name=row["name"].strip(),
                postcode=(row.get("postcode") or "").strip(),
                lat=float(row["lat"]) if row.get("lat") else None,
                lon=float(row["lon"]) if row.get("lon") else None,
                population=_int(row.get("population", "")),
                population_year=_int(row.get("population_year", "")),
                population_source=row.get("population_source", ""),
                households=_int(row.get("households", "")),
                households_source=row.get("households_source", ""),
                households_is_estimate=(
                    row.get("households_is_estimate", "0").strip() in ("1", "true", "oui")
                ),
            )
            v.validate()
            villages.append(v)
    return villages


def read_features(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    return data.get("features", [])
