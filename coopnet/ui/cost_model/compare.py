"""Scenarios side by side: key results then every parameter; differences highlighted.

One column per scenario and nothing else, so four scenarios fit a narrow tab without scrolling
sideways: each figure's title is a row of its own across every column, its values the row below
(long values wrap). Headings separate the results from each group of parameters.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QRect, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

from coopnet.core import params as P
from coopnet.ui.i18n import format_amount, format_number, format_percent
from coopnet.ui.cost_model.param_editor import choice_text, edit_text

DIFF = QBrush(QColor("#FFE9A8"))
TITLE_BACKGROUND = QBrush(QColor("#F2F2F2"))
HEADING_BACKGROUND = QBrush(QColor("#DDE3EA"))
RESULT_ROWS = (
    ("npv_eur", "NPV", "eur0"),
    ("monthly_fee_breakeven_eur", "Break-even fee HT/month", "eur"),
    ("breakeven_take_rate", "Break-even take rate", "pct"),
    ("irr", "IRR", "pct"),
    ("payback_year", "Payback year", "int"),
    ("min_cash_eur", "Lowest cash", "eur0"),
    ("capex_eur", "Capex over the horizon", "eur0"),
    ("opex_year1_eur", "Opex year 1", "eur0"),
    ("subscribers", "Members (target)", "int"),
    ("commit_mbps", "Commit (Mbps)", "int"),
)
HEADING, TITLE, VALUE = "heading", "title", "value"


def show_result(value, kind: str) -> str:
    if value is None:
        return "—"
    return {
        "eur0": lambda v: format_amount(v, 0),
        "eur": format_amount,
        "pct": lambda v: format_percent(v, 1),
        "int": lambda v: format_number(v),
    }[kind](value)


def _decimals(number: float) -> int:
    """As many decimals as the value has (up to six significant digits): 1.3 → 1, 22.5 → 1, 35 → 0."""
    text = f"{float(number):.6g}"
    return len(text.split(".")[1]) if "." in text and "e" not in text else 0


def param_text(spec: P.Param, value) -> str:
    """A parameter's value to read: grouped digits, the unit after it (1 500 €/km, 35 %, 35%)."""
    if spec.kind == "choice":
        return choice_text(spec, value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return edit_text(spec, value)
    unit = QCoreApplication.translate("Unit", spec.unit) if spec.unit else ""
    if spec.percent:  # the unit's words after its % ("% of households", "%/year") stay
        per = unit[1:] if unit.startswith("%") else ""
        return format_percent(value, _decimals(value * 100)) + per
    if spec.unit.startswith("€"):  # money: cents when there are any, € where the language puts it
        cents = 0 if abs(value - round(value)) < 1e-9 else 2
        return format_amount(value, cents) + unit[1:]  # €1,090/premises, 1 090 €/local
    return f"{format_number(value, _decimals(value))} {unit}".strip()


def _layout() -> list[tuple[str, object]]:
    """Rows as (kind, what): what is a result index, a Param, or a heading's group key."""
    rows: list[tuple[str, object]] = [(HEADING, "results")]
    for i in range(len(RESULT_ROWS)):
        rows += [(TITLE, i), (VALUE, i)]
    for group in P.GROUPS:
        specs = [spec for spec in P.PARAMS if spec.group == group]
        if specs:
            rows.append((HEADING, group))
            for spec in specs:
                rows += [(TITLE, spec), (VALUE, spec)]
    return rows


class CompareModel(QAbstractTableModel):
    """Columns: scenarios. Rows: a heading, then for each result and each parameter its title
    (to be spanned across every column) and its values. ``set_data([(name, values, json)])``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns: list[tuple[str, dict, dict]] = []
        self.rows = _layout()

    def set_data(self, columns: list[tuple[str, dict, dict]]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def kind(self, row: int) -> str:
        return self.rows[row][0]

    def title(self, row: int) -> str:
        """The heading or the title of ``row`` (a value row: the title of its figure)."""
        kind, what = self.rows[row]
        if kind == HEADING:
            if what == "results":
                return QCoreApplication.translate("CompareModel", "Results")
            return QCoreApplication.translate("ParamGroup", P.GROUP_LABELS[str(what)])
        if isinstance(what, int):
            return QCoreApplication.translate("CompareModel", RESULT_ROWS[what][1])
        return QCoreApplication.translate("Param", what.label)  # type: ignore[union-attr]

    def row_of(self, title: str) -> int:
        """The row of the values titled ``title`` (as shown)."""
        for row, (kind, _) in enumerate(self.rows):
            if kind == VALUE and self.title(row) == title:
                return row
        raise KeyError(title)

    def _raw(self, row: int, col: int):
        _name, values, result = self.columns[col]
        what = self.rows[row][1]
        if isinstance(what, int):
            return result.get(RESULT_ROWS[what][0])
        return values[what.key]  # type: ignore[union-attr]

    def text(self, row: int, col: int) -> str:
        value = self._raw(row, col)
        what = self.rows[row][1]
        if isinstance(what, int):
            return show_result(value, RESULT_ROWS[what][2])
        return param_text(what, value)  # type: ignore[arg-type]

    def differs(self, row: int) -> bool:
        if self.kind(row) != VALUE:
            return False
        raw = [self._raw(row, c) for c in range(len(self.columns))]
        return any(r != raw[0] for r in raw[1:])

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        kind = self.kind(row)
        if role == Qt.DisplayRole:
            if kind == VALUE:
                return self.text(row, col)
            return self.title(row) if col == 0 else ""
        if role == Qt.TextAlignmentRole:
            if kind == VALUE:
                return int(Qt.AlignRight | Qt.AlignVCenter)
            return int(Qt.AlignLeft | Qt.AlignVCenter)
        if role == Qt.FontRole and kind == HEADING:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.BackgroundRole:
            if kind == HEADING:
                return HEADING_BACKGROUND
            if kind == TITLE:
                return TITLE_BACKGROUND
            if len(self.columns) > 1 and self.differs(row):
                return DIFF
        if role == Qt.ToolTipRole and kind == TITLE and not isinstance(self.rows[row][1], int):
            spec = self.rows[row][1]
            return QCoreApplication.translate("ParamSource", spec.source)  # type: ignore[union-attr]
        return None

    def headerData(self, section: int, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal or section >= len(self.columns):
            return None
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return self.columns[section][0]  # a long name is elided, whole in the tooltip
        return None


class CompareView(QTableView):
    """The comparison: columns share the width (never a sideways scroll), titles span them,
    rows grow to show wrapped values whole."""

    def __init__(self, model: CompareModel, parent=None):
        super().__init__(parent)
        self.setObjectName("compare_view")
        self.setModel(model)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Stretch)
        header.setTextElideMode(Qt.ElideRight)
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.NoSelection)
        self.setFocusPolicy(Qt.NoFocus)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        model.modelReset.connect(self._arrange)
        self._fitted: tuple = ()
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self.fit_rows)
        header.sectionResized.connect(lambda *_: self._refit.start())

    def _arrange(self) -> None:
        model: CompareModel = self.model()  # type: ignore[assignment]
        self.clearSpans()
        columns = model.columnCount()
        if columns > 1:
            for row in range(model.rowCount()):
                if model.kind(row) != VALUE:
                    self.setSpan(row, 0, 1, columns)
        self._fitted = ()
        self.setMinimumWidth(self._narrowest(columns))
        self.fit_rows()

    def _narrowest(self, columns: int) -> int:
        """As narrow as the splitter may make the table: every column still shows the results'
        amounts whole (a value wraps between words; an amount has none to wrap at)."""
        if columns == 0:
            return 0
        model: CompareModel = self.model()  # type: ignore[assignment]
        fm = self.fontMetrics()
        words = [
            word
            for row in range(model.rowCount())
            if model.kind(row) == VALUE and isinstance(model.rows[row][1], int)
            for col in range(columns)
            for word in model.text(row, col).split(" ")
        ]
        pad = 2 * (self.style().pixelMetric(QStyle.PM_FocusFrameHMargin, None, self) + 1) + 4
        widest = max((fm.horizontalAdvance(w) for w in words), default=0) + pad
        return columns * widest + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()

    def fit_rows(self) -> None:
        """Each row as high as its tallest wrapped text (titles wrap across the whole width)."""
        model: CompareModel = self.model()  # type: ignore[assignment]
        columns = model.columnCount()
        if columns == 0:
            return
        widths = tuple(self.columnWidth(c) for c in range(columns))
        if widths == self._fitted:
            return
        self._fitted = widths
        pad = 2 * (self.style().pixelMetric(QStyle.PM_FocusFrameHMargin, None, self) + 1) + 2
        plain = self.fontMetrics()
        bold_font = QFont(self.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        line = plain.height() + 8
        flags = int(Qt.TextWordWrap)
        for row in range(model.rowCount()):
            if model.kind(row) == VALUE:
                cells = [(model.text(row, c), self.columnWidth(c)) for c in range(columns)]
                fm = plain
            else:
                cells = [(model.title(row), sum(widths))]
                fm = bold if model.kind(row) == HEADING else plain
            height = max(
                fm.boundingRect(QRect(0, 0, max(w - pad, 1), 100000), flags, t).height() for t, w in cells
            )
            self.setRowHeight(row, max(line, height + 8))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._refit.start()
