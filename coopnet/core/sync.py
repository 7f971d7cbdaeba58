"""Sync rules (pure): the merge rules, with the server's revision in place of an extract date.

A row pulled from the server changed there since this project's last sync (its revision is
newer). Against the project's own row: absent here → take it; same content → nothing to do;
an erasure (anonymised) on either side wins; changed here too (pending) → a conflict kept for a
person, and neither side is overwritten; not changed here → take the server's.
"""

from __future__ import annotations

import re

from coopnet.core.merge import CONFLICT, KEEP, TAKE, UNCHANGED, same_content

__all__ = ["TAKE", "KEEP", "CONFLICT", "UNCHANGED", "decide_pull", "invalid_reason"]

_INSEE = re.compile(r"^([0-9]{5}|2[AB][0-9]{3})$")
_PHONE = re.compile(r"^\+[1-9][0-9]{6,14}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
DOOR_STATUSES = frozenset(
    {
        "not_visited",
        "absent",
        "refused",
        "interested",
        "pledged",
        "member",
        "already_served",
        "vacant",
        "second_home",
    }
)
PLEDGE_STATUSES = frozenset({"pledged", "member", "withdrawn"})


def decide_pull(ours: dict | None, theirs: dict, ours_pending: bool) -> str:
    if ours is None:
        return TAKE
    if same_content(ours, theirs):
        return UNCHANGED
    if theirs.get("anonymised") and not ours.get("anonymised"):
        return TAKE  # erased elsewhere: erase here too
    if ours.get("anonymised"):
        return KEEP  # erased here: never refilled; ours is pushed
    return CONFLICT if ours_pending else TAKE


def invalid_reason(table: str, row: dict) -> str | None:
    """Why a row may not go to the server (the same checks as the server's constraints), or None."""
    if not _INSEE.match(str(row.get("insee") or "")):
        return "insee"
    if table == "doors":
        if row.get("status") and row["status"] not in DOOR_STATUSES:
            return "status"
        for key, bound in (("lon", 180), ("lat", 90)):
            value = row.get(key)
            if value is not None and not -bound <= float(value) <= bound:
                return key
    elif table == "pledges":
        if row.get("status") and row["status"] not in PLEDGE_STATUSES:
            return "status"
        if row.get("phone") and not _PHONE.match(str(row["phone"])):
            return "phone"
        if row.get("email") and not _EMAIL.match(str(row["email"])):
            return "email"
        for key in ("monthly_fee_eur", "shares_eur"):
            if row.get(key) is not None and float(row[key]) < 0:
                return key
        if row.get("pledged_on") and not _DATE.match(str(row["pledged_on"])):
            return "pledged_on"
    return None
