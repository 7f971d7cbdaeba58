"""Table models for doors and pledges (plain Python lists behind a FastFilterProxy)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from coopnet.core import fr
from coopnet.core.members import STATUS_LABELS, status_key
from coopnet.store.doors import address_text
from coopnet.ui.i18n import format_amount, formats
from coopnet.ui.members.table_proxy import fold

DoorIdRole = Qt.UserRole + 1
PledgeIdRole = Qt.UserRole + 2
# Roles and alignment as plain ints: reading ``Qt.DisplayRole`` costs ~4 µs in PySide6 and
# the view asks ~2000 (cell, role) pairs per repaint — that was most of a keystroke's time.
_DISPLAY, _BACKGROUND, _FOREGROUND, _ALIGNMENT, _TOOLTIP = (
    int(Qt.DisplayRole),
    int(Qt.BackgroundRole),
    int(Qt.ForegroundRole),
    int(Qt.TextAlignmentRole),
    int(Qt.ToolTipRole),
)
_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)

# Soft colours readable on white; the key letter is shown too, so colour is never the only cue.
STATUS_COLOURS = {
    "not_visited": None,
    "absent": "#fff3c4",
    "refused": "#f8d0d0",
    "interested": "#d6e8ff",
    "pledged": "#c9efc9",
    "member": "#9fdc9f",
    "already_served": "#e4e4e4",
    "vacant": "#ececec",
    "second_home": "#ead9f2",
}


def status_label(status: str) -> str:
    return QCoreApplication.translate("DoorStatus", STATUS_LABELS.get(status, status or ""))


def short_datetime(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        when = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return formats().datetime(when)  # the interface language's format


def _number_key(numero: str | None) -> tuple:
    text = numero or ""
    return (int(text) if text.isdigit() else 10**9, text)


class _ListModel(QAbstractTableModel):
    """Rows are dicts; subclasses define COLUMNS, ``cell`` and ``search_text``."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate(type(self).__name__, self.COLUMNS[section])
        return None

    def search_texts(self) -> list[str]:
        return [self.search_text(i) for i in range(len(self.rows))]

    def sort_keys(self, column: int) -> list:
        return [self.sort_key(r, column) for r in self.rows]

    def sort_key(self, row: dict, column: int):
        value = self.cell(row, column)
        return fold(value) if isinstance(value, str) else value

    def data(self, index, role=Qt.DisplayRole):
        return self.cell_data(index.row(), index.column(), role) if index.isValid() else None

    def row_changed(self, i: int) -> None:
        self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))


class DoorsModel(_ListModel):
    COLUMNS = ("Street", "No.", "Status", "Pledges", "Last visit", "By")

    def cell(self, d: dict, column: int):
        if column == 0:
            return d["nom_voie"] or ""
        if column == 1:
            return " ".join(p for p in (d["numero"] or "", d["rep"] or "") if p)
        if column == 2:
            key = status_key(d["status"])
            return (
                f"{key} · {status_label(d['status'])}"
                if d["status"] != "not_visited"
                else status_label(d["status"])
            )
        if column == 3:
            return d.get("pledges") or ""
        if column == 4:
            return short_datetime(d["status_at"])
        if column == 5:
            return d["status_by"] or ""
        return None

    def sort_key(self, d: dict, column: int):
        if column in (0, 1):
            return (fold(d["nom_voie"] or ""), _number_key(d["numero"]), d["rep"] or "")
        if column == 3:
            return d.get("pledges") or 0
        if column == 4:
            return d["status_at"] or ""
        return super().sort_key(d, column)

    def search_text(self, i: int) -> str:
        d = self.rows[i]
        return fold(f"{address_text(d)} {status_label(d['status'])} {d['status_by'] or ''} {d['id']}")

    def cell_data(self, row: int, column: int, role=Qt.DisplayRole):
        d = self.rows[row]
        if role == _DISPLAY:
            return self.cell(d, column)
        if role == _BACKGROUND and column == 2:
            colour = STATUS_COLOURS.get(d["status"])
            return QBrush(QColor(colour)) if colour else None
        if role == _ALIGNMENT and column in (1, 3):
            return _RIGHT
        if role == DoorIdRole:
            return d["id"]
        if role == _TOOLTIP and d.get("source") == "manual":
            return QCoreApplication.translate("DoorsModel", "Address entered by hand (not in the BAN)")
        return None

    def row_of(self, door_id: str) -> int | None:
        for i, d in enumerate(self.rows):
            if d["id"] == door_id:
                return i
        return None


class PledgesModel(_ListModel):
    COLUMNS = (
        "Name",
        "Village",
        "Address",
        "Phone",
        "Email",
        "Speed",
        "Monthly fee",
        "Shares",
        "Date",
        "Volunteer",
        "Status",
        "Check",
    )

    def duplicate_reason(self, p: dict) -> str:
        """The stored flag (ids) said with the names of the pledges it refers to."""
        from coopnet.core.dedupe import decode_flag, render_flag
        from coopnet.translation import catalog
        from coopnet.ui.i18n import current_language

        flag = p.get("duplicate_flag")
        if not flag:
            return ""
        wanted = {other for _, other in (decode_flag(flag) or [])}
        people = {r["id"]: r for r in self.rows if r["id"] in wanted}
        return catalog(current_language()).say(render_flag(flag, people))

    def cell(self, p: dict, column: int):
        if column == 0:
            return " ".join(x for x in ((p["last_name"] or "").upper(), p["first_name"] or "") if x)
        if column == 1:
            return p.get("village") or p["insee"]
        if column == 2:
            return address_text(p) if p.get("nom_voie") else ""
        if column == 3:
            return fr.format_phone(p["phone"] or "")
        if column == 4:
            return p["email"] or ""
        if column == 5:
            return p["tier"] or ""
        if column == 6:
            return format_amount(p["monthly_fee_eur"])
        if column == 7:
            return format_amount(p["shares_eur"], 0)
        if column == 8:
            return fr.format_date(dt.date.fromisoformat(p["pledged_on"][:10])) if p["pledged_on"] else ""
        if column == 9:
            return p["volunteer"] or ""
        if column == 10:
            return QCoreApplication.translate("PledgeStatus", p["status"] or "")
        if column == 11:
            return (
                QCoreApplication.translate("PledgesModel", "possible duplicate")
                if p.get("duplicate_flag")
                else ""
            )
        return None

    def sort_key(self, p: dict, column: int):
        if column == 6:
            return p["monthly_fee_eur"] or 0.0
        if column == 7:
            return p["shares_eur"] or 0.0
        if column == 8:
            return p["pledged_on"] or ""
        return super().sort_key(p, column)

    def search_text(self, i: int) -> str:
        p = self.rows[i]
        phone = p["phone"] or ""
        national = ("0" + phone[3:]) if phone.startswith("+33") else phone
        return fold(
            " ".join(
                str(x)
                for x in (
                    p["last_name"],
                    p["first_name"],
                    p.get("village") or "",
                    address_text(p),
                    phone,
                    national,
                    fr.format_phone(phone),
                    p["email"],
                    p["tier"],
                    p["volunteer"],
                    p["notes"],
                    p["status"],
                )
                if x
            )
        )

    def cell_data(self, row: int, column: int, role=Qt.DisplayRole):
        p = self.rows[row]
        if role == _DISPLAY:
            return self.cell(p, column)
        if role == _ALIGNMENT and column in (6, 7):
            return _RIGHT
        if role == _FOREGROUND and column == 11 and p.get("duplicate_flag"):
            return QBrush(QColor("#a33"))
        if role == _TOOLTIP and column == 11:
            return self.duplicate_reason(p) or None
        if role == PledgeIdRole:
            return p["id"]
        return None
