"""Compute the formulas of a workbook built with openpyxl, as LibreOffice and Excel would.

The model workbook must carry each formula's result (a phone or a web preview shows the cached
value and never recalculates), and openpyxl cannot compute one. This evaluates the subset of
the spreadsheet language our workbooks use — arithmetic and comparisons with Excel precedence,
``&``, cell and range references (other sheets, defined names), ranges as arrays, and the
functions in ``FUNCTIONS`` — so the cached values equal LibreOffice's recalculation (a test
compares every formula cell). A formula outside the subset raises `Unsupported`: the exporter
fails in the tests, never silently writes a wrong value.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from openpyxl.formula.tokenizer import Token, Tokenizer
from openpyxl.utils.cell import column_index_from_string, get_column_letter, range_boundaries


class Unsupported(Exception):
    """A formula this evaluator does not know (a programming error in an exporter)."""


class XLError(Exception):
    """A spreadsheet error value (#NUM!, #DIV/0!, #VALUE!…), caught by IFERROR."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


class Arr(list):
    """The values of a range, row by row."""


_CELL = re.compile(r"^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$")
_PRECEDENCE = {
    "=": 1,
    "<>": 1,
    "<": 1,
    ">": 1,
    "<=": 1,
    ">=": 1,
    "&": 2,
    "+": 3,
    "-": 3,
    "*": 4,
    "/": 4,
    "^": 5,
}
_PREFIX = 6  # Excel: -2^2 = 4, unary minus binds tighter than ^


# -- parsing -------------------------------------------------------------------------------------


def parse(formula: str):
    """The formula (with its leading ``=``) as a tree of tuples."""
    tokens = [t for t in Tokenizer(formula).items if t.type != Token.WSPACE]
    node, pos = _expr(tokens, 0, 0)
    if pos != len(tokens):
        raise Unsupported(f"cannot read {formula!r}")
    return node


def _expr(tokens, pos: int, min_prec: int):
    left, pos = _atom(tokens, pos)
    while pos < len(tokens):
        tok = tokens[pos]
        if tok.type == Token.OP_POST and tok.value == "%":
            left, pos = ("pct", left), pos + 1
            continue
        if tok.type != Token.OP_IN or tok.value not in _PRECEDENCE:
            break
        prec = _PRECEDENCE[tok.value]
        if prec < min_prec:
            break
        right, pos = _expr(tokens, pos + 1, prec + 1)  # all left-associative, ^ too (as Excel)
        left = ("bin", tok.value, left, right)
    return left, pos


def _atom(tokens, pos: int):
    if pos >= len(tokens):
        raise Unsupported("formula ends too early")
    tok = tokens[pos]
    if tok.type == Token.OP_PRE:
        operand, pos = _expr(tokens, pos + 1, _PREFIX)
        return (("neg", operand) if tok.value == "-" else operand), pos
    if tok.type == Token.OPERAND:
        if tok.subtype == Token.NUMBER:
            return ("lit", float(tok.value)), pos + 1
        if tok.subtype == Token.TEXT:
            return ("lit", tok.value[1:-1].replace('""', '"')), pos + 1
        if tok.subtype == Token.LOGICAL:
            return ("lit", tok.value.upper() == "TRUE"), pos + 1
        if tok.subtype == Token.RANGE:
            return ("ref", tok.value), pos + 1
        raise Unsupported(f"operand {tok.value}")
    if tok.type == Token.PAREN and tok.subtype == Token.OPEN:
        inner, pos = _expr(tokens, pos + 1, 0)
        if pos >= len(tokens) or tokens[pos].type != Token.PAREN:
            raise Unsupported("unbalanced parenthesis")
        return inner, pos + 1
    if tok.type == Token.FUNC and tok.subtype == Token.OPEN:
        name, args, pos = tok.value[:-1].upper(), [], pos + 1
        if tokens[pos].type == Token.FUNC and tokens[pos].subtype == Token.CLOSE:
            return ("call", name, args), pos + 1
        while True:
            arg, pos = _expr(tokens, pos, 0)
            args.append(arg)
            tok = tokens[pos]
            if tok.type == Token.SEP and tok.subtype == Token.ARG:
                pos += 1
                continue
            if tok.type == Token.FUNC and tok.subtype == Token.CLOSE:
                return ("call", name, args), pos + 1
            raise Unsupported(f"unexpected {tok.value} in {name}()")
    raise Unsupported(f"unexpected {tok.value}")


# -- values --------------------------------------------------------------------------------------


def _num(v) -> float:
    if isinstance(v, XLError):
        raise v
    if v is None:
        return 0.0
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, (int, float)):
        return float(v)
    try:
        return float(str(v))
    except ValueError:
        raise XLError("#VALUE!") from None


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, (int, float)):
        if float(v).is_integer() and abs(v) < 1e15:
            return str(int(v))
        return format(float(v), ".15g")
    return str(v)


def _truth(v) -> bool:
    if isinstance(v, str):
        raise XLError("#VALUE!")
    return _num(v) != 0


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _rank(v):
    """Excel's order across types: numbers < text < booleans; an empty cell is 0, "" or FALSE."""
    if isinstance(v, bool):
        return (2, v)
    if isinstance(v, str):
        return (1, v.lower())
    return (0, float(v))


def _compare(op: str, a, b) -> bool:
    if a is None:
        a = "" if isinstance(b, str) else (False if isinstance(b, bool) else 0.0)
    if b is None:
        b = "" if isinstance(a, str) else (False if isinstance(a, bool) else 0.0)
    ka, kb = _rank(a), _rank(b)
    return {"=": ka == kb, "<>": ka != kb, "<": ka < kb, ">": ka > kb, "<=": ka <= kb, ">=": ka >= kb}[op]


def _power(a: float, b: float) -> float:
    if a == 0 and b < 0:
        raise XLError("#DIV/0!")
    if a < 0 and not float(b).is_integer():
        raise XLError("#NUM!")
    try:
        return a**b
    except OverflowError:
        raise XLError("#NUM!") from None


def _binary(op: str, a, b):
    if isinstance(a, Arr) or isinstance(b, Arr):
        n = len(a) if isinstance(a, Arr) else len(b)
        pick = lambda v, i: v[i] if isinstance(v, Arr) else v  # noqa: E731
        if isinstance(a, Arr) and isinstance(b, Arr) and len(a) != len(b):
            raise XLError("#VALUE!")
        return Arr(_binary(op, pick(a, i), pick(b, i)) for i in range(n))
    if isinstance(a, XLError):
        raise a
    if isinstance(b, XLError):
        raise b
    if op == "&":
        return _text(a) + _text(b)
    if op in ("=", "<>", "<", ">", "<=", ">="):
        return _compare(op, a, b)
    x, y = _num(a), _num(b)
    if op == "+":
        return x + y
    if op == "-":
        return x - y
    if op == "*":
        return x * y
    if op == "/":
        if y == 0:
            raise XLError("#DIV/0!")
        return x / y
    return _power(x, y)


def _numbers(args, scalars_count: bool = True) -> list[float]:
    """Numbers of the arguments: a range gives only its numbers, a scalar is converted."""
    out: list[float] = []
    for a in args:
        if isinstance(a, Arr):
            for v in a:
                if isinstance(v, XLError):
                    raise v
                if _is_number(v):
                    out.append(float(v))
        elif scalars_count and a is not None:
            out.append(_num(a))
    return out


# -- functions -----------------------------------------------------------------------------------


def _roundup(x, digits=0.0):
    x, m = _num(x), 10.0 ** int(_num(digits))
    v = abs(x) * m
    near = round(v)
    v = near if abs(v - near) <= 1e-12 * max(1.0, v) else math.ceil(v)
    return math.copysign(v / m, x) if v else 0.0


def _criterion(crit) -> Callable[[object], bool]:
    if not isinstance(crit, str):
        target = _num(crit)
        return lambda v: _is_number(v) and float(v) == target
    op = next((o for o in (">=", "<=", "<>", ">", "<", "=") if crit.startswith(o)), "")
    rest = crit[len(op) :]
    try:
        number = float(rest)
    except ValueError:
        number = None
    if number is not None:
        return lambda v: _is_number(v) and _compare(op or "=", float(v), number)
    return lambda v: isinstance(v, str) and _compare(op or "=", v, rest)


def _countifs(*args):
    if len(args) % 2 or not args:
        raise XLError("#VALUE!")
    ranges = [a if isinstance(a, Arr) else Arr([a]) for a in args[0::2]]
    tests = [_criterion(c) for c in args[1::2]]
    if len({len(r) for r in ranges}) != 1:
        raise XLError("#VALUE!")
    return float(sum(all(test(r[i]) for r, test in zip(ranges, tests)) for i in range(len(ranges[0]))))


def _sumproduct(*arrays):
    arrays = [a if isinstance(a, Arr) else Arr([a]) for a in arrays]
    if len({len(a) for a in arrays}) != 1:
        raise XLError("#VALUE!")
    total = 0.0
    for values in zip(*arrays):
        product = 1.0
        for v in values:
            if isinstance(v, XLError):
                raise v
            product *= float(v) if _is_number(v) else 0.0
        total += product
    return total


def _npv(rate, *values):
    r = _num(rate)
    if r == -1:
        raise XLError("#DIV/0!")
    return sum(v / (1 + r) ** (i + 1) for i, v in enumerate(_numbers(values)))


def _irr(values, guess=0.1):
    """LibreOffice's IRR: Newton's method from the guess, 20 steps, 1e-7 (else #NUM!)."""
    flows = _numbers([values])
    x, eps, steps = _num(guess), 1.0, 0
    while eps > 1e-7 and steps < 20:
        nom = sum(v / (1 + x) ** t for t, v in enumerate(flows))
        denom = sum(-t * v / (1 + x) ** (t + 1) for t, v in enumerate(flows))
        if denom == 0:
            raise XLError("#NUM!")
        new = x - nom / denom
        steps, eps, x = steps + 1, abs(new - x), new
        if not math.isfinite(x) or x <= -1:
            raise XLError("#NUM!")
    if eps > 1e-7:
        raise XLError("#NUM!")
    return x


def _pmt(rate, nper, pv, fv=0.0, kind=0.0):
    r, n, p, f, k = _num(rate), _num(nper), _num(pv), _num(fv), _num(kind)
    if n == 0:
        raise XLError("#NUM!")
    if r == 0:
        return -(p + f) / n
    g = (1 + r) ** n
    return -(p * g + f) * r / ((g - 1) * (1 + r * (1 if k else 0)))


def _sqrt(x):
    x = _num(x)
    if x < 0:
        raise XLError("#NUM!")
    return math.sqrt(x)


def _ln(x):
    x = _num(x)
    if x <= 0:
        raise XLError("#NUM!")
    return math.log(x)


def _extreme(pick):
    def f(*args):
        numbers = _numbers(args)
        return pick(numbers) if numbers else 0.0

    return f


FUNCTIONS: dict[str, Callable] = {
    "SUM": lambda *a: sum(_numbers(a)),
    "MIN": _extreme(min),
    "MAX": _extreme(max),
    "COUNT": lambda *a: float(len(_numbers([x if isinstance(x, Arr) else Arr([x]) for x in a]))),
    "COUNTIFS": _countifs,
    "SUMPRODUCT": _sumproduct,
    "NPV": _npv,
    "IRR": _irr,
    "PMT": _pmt,
    "ROUNDUP": _roundup,
    "SQRT": _sqrt,
    "LN": _ln,
    "ABS": lambda x: abs(_num(x)),
}


# -- the workbook --------------------------------------------------------------------------------


class Evaluator:
    """Values of every cell of an openpyxl workbook (formulas computed, memoised)."""

    def __init__(self, wb):
        self.wb = wb
        self.names: dict[str, tuple[str, str]] = {}
        for name, dn in wb.defined_names.items():
            for sheet, ref in dn.destinations:
                self.names[name.lower()] = (sheet.replace("''", "'"), ref)  # openpyxl leaves quotes doubled
        self.memo: dict[tuple[str, int, int], object] = {}
        self.parsed: dict[str, object] = {}
        self.busy: set[tuple[str, int, int]] = set()

    def value(self, sheet: str, row: int, col: int):
        """The cell's value, or its formula's result (an `XLError` for an error value)."""
        key = (sheet, row, col)
        if key in self.memo:
            return self.memo[key]
        raw = self.wb[sheet].cell(row=row, column=col).value
        if isinstance(raw, str) and raw.startswith("="):
            if key in self.busy:
                raise Unsupported(f"circular reference at {sheet}!{get_column_letter(col)}{row}")
            self.busy.add(key)
            try:
                result = self._eval(self._parse(raw), sheet)
                if isinstance(result, Arr):
                    raise Unsupported(f"{sheet}!{get_column_letter(col)}{row} gives a range")
            except XLError as err:
                result = err
            finally:
                self.busy.discard(key)
        else:
            result = raw
        self.memo[key] = result
        return result

    def _parse(self, formula: str):
        if formula not in self.parsed:
            self.parsed[formula] = parse(formula)
        return self.parsed[formula]

    def _ref(self, text: str, sheet: str):
        if "!" in text:
            where, ref = text.rsplit("!", 1)
            sheet = where[1:-1].replace("''", "'") if where.startswith("'") else where
        elif text.lower() in self.names:
            sheet, ref = self.names[text.lower()]
        elif _CELL.match(text.replace("$", "").upper()):
            ref = text
        else:
            raise Unsupported(f"unknown name {text}")
        ref = ref.replace("$", "").upper()
        if ":" not in ref:
            m = re.match(r"([A-Z]+)(\d+)$", ref)
            if not m:
                raise Unsupported(f"reference {text}")
            return self.value(sheet, int(m.group(2)), column_index_from_string(m.group(1)))
        c1, r1, c2, r2 = range_boundaries(ref)
        return Arr(self.value(sheet, r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1))

    def _eval(self, node, sheet: str):
        kind = node[0]
        if kind == "lit":
            return node[1]
        if kind == "ref":
            return self._ref(node[1], sheet)
        if kind == "neg":
            v = self._eval(node[1], sheet)
            return Arr(-_num(x) for x in v) if isinstance(v, Arr) else -_num(v)
        if kind == "pct":
            return _num(self._eval(node[1], sheet)) / 100
        if kind == "bin":
            try:
                return _binary(node[1], self._eval(node[2], sheet), self._eval(node[3], sheet))
            except OverflowError:
                raise XLError("#NUM!") from None
        name, args = node[1], node[2]
        if name == "IF":
            if not 2 <= len(args) <= 3:
                raise Unsupported("IF needs 2 or 3 arguments")
            if _truth(self._eval(args[0], sheet)):
                return self._eval(args[1], sheet)
            return self._eval(args[2], sheet) if len(args) == 3 else False
        if name == "IFERROR":
            try:
                v = self._eval(args[0], sheet)
                if isinstance(v, XLError):
                    raise v
                return v
            except XLError:
                return self._eval(args[1], sheet)
        if name == "ISNUMBER":
            try:
                return _is_number(self._eval(args[0], sheet))
            except XLError:
                return False
        if name not in FUNCTIONS:
            raise Unsupported(f"function {name}")
        values = [self._eval(a, sheet) for a in args]
        for v in values:
            if isinstance(v, XLError):
                raise v
        try:
            return FUNCTIONS[name](*values)
        except (OverflowError, ZeroDivisionError):  # LibreOffice: an error value, never a crash
            raise XLError("#NUM!") from None
