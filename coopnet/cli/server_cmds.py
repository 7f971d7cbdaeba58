"""Federation commands: the shared server (init, add-coop, add-user), sync, federation views."""

from __future__ import annotations

import sys

from coopnet.cli.common import print_json
from coopnet.translation import catalog


def register(sub, import_sub) -> None:
    t = catalog()
    srv = sub.add_parser(
        "server",
        help=t.translate(
            "CLIHelp", "the federation's shared PostgreSQL/PostGIS server: init, add-coop, add-user"
        ),
    )
    ssub = srv.add_subparsers(dest="server_command", metavar="ACTION", parser_class=sub._parser_class)
    srv.set_defaults(func=lambda args: (srv.print_help(), 2)[1])
    url_help = t.translate(
        "CLIHelp",
        "server address, postgresql://user@host/database (the password comes "
        "from ~/.pgpass or the system keyring, never from the project)",
    )

    p = ssub.add_parser(
        "init",
        help=t.translate(
            "CLIHelp", "create the schema, PostGIS columns, roles and access policies (safe to run again)"
        ),
    )
    p.add_argument("url", help=url_help)
    p.add_argument("--json", action="store_true", help=t.translate("CLIHelp", "print JSON"))
    p.set_defaults(func=cmd_server_init)

    p = ssub.add_parser("add-coop", help=t.translate("CLIHelp", "register a cooperative on the server"))
    p.add_argument("url", help=url_help)
    p.add_argument("name", help=t.translate("CLIHelp", "cooperative name"))
    p.add_argument("--json", action="store_true", help=t.translate("CLIHelp", "print JSON"))
    p.set_defaults(func=cmd_server_add_coop)

    p = ssub.add_parser(
        "add-user",
        help=t.translate(
            "CLIHelp",
            "create a server login: a volunteer (their villages), a board member (their "
            "cooperative) or the federation (counts only)",
        ),
    )
    p.add_argument("url", help=url_help)
    p.add_argument("name", help=t.translate("CLIHelp", "login name (lower-case letters, digits, _)"))
    p.add_argument("--coop", help=t.translate("CLIHelp", "the cooperative they belong to"))
    p.add_argument(
        "--villages",
        nargs="+",
        metavar="INSEE",
        default=[],
        help=t.translate("CLIHelp", "INSEE codes of the villages a volunteer works on"),
    )
    p.add_argument(
        "--role",
        choices=("volunteer", "board", "federation"),
        default="volunteer",
        help=t.translate("CLIHelp", "what they may see (default: volunteer)"),
    )
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help=t.translate(
            "CLIHelp", "read the password from standard input (default: a random one, shown once)"
        ),
    )
    p.add_argument("--json", action="store_true", help=t.translate("CLIHelp", "print JSON"))
    p.set_defaults(func=cmd_server_add_user)

    p = sub.add_parser(
        "sync",
        help=t.translate(
            "CLIHelp",
            "push this project's changes to the federation's server and pull the others' (all or nothing)",
        ),
    )
    p.add_argument("file", help=t.translate("CLIHelp", "project file"))
    p.add_argument(
        "--server",
        metavar="URL",
        help=t.translate("CLIHelp", "server address for the first sync (remembered, without password)"),
    )
    p.add_argument(
        "--coop",
        metavar="NAME",
        help=t.translate(
            "CLIHelp", "the project's cooperative on the server, for the first sync (remembered)"
        ),
    )
    p.add_argument("--json", action="store_true", help=t.translate("CLIHelp", "print JSON"))
    p.set_defaults(func=cmd_sync)


def cmd_server_init(args) -> int:
    from coopnet.store.server.schema import init_server

    result = init_server(args.url)
    if args.json:
        print_json(result)
    else:
        print(
            catalog()
            .translate("CLI", "{server}: coopnet schema {version} ready (PostGIS {postgis}); roles {roles}")
            .format(
                server=result["server"],
                version=result["schema_version"],
                postgis=result["postgis"],
                roles=", ".join(result["roles"]),
            )
        )
    return 0


def cmd_server_add_coop(args) -> int:
    from coopnet.store.server.schema import add_coop

    result = add_coop(args.url, args.name)
    if args.json:
        print_json(result)
    else:
        print(catalog().translate("CLI", "cooperative “{coop}” added").format(coop=result["coop"]))
    return 0


def cmd_server_add_user(args) -> int:
    from coopnet.store.server.schema import add_user

    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
    result = add_user(args.url, args.name, args.coop, args.role, args.villages, password=password)
    if args.password_stdin:
        result.pop("password")
    if args.json:
        print_json(result)
        return 0
    t = catalog()
    print(
        t.translate("CLI", "{user}: {role} of {coop}, villages {villages}").format(
            user=result["user"],
            role=result["role"],
            coop=result["coop"] or "—",
            villages=", ".join(result["villages"]) or "—",
        )
    )
    if "password" in result:
        print(
            t.translate("CLI", "password (shown once; the user puts it in ~/.pgpass): {password}").format(
                password=result["password"]
            )
        )
    return 0


def cmd_sync(args) -> int:
    from coopnet.cli.common import existing_file, open_project
    from coopnet.store.server.sync import sync_project

    with open_project(existing_file(args.file)) as project:
        result = sync_project(project, args.server, args.coop)
    if args.json:
        print_json(result)
        return 0
    print(
        catalog()
        .translate(
            "CLI",
            "synced with {server} ({coop}, {user}): {pushed} sent, {taken} received, "
            "{conflicts} conflicts to resolve, {invalid} invalid and {not_yours} outside your villages "
            "left here",
        )
        .format(**result)
    )
    return 0
