"""Carrier brief: a request for quote a board can send to wholesale carriers (PDF or XLSX).

Counts only: villages, households and pledges per village — never a name, phone or address.
"""

from __future__ import annotations

import datetime as dt
import html
import os
from pathlib import Path

from coopnet.core.fr import format_date, format_number
from coopnet.core.model_inputs import ModelInputs, handoff_pop


def brief_data(scenario: str, inputs: ModelInputs, tiers: list[dict], result) -> dict:
    p, t = result.params, result.traffic
    term = p["contract_term_years"]
    years = t.contract_years(term)
    pop, pop_km = handoff_pop(inputs)
    tier_names = sorted({k or "not stated" for v in tiers for k in v["tiers"]},
                        key=lambda s: (len(s), s))
    included = {vl.insee for vl in t.villages if vl.included}
    villages = [{"insee": v["insee"], "name": v["name"], "households": v["households"],
                 "pledges": sum(v["tiers"].values()),
                 "tiers": {(k or "not stated"): n for k, n in v["tiers"].items()},
                 "included": v["insee"] in included} for v in tiers]
    contact = {k: v for k, v in inputs.contact.items() if v}
    return {
        "cooperative": inputs.cooperative, "scenario": scenario, "date": dt.date.today(),
        "contact": contact, "villages": villages, "tier_names": tier_names,
        "households": sum(v["households"] for v in villages),
        "pledges": sum(v["pledges"] for v in villages),
        "subscribers_target": t.subscribers,
        "subscribers_now": years[0]["subscribers"] if years else 0.0,
        "subscribers_end": years[-1]["subscribers"] if years else 0.0,
        "per_line_mbps": t.per_line_mbps, "gb_per_month": p["gb_per_month"],
        "busy_hour_mean_mbps": t.busy_hour_mean_mbps, "capacity_mbps": t.capacity_mbps,
        "sum_of_villages_mbps": t.sum_of_villages_mbps, "pooling_gain": t.pooling_gain,
        "commit_mbps": years[0]["commit_mbps"] if years else t.commit_mbps,
        "commit_full_mbps": t.commit_mbps, "p95_mbps": t.p95_mbps, "burst_mbps": t.burst_mbps,
        "port": t.port, "term_years": term, "growth": p["traffic_growth_rate"],
        "by_year": years, "availability": p["availability_target"],
        "overflow_probability": p["overflow_probability"],
        "time_to_restore_hours": p["time_to_restore_hours"],
        "pop": None if pop is None else {"name": pop.name, "lat": pop.lat, "lon": pop.lon,
                                         "distance_km": pop_km, "illustrative": pop.illustrative},
    }


def _rows(d: dict) -> list[tuple[str, str]]:
    pop = d["pop"]
    pop_text = "none known — to be proposed by the carrier" if pop is None else (
        f"{pop['name']} ({format_number(pop['lat'], 4)} N, {format_number(pop['lon'], 4)} E), "
        f"{format_number(pop['distance_km'], 1)} km from the centre of the villages"
        + (" — illustrative position" if pop["illustrative"] else ""))
    return [
        ("Handoff point of presence", pop_text),
        ("Interface / port", f"{d['port']} Ethernet (burst needs up to {format_number(d['burst_mbps'])} Mbps)"),
        ("Committed rate, first year", f"{format_number(d['commit_mbps'])} Mbps, "
                                       "95th-percentile billing on 5-minute samples"),
        ("Committed rate at full take-up", f"{format_number(d['commit_full_mbps'])} Mbps"),
        ("Burst cap wanted", f"{format_number(d['burst_mbps'])} Mbps"),
        ("Overage", "price per Mbps above the commit, please state it"),
        ("Members now → end of term", f"{format_number(d['subscribers_now'])} → "
                                      f"{format_number(d['subscribers_end'])} "
                                      f"(target {format_number(d['subscribers_target'])})"),
        ("Busy-hour demand (all members)", f"mean {format_number(d['busy_hour_mean_mbps'])} Mbps, "
                                           f"capacity {format_number(d['capacity_mbps'])} Mbps"),
        ("Usage assumption", f"{format_number(d['gb_per_month'])} GB/month per line, "
                             f"{format_number(d['per_line_mbps'], 2)} Mbps per line in the busy hour, "
                             f"growth {format_number(d['growth'] * 100)} %/year"),
        ("Pooling", f"sum of the villages served separately {format_number(d['sum_of_villages_mbps'])} Mbps; "
                    f"grouped {format_number(d['capacity_mbps'])} Mbps "
                    f"(pooling gain {format_number(d['pooling_gain'] * 100)} %)"),
        ("Term", f"{d['term_years']} years"),
        ("Availability wanted", f"{format_number(d['availability'] * 100, 2)} %"),
        ("Time to restore wanted", f"{format_number(d['time_to_restore_hours'], 1)} hours"),
        ("Delivery date", "to be agreed"),
    ]


def _html(d: dict) -> str:
    e = html.escape
    contact = "<br>".join(e(v) for v in d["contact"].values()) or "to be completed by the board"
    rows = "".join(f"<tr><th align=left width=30%>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in _rows(d))
    tiers = d["tier_names"]
    head = "".join(f"<th>{e(t)}</th>" for t in tiers)
    vrows = "".join(
        f"<tr><td>{e(v['insee'])}</td><td>{e(v['name'])}</td><td align=right>{format_number(v['households'])}</td>"
        f"<td align=right>{format_number(v['pledges'])}</td>"
        + "".join(f"<td align=right>{format_number(v['tiers'].get(t, 0))}</td>" for t in tiers)
        + f"<td align=center>{'yes' if v['included'] else '—'}</td></tr>" for v in d["villages"])
    yrows = "".join(
        f"<tr><td align=center>{y['year']}</td><td align=right>{format_number(y['subscribers'])}</td>"
        f"<td align=right>{format_number(y['capacity_mbps'])}</td><td align=right>{format_number(y['commit_mbps'])}</td></tr>"
        for y in d["by_year"])
    return f"""<html><body style="font-family: 'DejaVu Sans', sans-serif; font-size: 9pt;">
<h2 style="color:#2F5D50">Request for quote — IP transit and backhaul</h2>
<p><b>{e(d['cooperative'])}</b> · {format_date(d['date'])} · scenario “{e(d['scenario'])}”</p>
<p>Contact: {contact}</p>
<p>We are a cooperative of {len(d['villages'])} villages ({format_number(d['households'])} households,
{format_number(d['pledges'])} pledges so far). We ask for a quote for one handoff serving all of
them: grouping the villages needs far less capacity than serving each alone.</p>
<h3>What we ask for</h3>
<table border=1 cellspacing=0 cellpadding=4 width=100%>{rows}</table>
<h3>Capacity and commit by year of the term</h3>
<table border=1 cellspacing=0 cellpadding=4>
<tr><th>year</th><th>members</th><th>busy-hour capacity (Mbps)</th><th>commit (Mbps)</th></tr>{yrows}</table>
<p>Capacity C = M + α√V, α = √(−2 ln ε), ε = {format_number(d['overflow_probability'] * 100, 2)} %
(Gaussian aggregate of independent lines); the commit minimises the expected
95th-percentile bill in a seeded simulation of 5-minute samples.</p>
<h3>Villages (counts only)</h3>
<table border=1 cellspacing=0 cellpadding=3 width=100%>
<tr><th>INSEE</th><th>village</th><th>households</th><th>pledges</th>{head}<th>in this phase</th></tr>{vrows}</table>
<p style="color:#555">Counts only: this document holds no personal data. Prepared with coopnet.
Costs in our own model are HT.</p>
</body></html>"""


def _ensure_gui_app():
    """QTextDocument/QPdfWriter need a Qt application; the CLI has none."""
    from coopnet.qt_runtime import ensure_app
    return ensure_app()


def write_pdf(path: Path, d: dict) -> None:
    _ensure_gui_app()
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.A4))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Millimeter))
    writer.setResolution(144)
    writer.setTitle(f"Request for quote — {d['cooperative']}")
    writer.setCreator("coopnet")
    doc = QTextDocument()
    doc.setHtml(_html(d))
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)


def write_xlsx(path: Path, d: dict) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Request for quote"
    ws["A1"] = "Request for quote — IP transit and backhaul"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = f"{d['cooperative']} · {format_date(d['date'])} · scenario {d['scenario']}"
    ws["A3"] = "Contact: " + (" · ".join(d["contact"].values()) or "to be completed by the board")
    for i, (k, v) in enumerate(_rows(d), start=5):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 34, 100
    ys = wb.create_sheet("By year")
    ys.append(["year", "members", "busy-hour capacity (Mbps)", "commit (Mbps)"])
    for y in d["by_year"]:
        ys.append([y["year"], round(y["subscribers"], 1), round(y["capacity_mbps"], 1), y["commit_mbps"]])
    vs = wb.create_sheet("Villages")
    vs.append(["INSEE", "village", "households", "pledges", *d["tier_names"], "in this phase"])
    for v in d["villages"]:
        vs.append([v["insee"], v["name"], v["households"], v["pledges"],
                   *[v["tiers"].get(t, 0) for t in d["tier_names"]], "yes" if v["included"] else ""])
    vs.append([])
    vs.append(["Counts only: no personal data."])
    for sheet in wb.worksheets:
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)


def write_brief(path: Path, d: dict) -> Path:
    path = Path(path)
    (write_pdf if path.suffix.lower() == ".pdf" else write_xlsx)(path, d)
    return path


