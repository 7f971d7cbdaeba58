"""Measured traffic commands: ``coopnet measure …`` and ``coopnet watch``."""

from __future__ import annotations

from coopnet.cli.common import add_lang_option, existing_file, open_project, print_json
from coopnet.core.fr import TIME_ZONE as DEFAULT_ZONE  # not core.measure: numpy at every start
from coopnet.store import scenarios
from coopnet.translation import catalog


def _t(args):
    return catalog(getattr(args, "lang", None))


def register(sub, import_sub) -> None:
    t = catalog()
    p = sub.add_parser(
        "measure",
        help=t.translate(
            "CLIHelp", "measured traffic: import counters, the month's 95th-percentile bill, calibration"
        ),
    )
    msub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=p.__class__)
    p.set_defaults(func=lambda args, parser=p: (parser.print_help(), 2)[1])

    s = msub.add_parser(
        "import",
        help=t.translate(
            "CLIHelp", "import measured traffic (CSV of rates or octet counters, MRTG .log, RRD XML)"
        ),
    )
    s.add_argument("file", help=t.translate("CLIHelp", "project file"))
    s.add_argument("source", metavar="SRC", help=t.translate("CLIHelp", "the measures file"))
    s.add_argument(
        "--interface",
        metavar="NAME",
        help=t.translate("CLIHelp", "interface name (default: the file's name)"),
    )
    s.add_argument(
        "--format",
        choices=("csv", "mrtg", "rrd-xml"),
        help=t.translate("CLIHelp", "file format (default: guessed from the file)"),
    )
    s.add_argument(
        "--tz",
        default=DEFAULT_ZONE,
        metavar="ZONE",
        help=t.translate("CLIHelp", "zone of times written without one (default: %(default)s)"),
    )
    s.add_argument(
        "--speed",
        type=float,
        metavar="MBPS",
        help=t.translate("CLIHelp", "interface speed in Mbps (tells a counter wrap from a reset)"),
    )
    s.add_argument("--json", action="store_true", help=t.translate("CLIHelp", "print one JSON object"))
    add_lang_option(s)
    s.set_defaults(func=cmd_import)

    s = msub.add_parser(
        "report",
        help=t.translate("CLIHelp", "the month's bill: 95th percentile, commit, overage, busy hour, peak"),
    )
    s.add_argument("file", help=t.translate("CLIHelp", "project file"))
    s.add_argument(
        "--month",
        action="append",
        metavar="YYYY-MM",
        help=t.translate("CLIHelp", "billing month (repeatable; default: every month measured)"),
    )
    s.add_argument(
        "--interface",
        action="append",
        metavar="NAME",
        help=t.translate("CLIHelp", "only this interface (repeatable; default: all, added together)"),
    )
    s.add_argument(
        "--scenario",
        default=scenarios.BASE,
        help=t.translate("CLIHelp", "scenario holding the contract (commit, rule, prices)"),
    )
    s.add_argument("--json", action="store_true", help=t.translate("CLIHelp", "print one JSON object"))
    add_lang_option(s)
    s.set_defaults(func=cmd_report)

    from coopnet.cli import measure_more

    measure_more.register(sub, msub)


def cmd_import(args) -> int:
    from coopnet.io.measure_import import import_file

    t = _t(args)
    source = existing_file(args.source)
    with open_project(args.file) as project:
        summary = import_file(project, source, args.interface, args.format, args.tz, args.speed)
    if args.json:
        print_json(summary)
        return 0
    n = t.number
    print(
        t.translate(
            "MeasureCli", "{interface}: {samples} samples from {rows} rows ({new} new, {changed} changed)"
        ).format(
            interface=summary["interface"],
            samples=n(summary["samples"]),
            rows=n(summary["rows"]),
            new=n(summary["new"]),
            changed=n(summary["changed"]),
        )
    )
    found = []
    for key, text in (
        ("duplicates", t.translate("MeasureCli", "{n} duplicated times dropped")),
        ("out_of_order", t.translate("MeasureCli", "{n} rows out of order, sorted")),
        ("wraps", t.translate("MeasureCli", "{n} counter wraps")),
        ("resets", t.translate("MeasureCli", "{n} counter resets (interval dropped)")),
        ("gaps", t.translate("MeasureCli", "{n} gaps recorded")),
        ("dst_repeats", t.translate("MeasureCli", "{n} local times in the repeated autumn hour")),
        ("invalid", t.translate("MeasureCli", "{n} empty or negative values dropped")),
    ):
        if summary[key]:
            found.append(text.format(n=n(summary[key])))
    if found:
        print("  " + "; ".join(found))
    return 0


def rule_text(t, rule: str) -> str:
    return (
        t.translate("MeasureCli", "in + out")
        if rule == "sum"
        else t.translate("MeasureCli", "higher of in and out")
    )


def cmd_report(args) -> int:
    from coopnet.io.measure_reports import local_text, reports

    t = _t(args)
    with open_project(args.file, readonly=True) as project:
        data = reports(project, args.scenario, args.month, args.interface)
    if args.json:
        print_json(data)
        return 0
    n, money = t.number, t.money
    mbps = t.translate("MeasureCli", "{value} Mbps")
    for r in data["months"]:
        print(
            t.translate("MeasureCli", "{month} — interfaces: {interfaces}; rule: {rule}").format(
                month=r["month"], interfaces=", ".join(data["interfaces"]), rule=rule_text(t, r["rule"])
            )
        )
        print(
            "  "
            + t.translate(
                "MeasureCli", "samples: {n} of {expected} ({coverage}), top {dropped} not billed, {gaps} gaps"
            ).format(
                n=n(r["samples"]),
                expected=n(r["expected_samples"]),
                coverage=t.percent(r["coverage"], 1),
                dropped=n(r["dropped_top"]),
                gaps=n(r["gaps"]),
            )
        )
        print(
            "  "
            + t.translate(
                "MeasureCli", "95th percentile: in {p_in}, out {p_out}, in + out {p_sum} → billed {p95}"
            ).format(
                p_in=mbps.format(value=n(r["p95_in_mbps"], 1)),
                p_out=mbps.format(value=n(r["p95_out_mbps"], 1)),
                p_sum=mbps.format(value=n(r["p95_sum_mbps"], 1)),
                p95=mbps.format(value=n(r["p95_mbps"], 1)),
            )
        )
        print(
            "  "
            + t.translate(
                "MeasureCli", "commit {commit}, overage {overage} = {overage_eur}; bill {bill}"
            ).format(
                commit=mbps.format(value=n(r["commit_mbps"], 1)),
                overage=mbps.format(value=n(r["overage_mbps"], 1)),
                overage_eur=money(r["overage_eur"]),
                bill=money(r["bill_eur"]),
            )
        )
        if r["busy_hour"] is not None:
            print(
                "  "
                + t.translate("MeasureCli", "busy hour {hour} h (mean {busy}); peak {peak} on {at}").format(
                    hour=r["busy_hour"],
                    busy=mbps.format(value=n(r["busy_hour_mbps"], 1)),
                    peak=mbps.format(value=n(r["peak_mbps"], 1)),
                    at=local_text(r["peak_at"]),
                )
            )
        inv = r["invoice"]
        if inv:
            amount = "" if inv["amount_eur"] is None else ", " + money(inv["amount_eur"])
            diff = mbps.format(
                value=f"{'+' if inv['p95_difference_mbps'] >= 0 else ''}{n(inv['p95_difference_mbps'], 1)}"
            )
            if inv["amount_difference_eur"] is not None:
                d = inv["amount_difference_eur"]
                diff += ", " + ("+" if d >= 0 else "") + money(d)
            verdict = (
                t.translate("MeasureCli", "agrees") if inv["agrees"] else t.translate("MeasureCli", "DIFFERS")
            )
            print(
                "  "
                + t.translate(
                    "MeasureCli", "carrier's invoice: P95 {p95}{amount} — difference {diff}: {verdict}"
                ).format(
                    p95=mbps.format(value=n(inv["p95_mbps"], 1)), amount=amount, diff=diff, verdict=verdict
                )
            )
    return 0
