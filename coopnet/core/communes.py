"""The national commune reference, as pure data: search by name or postcode, follow old codes.

The rows come from ``coopnet.io.reference`` (Etalab's published reference, pinned). Here only
matching: accent- and case-insensitive names, postcodes, departments, and the history of codes
(a commune merged into a *commune nouvelle* points to the current one).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import NamedTuple

from coopnet.core import fr
from coopnet.core.text import QT_TRANSLATE_NOOP

MONTHS = (
    QT_TRANSLATE_NOOP("Months", "January"),
    QT_TRANSLATE_NOOP("Months", "February"),
    QT_TRANSLATE_NOOP("Months", "March"),
    QT_TRANSLATE_NOOP("Months", "April"),
    QT_TRANSLATE_NOOP("Months", "May"),
    QT_TRANSLATE_NOOP("Months", "June"),
    QT_TRANSLATE_NOOP("Months", "July"),
    QT_TRANSLATE_NOOP("Months", "August"),
    QT_TRANSLATE_NOOP("Months", "September"),
    QT_TRANSLATE_NOOP("Months", "October"),
    QT_TRANSLATE_NOOP("Months", "November"),
    QT_TRANSLATE_NOOP("Months", "December"),
)


class CommuneRef(NamedTuple):
    """One row of the reference (immutable; a named tuple: 40 000 of them are made at every
    start of ``coopnet new`` or an import, four times faster than a frozen dataclass)."""

    code: str
    name: str
    type: str  # current, delegated, associated, district, former
    department: str = ""
    region: str = ""
    postcodes: tuple[str, ...] = ()
    population: int | None = None
    chef_lieu: str = ""  # for a merged commune: the code of the commune it joined
    old_codes: tuple[str, ...] = ()
    merged_on: dt.date | None = None

    @property
    def label(self) -> str:
        """“Saint-Martin-de-Ré (17)”: the name and its department, to tell homonyms apart."""
        return f"{self.name} ({self.department})"


def fold(text: str) -> str:
    """Lower case, no accents, hyphens and apostrophes as spaces: “Saint-Rémy-l'Honoré” → “saint remy l honore”."""
    text = unicodedata.normalize("NFKD", str(text or ""))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[-'’`\s]+", " ", text)
    text = re.sub(r"\bst\b", "saint", re.sub(r"\bste\b", "sainte", text))
    return text.strip()


@dataclass
class Reference:
    """All communes, indexed by code (current ones first) and by folded name."""

    rows: list[CommuneRef]
    population_year: int | None = None
    population_source: str = ""
    _current: dict[str, CommuneRef] = field(default_factory=dict, repr=False)
    _other: dict[str, CommuneRef] = field(default_factory=dict, repr=False)
    _folded: list[tuple[str, CommuneRef]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        for r in self.rows:
            if r.type == "current":
                self._current[r.code] = r
            elif r.code not in self._other or self._other[r.code].type == "former":
                self._other[r.code] = r

    @property
    def current(self) -> list[CommuneRef]:
        return list(self._current.values())

    def get(self, code: str) -> CommuneRef | None:
        """The current commune of this code, else the merged/former one (or None)."""
        code = _code(code)
        return self._current.get(code) or self._other.get(code)

    def department(self, dep: str) -> list[CommuneRef]:
        dep = str(dep).strip().upper()
        if dep.isdigit() and len(dep) == 1:
            dep = "0" + dep
        return [r for r in self._current.values() if r.department == dep]

    def by_postcode(self, postcode: str) -> list[CommuneRef]:
        postcode = str(postcode).strip()
        if postcode.isdigit() and len(postcode) == 4:
            postcode = "0" + postcode
        return [r for r in self._current.values() if postcode in r.postcodes]

    def search(self, query: str, limit: int = 50) -> list[CommuneRef]:
        """Current communes whose name, code or postcode matches ``query``: exact names first,
        then names starting with it, then names containing it; homonyms all listed."""
        q = str(query or "").strip()
        if not q:
            return []
        if re.fullmatch(r"\d{4,5}|2[AaBb]\d{3}", q):
            by_code = self.get(q)
            by_post = self.by_postcode(q)
            out = ([self.current_of(by_code)] if by_code else []) + by_post
            return _unique(out)[:limit]
        f = fold(q)
        exact, start, inside = [], [], []
        if not self._folded:
            self._folded = [(fold(r.name), r) for r in self._current.values()]
        for name, r in self._folded:
            if f not in name:
                continue
            if name == f:
                exact.append((name, r.department, r))
            elif name.startswith(f):
                start.append((name, r.department, r))
            else:
                inside.append((name, r.department, r))
        ranked = sorted(exact, key=_first2) + sorted(start, key=_first2) + sorted(inside, key=_first2)
        return [r for _, _, r in ranked[:limit]]

    def current_of(self, ref: CommuneRef) -> CommuneRef:
        """Follow merged codes to the current commune (at most a few steps)."""
        seen = set()
        while ref.type != "current" and ref.chef_lieu and ref.code not in seen:
            seen.add(ref.code)
            nxt = self._current.get(ref.chef_lieu) or self._other.get(ref.chef_lieu)
            if nxt is None:
                break
            ref = nxt
        return ref

    def resolve(self, code: str) -> tuple[str, CommuneRef | None]:
        """(current code, the merged commune if ``code`` is an old one). Unknown codes stay as they are."""
        try:
            code = _code(code)
        except ValueError:
            return str(code), None
        if code in self._current:
            return code, None
        old = self._other.get(code)
        if old is None or old.type == "district":
            return code, None
        now = self.current_of(old)
        return (now.code, old) if now.type == "current" else (code, None)


_WITH_DEP = re.compile(r"^(.*?)\s*\(\s*(\d[\dAB]\d?)\s*\)\s*$")


def pick(ref: Reference, text: str) -> tuple[CommuneRef, CommuneRef | None]:
    """The one current commune ``text`` names (an INSEE code, old or current, or an exact name,
    optionally with its department: “Thoiry (78)”), and the merged commune when an old code was
    given. ValueError (one sentence, candidates listed) when it names none or several."""
    text = str(text or "").strip()
    if re.fullmatch(r"\d{4,5}|2[AaBb]\d{3}", text):
        code, old = ref.resolve(text)
        found = ref._current.get(code)
        if found is None:
            raise ValueError(
                QT_TRANSLATE_NOOP("CommuneHistory", "{code}: no commune has this INSEE code").format(
                    code=text
                )
            )
        return found, old
    name, dep = text, None
    if m := _WITH_DEP.match(text):
        name, dep = m.group(1), m.group(2).zfill(2)
    wanted = fold(name)
    same = [
        r for r in ref._current.values() if fold(r.name) == wanted and (dep is None or r.department == dep)
    ]
    if len(same) == 1:
        return same[0], None
    if len(same) > 1:
        listed = ", ".join(f"{r.label} {r.code}" for r in sorted(same, key=lambda r: r.department))
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "CommuneHistory",
                "“{name}” names {n} communes: {listed}; give the INSEE code or the "
                "department, e.g. “{example}”",
            ).format(name=name, n=len(same), listed=listed, example=same[0].label)
        )
    near = ref.search(name, limit=6)
    if near:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "CommuneHistory", "no commune is named “{name}”; did you mean: {listed}?"
            ).format(name=name, listed=", ".join(f"{r.label} {r.code}" for r in near))
        )
    raise ValueError(QT_TRANSLATE_NOOP("CommuneHistory", "no commune is named “{name}”").format(name=name))


def _first2(item: tuple) -> tuple:
    return item[0], item[1]


def _code(code: str) -> str:
    return fr.normalize_insee(str(code).split(".")[0])


def _unique(refs: list[CommuneRef]) -> list[CommuneRef]:
    seen, out = set(), []
    for r in refs:
        if r.code not in seen:
            seen.add(r.code)
            out.append(r)
    return out


def merger_sentence(old: CommuneRef, current: CommuneRef):
    """“78251 Fourqueux — merged into 78551 Saint-Germain-en-Laye on 1 January 2019”."""
    what = f"{old.code} {old.name}".strip()
    into = f"{current.code} {current.name}"
    if old.merged_on:
        day = old.merged_on
        return QT_TRANSLATE_NOOP(
            "CommuneHistory", "{old} — merged into {new} on {day} {month} {year}"
        ).format(old=what, new=into, day=day.day, month=MONTHS[day.month - 1], year=day.year)
    return QT_TRANSLATE_NOOP("CommuneHistory", "{old} — merged into {new}").format(old=what, new=into)
