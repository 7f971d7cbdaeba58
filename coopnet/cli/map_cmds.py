"""Map commands: import communes/backbone/PoPs/households, links, and map exports."""

from __future__ import annotations

import sys

from coopnet.cli.common import add_lang_option, existing_file, open_project, print_json
from coopnet.errors import CoopnetError, UsageError
from coopnet.translation import catalog


def register(sub, import_sub) -> None:
    t = catalog()
    p = import_sub.add_parser(
        "villages",
        help=t.translate(
            "CLIHelp", "commune boundaries (GPKG, Shapefile, GeoJSON; IGN ADMIN EXPRESS 3.x or 4.0)"
        ),
    )
    p.add_argument("file", help=t.translate("CLIHelp", "project file"))
    p.add_argument("source", help=t.translate("CLIHelp", "GIS file: .gpkg, .shp, .geojson (any CRS)"))
    p.add_argument(
        "--layer", help=t.translate("CLIHelp", "layer to read (default: COMMUNE, or the only one)")
    )
    p.add_argument("--code-field", metavar="F", help=t.translate("CLIHelp", "field holding the INSEE code"))
    p.add_argument("--name-field", metavar="F", help=t.translate("CLIHelp", "field holding the commune name"))
    p.add_argument(
        "--add",
        action="store_true",
        help=t.translate("CLIHelp", "also add communes that are not yet in the project"),
    )
    p.add_argument(
        "--label", metavar="TEXT", help=t.translate("CLIHelp", "source shown on maps (default: file name)")
    )
    add_lang_option(p)
    p.set_defaults(func=cmd_import_villages)

    p = import_sub.add_parser(
        "backbone", help=t.translate("CLIHelp", "backbone lines (GPKG, Shapefile, GeoJSON)")
    )
    p.add_argument("file", help=t.translate("CLIHelp", "project file"))
    p.add_argument("source", help=t.translate("CLIHelp", "GIS file with lines (any CRS)"))
    p.add_argument("--layer", help=t.translate("CLIHelp", "layer to read"))
    p.add_argument(
        "--illustrative", action="store_true", help=t.translate("CLIHelp", "mark the lines as illustrative")
    )
    p.add_argument(
        "--label", metavar="TEXT", help=t.translate("CLIHelp", "source shown on maps (default: file name)")
    )
    add_lang_option(p)
    p.set_defaults(func=cmd_import_backbone)

    p = import_sub.add_parser(
        "pops", help=t.translate("CLIHelp", "points of presence (GIS points, or CSV with lon/lat)")
    )
    p.add_argument("file", help=t.translate("CLIHelp", "project file"))
    p.add_argument(
        "source", help=t.translate("CLIHelp", "GIS file with points, or CSV (; or ,) with name, lon, lat")
    )
    p.add_argument("--layer", help=t.translate("CLIHelp", "layer to read"))
    p.add_argument("--name-field", metavar="F", help=t.translate("CLIHelp", "field holding the PoP name"))
    p.add_argument(
        "--illustrative", action="store_true", help=t.translate("CLIHelp", "mark the PoPs as illustrative")
    )
    p.add_argument(
        "--label", metavar="TEXT", help=t.translate("CLIHelp", "source shown on maps (default: file name)")
    )
    add_lang_option(p)
    p.set_defaults(func=cmd_import_pops)

    p = import_sub.add_parser(
        "households", help=t.translate("CLIHelp", "INSEE census dwellings (CODGEO, P21_RP…; CSV or XLSX)")
    )
    p.add_argument("file", help=t.translate("CLIHelp", "project file"))
    p.add_argument("source", help=t.translate("CLIHelp", "INSEE file: CSV (;) or XLSX"))
    add_lang_option(p)
    p.set_defaults(func=cmd_import_households)

    p = sub.add_parser(
        "map", help=t.translate("CLIHelp", "export the map: standalone HTML, PNG or PDF (A4 landscape)")
    )
    p.add_argument("file", help=t.translate("CLIHelp", "project file"))
    p.add_argument("-o", "--output", required=True, metavar="OUT.html|png|pdf")
    p.add_argument(
        "--title", help=t.translate("CLIHelp", "title printed on the map (default: the cooperative's name)")
    )
    p.add_argument("--village", metavar="INSEE", help=t.translate("CLIHelp", "zoom on this village"))
    p.add_argument(
        "--names",
        action="store_true",
        help=t.translate("CLIHelp", "show pledgers' names on the HTML map (personal data: off by default)"),
    )
    add_lang_option(p)
    p.set_defaults(func=cmd_map)

    # The app draws its map with this command in a separate process: folium, geopandas and the
    # build's temporaries (~100 MB at department scale) then never weigh on the app itself.
    p = sub.add_parser(
        "map-page",
        help=t.translate("CLIHelp", "(used by the app) write the in-app map page and its village summaries"),
    )
    p.add_argument("file", help=t.translate("CLIHelp", "project file (opened read-only)"))
    p.add_argument(
        "output", metavar="OUT.html", help=t.translate("CLIHelp", "the page; summaries go to OUT.json")
    )
    p.add_argument(
        "--options", default="{}", metavar="JSON", help=t.translate("CLIHelp", "MapOptions fields as JSON")
    )
    p.set_defaults(func=cmd_map_page)

    p = sub.add_parser(
        "basemap", help=t.translate("CLIHelp", "show or set the map's optional basemap (off by default)")
    )
    p.add_argument("file", help=t.translate("CLIHelp", "project file"))
    p.add_argument(
        "value",
        nargs="?",
        metavar="URL|FOLDER|off",
        help=t.translate(
            "CLIHelp", "tile URL with {z}/{x}/{y}, or a local folder of z/x/y.png tiles; “off” removes it"
        ),
    )
    add_lang_option(p)
    p.set_defaults(func=cmd_basemap)

    p = sub.add_parser("links", help=t.translate("CLIHelp", "each village's link to its nearest PoP (km)"))
    p.add_argument("file", help=t.translate("CLIHelp", "project file"))
    p.add_argument(
        "--detour-factor",
        metavar="X",
        help=t.translate("CLIHelp", "route length = straight line × X (default 1.3); saved in the project"),
    )
    p.add_argument("--json", action="store_true", help=t.translate("CLIHelp", "print JSON"))
    add_lang_option(p)
    p.set_defaults(func=cmd_links)


def _t(args):
    """The catalogue of the command's --lang (default: COOPNET_LANG, else the locale)."""
    from coopnet.translation import catalog

    return catalog(getattr(args, "lang", None))


def _label(args, source) -> str:
    return args.label or source.name


def cmd_import_villages(args) -> int:
    from coopnet.io.geodata import import_villages

    source = existing_file(args.source)
    with open_project(args.file) as project:
        result = import_villages(
            project,
            source,
            _label(args, source),
            layer=args.layer,
            code_field=args.code_field,
            name_field=args.name_field,
            add_new=True if args.add else None,
        )
    print("\n".join(result.lines(source.name, args.lang)))
    return 0


def cmd_import_backbone(args) -> int:
    from coopnet.io.geodata import import_backbone

    source = existing_file(args.source)
    with open_project(args.file) as project:
        result = import_backbone(
            project, source, _label(args, source), layer=args.layer, illustrative=args.illustrative
        )
    print("\n".join(result.lines(source.name, args.lang)))
    return 0


def cmd_import_pops(args) -> int:
    from coopnet.io.geodata import import_pops

    source = existing_file(args.source)
    with open_project(args.file) as project:
        result = import_pops(
            project,
            source,
            _label(args, source),
            layer=args.layer,
            name_field=args.name_field,
            illustrative=args.illustrative,
        )
    print("\n".join(result.lines(source.name, args.lang)))
    return 0


def cmd_import_households(args) -> int:
    from coopnet.io.households import import_households

    source = existing_file(args.source)
    with open_project(args.file) as project:
        r = import_households(project, source, source.name)
    t = _t(args)
    print(
        t.translate("MapCli", "{file}: {n} communes read, column {column} (census {year})").format(
            file=source.name, n=t.number(r.rows), column=r.column, year=r.year
        )
    )
    print(t.translate("MapCli", "villages updated: {n}").format(n=t.number(r.updated)))
    for sentence in dict.fromkeys(r.merged):  # old codes counted in the current commune
        print(t.say(sentence))
    if r.missing:
        print(
            t.translate("MapCli", "villages not in the file (households still estimated): {villages}").format(
                villages=", ".join(r.missing)
            )
        )
    return 0


def cmd_map_page(args) -> int:
    import json
    import sys
    from pathlib import Path

    from coopnet.geo.map_builder import MapOptions, write_html
    from coopnet.geo.summary import village_summaries

    try:
        opts = MapOptions(**json.loads(args.options))
    except (TypeError, ValueError) as exc:
        raise UsageError(f"--options: {exc}") from None
    out = Path(args.output)

    def report(done: int, total: int, text: str = "") -> bool:
        print(f"progress {done} {total} {text}", flush=True)  # read by ui/map/build_process.py
        return True

    with open_project(args.file, readonly=True) as project:
        write_html(project, out, opts, report)
        summaries = village_summaries(project, opts.lang)
    out.with_suffix(".json").write_text(json.dumps(summaries, default=_plain), encoding="utf-8")
    sys.stdout.flush()
    return 0


def _plain(value):
    """numpy numbers (from pandas/geopandas) as Python ones for JSON."""
    return value.item() if hasattr(value, "item") else str(value)


def cmd_map(args) -> int:
    from coopnet.core import fr
    from coopnet.geo.export import export_map

    village = None
    if args.village:
        try:
            village = fr.normalize_insee(args.village)
        except ValueError as exc:
            raise UsageError(exc.args[0]) from None  # keeps a core Msg
    from coopnet.core.missing import map_gaps
    from coopnet.qt_runtime import stderr_to_log
    from coopnet.store.partial import layer_counts

    with open_project(args.file, readonly=True) as project, stderr_to_log(not args.verbose):
        out = export_map(
            project, args.output, title=args.title, focus_insee=village, show_names=args.names, lang=args.lang
        )
        _blocking, notes = map_gaps(layer_counts(project), project=args.file)
    t = _t(args)
    print(t.translate("MapCli", "map written to {file}").format(file=out))
    for note in notes:  # what a partial project's map lacks, and how to add it
        print(t.translate("CLI", "note: {text}").format(text=t.say(note)), file=sys.stderr)
    return 0


def cmd_links(args) -> int:
    from coopnet.geo.links import set_detour_factor, total_link_km, village_links
    from coopnet.store import villages as vstore

    with open_project(args.file, readonly=args.detour_factor is None) as project:
        if args.detour_factor is not None:
            set_detour_factor(project, args.detour_factor)
        links = village_links(project)
        names = {v.insee: v.name for v in vstore.list_villages(project)}
        total = total_link_km(project, links)
    from coopnet.core.missing import missing

    if not links:
        raise CoopnetError(missing("villages", "list", project=args.file))
    if all(v["nearest_pop"] is None for v in links.values()):  # no PoPs yet: say it once
        if args.json:
            print_json(
                {
                    "villages": [{"insee": k, "name": names[k], **v} for k, v in links.items()],
                    "total_link_km": None,
                }
            )
        else:
            print(_t(args).say(missing("pops", "links", project=args.file)))
        return 0
    if args.json:
        print_json(
            {
                "villages": [{"insee": k, "name": names[k], **v} for k, v in links.items()],
                "total_link_km": total,
            }
        )
        return 0
    t = _t(args)
    factor = next(iter(links.values()))["detour_factor"]
    print(
        t.translate("MapCli", "detour factor: {factor} (route ≈ straight line × factor)").format(
            factor=t.number(factor, 2)
        )
    )
    no_pop = t.translate("MapCli", "no PoP in the project")
    route = t.translate("MapCli", "{straight} km straight, {route} km estimated route")
    from coopnet.core.fr import sort_key

    for insee, v in sorted(links.items(), key=lambda kv: sort_key(names[kv[0]])):
        village = f"  {insee}  {names[insee]:<30} "
        if v["nearest_pop"] is None:
            print(village + no_pop)
            continue
        print(
            village
            + f"→ {v['nearest_pop']:<24} "
            + route.format(
                straight=t.number(v["distance_km"], 2).rjust(7), route=t.number(v["link_km"], 2).rjust(7)
            )
        )
    print(t.translate("MapCli", "total estimated links: {km} km").format(km=t.number(total, 1)))
    return 0


def cmd_basemap(args) -> int:
    from coopnet.store import settings

    with open_project(args.file, readonly=args.value is None) as project:
        if args.value is None:
            print(
                settings.get(project, "basemap_url")
                or _t(args).translate("MapCli", "no basemap (the map works offline)")
            )
            return 0
        value = args.value.strip()
        if value.lower() in ("off", "none", ""):
            settings.set_value(project, "basemap_url", "", settings.CLI)
            print(_t(args).translate("MapCli", "basemap removed"))
            return 0
        value = settings.set_value(project, "basemap_url", value, settings.CLI)
    print(_t(args).translate("MapCli", "basemap: {value}").format(value=value))
    return 0
