"""Long work off the GUI thread, with progress and cancel.

A ``Task`` runs ``fn(report)`` in the context's pool; ``report(done, total, text)``
returns False once the user has cancelled, and the function should then stop
(raising ``Cancelled`` rolls back its transaction). Signals arrive on the GUI thread.
"""

from __future__ import annotations

import logging
import traceback
from typing import Any
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Signal

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


class TaskSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str, str)      # one-line message, details
    cancelled = Signal()


class Task(QRunnable):
    def __init__(self, fn: Callable[[Callable[[int, int, str], bool]], Any]):
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()
        self._cancel = False
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel = True

    def report(self, done: int, total: int, text: str = "") -> bool:
        self.signals.progress.emit(int(done), int(total), text)
        return not self._cancel

    def run(self) -> None:
        from coopnet.errors import CoopnetError, storage_problem
        from coopnet.ui.i18n import error_text
        try:
            result = self.fn(self.report)
        except Cancelled:
            self.signals.cancelled.emit()
        except CoopnetError as exc:
            self.signals.failed.emit(error_text(exc), "")
        except Exception as exc:  # shown in a dialog with details, never a crash
            if storage_problem(exc):   # a full disk or a read-only file: not a bug
                self.signals.failed.emit(error_text(exc), "")
                return
            log.exception("task failed")
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}", traceback.format_exc())
        else:
            if self._cancel:
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)
