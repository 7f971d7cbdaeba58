"""File ▸ Restore backup…: pick one of the dated copies kept before destructive operations."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from coopnet.store.backup import Backup, list_backups


# Backup reasons are slugs written by the store; show them in the user's language.
REASONS = {
    "before-merge": QT_TRANSLATE_NOOP("RestoreBackupDialog", "before a merge"),
    "before-restore": QT_TRANSLATE_NOOP("RestoreBackupDialog", "before a restore"),
    "before-gdpr-erase": QT_TRANSLATE_NOOP("RestoreBackupDialog", "before erasing personal data"),
    "before-gdpr-purge": QT_TRANSLATE_NOOP("RestoreBackupDialog", "before purging old contacts"),
    "before-migration": QT_TRANSLATE_NOOP("RestoreBackupDialog", "before a file format upgrade"),
}


def reason_label(reason: str) -> str:
    key = re.sub(r"-v\d+$", "", reason)
    return QCoreApplication.translate("RestoreBackupDialog", REASONS[key]) if key in REASONS else reason


class RestoreBackupDialog(QDialog):
    def __init__(self, project_path: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.backups: list[Backup] = list_backups(project_path)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "coopnet keeps a dated copy of the project before every merge, purge, erase, "
                "migration and re-import. Restoring replaces the project with the copy you choose "
                "(the current state is kept as one more backup)."
            )
        )
        intro.setWordWrap(True)  # one line of it made the French dialog wider than the screen
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        from coopnet.ui.i18n import formats

        t = formats()
        for b in self.backups:  # seconds too: two backups can fall in the same minute
            item = QListWidgetItem(f"{t.date(b.taken)} {b.taken:%H:%M:%S} — {reason_label(b.reason)}")
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
