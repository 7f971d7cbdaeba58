"""The doors of one village: a table where one keystroke records a visit, and its history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopnet.core.members import STATUS_KEYS, status_for_key
from coopnet.store.doors import address_text
from coopnet.ui.members.table_models import DoorIdRole, DoorsModel, short_datetime, status_label
from coopnet.ui.members.table_proxy import FastFilterProxy


class DoorsView(QTableView):
    """A table that turns a status key (A, R, I, P, M, S, V, 2, N) into ``statusKey``."""

    statusKey = Signal(str)

    def keyPressEvent(self, event) -> None:
        mods = event.modifiers() & ~(Qt.ShiftModifier | Qt.KeypadModifier)
        status = status_for_key(event.text()) if not mods else None
        if status:
            self.statusKey.emit(status)
            event.accept()
            return
        super().keyPressEvent(event)


class DoorsTab(QWidget):
    statusRequested = Signal(str, str)  # door id, status
    manualAddressRequested = Signal()
    pledgeEditRequested = Signal(str)  # pledge id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = DoorsModel(self)
        self.proxy = FastFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("door_search")
        self.search.setPlaceholderText(self.tr("Search a street, a number, a status…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_filter_text)
        self.count = QLabel(self)
        self.manual = QPushButton(self.tr("Address not in the BAN…"), self)
        self.manual.clicked.connect(self.manualAddressRequested)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        top.addWidget(self.manual)
        outer.addLayout(top)
        legend = "   ".join(f"<b>{k}</b> {status_label(s)}" for k, s in STATUS_KEYS.items())
        self.legend = QLabel(self.tr("Keys:") + "  " + legend, self)
        self.legend.setWordWrap(True)
        outer.addWidget(self.legend)

        split = QSplitter(Qt.Horizontal, self)
        self.view = DoorsView(split)
        self.view.setObjectName("doors_view")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.statusKey.connect(self._status_key)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_history())
        self.proxy.filtered.connect(self._show_count)

        side = QWidget(split)
        sl = QVBoxLayout(side)
        sl.setContentsMargins(6, 0, 0, 0)
        self.door_title = QLabel(side)
        self.door_title.setObjectName("door_title")
        self.door_title.setWordWrap(True)
        sl.addWidget(self.door_title)
        sl.addWidget(QLabel(self.tr("Visits"), side))
        self.history = QListWidget(side)
        self.history.setObjectName("visit_history")
        self.history.setWordWrap(True)
        sl.addWidget(self.history, 2)
        sl.addWidget(QLabel(self.tr("Pledges at this address (double-click to edit)"), side))
        self.door_pledges = QListWidget(side)
        self.door_pledges.itemActivated.connect(
            lambda item: self.pledgeEditRequested.emit(item.data(Qt.UserRole))
        )
        sl.addWidget(self.door_pledges, 1)
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        outer.addWidget(split, 1)
        self.project = None

    # -- data ----------------------------------------------------------------
    def load(self, project, insee: str | None) -> None:
        from coopnet.store.doors import list_doors

        self.project = project
        keep = self.current_door_id()
        self.model.set_rows(list_doors(project, insee) if project and insee else [])
        self._fit_columns()
        if keep:
            self.select_door(keep)
        elif self.proxy.rowCount():
            self.select_row(0)
        self.show_history()

    # The view is never narrower than its columns need (header and contents, the volunteer's name
    # last), up to this: the side panel gives up the room, and the window still fits 1280 × 800.
    MAX_MIN_WIDTH = 780

    def _fit_columns(self) -> None:
        view, header = self.view, self.view.horizontalHeader()
        view.resizeColumnsToContents()
        need = sum(
            max(view.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(header.count())
            if not header.isSectionHidden(c)
        )
        chrome = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        view.setMinimumWidth(min(need + chrome, self.MAX_MIN_WIDTH))

    def refresh_door(self, door_id: str) -> None:
        from coopnet.store.doors import list_doors

        row = self.model.row_of(door_id)
        fresh = list_doors(self.project, door_id=door_id)
        if row is None or not fresh:
            return
        self.model.rows[row] = fresh[0]
        self.model.row_changed(row)
        self.show_history()

    def _show_count(self, shown: int) -> None:
        total = self.model.rowCount()
        self.count.setText(
            self.tr("{0} doors").format(total)
            if shown == total
            else self.tr("{0} of {1} doors").format(shown, total)
        )

    # -- selection -------------------------------------------------------------
    def current_door(self) -> dict | None:
        idx = self.view.currentIndex()
        if not idx.isValid():
            return None
        return self.model.rows[self.proxy.source_row(idx.row())]

    def current_door_id(self) -> str | None:
        d = self.current_door()
        return d["id"] if d else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.proxy.rowCount():
            idx = self.proxy.index(row, 0)
            self.view.selectionModel().setCurrentIndex(
                idx, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
            )
            self.view.scrollTo(idx)

    def select_door(self, door_id: str) -> bool:
        srow = self.model.row_of(door_id)
        prow = self.proxy.proxy_row(srow) if srow is not None else None
        if prow is None:
            return False
        self.select_row(prow)
        return True

    def next_door(self) -> None:
        self.select_row(self.view.currentIndex().row() + 1)
        self.view.setFocus()

    def _status_key(self, status: str) -> None:
        door = self.current_door_id()
        if door:
            self.statusRequested.emit(door, status)

    def show_history(self) -> None:
        from coopnet.store.pledges import list_pledges
        from coopnet.store.visits import list_visits

        self.history.clear()
        self.door_pledges.clear()
        door = self.current_door()
        if door is None or self.project is None:
            self.door_title.setText("")
            return
        self.door_title.setText(f"<b>{address_text(door)}</b><br>{status_label(door['status'])}")
        for v in list_visits(self.project, door["id"]):
            # Notes coopnet writes itself ("pledge form") are said in the interface's language.
            note = f" — {QCoreApplication.translate('VisitNote', v['note'])}" if v["note"] else ""
            line = f"{short_datetime(v['at'])} — {status_label(v['outcome'])} — {v['who'] or ''}{note}"
            self.history.addItem(line)
            self.history.item(self.history.count() - 1).setToolTip(line)  # whole when the list is narrow
        if not self.history.count():
            self.history.addItem(self.tr("not visited yet"))
        for p in list_pledges(self.project, door_id=door["id"]):
            item_text = (
                f"{(p['last_name'] or '').upper()} {p['first_name'] or ''} — {status_label(p['status'])}"
            )
            self.door_pledges.addItem(item_text)
            self.door_pledges.item(self.door_pledges.count() - 1).setData(Qt.UserRole, p["id"])

    def door_id_at(self, row: int) -> str:
        return self.proxy.index(row, 0).data(DoorIdRole)
