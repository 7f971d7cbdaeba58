"""Export pledges to CSV (``;`` + UTF-8 with BOM, as French Excel opens it) or XLSX.

The XLSX has real dates and numbers (euro format), a frozen header and filters.
Any text cell that a spreadsheet could run as a formula (starts with ``=``, ``+``,
``-``, ``@``, tab or CR) is neutralised with a leading apostrophe — names and notes
come from door-to-door forms and imported files, so they are untrusted.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coopnet.core import fr
from coopnet.core.cells import neutral
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.errors import CoopnetError
from coopnet.io.safe_csv import safe_writer
from coopnet.core.dedupe import render_flag
from coopnet.store.duplicates import referenced_people
from coopnet.store.pledges import pledges_with_addresses
from coopnet.store.project import Project
from coopnet.store.villages import village_names
from coopnet.translation import Catalog, catalog


# (header, key, kind): kind drives both the CSV text and the XLSX cell type. Headers are said in
# the export's language; both languages' headers are ones the importer recognises
# (core.pledge_rows.HEADER_ALIASES), so an exported file imports back.
COLUMNS = (
    (QT_TRANSLATE_NOOP("PledgesExport", "ID"), "id", "text"),
    (QT_TRANSLATE_NOOP("PledgesExport", "INSEE code"), "insee", "text"),
    (QT_TRANSLATE_NOOP("PledgesExport", "Commune"), "commune", "text"),
    (QT_TRANSLATE_NOOP("PledgesExport", "Last name"), "last_name", "text"),
    (QT_TRANSLATE_NOOP("PledgesExport", "First name"), "first_name", "text"),
    (QT_TRANSLATE_NOOP("PledgesExport", "Address"), "address", "text"),
    (QT_TRANSLATE_NOOP("PledgesExport", "Postcode"), "code_postal", "text"),
    (QT_TRANSLATE_NOOP("PledgesExport", "Phone"), "phone", "phone"),
    (QT_TRANSLATE_NOOP("PledgesExport", "Email"), "email", "text"),
    (QT_TRANSLATE_NOOP("PledgesExport", "Wanted speed"), "tier", "text"),
    (QT_TRANSLATE_NOOP("PledgesExport", "Monthly fee"), "monthly_fee_eur", "euro"),
    (QT_TRANSLATE_NOOP("PledgesExport", "Shares"), "shares_eur", "euro"),
    (QT_TRANSLATE_NOOP("PledgesExport", "Consent"), "consent_register", "bool"),
    (QT_TRANSLATE_NOOP("PledgesExport", "Consent wording version"), "consent_wording_version", "text"),
    (QT_TRANSLATE_NOOP("PledgesExport", "Consent news"), "consent_news", "bool"),
    (QT_TRANSLATE_NOOP("PledgesExport", "Date"), "pledged_on", "date"),
    (QT_TRANSLATE_NOOP("PledgesExport", "Volunteer"), "volunteer", "text"),
    (QT_TRANSLATE_NOOP("PledgesExport", "Status"), "status", "status"),
    (QT_TRANSLATE_NOOP("PledgesExport", "Notes"), "notes", "text"),
    (QT_TRANSLATE_NOOP("PledgesExport", "Possible duplicate"), "duplicate_flag", "text"),
    (QT_TRANSLATE_NOOP("PledgesExport", "Anonymised"), "anonymised", "bool"),
    (QT_TRANSLATE_NOOP("PledgesExport", "Last contact"), "last_contact", "date"),
)
# Pledge status → word; the importer reads both languages' words (core.pledge_rows).
STATUS_WORDS = {
    "pledged": QT_TRANSLATE_NOOP("PledgesExport", "pledged"),
    "member": QT_TRANSLATE_NOOP("PledgesExport", "member"),
    "withdrawn": QT_TRANSLATE_NOOP("PledgesExport", "withdrawn"),
}


def headers(lang: str | None = None) -> list[str]:
    t = catalog(lang)
    return [t.say(h) for h, _, _ in COLUMNS]


EURO_FORMAT = '#,##0.00\\ "€"'
DATE_FORMAT = "DD/MM/YYYY"
_WIDTHS = {"text": 18, "phone": 16, "euro": 14, "bool": 8, "date": 12, "status": 12}


def neutralise(text: str) -> str:
    """``=HYPERLINK(…)`` → ``'=HYPERLINK(…)``: shown as typed, never evaluated."""
    return neutral(text)


def _rows(project: Project, villages: list[str] | None, t: Catalog | None = None):
    if villages:
        known = {insee for insee, _ in village_names(project)}
        for insee in villages:
            if insee not in known:
                raise CoopnetError(
                    QT_TRANSLATE_NOOP("PledgesExport", "{insee}: no such village in this project").format(
                        insee=insee
                    )
                )
    t = t or catalog()
    for row in pledges_with_addresses(project, villages):
        if row.get("duplicate_flag"):  # stored as ids: today's names, erased ones left out
            flag = row["duplicate_flag"]
            row["duplicate_flag"] = t.say(render_flag(flag, referenced_people(project.conn, [flag])))
        number = " ".join(x for x in (row.get("numero") or "", row.get("rep") or "") if x)
        row["address"] = f"{number} {row.get('nom_voie') or ''}".strip()
        yield row


def _date(value) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _text(kind: str, value, t: Catalog | None = None) -> str:
    """The CSV form of a value, in the export's language (French conventions by default)."""
    t = t or catalog("fr")
    if value is None or value == "":
        return ""
    if kind == "euro":
        if t.french:
            return fr.format_amount(value, currency=False).replace("\u202f", " ")
        return f"{float(value):.2f}"  # no thousands separator: "1,234" would read back as 1.234
    if kind == "date":
        return t.date(_date(value))
    if kind == "bool":
        return t.translate("PledgesExport", "yes") if value else t.translate("PledgesExport", "no")
    if kind == "phone":
        return neutral(fr.format_phone(str(value)))
    if kind == "status":
        return t.say(STATUS_WORDS[value]) if value in STATUS_WORDS else neutralise(str(value))
    return neutralise(str(value))


def _write_then_rename(path: Path, write):
    """``write(tmp)`` beside ``path``, then rename: a failed export never leaves half a file."""
    from coopnet.io.output_file import output_file

    with output_file(path) as tmp:
        result = write(tmp)
    return result


def export_csv(project: Project, path, villages: list[str] | None = None, lang: str | None = None) -> int:
    """``;``-separated UTF-8 (BOM) CSV; headers and words in ``lang`` (default: the environment's)."""
    t = catalog(lang)

    def write(tmp: Path) -> int:
        count = 0
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = safe_writer(fh, delimiter=";")
            writer.writerow(headers(t.lang))
            for row in _rows(project, villages, t):
                writer.writerow([_text(kind, row.get(key), t) for _, key, kind in COLUMNS])
                count += 1
        return count

    return _write_then_rename(Path(path), write)


_KEY_KINDS = tuple((key, kind) for _, key, kind in COLUMNS)


def _typed(row: dict, t: Catalog) -> list:
    """One pledge as XLSX values: floats for euros, dates for dates, neutralised text."""
    values = []
    for key, kind in _KEY_KINDS:
        value = row.get(key)
        if value is None or value == "":
            values.append(None)
        elif kind in ("text", "phone"):
            values.append(neutral(_text(kind, value, t)) if kind == "phone" else neutral(str(value)))
        elif kind == "euro":
            values.append(float(value) if value is not None and value != "" else None)
        elif kind == "date":
            values.append(_date(value))
        else:
            values.append(_text(kind, value, t) or None)
    return values


def export_xlsx(project: Project, path, villages: list[str] | None = None, lang: str | None = None) -> int:
    """XLSX through the streaming writer (100 000 pledges in seconds, see xlsx_stream)."""
    from coopnet.io.xlsx_stream import write_table

    t = catalog(lang)
    kinds = [k if k in ("euro", "date") else "text" for _, _, k in COLUMNS]
    return _write_then_rename(
        Path(path),
        lambda tmp: write_table(
            tmp,
            t.translate("PledgesExport", "Pledges"),
            headers(t.lang),
            kinds,
            (_typed(row, t) for row in _rows(project, villages, t)),
            widths=[_WIDTHS[k] for _, _, k in COLUMNS],
        ),
    )


def export_xlsx_openpyxl(
    project: Project, path, villages: list[str] | None = None, lang: str | None = None
) -> int:
    """The same workbook through openpyxl's write-only mode (kept for the benchmark)."""
    t = catalog(lang)
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    path = Path(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(t.translate("PledgesExport", "Pledges"))
    ws.freeze_panes = "A2"
    for i, (_, _, kind) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = _WIDTHS[kind]
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    header = []
    for title in headers(t.lang):
        cell = WriteOnlyCell(ws, value=title)
        cell.font, cell.fill = bold, fill
        header.append(cell)
    ws.append(header)
    # One styled template cell per typed column; values are plain for the others (fast path).
    euro_cols = [i for i, (_, _, k) in enumerate(COLUMNS) if k == "euro"]
    date_cols = [i for i, (_, _, k) in enumerate(COLUMNS) if k == "date"]
    count = 0
    for row in _rows(project, villages, t):
        values = _typed(row, t)
        for i in euro_cols:
            if values[i] is not None:
                cell = WriteOnlyCell(ws, value=values[i])
                cell.number_format = EURO_FORMAT
                values[i] = cell
        for i in date_cols:
            if values[i] is not None:
                cell = WriteOnlyCell(ws, value=values[i])
                cell.number_format = DATE_FORMAT
                values[i] = cell
        ws.append(values)
        count += 1
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{count + 1}"
    from coopnet.io.output_file import save_workbook

    _write_then_rename(path, lambda tmp: save_workbook(wb, tmp))
    return count


def export_pledges(project: Project, path, villages: list[str] | None = None, lang: str | None = None) -> int:
    """Write ``path`` (.csv or .xlsx by its suffix) in ``lang``; returns the number of pledges."""
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        return export_csv(project, path, villages, lang)
    if suffix == ".xlsx":
        return export_xlsx(project, path, villages, lang)
    raise CoopnetError(
        QT_TRANSLATE_NOOP("PledgesExport", "{file}: choose a .csv or .xlsx file name").format(
            file=Path(path).name
        ),
        2,
    )
