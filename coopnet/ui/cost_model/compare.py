"""Scenarios side by side: key results then every parameter; differences highlighted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from coopnet.core import params as P
from coopnet.ui.i18n import format_amount, format_number, format_percent
from coopnet.ui.cost_model.param_editor import choice_text, edit_text

DIFF = QBrush(QColor("#FFE9A8"))
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


def show_result(value, kind: str) -> str:
    if value is None:
        return "—"
    return {
        "eur0": lambda v: format_amount(v, 0),
        "eur": format_amount,
        "pct": lambda v: format_percent(v, 1),
        "int": lambda v: format_number(v),
    }[kind](value)


class CompareModel(QAbstractTableModel):
    """Columns: scenarios; rows: results, then parameters. ``set_data([(name, values, json)])``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns: list[tuple[str, dict, dict]] = []

    def set_data(self, columns: list[tuple[str, dict, dict]]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(RESULT_ROWS) + len(P.PARAMS)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def _raw(self, row: int, col: int):
        name, values, result = self.columns[col]
        if row < len(RESULT_ROWS):
            return result.get(RESULT_ROWS[row][0])
        return values[P.PARAMS[row - len(RESULT_ROWS)].key]

    def text(self, row: int, col: int) -> str:
        value = self._raw(row, col)
        if row < len(RESULT_ROWS):
            return show_result(value, RESULT_ROWS[row][2])
        spec = P.PARAMS[row - len(RESULT_ROWS)]
        if spec.kind == "choice":
            return choice_text(spec, value)
        return f"{edit_text(spec, value)} {'%' if spec.percent else QCoreApplication.translate('Unit', spec.unit)}".strip()

    def differs(self, row: int) -> bool:
        raw = [self._raw(row, c) for c in range(len(self.columns))]
        return any(r != raw[0] for r in raw[1:])

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.BackgroundRole and len(self.columns) > 1 and self.differs(index.row()):
            return DIFF
        return None

    def headerData(self, section: int, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal:
            return self.columns[section][0]
        if section < len(RESULT_ROWS):
            return QCoreApplication.translate("CompareModel", RESULT_ROWS[section][1])
        return QCoreApplication.translate("Param", P.PARAMS[section - len(RESULT_ROWS)].label)
