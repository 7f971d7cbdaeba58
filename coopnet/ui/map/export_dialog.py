"""“Export for presentation…”: the map as standalone HTML, PNG or PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QMessageBox,
                               QPushButton, QWidget)

from coopnet.errors import CoopnetError

FORMATS = (("pdf", "PDF — A4 landscape, for printing"), ("png", "PNG — 1600 × 1000 image"),
           ("html", "HTML — interactive, works offline"))


class ExportDialog(QDialog):
    def __init__(self, project, parent: QWidget | None = None, village: str | None = None):
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("Export the map for presentation"))
        form = QFormLayout(self)
        self.format = QComboBox()
        for key, label in FORMATS:
            self.format.addItem(self.tr(label), key)
        form.addRow(self.tr("Format"), self.format)
        self.title_edit = QLineEdit(project.name)
        form.addRow(self.tr("Title"), self.title_edit)
        self.village = QComboBox()
        self.village.addItem(self.tr("All villages"), None)
        from coopnet.store import villages as vstore
        for v in vstore.list_villages(project):
            self.village.addItem(f"{v.name} ({v.insee})", v.insee)
            if v.insee == village:
                self.village.setCurrentIndex(self.village.count() - 1)
        form.addRow(self.tr("Zoom on"), self.village)
        self.names = QCheckBox(self.tr("Show pledgers' names (personal data — HTML only)"))
        form.addRow("", self.names)
        self.path_edit = QLineEdit(str(Path.home() / "carte-cooperative.pdf"))
        self.path_edit.textChanged.connect(self.path_edit.setToolTip)   # a long path: whole here
        self.path_edit.setToolTip(self.path_edit.text())
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        form.addRow(self.tr("Save as"), row)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self._export)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        self.written: Path | None = None

    def _format_changed(self) -> None:
        key = self.format.currentData()
        self.names.setEnabled(key == "html")
        if key != "html":
            self.names.setChecked(False)
        path = Path(self.path_edit.text() or "carte-cooperative")
        self.path_edit.setText(str(path.with_suffix("." + key)))

    def _browse(self) -> None:
        key = self.format.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the map"), self.path_edit.text(),
                                              f"{key.upper()} (*.{key})")
        if path:
            self.path_edit.setText(path)

    def _export(self) -> None:
        from coopnet.geo.export import export_map
        from coopnet.ui.i18n import current_language
        out = Path(self.path_edit.text()).with_suffix("." + self.format.currentData())
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            # Rendering needs a web view, so it runs on the GUI thread (a few seconds).
            self.written = export_map(self.project, out, title=self.title_edit.text() or None,
                                      focus_insee=self.village.currentData(),
                                      show_names=self.names.isChecked(), lang=current_language())
        except CoopnetError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        QApplication.restoreOverrideCursor()
        self.accept()
