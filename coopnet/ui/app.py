"""Start the desktop application."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path


def _prepare_environment() -> None:
    # QtWebEngine's sandbox cannot run as root; only then do we turn it off.
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    from coopnet.ui.memory import limit_malloc_arenas

    limit_malloc_arenas()


def log_file() -> Path:
    from PySide6.QtCore import QStandardPaths

    folder = Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation) or Path.home())
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "coopnet.log"


def create_application(argv: list[str] | None = None):
    _prepare_environment()
    from PySide6.QtCore import QCoreApplication, Qt

    QCoreApplication.setAttribute(Qt.AA_ShareOpenGLContexts)
    import PySide6.QtWebEngineWidgets  # noqa: F401  (must precede the QApplication)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setOrganizationName("coopnet")
    app.setApplicationName("coopnet")
    from coopnet import __version__

    app.setApplicationVersion(__version__)
    from coopnet.ui.i18n import chosen_language, install_translators
    from coopnet.ui.settings import Settings

    install_translators(app, chosen_language(Settings().language))
    return app


def run_app(file: str | None = None) -> int:
    app = create_application()
    # The CLI may have configured logging already: add the file handler explicitly.
    handler = logging.FileHandler(log_file(), encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level, logging.INFO) if root.level else logging.INFO)
    from coopnet.ui.crash import install_excepthook
    from coopnet.ui.main_window import MainWindow

    install_excepthook()
    window = MainWindow()
    window.show()
    opened = False
    if file:
        opened = window.open_project(file)
    elif window.context.settings.last_project and Path(window.context.settings.last_project).exists():
        opened = window.open_project(window.context.settings.last_project)
    if not opened and not file:
        window.open_sample_copy()
    return app.exec()
