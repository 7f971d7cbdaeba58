"""The formula evaluator behind the workbook's cached values follows the spreadsheet's rules."""

import openpyxl
import pytest
from openpyxl.workbook.defined_name import DefinedName

from coopnet.io.xlsx_formulas import Evaluator, Unsupported, XLError


def value(formula, cells=None, names=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tab 'one'"
    for ref, v in (cells or {}).items():
        ws[ref] = v
    for name, ref in (names or {}).items():
        wb.defined_names[name] = DefinedName(name, attr_text=f"'Tab ''one'''!{ref}")
    ws["Z1"] = formula
    return Evaluator(wb).value(ws.title, 1, 26)


def test_precedence_and_text_like_a_spreadsheet():
    assert value("=-2^2") == 4  # unary minus first, as Excel and LibreOffice
    assert value("=2^3^2") == 64  # left to right
    assert value("=1+2*3-4/2") == 5
    assert value('=">="&A1', {"A1": 3}) == ">=3"
    assert value('=IF(A1="",1,2)') == 1 and value('=IF(A1="",1,2)', {"A1": 0}) == 2
    assert value("=50%") == 0.5


def test_names_ranges_and_functions():
    cells = {f"A{i}": i for i in range(1, 6)} | {f"B{i}": v for i, v in enumerate([-100, 30, 40, 50, -1], 1)}
    assert value("=SUM($A$1:$A$5)*rate", cells, {"rate": "$C$1"} | {}) == 0  # empty name cell is 0
    assert value("=SUMPRODUCT(A1:A5,1/(1+0.1)^A1:A5)", cells) == pytest.approx(
        sum(i / 1.1**i for i in range(1, 6))
    )
    assert value('=COUNTIFS(A1:A5,">="&3,B1:B5,"<0")', cells) == 1
    assert value("=NPV(0.1,B1:B5)", cells) == pytest.approx(
        sum(v / 1.1**i for i, v in enumerate([-100, 30, 40, 50, -1], 1))
    )
    assert value("=-PMT(0.03,10,1000)") == pytest.approx(117.2305, abs=1e-4)
    assert value("=ROUNDUP(2.01,0)") == 3 and value("=ROUNDUP(-2.01,0)") == -3 and value("=ROUNDUP(3,0)") == 3
    assert value("=IRR(B1:B4)", cells) == pytest.approx(0.0889633947, abs=1e-8)


def test_errors_are_values_that_iferror_catches():
    assert isinstance(value("=1/0"), XLError)
    assert value('=IFERROR(SQRT(-1),"none")') == "none"
    assert value('=IFERROR(IRR(A1:A3),"none")', {"A1": 1, "A2": 2, "A3": 3}) == "none"  # never negative
    assert value('=ISNUMBER("a")') is False and value("=ISNUMBER(1)") is True
    with pytest.raises(Unsupported):
        value("=VLOOKUP(1,A1:B2,2)")
