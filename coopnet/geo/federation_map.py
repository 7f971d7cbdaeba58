"""The department-wide map of a federation: every cooperative's villages coloured by take-up.

Same map as a cooperative's (``geo.export.export_map``): the villages, their boundaries and their
counts come from the server's views and are written to a throwaway project file (counts only: no
door, no pledge, no name), coloured from the server's counts. A project file given as the source
lends its backbone and points of presence.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

from coopnet.core.federation import FedVillage
from coopnet.core.village import Village
from coopnet.geo.export import export_map
from coopnet.store import villages as vstore
from coopnet.store.project import Project
from coopnet.translation import catalog


def _village(v: FedVillage) -> Village | None:
    deadline = None
    if v.deadline:
        try:
            deadline = dt.date.fromisoformat(str(v.deadline)[:10])
        except ValueError:
            deadline = None
    boundary = v.boundary
    if boundary:
        try:
            json.loads(boundary)
        except ValueError:
            boundary = None
    village = Village(
        insee=v.insee,
        name=v.name or v.insee,
        lat=v.lat,
        lon=v.lon,
        population=v.population,
        households=v.households,
        households_is_estimate=v.households is None,
        boundary=boundary,
        threshold_count=v.threshold_count,
        threshold_pct=v.threshold_pct,
        deadline=deadline,
    )
    try:
        village.validate()
    except ValueError:  # e.g. a town hall outside mainland France: map it by its boundary
        village.lat = village.lon = None
        try:
            village.validate()
        except ValueError:
            return None
    return village


def take_up_counts(villages: list[FedVillage]) -> dict[str, dict]:
    """``MapOptions.take_up``: the server's counts and each village's target."""
    return {v.insee: {"doors": v.doors, "pledges": v.pledges, "threshold": v.target()} for v in villages}


def counts_project(path: Path, villages: list[FedVillage], name: str, network_from=None) -> Project:
    """A project file holding the federation's villages (no doors, no pledges) and, from
    ``network_from`` (an open project), its backbone and points of presence."""
    project = Project.create(path, name=name)
    with project.transaction():
        vstore.upsert_villages(
            project, [x for x in map(_village, villages) if x is not None], keep_existing_fields=False
        )
        if network_from is not None:
            vstore.replace_backbone(project, [b for b in vstore.list_backbone(network_from) if b["geometry"]])
            vstore.replace_pops(project, vstore.list_pops(network_from))
            for key in ("backbone_source", "pops_source"):
                if network_from.meta(key):
                    project.set_meta(key, network_from.meta(key))
    return project


def export_federation_map(
    villages: list[FedVillage],
    out: str | Path,
    title: str | None = None,
    lang: str | None = None,
    network_from=None,
    report=None,
) -> Path:
    """Write the federation's map (.html, .png or .pdf, as ``coopnet map``)."""
    t = catalog(lang)
    n_coops = len({v.coop for v in villages})
    name = title or t.translate("Federation", "Federation: {coops} cooperatives, {villages} villages").format(
        coops=t.number(n_coops), villages=t.number(len(villages))
    )
    with tempfile.TemporaryDirectory(prefix="coopnet-federation-") as tmp:
        project = counts_project(Path(tmp) / "federation.coop", villages, name, network_from)
        try:
            return export_map(
                project, out, title=name, lang=lang, report=report, take_up=take_up_counts(villages)
            )
        finally:
            project.close()
