"""Walk lists for paper canvassing: short door codes and the order a volunteer walks a street.

A door code is five characters from an alphabet without 0/O and 1/I, derived from the door's
stable id, so the code printed on a sheet today still finds the door after any re-import and
needs no column of its own. The store resolves a typed code to its door.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from coopnet.core.members import DOOR_STATUSES, KEY_FOR_STATUS, STATUS_KEYS

# 32 characters: the 26 letters and 10 digits without O, 0, I and 1, which a hand mixes up.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 5

# The outcome boxes printed for each door, in the order of the doors table's keys.
OUTCOME_KEYS = tuple(KEY_FOR_STATUS[s] for s in DOOR_STATUSES if s != "not_visited")


def door_code(door_id: str) -> str:
    """The door's five-character code (32⁵ ≈ 33 million codes: collisions are checked by the store)."""
    value = int.from_bytes(hashlib.sha256(door_id.encode("utf-8")).digest()[:8], "big")
    chars = []
    for _ in range(CODE_LENGTH):
        value, rest = divmod(value, len(CODE_ALPHABET))
        chars.append(CODE_ALPHABET[rest])
    return "".join(chars)


def normalise_code(text: str) -> str | None:
    """What a volunteer typed (``k7m-2q``, `` K7M2Q ``) as a code, or None if it cannot be one."""
    code = re.sub(r"[\s\-.]", "", text or "").upper()
    if len(code) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in code):
        return None
    return code


def parse_statuses(text: str | None) -> tuple[str, ...] | None:
    """``not-visited,absent`` (names with - or _, or one-letter keys) → statuses; None = all.

    Raises ValueError naming the word that is not a status.
    """
    if not text or not text.strip():
        return None
    out: list[str] = []
    for word in (w.strip() for w in text.split(",")):
        if not word:
            continue
        status: str | None = word.lower().replace("-", "_").replace(" ", "_")
        if status not in DOOR_STATUSES:
            status = STATUS_KEYS.get(word.upper()) if len(word) == 1 else None
        if status is None:
            raise ValueError(word)
        if status not in out:
            out.append(status)
    return tuple(out) or None


def _number(door: dict) -> int | None:
    match = re.match(r"\s*(\d+)", str(door.get("numero") or ""))
    return int(match.group(1)) if match else None


def _street_key(name: str) -> tuple:
    """Accent- and case-insensitive, as a French reader sorts (Église between Eau and Ferme)."""
    bare = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return (bare, name)


def walking_order(doors: list[dict]) -> list[tuple[str, list[dict]]]:
    """Doors grouped by street (streets in alphabetical order), each street in walking order.

    In a street: the odd side by ascending number, then the even side by ascending number,
    then the doors without a number (lieux-dits, manual addresses) by name; bis/ter follow
    their number.
    """
    streets: dict[str, list[dict]] = {}
    for door in doors:
        streets.setdefault((door.get("nom_voie") or "").strip(), []).append(door)

    def door_key(door: dict) -> tuple:
        n = _number(door)
        if n is None:
            return (2, 0, str(door.get("numero") or ""), str(door.get("rep") or ""))
        return (0 if n % 2 else 1, n, str(door.get("rep") or ""), str(door.get("id") or ""))

    return [(street, sorted(streets[street], key=door_key)) for street in sorted(streets, key=_street_key)]
