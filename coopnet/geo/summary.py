"""Per-village summary shown beside the in-app map (made with the map page, see `coopnet map-page`)."""

from __future__ import annotations


def village_summaries(project, lang: str | None = None) -> dict[str, dict]:
    from coopnet.geo.links import village_links
    from coopnet.geo.take_up import village_take_up
    from coopnet.store import villages as vstore

    take, links = village_take_up(project, lang), village_links(project)
    out = {}
    for v in vstore.list_villages(project):
        out[v.insee] = {
            "name": v.name,
            "households": v.estimated_households(),
            "households_is_estimate": v.households_is_estimate,
            **take.get(v.insee, {}),
            **links.get(v.insee, {}),
        }
    return out
