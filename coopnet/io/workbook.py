"""The live model workbook for treasurers (built with openpyxl, written by XlsxWriter with values).

Parameters are named cells; Villages, Traffic and Cash flow are formulas that
rebuild ``coopnet.core.costs`` / ``coopnet.core.traffic`` exactly, so a change of
an input in Excel or LibreOffice recomputes everything. The yearly tables always
have 50 rows (the largest horizon); years after ``horizon_years`` count for zero.
Only the sensitivity table and the commit ÷ capacity ratio (from the seeded
95th-percentile simulation) are values computed by coopnet at export.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName

from coopnet.core import params as P
from coopnet.core.model_inputs import ModelInputs
from coopnet.core.sensitivity import tornado
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.io.output_file import check_folder, output_file
from coopnet.io.xlsx_cached import save_with_values
from coopnet.translation import Catalog, catalog

EUR = '#,##0.00 "€"'
EUR0 = '#,##0 "€"'
NUM = "#,##0"
NUM1 = "#,##0.0"
NUM2 = "#,##0.00"
PCT = "0.00%"
MAX_YEARS = 50
HEAD = Font(bold=True, color="FFFFFF")
HEAD_FILL = PatternFill("solid", fgColor="2F5D50")
INPUT_FILL = PatternFill("solid", fgColor="FFF4CC")
TITLE = Font(bold=True, size=14)


def _sheets(t: Catalog) -> dict[str, str]:
    """Sheet names in the workbook's language (formulas and defined names use these)."""
    return {
        "parameters": t.translate("ModelWorkbook", "Parameters"),
        "villages": t.translate("ModelWorkbook", "Villages"),
        "traffic": t.translate("ModelWorkbook", "Traffic"),
        "cash": t.translate("ModelWorkbook", "Cash flow"),
        "sensitivity": t.translate("ModelWorkbook", "Sensitivity"),
    }


def _ref(sheet: str) -> str:
    """A sheet name as formulas write it: quoted, with quotes doubled."""
    return "'" + sheet.replace("'", "''") + "'"


def _name(wb: Workbook, name: str, sheet: str, ref: str) -> None:
    dn = DefinedName(name, attr_text=f"{_ref(sheet)}!{ref}")
    wb.defined_names[name] = dn


def _abs(col: str, row: int) -> str:
    return f"${col}${row}"


def _header(ws, row: int, titles: list[str], widths: list[int] | None = None) -> None:
    for i, t in enumerate(titles, start=1):
        c = ws.cell(row=row, column=i, value=t)
        c.font, c.fill = HEAD, HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for i, w in enumerate(widths or [], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def _printable(ws, title_rows: str | None = None) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if title_rows:
        ws.print_title_rows = title_rows
    ws.freeze_panes = None


def _param_format(spec: P.Param) -> str:
    if spec.percent:
        return PCT
    if spec.kind == "int":
        return NUM
    return EUR if "€" in spec.unit and "€/m" != spec.unit else NUM2


def _source_text(spec: P.Param, t: Catalog) -> str:
    """The parameter's source in the workbook's language; a choice lists what its values mean."""
    source = t.translate("ParamSource", spec.source)
    if spec.kind == "choice":
        meaning = "; ".join(
            f"{value} = {t.say(P.CHOICE_LABELS[(spec.key, value)])}" for value in spec.choices
        )
        return t.translate("ModelWorkbook", "type one of: {choices}").format(choices=meaning)
    if spec.estimate:
        return t.translate("ModelWorkbook", "estimate — {source}").format(source=source)
    return source


def _parameters_sheet(wb: Workbook, scenario: str, values: dict, commit_ratio: float, t: Catalog) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    sheet = _sheets(t)["parameters"]
    ws = wb.active
    ws.title = sheet
    ws["A1"] = t.translate("ModelWorkbook", "coopnet model — scenario “{scenario}”").format(scenario=scenario)
    ws["A1"].font = TITLE
    ws["A2"] = t.translate(
        "ModelWorkbook",
        "Yellow cells are inputs: change them and every sheet recomputes. "
        "Amounts HT, constant euros. “estimate” marks a default without a "
        "public source.",
    )
    _header(
        ws,
        4,
        [
            t.translate("ModelWorkbook", "key (cell name)"),
            t.translate("ModelWorkbook", "parameter"),
            t.translate("ModelWorkbook", "value"),
            t.translate("ModelWorkbook", "unit"),
            t.translate("ModelWorkbook", "group"),
            t.translate("ModelWorkbook", "source"),
        ],
        [30, 44, 14, 16, 14, 110],
    )
    row = 5
    for spec in P.PARAMS:
        ws.cell(row=row, column=1, value=spec.key)
        ws.cell(row=row, column=2, value=t.translate("Param", spec.label))
        c = ws.cell(row=row, column=3, value=values[spec.key])
        c.fill = INPUT_FILL
        if spec.kind != "choice":
            c.number_format = _param_format(spec)
        else:  # the value is a key the formulas compare with: offer the valid ones
            dv = DataValidation(type="list", formula1='"' + ",".join(spec.choices) + '"', allow_blank=False)
            ws.add_data_validation(dv)
            dv.add(c)
        ws.cell(row=row, column=4, value=t.translate("Unit", spec.unit) if not spec.percent else "%")
        ws.cell(row=row, column=5, value=t.say(P.GROUP_LABELS[spec.group]))
        ws.cell(row=row, column=6, value=_source_text(spec, t))
        _name(wb, spec.key, sheet, _abs("C", row))
        row += 1
    row += 1
    ws.cell(row=row, column=1, value="commit_ratio")
    ws.cell(
        row=row,
        column=2,
        value=t.translate(
            "ModelWorkbook", "Commit ÷ busy-hour capacity (from the 95th-percentile simulation)"
        ),
    )
    c = ws.cell(row=row, column=3, value=commit_ratio)
    c.number_format = "0.0000"
    ws.cell(
        row=row,
        column=6,
        value=t.translate(
            "ModelWorkbook",
            "computed by coopnet at export (12 simulated "
            "months of 5-minute samples, seeded); not "
            "recomputed by the spreadsheet",
        ),
    )
    _name(wb, "commit_ratio", sheet, _abs("C", row))
    _printable(ws, "4:4")


def _villages_sheet(
    wb: Workbook, inputs: ModelInputs, counted: str, t: Catalog, link: str | None = None
) -> None:
    sheet = _sheets(t)["villages"]
    ws = wb.create_sheet(sheet)
    ws["A1"] = t.translate(
        "ModelWorkbook", "Villages: households, pledges (counts only) and the link to the PoP"
    )
    ws["A1"].font = TITLE
    ws["A2"] = t.translate(
        "ModelWorkbook", "At export: {counted}. The “included” column says which villages the figures count."
    ).format(counted=counted)
    if link:  # no PoP known: the route column uses the assumed distance, and says so
        ws["A2"] = f"{ws['A2'].value} {link[:1].upper()}{link[1:]}."
    _header(
        ws,
        3,
        [
            "INSEE",
            t.translate("ModelWorkbook", "village"),
            t.translate("ModelWorkbook", "households"),
            t.translate("ModelWorkbook", "pledges"),
            t.translate("ModelWorkbook", "of which ≥ 1 Gb/s"),
            t.translate("ModelWorkbook", "straight line to PoP (km)"),
            t.translate("ModelWorkbook", "PoP"),
            t.translate("ModelWorkbook", "included"),
            t.translate("ModelWorkbook", "members (target)"),
            t.translate("ModelWorkbook", "1 Gb/s share"),
            t.translate("ModelWorkbook", "Σ usage factor"),
            t.translate("ModelWorkbook", "Σ usage factor²"),
            t.translate("ModelWorkbook", "households passed"),
            t.translate("ModelWorkbook", "route (km)"),
            t.translate("ModelWorkbook", "busy-hour mean (Mbps)"),
            t.translate("ModelWorkbook", "capacity alone (Mbps)"),
        ],
        [8, 28, 11, 9, 10, 12, 24, 9, 11, 9, 11, 11, 11, 10, 12, 12],
    )
    first = 4
    last = first + max(len(inputs.villages), 1) - 1
    for i, v in enumerate(inputs.villages):
        r = first + i
        ws.cell(row=r, column=1, value=v.insee)
        ws.cell(row=r, column=2, value=v.name)
        for col, val in ((3, v.households), (4, v.pledges), (5, v.gigabit_pledges), (6, v.link_km)):
            c = ws.cell(row=r, column=col, value=val)
            c.fill = INPUT_FILL
            c.number_format = NUM2 if col == 6 else NUM
        ws.cell(row=r, column=7, value=v.pop_name or v.link_source)
        f = {
            "H": f'=IF(take_up_source="assumed",1,IF(D{r}>0,1,0))',
            "I": f'=H{r}*IF(take_up_source="assumed",C{r}*take_rate,D{r}*pledge_conversion_rate)',
            "J": f"=IF(D{r}>0,E{r}/D{r},gigabit_share_all)",
            "K": f"=I{r}*((1-J{r})+J{r}*gigabit_usage_factor)",
            "L": f"=I{r}*((1-J{r})+J{r}*gigabit_usage_factor^2)",
            "M": f"=H{r}*C{r}",
            "N": f'=H{r}*IF(F{r}="",assumed_link_km,F{r})*detour_factor',
            "O": f"=K{r}*per_line_mbps",
            "P": f"=O{r}+traffic_alpha*SQRT(L{r}*per_line_variance)",
        }
        for col, formula in f.items():
            ws[f"{col}{r}"] = formula
            ws[f"{col}{r}"].number_format = NUM2 if col in "IJKLNOP" else NUM
    total = last + 1
    ws.cell(row=total, column=2, value=t.translate("ModelWorkbook", "total")).font = Font(bold=True)
    for col in "CDEIKLMNP":
        ws[f"{col}{total}"] = f"=SUM({col}{first}:{col}{last})"
        ws[f"{col}{total}"].font = Font(bold=True)
        ws[f"{col}{total}"].number_format = NUM2 if col in "IKLNP" else NUM
    ws[f"J{total}"] = f"=IF(D{total}>0,E{total}/D{total},0)"
    for name, col in (
        ("gigabit_share_all", "J"),
        ("total_subscribers", "I"),
        ("total_w1", "K"),
        ("total_w2", "L"),
        ("premises_passed", "M"),
        ("route_km_total", "N"),
        ("sum_village_capacity", "P"),
    ):
        _name(wb, name, sheet, _abs(col, total))
    ws.freeze_panes = "C4"
    _printable(ws, "3:3")


TRAFFIC_CONSTANTS = (
    (
        "per_line_mbps",
        QT_TRANSLATE_NOOP("ModelWorkbook", "Busy-hour mean per line"),
        "=gb_per_month*8000/(30*24*3600)*busy_hour_factor",
        "Mbps",
    ),
    (
        "per_line_variance",
        QT_TRANSLATE_NOOP("ModelWorkbook", "Variance per line"),
        "=(subscriber_cv*per_line_mbps)^2",
        "Mbps²",
    ),
    (
        "traffic_alpha",
        QT_TRANSLATE_NOOP("ModelWorkbook", "α = √(−2 ln ε)"),
        "=SQRT(-2*LN(overflow_probability))",
        "",
    ),
    (
        "traffic_mean",
        QT_TRANSLATE_NOOP("ModelWorkbook", "Busy-hour mean M (all members, year-1 usage)"),
        "=total_w1*per_line_mbps",
        "Mbps",
    ),
    (
        "traffic_variance",
        QT_TRANSLATE_NOOP("ModelWorkbook", "Variance V"),
        "=total_w2*per_line_variance",
        "Mbps²",
    ),
    (
        "traffic_capacity",
        QT_TRANSLATE_NOOP("ModelWorkbook", "Capacity C = M + α√V"),
        "=traffic_mean+traffic_alpha*SQRT(traffic_variance)",
        "Mbps",
    ),
    (
        "traffic_sum_villages",
        QT_TRANSLATE_NOOP("ModelWorkbook", "Sum of the villages' own capacities"),
        "=sum_village_capacity",
        "Mbps",
    ),
    (
        "pooling_gain",
        QT_TRANSLATE_NOOP("ModelWorkbook", "Pooling gain 1 − C ÷ Σ C village"),
        "=IF(traffic_sum_villages>0,1-traffic_capacity/traffic_sum_villages,0)",
        "%",
    ),
    (
        "traffic_commit",
        QT_TRANSLATE_NOOP("ModelWorkbook", "Recommended commit"),
        "=MAX(0,ROUNDUP(commit_ratio*traffic_capacity/commit_step_mbps-1E-9,0)*commit_step_mbps)",
        "Mbps",
    ),
)


def _traffic_sheet(wb: Workbook, traffic, t: Catalog) -> None:
    sheet = _sheets(t)["traffic"]
    ws = wb.create_sheet(sheet)
    ws["A1"] = t.translate("ModelWorkbook", "Aggregated traffic: C = M + α√V, pooling gain, commit by year")
    ws["A1"].font = TITLE
    _header(
        ws,
        3,
        [
            "",
            t.translate("ModelWorkbook", "quantity"),
            t.translate("ModelWorkbook", "value"),
            t.translate("ModelWorkbook", "unit"),
        ],
        [8, 48, 14, 10],
    )
    r = 4
    for name, label, formula, unit in TRAFFIC_CONSTANTS:
        ws.cell(row=r, column=2, value=t.say(label))
        c = ws.cell(row=r, column=3, value=formula)
        c.number_format = PCT if unit == "%" else NUM2
        ws.cell(row=r, column=4, value="" if unit == "%" else t.translate("Unit", unit))
        _name(wb, name, sheet, _abs("C", r))
        r += 1
    ws.cell(
        row=r,
        column=2,
        value=t.translate(
            "ModelWorkbook", "95th percentile of the first simulated month (coopnet, at export)"
        ),
    )
    ws.cell(row=r, column=3, value=round(traffic.p95_mbps, 2)).number_format = NUM2
    ws.cell(row=r, column=4, value=t.translate("Unit", "Mbps"))
    top = r + 2
    _header(
        ws,
        top,
        [
            t.translate("ModelWorkbook", "year"),
            t.translate("ModelWorkbook", "share of target members"),
            t.translate("ModelWorkbook", "members"),
            t.translate("ModelWorkbook", "per-line mean (Mbps)"),
            t.translate("ModelWorkbook", "busy-hour mean M"),
            t.translate("ModelWorkbook", "variance V"),
            t.translate("ModelWorkbook", "capacity C (Mbps)"),
            t.translate("ModelWorkbook", "commit (Mbps)"),
        ],
        [8, 48, 14, 14, 14, 14, 14, 14],
    )
    for i in range(MAX_YEARS):
        y = top + 1 + i
        ws[f"A{y}"] = i + 1
        ws[f"B{y}"] = f"=IF(A{y}<=horizon_years,1,0)*MIN(1,A{y}/take_up_ramp_years)*(1-churn_rate)^(A{y}-1)"
        ws[f"C{y}"] = f"=total_subscribers*B{y}"
        ws[f"D{y}"] = f"=per_line_mbps*(1+traffic_growth_rate)^(A{y}-1)"
        ws[f"E{y}"] = f"=B{y}*total_w1*D{y}"
        ws[f"F{y}"] = f"=B{y}*total_w2*(subscriber_cv*D{y})^2"
        ws[f"G{y}"] = f"=E{y}+traffic_alpha*SQRT(F{y})"
        ws[f"H{y}"] = f"=MAX(0,ROUNDUP(commit_ratio*G{y}/commit_step_mbps-1E-9,0)*commit_step_mbps)"
        for col in "BCDEFGH":
            ws[f"{col}{y}"].number_format = "0.0000" if col == "B" else NUM2
    _name(wb, "traffic_years_first_row", sheet, _abs("A", top + 1))
    _printable(ws, f"{top}:{top}")
    wb._coopnet_traffic_top = top + 1  # row of year 1, used by the Cash flow sheet


BUILD_BLOCK = (
    (
        "route_eur_per_m",
        QT_TRANSLATE_NOOP("ModelWorkbook", "Route cost per metre (mix)"),
        "=underground_share*underground_eur_per_m+aerial_share*aerial_eur_per_m+ducts_share*ducts_eur_per_m",
        EUR,
    ),
    (
        "capex_civil_eur",
        QT_TRANSLATE_NOOP("ModelWorkbook", "Civil works (build, €)"),
        '=IF(operating_model="build",route_km_total*1000*route_eur_per_m,0)',
        EUR0,
    ),
    (
        "capex_premises_eur",
        QT_TRANSLATE_NOOP("ModelWorkbook", "Cost of passing the premises (build, €)"),
        '=IF(operating_model="build",premises_passed*cost_per_premises_passed_eur,0)',
        EUR0,
    ),
    (
        "capex_base_eur",
        QT_TRANSLATE_NOOP("ModelWorkbook", "Civil works + premises + equipment"),
        "=capex_civil_eur+capex_premises_eur+equipment_eur",
        EUR0,
    ),
    (
        "capex_contingency_eur",
        QT_TRANSLATE_NOOP("ModelWorkbook", "Contingency"),
        "=capex_base_eur*contingency_rate",
        EUR0,
    ),
    (
        "capex_volunteer_eur",
        QT_TRANSLATE_NOOP("ModelWorkbook", "Volunteer labour in kind (deducted)"),
        '=IF(operating_model="build",MIN(volunteer_hours*volunteer_hour_value_eur,capex_civil_eur),0)',
        EUR0,
    ),
    (
        "capex_initial_eur",
        QT_TRANSLATE_NOOP("ModelWorkbook", "Initial capex (year 1)"),
        "=capex_base_eur+capex_contingency_eur-capex_volunteer_eur",
        EUR0,
    ),
    (
        "connection_avg_eur",
        QT_TRANSLATE_NOOP("ModelWorkbook", "Average connection (light/moderate/heavy mix)"),
        "=connection_light_share*connection_light_eur+connection_moderate_share*connection_moderate_eur"
        "+connection_heavy_share*connection_heavy_eur",
        EUR,
    ),
    (
        "capex_per_line_eur",
        QT_TRANSLATE_NOOP("ModelWorkbook", "Capex per new member"),
        '=IF(operating_model="build",connection_avg_eur*(1+contingency_rate),rip_iru_eur_per_line+rip_activation_fee_eur)',
        EUR,
    ),
    (
        "loan_payment_eur",
        QT_TRANSLATE_NOOP("ModelWorkbook", "Loan annuity"),
        "=IF(loan_principal_eur=0,0,IF(loan_rate=0,loan_principal_eur/loan_years,-PMT(loan_rate,loan_years,loan_principal_eur)))",
        EUR,
    ),
)
CASH_COLUMNS = (
    QT_TRANSLATE_NOOP("ModelWorkbook", "year"),
    QT_TRANSLATE_NOOP("ModelWorkbook", "in horizon"),
    QT_TRANSLATE_NOOP("ModelWorkbook", "share"),
    QT_TRANSLATE_NOOP("ModelWorkbook", "members"),
    QT_TRANSLATE_NOOP("ModelWorkbook", "new members"),
    QT_TRANSLATE_NOOP("ModelWorkbook", "revenue"),
    QT_TRANSLATE_NOOP("ModelWorkbook", "commit (Mbps)"),
    QT_TRANSLATE_NOOP("ModelWorkbook", "IP transit"),
    QT_TRANSLATE_NOOP("ModelWorkbook", "RIP line fees"),
    QT_TRANSLATE_NOOP("ModelWorkbook", "capex"),
    QT_TRANSLATE_NOOP("ModelWorkbook", "cumulative capex"),
    QT_TRANSLATE_NOOP("ModelWorkbook", "maintenance"),
    QT_TRANSLATE_NOOP("ModelWorkbook", "backhaul + fixed"),
    QT_TRANSLATE_NOOP("ModelWorkbook", "opex"),
    QT_TRANSLATE_NOOP("ModelWorkbook", "grants"),
    QT_TRANSLATE_NOOP("ModelWorkbook", "connection fees"),
    QT_TRANSLATE_NOOP("ModelWorkbook", "member shares"),
    QT_TRANSLATE_NOOP("ModelWorkbook", "loan"),
    QT_TRANSLATE_NOOP("ModelWorkbook", "financing"),
    QT_TRANSLATE_NOOP("ModelWorkbook", "net"),
    QT_TRANSLATE_NOOP("ModelWorkbook", "cash balance"),
    QT_TRANSLATE_NOOP("ModelWorkbook", "project flow"),
    QT_TRANSLATE_NOOP("ModelWorkbook", "cumulative project flow"),
    QT_TRANSLATE_NOOP("ModelWorkbook", "payback candidate"),
)


def _block_row(ws, r: int, label: str, formula: str, fmt: str):
    """A labelled figure above the yearly table: label over A:F, value in G."""
    ws.cell(row=r, column=1, value=label)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    c = ws.cell(row=r, column=7, value=formula)
    c.number_format = fmt
    return c


def _text(value: str) -> str:
    """Text as a formula's string literal (quotes doubled)."""
    return '"' + value.replace('"', '""') + '"'


def _cash_sheet(wb: Workbook, horizon: int, t: Catalog) -> None:
    sheets = _sheets(t)
    sheet, traffic = sheets["cash"], _ref(sheets["traffic"])
    ws = wb.create_sheet(sheet)
    ws["A1"] = t.translate(
        "ModelWorkbook", "Cash flow by year (HT, constant euros) — formulas over the {sheet} sheet"
    ).format(sheet=sheets["parameters"])
    ws["A1"].font = TITLE
    r = 3
    for name, label, formula, fmt in BUILD_BLOCK:
        _block_row(ws, r, t.say(label), formula, fmt)
        _name(wb, name, sheet, _abs("G", r))
        r += 1
    results_row = r + 1
    top = results_row + 11
    tr = wb._coopnet_traffic_top
    first, last = top + 1, top + MAX_YEARS
    rng = lambda col: f"${col}${first}:${col}${last}"  # noqa: E731
    no_members = _text(t.translate("ModelWorkbook", "cannot break even: no members"))
    too_high = _text(t.translate("ModelWorkbook", "cannot break even (more than €500 HT/month)"))
    no_irr = _text(t.translate("ModelWorkbook", "none"))
    no_payback = _text(t.translate("ModelWorkbook", "not within the horizon"))
    results = (
        (
            "res_npv_eur",
            t.translate("ModelWorkbook", "NPV of the project flow at the discount rate"),
            f"=NPV(discount_rate,{rng('V')})",
            EUR0,
        ),
        (
            "res_breakeven_weight",
            t.translate("ModelWorkbook", "Σ 12 × members ÷ (1+r)^year"),
            f"=12*SUMPRODUCT({rng('D')},1/(1+discount_rate)^{rng('A')})",
            NUM2,
        ),
        (
            "res_breakeven_fee_eur",
            t.translate("ModelWorkbook", "Break-even member fee (HT/month)"),
            f"=IF(res_breakeven_weight<=0,{no_members},IF(monthly_fee_eur-res_npv_eur/"
            "res_breakeven_weight<=0,0,IF(monthly_fee_eur-res_npv_eur/res_breakeven_weight>500,"
            f"{too_high},monthly_fee_eur-res_npv_eur/res_breakeven_weight)))",
            EUR,
        ),
        (
            "res_breakeven_fee_ttc_eur",
            t.translate("ModelWorkbook", "Break-even member fee (TTC/month)"),
            "=IF(ISNUMBER(res_breakeven_fee_eur),res_breakeven_fee_eur*(1+vat_rate),res_breakeven_fee_eur)",
            EUR,
        ),
        (
            "res_fee_ttc_eur",
            t.translate("ModelWorkbook", "Member fee (TTC/month)"),
            "=monthly_fee_eur*(1+vat_rate)",
            EUR,
        ),
        (
            "res_irr",
            t.translate("ModelWorkbook", "IRR of the project flow"),
            f"=IFERROR(IRR({rng('V')}),{no_irr})",
            PCT,
        ),
        (
            "res_payback_year",
            t.translate("ModelWorkbook", "Payback year"),
            f"=IF(COUNT({rng('X')})=0,{no_payback},MIN({rng('X')}))",
            NUM,
        ),
        ("res_min_cash_eur", t.translate("ModelWorkbook", "Lowest cash balance"), f"=MIN({rng('U')})", EUR0),
        (
            "res_cost_per_premises_eur",
            t.translate("ModelWorkbook", "Initial capex per premises passed"),
            "=IF(premises_passed>0,capex_initial_eur/premises_passed,0)",
            EUR,
        ),
        (
            "res_cost_per_member_eur",
            t.translate("ModelWorkbook", "Capex over the horizon per member"),
            f"=IF(total_subscribers>0,SUM({rng('J')})/total_subscribers,0)",
            EUR,
        ),
    )
    ws.cell(row=results_row - 1, column=1, value=t.translate("ModelWorkbook", "Results")).font = Font(
        bold=True, size=12
    )
    for i, (name, label, formula, fmt) in enumerate(results):
        _block_row(ws, results_row + i, label, formula, fmt).font = Font(bold=True)
        _name(wb, name, sheet, _abs("G", results_row + i))
    _header(ws, top, [t.say(c) for c in CASH_COLUMNS], [6, 8, 8, 10, 10] + [13] * 19)
    ws.row_dimensions[top].height = 32
    for i in range(MAX_YEARS):
        y, tt = first + i, tr + i
        prev = y - 1
        f = {
            "A": i + 1,
            "B": f"=IF(A{y}<=horizon_years,1,0)",
            "C": f"={traffic}!B{tt}",
            "D": f"=total_subscribers*C{y}",
            "E": f"=MAX(0,D{y}-D{prev})" if i else f"=MAX(0,D{y})",
            "F": f"=12*D{y}*monthly_fee_eur",
            "G": f"={traffic}!H{tt}",
            "H": f"=B{y}*12*G{y}*transit_eur_per_mbps_month*(1+transit_price_change_rate)^(A{y}-1)",
            "I": f'=IF(operating_model="rip",12*D{y}*rip_line_fee_eur_month,0)',
            "J": f"=IF(A{y}=1,capex_initial_eur,0)+E{y}*capex_per_line_eur",
            "K": f"=J{y}+K{prev}" if i else f"=J{y}",
            "L": f"=B{y}*maintenance_rate*K{y}",
            "M": f"=B{y}*(12*backhaul_lease_eur_month+insurance_eur_year+accounting_eur_year+admin_eur_year)",
            "N": f"=H{y}+I{y}+L{y}+M{y}",
            "O": f"=IF(A{y}=1,grant_eur+grant_pct_capex*J{y},0)",
            "P": f"=E{y}*connection_fee_eur",
            "Q": f"=E{y}*share_eur_per_member",
            "R": f"=IF(A{y}=1,loan_principal_eur,0)-B{y}*IF(A{y}<=loan_years,loan_payment_eur,0)",
            "S": f"=O{y}+P{y}+Q{y}+R{y}",
            "T": f"=F{y}-N{y}-J{y}+S{y}",
            "U": f"=U{prev}+T{y}" if i else f"=start_cash_eur+T{y}",
            "V": f"=F{y}-N{y}-J{y}+P{y}+O{y}",
            "W": f"=W{prev}+V{y}" if i else f"=V{y}",
            "X": (
                f'=IF(B{y}=1,IF(COUNTIFS({rng("A")},">="&A{y},{rng("W")},"<0",{rng("B")},1)=0,A{y},""),"")'
            ),
        }
        for col, value in f.items():
            c = ws[f"{col}{y}"]
            c.value = value
            c.number_format = {
                "A": "0",
                "B": "0",
                "C": "0.0000",
                "D": NUM1,
                "E": NUM1,
                "G": NUM,
                "X": "0",
            }.get(col, EUR0)
    _name(wb, "cash_first_row", sheet, _abs("A", first))
    ws.freeze_panes = ws[f"B{first}"]
    _printable(ws, f"{top}:{top}")
    ws.print_area = f"A1:X{first + horizon - 1}"  # the horizon at export


def _sensitivity_sheet(wb: Workbook, values: dict, inputs: ModelInputs, t: Catalog) -> None:
    ws = wb.create_sheet(_sheets(t)["sensitivity"])
    bars, base_npv = tornado(values, inputs)
    ws["A1"] = t.translate(
        "ModelWorkbook", "Sensitivity: ±20 % on each key parameter (computed by coopnet at export, not live)"
    )
    ws["A1"].font = TITLE
    ws["A2"] = t.translate("ModelWorkbook", "NPV of the scenario as exported:")
    ws["D2"] = round(base_npv, 2)
    ws["D2"].number_format = EUR0
    _header(
        ws,
        4,
        [
            t.translate("ModelWorkbook", "parameter"),
            t.translate("ModelWorkbook", "key"),
            t.translate("ModelWorkbook", "value −20 %"),
            t.translate("ModelWorkbook", "value +20 %"),
            t.translate("ModelWorkbook", "NPV at −20 %"),
            t.translate("ModelWorkbook", "NPV at +20 %"),
            t.translate("ModelWorkbook", "break-even fee at −20 %"),
            t.translate("ModelWorkbook", "break-even fee at +20 %"),
        ],
        [40, 30, 14, 14, 16, 16, 16, 16],
    )
    for i, b in enumerate(bars):
        r = 5 + i
        spec = P.BY_KEY[b.key]
        fmt = PCT if spec.percent else NUM2
        row = (
            t.translate("Param", b.label),
            b.key,
            b.low_value,
            b.high_value,
            round(b.npv_low, 2),
            round(b.npv_high, 2),
            b.fee_low if b.fee_low is None else round(b.fee_low, 2),
            b.fee_high if b.fee_high is None else round(b.fee_high, 2),
        )
        for col, val in enumerate(row, start=1):
            c = ws.cell(
                row=r,
                column=col,
                value=t.translate("ModelWorkbook", "cannot break even") if val is None else val,
            )
            c.number_format = fmt if col in (3, 4) else (EUR0 if col in (5, 6) else EUR)
    _printable(ws, "4:4")


def export_workbook(
    path: Path, scenario: str, values: dict, inputs: ModelInputs, result, lang: str | None = None
) -> Path:
    """Write the live workbook of ``scenario``; ``result`` is its ``costs.ModelResult``.

    ``lang`` ("fr"/"en", default: the environment's) sets sheet names, labels and the texts
    formulas return; parameter keys, choice values and cell positions are the same in both."""
    t = catalog(lang)
    check_folder(path)  # before the work: a missing folder is said at once
    wb = Workbook()
    p = result.params
    _parameters_sheet(wb, scenario, p, result.traffic.commit_ratio, t)
    from coopnet.core.costs import model_json
    from coopnet.io.model_text import counted_text, link_text

    d = model_json(result, scenario)
    _villages_sheet(wb, inputs, counted_text(d, t), t, link_text(d, t))
    _traffic_sheet(wb, result.traffic, t)
    _cash_sheet(wb, p["horizon_years"], t)
    wb.move_sheet(_sheets(t)["cash"], offset=-1)  # built after Traffic (it reads its rows), shown before
    _sensitivity_sheet(wb, p, inputs, t)
    path = Path(path)
    with output_file(path) as tmp:  # every formula with its value; Excel and LibreOffice recompute on open
        save_with_values(wb, tmp)
    return path
