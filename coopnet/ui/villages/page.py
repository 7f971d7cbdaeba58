"""The Villages page: every commune of the cooperative with its key figures."""

from __future__ import annotations

import html

import unicodedata

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout

from coopnet.ui.i18n import format_number, format_percent
from coopnet.ui.page import Page


def fold(text: str) -> str:
    """Sort key for names: lower case without accents, whatever the system's collation."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


class VillagesModel(QAbstractTableModel):
    """Rows are the ``villages`` items of ``project_info`` (same numbers as the CLI),
    taken from the shared figures (ui/figures.py)."""

    COLUMNS = (
        ("insee", QT_TRANSLATE_NOOP("VillagesModel", "INSEE")),
        ("name", QT_TRANSLATE_NOOP("VillagesModel", "Commune")),
        ("postcode", QT_TRANSLATE_NOOP("VillagesModel", "Postcode")),
        ("population", QT_TRANSLATE_NOOP("VillagesModel", "Population")),
        ("households", QT_TRANSLATE_NOOP("VillagesModel", "Households")),
        ("doors", QT_TRANSLATE_NOOP("VillagesModel", "Doors")),
        ("pledges", QT_TRANSLATE_NOOP("VillagesModel", "Pledges")),
        ("progress_pct", QT_TRANSLATE_NOOP("VillagesModel", "Progress")),
        ("nearest_pop", QT_TRANSLATE_NOOP("VillagesModel", "Nearest PoP")),
        ("link_km", QT_TRANSLATE_NOOP("VillagesModel", "Link (km)")),
    )
    NUMERIC = {"population", "households", "doors", "pledges", "progress_pct", "link_km"}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return QCoreApplication.translate("VillagesModel", self.COLUMNS[section][1])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.COLUMNS[index.column()][0]
        value = row.get(key)
        if role == Qt.DisplayRole:
            if value is None:
                return ""
            if key == "households" and row.get("households_is_estimate"):
                return f"~{format_number(value)}"
            if key == "progress_pct":
                return format_percent(value / 100)
            if key == "link_km":
                return format_number(value, 1)
            if key in self.NUMERIC:
                return format_number(value)
            return str(value)
        if role == Qt.UserRole:  # raw value, for sorting; names without accents (Béhoust < Boissy)
            if isinstance(value, str):
                return fold(value)
            return value if value is not None else -1 if key in self.NUMERIC else ""
        if role == Qt.TextAlignmentRole and key in self.NUMERIC:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole and key == "households":
            return row.get("households_source") or None
        return None


class VillagesPage(Page):
    page_id = "villages"

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name or INSEE code…"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.model = VillagesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.UserRole)
        self.proxy.setSortLocaleAware(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Villages of the cooperative"))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        layout.addWidget(self.table, 1)
        self._dirty = True
        context.dataChanged.connect(self._data_changed)

    def title(self) -> str:
        return self.tr("Villages")

    def set_project(self, project) -> None:
        self._dirty = True
        self.model.set_rows([])
        if project is None or self.seen():
            self.refresh()

    def _data_changed(self, domain: str) -> None:
        if domain == "scenarios":
            return
        self._dirty = True
        if self.seen():  # else on the next show: the figures are computed once, when seen
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        project = self.context.project
        self._dirty = False
        if project is None:
            self.model.set_rows([])
            self.summary.setText(self.tr("No project open."))
            return
        if not self.context.figures.request("info", self._show_info) and not self.model.rowCount():
            self.summary.setText(self.tr("Counting the doors and pledges of each village…"))

    def _show_info(self, info) -> None:
        project = self.context.project
        if project is None or info is None or info["file"] != str(project.path):
            return
        self.model.set_rows(info["villages"])
        t = info["totals"]
        counts = (
            self.tr("{0} villages, {1} inhabitants, {2} households")
            if t["villages"] != 1
            else self.tr("{0} village, {1} inhabitants, {2} households")
        ).format(self._total(t["villages"]), self._total(t["population"]), self._total(t["households"]))
        if t["backbone_km"] is None:  # a new cooperative: routes are not open data
            network = self.tr("no backbone yet, {0} points of presence").format(self._total(t["pops"]))
        else:
            network = self.tr("backbone {0} km, {1} points of presence").format(
                self._total(t["backbone_km"], 1), self._total(t["pops"])
            )
        text = f"<b>{html.escape(info['cooperative'])}</b> — {counts}; {network}"
        if project.meta("sample") == "1":
            text += (
                "<br><i>"
                + self.tr(
                    "Sample cooperative: boundaries are real (IGN); doors are "
                    "synthetic; backbone and points of presence are illustrative."
                )
                + "</i>"
            )
        self.summary.setText(text)

    def _total(self, value, decimals: int = 0) -> str:
        """A total, or "unknown" when no village knows it (unknown is not zero)."""
        return self.tr("unknown") if value is None else format_number(value, decimals)

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            row = self.model.rows[self.proxy.mapToSource(current).row()]
            self.context.villageSelected.emit(row["insee"])
