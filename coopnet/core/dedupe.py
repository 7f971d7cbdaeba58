"""Possible duplicate pledges: flagged for a person to review, never merged.

Households can share a phone or an email (a couple, a landline) and two flats can
hold people with close names, so a match is only ever a question for a coordinator.
Three reasons, checked in O(n) by grouping: same door and similar name, same email,
same phone.
"""

from __future__ import annotations

import difflib
import json
from collections import defaultdict
from collections.abc import Iterable

from coopnet.core.pledge_rows import norm
from coopnet.core.text import QT_TRANSLATE_NOOP, Msg

SIMILAR_NAME_RATIO = 0.85


def _full(p: dict) -> str:
    return norm(f"{p.get('last_name') or ''} {p.get('first_name') or ''}")


def similar_names(a: dict, b: dict) -> bool:
    """Same last name and compatible first names, or full names that differ by a typo."""
    last_a, last_b = norm(a.get("last_name")), norm(b.get("last_name"))
    first_a, first_b = norm(a.get("first_name")), norm(b.get("first_name"))
    if not last_a or not last_b:
        return False
    if last_a == last_b and (
        not first_a
        or not first_b
        or first_a == first_b
        or first_a[0] == first_b[0]
        and (first_a.startswith(first_b) or first_b.startswith(first_a))
    ):
        return True
    ratio = difflib.SequenceMatcher(None, _full(a), _full(b)).ratio()
    return ratio >= SIMILAR_NAME_RATIO


def _label(p: dict) -> str:
    name = " ".join(x for x in ((p.get("first_name") or ""), (p.get("last_name") or "").upper()) if x)
    return f"{name} ({str(p.get('id') or '')[:8]})"


_REASONS = {
    "door": QT_TRANSLATE_NOOP("Dedupe", "same address and similar name as {who}"),
    "email": QT_TRANSLATE_NOOP("Dedupe", "same email as {who}"),
    "phone": QT_TRANSLATE_NOOP("Dedupe", "same phone as {who}"),
}
_AND = QT_TRANSLATE_NOOP("Dedupe", "{first}; {then}")


def find_duplicate_refs(
    pledges: Iterable[dict], only_ids: set[str] | None = None
) -> dict[str, list[tuple[str, str]]]:
    """{pledge id: [(reason code, other pledge id), …]} for pledges that may be the same
    household as another. Reason codes: ``door`` (same address, similar name), ``email``,
    ``phone``. What is stored in the project: ids, never names (a name copied into another
    pledge would outlive that person's erasure)."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for p in pledges:
        if not p.get("id"):
            continue
        if p.get("door_id"):
            groups[("door", p["door_id"])].append(p)
        if p.get("email"):
            groups[("email", str(p["email"]).strip().lower())].append(p)
        if p.get("phone"):
            groups[("phone", str(p["phone"]).strip())].append(p)
    refs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for (kind, _), members in groups.items():
        if len(members) < 2:
            continue
        for p in members:
            if only_ids is not None and p["id"] not in only_ids:
                continue
            for q in members:
                if q is p or q["id"] == p["id"]:
                    continue
                if kind == "door" and not similar_names(p, q):
                    continue
                refs[p["id"]].append((kind, q["id"]))
                break
    order = {"door": 0, "email": 1, "phone": 2}
    return {pid: sorted(r, key=lambda x: order[x[0]]) for pid, r in refs.items()}


def encode_flag(refs: list[tuple[str, str]]) -> str:
    """What ``pledges.duplicate_flag`` holds: ``[["phone", "<pledge id>"], …]`` ("" for none)."""
    return json.dumps([[kind, other] for kind, other in refs], separators=(",", ":")) if refs else ""


def decode_flag(flag: str | None) -> list[tuple[str, str]] | None:
    """The references of a stored flag; None for a flag that is not references (old text)."""
    if not flag:
        return []
    if not flag.startswith("["):
        return None
    try:
        value = json.loads(flag)
        return [(str(k), str(o)) for k, o in value if k in _REASONS]
    except (ValueError, TypeError):
        return None


def without_refs_to(flag: str | None, ids: set[str]) -> str:
    """``flag`` without its references to ``ids`` (erased households)."""
    refs = decode_flag(flag)
    if refs is None:
        return ""  # old free text may name anyone: drop it
    return encode_flag([(k, o) for k, o in refs if o not in ids])


def render_flag(flag: str | None, people: dict[str, dict]) -> Msg | str:
    """The reason shown to a person: names of the pledges referred to, read now from
    ``people`` ({id: pledge dict}); references to erased or missing pledges are left out."""
    refs = decode_flag(flag)
    if refs is None:
        return flag or ""
    parts = []
    for kind, other in refs:
        p = people.get(other)
        if p is None or p.get("anonymised"):
            continue
        parts.append(_REASONS[kind].format(who=_label(p)))
    return _join(parts) if parts else ""


def find_duplicates(pledges: Iterable[dict], only_ids: set[str] | None = None) -> dict[str, Msg]:
    """{pledge id: reason} for pledges that may be the same household as another.

    ``pledges``: dicts with id, door_id, last_name, first_name, phone, email (anonymised
    and withdrawn ones should be left out by the caller). With ``only_ids``, only those
    pledges get a reason (the others are still compared against). A reason is a
    :class:`~coopnet.core.text.Msg`: English, with each part translatable.
    """
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for p in pledges:
        if not p.get("id"):
            continue
        if p.get("door_id"):
            groups[("door", p["door_id"])].append(p)
        if p.get("email"):
            groups[("email", str(p["email"]).strip().lower())].append(p)
        if p.get("phone"):
            groups[("phone", str(p["phone"]).strip())].append(p)
    reasons: dict[str, list[Msg]] = defaultdict(list)
    for (kind, _), members in groups.items():
        if len(members) < 2:
            continue
        for p in members:
            if only_ids is not None and p["id"] not in only_ids:
                continue
            for q in members:
                if q is p or q["id"] == p["id"]:
                    continue
                if kind == "door" and not similar_names(p, q):
                    continue
                reasons[p["id"]].append(_REASONS[kind].format(who=_label(q)))
                break
    return {pid: _join(r) for pid, r in reasons.items()}


def _join(reasons: list[Msg]) -> Msg:
    out = reasons[0]
    for reason in reasons[1:]:
        out = _AND.format(first=out, then=reason)
    return out
