"""All pledges (of a village, or of every village) with a search box that stays fast."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopnet.ui.members.table_models import PledgeIdRole, PledgesModel
from coopnet.ui.members.table_proxy import FastFilterProxy


class PledgesView(QTableView):
    editRequested = Signal()
    deleteRequested = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.editRequested.emit()
            return
        if event.key() == Qt.Key_Delete:
            self.deleteRequested.emit()
            return
        super().keyPressEvent(event)


class PledgesTab(QWidget):
    editRequested = Signal(str)  # pledge id
    deleteRequested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = PledgesModel(self)
        self.proxy = FastFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("pledge_search")
        self.search.setPlaceholderText(self.tr("Search a name, a phone, an email, a street…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_filter_text)
        self.all_villages = QCheckBox(self.tr("All villages"), self)
        self.count = QLabel(self)
        top.addWidget(self.search, 1)
        top.addWidget(self.all_villages)
        top.addWidget(self.count)
        outer.addLayout(top)
        self.view = PledgesView(self)
        self.view.setObjectName("pledges_view")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.sortByColumn(8, Qt.DescendingOrder)  # newest first
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda *_: self._emit(self.editRequested))
        self.view.editRequested.connect(lambda: self._emit(self.editRequested))
        self.view.deleteRequested.connect(lambda: self._emit(self.deleteRequested))
        self.proxy.filtered.connect(self._show_count)
        outer.addWidget(self.view, 1)
        hint = QLabel(self.tr("Enter or double-click: edit · Delete: remove (asks first)"), self)
        hint.setStyleSheet("color: #666;")
        outer.addWidget(hint)

    def load(self, project, insee: str | None) -> None:
        from coopnet.store.pledges import list_pledges

        if project is None:
            self.model.set_rows([])
            return
        rows = list_pledges(project, None if self.all_villages.isChecked() else insee)
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()

    def _show_count(self, shown: int) -> None:
        total = self.model.rowCount()
        self.count.setText(
            self.tr("{0} pledges").format(total)
            if shown == total
            else self.tr("{0} of {1} pledges").format(shown, total)
        )

    def current_pledge_id(self) -> str | None:
        idx = self.view.currentIndex()
        return idx.siblingAtColumn(0).data(PledgeIdRole) if idx.isValid() else None

    def _emit(self, signal) -> None:
        pid = self.current_pledge_id()
        if pid:
            signal.emit(pid)
