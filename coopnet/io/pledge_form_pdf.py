"""A printable pledge form (A4 PDF, in French) with the personal-data notice.

For paper canvassing: the same fields as the app's form, the two separate consent
boxes (the register one required, the news one unticked), and the information notice
GDPR art. 13 asks for (controller, purpose, legal basis, recipients, retention, rights,
CNIL), filled from the cooperative's settings in the project's meta table.
Rendered by Qt (QTextDocument → QPdfWriter), so no extra dependency.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from coopnet.core.members import CONSENT_WORDING_VERSION, DEFAULT_TIERS
from coopnet.errors import CoopnetError

# meta key → placeholder shown when the cooperative has not filled it in yet.
SETTINGS = {
    "controller_name": "[nom de la coopérative — à compléter]",
    "controller_address": "[adresse du siège — à compléter]",
    "contact_email": "[courriel de contact — à compléter]",
    "dpo_contact": "",
    "retention_months": "36",
}


def form_settings(project) -> dict:
    values = {key: (project.meta(key) or "").strip() or default for key, default in SETTINGS.items()}
    if values["controller_name"] == SETTINGS["controller_name"] and project.name:
        values["controller_name"] = project.name
    return values


def _tiers(project) -> tuple[str, ...]:
    try:
        from coopnet.store.pledges import tiers
        return tiers(project)
    except Exception:   # a damaged setting must not stop the paper form
        return DEFAULT_TIERS


def form_html(project) -> str:
    s = {k: html.escape(v) for k, v in form_settings(project).items()}
    years = max(1, round(int(s["retention_months"]) / 12)) if s["retention_months"].isdigit() else 3
    wording = html.escape(project.meta("consent_wording_version") or CONSENT_WORDING_VERSION)
    box = "☐"
    tiers = " &nbsp;&nbsp; ".join(f"{box} {html.escape(t)}" for t in _tiers(project))
    line = "<span style='color:#888'>" + "_" * 62 + "</span>"
    short = "<span style='color:#888'>" + "_" * 24 + "</span>"

    def row(label: str, value: str = line) -> str:
        return f"<tr><td width='30%' style='padding:9px 4px'><b>{label}</b></td><td style='padding:9px 4px'>{value}</td></tr>"

    dpo = f"<br/>Délégué à la protection des données : {s['dpo_contact']}" if s["dpo_contact"] else ""
    return f"""
<html><body style="font-family:'DejaVu Sans'; font-size:9.5pt">
<h2 style="margin:0">Promesse d'adhésion — très haut débit</h2>
<p style="margin-top:2px; color:#444">{s['controller_name']}</p>
<p>Je souhaite que mon foyer soit raccordé au réseau de la coopérative et je m'engage, si le
seuil de mon village est atteint, à adhérer aux conditions ci-dessous. Cette promesse ne vous
engage à rien tant que le contrat d'adhésion n'est pas signé.</p>
<table width="100%" cellspacing="0" style="border-collapse:collapse">
{row("Nom")}
{row("Prénom")}
{row("Adresse (n°, voie)")}
{row("Code postal / Commune", short + " &nbsp; " + short)}
{row("Téléphone", short + " &nbsp; <b>Courriel</b> " + short)}
{row("Débit souhaité", tiers)}
{row("Mensualité acceptée", short + " € / mois")}
{row("Parts sociales", short + " €")}
{row("Date", "____ / ____ / ________")}
{row("Bénévole", short)}
{row("Notes", line)}
</table>
<p style="margin-top:8px">{box} <b>J'accepte</b> que mes coordonnées soient enregistrées dans le
registre des promesses de la coopérative, pour être recontacté(e) au sujet de mon raccordement
<i>(obligatoire pour enregistrer la promesse ; texte version {wording})</i>.</p>
<p>{box} J'accepte de recevoir les actualités de la coopérative par courriel <i>(facultatif,
laisser non coché si vous ne le souhaitez pas)</i>.</p>
<p style="margin-top:10px">Signature : {short}</p>
<hr/>
<h3 style="margin-bottom:2px">Vos données personnelles</h3>
<p style="font-size:8.5pt; margin-top:2px">
<b>Responsable du traitement :</b> {s['controller_name']}, {s['controller_address']} —
contact : {s['contact_email']}.{dpo}<br/>
<b>Finalité :</b> tenir le registre des promesses d'adhésion, mesurer l'intérêt de chaque village
pour le très haut débit et vous recontacter au sujet de votre raccordement.
<b>Base légale :</b> votre consentement, que vous pouvez retirer à tout moment.<br/>
<b>Destinataires :</b> les bénévoles et le bureau de la coopérative. Les opérateurs et les
mairies ne reçoivent que des chiffres par village (nombre de promesses), jamais votre nom ou
vos coordonnées, sauf accord écrit de votre part.<br/>
<b>Durée de conservation :</b> si vous ne devenez pas adhérent(e), vos données sont anonymisées
{years} ans après notre dernier contact ; seuls restent, pour les statistiques, la commune, le
statut et le débit souhaité.<br/>
<b>Vos droits :</b> accès, rectification, effacement, limitation, opposition, portabilité et
retrait du consentement, en écrivant à {s['contact_email']} ; réponse sous un mois.<br/>
<b>Réclamation :</b> vous pouvez saisir la CNIL (www.cnil.fr, 3 place de Fontenoy, TSA 80715,
75334 Paris Cedex 07).</p>
</body></html>"""


def _ensure_gui_app():
    """QTextDocument/QPdfWriter need a Qt application; the CLI has none."""
    from coopnet.qt_runtime import ensure_app
    return ensure_app()


def write_pledge_form(project, path) -> Path:
    path = Path(path)
    if not path.parent.exists():
        raise CoopnetError(f"{path.parent}: no such folder")
    _ensure_gui_app()
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    tmp = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(tmp))
    writer.setTitle("Promesse d'adhésion")
    writer.setCreator("coopnet")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait,
                                     QMarginsF(15, 12, 15, 12), QPageLayout.Millimeter))
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", 10))
    doc.setHtml(form_html(project))
    # Lay the text out on the printable width of A4 (in points), so lines are not cramped.
    rect = writer.pageLayout().paintRect(QPageLayout.Point)
    doc.setPageSize(QSizeF(rect.width() * 96 / 72, rect.height() * 96 / 72))
    doc.print_(writer)
    del writer   # flushes and closes the file
    if not tmp.exists() or tmp.stat().st_size == 0:
        tmp.unlink(missing_ok=True)
        raise CoopnetError(f"{path}: the PDF could not be written")
    tmp.replace(path)
    return path
