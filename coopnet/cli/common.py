"""Helpers shared by the command modules."""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from collections.abc import Iterator

from coopnet.errors import CoopnetError
from coopnet.store.project import Project
from coopnet.core.text import QT_TRANSLATE_NOOP


EX_TEMPFAIL = 75  # sysexits.h: try again later


class ProjectBusy(CoopnetError):
    exit_code = EX_TEMPFAIL


def busy_error(path: Path) -> ProjectBusy:
    """One line: who keeps the project busy (the window's lock file says where), and --wait."""
    from coopnet.store.lock import is_stale, read_lock

    holder = read_lock(path)
    if holder is not None and not is_stale(holder):
        return ProjectBusy(
            QT_TRANSLATE_NOOP(
                "CLI",
                "{file} is open in the coopnet window ({holder}) and busy writing: nothing was "
                "written; try again, or add --wait to wait until it is free",
            ).format(file=path.name, holder=holder.describe())
        )
    return ProjectBusy(
        QT_TRANSLATE_NOOP(
            "CLI",
            "{file} is busy (another coopnet command is writing it): nothing was written; try "
            "again, or add --wait to wait until it is free",
        ).format(file=path.name)
    )


@contextlib.contextmanager
def open_project(path: str | Path, readonly: bool = False) -> Iterator[Project]:
    """Read-only commands run beside the window; writing ones wait ``busy_timeout`` for it."""
    from coopnet.store import safety

    path = Path(path)
    try:
        project = Project.open(path, readonly=readonly)
        try:
            yield project
        finally:
            project.close()
    except Exception as exc:
        if safety.is_busy_error(exc) or safety.is_busy_error(exc.__cause__ or exc.__context__ or exc):
            raise busy_error(path) from None
        raise


def existing_file(path: str) -> Path:
    p = Path(path)
    if not p.exists():
        raise CoopnetError(QT_TRANSLATE_NOOP("CLI", "{path}: no such file").format(path=path))
    if p.is_dir():
        raise CoopnetError(QT_TRANSLATE_NOOP("CLI", "{path}: is a folder, expected a file").format(path=path))
    return p


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def add_wait_option(parser) -> None:
    """``--wait`` on every command: keep waiting while the window (or another command) writes."""
    from coopnet.translation import catalog

    if any("--wait" in a.option_strings for a in parser._actions):
        return
    parser.add_argument(
        "--wait",
        action="store_true",
        help=catalog().translate(
            "CLIHelp",
            "if the project is busy (open in the coopnet window and writing), wait until it "
            "is free instead of giving up after a few seconds",
        ),
    )


def add_lang_option(parser) -> None:
    """``--lang fr|en`` for commands that write documents (default: COOPNET_LANG, else the locale)."""
    from coopnet.translation import LANGUAGES, catalog, default_language

    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=default_language(),
        help=catalog().translate(
            "CLIHelp",
            "language of the output (documents and messages): fr or en "
            "(default: COOPNET_LANG, else the system locale; now %(default)s)",
        ),
    )
