"""The one way the UI runs work off the GUI thread (Picard's ``util/thread.run_task`` is the model).

- ``run_task(fn, progress=, finished=, failed=, cancelled=)`` runs ``fn(report)`` in a worker
  thread. ``report(done, total, text)`` shows progress and returns False once the user has
  cancelled; ``fn`` then raises ``coopnet.errors.Cancelled`` (the one cancellation exception:
  its transaction rolls back, nothing is written). The callbacks run on the GUI thread:
  ``finished(result)``, ``failed(message, details)`` (``message``: one sentence in the user's
  language; ``details``: a traceback for a bug report, or ""), ``cancelled()``.
- ``run_with_progress(parent, pool, title, fn, on_done, on_error)``: the same behind a modal
  progress dialog with a Cancel button.
- ``run_process(program, args, ...)``: a child process (the map drawing) behind the same signals;
  it prints ``progress DONE TOTAL TEXT`` lines on stdout and ``coopnet: sentence`` on stderr.
- ``wait_for_tasks()``: block until every worker has ended (before closing a project).

Work that needs PROJ (pyproj) goes to the ``serial`` pool: PROJ crashes when a pooled thread
that used it runs Python again with a new thread state, so that pool uses one thread per task
(expiry 0), one at a time.

Nothing else in the UI starts a thread, a pool or an event loop (tests/ui/test_background.py).
"""

from __future__ import annotations

import logging
import traceback
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QProcess,
    QProcessEnvironment,
    QRunnable,
    QThreadPool,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from coopnet.errors import Cancelled

log = logging.getLogger(__name__)

Report = Callable[[int, int, str], bool]

__all__ = [
    "Cancelled",
    "ProcessTask",
    "Report",
    "Task",
    "TaskSignals",
    "default_pool",
    "run_process",
    "run_task",
    "run_with_progress",
    "serial_pool",
    "wait_for_tasks",
]


class TaskSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str, str)  # one sentence, details
    cancelled = Signal()


def _failure(exc: BaseException) -> tuple[str, str]:
    """One sentence for the user, and details for a bug report ("" when the user can act on it)."""
    from coopnet.errors import CoopnetError, storage_problem
    from coopnet.ui.i18n import error_text

    if isinstance(exc, CoopnetError) or storage_problem(exc) is not None:
        return error_text(exc), ""
    log.error("task failed", exc_info=exc)
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    message = QCoreApplication.translate(
        "Tasks", "this stopped on a problem coopnet did not foresee ({0}); the details are for a bug report"
    ).replace("{0}", text)
    return message, "".join(traceback.format_exception(exc))


class Task(QRunnable):
    """``fn(report)`` in a worker; one of ``finished``/``failed``/``cancelled`` at the end."""

    def __init__(self, fn: Callable[[Report], Any]):
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()
        self._cancel = False
        self.setAutoDelete(False)  # Python owns it (kept in _RUNNING while it runs)

    def cancel(self) -> None:
        self._cancel = True

    @property
    def cancel_requested(self) -> bool:
        return self._cancel

    def report(self, done: int, total: int, text: str = "") -> bool:
        self.signals.progress.emit(int(done), int(total), text)
        return not self._cancel

    def run(self) -> None:
        try:
            result = self.fn(self.report)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # a dialog with one sentence, never a crash
            self.signals.failed.emit(*_failure(exc))
        else:
            if self._cancel:
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)


class ProcessTask(QObject):
    """A child process behind a Task's signals: ``start()``, ``cancel()``, ``wait()``.

    ``result()`` (called on success, exit code 0) gives what ``finished`` carries; it may raise
    a ``CoopnetError`` to fail instead."""

    def __init__(
        self,
        program: str,
        args: list[str],
        result: Callable[[], Any] = lambda: None,
        env: dict[str, str] | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.signals = TaskSignals(self)
        self._result = result
        self._cancel = False
        self._buffer = b""
        self._process = QProcess(self)
        self._process.setProgram(program)
        self._process.setArguments(args)
        environment = QProcessEnvironment.systemEnvironment()
        for key, value in (env or {}).items():
            environment.insert(key, value)
        self._process.setProcessEnvironment(environment)
        self._process.readyReadStandardOutput.connect(self._read)
        self._process.finished.connect(self._ended)
        self._process.errorOccurred.connect(self._error)

    def start(self) -> None:
        _RUNNING.add(self)
        self._process.start()

    def cancel(self) -> None:
        self._cancel = True
        if self._process.state() != QProcess.NotRunning:
            self._process.kill()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until the child ends (closing a project, tests)."""
        if self._process.state() == QProcess.NotRunning:
            return True
        return self._process.waitForFinished(msecs)

    def running(self) -> bool:
        return self._process.state() != QProcess.NotRunning

    def _read(self) -> None:
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            parts = line.decode("utf-8", "replace").split(" ", 3)
            if len(parts) >= 3 and parts[0] == "progress":
                try:
                    self.signals.progress.emit(
                        int(parts[1]), int(parts[2]), parts[3] if len(parts) > 3 else ""
                    )
                except ValueError:
                    pass

    def _error(self, error) -> None:
        if error == QProcess.FailedToStart and not self._cancel:
            _RUNNING.discard(self)
            self.signals.failed.emit(
                QCoreApplication.translate("Tasks", "coopnet could not start its helper process"),
                self._process.errorString(),
            )

    def _ended(self, code: int, status) -> None:
        _RUNNING.discard(self)
        if self._cancel:
            self.signals.cancelled.emit()
            return
        err = bytes(self._process.readAllStandardError().data()).decode("utf-8", "replace").strip()
        if status == QProcess.NormalExit and code == 0:
            try:
                result = self._result()
            except Exception as exc:
                message, details = _failure(exc)
                self.signals.failed.emit(message, details or err)
                return
            self.signals.finished.emit(result)
            return
        # The child prints one line "coopnet: sentence" for problems a user can act on.
        lines = [ln for ln in err.splitlines() if ln.startswith("coopnet: ")]
        message = (
            lines[-1][len("coopnet: ") :]
            if lines
            else QCoreApplication.translate("Tasks", "the helper process stopped (exit code {0})").replace(
                "{0}", str(code)
            )
        )
        log.warning("%s failed (exit %s): %s", self._process.program(), code, err)
        self.signals.failed.emit(message, err)


# -- the pools --------------------------------------------------------------------------------
_SERIAL: QThreadPool | None = None
_RUNNING: set = set()  # tasks started and not yet ended (keeps them alive)
_RECENT: deque = deque(maxlen=8)  # ended, but the worker may still be returning from run()
_POOLS_USED: list = []  # injected pools (tests), waited for too


def default_pool() -> QThreadPool:
    return QThreadPool.globalInstance()


def serial_pool() -> QThreadPool:
    """One worker thread at a time, a new thread per task (work that uses PROJ)."""
    global _SERIAL
    if _SERIAL is None:
        _SERIAL = QThreadPool()
        _SERIAL.setMaxThreadCount(1)
        _SERIAL.setExpiryTimeout(0)
    return _SERIAL


def _ended(task: Task) -> None:
    _RUNNING.discard(task)
    _RECENT.append(task)


def run_task(
    fn: Callable[[Report], Any],
    *,
    progress: Callable[[int, int, str], None] | None = None,
    finished: Callable[[Any], None] | None = None,
    failed: Callable[[str, str], None] | None = None,
    cancelled: Callable[[], None] | None = None,
    pool=None,
    serial: bool = False,
) -> Task:
    """Start ``fn(report)`` off the GUI thread; the callbacks run on the GUI thread.

    ``pool``: the context's pool (tests pass one that runs tasks at once); default: the
    application's pool. ``serial``: the work uses PROJ (pyproj: reprojection, routes), so it
    goes to the serial pool instead of the application's. Returns the ``Task`` (``task.cancel()``)."""
    task = Task(fn)
    for signal in (task.signals.finished, task.signals.failed, task.signals.cancelled):
        signal.connect(lambda *_, t=task: _ended(t))
    if progress is not None:
        task.signals.progress.connect(progress)
    if finished is not None:
        task.signals.finished.connect(finished)
    if failed is not None:
        task.signals.failed.connect(failed)
    else:
        task.signals.failed.connect(
            lambda message, details: log.warning("task failed: %s\n%s", message, details)
        )
    if cancelled is not None:
        task.signals.cancelled.connect(cancelled)
    if serial and (pool is None or pool is default_pool()):
        pool = serial_pool()
    elif pool is None:
        pool = default_pool()
    elif not isinstance(pool, QThreadPool) and pool not in _POOLS_USED:
        _POOLS_USED.append(pool)
    _RUNNING.add(task)
    pool.start(task)
    return task


def run_process(
    program: str,
    args: list[str],
    *,
    result: Callable[[], Any] = lambda: None,
    env: dict[str, str] | None = None,
    parent: QObject | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    finished: Callable[[Any], None] | None = None,
    failed: Callable[[str, str], None] | None = None,
    cancelled: Callable[[], None] | None = None,
) -> ProcessTask:
    """Start ``program args`` as a child process, with the callbacks of ``run_task``."""
    task = ProcessTask(program, args, result, env, parent)
    for callback, signal in (
        (progress, task.signals.progress),
        (finished, task.signals.finished),
        (failed, task.signals.failed),
        (cancelled, task.signals.cancelled),
    ):
        if callback is not None:
            signal.connect(callback)
    task.start()
    return task


def running() -> int:
    """How many tasks have started and not ended."""
    return len(_RUNNING)


def wait_for_tasks(msecs: int = 30_000, pools=()) -> bool:
    """Block until the workers have ended (a project is about to close under them)."""
    ok = True
    for process in [t for t in list(_RUNNING) if isinstance(t, ProcessTask)]:
        ok = process.wait(msecs) and ok
    for pool in (default_pool(), serial_pool(), *pools):
        if hasattr(pool, "waitForDone"):
            ok = pool.waitForDone(msecs) and ok
    return ok


# -- with a modal progress dialog -----------------------------------------------------------
def run_with_progress(
    parent: QWidget,
    pool,
    title: str,
    fn: Callable[[Report], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    serial: bool = False,
) -> Task:
    """Start ``fn(report)`` with a modal progress dialog (Cancel stops it, nothing is written).

    ``on_done(result)`` on success; ``on_error(message)`` on failure, else a warning box with the
    one sentence (and the details for a bug report). ``pool``: the context's pool, or None;
    ``serial``: the work uses PROJ (see ``run_task``)."""
    dialog = QProgressDialog(title, QCoreApplication.translate("Progress", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)

    def close() -> None:
        dialog.canceled.disconnect()
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    def progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    def finished(result) -> None:
        close()
        if on_done:
            on_done(result)

    def failed(message: str, details: str) -> None:
        close()
        if on_error:
            on_error(message)
        else:
            box = QMessageBox(QMessageBox.Warning, title, message, QMessageBox.Ok, parent)
            if details:
                box.setDetailedText(details)
            box.exec()

    def cancelled() -> None:
        close()
        window = parent.window() if hasattr(parent, "window") else None
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                QCoreApplication.translate("Progress", "Cancelled: nothing was changed"), 5000
            )

    holder: list[Task] = []  # the task, once started (a test's pool may run it at once)
    dialog.canceled.connect(lambda: holder[0].cancel() if holder else None)
    task = run_task(
        fn, progress=progress, finished=finished, failed=failed, cancelled=cancelled, pool=pool, serial=serial
    )
    holder.append(task)
    return task
