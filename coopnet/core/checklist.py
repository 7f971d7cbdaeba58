"""The data checklist of a new cooperative: which layer is there, where to download it, how to import it.

Pure: it takes counts (``coopnet.info`` gathers them) and gives back items the CLI prints and the
app shows with an Import button.
"""

from __future__ import annotations

from dataclasses import dataclass

from coopnet.core.text import QT_TRANSLATE_NOOP

DONE, PARTIAL, MISSING = "done", "partial", "missing"


@dataclass(frozen=True)
class ChecklistItem:
    key: str  # boundaries, households, addresses, backbone, pops
    title: str
    state: str  # done, partial, missing
    detail: str  # “12 of 18 villages”
    where: str  # the official place to download it
    url: str
    command: str  # the CLI command that imports it

    def as_dict(self) -> dict:
        return {
            "key": self.key,
            "title": self.title,
            "state": self.state,
            "detail": self.detail,
            "where": self.where,
            "url": self.url,
            "command": self.command,
        }


def _state(have: int, total: int) -> str:
    if total and have >= total:
        return DONE
    return PARTIAL if have else MISSING


def checklist(
    villages: int,
    with_boundary: int,
    with_census: int,
    with_doors: int,
    backbone_lines: int,
    pops: int,
    department: str = "",
) -> list[ChecklistItem]:
    """``with_*``: how many villages have that layer; ``department``: the main department, for links."""
    of = (
        QT_TRANSLATE_NOOP("Checklist", "{have} of {total} villages")
        if villages != 1
        else QT_TRANSLATE_NOOP("Checklist", "{have} of {total} village")
    )
    dep = department or "XX"
    return [
        ChecklistItem(
            "boundaries",
            QT_TRANSLATE_NOOP("Checklist", "Commune boundaries"),
            _state(with_boundary, villages),
            of.format(have=with_boundary, total=villages),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "IGN ADMIN EXPRESS (COMMUNE layer), or the france-geojson "
                "files of your department (github.com/gregoiredavid/france-geojson)",
            ),
            "https://geoservices.ign.fr/adminexpress",
            "coopnet import villages PROJECT communes.geojson",
        ),
        ChecklistItem(
            "households",
            QT_TRANSLATE_NOOP("Checklist", "Households (INSEE census)"),
            _state(with_census, villages),
            of.format(have=with_census, total=villages),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "INSEE, census key figures “Logement” per commune (base des chiffres clés: CODGEO, P21_RP)",
            ),
            "https://www.insee.fr",
            "coopnet import households PROJECT base-cc-logement.csv",
        ),
        ChecklistItem(
            "addresses",
            QT_TRANSLATE_NOOP("Checklist", "Addresses (BAN doors)"),
            _state(with_doors, villages),
            of.format(have=with_doors, total=villages),
            QT_TRANSLATE_NOOP(
                "Checklist", "Base Adresse Nationale, file adresses-{dep}.csv of the department"
            ).format(dep=dep),
            f"https://adresse.data.gouv.fr/data/ban/adresses/latest/csv/adresses-{dep}.csv.gz",
            f"coopnet import addresses PROJECT adresses-{dep}.csv",
        ),
        ChecklistItem(
            "backbone",
            QT_TRANSLATE_NOOP("Checklist", "Backbone (fibre routes)"),
            DONE if backbone_lines else MISSING,
            QT_TRANSLATE_NOOP("Checklist", "{n} lines").format(n=backbone_lines),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "not open data: ask the department's public network (RIP) operator for its routes",
            ),
            "",
            "coopnet import backbone PROJECT backbone.gpkg",
        ),
        ChecklistItem(
            "pops",
            QT_TRANSLATE_NOOP("Checklist", "Points of presence (PoPs)"),
            DONE if pops else MISSING,
            QT_TRANSLATE_NOOP("Checklist", "{n} points").format(n=pops),
            QT_TRANSLATE_NOOP(
                "Checklist",
                "the department's public network (RIP) operator: where a carrier can hand over traffic",
            ),
            "",
            "coopnet import pops PROJECT pops.csv",
        ),
    ]
