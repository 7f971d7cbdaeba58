"""Text from outside (file names, ids typed by someone) made safe to print or log.

A file name can hold a newline (``evil\\nimported: 0 rejects``) or terminal escape codes
(``\\x1b[2J``): printed raw, it forges output lines or drives the terminal. ``shown()``
keeps printable text as it is (accents included) and writes every control or invisible
formatting character as a visible escape (``\\n``, ``\\x1b``, ``\\u202e``); a backslash is
doubled so the escaped form cannot be faked.
"""

from __future__ import annotations

import unicodedata

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\"}


def _escape(ch: str) -> str:
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def shown(value) -> str:
    """``value`` as text with control, format, separator and surrogate characters escaped."""
    text = str(value)
    if text.isprintable() and "\\" not in text:
        return text
    out = []
    for ch in text:
        if ch == " ":
            out.append(ch)
        elif (
            ch in _NAMED
            or unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs")
            and ch != " "
            and not (unicodedata.category(ch) == "Zs" and ch in "\u00a0\u202f")
        ):
            out.append(_escape(ch))
        else:
            out.append(ch)
    return "".join(out)
