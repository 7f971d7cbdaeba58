"""Personal data (GDPR): find a household, export all that is held on it, or erase it."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from coopnet.core import fr
from coopnet.errors import CoopnetError
from coopnet.ui.i18n import error_text


class GdprDialog(QDialog):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Personal data"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, phone, email or id…"))
        self.search.textChanged.connect(self.refresh)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Village"), self.tr("Address"), self.tr("Phone"), self.tr("Email")]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setSelectionMode(QTableWidget.SingleSelection)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection)
        self.export_button = QPushButton(self.tr("Export as JSON…"))
        self.erase_button = QPushButton(self.tr("Erase personal data…"))
        self.purge_button = QPushButton(self.tr("Purge old contacts…"))
        self.export_button.clicked.connect(self.export_selected)
        self.erase_button.clicked.connect(self.erase_selected)
        self.purge_button.clicked.connect(self.purge)
        self.note = QLabel(
            self.tr(
                "Erasing keeps the village, status and speed for statistics; "
                "a backup is made first. Answer requests within a month."
            )
        )
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.export_button, self.erase_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.purge_button)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(close)
        self.rows: list[dict] = []
        self.resize(820, 480)
        self.refresh()

    def refresh(self) -> None:
        from coopnet.store.gdpr import find_households

        text = self.search.text().strip()
        self.rows = find_households(self.context.project, text) if self.context.project and text else []
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            if r["anonymised"]:
                name = self.tr("(erased)")
            else:
                name = " ".join(x for x in (r["first_name"] or "", (r["last_name"] or "").upper()) if x)
            address = " ".join(x for x in (r["numero"] or "", r["rep"] or "", r["nom_voie"] or "") if x)
            for j, text in enumerate(
                (name, r["commune"], address, fr.format_phone(r["phone"] or ""), r["email"] or "")
            ):
                self.table.setItem(i, j, QTableWidgetItem(text or ""))
        self.table.resizeColumnsToContents()
        self._selection()

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _selection(self) -> None:
        row = self.selected()
        self.export_button.setEnabled(row is not None)
        self.erase_button.setEnabled(row is not None and not row["anonymised"])

    def export_selected(self, path: str | None = None) -> Path | None:
        from coopnet.store.gdpr import export_household

        row = self.selected()
        if row is None:
            return None
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export personal data"), f"foyer-{row['id'][:8]}.json", "JSON (*.json)"
            )
        if not path:
            return None
        try:
            data = export_household(self.context.project, row["id"])
            Path(path).write_text(
                json.dumps(data, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
            )
        except (CoopnetError, OSError) as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return None
        self.context.statusMessage.emit(self.tr("Exported to %1").replace("%1", str(path)))
        return Path(path)

    def erase_selected(self, confirmed: bool = False, erase_backups: bool | None = None) -> int:
        """Erase the selected household; then offer to erase it in the backups that hold it
        (``erase_backups`` answers that question without asking)."""
        from coopnet.store.gdpr import backups_holding, erase_household, erase_in_backups, household_pledges
        from coopnet.ui.erasure import forget_erased

        row = self.selected()
        if row is None:
            return 0
        if not confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Erase personal data"),
                self.tr(
                    "Erase the name, phone, email and notes of this household? "
                    "This cannot be undone (a backup is kept)."
                ),
            )
            if answer != QMessageBox.Yes:
                return 0
        project, who = self.context.project, self.context.settings.volunteer_name or None
        try:
            ids = [p["id"] for p in household_pledges(project, row["id"])]
            count = erase_household(project, row["id"], who=who)
        except CoopnetError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return 0
        forget_erased(self.context, ids)  # Undo must not bring the data back
        self.context.notify("pledges")
        self.refresh()
        holding = backups_holding(project, ids)
        if holding:
            if erase_backups is None:
                erase_backups = (
                    QMessageBox.question(
                        self,
                        self.tr("Erase personal data"),
                        self.tr(
                            "%n backup(s) of the project still hold this household's personal data "
                            "(the one made just before erasing included). Erase it there too?",
                            "",
                            len(holding),
                        ),
                    )
                    == QMessageBox.Yes
                )
            if erase_backups:
                done = erase_in_backups(project, ids, who=who)
                self.context.statusMessage.emit(self.tr("Erased in %n backup(s)", "", len(done)))
        self.last_backups_holding = [str(p) for p in backups_holding(project, ids)]
        return count

    def purge(self) -> None:
        from coopnet.store.gdpr import purge

        months, ok = QInputDialog.getInt(
            self,
            self.tr("Purge old contacts"),
            self.tr("Anonymise non-members with no contact for (months):"),
            36,
            1,
            240,
        )
        if not ok:
            return
        try:
            count = purge(self.context.project, months, who=self.context.settings.volunteer_name or None)
        except CoopnetError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        from coopnet.store.gdpr import anonymised_ids
        from coopnet.ui.erasure import forget_erased

        forget_erased(self.context, anonymised_ids(self.context.project))
        self.context.notify("pledges")
        QMessageBox.information(
            self, self.tr("Purge old contacts"), self.tr("%1 pledge(s) anonymised.").replace("%1", str(count))
        )
        self.refresh()
