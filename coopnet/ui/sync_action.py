"""File ▸ Sync with Server: push this project's changes to the federation's server, pull the others'.

The first sync asks for the server's address and the cooperative (the project remembers both,
never a password); later syncs ask nothing. The sync runs in the context's pool with a progress
dialog and Cancel (nothing changes on either side when cancelled); conflicts are listed after.
A password typed here is kept for this session only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from coopnet.ui.progress import run_with_progress


class FirstSyncDialog(QDialog):
    """Server address, cooperative and (optionally) the password for this session."""

    def __init__(self, parent=None, url: str = "", coop: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("First sync with the federation's server"))
        self.url = QLineEdit(url)
        self.url.setPlaceholderText("postgresql://login@server/database")
        self.coop = QLineEdit(coop)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setPlaceholderText(self.tr("empty: from ~/.pgpass or the system keyring"))
        form = QFormLayout()
        form.addRow(self.tr("Server address:"), self.url)
        form.addRow(self.tr("Cooperative:"), self.coop)
        form.addRow(self.tr("Password (not saved):"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Sync"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This project has never synced. Name the server and the cooperative it "
                "belongs to; the project remembers both (never the password)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def _check(self) -> None:
        from coopnet.errors import CoopnetError
        from coopnet.store.server.connect import parse_url
        from coopnet.ui.i18n import error_text

        if not self.coop.text().strip():
            self.error.setText(self.tr("Name the cooperative this project belongs to."))
            return
        try:
            parse_url(self.url.text())
        except CoopnetError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()

    def values(self) -> tuple[str, str, str]:
        return self.url.text().strip(), self.coop.text().strip(), self.password.text()


def with_password(url: str, password: str) -> str:
    """``url`` with ``password`` for this connection only (the project stores ``safe_url``)."""
    if not password:
        return url
    from urllib.parse import quote

    scheme, rest = url.split("://", 1)
    user, at, host = rest.partition("@")
    if not at:
        return url
    return f"{scheme}://{user.split(':', 1)[0]}:{quote(password, safe='')}@{host}"


class SyncAction:
    def __init__(self, window, context):
        self.window, self.context = window, context
        self.passwords: dict[str, str] = {}  # safe URL → password, this session only
        self.dialog: FirstSyncDialog | None = None
        self.result_box: QMessageBox | None = None
        self.conflicts_dialog = None
        self.task = None
        self.last_result: dict | None = None
        self.last_error: str | None = None
        self.cancelled = False

    def remembered(self) -> tuple[str | None, str | None]:
        project = self.context.project
        return project.meta("sync_server"), project.meta("sync_coop")

    def sync(self) -> None:
        if self.context.project is None:
            return
        server, coop = self.remembered()
        if server and coop:
            self._start(server, coop)
            return
        self.dialog = FirstSyncDialog(self.window, server or "", coop or "")
        self.dialog.accepted.connect(self._first_accepted)
        self.dialog.open()

    def _first_accepted(self) -> None:
        from coopnet.store.server.connect import safe_url

        url, coop, password = self.dialog.values()
        if password:
            self.passwords[safe_url(url)] = password
        self._start(safe_url(url), coop, first=True, url_as_typed=url)

    def _start(self, server: str, coop: str, first: bool = False, url_as_typed: str | None = None) -> None:
        from coopnet.store.server.sync import sync_project
        from coopnet.store.project import Project
        from coopnet.translation import say
        from coopnet.ui.i18n import current_language

        url = with_password(url_as_typed or server, self.passwords.get(server, ""))
        path, lang = self.context.project.path, current_language()

        def work(report):
            def said(done: int, total: int, text: str = "") -> bool:
                return report(done, total, say(text, lang))

            project = Project.open(path)
            try:  # Cancel raises coopnet.errors.Cancelled: both sides roll back
                # later syncs: the remembered server and cooperative (a password only if typed)
                return sync_project(
                    project, url if first or url != server else None, coop if first else None, said
                )
            finally:
                project.close()

        self.last_result = self.last_error = None
        self.cancelled = False
        self.task = run_with_progress(
            self.window,
            self.context.pool,
            QCoreApplication.translate("SyncAction", "Syncing with the server…"),
            work,
            self._done,
            lambda message: self._failed(message, server, coop),
        )
        self.task.signals.cancelled.connect(self._cancelled)

    def _cancelled(self) -> None:
        self.last_error = None
        self.cancelled = True

    def _failed(self, message: str, server: str, coop: str) -> None:
        self.last_error = message
        if (
            "password" in message.lower() or "mot de passe" in message.lower()
        ) and server not in self.passwords:
            password, ok = QInputDialog.getText(
                self.window,
                QCoreApplication.translate("SyncAction", "Server password"),
                QCoreApplication.translate(
                    "SyncAction", "The server asks for the password of %1 (kept for this session only):"
                ).replace("%1", server),
                QLineEdit.Password,
            )
            if ok and password:
                self.passwords[server] = password
                self._start(server, coop)
                return
        box = QMessageBox(
            QMessageBox.Warning,
            QCoreApplication.translate("SyncAction", "Sync"),
            message,
            QMessageBox.Ok,
            self.window,
        )
        self.result_box = box
        box.open()

    def _done(self, result: dict) -> None:
        self.last_result = result
        self.context.notify("all")
        text = (
            QCoreApplication.translate("SyncAction", "Synced with %1 (%2, %3).")
            .replace("%1", result["server"])
            .replace("%2", result["coop"])
            .replace("%3", result["user"])
            + "\n"
            + QCoreApplication.translate("SyncAction", "Sent: %1\nReceived: %2\nConflicts to resolve: %3")
            .replace("%1", str(result["pushed"]))
            .replace("%2", str(result["taken"]))
            .replace("%3", str(result["conflicts"]))
        )
        if result["invalid"] or result["not_yours"]:
            text += "\n" + QCoreApplication.translate(
                "SyncAction", "Left here: %1 with values the form would refuse, %2 outside your villages"
            ).replace("%1", str(result["invalid"])).replace("%2", str(result["not_yours"]))
        self.context.statusMessage.emit(text.replace("\n", " — "))
        if result["conflicts"]:
            from coopnet.ui.members.data.conflicts_dialog import ConflictsDialog

            self.conflicts_dialog = ConflictsDialog(self.context, self.window)
            self.conflicts_dialog.open()
            return
        box = QMessageBox(
            QMessageBox.Information,
            QCoreApplication.translate("SyncAction", "Sync"),
            text,
            QMessageBox.Ok,
            self.window,
        )
        self.result_box = box
        box.open()


def make_sync_action(window, context) -> QAction:
    """File ▸ Sync with Server…; the window enables it only while a project is open."""
    handler = SyncAction(window, context)
    window._sync_action = handler  # keep it alive with the window
    action = QAction(QCoreApplication.translate("SyncAction", "S&ync with Server…"), window)
    action.setObjectName("act_sync")
    action.setShortcut("Ctrl+Shift+Y")
    action.triggered.connect(lambda checked=False: handler.sync())
    return action
