"""Project commands: gui, new, info."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coopnet.cli.common import add_lang_option, open_project
from coopnet.errors import UsageError
from coopnet.info import info_json, info_text, known_total, project_info
from coopnet.store.project import Project, SUFFIX
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.translation import catalog


def register(sub, import_sub) -> None:
    t = catalog()
    p = sub.add_parser("gui", help=t.translate("CLIHelp", "open the coopnet window (default command)"))
    p.add_argument(
        "file",
        nargs="?",
        help=t.translate("CLIHelp", "project file (default: last project, else the sample)"),
    )
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser("new", help=t.translate("CLIHelp", "create a project file"))
    p.add_argument(
        "file", help=t.translate("CLIHelp", "new project file (NAME{suffix})").format(suffix=SUFFIX)
    )
    p.add_argument(
        "--sample", action="store_true", help=t.translate("CLIHelp", "fill it with the sample cooperative")
    )
    p.add_argument("--name", help=t.translate("CLIHelp", "cooperative name"))
    p.add_argument("--force", action="store_true", help=t.translate("CLIHelp", "replace an existing file"))
    p.add_argument(
        "--commune",
        action="append",
        default=[],
        metavar="CODE|NAME",
        help=t.translate(
            "CLIHelp",
            "add this commune from the national reference: INSEE code "
            "or name, “Thoiry (78)” for homonyms (repeatable)",
        ),
    )
    p.add_argument(
        "--department",
        action="append",
        default=[],
        metavar="NN",
        help=t.translate("CLIHelp", "add every commune of this department (repeatable)"),
    )
    p.add_argument(
        "--postcode",
        action="append",
        default=[],
        metavar="NNNNN",
        help=t.translate("CLIHelp", "add every commune of this postcode (repeatable)"),
    )
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("info", help=t.translate("CLIHelp", "what a project holds"))
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help=t.translate("CLIHelp", "print one JSON object"))
    add_lang_option(p)
    p.set_defaults(func=cmd_info)


def cmd_gui(args: argparse.Namespace) -> int:
    from coopnet.ui.app import run_app

    return run_app(args.file)


def cmd_new(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if path.suffix != SUFFIX:
        raise UsageError(
            QT_TRANSLATE_NOOP("CLI", "{file}: a project file name ends in {suffix}").format(
                file=path.name, suffix=SUFFIX
            )
        )
    from_reference = args.commune or args.department or args.postcode
    if args.sample and from_reference:
        raise UsageError(
            QT_TRANSLATE_NOOP("CLI", "--sample cannot be combined with --commune, --department or --postcode")
        )
    if from_reference:
        from coopnet.io.new_project import create_from_reference, select_communes

        communes, notes = select_communes(args.commune, args.department, args.postcode)
        for note in notes:
            print(catalog().say(note))
        project = create_from_reference(path, communes, name=args.name, overwrite=args.force)
    elif args.sample:
        from coopnet.io.sample_project import create_sample_project

        project = create_sample_project(path, overwrite=args.force)
        if args.name:
            project.set_meta("cooperative_name", args.name)
    else:
        project = Project.create(path, name=args.name, overwrite=args.force)
    with project:
        # what is printed needs no links to PoPs (pyproj, shapely, numpy: 0.3 s of the command)
        info = project_info(project, links={})
    t = info["totals"]
    print(f"created {path} — {t['villages']} villages, {known_total(t, 'households', catalog())} households")
    if from_reference:
        from coopnet.info import checklist_text

        print(checklist_text(info))
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with open_project(args.file, readonly=True) as project:
        info = project_info(project)
    sys.stdout.write((info_json(info) if args.json else info_text(info, args.lang)) + "\n")
    return 0
