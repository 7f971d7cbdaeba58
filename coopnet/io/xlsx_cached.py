"""Save a workbook built with openpyxl through XlsxWriter, every formula with its computed value.

openpyxl is the convenient in-memory model (cells, styles, defined names); it cannot write a
formula's cached result, so a viewer that does not recalculate (a phone, a web preview, a mail
attachment preview) would show empty cells. XlsxWriter can (``write_formula(…, value)``): this
copies the cells, styles, merged cells, list validations, column widths, print setup and defined
names, with the values computed by `coopnet.io.xlsx_formulas`. Excel and LibreOffice still
recalculate on open (XlsxWriter marks the file ``fullCalcOnLoad``).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import xlsxwriter
from openpyxl.utils.cell import coordinate_to_tuple, range_boundaries

from coopnet.io.xlsx_formulas import Evaluator, XLError

_DATE = "dd/mm/yyyy"


def _rgb(color) -> str | None:
    rgb = getattr(color, "rgb", None)
    if not isinstance(rgb, str) or len(rgb) < 6:
        return None
    return "#" + rgb[-6:]


class _Formats:
    """One XlsxWriter format per distinct openpyxl style."""

    def __init__(self, book):
        self.book = book
        self.cache: dict[tuple, object] = {}

    def of(self, cell, number_format: str | None = None):
        font, fill, align = cell.font, cell.fill, cell.alignment
        key = (
            bool(font.bold),
            float(font.sz or 11),
            _rgb(font.color),
            _rgb(fill.fgColor) if fill.fill_type == "solid" else None,
            bool(align.wrap_text),
            align.vertical,
            number_format or cell.number_format,
        )
        if key not in self.cache:
            bold, size, color, background, wrap, vertical, fmt = key
            props: dict = {}
            if bold:
                props["bold"] = True
            if size != 11:
                props["font_size"] = size
            if color and color != "#000000":
                props["font_color"] = color
            if background:
                props["pattern"], props["bg_color"] = 1, background
            if wrap:
                props["text_wrap"] = True
            if vertical in ("center", "top", "bottom"):
                props["valign"] = "vcenter" if vertical == "center" else vertical
            if fmt and fmt != "General":
                props["num_format"] = fmt
            self.cache[key] = self.book.add_format(props) if props else None
        return self.cache[key]


def _cached(value):
    """A computed value as XlsxWriter stores it (errors by their code)."""
    if isinstance(value, XLError):
        return value.code
    if value is None:
        return 0
    return value


def _write_cells(ws, out, formats: _Formats, values: Evaluator) -> None:
    merged = {}
    for rng in ws.merged_cells.ranges:
        merged[(rng.min_row, rng.min_col)] = rng
    inside = {
        (r, c)
        for rng in ws.merged_cells.ranges
        for r in range(rng.min_row, rng.max_row + 1)
        for c in range(rng.min_col, rng.max_col + 1)
    }
    for row in ws.iter_rows():
        for cell in row:
            r, c = cell.row, cell.column
            if (r, c) in inside and (r, c) not in merged:
                continue
            value = cell.value
            fmt = formats.of(
                cell,
                _DATE
                if isinstance(value, (dt.date, dt.datetime)) and cell.number_format == "General"
                else None,
            )
            if (r, c) in merged:
                rng = merged[(r, c)]
                out.merge_range(
                    rng.min_row - 1,
                    rng.min_col - 1,
                    rng.max_row - 1,
                    rng.max_col - 1,
                    "" if cell.data_type == "f" else (value if value is not None else ""),
                    fmt,
                )
            if value is None:
                if fmt is not None and (r, c) not in merged:
                    out.write_blank(r - 1, c - 1, None, fmt)
                continue
            if cell.data_type == "f":
                out.write_formula(r - 1, c - 1, value, fmt, _cached(values.value(ws.title, r, c)))
            elif (r, c) in merged:
                continue
            elif isinstance(value, bool):
                out.write_boolean(r - 1, c - 1, value, fmt)
            elif isinstance(value, (int, float)):
                out.write_number(r - 1, c - 1, value, fmt)
            elif isinstance(value, (dt.date, dt.datetime)):
                out.write_datetime(r - 1, c - 1, value, fmt)
            else:
                out.write_string(r - 1, c - 1, str(value), fmt)


def _layout(ws, out) -> None:
    from openpyxl.utils import column_index_from_string

    for letter, dim in ws.column_dimensions.items():
        if dim.customWidth and dim.width:
            col = column_index_from_string(letter) - 1
            out.set_column(col, col, dim.width)
    for r, dim in ws.row_dimensions.items():
        if dim.height:
            out.set_row(r - 1, dim.height)
    for dv in ws.data_validations.dataValidation:
        if dv.type == "list" and dv.formula1 and dv.formula1.startswith('"'):
            for rng in str(dv.sqref).split():
                c1, r1, c2, r2 = range_boundaries(rng)
                out.data_validation(
                    r1 - 1,
                    c1 - 1,
                    r2 - 1,
                    c2 - 1,
                    {
                        "validate": "list",
                        "source": dv.formula1.strip('"').split(","),
                        "ignore_blank": bool(dv.allow_blank),
                    },
                )
    if ws.freeze_panes:
        row, col = coordinate_to_tuple(ws.freeze_panes)
        out.freeze_panes(row - 1, col - 1)
    setup = ws.page_setup
    if setup.orientation == "landscape":
        out.set_landscape()
    if setup.paperSize:
        out.set_paper(int(setup.paperSize))
    if ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage:
        out.fit_to_pages(
            int(setup.fitToWidth if setup.fitToWidth is not None else 1),
            int(setup.fitToHeight if setup.fitToHeight is not None else 1),
        )
    if ws.print_title_rows:
        first, last = (int(x.replace("$", "")) for x in ws.print_title_rows.split("!")[-1].split(":"))
        out.repeat_rows(first - 1, last - 1)
    if ws.print_area:
        area = ws.print_area if isinstance(ws.print_area, str) else ws.print_area[0]
        out.print_area(area.split("!")[-1].replace("$", ""))


def save_with_values(wb, tmp: Path) -> None:
    """Write openpyxl workbook ``wb`` to ``tmp`` with XlsxWriter, formulas with their values."""
    values = Evaluator(wb)
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer,
        {
            "in_memory": True,
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
        },
    )
    formats = _Formats(book)
    for ws in wb.worksheets:
        out = book.add_worksheet(ws.title)
        _write_cells(ws, out, formats, values)
        _layout(ws, out)
    for name, dn in wb.defined_names.items():
        book.define_name(name, "=" + dn.attr_text)
    book.close()
    Path(tmp).write_bytes(buffer.getvalue())
