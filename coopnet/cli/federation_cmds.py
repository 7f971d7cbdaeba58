"""``coopnet federation FILE|URL map|traffic|brief``: the department-wide views, counts only.

The source is a server address (``postgresql://…``, any login: the views hold counts only) or a
project file that has synced (its remembered server, its scenario's parameters, its backbone,
PoPs and contact).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from coopnet.cli import model_output
from coopnet.cli.common import add_lang_option, existing_file, open_project
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.errors import CoopnetError, UsageError
from coopnet.translation import catalog

BASE = "base"


def register(sub, import_sub) -> None:
    t = catalog()
    p = sub.add_parser(
        "federation",
        help=t.translate(
            "CLIHelp",
            "the federation's views from its server (counts only): department map, pooled "
            "traffic of all cooperatives, one carrier brief",
        ),
    )
    p.add_argument(
        "source",
        metavar="FILE|URL",
        help=t.translate(
            "CLIHelp",
            "a project file that has synced (its server, scenario, backbone and PoPs), or the "
            "server's address postgresql://user@host/database",
        ),
    )
    views = p.add_subparsers(dest="view", metavar="VIEW", parser_class=sub._parser_class)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])

    v = views.add_parser(
        "map",
        help=t.translate(
            "CLIHelp", "every cooperative's villages coloured by take-up: standalone HTML, PNG or PDF"
        ),
    )
    v.add_argument("-o", "--output", required=True, metavar="OUT.html|png|pdf")
    v.add_argument("--title", help=t.translate("CLIHelp", "title printed on the map"))
    add_lang_option(v)
    v.set_defaults(func=cmd_federation_map)

    v = views.add_parser(
        "traffic",
        help=t.translate(
            "CLIHelp", "the pooled traffic model of all cooperatives against each cooperative alone"
        ),
    )
    v.add_argument(
        "--scenario",
        default=BASE,
        help=t.translate(
            "CLIHelp",
            "the project's scenario whose parameters are used (default: base; a server address "
            "uses the defaults)",
        ),
    )
    v.add_argument("--json", action="store_true", help=t.translate("CLIHelp", "print JSON"))
    add_lang_option(v)
    v.set_defaults(func=cmd_federation_traffic)

    v = views.add_parser(
        "brief",
        help=t.translate(
            "CLIHelp", "one carrier brief (request for quote) for the whole federation, PDF or XLSX"
        ),
    )
    v.add_argument("-o", "--output", required=True, metavar="OUT.pdf|xlsx")
    v.add_argument(
        "--scenario",
        default=BASE,
        help=t.translate(
            "CLIHelp",
            "the project's scenario whose parameters are used (default: base; a server address "
            "uses the defaults)",
        ),
    )
    v.add_argument(
        "--name",
        help=t.translate(
            "CLIHelp", "the federation's name on the brief (default: “Federation of N cooperatives”)"
        ),
    )
    add_lang_option(v)
    v.set_defaults(func=cmd_federation_brief)


@dataclass
class Source:
    url: str
    path: Path | None = None
    values: dict = field(default_factory=dict)  # validated parameters
    pops: list = field(default_factory=list)
    contact: dict = field(default_factory=dict)


def is_url(text: str) -> bool:
    return (text or "").strip().startswith(("postgresql://", "postgres://"))


def _defaults() -> dict:
    from coopnet.core import params as P

    return P.validate(P.defaults())


def resolve(text: str, scenario: str = BASE) -> Source:
    """The server to read and what a project file adds to it."""
    if is_url(text):
        if scenario != BASE:
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "Federation", "--scenario needs a project file as the source (a server has no scenarios)"
                )
            )
        return Source(text.strip(), values=_defaults())
    path = existing_file(text)
    from coopnet.core.model_inputs import Pop
    from coopnet.store import scenarios
    from coopnet.store import villages as vstore
    from coopnet.store.model_inputs import CONTACT_KEYS

    with open_project(path, readonly=True) as project:
        server = project.meta("sync_server")
        if not server:
            raise UsageError(
                QT_TRANSLATE_NOOP(
                    "Federation",
                    "{file}: this project has not synced with a server yet (run “coopnet sync "
                    "{file} --server URL --coop NAME”, or give the server's address)",
                ).format(file=path.name)
            )
        try:
            values = scenarios.values(project, scenario)
        except CoopnetError:
            if scenario != BASE:
                raise
            values = _defaults()  # a project that never opened its models: the defaults
        pops = [
            Pop(p["name"], p["lat"], p["lon"], bool(p["illustrative"])) for p in vstore.list_pops(project)
        ]
        contact = {k: project.meta(k) or "" for k in CONTACT_KEYS}
    return Source(server, path, values, pops, contact)


def _read(source: Source):
    from coopnet.store.server.federation import read_counts

    villages = read_counts(source.url)
    if not villages:
        from coopnet.store.server.connect import safe_url

        raise CoopnetError(
            QT_TRANSLATE_NOOP(
                "Federation",
                "{url}: no village on the server yet (a board's first sync registers its "
                "cooperative's villages)",
            ).format(url=safe_url(source.url))
        )
    return villages


_t = model_output.lang


def cmd_federation_map(args) -> int:
    from coopnet.geo.export import FORMATS
    from coopnet.geo.federation_map import export_federation_map
    from coopnet.io.output_file import check_folder
    from coopnet.qt_runtime import stderr_to_log

    out = Path(args.output)
    if out.suffix.lower() not in FORMATS:  # before reading the server: say it at once
        raise UsageError(
            QT_TRANSLATE_NOOP("MapExport", "{file}: choose a .html, .png or .pdf file name").format(
                file=out.name
            )
        )
    check_folder(out)
    source = resolve(args.source)
    villages = _read(source)
    network = open_project(source.path, readonly=True) if source.path else contextlib.nullcontext()
    with network as project, stderr_to_log(not args.verbose):
        out = export_federation_map(villages, out, title=args.title, lang=args.lang, network_from=project)
    print(_t(args).translate("MapCli", "map written to {file}").format(file=out))
    return 0


def _traffic(source: Source, villages) -> dict:
    from coopnet.core.federation import pooled_traffic

    return pooled_traffic(source.values, villages)


def cmd_federation_traffic(args) -> int:
    source = resolve(args.source, args.scenario)
    data = _traffic(source, _read(source))
    data["scenario"] = args.scenario
    return model_output.show(args, data, traffic_lines)


def traffic_lines(d: dict, t) -> list[str]:
    n = t.number
    lines = [
        t.translate(
            "Federation",
            "{coops} cooperatives, {villages} villages, {pledges} pledges → {members} members in the model",
        ).format(
            coops=n(d["cooperatives"]),
            villages=n(d["villages"]),
            pledges=n(d["pledges"]),
            members=n(d["subscribers"]),
        ),
        t.translate(
            "Federation",
            "pooled: busy-hour mean {mean} Mbps + margin {margin} Mbps = capacity {capacity} Mbps",
        ).format(
            mean=n(d["busy_hour_mean_mbps"], 1),
            margin=n(d["margin_mbps"], 1),
            capacity=n(d["capacity_mbps"], 1),
        ),
        t.translate("Federation", "each cooperative alone: {total} Mbps in all → pooling gain {gain}").format(
            total=n(d["sum_of_cooperatives_mbps"], 1), gain=t.percent(d["federation_gain"], 1)
        ),
        t.translate(
            "Federation", "recommended commit {commit} Mbps (95th percentile {p95} Mbps), port {port}"
        ).format(commit=n(d["commit_mbps"]), p95=n(d["p95_mbps"], 1), port=d["port"]),
        "",
    ]
    head = (
        t.translate("Federation", "cooperative"),
        t.translate("Federation", "members"),
        t.translate("Federation", "alone Mbps"),
        t.translate("Federation", "commit Mbps"),
    )
    width = max([len(head[0])] + [len(c["coop"]) for c in d["by_cooperative"]])
    lines.append(f"{head[0]:<{width}} {head[1]:>10} {head[2]:>12} {head[3]:>12}")
    for c in d["by_cooperative"]:
        lines.append(
            f"{c['coop']:<{width}} {n(c['subscribers']):>10} {n(c['capacity_mbps'], 1):>12} "
            f"{n(c['commit_mbps']):>12}"
        )
    lines.append("")
    lines.append(
        t.translate(
            "Federation", "pooling the cooperatives one by one (the margin grows like √N, the demand like N):"
        )
    )
    for row in d["curve"]:
        lines.append(
            t.translate(
                "Federation", "  {k} pooled: {capacity} Mbps instead of {alone} Mbps, gain {gain}"
            ).format(
                k=n(row["cooperatives"]),
                capacity=n(row["capacity_mbps"], 1),
                alone=n(row["sum_alone_mbps"], 1),
                gain=t.percent(row["pooling_gain"], 1),
            )
        )
    return lines


def cmd_federation_brief(args) -> int:
    out = model_output.brief_output(args.output)
    source = resolve(args.source, args.scenario)
    villages = _read(source)
    from coopnet.io.federation_brief import write_federation_brief

    write_federation_brief(
        out,
        villages,
        source.values,
        args.scenario,
        name=args.name,
        pops=source.pops,
        contact=source.contact,
        lang=args.lang,
    )
    model_output.wrote(args, out)
    return 0
