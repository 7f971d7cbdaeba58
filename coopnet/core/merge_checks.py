"""What a volunteer file may bring back (pure rules; the store applies them).

The main project keeps a register of each extract: its villages and, for every record sent,
a salted hash of the record as sent. A volunteer file is a stranger's file as far as merge is
concerned (it may have been edited with ``sqlite3``), so:

- only records of the extract's villages are taken — as the *main project* recorded them, and
  the record's village here too: a Marcq pledge or door is refused, so is a Thoiry door moved
  into Marcq;
- a record changed on their side is one whose hash differs from what was sent; changed here
  likewise: the volunteer's clock (``extracted_at``, ``updated_at``) plays no part;
- values are checked with the rules of the form and the import; bad rows are rejects.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math

from coopnet.core import members
from coopnet.core.merge import IGNORED, _norm, same_content
from coopnet.core.text import QT_TRANSLATE_NOOP, Msg

TAKE, KEEP, CONFLICT, UNCHANGED, SKIP, KEPT_ERASED = (
    "take",
    "keep",
    "conflict",
    "unchanged",
    "skip",
    "kept_erased",
)

NOT_SENT = QT_TRANSLATE_NOOP("MergeCheck", "this record was not in the volunteer file when it was made")
OUTSIDE = QT_TRANSLATE_NOOP(
    "MergeCheck", "village {insee} is not one of this extract's villages ({villages})"
)
OURS_OUTSIDE = QT_TRANSLATE_NOOP(
    "MergeCheck",
    "here this record belongs to village {insee}, not one of this extract's villages ({villages})",
)
DOOR_OUTSIDE = QT_TRANSLATE_NOOP(
    "MergeCheck", "its door {door} is not in this extract's villages ({villages})"
)
NO_ID = QT_TRANSLATE_NOOP("MergeCheck", "it has no id")
BAD_STATUS = QT_TRANSLATE_NOOP("MergeCheck", "“{value}” is not a door status")
BAD_COORD = QT_TRANSLATE_NOOP("MergeCheck", "{field}: “{value}” is not a coordinate")
BAD_TEXT = QT_TRANSLATE_NOOP("MergeCheck", "{field}: not text, or too long")
BAD_DATE = QT_TRANSLATE_NOOP("MergeCheck", "{field}: “{value}” is not a date and time")
ERASED_WITH_DATA = QT_TRANSLATE_NOOP("MergeCheck", "marked erased but still holds personal data")

TEXT_MAX = 2000
PERSONAL = ("last_name", "first_name", "phone", "email", "notes")


def row_hash(row: dict, columns, salt: str) -> str:
    """A salted hash of ``row``'s content (``updated_at`` aside) over ``columns``."""
    content = {c: _norm(row.get(c)) for c in sorted(columns) if c not in IGNORED}
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256((salt + "\x00" + text).encode("utf-8")).hexdigest()


def decide(ours: dict | None, theirs: dict, sent_hash: str | None, columns, salt: str) -> str:
    """What to do with a record of the volunteer file (already known to be of the right village)."""
    if sent_hash is None:  # not sent: new on their side (the caller checks ids)
        return TAKE if ours is None else SKIP
    if ours is None:
        return SKIP  # removed here since the extract
    if same_content(ours, theirs):
        return UNCHANGED
    if ours.get("anonymised"):
        return KEPT_ERASED  # erased here: never refilled from a volunteer's copy
    theirs_changed = row_hash(theirs, columns, salt) != sent_hash
    ours_changed = row_hash(ours, columns, salt) != sent_hash
    if theirs_changed and ours_changed:
        return CONFLICT
    if theirs_changed:
        return TAKE
    return KEEP


def village_problem(
    entity: str, theirs: dict, ours: dict | None, villages: list[str], door_village
) -> Msg | None:
    """Why this record is outside the extract's villages (None when it is inside).

    ``door_village(door_id)``: the village of a door as known here (or as taken in this merge).
    """
    allowed = set(villages)
    shown = ", ".join(villages)
    if entity in ("doors", "pledges"):
        insee = str(theirs.get("insee") or "")
        if insee not in allowed:
            return OUTSIDE.format(insee=insee or "?", villages=shown)
        if ours is not None and ours.get("insee") not in allowed:
            return OURS_OUTSIDE.format(insee=ours.get("insee"), villages=shown)
    if entity in ("pledges", "visits"):
        for row in (theirs, ours or {}):
            door = row.get("door_id")
            if door and door_village(door) not in allowed and door_village(door) is not None:
                return DOOR_OUTSIDE.format(door=door, villages=shown)
    return None


def _text_ok(value) -> bool:
    return value is None or (isinstance(value, str) and len(value) <= TEXT_MAX)


def _coord_ok(value, low: float, high: float) -> bool:
    if value is None or value == "":
        return True
    return isinstance(value, (int, float)) and math.isfinite(value) and low <= value <= high


def _when_ok(value) -> bool:
    if value is None or value == "":
        return True
    if not isinstance(value, str):
        return False
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def check_door(row: dict) -> list[Msg]:
    errors: list[Msg] = []
    if not isinstance(row.get("id"), str) or not row["id"].strip():
        return [NO_ID]
    if row.get("status") not in members.DOOR_STATUSES:
        errors.append(BAD_STATUS.format(value=str(row.get("status"))[:40]))
    for field, low, high in (("lon", -180, 180), ("lat", -90, 90), ("x", -1e8, 1e8), ("y", -1e8, 1e8)):
        if not _coord_ok(row.get(field), low, high):
            errors.append(BAD_COORD.format(field=field, value=str(row.get(field))[:40]))
    for field in ("numero", "rep", "nom_voie", "code_postal", "source", "status_by"):
        if not _text_ok(row.get(field)):
            errors.append(BAD_TEXT.format(field=field))
    if not _when_ok(row.get("status_at")):
        errors.append(BAD_DATE.format(field="status_at", value=str(row.get("status_at"))[:40]))
    return errors


def check_visit(row: dict) -> list[Msg]:
    errors: list[Msg] = []
    if not isinstance(row.get("id"), str) or not row["id"].strip():
        return [NO_ID]
    if row.get("outcome") not in members.DOOR_STATUSES:
        errors.append(BAD_STATUS.format(value=str(row.get("outcome"))[:40]))
    for field in ("who", "note"):
        if not _text_ok(row.get(field)):
            errors.append(BAD_TEXT.format(field=field))
    if not _when_ok(row.get("at")):
        errors.append(BAD_DATE.format(field="at", value=str(row.get("at"))[:40]))
    return errors


def check_pledge(row: dict, tiers=None, today: dt.date | None = None) -> tuple[dict | None, list[Msg]]:
    """The form's and import's rules (``core.members.check_pledge``); returns the values to store.

    An erased record (``anonymised``) holds no personal data, so it is checked for that only.
    """
    if not isinstance(row.get("id"), str) or not row["id"].strip():
        return None, [NO_ID]
    if row.get("anonymised") in (1, True, "1"):
        if any(row.get(k) not in (None, "") for k in ("last_name", "first_name", "phone", "email")):
            return None, [ERASED_WITH_DATA]
        return dict(row, anonymised=1), []
    values, errors = members.check_pledge(row, tiers=tiers, today=today)
    if errors or values is None:
        return None, errors
    stored = members.Pledge(**values).to_row()
    stored.pop("id", None)
    keep = ("door_id", "duplicate_flag", "import_key", "created_at", "updated_at", "source")
    return {**row, **{k: v for k, v in stored.items() if k not in keep and k in row}}, []
