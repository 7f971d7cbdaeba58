"""Walk lists: A4 sheets of a village's doors, one street after another, for paper canvassing.

Each door shows its short code, its address, its status today, a box per outcome (the same
letters as the doors table's keys) and a line for a note. The information notice for pledges
ends the document, so a household that pledges on the doorstep can be given it. Back at the
computer the sheet is typed back by door code (ui/members/type_back.py, ``coopnet visit``).
Rendered by Qt (QTextDocument → QPdfWriter), like the pledge form.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path

from coopnet.core import fr
from coopnet.core.members import STATUS_LABELS, STATUS_LABELS_FR, STATUS_KEYS
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.core.walklist import OUTCOME_KEYS, door_code, walking_order
from coopnet.errors import CoopnetError
from coopnet.translation import catalog


@dataclass
class WalkList:
    village: str
    insee: str
    streets: list[tuple[str, list[dict]]]

    @property
    def doors(self) -> int:
        return sum(len(d) for _, d in self.streets)


def build_walklist(
    project, insee: str, street: str | None = None, statuses: tuple[str, ...] | None = None
) -> WalkList:
    """The doors to print: a village, optionally one street (accent/case-insensitive) and statuses."""
    from coopnet.store.doors import list_doors
    from coopnet.store.villages import get_village

    village = get_village(project, insee)
    if village is None:
        raise CoopnetError(
            QT_TRANSLATE_NOOP(
                "WalkList", "{code}: no such village in this project (see “coopnet info”)"
            ).format(code=insee)
        )
    doors = list_doors(project, insee)
    if not doors:
        raise CoopnetError(
            QT_TRANSLATE_NOOP(
                "WalkList",
                "{village} has no doors yet: import its BAN addresses first "
                "(File ▸ Import Addresses (BAN)… or “coopnet import addresses”)",
            ).format(village=village.name)
        )
    if street:
        wanted = _fold(street)
        doors = [d for d in doors if wanted in _fold(d.get("nom_voie") or "")]
        if not doors:
            raise CoopnetError(
                QT_TRANSLATE_NOOP("WalkList", "no street of {village} matches “{street}”").format(
                    village=village.name, street=street
                )
            )
    if statuses:
        doors = [d for d in doors if (d.get("status") or "not_visited") in statuses]
    return WalkList(village.name, insee, walking_order(doors))


def _fold(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().strip()


def _status_label(status: str, lang: str) -> str:
    labels = STATUS_LABELS_FR if lang == "fr" else STATUS_LABELS
    return labels.get(status or "not_visited", status or "")


def walklist_html(project, walk: WalkList, lang: str | None = None, today: dt.date | None = None) -> str:
    """The walk list as HTML for QTextDocument; every value from the project is escaped."""
    from coopnet.io.pledge_form_pdf import notice_html
    from coopnet.store.doors import address_text

    t = catalog(lang)
    lang = t.lang
    today = today or dt.date.today()
    date_text = fr.format_date(today)
    legend = " &nbsp; ".join(
        f"<b>{k}</b>&nbsp;{html.escape(_status_label(STATUS_KEYS[k], lang))}" for k in OUTCOME_KEYS
    )
    x = {
        "title": html.escape(
            t.translate("WalkList", "Walk list — {village} ({insee})").format(
                village=walk.village, insee=walk.insee
            )
        ),
        "printed": html.escape(
            t.translate("WalkList", "Printed on {date} · {count} doors").format(
                date=date_text, count=walk.doors
            )
        ),
        "volunteer": html.escape(t.translate("WalkList", "Volunteer:")),
        "howto": html.escape(
            t.translate(
                "WalkList",
                "Tick one box per door. Back at the computer: Members ▸ Walk Lists ▸ Type Back, "
                "then the door code and the letter.",
            )
        ),
        "code": html.escape(t.translate("WalkList", "Code")),
        "address": html.escape(t.translate("WalkList", "Address")),
        "now": html.escape(t.translate("WalkList", "Status today")),
        "outcome": html.escape(t.translate("WalkList", "Outcome")),
        "note": html.escape(t.translate("WalkList", "Note")),
        "no_name": html.escape(t.translate("WalkList", "(no street name)")),
        "empty": html.escape(t.translate("WalkList", "No door of this village has the chosen status.")),
    }
    boxes = " ".join(f"☐{k}" for k in OUTCOME_KEYS)
    parts = []
    for i, (street, doors) in enumerate(walk.streets):
        brk = " style='page-break-before:always'" if i else ""
        rows = "".join(
            f"<tr><td style='padding:5px 3px; font-family:DejaVu Sans Mono'><b>{door_code(d['id'])}</b></td>"
            f"<td style='padding:5px 3px'>{html.escape(address_text(d))}</td>"
            f"<td style='padding:5px 3px; color:#555'>{html.escape(_status_label(d.get('status'), lang))}</td>"
            f"<td style='padding:5px 3px; font-size:10pt'>{boxes}</td>"
            f"<td style='padding:5px 3px; color:#888'>{'_' * 22}</td></tr>"
            for d in doors
        )
        parts.append(
            f"<div{brk}><h2 style='margin:0'>{x['title']}</h2>"
            f"<p style='margin:2px 0; color:#444'>{x['printed']} &nbsp;·&nbsp; {x['volunteer']} {'_' * 20}</p>"
            f"<h3 style='margin:6px 0 2px 0'>{html.escape(street) if street else x['no_name']}"
            f" <span style='font-weight:normal; color:#555'>({len(doors)})</span></h3>"
            f"<p style='font-size:8pt; margin:0 0 4px 0'>{legend}</p>"
            f"<table width='100%' cellspacing='0' border='0.5' style='border-collapse:collapse; "
            f"border-color:#999'><tr style='background:#eee'><th align='left'>{x['code']}</th>"
            f"<th align='left'>{x['address']}</th><th align='left'>{x['now']}</th>"
            f"<th align='left'>{x['outcome']}</th><th align='left'>{x['note']}</th></tr>{rows}</table>"
            f"<p style='font-size:8pt; color:#555'>{x['howto']}</p></div>"
        )
    if not parts:
        parts.append(f"<h2>{x['title']}</h2><p>{x['empty']}</p>")
    notice = f"<div style='page-break-before:always'>{notice_html(project, lang)}</div>"
    return (
        "<html><body style=\"font-family:'DejaVu Sans'; font-size:9pt\">"
        + "".join(parts)
        + notice
        + "</body></html>"
    )


def write_walklist(project, walk: WalkList, path, lang: str | None = None) -> Path:
    """Write the walk list to ``path`` (A4 portrait PDF) in ``lang``; written whole or not at all."""
    from coopnet.io.output_file import output_file, pdf_complete

    path = Path(path)
    with output_file(path, complete=pdf_complete) as tmp:
        _write_pdf(project, walk, tmp, lang)
    return path


def _write_pdf(project, walk: WalkList, tmp: Path, lang: str | None) -> None:
    from coopnet.io.pledge_form_pdf import write_a4_html

    t = catalog(lang)
    title = t.translate("WalkList", "Walk list — {village} ({insee})").format(
        village=walk.village, insee=walk.insee
    )
    write_a4_html(tmp, walklist_html(project, walk, t.lang), title, margins_mm=(12, 10, 12, 10), font_pt=9)
