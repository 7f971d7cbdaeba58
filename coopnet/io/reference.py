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


COLUMNS = (
    "code",
    "name",
    "type",
    "department",
    "region",
    "postcodes",
    "population",
    "chef_lieu",
    "old_codes",
    "merged_on",
)


def meta() -> dict:
    return json.loads(resource("reference", "communes.meta.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def load_reference() -> Reference:
    raw = gzip.decompress(resource("reference", "communes.csv.gz").read_bytes()).decode("utf-8")
    # Our own file (tools/make_commune_reference.py), ten fields a line: without a quoted field,
    # str.split reads it three times faster than csv (every `new` and import loads it).
    fields = (
        csv.reader(io.StringIO(raw), delimiter=";")
        if '"' in raw
        else (s.split(";") for s in raw.splitlines())
    )
    if next(fields) != list(COLUMNS):
        raise ValueError("communes.csv.gz: unexpected columns")
    date = dt.date.fromisoformat
    rows = []
    for code, name, type_, department, region, postcodes, population, chef_lieu, old, merged in fields:
        rows.append(
            CommuneRef(
                code,
                name,
                type_,
                department,
                region,
                tuple(postcodes.split()),
                int(population) if population else None,
                chef_lieu,
                tuple(old.split()),
                date(merged) if merged else None,
            )
        )
    m = meta()
    return Reference(
        rows,
        population_year=m.get("population_year"),
        population_source=f"{m.get('population_source', '')} — {m['package']} {m['version']}",
    )
