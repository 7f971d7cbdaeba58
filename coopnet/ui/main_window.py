"""The main window: a page list on the left, the File and Help menus, the open project."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coopnet.errors import CoopnetError
from coopnet.store.lock import ProjectLock, ProjectLocked
from coopnet.store.project import SUFFIX, Project
from coopnet.ui.about import AboutDialog
from coopnet.ui.context import AppContext
from coopnet.ui.map.page import MapPage
from coopnet.ui.members.page import MembersPage
from coopnet.ui.cost_model.page import ModelsPage
from coopnet.ui.villages.page import VillagesPage
from coopnet.ui.i18n import current_language, error_text
from coopnet.translation import say

log = logging.getLogger(__name__)


def sample_copy_path() -> Path:
    """Where the first run puts its own copy of the sample (the bundled one is never touched)."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation) or Path.home())
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"exemple-thoiry{SUFFIX}"


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext | None = None):
        super().__init__()
        from coopnet.ui.memory import prepare_webengine

        prepare_webengine()  # before any web view: the Map page makes its own on first show
        self.context = context or AppContext(parent=self)
        self.last_error: str | None = None
        self._error_box: QMessageBox | None = None
        self._lock: ProjectLock | None = None
        self.pages = [cls(self.context) for cls in (VillagesPage, MembersPage, MapPage, ModelsPage)]
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setMaximumWidth(170)
        self.stack = QStackedWidget()
        for page in self.pages:
            self.nav.addItem(page.title())
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(4, 4, 4, 4)
        self.start_panel = self._start_panel()
        outer.addWidget(self.start_panel)
        layout = QHBoxLayout()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.checklist_dialog = None
        self.context.dataChanged.connect(lambda _domain: self._refresh_checklist())
        self.context.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.context.villageSelected.connect(self._village_selected)
        geometry = self.context.settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self.nav.setCurrentRow(min(max(self.context.settings.last_page, 0), len(self.pages) - 1))
        self._update_title()

    def _start_panel(self) -> QFrame:
        """Shown while no project is open: start a cooperative, open one, or look at the sample."""
        panel = QFrame()
        panel.setObjectName("start_panel")
        panel.setFrameShape(QFrame.StyledPanel)
        row = QHBoxLayout(panel)
        text = QLabel(
            self.tr(
                "<b>No cooperative is open.</b> Start one from the national list of "
                "communes, open a file, or look at the sample."
            )
        )
        text.setWordWrap(True)
        row.addWidget(text, 1)
        self.start_new = QPushButton(self.tr("New Cooperative…"))
        self.start_new.setObjectName("start_new_cooperative")
        self.start_new.clicked.connect(self.ask_new_cooperative)
        start_open = QPushButton(self.tr("Open…"))
        start_open.clicked.connect(self.ask_open_project)
        start_sample = QPushButton(self.tr("Open the Sample"))
        start_sample.clicked.connect(self.open_sample_copy)
        for button in (self.start_new, start_open, start_sample):
            row.addWidget(button)
        return panel

    # -- menus ----------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu = file_menu
        self.act_new = self._action(self.tr("&New…"), self.ask_new_project, "Ctrl+N")
        self.act_new_coop = self._action(self.tr("New &Cooperative…"), self.ask_new_cooperative)
        self.act_open = self._action(self.tr("&Open…"), self.ask_open_project, "Ctrl+O")
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.act_save_copy = self._action(self.tr("Save a &Copy…"), self.ask_save_copy, "Ctrl+Shift+S")
        self.act_close = self._action(self.tr("&Close"), self.close_project, "Ctrl+W")
        self.act_quit = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        file_menu.addAction(self.act_new_coop)
        file_menu.addAction(self.act_new)
        file_menu.addAction(self.act_open)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.act_save_copy)
        file_menu.addSeparator()
        self.data_actions: list[QAction] = []
        for page in self.pages:
            self.data_actions += page.file_menu_actions()
        from coopnet.ui.members.data.actions import make_actions

        self.data_actions += make_actions(self, self.context)
        from coopnet.ui.sync_action import make_sync_action

        self.act_sync = make_sync_action(self, self.context)
        self.data_actions.append(self.act_sync)
        for action in self.data_actions:
            file_menu.addAction(action)
        self.act_checklist = self._action(self.tr("Data Chec&klist…"), self.show_checklist)
        file_menu.addAction(self.act_checklist)
        file_menu.addSeparator()
        self.act_restore = self._action(self.tr("&Restore Backup…"), self.ask_restore_backup)
        file_menu.addAction(self.act_restore)
        file_menu.addAction(self.act_close)
        file_menu.addAction(self.act_quit)
        self._build_edit_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu = help_menu
        self.act_shortcuts = self._action(self.tr("&Keyboard Shortcuts"), self.show_shortcuts, "Ctrl+/")
        help_menu.addAction(self.act_shortcuts)
        help_menu.addAction(self._action(self.tr("&About coopnet"), self.show_about))
        self._set_project_actions_enabled(False)

    def _build_edit_menu(self) -> None:
        """Undo/Redo of project edits (ui/undo.py) and the settings."""
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu = edit_menu
        stack = self.context.undo_stack
        self.act_undo = stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.act_redo = stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        edit_menu.addSeparator()
        self.act_settings = self._action(self.tr("&Settings…"), self.show_settings, "Ctrl+,")
        self.act_settings.setMenuRole(QAction.PreferencesRole)
        edit_menu.addAction(self.act_settings)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.context.settings.recent_files
        for path in recent:
            self.recent_menu.addAction(path, lambda p=path: self.open_project(p))
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def _set_project_actions_enabled(self, enabled: bool) -> None:
        for action in [
            self.act_save_copy,
            self.act_close,
            self.act_restore,
            self.act_checklist,
        ] + self.data_actions:
            action.setEnabled(enabled)

    # -- project life cycle --------------------------------------------------------
    def show_error(self, message: str) -> None:
        """Non-blocking warning (window-modal), remembered for tests."""
        self.last_error = message
        log.warning(message)
        self._error_box = QMessageBox(QMessageBox.Warning, self.tr("coopnet"), message, QMessageBox.Ok, self)
        self._error_box.open()

    def open_project(self, path: str | Path, readonly: bool = False) -> bool:
        path = Path(path)
        if self.context.project is not None and path.resolve() == self.context.project.path.resolve():
            return True
        lock = None if readonly else ProjectLock(path)
        if lock is not None and path.exists():
            try:
                lock.acquire()
            except ProjectLocked as exc:
                if self.ask_locked(exc) != "readonly":
                    return False
                lock, readonly = None, True
        try:
            project = Project.open(path, readonly=readonly)
        except CoopnetError as exc:
            if lock is not None:
                lock.release()
            self.show_error(error_text(exc))
            if str(path) in self.context.settings.recent_files and not path.exists():
                self.context.settings.remove_recent(str(path))
            return False
        self._set_project(project, lock)
        return True

    def ask_locked(self, exc: ProjectLocked) -> str:
        """The file is open elsewhere: "readonly" or "cancel" (never a silent second writer)."""
        box = QMessageBox(
            QMessageBox.Question,
            self.tr("Project already open"),
            self.tr(
                "This project is already open for writing by {0}.\n\nYou can open it read-only, or cancel."
            ).format(say(exc.holder.describe(), current_language())),
            parent=self,
        )
        read_only = box.addButton(self.tr("Open read-only"), QMessageBox.AcceptRole)
        box.addButton(QMessageBox.Cancel)
        box.exec()
        return "readonly" if box.clickedButton() is read_only else "cancel"

    def new_project(self, path: str | Path) -> bool:
        path = Path(path)
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        lock = ProjectLock(path)
        try:
            lock.acquire()
            project = Project.create(path, overwrite=path.exists())
        except ProjectLocked as exc:
            self.show_error(error_text(exc))
            return False
        except CoopnetError as exc:
            lock.release()
            self.show_error(error_text(exc))
            return False
        self._set_project(project, lock)
        return True

    def open_sample_copy(self) -> bool:
        from coopnet.io.sample_project import create_sample_project

        path = sample_copy_path()
        if not path.exists():
            create_sample_project(path).close()
        return self.open_project(path)

    def _set_project(self, project: Project, lock: ProjectLock | None = None) -> None:
        self._close_current()
        self._lock = lock
        self.context.set_project(project)
        self.context.settings.add_recent(str(project.path))
        self.context.settings.last_project = str(project.path)
        self._set_project_actions_enabled(True)
        self._update_title()
        self.statusBar().showMessage(self.tr("Opened {0}").format(project.path), 5000)
        QTimer.singleShot(0, self.offer_recovery)  # after the window has painted the project

    def _close_current(self) -> None:
        if getattr(self, "checklist_dialog", None) is not None:
            self.checklist_dialog.close()
        if self.context.project is not None:
            old = self.context.project
            self.context.set_project(None)
            # A worker may still be reading it (map build): closing under it crashes sqlite.
            from coopnet.ui.tasks import wait_for_tasks

            wait_for_tasks(30_000, [self.context.pool])
            old.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def close_project(self) -> None:
        self._close_current()
        self._set_project_actions_enabled(False)
        self._update_title()

    def save_copy(self, target: str | Path) -> bool:
        project = self.context.project
        target = Path(target)
        if project is None:
            return False
        if target.suffix != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        if target.resolve() == project.path.resolve():
            self.show_error(self.tr("Choose another file name than the open project's."))
            return False
        from coopnet.store.backup import save_copy

        try:
            save_copy(project, target)
        except CoopnetError as exc:
            self.show_error(error_text(exc))
            return False
        self.statusBar().showMessage(self.tr("Saved a copy to {0}").format(target), 5000)
        return True

    def _update_title(self) -> None:
        project = self.context.project
        self.start_panel.setVisible(project is None)
        if project is None:
            self.setWindowTitle("coopnet")
        else:
            suffix = self.tr(" (read-only)") if project.readonly else ""
            self.setWindowTitle(f"{project.name} — {project.path.name}{suffix} — coopnet")

    # -- dialogs --------------------------------------------------------------------
    def _file_filter(self) -> str:
        return self.tr("coopnet project (*.coopnet)")

    def _start_dir(self) -> str:
        project = self.context.project
        return str(project.path.parent) if project else str(Path.home())

    def ask_open_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a project"), self._start_dir(), self._file_filter()
        )
        if path:
            self.open_project(path)

    def ask_new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New project"), self._start_dir(), self._file_filter()
        )
        if path:
            self.new_project(path)

    def ask_new_cooperative(self) -> None:
        """File ▸ New Cooperative…: the communes from the national reference, then the checklist."""
        from coopnet.ui.new_cooperative import NewCooperativeDialog, create_in_background

        self.new_coop_dialog = NewCooperativeDialog(self, folder=self._start_dir())
        if self.new_coop_dialog.exec():
            create_in_background(self, self.new_coop_dialog, self._cooperative_created)

    def _cooperative_created(self, path) -> None:
        if self.open_project(path):
            self.show_checklist()

    def checklist_items(self) -> list[dict]:
        from coopnet.info import project_checklist_of

        return project_checklist_of(self.context.project) if self.context.project is not None else []

    def show_checklist(self) -> None:
        """File ▸ Data Checklist…: each layer's state, where to download it, an Import button."""
        from coopnet.ui.new_cooperative import DataChecklistDialog

        if self.context.project is None:
            return
        if self.checklist_dialog is None:
            self.checklist_dialog = DataChecklistDialog(self.checklist_items(), self)
            self.checklist_dialog.importRequested.connect(self.import_layer)
        else:
            self.checklist_dialog.set_items(self.checklist_items())
        self.checklist_dialog.show()

    def _refresh_checklist(self) -> None:
        if self.checklist_dialog is not None and self.checklist_dialog.isVisible():
            if self.context.project is None:
                self.checklist_dialog.close()
            else:
                self.checklist_dialog.set_items(self.checklist_items())

    IMPORT_ACTIONS = {
        "boundaries": "import_villages",
        "households": "import_households",
        "addresses": "import_addresses",
        "backbone": "import_backbone",
        "pops": "import_pops",
    }

    def import_layer(self, key: str) -> None:
        """The checklist's Import button: the same action as the File menu's."""
        wanted = self.IMPORT_ACTIONS[key]
        for action in self.data_actions:
            if action.objectName() == wanted:
                action.trigger()
                self._refresh_checklist()
                return

    def ask_save_copy(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), self._start_dir(), self._file_filter()
        )
        if path:
            self.save_copy(path)

    def ask_restore_backup(self) -> None:
        from coopnet.ui.restore_dialog import RestoreBackupDialog

        project = self.context.project
        if project is None:
            return
        dialog = RestoreBackupDialog(project.path, self)
        if dialog.exec() and dialog.chosen():
            self.restore_backup(dialog.chosen().path)

    def restore_backup(self, backup_path: str | Path) -> bool:
        from coopnet.store.backup import restore_backup

        project = self.context.project
        if project is None or project.readonly:
            return False
        path = project.path
        self._close_current()
        try:
            restore_backup(Path(backup_path), path)
        except (OSError, sqlite3.Error) as exc:
            self.show_error(self.tr("Could not restore {0}: {1}").format(backup_path, exc))
        ok = self.open_project(path)
        if ok:
            self.statusBar().showMessage(self.tr("Restored {0}").format(Path(backup_path).name), 8000)
            self.context.notify("all")
        return ok

    def show_about(self) -> None:
        AboutDialog(self).exec()

    def show_settings(self) -> None:
        from coopnet.ui.settings_dialog import SettingsDialog

        self.settings_dialog = SettingsDialog(self.context, self)
        if self.settings_dialog.exec():
            self._update_title()

    def show_shortcuts(self) -> None:
        from coopnet.ui.shortcuts import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.exec()

    # -- recovery of unsaved forms (ui/recovery.py) -----------------------------------
    def offer_recovery(self) -> str | None:
        """If a form of this project was left unsaved (crash, kill), say so and offer it back."""
        from coopnet.ui import recovery

        draft = recovery.recoverable_draft(self.context.project)
        if draft is None:
            return None
        choice = self.ask_recovery(draft)
        if choice == "restore":
            recovery.restore_into_form(self, draft)
        elif choice == "discard":
            recovery.clear_draft(self.context.project)
        return choice

    def ask_recovery(self, draft) -> str:
        """ "restore", "discard" or "later" (the draft stays and is offered next time)."""
        box = QMessageBox(
            QMessageBox.Question,
            self.tr("Recovered unsaved work"),
            self.tr("Recovered {0}, typed on {1} and never saved.").format(
                draft.description(), draft.saved_text()
            ),
            parent=self,
        )
        restore = box.addButton(self.tr("Restore into the form"), QMessageBox.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.DestructiveRole)
        box.addButton(self.tr("Later"), QMessageBox.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        clicked = box.clickedButton()
        return "restore" if clicked is restore else "discard" if clicked is discard else "later"

    def _village_selected(self, insee: str) -> None:
        self.statusBar().showMessage(self.tr("Village {0} selected").format(insee), 3000)

    def closeEvent(self, event) -> None:
        settings = self.context.settings
        settings.window_geometry = self.saveGeometry()
        settings.last_page = self.nav.currentRow()
        settings.sync()
        self._close_current()
        super().closeEvent(event)
