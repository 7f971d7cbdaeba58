"""Load the bundled national commune reference (resources/reference/communes.csv.gz).

The file is built by ``tools/make_commune_reference.py`` from Etalab's published data package
(see resources/reference/README.md); it is loaded once per process.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import gzip
import io
import json

from coopnet.core.communes import CommuneRef, Reference
from coopnet.resources import resource


def _int(text: str) -> int | None:
    return int(text) if text else None


def meta() -> dict:
    return json.loads(resource("reference", "communes.meta.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def load_reference() -> Reference:
    raw = gzip.decompress(resource("reference", "communes.csv.gz").read_bytes()).decode("utf-8")
    rows = []
    for r in csv.DictReader(io.StringIO(raw), delimiter=";"):
        rows.append(
            CommuneRef(
                code=r["code"],
                name=r["name"],
                type=r["type"],
                department=r["department"],
                region=r["region"],
                postcodes=tuple(r["postcodes"].split()),
                population=_int(r["population"]),
                chef_lieu=r["chef_lieu"],
                old_codes=tuple(r["old_codes"].split()),
                merged_on=dt.date.fromisoformat(r["merged_on"]) if r["merged_on"] else None,
            )
        )
    m = meta()
    return Reference(
        rows,
        population_year=m.get("population_year"),
        population_source=f"{m.get('population_source', '')} — {m['package']} {m['version']}",
    )
