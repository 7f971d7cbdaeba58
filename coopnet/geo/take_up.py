"""Pledge take-up per village against its target, in the classes the map colours.

Uses the Members layer's ``village_progress`` when it gives a threshold; otherwise
the target is ``threshold_count``, or ``threshold_pct`` of the doors (or of the
households when no doors are loaded yet).
"""

from __future__ import annotations

import math

from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.geo.counts import door_counts, pledge_counts
from coopnet.store import villages as vstore
from coopnet.translation import catalog

# (range of % of target, colour, legend text). ColorBrewer RdYlGn: readable in print
# and for most colour-blind readers; grey for villages without a target.
# Legend texts are English `Msg`s: ``catalog(lang).say(label)`` says them in the map's language.
CLASSES = (
    (None, "#bdbdbd", QT_TRANSLATE_NOOP("MapLegend", "no target set yet")),
    ((0, 25), "#d73027", QT_TRANSLATE_NOOP("MapLegend", "under 25 % of target")),
    ((25, 50), "#fc8d59", QT_TRANSLATE_NOOP("MapLegend", "25 to 50 %")),
    ((50, 75), "#fee08b", QT_TRANSLATE_NOOP("MapLegend", "50 to 75 %")),
    ((75, 100), "#a6d96a", QT_TRANSLATE_NOOP("MapLegend", "75 to 99 %")),
    ((100, None), "#1a9850", QT_TRANSLATE_NOOP("MapLegend", "target reached")),
)

# Door status → legend group (index into DOOR_LEGEND).
DOOR_LEGEND = (
    ("not_visited", "#9e9e9e", QT_TRANSLATE_NOOP("MapLegend", "not visited")),
    ("visited", "#e57373", QT_TRANSLATE_NOOP("MapLegend", "visited: absent / refused / other")),
    ("interested", "#ffb300", QT_TRANSLATE_NOOP("MapLegend", "interested")),
    ("pledged", "#1b5e20", QT_TRANSLATE_NOOP("MapLegend", "pledged or member")),
)
DOOR_GROUPS = {
    "not_visited": (0,),
    "absent": (1,),
    "refused": (1,),
    "vacant": (1,),
    "second_home": (1,),
    "already_served": (1,),
    "interested": (2,),
    "pledged": (3,),
    "member": (3,),
}


def take_up_class(pledges: int, threshold: int | None) -> int:
    if not threshold:
        return 0
    pct = 100.0 * pledges / threshold
    for k, (bounds, _, _) in enumerate(CLASSES[1:], start=1):
        lo, hi = bounds
        if pct >= lo and (hi is None or pct < hi):
            return k
    return 1


def _progress(project) -> dict:
    try:
        from coopnet.store.progress import village_progress

        return village_progress(project) or {}
    except Exception:  # the map must still draw if progress is broken
        return {}


def village_take_up(project, lang: str | None = None, progress: dict | None = None) -> dict[str, dict]:
    """Per village: counts, target, class, and the ``summary``/``short`` texts in ``lang``.
    ``progress``: `village_progress` already computed (the app keeps it per change)."""
    t = catalog(lang)
    progress = _progress(project) if progress is None else progress
    # The Members layer's figures when it has them (same numbers on every page).
    doors, pledges = ({}, {}) if progress else (door_counts(project), pledge_counts(project))
    out = {}
    for v in vstore.list_villages(project):
        prog = progress.get(v.insee, {})
        n_doors = prog.get("doors", doors.get(v.insee, 0)) or 0
        n_pledges = prog.get("pledges", pledges.get(v.insee, 0)) or 0
        threshold = prog.get("threshold")
        if threshold is None:
            if v.threshold_count:
                threshold = v.threshold_count
            elif v.threshold_pct:
                base = n_doors or v.estimated_households() or 0
                threshold = math.ceil(base * v.threshold_pct / 100) or None
        cls = take_up_class(n_pledges, threshold)
        if threshold:
            pct = 100.0 * n_pledges / threshold
            summary = t.translate("MapText", "{pledges} pledges / target {target} ({percent})").format(
                pledges=t.number(n_pledges), target=t.number(threshold), percent=t.percent(pct / 100)
            )
            short = f"{t.number(n_pledges)} / {t.number(threshold)}"
        else:
            pct = None
            if n_pledges == 1:
                summary = t.translate("MapText", "1 pledge — no target set")
                short = t.translate("MapText", "1 pledge")
            else:
                summary = t.translate("MapText", "{pledges} pledges — no target set").format(
                    pledges=t.number(n_pledges)
                )
                short = t.translate("MapText", "{pledges} pledges").format(pledges=t.number(n_pledges))
        out[v.insee] = {
            "doors": n_doors,
            "pledges": n_pledges,
            "threshold": threshold,
            "pct": pct,
            "cls": cls,
            "summary": summary,
            "short": short,
        }
    if not any(tu["pledges"] for tu in out.values()):
        # No pledge anywhere yet: "0 pledges" under every name says nothing the legend does not.
        for tu in out.values():
            if not tu["threshold"]:
                tu["short"] = ""
    return out


def take_up_update(take: dict[str, dict], lang: str | None = None) -> dict:
    """What the in-app map needs to recolour itself in place (map_js ``coopnet.updateTakeUp``):
    each village's colour, summary line and label, and the legend's count per class."""
    t = catalog(lang)
    per_class = [0] * len(CLASSES)
    for tu in take.values():
        per_class[tu["cls"]] += 1
    return {
        "villages": {
            insee: [CLASSES[tu["cls"]][1], tu["summary"], tu["short"]] for insee, tu in take.items()
        },
        "classes": [t.number(n) for n in per_class],
    }
