"""One way to get a Qt application for headless work (PDF, PNG, map rendering).

The CLI has no application; tests and the app already have one. Always a
QApplication (never a bare QGuiApplication, which would make any later widget
abort), prepared for QtWebEngine, offscreen when there is no display.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path


def _prepare_env() -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # QtWebEngine's sandbox refuses root
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def ensure_app():
    """The running QApplication, or a new one set up for QtWebEngine."""
    _prepare_env()
    from PySide6.QtCore import QCoreApplication, Qt
    import PySide6.QtWebEngineWidgets  # noqa: F401  (must be imported before the app exists)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        QCoreApplication.setAttribute(Qt.AA_ShareOpenGLContexts)
        app = QApplication(sys.argv[:1])
        app.setOrganizationName("coopnet")  # the same data folder (and log file) as the app
        app.setApplicationName("coopnet")
    return app


def log_path() -> Path:
    """The app's log file (coopnet.log in its data folder)."""
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.GenericDataLocation) or str(Path.home())
    path = Path(folder) / "coopnet" / "coopnet" / "coopnet.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


@contextlib.contextmanager
def stderr_to_log(enabled: bool = True):
    """Send what Qt and QtWebEngine's processes print on stderr ("Sandboxing disabled…", GPU and
    D-Bus warnings) to the log file while rendering, so a command that worked stays quiet.

    Works on the file descriptor: QtWebEngine's helper processes inherit it."""
    if not enabled:
        yield
        return
    try:
        sys.stderr.flush()
        saved = os.dup(2)
        log = open(log_path(), "ab")
    except OSError:
        yield
        return
    os.dup2(log.fileno(), 2)
    try:
        yield
    finally:
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)
        log.close()
