"""The bundled sample cooperative (Thoiry area, Yvelines): sample_villages/*."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import shapely

from .ban import write_ban_file
from .communes import BUNDLED_COMMUNES, CORE_INSEE, write_communes_csv
from .geometry import neighbours, poly_to_l93, polygon_feature, to_l93, write_geojson
from .network import bundled_network
from .pledges import BUNDLED_PLEDGES, DUPLICATES, bundled_rows, write_pledges

SEED = 78  # fixed: the bundled files must come out byte-identical on every run
BUNDLED_FILES = {
    "communes": "communes.csv",
    "boundaries": "boundaries.geojson",
    "backbone": "backbone.geojson",
    "pops": "pops.geojson",
    "ban": "adresses-78-sample.csv",
    "pledges": "promesses-excel-fr.csv",
}
CORE_SHARE = 0.85  # share of pledges in the five villages where the campaign started
# The real commune shapes of the 18 communes, cut unchanged from gregoiredavid/france-geojson
# (IGN ADMIN EXPRESS COG 2018, simplified by its author; Licence Ouverte): see data/README.md.
SHAPES = Path(__file__).with_name("data") / "communes-thoiry-france-geojson.geojson"
SHAPES_SOURCE = (
    "IGN ADMIN EXPRESS COG 2018 via gregoiredavid/france-geojson "
    "(departements/78-yvelines/communes-78-yvelines.geojson), Licence Ouverte"
)


def real_shapes(communes) -> list:
    """The communes' real boundaries (shapely Polygons, WGS84), in the order of ``communes``."""
    from shapely.geometry import shape

    data = json.loads(SHAPES.read_text(encoding="utf-8"))
    by_code = {f["properties"]["code"]: shape(f["geometry"]) for f in data["features"]}
    missing = [c.insee for c in communes if c.insee not in by_code]
    if missing:
        raise ValueError(f"{SHAPES.name} has no shape for {', '.join(missing)}")
    return [by_code[c.insee] for c in communes]


# Households: INSEE census 2021, number of households (P21_MEN) by commune, from INSEE's
# "base du comparateur de territoires" (27 June 2024), 18 rows cut unchanged: see data/README.md.
CENSUS = Path(__file__).with_name("data") / "menages-2021-thoiry.csv"
CENSUS_SOURCE = "INSEE census 2021 (P21_MEN)"


def census_households() -> dict[str, int]:
    """{INSEE code: households in the 2021 census} of the 18 communes (the cut file's ``menages_2021``)."""
    import csv

    with CENSUS.open(encoding="utf-8", newline="") as fh:
        return {
            r["insee_com"]: int(r["menages_2021"]) for r in csv.DictReader(fh) if r["commune_type"] == "COM"
        }


def with_reference_figures(communes) -> list:
    """The communes with their population from the national reference (resources/reference:
    INSEE legal populations, via @etalab/decoupage-administratif) and their households from the
    INSEE 2021 census (`census_households`); none is an estimate."""
    import csv
    import gzip
    import io
    from dataclasses import replace

    from coopnet.resources import resource

    meta = json.loads(resource("reference", "communes.meta.json").read_text(encoding="utf-8"))
    raw = gzip.decompress(resource("reference", "communes.csv.gz").read_bytes()).decode("utf-8")
    population = {
        r["code"]: r["population"]
        for r in csv.DictReader(io.StringIO(raw), delimiter=";")
        if r["type"] == "current"
    }
    households = census_households()
    missing = [c.insee for c in communes if c.insee not in households]
    if missing:
        raise ValueError(f"{CENSUS.name} has no households for {', '.join(missing)}")
    source = f"{meta['population_source']} ({meta['package']} {meta['version']})"
    return [
        replace(
            c,
            population=int(population[c.insee]),
            population_year=meta["population_year"],
            population_source=source,
            households=households[c.insee],
            households_source=CENSUS_SOURCE,
            households_is_estimate=False,
        )
        for c in communes
    ]


def write_bundled(out_dir="sample_villages") -> dict[str, Path]:
    """Regenerate the six bundled data files in `out_dir`; returns {key: path}."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {k: out / name for k, name in BUNDLED_FILES.items()}
    communes = with_reference_figures(BUNDLED_COMMUNES)
    lon = np.array([c.lon for c in communes])
    lat = np.array([c.lat for c in communes])
    x, y = to_l93(lon, lat)
    halls = np.column_stack([x, y])
    cells = real_shapes(communes)
    cells_l93 = [poly_to_l93(cell) for cell in cells]
    for c, cell, hall in zip(communes, cells_l93, halls):
        if not cell.contains(shapely.Point(*hall)):
            raise ValueError(f"the town hall of {c.name} lies outside its commune")

    write_communes_csv(paths["communes"], communes)
    write_geojson(
        paths["boundaries"],
        [
            polygon_feature(
                cell, {"insee": c.insee, "name": c.name, "approximate": False, "source": SHAPES_SOURCE}
            )
            for c, cell in zip(communes, cells)
        ],
    )
    backbone, pops = bundled_network(
        random.Random(f"{SEED}/network"), {c.insee: (c.lon, c.lat) for c in communes}
    )
    write_geojson(paths["backbone"], backbone)
    write_geojson(paths["pops"], pops)

    doors = write_ban_file(paths["ban"], communes, cells_l93, halls, neighbours(cells_l93), SEED)
    rng = random.Random(f"{SEED}/pledges")
    core = [d for d in doors if d[6] in CORE_INSEE]
    other = [d for d in doors if d[6] not in CORE_INSEE]
    n = BUNDLED_PLEDGES - len(DUPLICATES)
    n_core = round(n * CORE_SHARE)
    picked = rng.sample(core, n_core) + rng.sample(other, n - n_core)
    rng.shuffle(picked)
    write_pledges(paths["pledges"], bundled_rows(rng, picked), encoding="cp1252")
    return paths
