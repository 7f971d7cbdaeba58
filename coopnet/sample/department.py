"""Department-scale synthetic data, for benchmarks and stress tests.

Same file kinds as the bundled sample, with generated communes on a jittered grid over a
~60 × 50 km area around 48.8° N 1.9° E (the Yvelines), boundaries dense enough to stress
map simplification (~`vertices` per polygon), and exact door and pledge counts.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

import numpy as np
import shapely

from .ban import write_ban_file
from .communes import Commune, generated_codes, generated_names, write_communes_csv
from .geometry import bent_partition, neighbours, polygon_feature, to_l93, to_wgs, write_geojson
from .network import department_network
from .pledges import campaign_days, pledge_row, write_pledges

WIDTH_M, HEIGHT_M = 60_000, 50_000
CENTRE = (1.9, 48.8)  # lon, lat
POPS_PER_COMMUNES = 15
MAX_POPS = 20


def _halls(rng: random.Random, n: int):
    """n town halls on a jittered grid (a few grid cells dropped at random to get exactly n)."""
    cx, cy = (float(v) for v in to_l93(*CENTRE))
    nx = math.ceil(math.sqrt(n * WIDTH_M / HEIGHT_M))
    ny = math.ceil(n / nx)
    dx, dy = WIDTH_M / nx, HEIGHT_M / ny
    pts = [
        (
            cx - WIDTH_M / 2 + (i + 0.5 + rng.uniform(-0.35, 0.35)) * dx,
            cy - HEIGHT_M / 2 + (j + 0.5 + rng.uniform(-0.35, 0.35)) * dy,
        )
        for j in range(ny)
        for i in range(nx)
    ]
    drop = set(rng.sample(range(len(pts)), len(pts) - n))
    xy = np.array([p for k, p in enumerate(pts) if k not in drop])
    lon, lat = to_wgs(xy[:, 0], xy[:, 1])
    lon, lat = np.round(lon, 6), np.round(lat, 6)  # as written to communes.csv
    clip = shapely.box(cx - WIDTH_M / 2, cy - HEIGHT_M / 2, cx + WIDTH_M / 2, cy + HEIGHT_M / 2)
    return lon, lat, clip


def _door_counts(rng: random.Random, n: int, doors: int) -> list[int]:
    """Split `doors` exactly: a few small towns, many villages (lognormal, capped)."""
    w = [min(rng.lognormvariate(0, 0.9), 8.0) for _ in range(n)]
    base = 1 if doors >= n else 0  # no commune without a door when there are enough
    spare = doors - base * n
    raw = [spare * v / sum(w) for v in w]
    counts = [math.floor(r) for r in raw]
    by_remainder = sorted(range(n), key=lambda i: (counts[i] - raw[i], i))
    for i in by_remainder[: spare - sum(counts)]:
        counts[i] += 1
    return [base + c for c in counts]


def generate_department(
    out_dir,
    communes: int = 300,
    doors: int = 600_000,
    pledges: int = 100_000,
    vertices: int = 1000,
    seed: int = 1,
) -> dict[str, Path]:
    """Write communes.csv, boundaries.geojson, backbone.geojson, pops.geojson, adresses-XX.csv
    and promesses.csv in `out_dir`; returns {key: path}. Same arguments, same bytes."""
    if communes < 2 or doors < 0 or pledges < 0 or vertices < 8:
        raise ValueError("need communes >= 2, vertices >= 8, doors and pledges >= 0")
    if pledges > doors:
        raise ValueError(f"{pledges} pledges for {doors} doors: at most one pledge per door")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"{seed}/department")
    codes = generated_codes(communes)
    names = generated_names(rng, communes)
    lon, lat, clip = _halls(rng, communes)
    counts = _door_counts(rng, communes, doors)
    towns = [
        Commune(
            insee,
            name,
            f"{dep}{rng.randrange(1, 100):02d}0",
            float(la),
            float(lo),
            round(h * rng.uniform(2.2, 2.7)),
            2021,
            "synthetic (coopnet.sample)",
            h,
            "synthetic: number of generated doors",
            True,
        )
        for (dep, insee), name, lo, la, h in zip(codes, names, lon, lat, counts)
    ]
    deps = sorted({dep for dep, _ in codes}, key=[d for d, _ in codes].index)
    paths = {
        "communes": out / "communes.csv",
        "boundaries": out / "boundaries.geojson",
        "backbone": out / "backbone.geojson",
        "pops": out / "pops.geojson",
        "ban": out / f"adresses-{'-'.join(deps)}.csv",
        "pledges": out / "promesses.csv",
    }

    # perimeter of a hexagon-like cell ~ 3.8 √area: spacing for ~`vertices` per polygon
    spacing = 3.8 * math.sqrt(clip.area / communes) / vertices
    cells, cells_l93 = bent_partition(random.Random(f"{seed}/boundaries"), lon, lat, clip, spacing)
    write_communes_csv(paths["communes"], towns)
    write_geojson(
        paths["boundaries"],
        [
            polygon_feature(
                cell,
                {
                    "insee": t.insee,
                    "name": t.name,
                    "approximate": True,
                    "method": "synthetic: bent Voronoi cell of a jittered grid",
                },
            )
            for t, cell in zip(towns, cells)
        ],
    )

    x, y = to_l93(lon, lat)
    halls = np.column_stack([x, y])
    adj = neighbours(cells_l93)
    backbone, pops = department_network(
        random.Random(f"{seed}/network"),
        towns,
        halls,
        adj,
        counts,
        min(MAX_POPS, communes // POPS_PER_COMMUNES),
    )
    write_geojson(paths["backbone"], backbone)
    write_geojson(paths["pops"], pops)

    prng = random.Random(f"{seed}/pledges")
    pick = set(prng.sample(range(doors), pledges))
    chosen = write_ban_file(paths["ban"], towns, cells_l93, halls, adj, seed, pick)
    prng.shuffle(chosen)
    days = campaign_days(prng, pledges)
    write_pledges(paths["pledges"], (pledge_row(prng, d, day) for d, day in zip(chosen, days)))
    return paths
