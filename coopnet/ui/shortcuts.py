"""Help ▸ Keyboard shortcuts: every action of the window that has a shortcut, read live
from the window (so the list never goes stale), plus the Members page status keys and
the pledge form's keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from coopnet.core.members import STATUS_KEYS


def _clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def _keys(sequences) -> str:
    return ", ".join(s.toString(QKeySequence.NativeText) for s in sequences if not s.isEmpty())


def _where(action: QAction, window) -> str:
    """The menu or page an action lives in, for the "Where" column."""
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is not None and action in _menu_actions(menu):
            return _clean(menu_action.text())
    widget = action.parent()
    while widget is not None and widget is not window:
        title = getattr(widget, "title", None)
        if callable(title) and hasattr(widget, "page_id"):
            return title()
        widget = widget.parent()
    return QCoreApplication.translate("shortcuts", "Window")


def _menu_actions(menu) -> list[QAction]:
    out = []
    for a in menu.actions():
        out.append(a)
        if a.menu() is not None:
            out += _menu_actions(a.menu())
    return out


def shortcut_rows(window) -> list[tuple[str, str, str]]:
    """[(where, what, keys)] for the window's actions and shortcuts, then the fixed keys."""
    rows, seen = [], set()
    actions = window.findChildren(QAction)
    for menu_action in window.menuBar().actions():
        if menu_action.menu() is not None:
            actions += [a for a in _menu_actions(menu_action.menu()) if a not in actions]
    for action in actions:
        keys = _keys(action.shortcuts())
        what = _clean(action.text())
        if not keys or not what or (what, keys) in seen:
            continue
        seen.add((what, keys))
        rows.append((_where(action, window), what, keys))
    for sc in window.findChildren(QShortcut):
        keys = _keys([sc.key()])
        what = _clean(sc.whatsThis() or sc.objectName())
        if keys and what and (what, keys) not in seen:
            seen.add((what, keys))
            rows.append((QCoreApplication.translate("shortcuts", "Window"), what, keys))
    menus = [_clean(a.text()) for a in window.menuBar().actions()]
    rows.sort(key=lambda r: menus.index(r[0]) if r[0] in menus else len(menus))  # stable
    # Each text spelt out in a QCoreApplication.translate call: lupdate finds only those.
    members = QCoreApplication.translate("shortcuts", "Members ▸ Doors")
    for key, status in STATUS_KEYS.items():
        label = _status_label(status)
        rows.append(
            (members, QCoreApplication.translate("shortcuts", "Mark the door: {0}").format(label), key)
        )
    rows.append(
        (
            members,
            QCoreApplication.translate("shortcuts", "Go to the next or previous door"),
            QCoreApplication.translate("shortcuts", "Down, Up"),
        )
    )
    form = QCoreApplication.translate("shortcuts", "Pledge form")
    rows += [
        (
            form,
            QCoreApplication.translate("shortcuts", "Next / previous field"),
            QCoreApplication.translate("shortcuts", "Tab, Shift+Tab"),
        ),
        (
            form,
            QCoreApplication.translate("shortcuts", "Save the pledge"),
            QCoreApplication.translate("shortcuts", "Enter"),
        ),
        (
            form,
            QCoreApplication.translate("shortcuts", "Cancel"),
            QCoreApplication.translate("shortcuts", "Esc"),
        ),
    ]
    return rows


def _status_label(status: str) -> str:
    try:
        from coopnet.ui.members.table_models import status_label

        return status_label(status)
    except Exception:  # the Members page is optional here
        return status.replace("_", " ")


class ShortcutsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = shortcut_rows(window)
        self.table = QTableWidget(len(self.rows), 3, self)
        self.table.setObjectName("shortcuts_table")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Action"), self.tr("Keys")])
        for r, row in enumerate(self.rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
                self.table.setItem(r, c, item)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)
