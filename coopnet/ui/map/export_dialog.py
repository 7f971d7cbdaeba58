"""“Export for presentation…”: the map as standalone HTML, PNG or PDF.

Rendering needs a web view and takes seconds: ``coopnet map`` draws it in a child process
(ui/tasks.py ``run_process``), so the window keeps answering and Cancel stops it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

FORMATS = (
    ("pdf", "PDF — A4 landscape, for printing"),
    ("png", "PNG — 1600 × 1000 image"),
    ("html", "HTML — interactive, works offline"),
)


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
        self.path_edit.textChanged.connect(self.path_edit.setToolTip)  # a long path: whole here
        self.path_edit.setToolTip(self.path_edit.text())
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        form.addRow(self.tr("Save as"), row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the child process says no steps
        self.progress.hide()
        form.addRow(self.progress)
        self.buttons = buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self._export)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        self.written: Path | None = None
        self.error = ""
        self.task = None

    def _format_changed(self) -> None:
        key = self.format.currentData()
        self.names.setEnabled(key == "html")
        if key != "html":
            self.names.setChecked(False)
        path = Path(self.path_edit.text() or "carte-cooperative")
        self.path_edit.setText(str(path.with_suffix("." + key)))

    def _browse(self) -> None:
        key = self.format.currentData()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the map"), self.path_edit.text(), f"{key.upper()} (*.{key})"
        )
        if path:
            self.path_edit.setText(path)

    def _export(self) -> None:
        from coopnet.ui.i18n import current_language
        from coopnet.ui.map.build_process import coopnet_command
        from coopnet.ui.tasks import run_process

        if self.task is not None:
            return
        out = Path(self.path_edit.text()).with_suffix("." + self.format.currentData())
        args = [
            "map",
            str(self.project.path),
            "-o",
            str(out),
            "--lang",
            current_language(),
            "--title",
            self.title_edit.text() or self.project.name,
        ]
        if self.village.currentData():
            args += ["--village", self.village.currentData()]
        if self.names.isChecked():
            args.append("--names")
        program, arguments = coopnet_command(*args)
        self._out = out
        self.error = ""
        self.progress.show()
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
        self.task = run_process(
            program,
            arguments,
            result=lambda: out,
            parent=self,
            finished=self._written,
            failed=self._failed,
            cancelled=self._ended,
        )

    def _ended(self) -> None:
        self.task = None
        self.progress.hide()
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(True)

    def _written(self, out: Path) -> None:
        self._ended()
        self.written = out
        self.accept()

    def _failed(self, message: str, details: str) -> None:
        self._ended()
        self.error = message
        QMessageBox.warning(self, self.windowTitle(), message)

    def reject(self) -> None:
        if self.task is not None:  # Cancel while drawing: stop the child, write nothing
            self.task.cancel()
            self.task.wait(5000)
            # The child was killed: its half-written file goes too (output_file's ".part").
            self._out.with_name(self._out.name + ".part").unlink(missing_ok=True)
        super().reject()
