"""The ``coopnet`` command line: every headless job, same code paths as the app.

Each domain registers its commands from its own module. User errors print one
line on stderr and exit 1 (bad data) or 2 (bad usage); never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from coopnet import __version__
from coopnet.cli import argparse_fr
from coopnet.core.shown import shown
from coopnet.errors import CoopnetError, storage_problem, user_text
from coopnet.translation import catalog, default_language


def command_modules() -> tuple:
    """The modules with ``register(sub, import_sub)``, in the order of --help (plain imports:
    a new command module is added here, by name, twice)."""
    from coopnet.cli import (
        federation_cmds,
        map_cmds,
        measure_cmds,
        members_cmds,
        models_cmds,
        pledges_cmds,
        project_cmds,
        server_cmds,
    )

    return (
        project_cmds,
        members_cmds,
        pledges_cmds,
        map_cmds,
        models_cmds,
        server_cmds,
        federation_cmds,
        measure_cmds,
    )


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2 — argparse's default prints usage too
        hint = catalog().translate("CLI", "(see “coopnet --help”)")
        sys.stderr.write(f"coopnet: {message}\n{hint}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    """The parser, its help and its errors in the CLI's language (COOPNET_LANG, else the locale)."""
    # argparse's own words ("usage:", "options", its errors) come from gettext at build and parse
    # time: switch them before building so the whole help speaks one language.
    argparse_fr.install(default_language())
    t = catalog()
    parser = _Parser(
        prog="coopnet", description=t.translate("CLIHelp", "coopnet — tools for rural broadband cooperatives")
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"coopnet {__version__}",
        help=t.translate("CLIHelp", "show program's version number and exit"),
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help=t.translate("CLIHelp", "log details on stderr")
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    imp = sub.add_parser("import", help=t.translate("CLIHelp", "import data into a project"))
    import_sub = imp.add_subparsers(dest="what", metavar="WHAT", parser_class=_Parser)
    imp.set_defaults(func=lambda args: (imp.print_help(), 2)[1])
    for module in command_modules():
        module.register(sub, import_sub)
    from coopnet.cli.common import add_wait_option

    for group in (sub, import_sub):
        for name, command in group.choices.items():
            if name not in ("gui", "import"):
                add_wait_option(command)
    return parser


def _leave_now(code: int) -> None:
    """End a command that rendered with QtWebEngine (map PNG/PDF, printed documents) at once.

    Its file is written and closed and its project closed by now; what is left, QtWebEngine's
    orderly shutdown and Python's teardown of pandas, geopandas and folium, costs 0.5–1 s of
    the command for nothing. The exit handlers still run and the output is flushed."""
    import atexit
    import os

    atexit._run_exitfuncs()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    own_process = argv is None  # the ``coopnet`` command itself (tests pass their argv)
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    if not getattr(args, "func", None):
        from coopnet.cli.project_cmds import cmd_gui

        return cmd_gui(argparse.Namespace(file=None))
    if getattr(args, "wait", False):
        from coopnet.store import safety

        safety.wait_forever()
    try:
        code = int(args.func(args) or 0)
        if own_process and args.command != "gui":
            if "PySide6.QtWebEngineCore" in sys.modules:
                _leave_now(code)
            # Files and projects are closed: the collector need not walk every object again at
            # exit (the 40 000 communes of the reference, shapely, numpy…): 0.15–0.3 s a command.
            import gc

            gc.freeze()
        return code
    except CoopnetError as exc:
        # One line, whatever file names it quotes (a name can hold a newline or escape codes).
        sys.stderr.write(f"coopnet: {shown(user_text(exc, getattr(args, 'lang', None)))}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("coopnet: " + catalog().translate("CLI", "interrupted") + "\n")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: log it in full, show one line
        logging.getLogger("coopnet").debug("unexpected error", exc_info=True)
        from coopnet.store import safety

        if safety.is_busy_error(exc):  # busy outside ``open_project``: same one line
            from coopnet.cli.common import busy_error

            busy = busy_error(Path(getattr(args, "file", "") or "project"))
            sys.stderr.write(f"coopnet: {user_text(busy, getattr(args, 'lang', None))}\n")
            return busy.exit_code
        storage = storage_problem(exc)  # full disk, read-only file: not a bug
        if storage:
            sys.stderr.write(f"coopnet: {shown(user_text(exc, getattr(args, 'lang', None)))}\n")
            return 1
        sys.stderr.write(
            "coopnet: "
            + catalog()
            .translate("CLI", "unexpected error: {error} (run with -v for details)")
            .format(error=f"{type(exc).__name__}: {exc}")
            + "\n"
        )
        return 1
