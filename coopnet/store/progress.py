"""Per-village door, pledge and threshold progress (behind ``coopnet info`` and the app)."""

from __future__ import annotations

import datetime as dt

from coopnet.core import fr
from coopnet.core import thresholds as th
from coopnet.store import villages as vstore
from coopnet.store.doors import status_counts
from coopnet.store.pledges import pledge_counts


def village_progress(project, today: dt.date | None = None, lang: str = "en") -> dict[str, dict]:
    """{insee: {"doors", "pledges" (pledged + member), "threshold", "progress_pct",
    "deadline" (dd/mm/yyyy or None), "to_go", "days_left", "eligible_doors", "progress_text"}}

    Eligible doors fall back to the households figure while a village has no doors yet.
    """
    today = today or dt.date.today()
    statuses = status_counts(project)
    pledged = pledge_counts(project)
    out = {}
    for v in vstore.list_villages(project):
        counts = statuses.get(v.insee, {})
        doors = sum(counts.values())
        eligible: int | None
        if doors:
            eligible = th.eligible_doors(
                doors, counts.get("vacant", 0), counts.get("second_home", 0), v.threshold_include_secondary
            )
        else:  # no doors yet: a percentage applies to the INSEE households (None if unknown)
            eligible = v.estimated_households()
        target = th.target(v.threshold_count, v.threshold_pct, eligible)
        p = th.Progress(v.name, pledged.get(v.insee, 0), target, v.deadline, today)
        out[v.insee] = {
            "doors": doors,
            "pledges": p.pledges,
            "threshold": target,
            "threshold_count": v.threshold_count,
            "threshold_pct": v.threshold_pct,
            "include_secondary": bool(v.threshold_include_secondary),
            "progress_pct": p.pct,
            "deadline": fr.format_date(v.deadline) or None,
            "to_go": p.to_go,
            "days_left": p.days_left,
            "eligible_doors": eligible,
            "eligible_basis": "doors" if doors else "households",  # what a percentage applies to
            "door_statuses": counts,
            "progress_text": p.text(lang),
        }
    return out
