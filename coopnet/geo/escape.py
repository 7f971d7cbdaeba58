"""Make user text safe to place in the map page.

folium's popups/tooltips inject raw HTML and some of its templates are JS template
literals, so a name like ``<img src=x onerror=…>`` or ``${…}`` would run. Every
user string goes through ``escape_text`` (HTML entities, then backtick and ``$``)
before it reaches the page; our own JS additionally sets text with ``textContent``.
"""

from __future__ import annotations

import html
import json

_EXTRA = {ord("`"): "&#96;", ord("$"): "&#36;"}


def escape_text(value) -> str:
    """HTML-escape (quotes too), then neutralise backticks and ``$``."""
    if value is None:
        return ""
    return html.escape(str(value), quote=True).translate(_EXTRA)


def js_json(data) -> str:
    """JSON safe to embed inside a ``<script>`` block (no ``</script>`` break-out)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
