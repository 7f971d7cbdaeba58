"""Shared fixtures: headless Qt, isolated settings, a sample project per test."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

# Headless everywhere; QtWebEngine refuses to run as root with its sandbox.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --no-sandbox")
# Tests read English unless they ask for French: a French desktop must not change their results.
os.environ["COOPNET_LANG"] = "en"

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "sample_villages"


class SyncPool:
    """A stand-in for the application's thread pool that runs each task at once, on the calling
    thread (so signals arrive before ``start()`` returns). ``AppContext(pool=SyncPool())``."""

    def start(self, task):
        task.run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 (QThreadPool's name)
        return True


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Never read or write the developer's real settings or data folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    yield


@pytest.fixture(scope="session")
def sample_project_master(tmp_path_factory) -> Path:
    """The sample cooperative built once per session through the real code path."""
    from coopnet.io.sample_project import create_sample_project

    path = tmp_path_factory.mktemp("master") / "sample.coopnet"
    create_sample_project(path).close()
    return path


@pytest.fixture
def sample_project_path(sample_project_master, tmp_path) -> Path:
    """A private copy of the sample project for one test."""
    target = tmp_path / "sample.coopnet"
    shutil.copy2(sample_project_master, target)
    return target


@pytest.fixture
def sample_project(sample_project_path):
    from coopnet.store.project import Project

    project = Project.open(sample_project_path)
    yield project
    project.close()


def pytest_configure(config):
    # QtWebEngine must be imported, and GL contexts shared, before the QApplication exists.
    from PySide6.QtCore import QCoreApplication, Qt

    QCoreApplication.setAttribute(Qt.AA_ShareOpenGLContexts)
    import PySide6.QtWebEngineWidgets  # noqa: F401

    QCoreApplication.setOrganizationName("coopnet-tests")
    QCoreApplication.setApplicationName("coopnet-tests")


_exit_status = {"code": 0}


def pytest_sessionfinish(session, exitstatus):
    _exit_status["code"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    # QtWebEngine can crash while the interpreter tears Qt objects down after the
    # run (a known PySide6 shutdown-order problem); the results are already
    # reported, so leave with pytest's own status instead of a spurious signal.
    if "PySide6.QtWebEngineCore" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_status["code"])
