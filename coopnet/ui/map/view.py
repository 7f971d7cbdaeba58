"""A QWebEngineView showing a map page built by ``coopnet.geo.map_builder``.

Pages are loaded from a file (``QUrl.fromLocalFile``; ``setHtml`` stops at 2 MB).
Clicks on communes come back through a QWebChannel object named ``bridge``.
Requests to the internet are blocked unless they go to the basemap the user set.
"""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineUrlRequestInterceptor
from PySide6.QtWebEngineWidgets import QWebEngineView

from coopnet.ui.memory import prepare_webengine

log = logging.getLogger(__name__)
prepare_webengine()  # a view made outside the main window (tests, dialogs) gets the same flags


class Bridge(QObject):
    """Object the page sees as ``coopnet.bridge``."""

    villageClicked = Signal(str)
    redrawWanted = Signal()

    @Slot(str)
    def selectVillage(self, insee: str) -> None:  # noqa: N802 (called from JS)
        self.villageClicked.emit(str(insee))

    @Slot()
    def redraw(self) -> None:  # called from JS: a stale point layer was ticked
        self.redrawWanted.emit()


class OfflineInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks http(s) requests, except to the basemap host the user configured."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.allowed_host = ""
        self.blocked: list[str] = []

    def interceptRequest(self, info) -> None:  # noqa: N802
        url = info.requestUrl()
        if url.scheme() in ("http", "https", "ws", "wss", "ftp"):
            if self.allowed_host and url.host() == self.allowed_host:
                return
            self.blocked.append(url.toString())
            info.block(True)


class _Page(QWebEnginePage):
    def javaScriptConsoleMessage(self, level, message, line, source) -> None:  # noqa: N802
        if level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel:
            log.warning("map page: %s (line %s)", message, line)


class MapView(QWebEngineView):
    """Shows map files; emits ``villageClicked`` and ``mapReady``."""

    villageClicked = Signal(str)
    mapReady = Signal()
    redrawWanted = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._page = _Page(self)
        self.setPage(self._page)
        self.interceptor = OfflineInterceptor(self)
        self._page.setUrlRequestInterceptor(self.interceptor)
        self.bridge = Bridge(self)
        self.bridge.villageClicked.connect(self.villageClicked)
        self.bridge.redrawWanted.connect(self.redrawWanted)
        self.channel = QWebChannel(self._page)
        self.channel.registerObject("bridge", self.bridge)
        self._page.setWebChannel(self.channel)
        self._pending_view = None
        self._generation = 0  # a newer load ends the previous load's readiness polling
        self.loadFinished.connect(self._loaded)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Built while hidden (another page was showing), Leaflet saw a 0×0 map.
        self.run_js("if (window.coopnet && coopnet.refitIfResized) coopnet.refitIfResized();")

    def set_basemap(self, url: str | None) -> None:
        self.interceptor.allowed_host = urlsplit(url).hostname or "" if url and "://" in url else ""

    def show_file(self, path: Path, keep_view: bool = True) -> None:
        """Load a map file; with ``keep_view`` the current centre and zoom survive the reload."""

        def go(view) -> None:
            self._pending_view = view if isinstance(view, list) and len(view) == 3 else None
            self.load(QUrl.fromLocalFile(str(Path(path).resolve())))

        if keep_view and self.url().isLocalFile():
            self.run_js(
                "window.coopnet && coopnet.ready ? [coopnet.map.getCenter().lat, "
                "coopnet.map.getCenter().lng, coopnet.map.getZoom()] : null",
                go,
            )
        else:
            go(None)

    def _loaded(self, ok: bool) -> None:
        self._generation += 1
        if not ok or not self.url().isLocalFile():
            return
        if self._pending_view:
            lat, lon, zoom = self._pending_view
            self.run_js(f"coopnet.map.setView([{float(lat)}, {float(lon)}], {float(zoom)})")
        self._poll_ready(0, self._generation)

    def _poll_ready(self, tries: int, generation: int) -> None:
        def got(value) -> None:
            if generation != self._generation:
                return
            if value is True:
                self.mapReady.emit()
            elif tries < 600:
                from PySide6.QtCore import QTimer

                QTimer.singleShot(50, self, lambda: self._poll_ready(tries + 1, generation))

        self.run_js("!!(window.coopnet && coopnet.ready)", got)

    def run_js(self, script: str, callback=None) -> None:
        if callback is None:
            self._page.runJavaScript(script, 0)
        else:
            self._page.runJavaScript(script, 0, callback)

    def fit_all(self) -> None:
        """Show every commune, beside the legend and under the buttons (the map's ⤢ button)."""
        self.run_js("window.coopnet && coopnet.fitAll && coopnet.fitAll()")

    def highlight(self, insee: str) -> None:
        from coopnet.geo.escape import js_json

        self.run_js(f"window.coopnetHighlight && coopnetHighlight({js_json(insee)})")

    def update_take_up(self, payload: dict, done) -> None:
        """Recolour the communes, their labels and the legend in place; ``done(ok)`` after.
        Not ok (no map loaded, or a point layer is shown and would be stale): draw it anew."""
        from coopnet.geo.escape import js_json

        self.run_js(
            "window.coopnet && coopnet.ready && coopnet.updateTakeUp && !coopnet.pointsShown()"
            f" ? coopnet.updateTakeUp({js_json(payload)}) : false",
            lambda ok: done(ok is True),
        )
