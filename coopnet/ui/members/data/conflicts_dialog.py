"""Merge conflicts: both versions side by side; a person keeps ours or takes theirs."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopnet.errors import CoopnetError
from coopnet.ui.i18n import error_text

DIFF_BRUSH = QBrush(QColor("#fff3c4"))
_HIDDEN = {"import_key"}
# Column names people read (the import's French labels, plus the door/visit columns).
LABELS = {
    "monthly_fee_eur": "Mensualité acceptée",
    "shares_eur": "Parts sociales",
    "last_name": "Nom",
    "first_name": "Prénom",
    "phone": "Téléphone",
    "email": "Courriel",
    "tier": "Débit souhaité",
    "consent_register": "Consentement",
    "notes": "Notes",
    "consent_news": "Consentement actualités",
    "pledged_on": "Date",
    "volunteer": "Bénévole",
    "status": "Statut",
    "numero": "Numéro",
    "rep": "Indice (bis, ter)",
    "nom_voie": "Voie",
    "status_at": "Statut depuis",
    "status_by": "Statut par",
    "outcome": "Résultat",
    "note": "Note",
    "who": "Qui",
    "at": "Quand",
}


def _label(conflict: dict) -> str:
    row = conflict["ours"] or conflict["theirs"] or {}
    if conflict["entity"] == "pledge":
        name = " ".join(x for x in (row.get("first_name") or "", (row.get("last_name") or "").upper()) if x)
        what = name or conflict["entity_id"][:8]
    elif conflict["entity"] == "door":
        what = " ".join(
            x for x in (row.get("numero") or "", row.get("rep") or "", row.get("nom_voie") or "") if x
        )
    else:
        what = conflict["entity_id"][:8]
    fields = ", ".join(LABELS.get(f, f) for f in conflict["fields"][:3])
    return f"{conflict['entity']}: {what} — {fields}"


class ConflictsDialog(QDialog):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Merge conflicts"))
        self.list = QListWidget()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("This project (ours)"), self.tr("Volunteer file (theirs)")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.keep = QPushButton(self.tr("Keep ours"))
        self.take = QPushButton(self.tr("Take theirs"))
        self.keep.clicked.connect(lambda: self.resolve("ours"))
        self.take.clicked.connect(lambda: self.resolve("theirs"))
        self.info = QLabel()
        self.info.setWordWrap(True)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.info)
        rl.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep)
        buttons.addWidget(self.take)
        buttons.addStretch(1)
        rl.addLayout(buttons)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(close)
        self.list.currentRowChanged.connect(self._show)
        self.conflicts: list[dict] = []
        self.reload()
        self.resize(900, 520)

    def reload(self) -> None:
        from coopnet.store.merge import list_conflicts

        self.conflicts = list_conflicts(self.context.project) if self.context.project else []
        self.list.clear()
        for c in self.conflicts:
            QListWidgetItem(_label(c), self.list)
        if self.conflicts:
            self.list.setCurrentRow(0)
        else:
            self._show(-1)

    def current(self) -> dict | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show(self, row: int) -> None:
        conflict = self.current()
        self.keep.setEnabled(conflict is not None)
        self.take.setEnabled(conflict is not None)
        self.table.setRowCount(0)
        if conflict is None:
            self.info.setText(self.tr("No conflict left to resolve."))
            return
        self.info.setText(
            self.tr("Changed here and in “%1” since the extract (found %2).")
            .replace("%1", conflict["source"] or "")
            .replace("%2", conflict["detected_at"] or "")
        )
        ours, theirs = conflict["ours"] or {}, conflict["theirs"] or {}
        keys = [k for k in theirs if k not in _HIDDEN]
        keys.sort(key=lambda k: (k not in conflict["fields"], k))
        self.table.setRowCount(len(keys))
        for i, key in enumerate(keys):
            cells = [
                LABELS.get(key, key),
                "" if ours.get(key) is None else str(ours.get(key)),
                "" if theirs.get(key) is None else str(theirs.get(key)),
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if key in conflict["fields"]:
                    item.setBackground(DIFF_BRUSH)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()

    def resolve(self, choice: str) -> None:
        from coopnet.store.merge import resolve_conflict

        conflict = self.current()
        if conflict is None:
            return
        try:
            resolve_conflict(
                self.context.project, conflict["id"], choice, who=self.context.settings.volunteer_name or None
            )
        except CoopnetError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        self.context.notify("pledges")
        row = self.list.currentRow()
        self.reload()
        if self.conflicts:
            self.list.setCurrentRow(min(row, len(self.conflicts) - 1))
