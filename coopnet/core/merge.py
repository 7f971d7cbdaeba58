"""Merge rules for volunteer files (pure).

A volunteer file is a copy of the project made at time T (``extract``). For each
record (same stable id on both sides) we only know each side's ``updated_at``, so:
changed on their side only → take theirs; on ours only → keep ours; on both, with
different content → a conflict for a person, never a silent overwrite. An erased
(anonymised) record of ours is never refilled from a volunteer's copy.
"""

from __future__ import annotations

import datetime as dt
import json

# Order matters: pledges and visits point at doors.
ENTITIES = ("doors", "pledges", "visits")
IGNORED = frozenset({"updated_at"})

TAKE, KEEP, CONFLICT, UNCHANGED, SKIP = "take", "keep", "conflict", "unchanged", "skip"


def parse_ts(text) -> dt.datetime | None:
    """ISO timestamp → aware datetime (naive ones are taken as local time)."""
    if not text:
        return None
    try:
        value = dt.datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return value if value.tzinfo else value.astimezone()


def changed_since(row: dict | None, since: dt.datetime) -> bool:
    """Touched at or after ``since`` (the same second counts: a needless conflict is
    safe, a missed change would be overwritten)."""
    ts = parse_ts((row or {}).get("updated_at"))
    return ts is not None and ts >= since


def same_content(ours: dict, theirs: dict) -> bool:
    keys = (set(ours) | set(theirs)) - IGNORED
    return all(_norm(ours.get(k)) == _norm(theirs.get(k)) for k in keys if k in ours and k in theirs)


def _norm(value):
    if value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def decide(ours: dict | None, theirs: dict, since: dt.datetime) -> str:
    """What to do with ``theirs`` (a row of the volunteer file) given ``ours`` (or None)."""
    if ours is None:
        # New on their side → take; already in the extract but gone from ours → ours removed it.
        return TAKE if changed_since(theirs, since) else SKIP
    if same_content(ours, theirs):
        return UNCHANGED
    if ours.get("anonymised"):
        return KEEP
    theirs_changed, ours_changed = changed_since(theirs, since), changed_since(ours, since)
    if theirs_changed and ours_changed:
        return CONFLICT
    if theirs_changed:
        return TAKE
    return KEEP


def differences(ours: dict, theirs: dict) -> list[str]:
    """Columns whose values differ (for the conflicts dialog)."""
    keys = [k for k in ours if k in theirs and k not in IGNORED]
    return [k for k in keys if _norm(ours.get(k)) != _norm(theirs.get(k))]


def dumps(row: dict | None) -> str:
    return json.dumps(row, ensure_ascii=False, sort_keys=True, default=str)
