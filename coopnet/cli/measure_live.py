"""Measured traffic, live and published: ``coopnet watch``, ``measure publish``, ``measure brief``."""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from coopnet.cli.common import add_lang_option, open_project
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.errors import CoopnetError
from coopnet.store import scenarios
from coopnet.translation import catalog

_BAD_OUTPUT = QT_TRANSLATE_NOOP("MeasureCli", "{path}: the brief is written as .pdf or .xlsx")
_BAD_EVERY = QT_TRANSLATE_NOOP("Watch", "--every: at least 1 second")
_NO_AUTH = QT_TRANSLATE_NOOP("Watch", "give either --community or --v3-user, not both")


def _t(args):
    return catalog(getattr(args, "lang", None))


def register(sub, msub) -> None:
    """Adds ``brief`` and ``publish`` to ``coopnet measure`` and the ``coopnet watch`` command."""
    t = catalog()
    s = msub.add_parser(
        "brief",
        help=t.translate(
            "CLIHelp",
            "renegotiation brief (PDF or XLSX, counts only): when the commit is passed, what to ask for",
        ),
    )
    s.add_argument("file", help=t.translate("CLIHelp", "project file"))
    s.add_argument("-o", "--output", required=True, help=t.translate("CLIHelp", "OUT.pdf or OUT.xlsx"))
    s.add_argument("--scenario", default=scenarios.BASE)
    s.add_argument("--members", type=int, metavar="N")
    add_lang_option(s)
    s.set_defaults(func=cmd_brief)

    s = msub.add_parser(
        "publish",
        help=t.translate(
            "CLIHelp", "the members' page: self-contained offline HTML, French and English, counts only"
        ),
    )
    s.add_argument("file", help=t.translate("CLIHelp", "project file"))
    s.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="DIR",
        help=t.translate("CLIHelp", "folder to write index.html (French) and index.en.html"),
    )
    s.add_argument("--scenario", default=scenarios.BASE)
    add_lang_option(s)
    s.set_defaults(func=cmd_publish)

    p = sub.add_parser(
        "watch",
        help=t.translate(
            "CLIHelp", "poll a router's traffic counters over SNMP and store them in the project"
        ),
    )
    p.add_argument("file", help=t.translate("CLIHelp", "project file"))
    p.add_argument(
        "--snmp", required=True, metavar="HOST", help=t.translate("CLIHelp", "the router's address")
    )
    p.add_argument("--port", type=int, default=161)
    p.add_argument("--community", help=t.translate("CLIHelp", "SNMP v2c community (default: public)"))
    p.add_argument("--v3-user", metavar="U", help=t.translate("CLIHelp", "SNMP v3 user"))
    p.add_argument("--v3-auth-key", metavar="KEY")
    p.add_argument("--v3-auth-protocol", default="sha", metavar="md5|sha|sha256|sha512")
    p.add_argument("--v3-priv-key", metavar="KEY")
    p.add_argument("--v3-priv-protocol", default="aes", metavar="des|aes|aes256")
    p.add_argument(
        "--if",
        dest="interface",
        required=True,
        metavar="NAME",
        help=t.translate("CLIHelp", "interface name on the router (ifName or ifDescr)"),
    )
    p.add_argument(
        "--every",
        type=float,
        default=300,
        metavar="SECONDS",
        help=t.translate("CLIHelp", "seconds between polls (default: %(default)s)"),
    )
    p.add_argument("--count", type=int, metavar="N", help=t.translate("CLIHelp", "stop after N polls"))
    p.add_argument("--timeout", type=float, default=2.0, metavar="SECONDS")
    p.add_argument(
        "--publish",
        metavar="DIR",
        help=t.translate("CLIHelp", "refresh the members' page in DIR at each poll"),
    )
    p.add_argument("--scenario", default=scenarios.BASE)
    add_lang_option(p)
    p.set_defaults(func=cmd_watch)


def cmd_brief(args) -> int:
    from coopnet.cli.measure_more import calibration
    from coopnet.io.measure_brief import brief_data, write_brief
    from coopnet.io.measure_reports import reports
    from coopnet.store import measure as store
    from coopnet.io.output_file import check_folder

    out = Path(args.output)
    if out.suffix.lower() not in (".pdf", ".xlsx"):
        raise CoopnetError(_BAD_OUTPUT.format(path=out.name), 2)
    check_folder(out)  # before the work
    with open_project(args.file) as project:
        cal = calibration(project, args.scenario, None, None, args.members, args.lang)
        months = reports(project, args.scenario)["months"]
        d = brief_data(project, cal, months, store.members_by_village(project), args.lang)
    write_brief(out, d)
    print(_t(args).translate("MeasureCli", "renegotiation brief written: {path}").format(path=out))
    return 0


def cmd_publish(args) -> int:
    from coopnet.io.measure_publish import publish
    from coopnet.io.output_file import check_folder

    if not Path(args.output).is_dir():
        check_folder(Path(args.output))  # before the work: its parent must be there
    with open_project(args.file, readonly=True) as project:
        paths = publish(project, Path(args.output), args.scenario)
    print(
        _t(args)
        .translate("MeasureCli", "members' page written: {paths}")
        .format(paths=", ".join(str(p) for p in paths))
    )
    return 0


def cmd_watch(args) -> int:
    from coopnet.io.measure_snmp import Target, Watcher

    t = _t(args)
    if args.every < 1:
        raise CoopnetError(_BAD_EVERY, 2)
    if args.community and args.v3_user:
        raise CoopnetError(_NO_AUTH, 2)
    target = Target(
        args.snmp,
        args.port,
        args.community or "public",
        args.v3_user,
        args.v3_auth_key,
        args.v3_auth_protocol.lower(),
        args.v3_priv_key,
        args.v3_priv_protocol.lower(),
        timeout=args.timeout,
        retries=0,
    )
    watcher = Watcher(Path(args.file), target, args.interface, args.every)
    mbps = t.translate("MeasureCli", "{value} Mbps")
    polls = 0
    next_at = time.monotonic()
    while args.count is None or polls < args.count:
        result = watcher.step()
        polls += 1
        stamp = dt.datetime.now().strftime("%H:%M:%S")
        if not result["ok"]:
            line = t.translate(
                "Watch", "{time} {interface}: the router does not answer ({error}); the gap will be recorded"
            ).format(time=stamp, interface=args.interface, error=result["error"])
        elif result["gap"]:
            line = t.translate(
                "Watch", "{time} {interface}: answering again; gap recorded from {start}"
            ).format(
                time=stamp,
                interface=args.interface,
                start=dt.datetime.fromtimestamp(result["gap"][0]).strftime("%d/%m/%Y %H:%M:%S"),
            )
        elif result["rate_in_bps"] is None:
            line = t.translate("Watch", "{time} {interface}: first reading").format(
                time=stamp, interface=args.interface
            )
        else:
            line = t.translate("Watch", "{time} {interface}: in {down}, out {up}").format(
                time=stamp,
                interface=args.interface,
                down=mbps.format(value=t.number(result["rate_in_bps"] / 1e6, 2)),
                up=mbps.format(value=t.number(result["rate_out_bps"] / 1e6, 2)),
            )
        print(line, flush=True)
        if args.publish and result["ok"]:
            from coopnet.errors import user_text
            from coopnet.io.measure_publish import publish

            try:
                with open_project(args.file, readonly=True) as project:
                    publish(project, Path(args.publish), args.scenario)
            except CoopnetError as exc:  # a full disk: said, and the watch goes on
                print(f"coopnet: {user_text(exc, args.lang)}", file=sys.stderr, flush=True)
        if args.count is not None and polls >= args.count:
            break
        # behind time (a slow poll): the next one at once, but never within the same second
        # (a rate needs two readings at different times)
        next_at = max(next_at + args.every, time.monotonic() + 1.0)
        time.sleep(max(0.0, next_at - time.monotonic()))
        sys.stdout.flush()
    return 0
