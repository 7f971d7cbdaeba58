"""Unexpected errors: logged, shown in a dialog with copyable details; the app keeps running."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("coopnet")


def show_error_dialog(exc_type, exc, tb, parent=None) -> None:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", details)
    app = QApplication.instance()
    if app is None:
        sys.stderr.write(details)
        return
    box = QMessageBox(parent or app.activeWindow())
    box.setIcon(QMessageBox.Critical)
    box.setWindowTitle(app.translate("crash", "coopnet — unexpected error"))
    box.setText(
        app.translate(
            "crash", "Something went wrong. Your project file is safe; you can keep working.\n\n{0}"
        ).format(f"{exc_type.__name__}: {exc}")
    )
    box.setInformativeText(
        app.translate("crash", "Please send the details below to the people who maintain coopnet.")
    )
    box.setDetailedText(details)
    box.setTextInteractionFlags(box.textInteractionFlags())
    box.exec()


def install_excepthook() -> None:
    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            show_error_dialog(exc_type, exc, tb)
        except Exception:  # never let the hook itself take the app down
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook
