"""File-menu actions for pledge data: import, export, volunteer files, personal data, paper form.

Long work runs in the context's pool through its own database connection (the page
keeps reading through the main one, SQLite WAL allows it); dialogs stay on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
)

from coopnet.errors import CoopnetError
from coopnet.ui.progress import run_with_progress
from coopnet.ui.i18n import error_text


def _with_project(fn, project_path: Path):
    """Run ``fn(project)`` on a connection of its own (for worker threads)."""
    from coopnet.store.project import Project

    project = Project.open(project_path)
    try:
        return fn(project)
    finally:
        project.close()


class ExtractDialog(QDialog):
    """Tick the volunteer's villages; the file is written after the dialog closes."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Extract a volunteer file"))
        self.list = QListWidget()
        from coopnet.store.villages import village_names

        for insee, name in village_names(context.project):
            item = QListWidgetItem(f"{name} ({insee})", self.list)
            item.setData(Qt.UserRole, insee)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("The volunteer's file holds only these villages (their doors, visits and pledges).")
            )
        )
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def villages(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.Checked
        ]


class PledgeDataActions:
    def __init__(self, window, context):
        self.window, self.context = window, context

    @property
    def project(self):
        return self.context.project

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self.window, "coopnet", message)

    def import_pledges(self) -> None:
        from coopnet.ui.members.data.import_wizard import ImportWizard

        if self.project is None:
            return
        self.wizard = ImportWizard(self.context, self.window)
        self.wizard.open()

    def export_pledges(self, path: str | None = None) -> None:
        from coopnet.io.pledges_export import export_pledges

        if self.project is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                QCoreApplication.translate("PledgeDataActions", "Export pledges"),
                "promesses.xlsx",
                QCoreApplication.translate(
                    "PledgeDataActions", "Excel workbook (*.xlsx);;CSV, semicolon (*.csv)"
                ),
            )
        if not path:
            return
        if Path(path).suffix.lower() not in (".csv", ".xlsx"):
            path += ".xlsx"
        from coopnet.ui.i18n import current_language

        project_path, lang = self.project.path, current_language()
        run_with_progress(
            self.window,
            self.context.pool,
            QCoreApplication.translate("PledgeDataActions", "Exporting pledges…"),
            lambda report: _with_project(lambda p: export_pledges(p, path, lang=lang), project_path),
            lambda n: self.context.statusMessage.emit(
                QCoreApplication.translate("PledgeDataActions", "%1 pledges exported to %2")
                .replace("%1", str(n))
                .replace("%2", path)
            ),
        )

    def extract(self) -> None:
        from coopnet.store.extract import extract

        if self.project is None:
            return
        dialog = ExtractDialog(self.context, self.window)
        if dialog.exec() != QDialog.Accepted or not dialog.villages():
            return
        villages = dialog.villages()
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("PledgeDataActions", "Volunteer file"),
            "benevole.coopnet",
            "coopnet (*.coopnet)",
        )
        if not path:
            return
        if not path.endswith(".coopnet"):
            path += ".coopnet"
        project_path = self.project.path
        run_with_progress(
            self.window,
            self.context.pool,
            QCoreApplication.translate("PledgeDataActions", "Extracting…"),
            lambda report: _with_project(lambda p: extract(p, path, villages), project_path),
            lambda counts: QMessageBox.information(
                self.window,
                QCoreApplication.translate("PledgeDataActions", "Volunteer file"),
                QCoreApplication.translate("PledgeDataActions", "%1: %2 doors, %3 pledges.")
                .replace("%1", path)
                .replace("%2", str(counts["doors"]))
                .replace("%3", str(counts["pledges"])),
            ),
        )

    def merge(self, path: str | None = None) -> None:
        from coopnet.store.merge import merge_file

        if self.project is None:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                QCoreApplication.translate("PledgeDataActions", "Merge a volunteer file"),
                "",
                "coopnet (*.coopnet)",
            )
        if not path:
            return
        project_path = self.project.path
        run_with_progress(
            self.window,
            self.context.pool,
            QCoreApplication.translate("PledgeDataActions", "Merging…"),
            lambda report: _with_project(lambda p: merge_file(p, path, report), project_path),
            self._merged,
        )

    def _merged(self, result) -> None:
        self.context.notify("pledges")
        text = (
            QCoreApplication.translate("PledgeDataActions", "Taken: %1\nConflicts: %2\nUnchanged: %3")
            .replace("%1", str(result.taken))
            .replace("%2", str(result.conflicts))
            .replace("%3", str(result.unchanged))
        )
        if result.refused or result.rejected:
            text += "\n" + (
                QCoreApplication.translate(
                    "PledgeDataActions",
                    "Refused (outside the villages of this volunteer file): %1\n"
                    "Rejected (values the pledge form would refuse): %2",
                )
                .replace("%1", str(len(result.refused)))
                .replace("%2", str(len(result.rejected)))
            )
        self.context.statusMessage.emit(text.replace("\n", " — "))
        if result.conflicts or result.already_recorded:
            self.show_conflicts()
        if not (result.conflicts or result.already_recorded) or result.refused or result.rejected:
            from coopnet.translation import say
            from coopnet.ui.i18n import current_language

            box = QMessageBox(
                QMessageBox.Information,
                QCoreApplication.translate("PledgeDataActions", "Merge"),
                text,
                QMessageBox.Ok,
                self.window,
            )
            details = [
                f"{item['entity'][:-1]} {item['id']}: {say(item['reason'], current_language())}"
                for item in result.refused + result.rejected
            ]
            if details:
                box.setDetailedText("\n".join(details))
            self.merge_box = box
            box.open()

    def show_conflicts(self) -> None:
        from coopnet.ui.members.data.conflicts_dialog import ConflictsDialog

        self.conflicts_dialog = ConflictsDialog(self.context, self.window)
        self.conflicts_dialog.open()

    def personal_data(self) -> None:
        from coopnet.ui.members.data.gdpr_dialog import GdprDialog

        if self.project is None:
            return
        self.gdpr_dialog = GdprDialog(self.context, self.window)
        self.gdpr_dialog.open()

    def pledge_form(self, path: str | None = None) -> None:
        from coopnet.io.pledge_form_pdf import write_pledge_form

        if self.project is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                QCoreApplication.translate("PledgeDataActions", "Printable pledge form"),
                "promesse.pdf",
                "PDF (*.pdf)",
            )
        if not path:
            return
        try:
            from coopnet.ui.i18n import current_language

            write_pledge_form(self.project, path, lang=current_language())  # Qt painting: GUI thread, < 1 s
        except CoopnetError as exc:
            self._warn(error_text(exc))
            return
        self.context.statusMessage.emit(
            QCoreApplication.translate("PledgeDataActions", "Pledge form written to %1").replace("%1", path)
        )


def make_actions(window, context) -> list[QAction]:
    """The File-menu entries; the window enables them only while a project is open."""
    handler = PledgeDataActions(window, context)
    window._pledge_data_actions = handler  # keep it alive with the window
    spec = (
        (
            QCoreApplication.translate("PledgeDataActions", "Import &Pledges…"),
            handler.import_pledges,
            "import_pledges",
        ),
        (
            QCoreApplication.translate("PledgeDataActions", "E&xport Pledges…"),
            handler.export_pledges,
            "export_pledges",
        ),
        (
            QCoreApplication.translate("PledgeDataActions", "Extract &Volunteer File…"),
            handler.extract,
            "extract",
        ),
        (QCoreApplication.translate("PledgeDataActions", "&Merge Volunteer File…"), handler.merge, "merge"),
        (
            QCoreApplication.translate("PledgeDataActions", "Personal &Data…"),
            handler.personal_data,
            "personal_data",
        ),
        (
            QCoreApplication.translate("PledgeDataActions", "Printable Pledge &Form…"),
            handler.pledge_form,
            "pledge_form",
        ),
    )
    actions = []
    for text, slot, name in spec:
        action = QAction(text, window)
        action.setObjectName(f"act_{name}")
        action.triggered.connect(lambda checked=False, s=slot: s())
        actions.append(action)
    return actions
