"""Doors and canvassing commands: import addresses, village thresholds, doors, visits."""

from __future__ import annotations

import sys

from coopnet.cli.common import existing_file, open_project, print_json
from coopnet.core import fr
from coopnet.core.shown import shown
from coopnet.core import members as core
from coopnet.core import thresholds as th
from coopnet.errors import CoopnetError, UsageError
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.translation import catalog


def register(sub, import_sub) -> None:
    t = catalog()
    p = import_sub.add_parser(
        "addresses", help=t.translate("CLIHelp", "doors from a BAN file (adresses-XX.csv or .csv.gz)")
    )
    p.add_argument("file", help=t.translate("CLIHelp", "project file"))
    p.add_argument("source", help=t.translate("CLIHelp", "BAN file: adresses-XX.csv or adresses-XX.csv.gz"))
    p.add_argument(
        "--reject-file",
        metavar="REJ.csv",
        help=t.translate("CLIHelp", "write rejected rows here, with a reason"),
    )
    p.add_argument(
        "--allow-removals",
        action="store_true",
        help=t.translate(
            "CLIHelp",
            "remove never-visited doors missing from the file even when many (over 5 %%) of a village's",
        ),
    )
    p.set_defaults(func=cmd_import_addresses)

    p = sub.add_parser(
        "village", help=t.translate("CLIHelp", "show or set a village's threshold and deadline")
    )
    p.add_argument("file", help=t.translate("CLIHelp", "project file"))
    p.add_argument("insee", help=t.translate("CLIHelp", "INSEE code of the village (e.g. 78616)"))
    p.add_argument(
        "--threshold",
        metavar="120|40%",
        help=t.translate("CLIHelp", "households needed: a count, or a share of eligible doors"),
    )
    p.add_argument(
        "--include-secondary",
        action="store_true",
        help=t.translate("CLIHelp", "count vacant doors and second homes as eligible"),
    )
    p.add_argument(
        "--exclude-secondary",
        action="store_true",
        help=t.translate("CLIHelp", "leave vacant doors and second homes out (the default)"),
    )
    p.add_argument(
        "--deadline", metavar="DD/MM/YYYY", help=t.translate("CLIHelp", "deadline (“none” to clear)")
    )
    p.add_argument(
        "--json", action="store_true", help=t.translate("CLIHelp", "print the village's progress as JSON")
    )
    p.set_defaults(func=cmd_village)

    p = sub.add_parser("doors", help=t.translate("CLIHelp", "list a village's doors with their status"))
    p.add_argument("file", help=t.translate("CLIHelp", "project file"))
    p.add_argument("--village", required=True, metavar="INSEE")
    p.add_argument(
        "--status", choices=core.DOOR_STATUSES, help=t.translate("CLIHelp", "only doors with this status")
    )
    p.add_argument("--json", action="store_true", help=t.translate("CLIHelp", "print JSON"))
    p.set_defaults(func=cmd_doors)

    p = sub.add_parser("visit", help=t.translate("CLIHelp", "record a visit: set a door's status"))
    p.add_argument("file", help=t.translate("CLIHelp", "project file"))
    p.add_argument(
        "door", help=t.translate("CLIHelp", "door id or walk-list door code (see “coopnet doors”)")
    )
    p.add_argument(
        "status",
        help=t.translate("CLIHelp", "one of {statuses} (or its key: {keys})").format(
            statuses=", ".join(core.DOOR_STATUSES),
            keys=", ".join(f"{k}={v}" for k, v in core.STATUS_KEYS.items()),
        ),
    )
    p.add_argument("--who", help=t.translate("CLIHelp", "volunteer name (default: your user name)"))
    p.add_argument("--note", default="", help=t.translate("CLIHelp", "a note kept with the visit"))
    p.set_defaults(func=cmd_visit)

    p = sub.add_parser(
        "walklist",
        help=t.translate("CLIHelp", "print a village's doors street by street for paper canvassing (PDF)"),
    )
    p.add_argument("file", help=t.translate("CLIHelp", "project file"))
    p.add_argument("--village", required=True, metavar="INSEE")
    p.add_argument(
        "--street", metavar="S", help=t.translate("CLIHelp", "only the streets whose name contains S")
    )
    p.add_argument(
        "--status",
        metavar="not-visited,absent",
        help=t.translate("CLIHelp", "only doors with these statuses (comma-separated)"),
    )
    p.add_argument(
        "-o", "--output", required=True, metavar="OUT.pdf", help=t.translate("CLIHelp", "PDF file to write")
    )
    p.add_argument(
        "--lang",
        choices=("fr", "en"),
        help=t.translate("CLIHelp", "language of the sheets (default: the interface's)"),
    )
    p.set_defaults(func=cmd_walklist)


def cmd_import_addresses(args) -> int:
    from coopnet.io.ban import import_ban

    source = existing_file(args.source)
    with open_project(args.file) as project:
        result = import_ban(project, source, reject_file=args.reject_file, allow_removals=args.allow_removals)
    print(f"{shown(source.name)}: {result.rows} rows read")
    print(f"created: {result.created}")
    print(f"updated: {result.updated}")
    print(f"unchanged: {result.unchanged}")
    print(f"skipped (other communes): {result.skipped_other_communes}")
    for sentence in result.merged:  # old codes counted in the current commune
        print(catalog().say(sentence))
    print(
        f"rejected: {result.rejected}"
        + (
            f" (see {shown(result.reject_file)})"
            if result.reject_file
            else " (add --reject-file REJ.csv to see why)"
            if result.rejected
            else ""
        )
    )
    if result.removed or result.kept_not_in_ban:
        print(f"removed (no longer in the BAN, never visited): {result.removed}")
        print(f"kept although no longer in the BAN (visited or pledged): {result.kept_not_in_ban}")
    return 0


def _village_or_fail(project, insee: str):
    from coopnet.store import villages as vstore

    try:
        code = fr.normalize_insee(insee)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    village = vstore.get_village(project, code)
    if village is None:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("CLI", "{code}: no such village in this project (see “coopnet info”)").format(
                code=code
            )
        )
    return village


def cmd_village(args) -> int:
    from coopnet.store import villages as vstore
    from coopnet.store.progress import village_progress

    if args.include_secondary and args.exclude_secondary:
        raise UsageError(
            QT_TRANSLATE_NOOP("CLI", "--include-secondary and --exclude-secondary cannot go together")
        )
    changing = args.threshold or args.deadline or args.include_secondary or args.exclude_secondary
    with open_project(args.file, readonly=not changing) as project:
        village = _village_or_fail(project, args.insee)
        fields: dict = {}
        if args.threshold:
            try:
                count, pct = th.parse_threshold(args.threshold)
            except ValueError as exc:
                raise UsageError(
                    QT_TRANSLATE_NOOP("CLI", "--threshold: {reason}").format(reason=exc)
                ) from None
            fields.update(threshold_count=count, threshold_pct=pct)
        if args.include_secondary:
            fields["threshold_include_secondary"] = 1
        elif args.exclude_secondary:
            fields["threshold_include_secondary"] = 0
        if args.deadline:
            if args.deadline.strip().lower() in ("none", "aucune", "-"):
                fields["deadline"] = None
            else:
                try:
                    fields["deadline"] = fr.parse_date(args.deadline)
                except ValueError as exc:
                    raise UsageError(
                        QT_TRANSLATE_NOOP("CLI", "--deadline: {reason}").format(reason=exc)
                    ) from None
        if fields:
            vstore.update_village(project, village.insee, **fields)
        progress = village_progress(project)[village.insee]
    if args.json:
        print_json({"insee": village.insee, "name": village.name, **progress})
    else:
        print(progress["progress_text"])
        if progress["threshold"] is not None:
            if progress["threshold_count"]:
                rule = f"{progress['threshold_count']} households"
            elif progress.get("eligible_basis") == "households":  # no BAN doors yet
                rule = (
                    f"{fr.format_number(progress['threshold_pct'], 1)} % of "
                    f"{progress['eligible_doors']} households — based on INSEE households: "
                    "no BAN doors yet"
                )
            else:
                rule = (
                    f"{fr.format_number(progress['threshold_pct'], 1)} % of "
                    f"{progress['eligible_doors']} eligible doors"
                    + (
                        " (vacant and second homes included)"
                        if progress["include_secondary"]
                        else " (vacant and second homes left out)"
                    )
                )
            print(f"threshold: {progress['threshold']} ({rule}); deadline: {progress['deadline'] or 'none'}")
    return 0


def cmd_doors(args) -> int:
    from coopnet.core.walklist import door_code
    from coopnet.store.doors import address_text, list_doors

    with open_project(args.file, readonly=True) as project:
        village = _village_or_fail(project, args.village)
        doors = list_doors(project, village.insee)
    if args.status:
        doors = [d for d in doors if d["status"] == args.status]
    if args.json:
        print_json(
            [
                {
                    **{
                        k: d[k]
                        for k in (
                            "id",
                            "numero",
                            "rep",
                            "nom_voie",
                            "code_postal",
                            "status",
                            "status_at",
                            "status_by",
                            "source",
                            "pledges",
                            "lon",
                            "lat",
                        )
                    },
                    "code": door_code(d["id"]),
                }
                for d in doors
            ]
        )
        return 0
    out = sys.stdout
    for d in doors:
        out.write(f"{d['id']:<28} {door_code(d['id'])}  {address_text(d):<45} {d['status']}\n")
    out.write(f"{len(doors)} doors in {village.name}\n")
    return 0


def cmd_visit(args) -> int:
    from coopnet.store.visits import set_door_status

    status = args.status if args.status in core.DOOR_STATUSES else core.status_for_key(args.status)
    if status is None:
        raise UsageError(
            QT_TRANSLATE_NOOP("CLI", "“{status}” is not a door status ({statuses})").format(
                status=args.status, statuses=", ".join(core.DOOR_STATUSES)
            )
        )
    from coopnet.core.walklist import door_code
    from coopnet.store.doors import address_text, resolve_door

    with open_project(args.file) as project:
        door = resolve_door(project, args.door.strip())
        visit_id = set_door_status(project, door["id"], status, who=args.who, note=args.note)
    shown = (
        args.door if args.door.strip() == door["id"] else f"{door_code(door['id'])} ({address_text(door)})"
    )
    print(f"{shown}: {status} (visit {visit_id})")
    return 0


def cmd_walklist(args) -> int:
    from coopnet.core.walklist import parse_statuses
    from coopnet.io.walklist_pdf import build_walklist, write_walklist

    try:
        statuses = parse_statuses(args.status)
    except ValueError as exc:
        raise UsageError(
            QT_TRANSLATE_NOOP("CLI", "--status: “{word}” is not a door status ({statuses})").format(
                word=str(exc), statuses=", ".join(s.replace("_", "-") for s in core.DOOR_STATUSES)
            )
        ) from None
    with open_project(args.file, readonly=True) as project:
        village = _village_or_fail(project, args.village)
        walk = build_walklist(project, village.insee, street=args.street, statuses=statuses)
        path = write_walklist(project, walk, args.output, lang=args.lang)
    print(f"wrote {path}: {walk.doors} doors in {len(walk.streets)} streets of {walk.village}")
    return 0
