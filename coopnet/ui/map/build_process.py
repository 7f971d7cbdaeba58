"""Draw the in-app map in a separate process (`coopnet map-page`).

Building the page needs folium, geopandas and pandas, and at department scale leaves
~100 MB of temporaries behind; in a child process none of that stays in the app, which
is what keeps the whole app under its memory target once the Map page is open. The child
reads the project read-only and reports progress on stdout; the page and its village
summaries come back as files.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

log = logging.getLogger(__name__)


def coopnet_command(*args: str) -> tuple[str, list[str]]:
    """Program and arguments that run ``coopnet ARGS`` with this very installation."""
    if getattr(sys, "frozen", False):   # the bundled executable is the command line too
        return sys.executable, list(args)
    return sys.executable, ["-m", "coopnet", *args]


class MapBuildSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)       # (page path, summaries)
    failed = Signal(str, str)       # message, details
    cancelled = Signal()


class MapBuild(QObject):
    """One build: ``start()``, then one of finished / failed / cancelled."""

    def __init__(self, project_path: Path, out: Path, options: dict, parent=None):
        super().__init__(parent)
        self.signals = MapBuildSignals(self)
        self.out = Path(out)
        self._cancelled = False
        self._buffer = b""
        self._process = QProcess(self)
        self._process.setProgram(coopnet_command()[0])
        self._process.setArguments(coopnet_command("map-page", str(project_path), str(self.out),
                                                   "--options", json.dumps(options))[1])
        env = QProcessEnvironment.systemEnvironment()
        if options.get("lang"):   # its messages in the interface's language
            env.insert("COOPNET_LANG", options["lang"])
        self._process.setProcessEnvironment(env)
        self._process.readyReadStandardOutput.connect(self._read)
        self._process.finished.connect(self._ended)
        self._process.errorOccurred.connect(self._error)

    def start(self) -> None:
        self._process.start()

    def cancel(self) -> None:
        self._cancelled = True
        if self._process.state() != QProcess.NotRunning:
            self._process.kill()

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until the child ends (closing a project, tests)."""
        if self._process.state() == QProcess.NotRunning:
            return True
        return self._process.waitForFinished(msecs)

    def running(self) -> bool:
        return self._process.state() != QProcess.NotRunning

    def _read(self) -> None:
        self._buffer += bytes(self._process.readAllStandardOutput())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            parts = line.decode("utf-8", "replace").split(" ", 3)
            if len(parts) >= 3 and parts[0] == "progress":
                try:
                    self.signals.progress.emit(int(parts[1]), int(parts[2]), parts[3] if len(parts) > 3 else "")
                except ValueError:
                    pass

    def _error(self, error) -> None:
        if error == QProcess.FailedToStart and not self._cancelled:
            self.signals.failed.emit(self.tr("coopnet could not start the map drawing process"),
                                     self._process.errorString())

    def _ended(self, code: int, status) -> None:
        if self._cancelled:
            self.signals.cancelled.emit()
            return
        err = bytes(self._process.readAllStandardError()).decode("utf-8", "replace").strip()
        summaries_file = self.out.with_suffix(".json")
        if status == QProcess.NormalExit and code == 0 and self.out.exists() and summaries_file.exists():
            try:
                summaries = json.loads(summaries_file.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                self.signals.failed.emit(str(exc), err)
                return
            summaries_file.unlink(missing_ok=True)
            self.signals.finished.emit((self.out, summaries))
            return
        # The child prints one line "coopnet: message" for problems a user can act on.
        lines = [ln for ln in err.splitlines() if ln.startswith("coopnet: ")]
        message = lines[-1][len("coopnet: "):] if lines else self.tr("the map drawing process stopped "
                                                                    "(exit code %s)") % code
        log.warning("map-page failed (exit %s): %s", code, err)
        self.signals.failed.emit(message, err)
