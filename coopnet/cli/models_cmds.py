"""Model commands: scenario, model, traffic, brief."""

from __future__ import annotations

import sys
from pathlib import Path

from coopnet.cli.common import open_project, print_json
from coopnet.core import params as P
from coopnet.core.fr import format_amount, format_number
from coopnet.errors import CoopnetError, UsageError
from coopnet.store import scenarios


def register(sub, import_sub) -> None:
    p = sub.add_parser("scenario", help="list, show, change and copy model scenarios")
    p.add_argument("file", help="project file")
    ssub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=p.__class__)
    p.set_defaults(func=lambda args, parser=p: (parser.print_help(), 2)[1])
    s = ssub.add_parser("list", help="the scenarios of the project")
    s.set_defaults(func=cmd_list)
    s = ssub.add_parser("show", help="every parameter of a scenario, with unit and source")
    s.add_argument("name")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_show)
    s = ssub.add_parser("set", help="change parameters: key=value …")
    s.add_argument("name")
    s.add_argument("assignments", nargs="+", metavar="KEY=VALUE")
    s.set_defaults(func=cmd_set)
    for action, helptext in (("copy", "copy a scenario under a new name"),
                             ("rename", "rename a scenario")):
        s = ssub.add_parser(action, help=helptext)
        s.add_argument("name")
        s.add_argument("new")
        s.set_defaults(func=cmd_copy if action == "copy" else cmd_rename)
    s = ssub.add_parser("delete", help="delete a scenario")
    s.add_argument("name")
    s.set_defaults(func=cmd_delete)

    p = sub.add_parser("model", help="cost and financing model of a scenario")
    p.add_argument("file")
    p.add_argument("--scenario", default=scenarios.BASE)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("-o", "--output", help="also write the live Excel workbook (OUT.xlsx)")
    p.set_defaults(func=cmd_model)

    p = sub.add_parser("traffic", help="aggregated traffic: capacity, pooling gain, 95th-percentile commit")
    p.add_argument("file")
    p.add_argument("--scenario", default=scenarios.BASE)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_traffic)

    p = sub.add_parser("brief", help="carrier brief (request for quote), PDF or XLSX")
    p.add_argument("file")
    p.add_argument("--scenario", default=scenarios.BASE)
    p.add_argument("-o", "--output", required=True, help="OUT.pdf or OUT.xlsx")
    p.set_defaults(func=cmd_brief)


# -- scenario ---------------------------------------------------------------
def cmd_list(args) -> int:
    with open_project(args.file) as project:
        scenarios.ensure_base(project)
        rows = scenarios.list_scenarios(project)
    for r in rows:
        changed = ", ".join(f"{k}={v}" for k, v in sorted(r["params"].items())) or "defaults"
        print(f"{r['name']:<20} {changed}")
    return 0


def _display(spec: P.Param, value) -> str:
    if spec.kind == "choice":
        return str(value)
    if spec.percent:
        return f"{format_number(value * 100, 2)} %"
    return f"{format_number(value, 2 if spec.kind == 'float' else 0)} {spec.unit}".strip()


def cmd_show(args) -> int:
    with open_project(args.file) as project:
        scenarios.ensure_base(project)
        row = scenarios.get(project, args.name)
        values = scenarios.values(project, args.name)
    items = [{"key": s.key, "label": s.label, "group": s.group, "value": values[s.key],
              "unit": s.unit, "default": s.default, "changed": s.key in row["params"]
              and row["params"][s.key] != s.default, "estimate": s.estimate,
              "source": s.source_text()} for s in P.PARAMS]
    if args.json:
        print_json({"scenario": args.name, "notes": row.get("notes") or "", "parameters": items})
        return 0
    print(f"scenario {args.name}" + (f" — {row['notes']}" if row.get("notes") else ""))
    for group in P.GROUPS:
        print(f"\n[{P.GROUP_LABELS[group]}]")
        for s in (s for s in P.PARAMS if s.group == group):
            mark = "*" if any(i["key"] == s.key and i["changed"] for i in items) else " "
            print(f" {mark}{s.key:<30} {_display(s, values[s.key]):>18}   {s.source_text()}")
    print("\n* changed from the default")
    return 0


def cmd_set(args) -> int:
    changes = {}
    for item in args.assignments:
        if "=" not in item:
            raise UsageError(f"“{item}”: expected key=value (e.g. take_rate=0.4)")
        key, value = item.split("=", 1)
        changes[key.strip()] = value.strip()
    with open_project(args.file) as project:
        scenarios.ensure_base(project)
        values = scenarios.set_values(project, args.name, changes)
    for key in changes:
        print(f"{args.name}: {key} = {_display(P.BY_KEY[key], values[key])}")
    return 0


def cmd_copy(args) -> int:
    with open_project(args.file) as project:
        scenarios.ensure_base(project)
        scenarios.copy(project, args.name, args.new)
    print(f"copied {args.name} → {args.new}")
    return 0


def cmd_rename(args) -> int:
    with open_project(args.file) as project:
        scenarios.ensure_base(project)
        scenarios.rename(project, args.name, args.new)
    print(f"renamed {args.name} → {args.new}")
    return 0


def cmd_delete(args) -> int:
    with open_project(args.file) as project:
        scenarios.delete(project, args.name)
    print(f"deleted {args.name}")
    return 0


# -- model, traffic, brief ------------------------------------------------------
def load(path: str, scenario: str):
    """(project name, parameter values, model inputs, tier table) of a scenario."""
    from coopnet.store.model_inputs import gather, tier_table
    with open_project(path) as project:
        scenarios.ensure_base(project)
        values = scenarios.values(project, scenario)
        return values, gather(project), tier_table(project)


def _run(values, inputs):
    from coopnet.core.costs import run_model
    try:
        return run_model(values, inputs)
    except P.ParamError as exc:
        raise CoopnetError(str(exc)) from None


def cmd_model(args) -> int:
    from coopnet.core.costs import model_json
    values, inputs, _ = load(args.file, args.scenario)
    result = _run(values, inputs)
    data = model_json(result, args.scenario)
    if args.output:
        out = Path(args.output)
        if out.suffix.lower() != ".xlsx":
            raise UsageError(f"{out.name}: the model workbook is an .xlsx file")
        from coopnet.io.workbook import export_workbook
        export_workbook(out, args.scenario, values, inputs, result)
    if args.json:
        print_json(data)
    else:
        _print_model(data)
    if args.output:
        sys.stderr.write(f"wrote {args.output}\n")
    return 0


def _print_model(d: dict) -> None:
    fee = d["monthly_fee_breakeven_eur"]
    lines = [
        f"scenario {d['scenario']}: {d['operating_model']}, take-up from {d['take_up_source']}",
        f"members: {format_number(d['subscribers'])} of {format_number(d['premises_passed'])} "
        f"households ({format_number(d['take_rate'] * 100, 1)} %)",
        f"capex over the horizon: {format_amount(d['capex_eur'], 0)}; opex year 1: {format_amount(d['opex_year1_eur'], 0)}",
        f"fee: {format_amount(d['monthly_fee_eur'])} HT ({format_amount(d['monthly_fee_ttc_eur'])} TTC)/month; "
        + (f"break-even fee {format_amount(fee)} HT ({format_amount(d['monthly_fee_breakeven_ttc_eur'])} TTC)"
           if fee is not None else d["breakeven_fee_note"]),
        "break-even take rate: " + (f"{format_number(d['breakeven_take_rate'] * 100, 1)} %"
                                    if d["breakeven_take_rate"] is not None else d["breakeven_take_rate_note"]),
        f"NPV: {format_amount(d['npv_eur'], 0)}; IRR: "
        + (f"{format_number(d['irr'] * 100, 1)} %" if d["irr"] is not None else "none")
        + f"; payback: {('year ' + str(d['payback_year'])) if d['payback_year'] else 'not within the horizon'}",
        f"lowest cash: {format_amount(d['min_cash_eur'], 0)} (year {d['min_cash_year']})",
        "",
        f"{'year':>4} {'members':>8} {'revenue':>14} {'opex':>14} {'capex':>14} {'financing':>14} {'cash':>15}",
    ]
    for r in d["cashflow"]:
        lines.append(f"{r['year']:>4} {format_number(r['subscribers']):>8} "
                     + " ".join(f"{format_amount(r[k], 0):>14}" for k in
                                ("revenue_eur", "opex_eur", "capex_eur", "financing_eur"))
                     + f" {format_amount(r['cash_eur'], 0):>15}")
    for m in d["messages"]:
        lines.append(f"note: {m}")
    print("\n".join(lines))


def cmd_traffic(args) -> int:
    from coopnet.core.traffic import traffic_json
    values, inputs, _ = load(args.file, args.scenario)
    result = _run(values, inputs)
    data = traffic_json(result.traffic, result.params)
    data["scenario"] = args.scenario
    if args.json:
        print_json(data)
        return 0
    print(f"scenario {args.scenario}: {format_number(data['subscribers'])} members, "
          f"{format_number(data['per_line_busy_hour_mbps'], 2)} Mbps per line in the busy hour")
    print(f"busy-hour mean M = {format_number(data['busy_hour_mean_mbps'], 1)} Mbps; capacity "
          f"C = M + α√V = {format_number(data['capacity_mbps'], 1)} Mbps (α = {format_number(data['alpha'], 2)})")
    print(f"sum of the villages' own capacities: {format_number(data['sum_of_villages_mbps'], 1)} Mbps "
          f"→ pooling gain {format_number(data['pooling_gain'] * 100, 1)} %")
    print(f"95th percentile: {format_number(data['p95_mbps'], 1)} Mbps; recommended commit "
          f"{format_number(data['commit_mbps'])} Mbps, burst {format_number(data['burst_mbps'])} Mbps, port {data['port']}")
    print(f"\n{'year':>4} {'members':>8} {'capacity Mbps':>14} {'commit Mbps':>12}")
    for y in data["by_year"]:
        print(f"{y['year']:>4} {format_number(y['subscribers']):>8} "
              f"{format_number(y['capacity_mbps'], 1):>14} {format_number(y['commit_mbps']):>12}")
    return 0


def cmd_brief(args) -> int:
    out = Path(args.output)
    if out.suffix.lower() not in (".pdf", ".xlsx"):
        raise UsageError(f"{out.name}: the brief is written as .pdf or .xlsx")
    from coopnet.io.brief import brief_data, write_brief
    values, inputs, tiers = load(args.file, args.scenario)
    result = _run(values, inputs)
    write_brief(out, brief_data(args.scenario, inputs, tiers, result))
    print(f"wrote {out}")
    return 0

