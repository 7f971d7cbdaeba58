"""Gather what the models need from a project: villages, households, pledge counts, PoPs.

Counts only: no name, phone or address leaves this module.
"""

from __future__ import annotations

from coopnet.core.model_inputs import ModelInputs, Pop, VillageDemand, is_gigabit_tier, nearest_pop
from coopnet.store import villages as vstore
from coopnet.store.project import Project

COUNTED = ("pledged", "member")
CONTACT_KEYS = ("contact_name", "contact_email", "contact_phone", "contact_address")


def pledge_counts(project: Project) -> dict[str, dict[str, int]]:
    """{insee: {tier: count}} of pledges with status pledged or member."""
    out: dict[str, dict[str, int]] = {}
    if "pledges" not in project.db.table_names():
        return out
    rows = project.conn.execute(
        "SELECT insee, COALESCE(tier, ''), COUNT(*) FROM pledges "
        "WHERE status IN (?, ?) GROUP BY insee, COALESCE(tier, '')",
        COUNTED,
    )
    for insee, tier, n in rows:
        out.setdefault(insee, {})[tier] = n
    return out


def gather_with_links(project: Project, links: dict[str, dict]) -> ModelInputs:
    """The model inputs, given the map's village links ({insee: {"distance_km", "nearest_pop"}});
    villages without a link get the straight line to the nearest PoP. The store does not compute
    links (that is geography): call :func:`coopnet.geo.model_inputs.gather`."""
    pops = [Pop(p["name"], p["lat"], p["lon"], bool(p["illustrative"])) for p in vstore.list_pops(project)]
    counts = pledge_counts(project)
    villages = []
    for v in vstore.list_villages(project):
        tiers = counts.get(v.insee, {})
        d = VillageDemand(
            insee=v.insee,
            name=v.name,
            households=int(v.estimated_households() or 0),
            pledges=sum(tiers.values()),
            gigabit_pledges=sum(n for t, n in tiers.items() if is_gigabit_tier(t)),
            lat=v.lat,
            lon=v.lon,
        )
        link = links.get(v.insee) or {}
        # The straight line: the model applies its own detour factor.
        if link.get("distance_km") is not None:
            d.link_km, d.link_source, d.pop_name = (
                float(link["distance_km"]),
                "map",
                link.get("nearest_pop") or "",
            )
        elif v.lat is not None and v.lon is not None and pops:
            pop, km = nearest_pop(v.lat, v.lon, pops)
            d.link_km, d.link_source, d.pop_name = km, "straight line to PoP", pop.name if pop else ""
        else:
            d.link_source = "assumed"
        villages.append(d)
    contact = {k: project.meta(k) or "" for k in CONTACT_KEYS}
    return ModelInputs(cooperative=project.name, villages=villages, pops=pops, contact=contact)


def tier_table(project: Project) -> list[dict]:
    """[{insee, name, households, tiers: {tier: n}}] for the brief (counts only)."""
    counts = pledge_counts(project)
    return [
        {
            "insee": v.insee,
            "name": v.name,
            "households": v.estimated_households() or 0,
            "tiers": counts.get(v.insee, {}),
        }
        for v in vstore.list_villages(project)
    ]
