"""Pledge import/export, volunteer files (extract/merge), personal data, pledge form."""

from __future__ import annotations

import argparse
from pathlib import Path

from coopnet.cli.common import existing_file, open_project, print_json
from coopnet.core.shown import shown
from coopnet.errors import UsageError
from coopnet.translation import catalog


def _subgroup(sub, name: str, help: str):
    """The subparsers of top-level command ``name`` (made once, shared by domains)."""
    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, help=help)
        parser.set_defaults(func=lambda args: (parser.print_help(), 2)[1])
        group = parser.add_subparsers(dest=f"{name}_what", metavar="WHAT", parser_class=type(parser))
        parser._coopnet_group = group
    return parser._coopnet_group


def register(sub, import_sub) -> None:
    t = catalog()
    p = import_sub.add_parser(
        "pledges", help=t.translate("CLIHelp", "import household pledges from a CSV or XLSX file")
    )
    p.add_argument("file", metavar="FILE", help=t.translate("CLIHelp", "the project file (.coopnet)"))
    p.add_argument("source", metavar="SRC", help=t.translate("CLIHelp", "pledges as .csv or .xlsx"))
    p.add_argument(
        "--reject-file",
        metavar="REJ.csv",
        help=t.translate("CLIHelp", "where bad rows go (default: SRC-rejects.csv next to SRC)"),
    )
    p.add_argument(
        "--encoding",
        metavar="E",
        help=t.translate("CLIHelp", "utf-8, utf-8-sig, cp1252… (default: detected)"),
    )
    p.add_argument("--delimiter", metavar="D", help=t.translate("CLIHelp", "; , or tab (default: detected)"))
    p.add_argument(
        "--volunteer",
        metavar="NAME",
        help=t.translate("CLIHelp", "stamped on rows without a Bénévole column"),
    )
    p.add_argument(
        "--lang",
        choices=("fr", "en"),
        default=None,
        help=t.translate(
            "CLIHelp", "language of the counts and of the reject reasons (default: the system's)"
        ),
    )
    p.add_argument(
        "--consent-basis",
        metavar="TEXT",
        help=t.translate(
            "CLIHelp",
            "for a list without a consent column: the legal basis and "
            "its evidence, stated once and recorded on each row "
            '(e.g. "paper forms kept at the town hall")',
        ),
    )
    p.add_argument("--json", action="store_true", help=t.translate("CLIHelp", "print the counts as JSON"))
    p.set_defaults(func=cmd_import_pledges)

    export_sub = _subgroup(sub, "export", t.translate("CLIHelp", "export data from a project"))
    p = export_sub.add_parser(
        "pledges", help=t.translate("CLIHelp", "export pledges to CSV (; UTF-8 BOM) or XLSX")
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("output", metavar="OUT", help=t.translate("CLIHelp", "OUT.csv or OUT.xlsx"))
    p.add_argument(
        "--village",
        metavar="INSEE",
        action="append",
        help=t.translate("CLIHelp", "only this village (repeatable)"),
    )
    from coopnet.cli.common import add_lang_option

    add_lang_option(p)
    p.set_defaults(func=cmd_export_pledges)

    p = sub.add_parser(
        "extract", help=t.translate("CLIHelp", "make a volunteer file with some villages only")
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--village",
        metavar="INSEE",
        action="append",
        required=True,
        help=t.translate("CLIHelp", "a village to include (repeatable)"),
    )
    p.add_argument("-o", "--output", metavar="VOLUNTEER.coopnet", required=True)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("merge", help=t.translate("CLIHelp", "merge a volunteer file back into the project"))
    p.add_argument("file", metavar="FILE")
    p.add_argument("volunteer", metavar="VOLUNTEER.coopnet")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_merge)

    gdpr = sub.add_parser("gdpr", help=t.translate("CLIHelp", "personal data: export, erase, purge (GDPR)"))
    gdpr.set_defaults(func=lambda args: (gdpr.print_help(), 2)[1])
    gsub = gdpr.add_subparsers(dest="gdpr_what", metavar="ACTION", parser_class=type(gdpr))
    p = gsub.add_parser("export", help=t.translate("CLIHelp", "everything held on one household, as JSON"))
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--household", metavar="ID", required=True, help=t.translate("CLIHelp", "pledge id (or door id)")
    )
    p.add_argument("-o", "--output", metavar="OUT.json", required=True)
    p.set_defaults(func=cmd_gdpr_export)
    p = gsub.add_parser(
        "erase", help=t.translate("CLIHelp", "remove a household's personal fields (statistics kept)")
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--household", metavar="ID", required=True)
    p.add_argument(
        "--backups",
        action="store_true",
        help=t.translate("CLIHelp", "also erase the household in the project's backups"),
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_gdpr_erase)
    p = gsub.add_parser(
        "purge", help=t.translate("CLIHelp", "anonymise non-members with no contact for N months")
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--older-than-months", metavar="N", type=int, required=True)
    p.set_defaults(func=cmd_gdpr_purge)

    p = sub.add_parser(
        "pledge-form", help=t.translate("CLIHelp", "printable pledge form (PDF) with the data notice")
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    add_lang_option(p)
    p.set_defaults(func=cmd_pledge_form)


def cmd_import_pledges(args: argparse.Namespace) -> int:
    from coopnet.io.pledges_import import default_reject_path, import_pledges
    from coopnet.translation import catalog, default_language

    lang = args.lang or default_language()
    source = existing_file(args.source)
    reject = Path(args.reject_file) if args.reject_file else default_reject_path(source)
    with open_project(existing_file(args.file)) as project:
        result = import_pledges(
            project,
            source,
            reject_file=reject,
            encoding=args.encoding,
            delimiter=args.delimiter,
            volunteer=args.volunteer,
            lang=lang,
            consent_basis=args.consent_basis,
        )
    if args.json:
        print_json(result.as_dict())
        return 0
    t = catalog(lang)
    print(t.translate("ImportPledgesCli", "imported: {n}").format(n=result.imported))
    print(t.translate("ImportPledgesCli", "updated: {n}").format(n=result.updated))
    print(t.translate("ImportPledgesCli", "unchanged: {n}").format(n=result.unchanged))
    print(t.translate("ImportPledgesCli", "possible duplicates: {n}").format(n=result.possible_duplicates))
    print(t.translate("ImportPledgesCli", "rejected: {n}").format(n=result.rejected))
    if result.reject_file:
        print(t.translate("ImportPledgesCli", "reject file: {path}").format(path=shown(result.reject_file)))
    return 0


def cmd_export_pledges(args: argparse.Namespace) -> int:
    from coopnet.io.pledges_export import export_pledges

    if Path(args.output).suffix.lower() not in (".csv", ".xlsx"):
        raise UsageError(f"{args.output}: choose a .csv or .xlsx file name")
    with open_project(existing_file(args.file), readonly=True) as project:
        count = export_pledges(project, args.output, villages=args.village, lang=args.lang)
    print(f"exported: {count} pledges to {shown(args.output)}")
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from coopnet.store.extract import extract

    with open_project(existing_file(args.file)) as project:
        info = extract(project, args.output, args.village)
    print(
        f"volunteer file: {shown(args.output)} ({info['villages']} villages, {info['doors']} doors, "
        f"{info['pledges']} pledges)"
    )
    return 0


def printable(text) -> str:
    """An id from a volunteer file, as one harmless line (no escape codes, no newlines)."""
    return str(text).encode("unicode_escape").decode("ascii")[:80]


def cmd_merge(args: argparse.Namespace) -> int:
    from coopnet.store.merge import merge_file

    volunteer = existing_file(args.volunteer)
    with open_project(existing_file(args.file)) as project:
        result = merge_file(project, volunteer)
    report = result.as_dict()
    if args.json:
        print_json(report)
        return 0
    print(f"taken: {result.taken}")
    print(f"conflicts: {result.conflicts}")
    print(f"unchanged: {result.unchanged}")
    for key in ("already_recorded", "skipped", "kept_erased"):
        if report[key]:
            print(f"{key.replace('_', ' ')}: {report[key]}")
    # Records outside the extract's villages, and values the form would refuse: each listed.
    for key in ("refused", "rejected"):
        if report[key]:
            print(f"{key}: {len(report[key])}")
            for item in report[key]:
                print(f"  {item['entity'][:-1]} {printable(item['id'])}: {item['reason']}")
    if result.conflicts:
        print("open the project in coopnet (File ▸ Merge volunteer file…) to resolve the conflicts")
    return 0


def cmd_gdpr_export(args: argparse.Namespace) -> int:
    from coopnet.store.gdpr import export_household
    import json
    from coopnet.io.output_file import check_folder, output_file

    check_folder(args.output)
    with open_project(existing_file(args.file)) as project:
        data = export_household(project, args.household)
    with output_file(args.output) as tmp:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    print(f"exported: household {shown(args.household)} to {shown(args.output)}")
    return 0


def cmd_gdpr_erase(args: argparse.Namespace) -> int:
    import json
    from coopnet.store.gdpr import erase_report

    with open_project(existing_file(args.file)) as project:
        report = erase_report(project, args.household, erase_backups=args.backups)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(
        f"erased: personal data of {report['erased']} pledge(s) of household "
        f"{shown(args.household)}; village, status and tier kept"
    )
    for path in report["backups_erased"]:
        print(f"erased in backup: {shown(path)}")
    if report["backups_holding"]:
        print(
            f"{len(report['backups_holding'])} backup(s) still hold this household "
            "(run again with --backups to erase it there too):"
        )
        for path in report["backups_holding"]:
            print(f"  {shown(path)}")
    else:
        print("no backup holds this household's personal data")
    return 0


def cmd_gdpr_purge(args: argparse.Namespace) -> int:
    from coopnet.store.gdpr import purge

    if args.older_than_months < 1:
        raise UsageError("--older-than-months must be at least 1")
    with open_project(existing_file(args.file)) as project:
        count = purge(project, args.older_than_months)
    print(f"anonymised: {count} non-member pledge(s) with no contact for {args.older_than_months} months")
    return 0


def cmd_pledge_form(args: argparse.Namespace) -> int:
    from coopnet.io.pledge_form_pdf import write_pledge_form

    if Path(args.output).suffix.lower() != ".pdf":
        raise UsageError(f"{args.output}: the form is a PDF (OUT.pdf)")
    with open_project(existing_file(args.file), readonly=True) as project:
        write_pledge_form(project, args.output, lang=args.lang)
    print(f"pledge form: {shown(args.output)}")
    return 0
