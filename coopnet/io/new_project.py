"""A new cooperative from the national commune reference: ``coopnet new --commune/--department/--postcode``
and the app's New Cooperative wizard both call ``create_from_reference``."""

from __future__ import annotations

from pathlib import Path

from coopnet.core.communes import CommuneRef, merger_sentence, pick
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.core.village import HOUSEHOLDS_PER_PERSON, Village
from coopnet.errors import CoopnetError, UsageError
from coopnet.io.reference import load_reference
from coopnet.store import villages as vstore
from coopnet.store.project import Project

ESTIMATE_SOURCE = f"estimate: population ÷ {round(1 / HOUSEHOLDS_PER_PERSON, 2)}"


def select_communes(communes=(), departments=(), postcodes=()) -> tuple[list[CommuneRef], list[str]]:
    """The current communes named by the options, in the order given, no duplicates; and the
    sentences to show (old codes followed to the commune they merged into)."""
    ref = load_reference()
    chosen: list[CommuneRef] = []
    notes: list[str] = []
    for text in communes:
        try:
            found, old = pick(ref, text)
        except ValueError as exc:
            raise CoopnetError(exc.args[0]) from None
        if old is not None:
            notes.append(merger_sentence(old, found))
        chosen.append(found)
    for dep in departments:
        found = sorted(ref.department(dep), key=lambda r: r.code)
        if not found:
            raise CoopnetError(
                QT_TRANSLATE_NOOP(
                    "NewProject", "{dep}: no department has this number (e.g. 78, 01, 2A)"
                ).format(dep=dep)
            )
        chosen += found
    for pc in postcodes:
        found = ref.by_postcode(pc)
        if not found:
            raise CoopnetError(
                QT_TRANSLATE_NOOP("NewProject", "{postcode}: no commune has this postcode").format(
                    postcode=pc
                )
            )
        chosen += sorted(found, key=lambda r: r.code)
    seen, unique = set(), []
    for r in chosen:
        if r.code not in seen:
            seen.add(r.code)
            unique.append(r)
    return unique, notes


def village_from_reference(r: CommuneRef) -> Village:
    ref = load_reference()
    return Village(
        insee=r.code,
        name=r.name,
        postcode=r.postcodes[0] if r.postcodes else "",
        postcodes=" ".join(r.postcodes),
        department=r.department,
        population=r.population,
        population_year=ref.population_year if r.population is not None else None,
        population_source=ref.population_source if r.population is not None else "",
        households=None,
        households_source=ESTIMATE_SOURCE if r.population is not None else "",
        households_is_estimate=r.population is not None,
    )


def create_from_reference(
    path: Path, communes: list[CommuneRef], name: str | None = None, overwrite: bool = False
) -> Project:
    if not communes:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "NewProject", "choose at least one commune (--commune, --department or --postcode)"
            )
        )
    project = Project.create(path, name=name, overwrite=overwrite)
    try:
        villages = [village_from_reference(r) for r in communes]
        with project.transaction():
            vstore.upsert_villages(project, villages)
            project.set_meta("reference", f"{load_reference().population_source}")
            project.audit(
                "create",
                "villages",
                "reference",
                {"villages": len(villages), "codes": [v.insee for v in villages][:50]},
            )
    except BaseException:
        project.close()
        raise
    return project
