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


@contextlib.contextmanager
def open_project(path: str | Path, readonly: bool = False) -> Iterator[Project]:
    project = Project.open(Path(path), readonly=readonly)
    try:
        yield project
    finally:
        project.close()


def existing_file(path: str) -> Path:
    p = Path(path)
    if not p.exists():
        raise CoopnetError(QT_TRANSLATE_NOOP(
            "CLI", "{path}: no such file").format(path=path))
    if p.is_dir():
        raise CoopnetError(QT_TRANSLATE_NOOP(
            "CLI", "{path}: is a folder, expected a file").format(path=path))
    return p


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def add_lang_option(parser) -> None:
    """``--lang fr|en`` for commands that write documents (default: COOPNET_LANG, else the locale)."""
    from coopnet.translation import LANGUAGES, catalog, default_language
    parser.add_argument("--lang", choices=LANGUAGES, default=default_language(),
                        help=catalog().translate(
                            "CLIHelp", "language of the output (documents and messages): fr or en "
                            "(default: COOPNET_LANG, else the system locale; now %(default)s)"))
