"""File ▸ Import pledges…: choose a file, check the preview, map the columns, import.

The preview re-reads the first rows whenever the encoding or delimiter is changed,
so a user sees "Hélène" instead of "HÃ©lÃ¨ne" before anything is written. The import
runs in the context's pool (its own database connection) with progress and cancel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coopnet.core import pledge_rows as pr
from coopnet.errors import CoopnetError, user_text
from coopnet.io.tabular import encoding_label, read_table
from coopnet.ui.tasks import Task, run_task

PREVIEW_ROWS = 20
ENCODINGS = (("", "Detect"), ("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 (BOM)"), ("cp1252", "Windows-1252"))
DELIMITERS = (("", "Detect"), (";", "; (semicolon)"), (",", ", (comma)"), ("\t", "Tab"))


class FilePage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Choose the pledge file"))
        self.setSubTitle(self.tr("A CSV or Excel (.xlsx) file with one household per row."))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self.completeChanged)
        self.registerField("path*", self.path_edit)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pledge file"), "", self.tr("Tables (*.csv *.txt *.xlsx);;All files (*)")
        )
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return Path(self.path_edit.text().strip()).is_file()


class PreviewPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Check the preview"))
        self.setSubTitle(
            self.tr(
                "If accents look wrong or everything is in one column, choose the encoding or the delimiter."
            )
        )
        self.encoding = QComboBox()
        self.delimiter = QComboBox()
        for value, label in ENCODINGS:
            self.encoding.addItem(self.tr(label), value)
        for value, label in DELIMITERS:
            self.delimiter.addItem(self.tr(label), value)
        self.detected = QLabel()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QTableView.NoEditTriggers)
        form = QFormLayout()
        form.addRow(self.tr("Encoding"), self.encoding)
        form.addRow(self.tr("Delimiter"), self.delimiter)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.detected)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        self.table = None
        self.encoding.currentIndexChanged.connect(self.refresh)
        self.delimiter.currentIndexChanged.connect(self.refresh)

    def initializePage(self) -> None:
        self.refresh()

    def options(self) -> tuple[str | None, str | None]:
        return self.encoding.currentData() or None, self.delimiter.currentData() or None

    def refresh(self) -> None:
        self.model.clear()
        self.table = None
        encoding, delimiter = self.options()
        try:
            self.table = read_table(
                Path(self.field("path").strip()), encoding, delimiter, max_rows=PREVIEW_ROWS
            )
        except CoopnetError as exc:
            from coopnet.ui.i18n import error_text

            self.error.setText(error_text(exc))
            self.detected.setText("")
        else:
            self.error.setText("")
            t = self.table
            if t.kind == "xlsx":
                self.detected.setText(self.tr("Excel workbook, first sheet"))
            else:
                delim = {"\t": self.tr("tab"), ";": ";", ",": ","}.get(t.delimiter, t.delimiter)
                self.detected.setText(
                    self.tr("Read as: %1, delimiter %2")
                    .replace("%1", encoding_label(t.encoding))
                    .replace("%2", delim)
                )
            self.model.setHorizontalHeaderLabels(t.headers)
            for values in t.rows:
                self.model.appendRow([QStandardItem(v) for v in values[: len(t.headers)]])
            self.view.resizeColumnsToContents()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.table is not None


class MappingPage(QWizardPage):
    """One combo box per field, prefilled from the header names."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Columns were recognised by their names; correct them if needed."))
        self.combos: dict[str, QComboBox] = {}
        inner = QWidget()
        form = QFormLayout(inner)
        for field in pr.FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"map_{field}")
            combo.currentIndexChanged.connect(self._changed)
            self.combos[field] = combo
            form.addRow(pr.FIELD_LABELS[field], combo)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        self.missing = QLabel()
        self.missing.setStyleSheet("color: #b00020")
        self.missing.setWordWrap(True)
        self.basis = QLineEdit()
        self.basis.setObjectName("consent_basis")
        self.basis.setPlaceholderText(self.tr("e.g. paper forms kept at the town hall"))
        self.basis_label = QLabel(
            self.tr(
                "No consent column: state once the legal basis and its evidence "
                "(recorded on each row and in the audit log):"
            )
        )
        self.basis_label.setWordWrap(True)
        self.basis_label.setBuddy(self.basis)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.basis_label)
        layout.addWidget(self.basis)
        layout.addWidget(self.missing)

    def consent_basis(self) -> str:
        """The stated legal basis, only when no column holds the consent."""
        return "" if "consent_register" in self.mapping() else self.basis.text().strip()

    def initializePage(self) -> None:
        headers = self.wizard().preview.table.headers
        detected = pr.detect_mapping(headers)
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), -1)
            for i, header in enumerate(headers):
                combo.addItem(header or self.tr("column %1").replace("%1", str(i + 1)), i)
            combo.setCurrentIndex(detected[field] + 1 if field in detected else 0)
            combo.blockSignals(False)
        self._changed()

    def mapping(self) -> dict[str, int]:
        return {f: c.currentData() for f, c in self.combos.items() if c.currentData() not in (None, -1)}

    def _changed(self) -> None:
        missing = pr.missing_required(self.mapping())
        self.missing.setText(self.tr("Required: %1").replace("%1", ", ".join(missing)) if missing else "")
        no_column = "consent_register" not in self.mapping()
        self.basis_label.setVisible(no_column)
        self.basis.setVisible(no_column)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not pr.missing_required(self.mapping())


class RunPage(QWizardPage):
    """Runs the import, then shows the counts and where the rejected rows went."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Import"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button, 0, Qt.AlignLeft)
        layout.addWidget(self.status, 1)
        self.task: Task | None = None
        self.result = None
        self.failed = ""

    def initializePage(self) -> None:
        wiz = self.wizard()
        self.result, self.failed = None, ""
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Importing…"))
        source = Path(self.field("path").strip())
        encoding, delimiter = wiz.preview.options()
        if wiz.preview.table is not None and wiz.preview.table.kind == "csv":
            encoding = encoding or wiz.preview.table.encoding
            delimiter = delimiter or wiz.preview.table.delimiter
        mapping = wiz.mapping_page.mapping()
        basis = wiz.mapping_page.consent_basis()
        project_path, volunteer = wiz.context.project.path, wiz.context.settings.volunteer_name
        from coopnet.ui.i18n import current_language

        lang = current_language()  # reject reasons and progress in the interface's language
        from coopnet.io.pledges_import import default_reject_path

        reject = default_reject_path(source)

        def work(report):
            from coopnet.errors import Cancelled
            from coopnet.io.pledges_import import import_pledges
            from coopnet.store.project import Project

            project = Project.open(project_path)
            try:
                return import_pledges(
                    project,
                    source,
                    reject_file=reject,
                    encoding=encoding,
                    delimiter=delimiter,
                    mapping=mapping,
                    report=report,
                    volunteer=volunteer,
                    lang=lang,
                    consent_basis=basis,
                )
            except Cancelled:
                raise
            except CoopnetError as exc:  # the one line the user reads, in their language
                raise CoopnetError(user_text(exc, lang), exc.exit_code) from None
            finally:
                project.close()

        task = run_task(
            work,
            progress=self._progress,
            finished=self._finished,
            failed=self._failed,
            cancelled=self._cancelled,
            pool=wiz.context.pool,
        )
        if self.result is None and not self.failed:  # still running (a test's pool runs it at once)
            self.task = task

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if text:
            self.status.setText(text)

    def _end(self, text: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.cancel_button.setEnabled(False)
        self.status.setText(text)
        self.task = None
        self.completeChanged.emit()

    def _finished(self, result) -> None:
        self.result = result
        lines = [
            self.tr("Imported: %1").replace("%1", str(result.imported)),
            self.tr("Updated: %1").replace("%1", str(result.updated)),
            self.tr("Unchanged: %1").replace("%1", str(result.unchanged)),
            self.tr("Possible duplicates (flagged for review): %1").replace(
                "%1", str(result.possible_duplicates)
            ),
            self.tr("Rejected: %1").replace("%1", str(result.rejected)),
        ]
        if result.reject_file:
            lines.append(
                self.tr("Rejected rows, with the reason for each: %1").replace("%1", str(result.reject_file))
            )
        self._end("\n".join(lines))
        self.wizard().context.notify("pledges")

    def _failed(self, message: str, details: str) -> None:
        self.failed = message
        self._end(self.tr("Nothing was imported: %1").replace("%1", message))

    def _cancelled(self) -> None:
        self.failed = "cancelled"
        self._end(self.tr("Cancelled: nothing was changed."))

    def isComplete(self) -> bool:
        return self.task is None and (self.result is not None or bool(self.failed))


class ImportWizard(QWizard):
    def __init__(self, context, parent=None, path: str | None = None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Import pledges"))
        self.setOption(QWizard.NoBackButtonOnLastPage, True)
        self.file_page = FilePage()
        self.preview = PreviewPage()
        self.mapping_page = MappingPage()
        self.run_page = RunPage()
        for page in (self.file_page, self.preview, self.mapping_page, self.run_page):
            self.addPage(page)
        if path:
            self.file_page.path_edit.setText(str(path))
        self.resize(760, 560)

    def reject(self) -> None:
        if self.run_page.task is not None:  # closing mid-import cancels it (nothing written)
            self.run_page.task.cancel()
        super().reject()
