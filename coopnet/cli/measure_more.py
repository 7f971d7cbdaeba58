"""More measured-traffic commands: invoice, members, calibrate, brief, publish, and ``watch``."""

from __future__ import annotations

import datetime as dt

from coopnet.cli.common import add_lang_option, open_project, print_json
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.errors import CoopnetError
from coopnet.store import scenarios
from coopnet.translation import catalog

_BAD_DATE = QT_TRANSLATE_NOOP("MeasureCli", "“{value}”: a date is written dd/mm/yyyy")
_NO_MEMBERS = QT_TRANSLATE_NOOP(
    "MeasureCli", "no connected members in the project (pledges with status “member”); give --members N"
)


def _t(args):
    return catalog(getattr(args, "lang", None))


def register(sub, msub) -> None:
    """Adds the commands to ``coopnet measure`` (``msub``) and ``coopnet watch`` (``sub``)."""
    t = catalog()
    s = msub.add_parser(
        "invoice",
        help=t.translate("CLIHelp", "type in the carrier's invoice (P95 and amount) and see the difference"),
    )
    s.add_argument("file", help=t.translate("CLIHelp", "project file"))
    s.add_argument("--month", required=True, metavar="YYYY-MM")
    s.add_argument(
        "--p95",
        required=True,
        metavar="MBPS",
        help=t.translate("CLIHelp", "the 95th percentile on the carrier's invoice, in Mbps"),
    )
    s.add_argument(
        "--amount", metavar="EUR", help=t.translate("CLIHelp", "the invoice's amount (HT), in euros")
    )
    s.add_argument("--scenario", default=scenarios.BASE)
    add_lang_option(s)
    s.set_defaults(func=cmd_invoice)

    s = msub.add_parser("members", help=t.translate("CLIHelp", "connected members per village (counts only)"))
    s.add_argument("file", help=t.translate("CLIHelp", "project file"))
    s.add_argument("--json", action="store_true", help=t.translate("CLIHelp", "print one JSON object"))
    add_lang_option(s)
    s.set_defaults(func=cmd_members)

    s = msub.add_parser(
        "calibrate",
        help=t.translate(
            "CLIHelp",
            "per-line busy-hour rate and variability measured, beside the scenario's; "
            "when the commit will be passed",
        ),
    )
    s.add_argument("file", help=t.translate("CLIHelp", "project file"))
    s.add_argument("--scenario", default=scenarios.BASE)
    s.add_argument("--from", dest="date_from", metavar="DD/MM/YYYY")
    s.add_argument("--to", dest="date_to", metavar="DD/MM/YYYY")
    s.add_argument(
        "--members",
        type=int,
        metavar="N",
        help=t.translate(
            "CLIHelp", "connected members over the period (default: the project's pledges with status member)"
        ),
    )
    s.add_argument(
        "--write",
        metavar="NAME",
        help=t.translate("CLIHelp", "write the measured values into a new scenario NAME"),
    )
    s.add_argument("--json", action="store_true", help=t.translate("CLIHelp", "print one JSON object"))
    add_lang_option(s)
    s.set_defaults(func=cmd_calibrate)

    from coopnet.cli import measure_live

    measure_live.register(sub, msub)


def parse_date(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text.strip(), "%d/%m/%Y").date()
    except ValueError:
        raise CoopnetError(_BAD_DATE.format(value=text), 2) from None


def cmd_invoice(args) -> int:
    from coopnet.cli.measure_cmds import cmd_report
    from coopnet.io.measure_reports import check_month, parse_eur, parse_mbps
    from coopnet.store import measure as store

    month = check_month(args.month)
    p95 = parse_mbps(args.p95)
    amount = None if args.amount is None else parse_eur(args.amount)
    with open_project(args.file) as project:
        store.set_invoice(project, month, p95, amount)
    args.month, args.interface, args.json = [month], None, False
    return cmd_report(args)


def cmd_members(args) -> int:
    from coopnet.store import measure as store

    t = _t(args)
    with open_project(args.file, readonly=True) as project:
        rows = store.members_by_village(project)
    total = sum(r["members"] for r in rows)
    if args.json:
        print_json({"villages": rows, "members": total})
        return 0
    for r in rows:
        print(f"{r['insee']}  {r['name']:<28} {t.number(r['members']):>6}")
    print(t.translate("MeasureCli", "{n} members connected").format(n=t.number(total)))
    return 0


def calibration(
    project,
    scenario: str,
    date_from: str | None,
    date_to: str | None,
    members: int | None,
    lang: str | None = None,
) -> dict:
    """Everything ``calibrate`` shows (also used by the renegotiation brief)."""
    from zoneinfo import ZoneInfo

    from coopnet.core import measure_calibrate as mc
    from coopnet.core.measure import DEFAULT_ZONE
    from coopnet.io.measure_reports import interface_ids, load_slots, reports, scenario_values
    from coopnet.store import measure as store

    store.require_samples(project)
    params = scenario_values(project, scenario)
    ids, names = interface_ids(project)
    first, last = store.span(project, ids)
    tz = ZoneInfo(DEFAULT_ZONE)
    d0 = parse_date(date_from) if date_from else dt.datetime.fromtimestamp(first - 1, tz).date()
    d1 = parse_date(date_to) if date_to else dt.datetime.fromtimestamp(last - 1, tz).date()
    start = int(dt.datetime.combine(d0, dt.time(), tz).timestamp())
    end = int(dt.datetime.combine(d1 + dt.timedelta(days=1), dt.time(), tz).timestamp())
    if members is None:
        members = sum(r["members"] for r in store.members_by_village(project))
    if members <= 0:
        raise CoopnetError(_NO_MEMBERS)
    cal = mc.calibrate(load_slots(project, ids, start, end), members, params)
    months = reports(project, scenario)["months"]
    t = catalog(lang)
    cal.update(
        {
            "scenario": scenario,
            "interfaces": names,
            "from": d0.strftime("%d/%m/%Y"),
            "to": d1.strftime("%d/%m/%Y"),
            "provenance": mc.provenance(d0.strftime("%d/%m/%Y"), d1.strftime("%d/%m/%Y"), members, t.french),
            "forecast": mc.forecast_errors(months[-3:], members, params),
            "outlook": mc.outlook(months, params),
            "months": [{k: m[k] for k in ("month", "p95_mbps", "commit_mbps", "bill_eur")} for m in months],
        }
    )
    return cal


def cmd_calibrate(args) -> int:
    from coopnet.core import measure_calibrate as mc

    t = _t(args)
    with open_project(args.file) as project:
        cal = calibration(project, args.scenario, args.date_from, args.date_to, args.members, args.lang)
        if cal["busy_hour_mean_mbps"] is None:
            raise CoopnetError(QT_TRANSLATE_NOOP("MeasureCli", "no measured traffic in that period"))
        if args.write:
            from coopnet.io.measure_reports import scenario_values

            values = (
                {**scenarios.get(project, args.scenario)["params"]}
                if args.scenario in scenarios.names(project)
                else {}
            )
            values.update(mc.scenario_values(cal))
            scenarios.save(project, args.write, values, notes=cal["provenance"])
            cal["written"] = {"scenario": args.write, "values": mc.scenario_values(cal)}
            scenario_values(project, args.write)
    if args.json:
        print_json(cal)
        return 0
    n = t.number
    me, asm = cal["measured"], cal["assumed"]
    print(
        t.translate(
            "MeasureCli", "{from_} – {to}: {members} members, {days} busy hours measured ({interfaces})"
        ).format(
            from_=cal["from"],
            to=cal["to"],
            members=n(cal["members"]),
            days=n(cal["busy_samples"] // 12),
            interfaces=", ".join(cal["interfaces"]),
        )
    )
    head = t.translate("MeasureCli", "{what:<38} {measured:>12} {assumed:>12}")
    print(
        head.format(
            what="",
            measured=t.translate("MeasureCli", "measured"),
            assumed=t.translate("MeasureCli", "scenario"),
        )
    )
    for key, label, dec in (
        ("per_line_busy_mbps", t.translate("MeasureCli", "busy-hour rate per line (Mbps)"), 2),
        ("subscriber_cv", t.translate("MeasureCli", "per-line variability (cv)"), 2),
        ("busy_hour_factor", t.translate("MeasureCli", "busy hour ÷ average hour"), 2),
        ("gb_per_month", t.translate("MeasureCli", "usage per line (GB/month)"), 0),
    ):
        print(head.format(what=label, measured=n(me[key], dec), assumed=n(asm[key], dec)))
    for f in cal["forecast"]:
        print(
            t.translate(
                "MeasureCli",
                "{month}: busy hour forecast {forecast} Mbps, measured {measured} Mbps (error {error})",
            ).format(
                month=f["month"],
                forecast=n(f["forecast_mbps"], 1),
                measured=n(f["measured_mbps"], 1),
                error=t.percent(f["error"], 1),
            )
        )
    o = cal["outlook"]
    print(
        t.translate("MeasureCli", "growth of the P95: {growth}/year ({source})").format(
            growth=t.percent(o["growth_per_year"], 1),
            source=t.translate("MeasureCli", "measured")
            if o["growth_source"] == "measured"
            else t.translate("MeasureCli", "scenario"),
        )
    )
    if o["commit_mbps"] <= 0:
        print(t.translate("MeasureCli", "no commit in the scenario (contract_commit_mbps)"))
    elif o["already_above"]:
        print(
            t.translate(
                "MeasureCli", "the P95 is already above the commit of {commit} Mbps ({month})"
            ).format(commit=n(o["commit_mbps"]), month=o["passes_commit"])
        )
    elif o["passes_commit"]:
        print(
            t.translate("MeasureCli", "the P95 will pass the commit of {commit} Mbps in {month}").format(
                commit=n(o["commit_mbps"]), month=o["passes_commit"]
            )
        )
    else:
        print(
            t.translate(
                "MeasureCli", "the P95 will not pass the commit of {commit} Mbps within 10 years"
            ).format(commit=n(o["commit_mbps"]))
        )
    if o["ask_commit_mbps"] is not None:
        print(
            t.translate("MeasureCli", "commit to ask for ({years}-year term): {commit} Mbps").format(
                years=o["term_years"], commit=n(o["ask_commit_mbps"])
            )
        )
    if args.write:
        print(
            t.translate("MeasureCli", "scenario “{name}” written ({provenance})").format(
                name=args.write, provenance=cal["provenance"]
            )
        )
    return 0
