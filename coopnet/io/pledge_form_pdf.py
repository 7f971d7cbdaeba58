"""A printable pledge form (A4 PDF, in French or English) with the personal-data notice.

For paper canvassing: the same fields as the app's form, the two separate consent
boxes (the register one required, the news one unticked), and the information notice
GDPR art. 13 asks for (controller, purpose, legal basis, recipients, retention, rights,
CNIL), filled from the cooperative's settings in the project's meta table.
Rendered by Qt (QTextDocument → QPdfWriter), so no extra dependency.
"""

from __future__ import annotations

import html
from pathlib import Path

from coopnet.core.members import CONSENT_WORDING_VERSION, DEFAULT_TIERS
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.translation import catalog

# meta key → placeholder shown when the cooperative has not filled it in yet.
SETTINGS = {
    "controller_name": QT_TRANSLATE_NOOP("PledgeForm", "[name of the cooperative — to be completed]"),
    "controller_address": QT_TRANSLATE_NOOP(
        "PledgeForm", "[address of the registered office — to be completed]"
    ),
    "contact_email": QT_TRANSLATE_NOOP("PledgeForm", "[contact email — to be completed]"),
    "dpo_contact": "",
    "retention_months": "36",
}


def form_settings(project, lang: str | None = None) -> dict:
    t = catalog(lang)
    defaults = {key: t.say(default) for key, default in SETTINGS.items()}
    values = {key: (project.meta(key) or "").strip() or default for key, default in defaults.items()}
    if values["controller_name"] == defaults["controller_name"] and project.name:
        values["controller_name"] = project.name
    return values


def _tiers(project) -> tuple[str, ...]:
    try:
        from coopnet.store.pledges import tiers

        return tiers(project)
    except Exception:  # a damaged setting must not stop the paper form
        return DEFAULT_TIERS


def form_html(project, lang: str | None = None) -> str:
    """The form as HTML for QTextDocument; every user value is escaped before it is placed."""
    t = catalog(lang)
    s = {k: html.escape(v) for k, v in form_settings(project, t.lang).items()}
    wording = html.escape(project.meta("consent_wording_version") or CONSENT_WORDING_VERSION)
    box = "☐"
    tiers = " &nbsp;&nbsp; ".join(f"{box} {html.escape(x)}" for x in _tiers(project))
    line = "<span style='color:#888'>" + "_" * 62 + "</span>"
    short = "<span style='color:#888'>" + "_" * 24 + "</span>"

    def row(label: str, value: str = line) -> str:
        return (
            f"<tr><td width='30%' style='padding:9px 4px'><b>{html.escape(label)}</b></td>"
            f"<td style='padding:9px 4px'>{value}</td></tr>"
        )

    # Texts first, markup after: lupdate only sees translate() calls outside f-strings. The
    # paragraphs hold our own markup (<b>, <i>); user values are escaped before they are placed.
    x = {
        "title": html.escape(t.translate("PledgeForm", "Membership pledge — very high-speed broadband")),
        "intro": t.translate(
            "PledgeForm",
            "I would like my household to be connected to the cooperative’s "
            "network and, if my village’s threshold is reached, I undertake to "
            "join on the terms below. This pledge does not bind you until the "
            "membership contract is signed.",
        ),
        "email": html.escape(t.translate("PledgeForm", "Email")),
        "per_month": html.escape(t.translate("PledgeForm", "€ / month")),
        "consent": t.translate(
            "PledgeForm",
            "<b>I agree</b> that my details be recorded in the cooperative’s "
            "register of pledges, to be contacted again about my connection "
            "<i>(required to record the pledge; wording version {version})</i>.",
        ).format(version=wording),
        "news": t.translate(
            "PledgeForm",
            "I agree to receive the cooperative’s news by email <i>(optional, "
            "leave unticked if you do not wish to)</i>.",
        ),
        "signature": html.escape(t.translate("PledgeForm", "Signature:")),
    }
    fields = [
        row(t.translate("PledgeForm", "Last name")),
        row(t.translate("PledgeForm", "First name")),
        row(t.translate("PledgeForm", "Address (no., street)")),
        row(t.translate("PledgeForm", "Postcode / Commune"), short + " &nbsp; " + short),
        row(t.translate("PledgeForm", "Phone"), short + f" &nbsp; <b>{x['email']}</b> " + short),
        row(t.translate("PledgeForm", "Wanted speed"), tiers),
        row(t.translate("PledgeForm", "Monthly fee accepted"), short + " " + x["per_month"]),
        row(t.translate("PledgeForm", "Member shares"), short + " €"),
        row(t.translate("PledgeForm", "Date"), "____ / ____ / ________"),
        row(t.translate("PledgeForm", "Volunteer"), short),
        row(t.translate("PledgeForm", "Notes"), line),
    ]
    return f"""
<html><body style="font-family:'DejaVu Sans'; font-size:9.5pt">
<h2 style="margin:0">{x["title"]}</h2>
<p style="margin-top:2px; color:#444">{s["controller_name"]}</p>
<p>{x["intro"]}</p>
<table width="100%" cellspacing="0" style="border-collapse:collapse">
{"".join(fields)}
</table>
<p style="margin-top:8px">{box} {x["consent"]}</p>
<p>{box} {x["news"]}</p>
<p style="margin-top:10px">{x["signature"]} {short}</p>
<hr/>
{notice_html(project, t.lang)}
</body></html>"""


def notice_html(project, lang: str | None = None) -> str:
    """The information notice (GDPR art. 13) as HTML: printed under the form and after walk lists."""
    t = catalog(lang)
    s = {k: html.escape(v) for k, v in form_settings(project, t.lang).items()}
    years = max(1, round(int(s["retention_months"]) / 12)) if s["retention_months"].isdigit() else 3
    x = {
        "notice": html.escape(t.translate("PledgeForm", "Your personal data")),
        "controller": t.translate(
            "PledgeForm", "<b>Controller:</b> {controller}, {address} — contact: {email}."
        ).format(controller=s["controller_name"], address=s["controller_address"], email=s["contact_email"]),
        "dpo": (
            t.translate("PledgeForm", "Data protection officer: {dpo}").format(dpo=s["dpo_contact"])
            if s["dpo_contact"]
            else ""
        ),
        "purpose": t.translate(
            "PledgeForm",
            "<b>Purpose:</b> keeping the register of membership pledges, "
            "measuring each village’s interest in very high-speed broadband and "
            "contacting you again about your connection. <b>Legal basis:</b> "
            "your consent, which you may withdraw at any time.",
        ),
        "recipients": t.translate(
            "PledgeForm",
            "<b>Recipients:</b> the cooperative’s volunteers and board. "
            "Carriers and town halls only receive figures per village "
            "(number of pledges), never your name or contact details, "
            "unless you agree in writing.",
        ),
        "retention": t.translate(
            "PledgeForm",
            "<b>Retention:</b> if you do not become a member, your data are "
            "anonymised {years} years after our last contact; only the "
            "commune, the status and the wanted speed are kept, for "
            "statistics.",
        ).format(years=years),
        "rights": t.translate(
            "PledgeForm",
            "<b>Your rights:</b> access, rectification, erasure, restriction, "
            "objection, portability and withdrawal of consent, by writing to "
            "{email}; answer within one month.",
        ).format(email=s["contact_email"]),
        "complaints": t.translate(
            "PledgeForm",
            "<b>Complaints:</b> you may refer the matter to the CNIL "
            "(www.cnil.fr, 3 place de Fontenoy, TSA 80715, 75334 Paris "
            "Cedex 07).",
        ),
    }
    dpo = f"<br/>{x['dpo']}" if x["dpo"] else ""
    return f"""<h3 style="margin-bottom:2px">{x["notice"]}</h3>
<p style="font-size:8.5pt; margin-top:2px">
{x["controller"]}{dpo}<br/>
{x["purpose"]}<br/>
{x["recipients"]}<br/>
{x["retention"]}<br/>
{x["rights"]}<br/>
{x["complaints"]}</p>"""


def _ensure_gui_app():
    """QTextDocument/QPdfWriter need a Qt application; the CLI has none."""
    from coopnet.qt_runtime import ensure_app

    return ensure_app()


def write_pledge_form(project, path, lang: str | None = None) -> Path:
    """Write the A4 form to ``path`` in ``lang`` ("fr"/"en", default: the environment's)."""
    from coopnet.io.output_file import output_file, pdf_complete

    path = Path(path)
    with output_file(path, complete=pdf_complete) as tmp:
        _write_form(project, tmp, lang)
    return path


def _write_form(project, tmp: Path, lang: str | None) -> None:
    write_a4_html(
        tmp,
        form_html(project, lang),
        catalog(lang).translate("PledgeForm", "Membership pledge"),
        margins_mm=(15, 12, 15, 12),
        font_pt=10,
    )


def write_a4_html(
    tmp: Path, html: str, title: str, margins_mm: tuple[float, float, float, float], font_pt: int
) -> None:
    """Print ``html`` to an A4 portrait PDF at ``tmp`` (the pledge form, the walk lists)."""
    _ensure_gui_app()
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(tmp))
    writer.setTitle(title)
    writer.setCreator("coopnet")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(*margins_mm), QPageLayout.Millimeter
        )
    )
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", font_pt))
    doc.setHtml(html)
    # Lay the text out on the printable width of A4 (in points), so lines are not cramped.
    rect = writer.pageLayout().paintRect(QPageLayout.Point)
    doc.setPageSize(QSizeF(rect.width() * 96 / 72, rect.height() * 96 / 72))
    doc.print_(writer)
    del writer  # flushes and closes the file
