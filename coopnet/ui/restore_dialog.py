"""File ▸ Restore backup…: pick one of the dated copies kept before destructive operations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QVBoxLayout)

from coopnet.store.backup import Backup, list_backups


class RestoreBackupDialog(QDialog):
    def __init__(self, project_path: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.backups: list[Backup] = list_backups(project_path)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "coopnet keeps a dated copy of the project before every merge, purge, erase, "
            "migration and re-import. Restoring replaces the project with the copy you choose "
            "(the current state is kept as one more backup).")))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        for b in self.backups:
            item = QListWidgetItem(f"{b.taken:%d/%m/%Y %H:%M:%S} — {b.reason}")
            item.setToolTip(str(b.path))
            self.list.addItem(item)
        if not self.backups:
            self.list.addItem(self.tr("(no backup yet)"))
            self.list.setEnabled(False)
        else:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("Restore"), QDialogButtonBox.AcceptRole)
        self.restore_button.setEnabled(bool(self.backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, 380)

    def chosen(self) -> Backup | None:
        row = self.list.currentRow()
        return self.backups[row] if self.backups and row >= 0 else None
