"""Synthetic doors in the national address base (BAN) format.

Each commune gets its bourg around the town hall plus a few hamlets; each settlement grows
as a small tree of streets (the first ones head for the neighbouring villages, later ones
branch off earlier ones), with doors on both sides: odd numbers on the left, even on the
right, increasing away from the start, now and then a "bis"/"ter". Only doors inside the
commune's (approximate) boundary are kept, so every door falls in its own commune.
"""

from __future__ import annotations

import csv
import math
import random
from dataclasses import dataclass, field

import numpy as np
import shapely

from coopnet.core.ban_columns import BAN_COLUMNS

from .geometry import to_wgs
from .streets import HAMLETS, StreetNamer, acheminement, afnor, de, fantoir_code

BAN_HEADER = list(BAN_COLUMNS)  # the published file's columns, in order

_SECTIONS = ("0A", "0B", "0C", "AB", "AC", "AD", "AE", "ZA", "ZB", "ZC", "ZD", "ZE")


@dataclass
class Street:
    name: str = ""
    ld: str = ""  # nom_ld: the hamlet, if any
    nums: list = field(default_factory=list)  # (numero, rep)
    xs: list = field(default_factory=list)  # doors, Lambert-93
    ys: list = field(default_factory=list)
    axis: list = field(default_factory=list)  # (x, y, heading) where branches may start

    def truncate(self, k: int) -> None:
        del self.nums[k:], self.xs[k:], self.ys[k:], self.axis[k:]


def _numbers(rng: random.Random, n: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    num = 0
    rnd = rng.random
    for _ in range(n):
        if out and out[-1][1] != "ter" and rnd() < 0.035:
            out.append((num, "bis" if out[-1][1] == "" else "ter"))
        else:
            num += 1
            out.append((num, ""))
    return out


def _lay_street(rng, x, y, heading, n, step, offset) -> Street:
    st = Street(nums=_numbers(rng, n))
    curve = rng.gauss(0, 0.0015)  # radians per metre: streets bend gently
    rnd = rng.random  # hot loop (600 000 doors at department scale): plain random() only
    for num, rep in st.nums:
        ds = step * (0.3 if rep else 0.6 + 0.6 * rnd())
        heading += curve * ds + 0.1 * (rnd() - 0.5)
        cos, sin = math.cos(heading), math.sin(heading)
        x += ds * cos
        y += ds * sin
        side = offset * (0.8 + 0.4 * rnd()) * (1 if num % 2 else -1)  # odd numbers left
        st.xs.append(x - side * sin)
        st.ys.append(y + side * cos)
        st.axis.append((x, y, heading))
    return st


def _lay_place(rng, x, y, n) -> Street:
    """A square: doors around it, numbered clockwise."""
    st = Street(nums=_numbers(rng, n))
    a0, radius = rng.uniform(0, 2 * math.pi), rng.uniform(25, 40)
    for k in range(n):
        a = a0 - 2 * math.pi * k / n
        r = radius * rng.uniform(0.9, 1.1)
        st.xs.append(x + r * math.cos(a))
        st.ys.append(y + r * math.sin(a))
        st.axis.append((x + r * math.cos(a), y + r * math.sin(a), a))
    return st


def _grow(rng, namer, inner, cx, cy, quota, plan, ld, bourg) -> list[Street]:
    """Lay `quota` doors around (cx, cy): the planned streets (name, heading, kind) start at
    the centre, then branches leave random points of earlier streets, near the centre."""
    mine: list[Street] = []
    plan = list(plan)
    placed, fails = 0, 0
    rmax = 120 + 15 * math.sqrt(quota)  # ~ the radius of a village of `quota` houses
    step = (7, 11) if bourg else (10, 17)
    big = max(6, min(45, quota // 4))
    while placed < quota:
        name = None
        if plan:
            name, heading, kind = plan.pop(0)
            sx, sy = cx, cy
        elif not mine:
            sx, sy, heading, kind = cx, cy, rng.uniform(0, 2 * math.pi), "branch"
        else:
            parent = mine[rng.randrange(len(mine))]
            sx, sy, h = parent.axis[rng.randrange(len(parent.axis))]
            if math.hypot(sx - cx, sy - cy) > rmax:
                fails += 1
                if fails % 100 == 0:
                    rmax *= 1.25  # crowded: let the village spread
                continue
            heading, kind = h + rng.choice((1, -1)) * math.pi / 2 + rng.gauss(0, 0.2), "branch"
        left = quota - placed
        if kind == "place":
            st = _lay_place(rng, sx, sy, min(left, rng.randint(3, 8)))
        else:
            n = rng.randint(8, max(10, big)) if kind == "route" else rng.randint(3, big)
            st = _lay_street(rng, sx, sy, heading, min(left, n), rng.uniform(*step), rng.uniform(8, 14))
        inside = shapely.contains_xy(inner, st.xs, st.ys)
        keep = len(st.xs) if inside.all() else int(np.argmin(inside))
        if keep == 0:
            fails += 1
            if fails > 20000:
                raise RuntimeError(f"cannot place {quota - placed} more doors in {ld or 'bourg'}")
            continue
        st.truncate(keep)
        st.name = (name and namer.take(name)) or (
            namer.centre() if bourg and len(mine) < 8 else namer.generic()
        )
        st.ld = ld
        mine.append(st)
        placed += keep
    return mine


def _hamlet_sites(rng, poly, hall, count):
    deep = poly.buffer(-250)
    if deep.is_empty or count == 0:
        return []
    shapely.prepare(deep)
    minx, miny, maxx, maxy = deep.bounds
    sites: list[tuple[float, float]] = []
    for _ in range(200 * count):
        if len(sites) == count:
            break
        p = (rng.uniform(minx, maxx), rng.uniform(miny, maxy))
        if (
            shapely.contains_xy(deep, *p)
            and math.dist(p, hall) > 900
            and all(math.dist(p, q) > 700 for q in sites)
        ):
            sites.append(p)
    return sites


def lay_out_commune(rng: random.Random, hall, poly_l93, n_doors: int, routes) -> list[Street]:
    """Exactly `n_doors` doors for one commune. `routes`: (neighbour name, heading) pairs for
    the roads leaving the bourg, e.g. ("Thoiry", 2.9) gives "Route de Thoiry"."""
    inner = poly_l93.buffer(-15)  # margin: doors stay inside after rounding to 6 decimals
    shapely.prepare(inner)
    namer = StreetNamer(rng)
    count = 0 if n_doors < 120 else rng.randint(1, min(4, 1 + n_doors // 500))
    sites = _hamlet_sites(rng, poly_l93, hall, count)
    weights = [rng.uniform(0.5, 1.5) for _ in sites]
    share = rng.uniform(0.08, 0.2)
    quotas = [max(5, round(n_doors * share * w / sum(weights))) for w in weights]
    plan = [("Place de la Mairie", 0.0, "place")]
    plan += [("Route " + de(nb), heading, "route") for nb, heading in routes[:3]]
    plan.append(("Grande Rue", rng.uniform(0, 2 * math.pi), "route"))
    streets = _grow(rng, namer, inner, *hall, n_doors - sum(quotas), plan, "", True)
    for (hx, hy), quota, ld in zip(sites, quotas, rng.sample(HAMLETS, len(sites))):
        hplan = [(f"Rue {de(ld)}", rng.uniform(0, 2 * math.pi), "route")]
        streets += _grow(rng, namer, inner, hx, hy, quota, hplan, ld, False)
    return streets


def route_headings(hall, others, max_routes: int = 3) -> list[tuple[str, float]]:
    """Roads to the nearest neighbours, at least 50° apart. `others`: (name, (x, y))."""
    out: list[tuple[str, float]] = []
    for name, (x, y) in sorted(others, key=lambda o: math.dist(hall, o[1])):
        h = math.atan2(y - hall[1], x - hall[0])
        if all(abs((h - g + math.pi) % (2 * math.pi) - math.pi) > math.radians(50) for _, g in out):
            out.append((name, h))
        if len(out) == max_routes:
            break
    return out


def commune_rows(rng: random.Random, insee: str, name: str, postcode: str, streets) -> list:
    """BAN rows of one commune, in id order (street code, then number)."""
    xs = np.round(np.fromiter((x for s in streets for x in s.xs), float), 2)
    ys = np.round(np.fromiter((y for s in streets for y in s.ys), float), 2)
    lons, lats = to_wgs(xs, ys)
    xs, ys, lons, lats = xs.tolist(), ys.tolist(), lons.tolist(), lats.tolist()
    ach = acheminement(name)
    parcel = {s: rng.randint(1, 60) for s in _SECTIONS}
    rows, k, rnd = [], 0, rng.random
    for i, st in enumerate(streets):
        id_fantoir = f"{insee}_{fantoir_code(i)}"
        nom_afnor = afnor(st.name)
        cert = "1" if rng.random() < 0.8 else "0"
        section = rng.choice(_SECTIONS)
        for num, rep in st.nums:
            cad = ""
            if rnd() < 0.8:
                parcel[section] += 1 + int(3 * rnd())
                cad = f"{insee}000{section}{parcel[section]:04d}"
            rows.append(
                [
                    f"{id_fantoir}_{num:05d}" + (f"_{rep}" if rep else ""),
                    id_fantoir,
                    num,
                    rep,
                    st.name,
                    postcode,
                    insee,
                    name,
                    "",
                    "",
                    f"{xs[k]:.2f}",
                    f"{ys[k]:.2f}",
                    f"{lons[k]:.6f}",
                    f"{lats[k]:.6f}",
                    "entrée",
                    "",
                    st.ld,
                    ach,
                    nom_afnor,
                    "commune",
                    "commune",
                    cert,
                    cad,
                ]
            )
            k += 1
    return rows


def ban_writer(f):
    w = csv.writer(f, delimiter=";", lineterminator="\n")
    w.writerow(BAN_HEADER)
    return w


def address_label(row) -> str:
    """ "12 bis Rue de l'Église" from a BAN row."""
    return f"{row[2]} {row[3]} {row[4]}" if row[3] else f"{row[2]} {row[4]}"


def write_ban_file(path, communes, cells_l93, halls_xy, adj, seed, pick=None) -> list:
    """Write the BAN file, communes in INSEE order, and return the rows whose position in the
    file (0-based, header excluded) is in `pick` — all rows when `pick` is None.

    Each commune has its own random stream, so a commune's doors do not depend on the others.
    """
    kept, offset = [], 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = ban_writer(f)
        for i in sorted(range(len(communes)), key=lambda i: communes[i].insee):
            c = communes[i]
            if c.households == 0:
                continue
            rng = random.Random(f"{seed}/ban/{c.insee}")
            hall = tuple(map(float, halls_xy[i]))
            routes = route_headings(hall, [(communes[j].name, tuple(halls_xy[j])) for j in adj[i]])
            streets = lay_out_commune(rng, hall, cells_l93[i], c.households, routes)
            rows = commune_rows(rng, c.insee, c.name, c.postcode, streets)
            w.writerows(rows)
            if pick is None:
                kept += rows
            else:
                kept += [r for k, r in enumerate(rows, offset) if k in pick]
            offset += len(rows)
    return kept
