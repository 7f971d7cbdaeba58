"""Run a Task with a modal progress dialog that can be cancelled."""

from __future__ import annotations

from typing import Any
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from coopnet.ui.workers import Task


def run_with_progress(parent: QWidget, pool, title: str, fn: Callable,
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[str], None] | None = None) -> Task:
    """Start ``fn(report)`` in ``pool``; show progress; call ``on_done(result)`` on success."""
    dialog = QProgressDialog(title, QCoreApplication.translate("Progress", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(300)
    task = Task(fn)

    def progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    def finished(result) -> None:
        dialog.reset()
        dialog.deleteLater()
        if on_done:
            on_done(result)

    def failed(message: str, details: str) -> None:
        dialog.reset()
        dialog.deleteLater()
        if on_error:
            on_error(message)
        else:
            box = QMessageBox(QMessageBox.Warning, title, message, QMessageBox.Ok, parent)
            if details:
                box.setDetailedText(details)
            box.exec()

    def cancelled() -> None:
        dialog.reset()
        dialog.deleteLater()
        if hasattr(parent, "window") and hasattr(parent.window(), "statusBar"):
            parent.window().statusBar().showMessage(QCoreApplication.translate("Progress", "Cancelled: nothing was changed"), 5000)

    task.signals.progress.connect(progress)
    task.signals.finished.connect(finished)
    task.signals.failed.connect(failed)
    task.signals.cancelled.connect(cancelled)
    dialog.canceled.connect(task.cancel)
    parent._coopnet_task = task  # keep a reference while it runs
    pool.start(task)
    return task
