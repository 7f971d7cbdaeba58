"""Sample step: doors from the sample BAN file, the sample pledges, and a campaign under way.

The thresholds, deadlines and visits below are *illustrative*: they make the sample's
Members page show a campaign in progress. Everything is seeded, so the sample project
comes out the same on every build.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
from pathlib import Path

from coopnet.io.ban import import_ban
from coopnet.store import villages as vstore
from coopnet.store.doors import untouched_doors
from coopnet.store.visits import set_door_status

log = logging.getLogger(__name__)

SEED = 3
DEADLINE = dt.date(2027, 6, 30)
# (insee, threshold count, threshold %): the five villages where the campaign started.
THRESHOLDS = (
    ("78616", None, 40.0),  # Thoiry
    ("78681", 120, None),  # Villiers-le-Mahieu
    ("78364", None, 40.0),  # Marcq
    ("78278", 90, None),  # Goupillières
    ("78036", None, 35.0),  # Autouillet
)
VOLUNTEERS = ("Amélie Garnier", "Hélène Rousseau", "Jean-Luc Petit")
# Share of each village's doors already visited, and how those visits went.
VISITED_SHARE = 0.35
OUTCOMES = (
    ("absent", 40),
    ("refused", 12),
    ("interested", 20),
    ("already_served", 4),
    ("vacant", 5),
    ("second_home", 6),
)


def _ban_file(folder: Path) -> Path | None:
    for name in ("adresses-78-sample.csv", "adresses-78-sample.csv.gz"):
        if (folder / name).exists():
            return folder / name
    return None


def sample_step(project, folder) -> None:
    folder = Path(folder)
    ban = _ban_file(folder)
    if ban is None:
        log.warning("sample: no BAN file in %s, the sample has no doors", folder)
        return
    import_ban(project, ban)
    _import_sample_pledges(project, folder)
    for insee, count, pct in THRESHOLDS:
        if vstore.get_village(project, insee) is not None:
            vstore.update_village(
                project,
                insee,
                threshold_count=count,
                threshold_pct=pct,
                threshold_include_secondary=0,
                deadline=DEADLINE,
            )
    _visits(project)


def _import_sample_pledges(project, folder: Path) -> None:
    source = folder / "promesses-excel-fr.csv"
    try:
        from coopnet.io.pledges_import import import_pledges
    except ImportError:  # the pledge importer is a later layer; the sample builds without it
        return
    if source.exists():
        import_pledges(project, source)
        _date_pledge_visits(project)


def _date_pledge_visits(project) -> None:
    """The doors pledged in the sample file were visited the day of their pledge (January–June),
    not at the moment the sample is built: date the visits the import recorded accordingly."""
    from coopnet.store.visits import pledge_import_visits, redate_visits

    rng = random.Random(SEED + 1)
    moves = []
    for visit_id, _, day in pledge_import_visits(project):
        try:
            evening = dt.datetime.fromisoformat(day[:10]).replace(hour=17, minute=30)
        except ValueError:
            continue
        at = (evening + dt.timedelta(minutes=rng.randrange(180))).astimezone()
        moves.append((visit_id, at.isoformat(timespec="seconds")))
    redate_visits(project, moves)


def _visits(project) -> None:
    """Visit a share of the campaign villages' untouched doors, in Oct–Nov 2026."""
    rng = random.Random(SEED)
    outcomes = [o for o, _ in OUTCOMES]
    weights = [w for _, w in OUTCOMES]
    start = dt.datetime(2026, 10, 3, 17, 30).astimezone()
    for insee, _, _ in THRESHOLDS:
        doors = untouched_doors(project, insee)
        for door_id in rng.sample(doors, int(len(doors) * VISITED_SHARE)):
            at = start + dt.timedelta(days=rng.randrange(50), minutes=rng.randrange(180))
            who = rng.choice(VOLUNTEERS)
            first = rng.choices(outcomes, weights)[0]
            set_door_status(project, door_id, first, who=who, at=at.isoformat(timespec="seconds"))
            if first == "absent" and rng.random() < 0.4:  # a second round for some absentees
                again = at + dt.timedelta(days=7 + rng.randrange(7))
                set_door_status(
                    project,
                    door_id,
                    rng.choices(outcomes, weights)[0],
                    who=who,
                    at=again.isoformat(timespec="seconds"),
                )
