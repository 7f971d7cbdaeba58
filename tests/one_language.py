"""One language at a time: find French in an English text and English in a French one.

Two kinds of slips: number formats (French ``1,3``, ``25 €``, ``13 188`` with a no-break space in
English; ``€25``, ``22.5`` in French) and words of the catalogue that belong to one language only
(a word of a French translation that no English source uses, and the reverse), read from
resources/translations/coopnet_fr.ts. Proper nouns of the sample (villages, streets, people) are
in neither list.
"""

from __future__ import annotations

import functools
import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "coopnet_fr.ts"
WORD = re.compile(r"[^\W\d_][^\W\d_’'\-]*[^\W\d_]", re.UNICODE)
IDENTIFIER = re.compile(r"[\w.@\-]*[_@][\w.@\-]*")  # monthly_fee_eur, contact@exemple.fr: not words
TAG = re.compile(r"<[^>]+>")

NUMBERS = {
    "en": (
        (re.compile(r"(?<![\d.,])\d+,\d{1,2}(?![\d,])"), "French decimal comma"),
        (re.compile(r"\d[ \u00a0\u202f]?€"), "€ after the amount"),
        (re.compile(r"\d[ \u00a0\u202f]?[kM][ \u00a0\u202f]?€"), "€ after a short amount (chart axes)"),
        (re.compile(r"\d[\u00a0\u202f]\d{3}(?!\d)"), "no-break space between thousands"),
        (re.compile(r"jj/mm/aaaa"), "French date pattern"),
    ),
    "fr": (
        (re.compile(r"€[ \u00a0\u202f]?\d"), "€ before the amount"),
        (re.compile(r"\d[kM](?![a-zA-Zé])"), "English short amount (French: 225 k€)"),
        (re.compile(r"(?<![\d.])\d+\.\d{1,2}(?![\d.])"), "English decimal point"),
        (re.compile(r"(?<![\d.,])\d{1,3},\d{3}(?![\d,])"), "English thousands comma"),
        (re.compile(r"dd/mm/yyyy"), "English date pattern"),
    ),
}


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(TAG.sub(" ", text or "")) if len(w) >= 5}


@functools.lru_cache(maxsize=1)
def catalogue_words() -> dict[str, set[str]]:
    """{"fr": words only the French translations use, "en": words only the English sources use}."""
    sources: set[str] = set()
    translations: set[str] = set()
    for message in ET.parse(TS).getroot().iter("message"):
        sources |= _words(message.findtext("source") or "")
        tr = message.find("translation")
        if tr is not None:
            forms = tr.findall("numerusform")
            for text in [f.text for f in forms] if forms else [tr.text]:
                translations |= _words(text or "")
    return {"fr": translations - sources, "en": sources - translations}


def data_words(project_path) -> set[str]:
    """Words of the project's own names (villages, streets, PoPs, people, the cooperative): proper
    nouns, the same in both languages (Boissy-sans-Avoir, Résidence de la Garenne…)."""
    import sqlite3

    conn = sqlite3.connect(f"file:{project_path}?mode=ro", uri=True)
    try:
        texts = [
            r[0]
            for q in (
                "SELECT name FROM villages",
                "SELECT DISTINCT nom_voie FROM doors",
                "SELECT name FROM pops",
                "SELECT value FROM meta",
                "SELECT last_name || ' ' || first_name || ' ' || email FROM pledges",
            )
            for r in conn.execute(q)
            if isinstance(r[0], str)
        ]
    finally:
        conn.close()
    words = {w.lower() for t in texts for w in WORD.findall(t)}
    return words | {"français", "english"}  # each language is named in its own language


def plain(text: str) -> str:
    """Rich text as read: tags dropped, entities decoded."""
    return html.unescape(TAG.sub(" ", text or ""))


def slips(texts, lang: str, allowed: set[str] = frozenset()) -> list[str]:
    """What, in ``texts`` meant to be in ``lang``, is in the other language (empty: nothing)."""
    other = catalogue_words()["fr" if lang == "en" else "en"]
    out = []
    for text in texts:
        text = plain(str(text))
        for pattern, why in NUMBERS[lang]:
            for m in pattern.finditer(text):
                out.append(f"{why}: “{m.group(0)}” in “{text[max(0, m.start() - 40) : m.end() + 40]}”")
        foreign = sorted(
            w
            for w in WORD.findall(IDENTIFIER.sub(" ", text))
            if len(w) >= 5 and w.lower() in other and w.lower() not in allowed
        )
        if foreign:
            out.append(f"{'French' if lang == 'en' else 'English'} words {foreign} in “{text[:160]}”")
    return out
