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
            "insee": v.insee, "name": v.name, "postcode": v.postcode,
            "lat": v.lat, "lon": v.lon,
            "population": v.population, "population_year": v.population_year,
            "households": v.estimated_households(),
            "households_source": v.households_source,
            "households_is_estimate": v.households_is_estimate,
            "has_boundary": bool(v.boundary),
            "department": v.department or None, "postcodes": v.postcodes.split() if v.postcodes else [],
            "population_source": v.population_source or None,
        }
        item.update(progress.get(v.insee, {}))
        item.update(links.get(v.insee, {}))
        villages.append(item)
    pops = [{"name": p["name"], "lon": p["lon"], "lat": p["lat"], "insee": p["insee"],
             "illustrative": p["illustrative"]} for p in vstore.list_pops(project)]
    totals = {
        "villages": len(villages),
        "population": sum(v["population"] or 0 for v in villages),
        "households": sum(v["households"] or 0 for v in villages),
        "backbone_km": round(backbone_km(project), 2),
        "backbone_lines": project.db["backbone"].count,
        "pops": len(pops),
    }
    for key in ("doors", "pledges", "link_km"):
        if any(key in v for v in villages):
            totals[key] = round(sum(v.get(key) or 0 for v in villages), 2)
    return {
        "checklist": project_checklist(villages, totals, str(project.path)),
        "file": str(project.path),
        "cooperative": project.name,
        "schema_version": project.schema_version,
        "coopnet_version": __version__,
        "created": project.meta("created"),
        "villages": villages,
        "pops": pops,
        "totals": totals,
    }


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
        backbone_lines=totals["backbone_lines"], pops=totals["pops"],
        department=deps.most_common(1)[0][0] if deps else "")
    import shlex
    out = []
    for item in items:
        d = item.as_dict()
        d["command"] = d["command"].replace("PROJECT", shlex.quote(path), 1)
        out.append(d)
    return out


def project_checklist_of(project: Project) -> list[dict]:
    """The data checklist alone (no links, no map): what the app shows after New Cooperative."""
    from coopnet.store.progress import village_progress
    progress = village_progress(project)
    villages = [{"insee": v.insee, "has_boundary": bool(v.boundary), "department": v.department or None,
                 "households_source": v.households_source,
                 "doors": progress.get(v.insee, {}).get("doors")}
                for v in vstore.list_villages(project)]
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
            lines.append("      " + t.translate("Checklist", "import: {command}").format(command=item["command"]))
    return "\n".join(lines)


def info_text(info: dict) -> str:
    from coopnet.core.fr import format_number
    t = info["totals"]
    lines = [
        f"{info['cooperative']} — {info['file']}",
        f"{t['villages']} villages, {_known(info, 'population', t)} inhabitants, "
        f"{_known(info, 'households', t)} households",
        f"backbone: {t['backbone_lines']} lines, {format_number(t['backbone_km'], 1)} km; "
        f"{t['pops']} points of presence",
    ]
    if "doors" in t:
        lines.append(f"doors: {format_number(t['doors'])}; pledges: {format_number(t.get('pledges', 0))}")
    if "link_km" in t:
        lines.append(f"links to points of presence: {format_number(t['link_km'], 1)} km (estimated routes)")
    if any(item["state"] != "done" for item in info.get("checklist", [])):
        lines += ["", checklist_text(info)]
    lines.append("")
    for v in info["villages"]:
        est = " (est.)" if v["households_is_estimate"] else ""
        link = f"  → {v['nearest_pop']} {format_number(v['link_km'], 1)} km" if v.get("nearest_pop") else ""
        households = "unknown" if v["households"] is None else format_number(v["households"])
        lines.append(f"  {v['insee']}  {v['name']:<30} {households:>7} households{est}{link}")
    return "\n".join(lines)


def _known(info: dict, key: str, totals: dict) -> str:
    """The total, or "unknown" when no village has the figure (unknown is not zero)."""
    from coopnet.core.fr import format_number
    if info["villages"] and all(v.get(key) is None for v in info["villages"]):
        return "unknown"
    return format_number(totals[key])


def info_json(info: dict) -> str:
    return json.dumps(info, ensure_ascii=False, indent=2)
