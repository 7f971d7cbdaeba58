"""Renegotiation brief (PDF or XLSX), built like the carrier brief: what was measured, when the
95th percentile passes the commit, and the commit to ask for. Counts only: no name, no address."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from coopnet.io.brief import _ensure_gui_app
from coopnet.translation import catalog


def brief_data(project, cal: dict, months: list[dict], villages: list[dict], lang: str | None) -> dict:
    return {
        "lang": catalog(lang).lang,
        "cooperative": project.name,
        "date": dt.date.today(),
        "cal": cal,
        "months": months,
        "villages": [v for v in villages if v["members"]],
    }


def _rows(d: dict) -> list[tuple[str, str]]:
    t = catalog(d["lang"])
    n = t.number
    mbps = t.translate("RenegotiationBrief", "{value} Mbps")
    c, o = d["cal"], d["cal"]["outlook"]
    me = c["measured"]
    if o["commit_mbps"] <= 0:
        passes = t.translate("RenegotiationBrief", "no commit in the current contract")
    elif o["already_above"]:
        passes = t.translate("RenegotiationBrief", "already passed ({month})").format(
            month=o["passes_commit"]
        )
    elif o["passes_commit"]:
        passes = o["passes_commit"]
    else:
        passes = t.translate("RenegotiationBrief", "not within 10 years")
    return [
        (t.translate("RenegotiationBrief", "Period measured"), f"{c['from']} – {c['to']}"),
        (t.translate("RenegotiationBrief", "Members connected"), n(c["members"])),
        (t.translate("RenegotiationBrief", "Current commit"), mbps.format(value=n(o["commit_mbps"]))),
        (
            t.translate("RenegotiationBrief", "Last 95th percentile"),
            t.translate("RenegotiationBrief", "{value} Mbps ({month})").format(
                value=n(o["last_p95_mbps"] or 0, 1), month=o["last_month"] or "—"
            ),
        ),
        (
            t.translate("RenegotiationBrief", "Growth of the 95th percentile"),
            t.translate("RenegotiationBrief", "{growth} per year ({source})").format(
                growth=t.percent(o["growth_per_year"], 1),
                source=t.translate("RenegotiationBrief", "measured")
                if o["growth_source"] == "measured"
                else t.translate("RenegotiationBrief", "assumed"),
            ),
        ),
        (t.translate("RenegotiationBrief", "Month the 95th percentile passes the commit"), passes),
        (
            t.translate("RenegotiationBrief", "Commit we ask for"),
            t.translate("RenegotiationBrief", "{value} Mbps for a {years}-year term").format(
                value=n(o["ask_commit_mbps"] or 0), years=o["term_years"]
            ),
        ),
        (
            t.translate("RenegotiationBrief", "Busy-hour rate per line (measured)"),
            mbps.format(value=n(me["per_line_busy_mbps"], 2)),
        ),
        (
            t.translate("RenegotiationBrief", "Busy hour ÷ average hour (measured)"),
            n(me["busy_hour_factor"], 2),
        ),
    ]


def _month_cols(t) -> list[str]:
    return [
        t.translate("RenegotiationBrief", "month"),
        t.translate("RenegotiationBrief", "95th percentile (Mbps)"),
        t.translate("RenegotiationBrief", "commit (Mbps)"),
        t.translate("RenegotiationBrief", "bill (€ HT)"),
    ]


def _html(d: dict) -> str:
    t = catalog(d["lang"])
    e, n = html.escape, t.number
    rows = "".join(f"<tr><th align=left width=40%>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in _rows(d))
    mrows = "".join(
        f"<tr><td>{e(m['month'])}</td><td align=right>{n(m['p95_mbps'], 1)}</td>"
        f"<td align=right>{n(m['commit_mbps'])}</td><td align=right>{e(t.money(m['bill_eur']))}</td></tr>"
        for m in d["months"]
    )
    vrows = "".join(
        f"<tr><td>{e(v['insee'])}</td><td>{e(v['name'])}</td><td align=right>{n(v['members'])}</td></tr>"
        for v in d["villages"]
    )
    x = {
        k: e(v)
        for k, v in {
            "title": t.translate("RenegotiationBrief", "Renegotiation of the transit commit"),
            "intro": t.translate(
                "RenegotiationBrief",
                "Measured on our own router, 95th percentile of 5-minute "
                "rates each month; the commit we ask for is the 95th "
                "percentile expected at the end of the new term.",
            ),
            "months": t.translate("RenegotiationBrief", "Measured months"),
            "villages": t.translate("RenegotiationBrief", "Members connected per village (counts only)"),
            "village": t.translate("RenegotiationBrief", "village"),
            "members": t.translate("RenegotiationBrief", "members"),
            "footer": t.translate(
                "RenegotiationBrief",
                "Counts only: this document holds no personal data. Prepared with coopnet.",
            ),
        }.items()
    }
    cols = "".join(f"<th>{e(c)}</th>" for c in _month_cols(t))
    return f"""<html><body style="font-family: 'DejaVu Sans', sans-serif; font-size: 9pt;">
<h2 style="color:#2F5D50">{x["title"]}</h2>
<p><b>{e(d["cooperative"])}</b> · {t.date(d["date"])}</p><p>{x["intro"]}</p>
<table border=1 cellspacing=0 cellpadding=4 width=100%>{rows}</table>
<h3>{x["months"]}</h3><table border=1 cellspacing=0 cellpadding=4><tr>{cols}</tr>{mrows}</table>
<h3>{x["villages"]}</h3><table border=1 cellspacing=0 cellpadding=3>
<tr><th>INSEE</th><th>{x["village"]}</th><th>{x["members"]}</th></tr>{vrows}</table>
<p style="color:#555">{x["footer"]}</p></body></html>"""


def write_pdf(path: Path, d: dict) -> None:
    _ensure_gui_app()
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    t = catalog(d["lang"])
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(15, 15, 15, 15), QPageLayout.Millimeter
        )
    )
    writer.setResolution(144)
    writer.setTitle(t.translate("RenegotiationBrief", "Renegotiation of the transit commit"))
    writer.setCreator("coopnet")
    doc = QTextDocument()
    doc.setHtml(_html(d))
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)


def write_xlsx(path: Path, d: dict) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    t = catalog(d["lang"])
    wb = Workbook()
    ws = wb.active
    ws.title = t.translate("RenegotiationBrief", "Renegotiation")
    ws["A1"] = t.translate("RenegotiationBrief", "Renegotiation of the transit commit")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = f"{d['cooperative']} · {t.date(d['date'])}"
    for i, (k, v) in enumerate(_rows(d), start=4):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=i, column=2, value=v)
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 46, 60
    ms = wb.create_sheet(t.translate("RenegotiationBrief", "Months"))
    ms.append(_month_cols(t))
    for m in d["months"]:
        ms.append([m["month"], round(m["p95_mbps"], 2), m["commit_mbps"], round(m["bill_eur"], 2)])
    vs = wb.create_sheet(t.translate("RenegotiationBrief", "Villages"))
    vs.append(
        ["INSEE", t.translate("RenegotiationBrief", "village"), t.translate("RenegotiationBrief", "members")]
    )
    for v in d["villages"]:
        vs.append([v["insee"], v["name"], v["members"]])
    vs.append([])
    vs.append([t.translate("RenegotiationBrief", "Counts only: no personal data.")])
    from coopnet.io.output_file import save_workbook

    save_workbook(wb, path)


def write_brief(path: Path, d: dict) -> Path:
    """Through ``output_file``: one line if it cannot be written, never half a file."""
    from coopnet.io.output_file import output_file, pdf_complete

    path = Path(path)
    pdf = path.suffix.lower() == ".pdf"
    with output_file(path, complete=pdf_complete if pdf else None) as tmp:
        (write_pdf if pdf else write_xlsx)(tmp, d)
    return path
