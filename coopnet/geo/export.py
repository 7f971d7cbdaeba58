"""Exports for presentation: standalone HTML, PNG and PDF of the map.

PNG and PDF are rendered by a real QWebEngineView offscreen (``grab()`` for PNG,
``printToPdf`` with Qt's page layout for PDF), from the same page as the app.
A QApplication is created when there is none (command line).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from coopnet.errors import CoopnetError
from coopnet.geo.map_builder import MapOptions, write_html
from coopnet.files import WriteFailed, check_folder, output_file, pdf_complete
from coopnet.core.text import QT_TRANSLATE_NOOP

PNG_SIZE = (1600, 1000)
A4_LANDSCAPE_PX = (1123, 794)  # 297 × 210 mm at 96 CSS px per inch
FORMATS = (".html", ".png", ".pdf")


def ensure_app():
    """The running QApplication, or a new one set up for QtWebEngine."""
    from coopnet.qt_runtime import ensure_app as _ensure

    return _ensure()


class OffscreenMap:
    """A QWebEngineView that is never shown on screen, for rendering a map file."""

    def __init__(self, size: tuple[int, int]):
        ensure_app()
        from PySide6.QtCore import Qt
        from PySide6.QtWebEngineCore import QWebEnginePage
        from PySide6.QtWebEngineWidgets import QWebEngineView

        self.errors: list[str] = []
        errors = self.errors

        class _Page(QWebEnginePage):
            def javaScriptConsoleMessage(self, level, message, line, source):  # noqa: N802
                if level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel:
                    errors.append(f"{message} (line {line})")

        self.view = QWebEngineView()
        self._page = _Page(self.view)
        self.view.setPage(self._page)
        self.view.setAttribute(Qt.WA_DontShowOnScreen, True)
        self.view.resize(*size)
        self.view.show()

    def _wait(self, ready, timeout_ms: int) -> bool:
        """Run Qt's event loop until ``ready()`` (checked every 10 ms) or the timeout.

        The command line only (``coopnet map``; the app runs it as a child process)."""
        from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

        if ready():
            return True
        elapsed = QElapsedTimer()
        elapsed.start()
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(10)  # cheap checks: 50 ms cost up to 0.1 s a wait, nested waits more
        done = []

        def check() -> None:
            if ready():
                done.append(True)
                loop.quit()
            elif elapsed.elapsed() > timeout_ms:
                loop.quit()

        poll.timeout.connect(check)
        poll.start()
        loop.exec()
        poll.stop()
        return bool(done)

    def run_js(self, script: str, timeout_ms: int = 10_000):
        box = {}

        def got(result) -> None:  # slots must return None (PySide refcount bug otherwise)
            box["r"] = result

        self.view.page().runJavaScript(script, 0, got)
        if not self._wait(lambda: "r" in box, timeout_ms):
            raise CoopnetError(QT_TRANSLATE_NOOP("MapExport", "the map page did not answer (QtWebEngine)"))
        return box["r"]

    def _js_true(self, script: str, timeout_ms: int) -> bool:
        """Ask ``script`` again as soon as each answer comes back, until it answers true."""
        state = {"asking": False, "true": False}

        def got(result) -> None:
            state["asking"] = False
            state["true"] = result is True

        def ready() -> bool:
            if not state["true"] and not state["asking"]:
                state["asking"] = True
                self.view.page().runJavaScript(script, 0, got)
            return state["true"]

        return self._wait(ready, timeout_ms)

    def load(self, html_path: Path, timeout_ms: int = 60_000, settle_ms: int = 300) -> None:
        """Load the page and wait for the map's ``coopnet.ready``, then ``settle_ms`` more for
        the compositor to paint the last frame (what ``grab_png`` takes; a PDF is laid out
        again for print and needs no wait)."""
        from PySide6.QtCore import QUrl

        done = {}

        def finished(ok: bool) -> None:
            done["ok"] = ok

        self.view.loadFinished.connect(finished)
        self.view.load(QUrl.fromLocalFile(str(Path(html_path).resolve())))
        if not self._wait(lambda: "ok" in done, timeout_ms) or not done["ok"]:
            raise CoopnetError(QT_TRANSLATE_NOOP("MapExport", "the map page could not be loaded"))
        if not self._js_true("!!(window.coopnet && coopnet.ready)", timeout_ms):
            if not self.errors:
                raise CoopnetError(
                    QT_TRANSLATE_NOOP("MapExport", "the map did not finish drawing (the page did not answer)")
                )
            raise CoopnetError(
                QT_TRANSLATE_NOOP("MapExport", "the map did not finish drawing ({detail})").format(
                    detail="; ".join(self.errors[:3])
                )
            )
        if settle_ms:
            self.pause(settle_ms)

    def pause(self, ms: int) -> None:
        from PySide6.QtCore import QElapsedTimer

        t = QElapsedTimer()
        t.start()
        self._wait(lambda: t.elapsed() >= ms, ms + 1000)

    def grab_png(self, out: Path) -> tuple[int, int]:
        image = self.view.grab().toImage()
        if not image.save(str(out), "PNG"):
            raise WriteFailed("PNG")
        return image.width(), image.height()

    def print_pdf(self, out: Path, timeout_ms: int = 60_000) -> None:
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout, QPageSize

        layout = QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Landscape, QMarginsF(0, 0, 0, 0))
        done = {}

        def printed(path: str, ok: bool) -> None:
            done["ok"] = ok

        self.view.page().pdfPrintingFinished.connect(printed)
        self.view.page().printToPdf(str(Path(out).resolve()), layout)
        if not self._wait(lambda: "ok" in done, timeout_ms) or not done["ok"]:
            raise WriteFailed("PDF")

    def close(self) -> None:
        self.view.close()
        self.view.setPage(None)
        self._page.deleteLater()
        self.view.deleteLater()
        from PySide6.QtCore import QCoreApplication, QEvent

        # Delete them now: QtWebEngine warns when its profile outlives a page at exit.
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def _render(project, out: Path, opts: MapOptions, size, action, report, settle_ms: int = 300) -> None:
    with tempfile.TemporaryDirectory(prefix="coopnet-map-") as tmp:
        page = write_html(project, Path(tmp) / "map.html", opts, report)
        view = OffscreenMap(size)
        try:
            view.load(page, settle_ms=settle_ms)
            action(view)
        finally:
            view.close()


def _then(layout: dict | None, action):
    """``action``, after reading the page's layout into ``layout`` when asked."""
    if layout is None:
        return action

    def both(view) -> None:
        import json

        layout.update(json.loads(view.run_js("JSON.stringify(coopnet.layout())")))
        action(view)

    return both


def export_map(
    project,
    out: str | Path,
    title: str | None = None,
    focus_insee: str | None = None,
    show_names: bool = False,
    report=None,
    lang: str | None = None,
    take_up: dict | None = None,
    layout: dict | None = None,
) -> Path:
    """Write the map to ``out``; the format follows the suffix (.html, .png, .pdf).

    ``layout`` (PNG/PDF), when given, receives the rendered page's geometry (map_js
    ``coopnetLayout``: label boxes and whether each shows, panel boxes, commune boxes).

    ``lang`` ("fr" or "en", default: the environment's) is the language of the legend, layer
    names, tooltips, title panel and sources."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("MapExport", "{file}: choose a .html, .png or .pdf file name").format(
                file=out.name
            )
        )
    check_folder(out)
    if focus_insee and project.db["villages"].count_where("insee = ?", [focus_insee]) == 0:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("MapExport", "{insee}: no such village in this project").format(
                insee=focus_insee
            )
        )
    from coopnet.core.missing import map_gaps
    from coopnet.store.partial import layer_counts

    blocking, _notes = map_gaps(layer_counts(project), project=Path(project.path).name)
    if blocking is not None:  # nothing to draw: say what to import, write no empty map
        raise CoopnetError(blocking)
    # Counts only: no door statuses, and pledged addresses only when names are asked for.
    opts = MapOptions(
        title=title,
        focus_insee=focus_insee,
        show_names=show_names,
        export=True,
        # lower bounds: the page measures its title, legend and sources and fits
        # the communes beside them (map_js coopnetFreeArea)
        pad_top_left=(14, 14),
        pad_bottom_right=(14, 14),
        lang=lang,
        doors=False,
        pledges=show_names,
        take_up=take_up,
    )
    with output_file(out, complete=pdf_complete if suffix == ".pdf" else None) as tmp:
        if suffix == ".html":
            opts.inline_assets = True
            opts.export = False  # interactive in a browser: keep zoom and layer controls
            opts.pad_top_left = (20, 20)
            write_html(project, tmp, opts, report)
        elif suffix == ".png":
            _render(project, tmp, opts, PNG_SIZE, _then(layout, lambda v: v.grab_png(tmp)), report)
        else:
            opts.prefer_canvas = False  # SVG polygons stay vector in the PDF
            _render(
                project,
                tmp,
                opts,
                A4_LANDSCAPE_PX,
                _then(layout, lambda v: v.print_pdf(tmp)),
                report,
                settle_ms=0,
            )
    return out
