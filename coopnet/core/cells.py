"""Text cells that a spreadsheet must show, never run (CSV/formula injection).

Names, phones, notes and rejected rows come from door-to-door forms, volunteers' files and
imported spreadsheets: untrusted. A cell starting with ``=`` (or ``+``, ``-``, ``@``, a tab,
a carriage return or a line feed, which some spreadsheets also read as a formula start) gets
a leading apostrophe: LibreOffice and Excel then show the text as typed, apostrophe included,
and evaluate nothing. Plain numbers (``-12,50``, ``+33 6 12 34 56 78``) are left as they are.
"""

from __future__ import annotations

import re

DANGEROUS = ("=", "+", "-", "@", "\t", "\r", "\n")
_PLAIN_NUMBER = re.compile(r"[+-]?\d[\d \u00a0\u202f.,]*")


def neutral(value) -> str:
    """``value`` as a text cell that cannot become a formula."""
    text = "" if value is None else str(value)
    if text and text[0] in DANGEROUS and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def neutral_row(values) -> list:
    """Every text cell of a row neutralised; numbers (int/float) stay numbers."""
    return [v if isinstance(v, (int, float)) and not isinstance(v, bool) else neutral(v) for v in values]
