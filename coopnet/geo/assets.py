"""Leaflet and Leaflet.markercluster for the map, offline.

The files come from the ``xstatic-leaflet`` and ``xstatic-leaflet-markercluster``
packages (declared dependencies; never copied into our repo). The in-app view
loads them by ``file://`` URI; a standalone export inlines them (JS, CSS, and the
CSS images as ``data:`` URIs). folium's own CDN lists are replaced per map
instance, never on the shared class attributes.
"""

from __future__ import annotations

import base64
import functools
import re
from pathlib import Path

import xstatic.pkg.leaflet as _leaflet
import xstatic.pkg.leaflet_markercluster as _cluster

QWEBCHANNEL_JS = "qrc:///qtwebchannel/qwebchannel.js"  # served by Qt itself, in-app only

_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_CSS_URL = re.compile(r"url\(\s*['\"]?(images/[^'\")]+)['\"]?\s*\)")
_SOURCEMAP = re.compile(r"^\s*//# sourceMappingURL=.*$", re.M)


def leaflet_dir() -> Path:
    return Path(_leaflet.BASE_DIR)


def markercluster_dir() -> Path:
    return Path(_cluster.BASE_DIR)


def asset_files() -> dict[str, list[Path]]:
    """The files the map loads, in load order (Leaflet before its plugin)."""
    ld, cd = leaflet_dir(), markercluster_dir()
    files = {
        "js": [ld / "leaflet.js", cd / "leaflet.markercluster.js"],
        "css": [ld / "leaflet.css", cd / "MarkerCluster.css", cd / "MarkerCluster.Default.css"],
    }
    for path in files["js"] + files["css"]:
        if not path.is_file():
            raise FileNotFoundError(f"coopnet is incomplete: map asset {path} is missing")
    return files


def strip_folium_cdn(element) -> None:
    """Drop folium's CDN links on this element only (instance attributes shadow the class)."""
    element.default_js = []
    element.default_css = []


def linked_tags(bridge: bool = False) -> str:
    """``<link>``/``<script>`` tags pointing at the package files by file:// URI."""
    files = asset_files()
    tags = [f'<link rel="stylesheet" href="{p.as_uri()}"/>' for p in files["css"]]
    tags += [f'<script src="{p.as_uri()}"></script>' for p in files["js"]]
    if bridge:
        tags.append(f'<script src="{QWEBCHANNEL_JS}"></script>')
    return "\n".join(tags)


def _data_uri(path: Path) -> str:
    mime = {"png": "image/png", "svg": "image/svg+xml", "gif": "image/gif"}.get(
        path.suffix.lstrip(".").lower(), "application/octet-stream"
    )
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def _inline_css(path: Path) -> str:
    text = _CSS_COMMENT.sub("", path.read_text(encoding="utf-8"))

    def repl(m: re.Match) -> str:
        target = path.parent / m.group(1)
        return f'url("{_data_uri(target)}")' if target.is_file() else "none"

    return _CSS_URL.sub(repl, text)


def _inline_js(path: Path) -> str:
    text = _SOURCEMAP.sub("", path.read_text(encoding="utf-8"))
    # Leaflet's attribution prefix links to its web site; we set our own prefix anyway.
    text = text.replace('href="https://leafletjs.com"', 'href="#"')
    text = text.replace("https://leafletjs.com", "leafletjs.com")  # licence header: text only
    return text.replace("</script", "<\\/script")


@functools.lru_cache(maxsize=1)
def inline_tags() -> str:
    """The same assets as ``linked_tags`` but inlined: the HTML needs nothing else."""
    files = asset_files()
    parts = [f"<style>\n{_inline_css(p)}\n</style>" for p in files["css"]]
    parts += [f"<script>\n{_inline_js(p)}\n</script>" for p in files["js"]]
    return "\n".join(parts)


def bundle_datas() -> list[tuple[str, str]]:
    """(source folder, destination) pairs a PyInstaller spec needs for these assets."""
    return [
        (str(leaflet_dir()), "xstatic/pkg/leaflet/data"),
        (str(markercluster_dir()), "xstatic/pkg/leaflet_markercluster/data"),
    ]
