"""Model commands: scenario, model, traffic, brief."""

from __future__ import annotations

import sys
from pathlib import Path

from coopnet.cli import model_output
from coopnet.cli.common import add_lang_option, open_project, print_json
from coopnet.core import params as P
from coopnet.errors import CoopnetError, UsageError
from coopnet.io.output_file import check_folder
from coopnet.store import scenarios
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.translation import catalog


def register(sub, import_sub) -> None:
    t = catalog()
    p = sub.add_parser("scenario", help=t.translate("CLIHelp", "list, show, change and copy model scenarios"))
    p.add_argument("file", help=t.translate("CLIHelp", "project file"))
    ssub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=p.__class__)
    p.set_defaults(func=lambda args, parser=p: (parser.print_help(), 2)[1])
    s = ssub.add_parser("list", help=t.translate("CLIHelp", "the scenarios of the project"))
    add_lang_option(s)
    s.set_defaults(func=cmd_list)
    s = ssub.add_parser(
        "show", help=t.translate("CLIHelp", "every parameter of a scenario, with unit and source")
    )
    s.add_argument("name")
    s.add_argument("--json", action="store_true")
    add_lang_option(s)
    s.set_defaults(func=cmd_show)
    s = ssub.add_parser("set", help=t.translate("CLIHelp", "change parameters: key=value …"))
    s.add_argument("name")
    s.add_argument("assignments", nargs="+", metavar="KEY=VALUE")
    add_lang_option(s)
    s.set_defaults(func=cmd_set)
    for action, helptext in (
        ("copy", t.translate("CLIHelp", "copy a scenario under a new name")),
        ("rename", t.translate("CLIHelp", "rename a scenario")),
    ):
        s = ssub.add_parser(action, help=helptext)
        s.add_argument("name")
        s.add_argument("new")
        add_lang_option(s)
        s.set_defaults(func=cmd_copy if action == "copy" else cmd_rename)
    s = ssub.add_parser("delete", help=t.translate("CLIHelp", "delete a scenario"))
    s.add_argument("name")
    add_lang_option(s)
    s.set_defaults(func=cmd_delete)

    p = sub.add_parser("model", help=t.translate("CLIHelp", "cost and financing model of a scenario"))
    p.add_argument("file")
    p.add_argument("--scenario", default=scenarios.BASE)
    p.add_argument("--json", action="store_true", help=t.translate("CLIHelp", "print one JSON object"))
    p.add_argument(
        "-o", "--output", help=t.translate("CLIHelp", "also write the live Excel workbook (OUT.xlsx)")
    )
    add_lang_option(p)
    p.set_defaults(func=cmd_model)

    p = sub.add_parser(
        "traffic",
        help=t.translate("CLIHelp", "aggregated traffic: capacity, pooling gain, 95th-percentile commit"),
    )
    p.add_argument("file")
    p.add_argument("--scenario", default=scenarios.BASE)
    p.add_argument("--json", action="store_true")
    add_lang_option(p)
    p.set_defaults(func=cmd_traffic)

    p = sub.add_parser("brief", help=t.translate("CLIHelp", "carrier brief (request for quote), PDF or XLSX"))
    p.add_argument("file")
    p.add_argument("--scenario", default=scenarios.BASE)
    p.add_argument("-o", "--output", required=True, help=t.translate("CLIHelp", "OUT.pdf or OUT.xlsx"))
    add_lang_option(p)
    p.set_defaults(func=cmd_brief)


# -- scenario ---------------------------------------------------------------
_t = model_output.lang


def _choice(t, key: str, value) -> str:
    """What a choice value means (“the cooperative builds its own network”), in ``t``'s language."""
    meaning = P.CHOICE_LABELS.get((key, value))
    return t.say(meaning) if meaning else str(value)


def cmd_list(args) -> int:
    t = _t(args)
    with open_project(args.file) as project:
        scenarios.ensure_base(project)
        rows = scenarios.list_scenarios(project)
    for r in rows:
        changed = ", ".join(f"{k}={v}" for k, v in sorted(r["params"].items()))
        print(r["name"].ljust(20) + " " + (changed or t.translate("ModelCli", "defaults")))
    return 0


def _display(spec: P.Param, value, t) -> str:
    """A parameter value as the reader writes it: the key of a choice, numbers in ``t``'s format."""
    if spec.kind == "choice":
        return str(value)
    if spec.percent:
        return t.percent(value, 2)
    number = t.number(value, 2 if spec.kind == "float" else 0)
    return f"{number} {t.translate('Unit', spec.unit)}".strip() if spec.unit else number


def _source(spec: P.Param, t) -> str:
    """Where the default comes from; for a choice, the values to type and what they mean."""
    if spec.kind == "choice":
        return "; ".join(f"{v} = {_choice(t, spec.key, v)}" for v in spec.choices)
    source = t.translate("ParamSource", spec.source)
    return t.translate("ModelCli", "estimate — {source}").format(source=source) if spec.estimate else source


def cmd_show(args) -> int:
    t = _t(args)
    with open_project(args.file) as project:
        scenarios.ensure_base(project)
        row = scenarios.get(project, args.name)
        values = scenarios.values(project, args.name)
    items = [
        {
            "key": s.key,
            "label": s.label,
            "group": s.group,
            "value": values[s.key],
            "unit": s.unit,
            "default": s.default,
            "changed": s.key in row["params"] and row["params"][s.key] != s.default,
            "estimate": s.estimate,
            "source": s.source_text(),
        }
        for s in P.PARAMS
    ]
    if args.json:
        print_json({"scenario": args.name, "notes": row.get("notes") or "", "parameters": items})
        return 0
    print(
        t.translate("ModelCli", "scenario {name}").format(name=args.name)
        + (" — " + scenarios.notes_text(row["notes"], t) if row.get("notes") else "")
    )
    changed = {i["key"] for i in items if i["changed"]}
    for group in P.GROUPS:
        print(f"\n[{t.say(P.GROUP_LABELS[group])}]")
        for s in (s for s in P.PARAMS if s.group == group):
            mark = "*" if s.key in changed else " "
            print(f" {mark}{s.key:<30} {_display(s, values[s.key], t):>18}   {_source(s, t)}")
    print("\n" + t.translate("ModelCli", "* changed from the default"))
    return 0


def cmd_set(args) -> int:
    t = _t(args)
    changes = {}
    for item in args.assignments:
        if "=" not in item:
            raise UsageError(
                QT_TRANSLATE_NOOP("ModelCli", "“{item}”: expected key=value (e.g. take_rate=0.4)").format(
                    item=item
                )
            )
        key, value = item.split("=", 1)
        changes[key.strip()] = value.strip()
    with open_project(args.file) as project:
        scenarios.ensure_base(project)
        values = scenarios.set_values(project, args.name, changes)
    for key in changes:
        print(f"{args.name}: {key} = {_display(P.BY_KEY[key], values[key], t)}")
    return 0


def cmd_copy(args) -> int:
    with open_project(args.file) as project:
        scenarios.ensure_base(project)
        scenarios.copy(project, args.name, args.new)
    print(_t(args).translate("ModelCli", "copied {name} → {new}").format(name=args.name, new=args.new))
    return 0


def cmd_rename(args) -> int:
    with open_project(args.file) as project:
        scenarios.ensure_base(project)
        scenarios.rename(project, args.name, args.new)
    print(_t(args).translate("ModelCli", "renamed {name} → {new}").format(name=args.name, new=args.new))
    return 0


def cmd_delete(args) -> int:
    with open_project(args.file) as project:
        scenarios.delete(project, args.name)
    print(_t(args).translate("ModelCli", "deleted {name}").format(name=args.name))
    return 0


# -- model, traffic, brief ------------------------------------------------------
def load(path: str, scenario: str):
    """(project name, parameter values, model inputs, tier table) of a scenario."""
    from coopnet.geo.model_inputs import gather
    from coopnet.store.model_inputs import tier_table

    with open_project(path) as project:
        scenarios.ensure_base(project)
        values = scenarios.values(project, scenario)
        return values, gather(project), tier_table(project)


def _run(values, inputs):
    from coopnet.core.costs import run_model

    try:
        return run_model(values, inputs)
    except P.ParamError as exc:
        raise CoopnetError(exc.args[0]) from None  # keeps a core Msg, said in the user's language


def cmd_model(args) -> int:
    from coopnet.core.costs import model_json

    if args.output:
        out = Path(args.output)
        if out.suffix.lower() != ".xlsx":
            raise UsageError(
                QT_TRANSLATE_NOOP("ModelCli", "{file}: the model workbook is an .xlsx file").format(
                    file=out.name
                )
            )
        check_folder(out)
    values, inputs, _ = load(args.file, args.scenario)
    result = _run(values, inputs)
    data = model_json(result, args.scenario)
    if args.output:
        from coopnet.io.workbook import export_workbook

        export_workbook(out, args.scenario, values, inputs, result, lang=args.lang)
    model_output.show(args, data, model_lines)
    if args.output:
        model_output.wrote(args, args.output, sys.stderr)
    return 0


def _row(cells, widths) -> str:
    return " ".join(str(c).rjust(w) for c, w in zip(cells, widths))


def model_lines(d: dict, t) -> list[str]:
    """The model's key figures and cash flow as text, in ``t``'s language and number format."""
    fee = d["monthly_fee_breakeven_eur"]
    if fee is not None:
        breakeven = t.translate("ModelCli", "break-even fee {fee} HT ({fee_ttc} TTC)").format(
            fee=t.money(fee), fee_ttc=t.money(d["monthly_fee_breakeven_ttc_eur"])
        )
    else:
        breakeven = t.say(d["breakeven_fee_note"])
    rate = d["breakeven_take_rate"]
    from coopnet.io.model_text import counted_text, irr_text, members_text, payback_text

    lines = [
        t.translate("ModelCli", "scenario {name}: {model}; take-up: {source}").format(
            name=d["scenario"],
            model=_choice(t, "operating_model", d["operating_model"]),
            source=_choice(t, "take_up_source", d["take_up_source"]),
        ),
        t.translate("ModelCli", "members: {members}").format(members=members_text(d, t)),
        t.translate("ModelCli", "villages: {counted}").format(counted=counted_text(d, t)),
        t.translate("ModelCli", "capex over the horizon: {capex}; opex year 1: {opex}").format(
            capex=t.money(d["capex_eur"], 0), opex=t.money(d["opex_year1_eur"], 0)
        ),
        t.translate("ModelCli", "fee: {fee} HT ({fee_ttc} TTC)/month; {breakeven}").format(
            fee=t.money(d["monthly_fee_eur"]), fee_ttc=t.money(d["monthly_fee_ttc_eur"]), breakeven=breakeven
        ),
        t.translate("ModelCli", "break-even take rate: {rate}").format(
            rate=t.percent(rate, 1) if rate is not None else t.say(d["breakeven_take_rate_note"])
        ),
        t.translate("ModelCli", "NPV: {npv}").format(npv=t.money(d["npv_eur"], 0)),
        t.translate("ModelCli", "IRR: {irr}").format(irr=irr_text(d, t)),
        t.translate("ModelCli", "payback: {payback}").format(payback=payback_text(d, t)),
        t.translate("ModelCli", "lowest cash: {cash} (year {year})").format(
            cash=t.money(d["min_cash_eur"], 0), year=d["min_cash_year"]
        ),
        "",
    ]
    widths = (5, 10, 14, 14, 14, 14, 15)
    lines.append(
        _row(
            (
                t.translate("ModelCli", "year"),
                t.translate("ModelCli", "members"),
                t.translate("ModelCli", "revenue"),
                t.translate("ModelCli", "opex"),
                t.translate("ModelCli", "capex"),
                t.translate("ModelCli", "financing"),
                t.translate("ModelCli", "cash"),
            ),
            widths,
        )
    )
    for r in d["cashflow"]:
        lines.append(
            _row(
                [r["year"], t.number(r["subscribers"])]
                + [
                    t.money(r[k], 0)
                    for k in ("revenue_eur", "opex_eur", "capex_eur", "financing_eur", "cash_eur")
                ],
                widths,
            )
        )
    for m in d["messages"]:
        lines.append(t.translate("ModelCli", "note: {message}").format(message=t.say(m)))
    from coopnet.io.model_text import link_text

    link = link_text(d, t)
    if link:
        lines.append(t.translate("ModelCli", "note: {message}").format(message=link))
    return lines


def cmd_traffic(args) -> int:
    from coopnet.core.traffic import traffic_json

    values, inputs, _ = load(args.file, args.scenario)
    result = _run(values, inputs)
    data = traffic_json(result.traffic, result.params)
    data["scenario"] = args.scenario
    data.update(result.links)  # what the link distances rest on (no PoP: an assumed distance)
    return model_output.show(args, data, traffic_lines)


def traffic_lines(data: dict, t) -> list[str]:
    """Busy-hour capacity, pooling gain and commit as text, in ``t``'s language."""
    n = t.number
    lines = [
        t.translate(
            "ModelCli", "scenario {name}: {members} members, {rate} Mbps per line in the busy hour"
        ).format(
            name=data["scenario"], members=n(data["subscribers"]), rate=n(data["per_line_busy_hour_mbps"], 2)
        ),
        t.translate(
            "ModelCli", "busy-hour mean M = {mean} Mbps; capacity C = M + α√V = {capacity} Mbps (α = {alpha})"
        ).format(
            mean=n(data["busy_hour_mean_mbps"], 1),
            capacity=n(data["capacity_mbps"], 1),
            alpha=n(data["alpha"], 2),
        ),
        t.translate(
            "ModelCli", "sum of the villages' own capacities: {total} Mbps → pooling gain {gain}"
        ).format(total=n(data["sum_of_villages_mbps"], 1), gain=t.percent(data["pooling_gain"], 1)),
        t.translate(
            "ModelCli",
            "95th percentile: {p95} Mbps; recommended commit {commit} Mbps, burst {burst} Mbps, port {port}",
        ).format(
            p95=n(data["p95_mbps"], 1),
            commit=n(data["commit_mbps"]),
            burst=n(data["burst_mbps"]),
            port=data["port"],
        ),
        "",
    ]
    widths = (5, 10, 15, 14)
    lines.append(
        _row(
            (
                t.translate("ModelCli", "year"),
                t.translate("ModelCli", "members"),
                t.translate("ModelCli", "capacity Mbps"),
                t.translate("ModelCli", "commit Mbps"),
            ),
            widths,
        )
    )
    for y in data["by_year"]:
        lines.append(
            _row((y["year"], n(y["subscribers"]), n(y["capacity_mbps"], 1), n(y["commit_mbps"])), widths)
        )
    from coopnet.io.model_text import link_text

    link = link_text(data, t)
    if link:
        lines.append(t.translate("ModelCli", "note: {message}").format(message=link))
    return lines


def cmd_brief(args) -> int:
    from coopnet.io.brief import brief_data, write_brief

    out = model_output.brief_output(args.output)
    values, inputs, tiers = load(args.file, args.scenario)
    result = _run(values, inputs)
    write_brief(out, brief_data(args.scenario, inputs, tiers, result, lang=args.lang))
    model_output.wrote(args, out)
    return 0
