"""What the cost-model commands print and write, one way for ``coopnet model|traffic|brief`` and
``coopnet federation traffic|brief``: the catalogue of ``--lang``, ``--json`` or text lines, the
brief's file name check, the “wrote FILE” line."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from coopnet.cli.common import print_json
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.errors import UsageError
from coopnet.translation import catalog


def lang(args):
    """The catalogue of the command's --lang (default: COOPNET_LANG, else the locale)."""
    return catalog(getattr(args, "lang", None))


def show(args, data: dict, lines: Callable[[dict, object], list[str]]) -> int:
    """``data`` as one JSON object with --json, else ``lines(data, catalogue)`` as text."""
    if getattr(args, "json", False):
        print_json(data)
    else:
        print("\n".join(lines(data, lang(args))))
    return 0


def brief_output(text: str) -> Path:
    """The brief's ``-o``: a .pdf or .xlsx name in a folder that can be written (said before any work)."""
    from coopnet.io.output_file import check_folder

    out = Path(text)
    if out.suffix.lower() not in (".pdf", ".xlsx"):
        raise UsageError(
            QT_TRANSLATE_NOOP("ModelCli", "{file}: the brief is written as .pdf or .xlsx").format(
                file=out.name
            )
        )
    check_folder(out)
    return out


def wrote(args, out, stream=None) -> None:
    """“wrote FILE” in the command's language (on stderr when stdout carries the figures)."""
    (stream or sys.stdout).write(lang(args).translate("ModelCli", "wrote {file}").format(file=out) + "\n")
