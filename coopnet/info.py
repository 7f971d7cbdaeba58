"""What a project holds: the numbers behind ``coopnet info`` and the app's summary.

CLI and UI both call ``project_info`` so they always agree.
"""

from __future__ import annotations

import json

from coopnet import __version__
from coopnet.store import villages as vstore
from coopnet.store.project import Project

# shapely, pyproj and the links (numpy, geopandas) load on first use: the app's window
# shows before any of them is needed.


def backbone_km(project: Project) -> float:
    from pyproj import Geod
    from shapely.geometry import shape

    geod = Geod(ellps="GRS80")
    total = 0.0
    for line in vstore.list_backbone(project):
        if line["geometry"]:
            total += geod.geometry_length(shape(line["geometry"])) / 1000
    return total


def project_info(project: Project, progress: dict | None = None, links: dict | None = None) -> dict:
    """``progress``/``links``: ``village_progress``/``village_links`` already computed (the app
    caches them for all its pages); computed here when not given."""
    if progress is None:
        from coopnet.store.progress import village_progress

        progress = village_progress(project)
    if links is None:
        from coopnet.geo.links import village_links

        links = village_links(project)
    villages = []
    for v in vstore.list_villages(project):
        item = {
            "insee": v.insee,
            "name": v.name,
            "postcode": v.postcode,
            "lat": v.lat,
            "lon": v.lon,
            "population": v.population,
            "population_year": v.population_year,
            "households": v.estimated_households(),
            "households_source": v.households_source,
            "households_is_estimate": v.households_is_estimate,
            "has_boundary": bool(v.boundary),
            "department": v.department or None,
            "postcodes": v.postcodes.split() if v.postcodes else [],
            "population_source": v.population_source or None,
        }
        item.update(progress.get(v.insee, {}))
        item.update(links.get(v.insee, {}))
        villages.append(item)
    pops = [
        {
            "name": p["name"],
            "lon": p["lon"],
            "lat": p["lat"],
            "insee": p["insee"],
            "illustrative": p["illustrative"],
        }
        for p in vstore.list_pops(project)
    ]
    totals = {
        "villages": len(villages),
        "population": _total(villages, "population"),
        "population_unknown_villages": sum(1 for v in villages if v["population"] is None),
        "households": _total(villages, "households"),
        "households_unknown_villages": sum(1 for v in villages if v["households"] is None),
        "backbone_km": round(backbone_km(project), 2) if project.db["backbone"].count else None,
        "backbone_lines": project.db["backbone"].count,
        "pops": len(pops),
    }
    for key in ("doors", "pledges"):  # counts of records: none is 0
        if any(key in v for v in villages):
            totals[key] = sum(v.get(key) or 0 for v in villages)
    if any("link_km" in v for v in villages):  # a distance: with no PoP it is unknown, not 0 km
        totals["link_km"] = _total(villages, "link_km", 2)
    return {
        "checklist": project_checklist(villages, totals, str(project.path)),
        "history": commune_history(villages),
        "file": str(project.path),
        "cooperative": project.name,
        "schema_version": project.schema_version,
        "coopnet_version": __version__,
        "created": project.meta("created"),
        "villages": villages,
        "pops": pops,
        "totals": totals,
    }


def _total(villages: list[dict], key: str, decimals: int | None = None):
    """The sum over the villages that know ``key``; None (JSON null) when none does: unknown is not 0."""
    known = [v[key] for v in villages if v.get(key) is not None]
    if not known:
        return None
    return round(sum(known), decimals) if decimals is not None else sum(known)


def project_checklist(villages: list[dict], totals: dict, path: str = "PROJECT") -> list[dict]:
    """The data checklist (boundaries, households, addresses, backbone, PoPs) as JSON-ready dicts."""
    from collections import Counter

    from coopnet.core.checklist import checklist

    deps = Counter(v.get("department") or v["insee"][:2] for v in villages)
    items = checklist(
        villages=len(villages),
        with_boundary=sum(1 for v in villages if v["has_boundary"]),
        with_census=sum(1 for v in villages if (v.get("households_source") or "").startswith("INSEE census")),
        with_doors=sum(1 for v in villages if v.get("doors")),
        backbone_lines=totals["backbone_lines"],
        pops=totals["pops"],
        department=deps.most_common(1)[0][0] if deps else "",
    )
    import shlex

    out = []
    for item in items:
        d = item.as_dict()
        d["command"] = d["command"].replace("PROJECT", shlex.quote(path), 1)
        out.append(d)
    return out


def commune_history(villages: list[dict]) -> list:
    """Villages whose INSEE code belongs to a commune merged since the project was made:
    “78251 Fourqueux — merged into 78551 Saint-Germain-en-Laye on 1 January 2019” (messages)."""
    from coopnet.core.communes import merger_sentence
    from coopnet.io.reference import load_reference

    ref = load_reference()
    out = []
    for v in villages:
        code, old = ref.resolve(v["insee"])
        current = ref.get(code)
        if old is not None and current is not None:
            out.append(merger_sentence(old, current))
    return out


def project_checklist_of(project: Project) -> list[dict]:
    """The data checklist alone (no links, no map): what the app shows after New Cooperative."""
    from coopnet.store.progress import village_progress

    progress = village_progress(project)
    villages = [
        {
            "insee": v.insee,
            "has_boundary": bool(v.boundary),
            "department": v.department or None,
            "households_source": v.households_source,
            "doors": progress.get(v.insee, {}).get("doors"),
        }
        for v in vstore.list_villages(project)
    ]
    totals = {"backbone_lines": project.db["backbone"].count, "pops": len(vstore.list_pops(project))}
    return project_checklist(villages, totals, str(project.path))


def checklist_text(info: dict, lang: str | None = None) -> str:
    from coopnet.translation import catalog

    t = catalog(lang)
    marks = {"done": "[x]", "partial": "[~]", "missing": "[ ]"}
    lines = [t.translate("Checklist", "Data checklist:")]
    for item in info.get("checklist", []):
        lines.append(f"  {marks[item['state']]} {t.say(item['title'])}: {t.say(item['detail'])}")
        if item["state"] != "done":
            where = t.say(item["where"]) + (f" — {item['url']}" if item["url"] else "")
            lines.append("      " + t.translate("Checklist", "where: {where}").format(where=where))
            lines.append(
                "      " + t.translate("Checklist", "import: {command}").format(command=item["command"])
            )
    return "\n".join(lines)


def info_text(info: dict, lang: str | None = None) -> str:
    """``coopnet info`` as text, in ``lang``'s words and number format (default: the environment's)."""
    from coopnet.translation import catalog

    t = catalog(lang)
    n = t.number
    tot = info["totals"]
    unknown = t.translate("Info", "unknown")
    lines = [
        f"{info['cooperative']} — {info['file']}",
        (
            t.translate("Info", "{villages} villages, {population} inhabitants, {households} households")
            if tot["villages"] != 1
            else t.translate("Info", "{villages} village, {population} inhabitants, {households} households")
        ).format(
            villages=n(tot["villages"]),
            population=known_total(tot, "population", t),
            households=known_total(tot, "households", t),
        ),
    ]
    if tot["backbone_km"] is None:
        backbone = t.translate("Info", "backbone: none imported yet; {pops} points of presence")
    else:
        backbone = t.translate("Info", "backbone: {lines} lines, {km} km; {pops} points of presence")
    lines.append(
        backbone.format(lines=n(tot["backbone_lines"]), km=n(tot["backbone_km"], 1), pops=n(tot["pops"]))
    )
    if "doors" in tot:
        lines.append(
            t.translate("Info", "doors: {doors}; pledges: {pledges}").format(
                doors=n(tot["doors"]), pledges=n(tot.get("pledges", 0))
            )
        )
    if tot.get("link_km") is not None:
        lines.append(
            t.translate("Info", "links to points of presence: {km} km (estimated routes)").format(
                km=n(tot["link_km"], 1)
            )
        )
    if any(item["state"] != "done" for item in info.get("checklist", [])):
        lines += ["", checklist_text(info, lang)]
    for sentence in info.get("history", []):
        lines.append(t.translate("Info", "commune history: {what}").format(what=t.say(sentence)))
    lines.append("")
    est_mark = t.translate("Info", " (est.)")
    for v in info["villages"]:
        est = est_mark if v["households_is_estimate"] else ""
        link = f"  → {v['nearest_pop']} {n(v['link_km'], 1)} km" if v.get("nearest_pop") else ""
        households = unknown if v["households"] is None else n(v["households"])
        lines.append(
            t.translate("Info", "  {insee}  {name:<30} {households:>7} households{est}{link}").format(
                insee=v["insee"], name=v["name"], households=households, est=est, link=link
            )
        )
    return "\n".join(lines)


def known_total(totals: dict, key: str, t) -> str:
    """The total; "unknown" when no village has the figure (unknown is not zero); "at least …
    (unknown in N villages)" when some do not."""
    if totals[key] is None:
        return t.translate("Info", "unknown")
    missing = totals.get(f"{key}_unknown_villages") or 0
    if missing:
        return t.translate("Info", "at least {total} (unknown in {missing} villages)").format(
            total=t.number(totals[key]), missing=t.number(missing)
        )
    return t.number(totals[key])


def info_json(info: dict) -> str:
    return json.dumps(info, ensure_ascii=False, indent=2)
