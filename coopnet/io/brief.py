"""Carrier brief: a request for quote a board can send to wholesale carriers (PDF or XLSX).

Counts only: villages, households and pledges per village — never a name, phone or address.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from coopnet.core.costs import counting
from coopnet.core.model_inputs import ModelInputs, handoff_pop
from coopnet.io.model_text import counted_text, link_text
from coopnet.translation import catalog


def brief_data(
    scenario: str, inputs: ModelInputs, tiers: list[dict], result, lang: str | None = None
) -> dict:
    """The brief's figures; ``lang`` ("fr"/"en", default: the environment's) is kept in ``lang``."""
    t = catalog(lang)
    p, tr = result.params, result.traffic
    term = p["contract_term_years"]
    years = tr.contract_years(term)
    pop, pop_km = handoff_pop(inputs)
    not_stated = t.translate("CarrierBrief", "not stated")
    tier_names = sorted({k or not_stated for v in tiers for k in v["tiers"]}, key=lambda s: (len(s), s))
    included = {vl.insee for vl in tr.villages if vl.included}
    villages = [
        {
            "insee": v["insee"],
            "name": v["name"],
            "households": v["households"],
            "pledges": sum(v["tiers"].values()),
            "tiers": {(k or not_stated): n for k, n in v["tiers"].items()},
            "included": v["insee"] in included,
        }
        for v in tiers
    ]
    contact = {k: v for k, v in inputs.contact.items() if v}
    return {
        "lang": t.lang,
        "cooperative": inputs.cooperative,
        "scenario": scenario,
        "date": dt.date.today(),
        "contact": contact,
        "villages": villages,
        "tier_names": tier_names,
        "households": sum(v["households"] for v in villages),
        "pledges": sum(v["pledges"] for v in villages),
        "subscribers_target": tr.subscribers,
        "subscribers_now": years[0]["subscribers"] if years else 0.0,
        "subscribers_end": years[-1]["subscribers"] if years else 0.0,
        "per_line_mbps": tr.per_line_mbps,
        "gb_per_month": p["gb_per_month"],
        "busy_hour_mean_mbps": tr.busy_hour_mean_mbps,
        "capacity_mbps": tr.capacity_mbps,
        "sum_of_villages_mbps": tr.sum_of_villages_mbps,
        "pooling_gain": tr.pooling_gain,
        "commit_mbps": years[0]["commit_mbps"] if years else tr.commit_mbps,
        # Full take-up is reached in the ramp's last year: its commit, the same as that year's row.
        "full_year": min(p["take_up_ramp_years"], len(tr.by_year)),
        "commit_full_mbps": tr.by_year[min(p["take_up_ramp_years"], len(tr.by_year)) - 1]["commit_mbps"]
        if tr.by_year
        else tr.commit_mbps,
        "counting": counting(tr.villages),
        "p95_mbps": tr.p95_mbps,
        "burst_mbps": tr.burst_mbps,
        "port": tr.port,
        "term_years": term,
        "growth": p["traffic_growth_rate"],
        "by_year": years,
        "availability": p["availability_target"],
        "overflow_probability": p["overflow_probability"],
        "time_to_restore_hours": p["time_to_restore_hours"],
        "links": getattr(result, "links", None) or {},  # federation briefs pass a bare namespace
        "pop": None
        if pop is None
        else {
            "name": pop.name,
            "lat": pop.lat,
            "lon": pop.lon,
            "distance_km": pop_km,
            "illustrative": pop.illustrative,
        },
    }


def _t(d: dict):
    return catalog(d.get("lang"))


def _rows(d: dict) -> list[tuple[str, str]]:
    t = _t(d)
    n = t.number
    pop = d["pop"]
    if pop is None:
        pop_text = t.translate("CarrierBrief", "none known — to be proposed by the carrier")
    else:
        pop_text = t.translate(
            "CarrierBrief", "{name} ({lat} N, {lon} E), {km} km from the centre of the villages"
        ).format(name=pop["name"], lat=n(pop["lat"], 4), lon=n(pop["lon"], 4), km=n(pop["distance_km"], 1))
        if pop["illustrative"]:
            pop_text += t.translate("CarrierBrief", " — illustrative position")
    link = link_text(d.get("links") or {}, t)
    mbps = t.translate("CarrierBrief", "{value} Mbps")
    return [
        (t.translate("CarrierBrief", "Handoff point of presence"), pop_text),
        *([(t.translate("CarrierBrief", "Distance to the point of presence"), link)] if link else []),
        (
            t.translate("CarrierBrief", "Interface / port"),
            t.translate("CarrierBrief", "{port} Ethernet (burst needs up to {burst} Mbps)").format(
                port=d["port"], burst=n(d["burst_mbps"])
            ),
        ),
        (
            t.translate("CarrierBrief", "Committed rate, first year"),
            t.translate("CarrierBrief", "{commit} Mbps, 95th-percentile billing on 5-minute samples").format(
                commit=n(d["commit_mbps"])
            ),
        ),
        (
            t.translate("CarrierBrief", "Committed rate at full take-up"),
            t.translate("CarrierBrief", "{value} Mbps (year {year}, with that year's usage growth)").format(
                value=n(d["commit_full_mbps"]), year=d["full_year"]
            ),
        ),
        (t.translate("CarrierBrief", "Villages counted in the demand"), counted_text(d["counting"], t)),
        (t.translate("CarrierBrief", "Burst cap wanted"), mbps.format(value=n(d["burst_mbps"]))),
        (
            t.translate("CarrierBrief", "Overage"),
            t.translate("CarrierBrief", "price per Mbps above the commit, please state it"),
        ),
        (
            t.translate("CarrierBrief", "Members now → end of term"),
            t.translate("CarrierBrief", "{now} → {end} (target {target})").format(
                now=n(d["subscribers_now"]), end=n(d["subscribers_end"]), target=n(d["subscribers_target"])
            ),
        ),
        (
            t.translate("CarrierBrief", "Busy-hour demand (all members)"),
            t.translate("CarrierBrief", "mean {mean} Mbps, capacity {capacity} Mbps").format(
                mean=n(d["busy_hour_mean_mbps"]), capacity=n(d["capacity_mbps"])
            ),
        ),
        (
            t.translate("CarrierBrief", "Usage assumption"),
            t.translate(
                "CarrierBrief",
                "{gb} GB/month per line, {mbps} Mbps per line in the busy hour, growth {growth}/year",
            ).format(gb=n(d["gb_per_month"]), mbps=n(d["per_line_mbps"], 2), growth=t.percent(d["growth"])),
        ),
        (
            t.translate("CarrierBrief", "Pooling"),
            t.translate(
                "CarrierBrief",
                "sum of the villages served separately {separate} Mbps; grouped "
                "{grouped} Mbps (pooling gain {gain})",
            ).format(
                separate=n(d["sum_of_villages_mbps"]),
                grouped=n(d["capacity_mbps"]),
                gain=t.percent(d["pooling_gain"]),
            ),
        ),
        (
            t.translate("CarrierBrief", "Term"),
            t.translate("CarrierBrief", "{years} years").format(years=d["term_years"]),
        ),
        (t.translate("CarrierBrief", "Availability wanted"), t.percent(d["availability"], 2)),
        (
            t.translate("CarrierBrief", "Time to restore wanted"),
            t.translate("CarrierBrief", "{hours} hours").format(hours=n(d["time_to_restore_hours"], 1)),
        ),
        (t.translate("CarrierBrief", "Delivery date"), t.translate("CarrierBrief", "to be agreed")),
    ]


def _html(d: dict) -> str:
    t = _t(d)
    n = t.number
    e = html.escape
    contact = "<br>".join(e(v) for v in d["contact"].values()) or e(
        t.translate("CarrierBrief", "to be completed by the board")
    )
    rows = "".join(f"<tr><th align=left width=30%>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in _rows(d))
    tiers = d["tier_names"]
    head = "".join(f"<th>{e(x)}</th>" for x in tiers)
    yes = e(t.translate("CarrierBrief", "yes"))
    vrows = "".join(
        f"<tr><td>{e(v['insee'])}</td><td>{e(v['name'])}</td><td align=right>{n(v['households'])}</td>"
        f"<td align=right>{n(v['pledges'])}</td>"
        + "".join(f"<td align=right>{n(v['tiers'].get(x, 0))}</td>" for x in tiers)
        + f"<td align=center>{yes if v['included'] else '—'}</td></tr>"
        for v in d["villages"]
    )
    yrows = "".join(
        f"<tr><td align=center>{y['year']}</td><td align=right>{n(y['subscribers'])}</td>"
        f"<td align=right>{n(y['capacity_mbps'])}</td><td align=right>{n(y['commit_mbps'])}</td></tr>"
        for y in d["by_year"]
    )
    intro = t.translate(
        "CarrierBrief",
        "We are a cooperative of {villages} villages ({households} households, {pledges} "
        "pledges so far). We ask for a quote for one handoff serving all of them: grouping the villages "
        "needs far less capacity than serving each alone.",
    ).format(villages=n(len(d["villages"])), households=n(d["households"]), pledges=n(d["pledges"]))
    method = t.translate(
        "CarrierBrief",
        "Capacity C = M + α√V, α = √(−2 ln ε), ε = {epsilon} (Gaussian aggregate of "
        "independent lines); the commit minimises the expected 95th-percentile bill in a seeded "
        "simulation of 5-minute samples.",
    ).format(epsilon=t.percent(d["overflow_probability"], 2))
    scenario = t.translate("CarrierBrief", "scenario “{name}”").format(name=d["scenario"])
    cols = [
        t.translate("CarrierBrief", "year"),
        t.translate("CarrierBrief", "members"),
        t.translate("CarrierBrief", "busy-hour capacity (Mbps)"),
        t.translate("CarrierBrief", "commit (Mbps)"),
    ]
    vcols = [
        t.translate("CarrierBrief", "village"),
        t.translate("CarrierBrief", "households"),
        t.translate("CarrierBrief", "pledges"),
    ]
    in_phase = t.translate("CarrierBrief", "in this phase")
    # (lupdate only sees translate() calls outside f-strings: texts first, markup after)
    x = {
        k: e(v)
        for k, v in {
            "title": t.translate("CarrierBrief", "Request for quote — IP transit and backhaul"),
            "contact": t.translate("CarrierBrief", "Contact:"),
            "ask": t.translate("CarrierBrief", "What we ask for"),
            "by_year": t.translate("CarrierBrief", "Capacity and commit by year of the term"),
            "villages": t.translate("CarrierBrief", "Villages (counts only)"),
            "footer": t.translate(
                "CarrierBrief",
                "Counts only: this document holds no personal data. "
                "Prepared with coopnet. Costs in our own model are HT.",
            ),
        }.items()
    }
    return f"""<html><body style="font-family: 'DejaVu Sans', sans-serif; font-size: 9pt;">
<h2 style="color:#2F5D50">{x["title"]}</h2>
<p><b>{e(d["cooperative"])}</b> · {t.date(d["date"])} · {e(scenario)}</p>
<p>{x["contact"]} {contact}</p>
<p>{e(intro)}</p>
<h3>{x["ask"]}</h3>
<table border=1 cellspacing=0 cellpadding=4 width=100%>{rows}</table>
<h3>{x["by_year"]}</h3>
<table border=1 cellspacing=0 cellpadding=4>
<tr>{"".join(f"<th>{e(c)}</th>" for c in cols)}</tr>{yrows}</table>
<p>{e(method)}</p>
<h3>{x["villages"]}</h3>
<table border=1 cellspacing=0 cellpadding=3 width=100%>
<tr><th>INSEE</th>{"".join(f"<th>{e(c)}</th>" for c in vcols)}{head}<th>{e(in_phase)}</th></tr>{vrows}</table>
<p style="color:#555">{x["footer"]}</p>
</body></html>"""


def _ensure_gui_app():
    """QTextDocument/QPdfWriter need a Qt application; the CLI has none."""
    from coopnet.qt_runtime import ensure_app

    return ensure_app()


def write_pdf(path: Path, d: dict) -> None:
    _ensure_gui_app()
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    t = _t(d)
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.A4))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(15, 15, 15, 15), QPageLayout.Millimeter
        )
    )
    writer.setResolution(144)
    writer.setTitle(
        t.translate("CarrierBrief", "Request for quote — {cooperative}").format(cooperative=d["cooperative"])
    )
    writer.setCreator("coopnet")
    doc = QTextDocument()
    doc.setHtml(_html(d))
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)


def write_xlsx(path: Path, d: dict) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    t = _t(d)
    wb = Workbook()
    ws = wb.active
    ws.title = t.translate("CarrierBrief", "Request for quote")
    ws["A1"] = t.translate("CarrierBrief", "Request for quote — IP transit and backhaul")
    ws["A1"].font = Font(bold=True, size=14)
    scenario = t.translate("CarrierBrief", "scenario “{name}”").format(name=d["scenario"])
    ws["A2"] = f"{d['cooperative']} · {t.date(d['date'])} · {scenario}"
    ws["A3"] = (
        t.translate("CarrierBrief", "Contact:")
        + " "
        + (" · ".join(d["contact"].values()) or t.translate("CarrierBrief", "to be completed by the board"))
    )
    for i, (k, v) in enumerate(_rows(d), start=5):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 34, 100
    ys = wb.create_sheet(t.translate("CarrierBrief", "By year"))
    ys.append(
        [
            t.translate("CarrierBrief", "year"),
            t.translate("CarrierBrief", "members"),
            t.translate("CarrierBrief", "busy-hour capacity (Mbps)"),
            t.translate("CarrierBrief", "commit (Mbps)"),
        ]
    )
    for y in d["by_year"]:
        ys.append([y["year"], round(y["subscribers"], 1), round(y["capacity_mbps"], 1), y["commit_mbps"]])
    vs = wb.create_sheet(t.translate("CarrierBrief", "Villages"))
    vs.append(
        [
            "INSEE",
            t.translate("CarrierBrief", "village"),
            t.translate("CarrierBrief", "households"),
            t.translate("CarrierBrief", "pledges"),
            *d["tier_names"],
            t.translate("CarrierBrief", "in this phase"),
        ]
    )
    yes = t.translate("CarrierBrief", "yes")
    for v in d["villages"]:
        vs.append(
            [
                v["insee"],
                v["name"],
                v["households"],
                v["pledges"],
                *[v["tiers"].get(x, 0) for x in d["tier_names"]],
                yes if v["included"] else "",
            ]
        )
    vs.append([])
    vs.append([t.translate("CarrierBrief", "Counts only: no personal data.")])
    for sheet in wb.worksheets:
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    from coopnet.io.xlsx_cached import save_with_values

    save_with_values(wb, path)


def write_brief(path: Path, d: dict) -> Path:
    """Write the brief (.pdf or .xlsx); OutputError when it could not be written."""
    from coopnet.io.output_file import output_file, pdf_complete

    path = Path(path)
    pdf = path.suffix.lower() == ".pdf"
    with output_file(path, complete=pdf_complete if pdf else None) as tmp:
        (write_pdf if pdf else write_xlsx)(tmp, d)
    return path
