"""A sort-and-filter proxy that stays fast on 100 000 rows.

``QSortFilterProxyModel`` asks Python for every row on each keystroke (``filterAcceptsRow``
or ``data``): measured here at 0.2–9 s for 100 000 rows in PySide6. This proxy asks the
source once for a search string and sort keys per row (plain Python lists), filters and
sorts those lists, then resets — the view only calls back for the rows on screen.

A source model offers ``search_texts() -> list[str]`` (folded with ``fold``),
``search_text(row)``, ``sort_keys(column) -> list`` and ``cell_data(row, column, role)``.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, Qt, Signal


def fold(text: str) -> str:
    """Lower-case without accents: “Hélène” matches “helene”."""
    text = text.lower()
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


class FastFilterProxy(QAbstractProxyModel):
    filtered = Signal(int)  # rows shown after a filter or sort

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[int] = []  # proxy row -> source row
        self._pos: dict[int, int] | None = None
        self._needles: list[str] = []
        self._sort_column = -1
        self._sort_order = Qt.AscendingOrder
        self._search: list[str] = []
        self._order: list[int] | None = None  # source rows in sort order, cached
        self._shown: tuple[list[str], list[int]] | None = None  # last needles and their rows

    # -- wiring -------------------------------------------------------------
    def setSourceModel(self, model) -> None:
        old = self.sourceModel()
        if old is not None:
            for sig, slot in self._connections(old):
                sig.disconnect(slot)
        self.beginResetModel()
        super().setSourceModel(model)
        for sig, slot in self._connections(model):
            sig.connect(slot)
        self._rebuild(reset=False)
        self.endResetModel()

    def _connections(self, model):
        return (
            (model.modelReset, self._source_reset),
            (model.layoutChanged, self._source_reset),
            (model.rowsInserted, self._source_reset),
            (model.rowsRemoved, self._source_reset),
            (model.dataChanged, self._source_data_changed),
            (model.headerDataChanged, self.headerDataChanged),
        )

    def _source_reset(self, *args) -> None:
        self._rebuild()

    def _source_data_changed(self, top_left, bottom_right, roles=()) -> None:
        self._shown = None  # an edited row may now match text it did not
        for srow in range(top_left.row(), bottom_right.row() + 1):
            self._search[srow] = self.sourceModel().search_text(srow)
            row = self.proxy_row(srow)
            if row is not None:
                self.dataChanged.emit(
                    self.index(row, top_left.column()), self.index(row, bottom_right.column()), roles
                )

    # -- filter and sort ------------------------------------------------------
    def set_filter_text(self, text: str) -> None:
        needles = fold(text).split()
        if needles != self._needles:
            self._needles = needles
            self._rebuild(refresh_search=False)

    @staticmethod
    def _narrows(old: list[str], new: list[str]) -> bool:
        """Whether every row matching ``new`` also matches ``old`` (the user typed on)."""
        return bool(old) and len(new) >= len(old) and all(o in n for o, n in zip(old, new))

    def filter_text(self) -> str:
        return " ".join(self._needles)

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._order = None
        self._rebuild(refresh_search=False)

    def _rebuild(self, reset: bool = True, refresh_search: bool = True) -> None:
        src = self.sourceModel()
        if src is None:
            return
        if reset:
            self.beginResetModel()
        if refresh_search or len(self._search) != src.rowCount():
            self._search = src.search_texts()
            self._order = None
            self._shown = None
        if self._order is None:
            order = range(len(self._search))
            if self._sort_column >= 0:
                keys = src.sort_keys(self._sort_column)
                order = sorted(order, key=keys.__getitem__, reverse=self._sort_order == Qt.DescendingOrder)
            self._order = list(order)
            self._shown = None
        order = self._order
        needles, search = self._needles, self._search
        if not needles:
            rows = order[:]
        else:
            # Typing on ("dup" → "dupo") only narrows: look again at the rows shown, not at all.
            if self._shown is not None and self._narrows(self._shown[0], needles):
                rows = self._shown[1]
            else:
                rows = order
            for n in needles:  # every word must match; each pass scans fewer rows
                rows = [r for r in rows if n in search[r]]
        self._shown = (needles, rows) if needles else None
        self._rows = rows
        self._pos = None
        if reset:
            self.endResetModel()
        self.filtered.emit(len(self._rows))

    # -- mapping ----------------------------------------------------------------
    def proxy_row(self, source_row: int) -> int | None:
        if self._pos is None:
            self._pos = {s: p for p, s in enumerate(self._rows)}
        return self._pos.get(source_row)

    def source_row(self, proxy_row: int) -> int:
        return self._rows[proxy_row]

    def mapToSource(self, index):
        if not index.isValid() or index.row() >= len(self._rows):
            return QModelIndex()
        return self.sourceModel().index(self._rows[index.row()], index.column())

    def mapFromSource(self, index):
        if not index.isValid():
            return QModelIndex()
        row = self.proxy_row(index.row())
        return QModelIndex() if row is None else self.index(row, index.column())

    def index(self, row, column, parent=QModelIndex()):
        if parent.isValid() or not (0 <= row < len(self._rows)) or column < 0 or column >= self.columnCount():
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index=QModelIndex()):
        return QModelIndex()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        src = self.sourceModel()
        return 0 if parent.isValid() or src is None else src.columnCount()

    def data(self, index, role=Qt.DisplayRole):
        row = index.row()
        if row < 0 or row >= len(self._rows):  # an invalid index has row -1
            return None
        # Straight to the source's cells: no QModelIndex round trip per painted cell.
        return self.sourceModel().cell_data(self._rows[row], index.column(), role)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        src = self.sourceModel()
        if orientation == Qt.Horizontal and src is not None:
            return src.headerData(section, orientation, role)
        return section + 1 if role == Qt.DisplayRole else None

    def hasChildren(self, parent=QModelIndex()):
        return not parent.isValid()
