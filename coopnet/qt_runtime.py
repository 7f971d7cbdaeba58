"""One way to get a Qt application for headless work (PDF, PNG, map rendering).

The CLI has no application; tests and the app already have one. Always a
QApplication (never a bare QGuiApplication, which would make any later widget
abort), prepared for QtWebEngine, offscreen when there is no display.
"""

from __future__ import annotations

import os
import sys


def _prepare_env() -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # QtWebEngine's sandbox refuses root
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
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
    return app
