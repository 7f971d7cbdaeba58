"""What a partial project lacks, each in one sentence: what is missing, what it changes, how to add it.

A new cooperative has no backbone on day one, no BAN doors, maybe no boundaries. Commands and pages
that need a missing layer still work and say so with these sentences (CLI on stderr, app in a
banner), so the command line and the app always say the same thing. Pure: no Qt, no files; the
layers above say the `Msg` in French or English (``coopnet.translation.say``).
"""

from __future__ import annotations

from typing import Any

from coopnet.core.text import Msg, QT_TRANSLATE_NOOP

# layer → (menu of the app, command line) that adds it
HOW: dict[str, tuple[Msg | None, str]] = {
    "villages": (
        QT_TRANSLATE_NOOP("Missing", "File ▸ Import commune boundaries (ADMIN EXPRESS, GPKG, SHP)…"),
        "coopnet import villages PROJECT BOUNDARIES.gpkg --add",
    ),
    "boundaries": (
        QT_TRANSLATE_NOOP("Missing", "File ▸ Import commune boundaries (ADMIN EXPRESS, GPKG, SHP)…"),
        "coopnet import villages PROJECT BOUNDARIES.gpkg",
    ),
    "households": (
        QT_TRANSLATE_NOOP("Missing", "File ▸ Import INSEE census households…"),
        "coopnet import households PROJECT INSEE.csv",
    ),
    "doors": (
        QT_TRANSLATE_NOOP("Missing", "File ▸ Import Addresses (BAN)…"),
        "coopnet import addresses PROJECT adresses-XX.csv",
    ),
    "pledges": (
        QT_TRANSLATE_NOOP("Missing", "File ▸ Import Pledges…"),
        "coopnet import pledges PROJECT PLEDGES.csv",
    ),
    "backbone": (
        QT_TRANSLATE_NOOP("Missing", "File ▸ Import backbone lines…"),
        "coopnet import backbone PROJECT BACKBONE.gpkg",
    ),
    "pops": (
        QT_TRANSLATE_NOOP("Missing", "File ▸ Import points of presence…"),
        "coopnet import pops PROJECT POPS.gpkg",
    ),
    "thresholds": (None, "coopnet village PROJECT INSEE --threshold 40%"),  # no menu yet
}

# (layer, what it changes) → the first half of the sentence
_EFFECT: dict[tuple[str, str], Msg] = {
    ("villages", "map"): QT_TRANSLATE_NOOP("Missing", "no villages yet: the map has nothing to draw"),
    ("villages", "list"): QT_TRANSLATE_NOOP("Missing", "no villages yet"),
    ("boundaries", "map"): QT_TRANSLATE_NOOP(
        "Missing", "no commune boundaries yet: villages are drawn as points at their town hall"
    ),
    ("boundaries", "unplaced"): QT_TRANSLATE_NOOP(
        "Missing", "no boundary and no town-hall position for {villages}: not on the map"
    ),
    ("boundaries", "nothing"): QT_TRANSLATE_NOOP(
        "Missing", "no commune boundaries yet and no town-hall position: the map has nothing to draw"
    ),
    ("backbone", "map"): QT_TRANSLATE_NOOP("Missing", "no backbone yet: the map shows no backbone lines"),
    ("pops", "map"): QT_TRANSLATE_NOOP("Missing", "no points of presence yet: links to PoPs are not drawn"),
    ("pops", "links"): QT_TRANSLATE_NOOP(
        "Missing", "no points of presence yet: no link to a PoP can be measured"
    ),
    ("pops", "model"): QT_TRANSLATE_NOOP(
        "Missing", "no points of presence yet: the backhaul distance is the assumed {km} km per village"
    ),
    ("pledges", "map"): QT_TRANSLATE_NOOP("Missing", "no pledges yet: every commune shows no take-up"),
    ("pledges", "list"): QT_TRANSLATE_NOOP("Missing", "no pledges yet"),
    ("doors", "list"): QT_TRANSLATE_NOOP("Missing", "no BAN doors yet: there are no doors to visit"),
    ("households", "model"): QT_TRANSLATE_NOOP(
        "Missing", "households unknown for {villages}: they count for nothing in the model"
    ),
    ("thresholds", "map"): QT_TRANSLATE_NOOP(
        "Missing", "no targets yet: communes are coloured by pledges only"
    ),
}

_CLI = QT_TRANSLATE_NOOP("Missing", "{effect} — {menu} or “{command}”")
_UI = QT_TRANSLATE_NOOP("Missing", "{effect} — {menu}")
_COMMAND = QT_TRANSLATE_NOOP("Missing", "{effect} — “{command}”")


def effect(layer: str, where: str, **values) -> Msg:
    """The first half alone ("no backbone yet: the map shows no backbone lines")."""
    text = _EFFECT[(layer, where)]
    return text.format(**values) if values else text


def missing(layer: str, where: str, ui: bool = False, project: str | None = None, **values) -> Msg:
    """One sentence: what is missing, what it changes, how to add it (menu; and command unless ``ui``).

    ``layer``: a key of HOW; ``where``: what it changes (map, links, model, list…); ``project``: the
    project file name written in the command (else PROJECT)."""
    menu, command = HOW[layer]
    if project:
        command = command.replace("PROJECT", _quoted(project))
    if menu is None:
        return _COMMAND.format(effect=effect(layer, where, **values), command=command)
    if ui:
        return _UI.format(effect=effect(layer, where, **values), menu=menu)
    return _CLI.format(effect=effect(layer, where, **values), menu=menu, command=command)


def _quoted(path: str) -> str:
    return f"'{path}'" if any(c in path for c in " '\"$&;()") else path


def names_list(names: list[str], limit: int = 5) -> str:
    """ "A, B, C and 4 others" style list, in no language (names and a count)."""
    names = list(names)
    if len(names) <= limit:
        return ", ".join(names)
    return ", ".join(names[:limit]) + f" (+{len(names) - limit})"


def map_gaps(counts: dict, ui: bool = False, project: str | None = None) -> tuple[Msg | None, list[Msg]]:
    """What the map lacks, from ``store.partial.layer_counts``: (why it cannot be drawn at all, or
    None; the notes to show beside a map that is drawn)."""
    p: dict[str, Any] = {"ui": ui, "project": project}
    if not counts["villages"]:
        return missing("villages", "map", **p), []
    if len(counts["unplaced"]) == counts["villages"]:
        return missing("boundaries", "nothing", **p), []
    notes = []
    if not counts["boundaries"]:
        notes.append(missing("boundaries", "map", **p))
    if counts["unplaced"]:
        notes.append(missing("boundaries", "unplaced", villages=names_list(counts["unplaced"]), **p))
    for layer in ("backbone", "pops", "pledges", "thresholds"):
        if not counts[layer]:
            notes.append(missing(layer, "map", **p))
    return None, notes
