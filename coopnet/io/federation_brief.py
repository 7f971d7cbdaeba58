"""One carrier brief for the whole federation (``io.brief``'s PDF/XLSX), counts only.

The demand of every cooperative's villages is pooled on one handoff: the traffic model runs on
all of them, and the brief lists each village with its cooperative, its households and its
pledges per tier — never a name, phone or address (the server's views hold none).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from coopnet.core.federation import FedVillage, inputs_of, tier_rows
from coopnet.core.costs import link_basis
from coopnet.core.traffic import traffic_model
from coopnet.io.brief import brief_data, write_brief
from coopnet.translation import catalog


def federation_brief_data(
    villages: list[FedVillage],
    values: dict,
    scenario: str,
    name: str | None = None,
    pops=(),
    contact: dict | None = None,
    lang: str | None = None,
) -> dict:
    t = catalog(lang)
    n_coops = len({v.coop for v in villages})
    title = name or t.translate("Federation", "Federation of {coops} cooperatives").format(
        coops=t.number(n_coops)
    )
    inputs = inputs_of(title, villages, pops, contact)
    result = SimpleNamespace(
        params=values, traffic=traffic_model(values, inputs), links=link_basis(values, inputs)
    )  # what the link distances rest on
    return brief_data(scenario, inputs, tier_rows(villages), result, lang=lang)


def write_federation_brief(
    path: str | Path,
    villages: list[FedVillage],
    values: dict,
    scenario: str,
    name: str | None = None,
    pops=(),
    contact: dict | None = None,
    lang: str | None = None,
) -> Path:
    """Write the brief (.pdf or .xlsx) through ``io.output_file`` (no half file on failure)."""
    return write_brief(
        Path(path), federation_brief_data(villages, values, scenario, name, pops, contact, lang)
    )
