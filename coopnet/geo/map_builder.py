"""The cooperative's map as a folium page (Leaflet), offline.

Communes coloured by pledge take-up against their target, commune names, the
backbone, PoPs, the planned link from each village to its PoP, and doors/pledges
as clustered points. Built for department scale: polygons simplified in
Lambert-93, coordinates rounded to 1e-5° (≈1 m), points sent as delta-encoded
integers and clustered in the browser (FastMarkerCluster-style), canvas renderer.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import folium
import numpy as np
import shapely
from branca.element import Element, MacroElement
from folium.map import Layer

from coopnet.geo import assets, layers, map_js
from coopnet.geo.counts import door_counts
from coopnet.geo.escape import escape_text, js_json
from coopnet.geo.links import compute_links, detour_factor
from coopnet.store import settings
from coopnet.geo.take_up import CLASSES, village_take_up
from coopnet.store.project import Project
from coopnet.translation import catalog

DOORS_SHOWN_MAX = 50_000  # beyond this the doors layer starts unticked (browser memory)
# Each pledge marker costs the page ~1.5 kB: 100 000 of them are ~150 MB of the renderer. Above
# this many, the pledges layer starts unticked (its markers are made when first ticked) and the
# commune colours carry the take-up, which is what a department-wide view is read for.
PLEDGES_SHOWN_MAX = 20_000


@dataclass
class MapOptions:
    title: str | None = None
    show_names: bool = False  # personal names on pledge points (off unless asked)
    # Doors (with their status: "refused" at 3 rue …) and pledged addresses are for the app;
    # a page that leaves it for a council or a carrier carries counts only (geo/export.py).
    doors: bool = True
    pledges: bool = True
    focus_insee: str | None = None  # zoom on one village
    inline_assets: bool = False  # standalone HTML: everything inside the file
    bridge: bool = False  # in-app: QWebChannel for clicks
    export: bool = False  # title panel, no zoom/layer controls (PNG/PDF/HTML export)
    prefer_canvas: bool = True  # canvas is fast; SVG (False) stays vector in PDFs
    pad_top_left: tuple[int, int] = (20, 20)
    pad_bottom_right: tuple[int, int] = (20, 20)
    lang: str | None = None  # "fr" or "en"; None: coopnet.translation.default_language()
    # Counts per village given from outside ({insee: {"doors", "pledges", "threshold"}}): the
    # federation's map colours villages from the server's counts, not from the file's pledges.
    take_up: dict | None = None


class _Raw(Element):
    """Text placed in the page as is. branca's Element would compile it as a Jinja
    template: slow for inlined Leaflet, and ``{{ … }}`` in user text would be evaluated."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class _Script(MacroElement):
    """A script block placed in the page's script section, in order, as is.

    (folium's MacroElement wraps rendered scripts in a branca ``Element``, which compiles
    them as Jinja templates: slow on megabytes of data, and ``{{ … }}`` in a village name
    would be evaluated.)"""

    def __init__(self, code: str):
        super().__init__()
        self.code = code

    def render(self, **kwargs) -> None:
        self.get_root().script.add_child(_Raw(self.code), name=self.get_name())


class _JsLayer(Layer):
    """A Leaflet layer built by our JS (so folium's LayerControl lists it)."""

    def __init__(self, js: str, name: str, show: bool = True):
        super().__init__(name=escape_text(name), overlay=True, control=True, show=show)
        self.code = js % {"name": self.get_name()}

    def render(self, **kwargs) -> None:
        script = self.get_root().script
        script.add_child(_Raw(self.code), name=self.get_name())
        if self.show:
            script.add_child(
                _Raw(f"{self.get_name()}.addTo({self._parent.get_name()});"), name=self.get_name() + "_add"
            )


def _round(geoms: np.ndarray) -> np.ndarray:
    return shapely.transform(geoms, lambda c: np.round(c, 5))


def _tolerance(gdf) -> float:
    """Simplification tolerance (m): ~1/3000 of the extent, between 5 and 60 m."""
    minx, miny, maxx, maxy = gdf.total_bounds
    return float(min(60.0, max(5.0, max(maxx - minx, maxy - miny) / 3000)))


def _feature_collection(geoms, props: list[dict]) -> dict:
    """GeoJSON text of each geometry joined without re-parsing (fast for 1000s of vertices)."""
    texts = shapely.to_geojson(geoms)
    return {"type": "FeatureCollection", "_raw": [(t, p) for t, p in zip(texts, props)]}


def _encode_points(ilat: np.ndarray, ilon: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Integers of 1e-5° sorted along a coarse grid, then delta-encoded (small numbers)."""
    order = np.lexsort((ilon, ilat // 500))  # rows of ≈500 m, west to east
    ilat, ilon = ilat[order], ilon[order]
    d = np.empty(2 * len(ilat), dtype=np.int64)
    d[0::2] = np.diff(ilat, prepend=0)
    d[1::2] = np.diff(ilon, prepend=0)
    return d, order


def _int_array_json(values: np.ndarray, chunk: int = 65_536) -> str:
    """``[1,-2,…]`` a chunk at a time: 1.2 million Python ints at once would cost ~45 MB."""
    return (
        "["
        + ",".join(",".join(map(str, values[i : i + chunk].tolist())) for i in range(0, len(values), chunk))
        + "]"
    )


def _json_with_raw(data: dict) -> str:
    """js_json, but FeatureCollections carrying ``_raw`` geometry text are spliced in."""
    raws, arrays = {}, {}
    for key, value in list(data.items()):
        if isinstance(value, dict) and "_raw" in value:
            raws[key] = value.pop("_raw")
            value["features"] = f"@@{key}@@"
        if isinstance(value, dict):  # point layers: their coordinates as integer arrays
            for k, v in list(value.items()):
                if isinstance(v, np.ndarray):
                    arrays[f"{key}.{k}"] = v
                    value[k] = f"@@{key}.{k}@@"
    text = js_json(data)
    for key, values in arrays.items():
        text = text.replace(f'"@@{key}@@"', _int_array_json(values))
    for key, raw in raws.items():
        feats = ",".join(f'{{"type":"Feature","geometry":{g},"properties":{js_json(p)}}}' for g, p in raw)
        text = text.replace(f'"@@{key}@@"', f"[{feats}]")
    return text


def _take_up_side(project, lang: str | None) -> dict | None:
    """village_take_up on its own read-only connection; None if that cannot be done."""
    try:
        conn = sqlite3.connect(
            f"{Path(project.path).resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
    except (sqlite3.Error, TypeError, ValueError):
        return None
    try:
        return village_take_up(Project(project.path, conn, readonly=True), lang)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _no_points() -> dict[str, np.ndarray]:
    return {**layers._unpack(None), "label": np.zeros(0, dtype=object)}


def map_data(project, opts: MapOptions, report=None) -> dict:
    """Everything the page draws, as JSON-ready data (user text left raw: JS uses textContent)."""
    step = report or (lambda *a: True)
    t = catalog(opts.lang)
    step(0, 5, "villages")
    # Take-up is SQL-bound: run it on a second read-only connection while this thread
    # reads boundaries and points (sqlite releases the GIL), then join.
    with ThreadPoolExecutor(1) as pool:
        take_future = pool.submit(_take_up_side, project, opts.lang) if opts.take_up is None else None
        villages = layers.villages_gdf(project)
        doors = layers.door_points(project) if opts.doors else _no_points()
        pl = layers.pledge_points(project, with_names=opts.show_names) if opts.pledges else _no_points()
        take = (
            take_future.result()
            if take_future is not None
            else village_take_up(project, opts.lang, progress=opts.take_up)
        )
    if take is None:  # e.g. a file we may not open twice: same numbers, one after the other
        take = village_take_up(project, opts.lang)
    pops = layers.pops_gdf(project)
    detour = detour_factor(project)
    has_geom = villages.geometry.notna() & ~villages.geometry.is_empty
    with_geom = villages[has_geom]
    tol = _tolerance(with_geom) if len(with_geom) else 10.0
    simple = with_geom.geometry.simplify(tol, preserve_topology=False)  # display only: fast
    simple = simple.where(~simple.is_empty, with_geom.geometry).to_crs(layers.WGS84)
    halls = layers.gdf_points_wgs84(villages["hall_x"].to_numpy(), villages["hall_y"].to_numpy())
    links = compute_links(
        villages[["hall_x", "hall_y"]].to_numpy(),
        np.column_stack([pops.geometry.x, pops.geometry.y]) if len(pops) else [],
        list(pops["name"]),
        detour=detour,
    )
    pops_wgs = pops.to_crs(layers.WGS84)
    step(1, 5, "communes")
    props, labels, link_rows = {}, [], []
    placed = np.isfinite(villages["hall_x"].to_numpy(dtype=float)) & np.isfinite(
        villages["hall_y"].to_numpy(dtype=float)
    )
    for i, (_, v) in enumerate(villages.iterrows()):
        tu = take[v["insee"]]
        lines = [v["name"], tu["summary"]]
        if v["households"]:
            if v["households_is_estimate"]:
                text = t.translate("MapText", "{households} households (estimate)")
            else:
                text = t.translate("MapText", "{households} households")
            lines.append(text.format(households=t.number(v["households"])))
        pop_i, dist, link = links[i]
        if pop_i is not None:
            pop_name = str(pops["name"].iloc[pop_i])
            lines.append(
                t.translate("MapText", "Nearest PoP: {pop} — {km} link (est.)").format(
                    pop=pop_name, km=_km(link, t)
                )
            )
            link_rows.append(
                [
                    round(halls[i][1], 5),
                    round(halls[i][0], 5),
                    round(float(pops_wgs.geometry.y.iloc[pop_i]), 5),
                    round(float(pops_wgs.geometry.x.iloc[pop_i]), 5),
                    [
                        f"{v['name']} → {pop_name}",
                        t.translate(
                            "MapText", "{route} estimated route ({straight} straight × {factor})"
                        ).format(
                            route=_km(link, t),
                            straight=_km(dist, t),
                            factor=t.number(detour, 2).rstrip("0").rstrip(".,"),
                        ),
                    ],
                ]
            )
        props[v["insee"]] = {"i": v["insee"], "c": CLASSES[tu["cls"]][1], "t": lines}
        if not placed[i]:  # neither boundary nor town hall: nowhere to write its name
            continue
        # Label priority when labels collide (map_js coopnetPlaceLabels): villages with a target
        # first, then the larger ones; the others show once zoomed in far enough to fit.
        priority = (1e7 if tu["threshold"] else 0) + float(v["households"] or 0)
        labels.append(
            [round(halls[i][1], 5), round(halls[i][0], 5), v["name"], tu["short"], v["insee"], priority]
        )
    communes = _feature_collection(_round(simple.to_numpy()), [props[i] for i in with_geom["insee"]])
    step(2, 5, "backbone and PoPs")
    bb = layers.backbone_gdf(project)
    bb = bb[bb.geometry.notna()]
    backbone = _feature_collection(
        _round(bb.geometry.simplify(5).to_crs(layers.WGS84).to_numpy()),
        [
            {
                "t": [
                    n or t.translate("MapText", "Backbone"),
                    t.translate("MapText", "illustrative route") if ill else (src or ""),
                ]
            }
            for n, ill, src in zip(bb["name"], bb["illustrative"], bb["source"])
        ],
    )
    pop_word = (
        t.translate("MapText", "point of presence"),
        t.translate("MapText", "point of presence (illustrative)"),
    )
    pop_rows = [
        [round(float(g.y), 5), round(float(g.x), 5), [n, pop_word[bool(ill)]]]
        for g, n, ill in zip(pops_wgs.geometry, pops["name"], pops["illustrative"])
    ]
    step(3, 5, "doors")
    d, order = _encode_points(doors["ilat"], doors["ilon"])
    door_data = {"d": d, "s": (doors["code"][order] + 48).tobytes().decode("ascii")}
    step(4, 5, "pledges")
    d, order = _encode_points(pl["ilat"], pl["ilon"])
    pledge_data = {"d": d, "labels": [str(x) for x in pl["label"][order]] if opts.show_names else None}
    bounds = None
    target = villages[villages["insee"] == opts.focus_insee] if opts.focus_insee else villages
    box = layers.bounds_wgs84(target) if len(target) else None
    if box is not None:
        bounds = [[box[1], box[0]], [box[3], box[2]]]
    step(5, 5, "page")
    return {
        "communes": communes,
        "labels": labels,
        "backbone": backbone,
        "pops": pop_rows,
        "links": link_rows,
        "doors": door_data,
        "pledges": pledge_data,
        "doorColours": [c for _, c, _ in _door_legend()],
        "bounds": bounds,
        "focus": opts.focus_insee,
        "labelsMinZoom": 0,  # labels that collide are hidden by priority instead
        "padTL": list(opts.pad_top_left),
        "padBR": list(opts.pad_bottom_right),
        "exportMode": opts.export,
        "_counts": {
            "villages": len(villages),
            "doors": len(doors["lat"]),
            "pledges": len(pl["lat"]),
            "backbone": len(bb),
            "pops": len(pops),
            "illustrative": bool(bb["illustrative"].any() or pops["illustrative"].any()),
            "link_km": round(sum(r[2] or 0 for r in links), 1),
            "classes": [sum(1 for tu in take.values() if tu["cls"] == k) for k in range(len(CLASSES))],
        },
    }


def _door_legend():
    from coopnet.geo.take_up import DOOR_LEGEND

    return DOOR_LEGEND


def _legend_html(counts: dict, show_doors: bool, show_pledges: bool, t=None) -> str:
    t = t or catalog()
    e = escape_text
    # (lupdate only sees translate() calls outside f-strings: texts first, markup after)
    heading = t.translate("MapLegend", "Pledges against each village's target")
    backbone = t.translate("MapLegend", "backbone")
    pop = t.translate("MapLegend", "point of presence (PoP)")
    rows = [f"<h4>{e(heading)}</h4>"]
    for (_lo_hi, colour, label), n in zip(CLASSES, counts["classes"]):
        rows.append(
            f'<div class="row"><span class="sw" style="background:{colour}"></span>'
            f'{e(t.say(label))} (<span class="coop-class-n">{t.number(n)}</span>)</div>'
        )
    # A partial project (no backbone yet, no PoPs yet) shows only what the map draws.
    if counts.get("backbone", 1):
        rows.append(
            '<div class="row"><span class="ln" style="border-top:4px solid #6a1b9a"></span>'
            f"{e(backbone)}</div>"
        )
    if counts.get("pops", 1):
        rows.append(f'<div class="row"><span class="dot" style="background:#6a1b9a"></span>{e(pop)}</div>')
        planned = t.translate("MapLegend", "planned link village → PoP ({km} in all, est.)")
        rows.append(
            '<div class="row"><span class="ln" style="border-top:3px dashed #1a237e"></span>'
            f"{e(planned.format(km=_km(counts['link_km'], t)))}</div>"
        )
    if show_pledges:  # hidden while the pledges layer is unticked (see map_js.FINISH)
        pledge = t.translate("MapLegend", "pledge ({count})").format(count=t.number(counts["pledges"]))
        hidden = "" if counts["pledges"] <= PLEDGES_SHOWN_MAX else ' style="display:none"'
        rows.append(
            f'<div class="row coop-pledges-legend"{hidden}><span class="dot" '
            f'style="background:#1b5e20"></span>{e(pledge)}</div>'
        )
    if show_doors:  # shown when the doors layer is ticked (see map_js.FINISH)
        rows.append('<div class="coop-doors-legend" style="display:none">')
        door = t.translate("MapLegend", "door: {status}")
        for _, colour, label in _door_legend():
            rows.append(
                f'<div class="row"><span class="dot" style="background:{colour}"></span>'
                f"{e(door.format(status=t.say(label)))}</div>"
            )
        rows.append("</div>")
    if counts["illustrative"]:
        note = t.translate("MapLegend", "Backbone and PoPs are illustrative (not official data).")
        rows.append(f'<div class="note">{e(note)}</div>')
    return "".join(rows)


def _km(value: float, t=None) -> str:
    return f"{(t or catalog('fr')).number(value, 1)} km"


def sources_text(project, lang: str | None = None) -> str:
    """Where the map's data comes from (shown on the map and in exports), in ``lang``."""
    t = catalog(lang)
    parts = []
    if project.meta("sample") == "1":
        parts.append(
            t.translate(
                "MapSources",
                "Sample data: commune boundaries IGN ADMIN EXPRESS via "
                "france-geojson (Licence Ouverte), synthetic addresses, "
                "illustrative backbone",
            )
        )
    for key, template in (
        ("boundaries_source", t.translate("MapSources", "Boundaries: {source}")),
        ("backbone_source", t.translate("MapSources", "Backbone: {source}")),
        ("pops_source", t.translate("MapSources", "PoPs: {source}")),
        ("households_source", t.translate("MapSources", "Households: {source}")),
    ):
        if project.meta(key):
            parts.append(template.format(source=project.meta(key)))
    if any(door_counts(project).values()):  # never name a source the map does not use
        parts.append(t.translate("MapSources", "Addresses: Base Adresse Nationale (BAN) format"))
    parts.append(t.translate("MapSources", "Map: coopnet"))
    return " · ".join(parts)


def build_map(project, opts: MapOptions | None = None, report=None) -> folium.Map:
    opts = opts or MapOptions()
    t = catalog(opts.lang)
    data = map_data(project, opts, report)
    counts = data.pop("_counts")
    m = folium.Map(
        location=[46.6, 2.4],
        zoom_start=6,
        tiles=None,
        prefer_canvas=opts.prefer_canvas,
        zoom_snap=0.25,
        zoom_delta=0.5,
        control_scale=False,
        **{"maxZoom": 19},
    )
    assets.strip_folium_cdn(m)  # instance-level: other maps keep folium's lists untouched
    root = m.get_root()
    tags = assets.inline_tags() if opts.inline_assets else assets.linked_tags(bridge=opts.bridge)
    root.header.add_child(_Raw(tags + f"\n<style>{map_js.CSS}</style>"), name="coopnet_assets")
    root.header.add_child(
        _Raw(f"<title>{escape_text(opts.title or project.name)}</title>"), name="coopnet_title"
    )
    basemap = settings.get(project, "basemap_url")
    if basemap:
        url = basemap if "{z}" in basemap else Path(basemap).resolve().as_uri() + "/{z}/{x}/{y}.png"
        folium.TileLayer(
            url,
            attr=escape_text(t.translate("MapSources", "Basemap: {source}").format(source=basemap)),
            name=escape_text(t.translate("MapLayers", "Basemap")),
            overlay=True,
            control=True,
            max_zoom=19,
        ).add_to(m)
    m.add_child(_Script(map_js.PRELUDE % {"data": _json_with_raw(data), "map": m.get_name()}))
    show_doors = counts["doors"] <= DOORS_SHOWN_MAX and counts["doors"] > 0
    m.add_child(_JsLayer(map_js.COMMUNES, t.translate("MapLayers", "Communes (pledge take-up)")))
    m.add_child(_JsLayer(map_js.LINKS, t.translate("MapLayers", "Links village → PoP")))
    m.add_child(
        _JsLayer(
            map_js.BACKBONE,
            t.translate("MapLayers", "Backbone (illustrative)")
            if counts["illustrative"]
            else t.translate("MapLayers", "Backbone"),
        )
    )
    m.add_child(_JsLayer(map_js.POPS, t.translate("MapLayers", "Points of presence")))
    if opts.doors:  # ticked by volunteers who need it; hides the colours
        m.add_child(
            _JsLayer(
                map_js.DOORS,
                t.translate("MapLayers", "Doors ({count})").format(count=t.number(counts["doors"])),
                show=False,
            )
        )
    if opts.pledges:
        # Exports show the take-up in the labels; clusters would hide the colours.
        m.add_child(
            _JsLayer(
                map_js.PLEDGES,
                t.translate("MapLayers", "Pledges ({count})").format(count=t.number(counts["pledges"])),
                show=not opts.export and counts["pledges"] <= PLEDGES_SHOWN_MAX,
            )
        )
    m.add_child(_JsLayer(map_js.LABELS, t.translate("MapLayers", "Commune names")))
    folium.LayerControl(collapsed=True, position="topright").add_to(m)
    legend = _legend_html(counts, show_doors and not opts.export, opts.pledges and not opts.export, t)
    m.add_child(
        _Script(
            map_js.FINISH
            % {
                "sources": js_json(escape_text(sources_text(project, t.lang))),
                "legend": js_json(legend),
                "scale_pos": js_json("bottomleft"),
            }
        )
    )
    if opts.export:
        title = escape_text(opts.title or project.name)
        subtitle = t.translate("MapLegend", "Pledges against each village's target — situation on {date}")
        root.html.add_child(
            _Raw(
                f'<div class="coop-panel coop-title"><h1>{title}</h1>'
                f"<div>{escape_text(subtitle.format(date=t.date(dt.date.today())))}</div></div>"
            ),
            name="coopnet_title_panel",
        )
    return m


def render_html(project, opts: MapOptions | None = None, report=None) -> str:
    opts = opts or MapOptions()
    page = build_map(project, opts, report).get_root().render()
    # branca's page template has a bare <html>: say the language for screen readers and hyphenation
    lang = catalog(opts.lang).lang
    return page.replace("<html>", f'<html lang="{lang}">', 1)


def write_html(project, path: Path, opts: MapOptions | None = None, report=None) -> Path:
    path = Path(path)
    html = render_html(project, opts, report)
    # Written beside it, then renamed: a full disk never leaves half a map behind.
    tmp = path.with_name(f".{path.name}.part")
    try:
        tmp.write_text(html, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.filename == str(tmp):
            exc.filename = str(path)
        raise
    return path
