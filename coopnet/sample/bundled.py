"""The bundled sample cooperative (Thoiry area, Yvelines): sample_villages/*."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import shapely

from .ban import write_ban_file
from .communes import BUNDLED_COMMUNES, CORE_INSEE, write_communes_csv
from .geometry import bent_partition, neighbours, polygon_feature, to_l93, write_geojson
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
CLIP_BUFFER_M = 2500   # the hull of the town halls, widened so outer villages get land
EDGE_SPACING_M = 75    # vertex spacing on the bent edges
CORE_SHARE = 0.85      # share of pledges in the five villages where the campaign started
METHOD = ("approximate: Voronoi cells of the town halls in Lambert-93, clipped to their convex "
          "hull buffered by 2.5 km, edges densified and smoothly bent; not IGN ADMIN EXPRESS")


def write_bundled(out_dir="sample_villages") -> dict[str, Path]:
    """Regenerate the six bundled data files in `out_dir`; returns {key: path}."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {k: out / name for k, name in BUNDLED_FILES.items()}
    communes = BUNDLED_COMMUNES
    lon = np.array([c.lon for c in communes])
    lat = np.array([c.lat for c in communes])
    x, y = to_l93(lon, lat)
    halls = np.column_stack([x, y])
    clip = shapely.convex_hull(shapely.multipoints(halls)).buffer(CLIP_BUFFER_M)
    cells, cells_l93 = bent_partition(random.Random(f"{SEED}/boundaries"), lon, lat, clip,
                                      EDGE_SPACING_M)

    write_communes_csv(paths["communes"], communes)
    write_geojson(paths["boundaries"], [
        polygon_feature(cell, {"insee": c.insee, "name": c.name, "approximate": True,
                               "method": METHOD})
        for c, cell in zip(communes, cells)])
    backbone, pops = bundled_network(random.Random(f"{SEED}/network"),
                                     {c.insee: (c.lon, c.lat) for c in communes})
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
