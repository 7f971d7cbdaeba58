"""The Members page: choose a village, walk its doors one keystroke at a time, enter pledges.

Every change goes through the store (visits, pledges: audited, one transaction each) and
is announced with ``context.notify("doors"/"pledges")`` so other pages follow.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QTabWidget,
    QPushButton,
    QVBoxLayout,
)

from coopnet.errors import CoopnetError
from coopnet.ui.members.doors_tab import DoorsTab
from coopnet.ui.members.pledge_form import PledgeDialog
from coopnet.ui.members.pledges_tab import PledgesTab
from coopnet.ui.members.widgets import ManualAddressDialog, VillageProgress, ask_volunteer_name
from coopnet.ui.page import Page
from coopnet.ui.i18n import error_text


class MembersPage(Page):
    page_id = "members"

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.project = None
        self._progress: dict[str, dict] = {}
        self._dirty = False  # filled on first show (ui/figures.py: once per change)
        self._pending_insee: str | None = None
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Village:"), self))
        self.village = QComboBox(self)
        self.village.setObjectName("village_chooser")
        self.village.setMinimumContentsLength(34)
        self.village.currentIndexChanged.connect(self._village_changed)
        top.addWidget(self.village)
        self.progress = VillageProgress(self)
        top.addWidget(self.progress, 1)
        # Paper canvassing: print a village's sheets, then type the ticked boxes back.
        # A push button with a menu: its size counts the menu arrow (a tool button drew it over the text)
        self.walk_button = QPushButton(self.tr("Walk Lists"), self)
        self.walk_button.setObjectName("walk_lists")
        walk_menu = QMenu(self.walk_button)
        self.print_walk_action = walk_menu.addAction(self.tr("&Print Walk List…"), self.print_walk_list)
        self.print_walk_action.setObjectName("print_walk_list")
        self.type_back_action = walk_menu.addAction(self.tr("&Type Back a Walk List…"), self.type_back)
        self.type_back_action.setObjectName("type_back")
        self.walk_button.setMenu(walk_menu)
        top.addWidget(self.walk_button)
        outer.addLayout(top)
        self.tabs = QTabWidget(self)
        self.doors = DoorsTab(self)
        self.pledges = PledgesTab(self)
        self.tabs.addTab(self.doors, self.tr("Doors"))
        self.tabs.addTab(self.pledges, self.tr("Pledges"))
        outer.addWidget(self.tabs, 1)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)

        self.doors.statusRequested.connect(self.set_status)
        self.doors.manualAddressRequested.connect(self.add_manual_address)
        self.doors.pledgeEditRequested.connect(self.edit_pledge)
        self.pledges.editRequested.connect(self.edit_pledge)
        self.pledges.deleteRequested.connect(self.delete_pledge)
        self.pledges.all_villages.toggled.connect(lambda _: self._load_pledges())
        self.import_action = QAction(self.tr("Import &Addresses (BAN)…"), self)
        self.import_action.setObjectName("import_addresses")
        self.import_action.triggered.connect(self.import_addresses)
        self.manual_action = QAction(self.tr("Pledge for an address not in the BAN…"), self)
        self.manual_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.manual_action.triggered.connect(self.add_manual_address)
        self.addAction(self.manual_action)
        context.dataChanged.connect(self._data_changed)
        context.villageSelected.connect(self.select_village)
        self.set_project(context.project)

    def title(self) -> str:
        return self.tr("Members")

    def file_menu_actions(self) -> list:
        return [self.import_action]

    # -- project and village ---------------------------------------------------
    def set_project(self, project) -> None:
        self.project = project
        self.import_action.setEnabled(project is not None and not project.readonly)
        self._progress = {}
        self.village.blockSignals(True)
        self.village.clear()
        self.village.blockSignals(False)
        if project is None or self.seen():
            self._fill_villages()
        else:  # built when first shown: a project opens on another page
            self._dirty = True
            self.doors.load(project, None)  # no village yet: nothing read
            self.pledges.load(None, None)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self._fill_villages()

    def _fill_villages(self, edited: str = "") -> None:
        """``edited``: the domain our own edit changed, not yet announced (its figures are stale)."""
        self._dirty = False
        if edited:
            self.context.figures.invalidate(edited)
        if self.project is None:
            self._show_villages({})
        else:
            self.context.figures.request("progress", self._show_villages)

    def _show_villages(self, progress) -> None:
        keep = self._pending_insee or self.current_insee() or self._remembered_village()
        self._pending_insee = None
        self._progress = progress or {}
        self.village.blockSignals(True)
        self.village.clear()
        items = sorted(
            self._progress.items(),
            key=lambda kv: (kv[1]["threshold"] is None, kv[1]["progress_text"].lower()),
        )
        for insee, info in items:
            self.village.addItem(self._village_label(insee, info), insee)
        self.village.blockSignals(False)
        if self.village.count():
            index = self.village.findData(keep) if keep else -1
            self.village.setCurrentIndex(index if index >= 0 else 0)
        self._village_changed()

    def _village_label(self, insee: str, info: dict) -> str:
        name = self._name(insee)
        if info["threshold"]:
            return f"{name} — {info['pledges']} / {info['threshold']}"
        return f"{name} — {info['pledges']}"

    def _name(self, insee: str) -> str:
        from coopnet.store.villages import village_name

        return village_name(self.project, insee)

    def current_insee(self) -> str | None:
        return self.village.currentData() if self.village.count() else None

    def select_village(self, insee: str) -> None:
        if self._dirty or not self.village.count():
            self._pending_insee = insee  # chosen on the Villages page before this one was built
        index = self.village.findData(insee)
        if index >= 0:
            self.village.setCurrentIndex(index)

    def _remembered_village(self) -> str:
        """The village shown last time in this project (kept across restarts)."""
        return self.context.settings.last_village(self.project.path) if self.project is not None else ""

    def _village_changed(self, *_) -> None:
        insee = self.current_insee()
        if self.project is not None and insee:
            self.context.settings.set_last_village(self.project.path, insee)
        self.progress.show_progress(self._progress.get(insee))
        self.doors.load(self.project, insee)
        self._load_pledges()
        has_doors = bool(self.doors.model.rowCount())
        if self.project is None:
            self.empty.setText(self.tr("Open a project to see its villages."))
        elif not has_doors:
            self.empty.setText(
                self.tr(
                    "No doors in this village yet: use File ▸ Import Addresses (BAN)… "
                    "with the adresses-XX.csv file of your department."
                )
            )
        self.empty.setVisible(self.project is None or not has_doors)

    def _load_pledges(self) -> None:
        self.pledges.load(self.project, self.current_insee())

    def _refresh_progress(self, edited: str = "pledges") -> None:
        """``edited``: as for ``_fill_villages``; "" when the change was announced already."""
        if self.project is None:
            self._show_progress({})
            return
        if edited:
            self.context.figures.invalidate(edited)
        self.context.figures.request("progress", self._show_progress)

    def _show_progress(self, progress) -> None:
        self._progress = progress or {}
        insee = self.current_insee()
        if insee in self._progress:
            self.village.setItemText(
                self.village.currentIndex(), self._village_label(insee, self._progress[insee])
            )
        self.progress.show_progress(self._progress.get(insee))

    def _data_changed(self, domain: str) -> None:
        if getattr(self, "_notifying", False) or self.project is None:
            return
        if not self.seen() and domain in ("villages", "all", "doors", "pledges"):
            self._dirty = True  # rebuilt when shown again
            return
        if domain in ("villages", "all", "doors"):
            self._fill_villages()
        elif domain == "pledges":
            self._refresh_progress(edited="")
            self._load_pledges()
            self.doors.load(self.project, self.current_insee())

    def _notify(self, *domains: str) -> None:
        self._notifying = True  # our own change: the widgets are already up to date
        try:
            for d in domains:
                self.context.notify(d)
        finally:
            self._notifying = False

    # -- canvassing ------------------------------------------------------------
    def volunteer(self) -> str:
        return ask_volunteer_name(self, self.context.settings)

    def _writable(self) -> bool:
        if self.project is None:
            return False
        if self.project.readonly:
            QMessageBox.information(self, self.tr("Read-only"), self.tr("This project is open read-only."))
            return False
        return True

    def set_status(self, door_id: str, status: str) -> None:
        if not self._writable():
            return
        who = self.volunteer()
        if not who:
            return
        if status == "pledged":
            door = self.doors.current_door()
            if self.open_pledge_form(door=door, who=who):
                self.doors.next_door()
            return
        from coopnet.store import pledges as pstore
        from coopnet.store.doors import address_text, get_door
        from coopnet.store.visits import set_door_status
        from coopnet.ui import undo
        from coopnet.ui.members.table_models import status_label

        where = address_text(get_door(self.project, door_id) or {}) or door_id
        try:  # undoable (Edit ▸ Undo): the door, its new visit and any pledge it changed
            with (
                undo.recording(
                    self.context,
                    self.tr("Door {0}: {1}").format(where, status_label(status)),
                    undo.door_scopes(door_id),
                    ("doors", "pledges"),
                ),
                self.project.transaction(),
            ):
                set_door_status(self.project, door_id, status, who=who)
                if status == "member":  # the household joined: its pledges become memberships
                    for p in pstore.list_pledges(self.project, door_id=door_id):
                        if p["status"] == "pledged":
                            pledge = pstore.get_pledge(self.project, p["id"])
                            pledge.status = "member"
                            pstore.save_pledge(self.project, pledge, who=who, update_door=False)
        except CoopnetError as exc:
            QMessageBox.warning(self, self.tr("Visit not recorded"), error_text(exc))
            return
        self.doors.refresh_door(door_id)
        self._refresh_progress("doors")
        self.doors.next_door()
        self._notify("doors")
        if status == "member":
            self._load_pledges()
            self._notify("pledges")

    def _say_if_duplicate(self, pledge_id: str | None) -> None:
        """The pledge just saved may be a household already there: say so (the flag is in the list)."""
        from coopnet.store import pledges as pstore
        from coopnet.store.duplicates import shown_flag
        from coopnet.ui.i18n import current_language

        pledge = pstore.get_pledge(self.project, pledge_id) if pledge_id else None
        if pledge is not None and pledge.duplicate_flag:
            reason = shown_flag(self.project, pledge.duplicate_flag, current_language())
            self.context.statusMessage.emit(self.tr("Pledge saved — possible duplicate: {0}").format(reason))

    def open_pledge_form(self, door: dict | None = None, pledge=None, who: str = "") -> bool:
        if self._dirty:  # a form opened on a page never shown (recovery): build it first
            self._fill_villages()
        insee = pledge.insee if pledge else (door["insee"] if door else self.current_insee())
        dialog = PledgeDialog(self.project, insee, door=door, pledge=pledge, volunteer=who, parent=self)
        self._dialog = dialog  # tests reach the open dialog here
        from coopnet.ui import recovery, undo

        recovery.attach_autosave(dialog, self.project)  # a draft survives a crash or a kill
        door_id = door["id"] if door else (pledge.door_id if pledge else None)
        with undo.recording(
            self.context,
            self.tr("Pledge") if pledge is None else self.tr("Edit pledge"),
            undo.pledge_scopes(pledge.id if pledge else None, door_id),
            ("pledges", "doors"),
        ) as rec:
            ok = dialog.exec() == PledgeDialog.Accepted
            if ok and dialog.saved_id:
                rec.add_scope("pledges", "id", dialog.saved_id)
        self._dialog = None
        if not ok:
            return False
        self._say_if_duplicate(dialog.saved_id)
        if door:
            self.doors.refresh_door(door["id"])
        self._refresh_progress()
        self._load_pledges()
        self._notify("pledges", "doors")
        return True

    def edit_pledge(self, pledge_id: str) -> None:
        from coopnet.store import pledges as pstore
        from coopnet.store.doors import get_door

        if not self._writable():
            return
        pledge = pstore.get_pledge(self.project, pledge_id)
        if pledge is None:
            return
        who = self.volunteer()
        if who:
            door = get_door(self.project, pledge.door_id) if pledge.door_id else None
            self.open_pledge_form(door=door, pledge=pledge, who=who)

    def delete_pledge(self, pledge_id: str) -> None:
        if not self._writable():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove pledge"),
            self.tr("Remove this pledge from the project? The removal is recorded in the audit log."),
        )
        if answer != QMessageBox.Yes:
            return
        from coopnet.ui import undo

        undo.delete_pledge(
            self.context,
            pledge_id,
            who=self.context.settings.volunteer_name or None,
            text=self.tr("Remove pledge"),
        )
        self._refresh_progress()
        self._load_pledges()
        self.doors.load(self.project, self.current_insee())
        self._notify("pledges")

    def add_manual_address(self) -> None:
        if not self._writable():
            return
        who = self.volunteer()
        if not who:
            return
        from coopnet.store.villages import village_names

        villages = village_names(self.project)
        dialog = ManualAddressDialog(villages, self.current_insee(), self)
        self._dialog = dialog
        if dialog.exec() != ManualAddressDialog.Accepted:
            return
        from coopnet.ui import undo

        with undo.recording(self.context, self.tr("Address not in the BAN"), [], ("doors",)) as rec:
            door_id = dialog.create(self.project, who)
            rec.add_scope("doors", "id", door_id)
        self.select_village(dialog.village.currentData())
        self.doors.load(self.project, self.current_insee())
        self.doors.select_door(door_id)
        self._notify("doors")
        from coopnet.store.doors import get_door

        if self.open_pledge_form(door=get_door(self.project, door_id), who=who):
            self.doors.select_door(door_id)

    # -- BAN import ----------------------------------------------------------------
    def import_addresses(self, path: str | None = None) -> None:
        if not self._writable():
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import addresses (BAN)"),
                str(Path.home()),
                self.tr("BAN address files (*.csv *.csv.gz *.gz);;All files (*)"),
            )
        if not path:
            return
        from coopnet.ui.members.ban_task import start_ban_import

        self._ban_source = Path(path)
        start_ban_import(self, Path(path), self._ban_done)

    def confirm_removals(self, villages) -> bool:
        """Many never-visited doors of a village are missing from the file: ask first."""
        said = "\n".join(
            self.tr("%1: %2 of %3 doors")
            .replace("%1", f"{name} ({insee})")
            .replace("%2", str(removed))
            .replace("%3", str(doors))
            for insee, name, removed, doors in villages
        )
        return (
            QMessageBox.question(
                self,
                self.tr("Import addresses (BAN)"),
                self.tr("This file does not list doors that were never visited and would be removed:")
                + "\n"
                + said
                + "\n\n"
                + self.tr("It may list only part of the village. Remove these doors?"),
                QMessageBox.Yes | QMessageBox.No,
                QMessageBox.No,
            )
            == QMessageBox.Yes
        )

    def _ban_done(self, result) -> None:
        from coopnet.io.ban import RemovalsNeedConsent

        if isinstance(result, RemovalsNeedConsent):
            if self.confirm_removals(result.villages):
                from coopnet.ui.members.ban_task import start_ban_import

                start_ban_import(self, self._ban_source, self._ban_done, allow_removals=True)
            else:
                self.context.statusMessage.emit(self.tr("Addresses not imported: nothing changed"))
            return
        self._fill_villages(edited="doors")
        self._notify("doors")
        from coopnet.ui.members.ban_task import ban_result_text

        text = ban_result_text(result)
        if result.reject_file:
            text += "\n" + self.tr("Rejected rows, with the reason: {0}").format(result.reject_file)
        self.context.statusMessage.emit(text.replace("\n", "; "))
        self._last_import = result
        box = QMessageBox(QMessageBox.Information, self.tr("Addresses imported"), text, QMessageBox.Ok, self)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()  # not exec(): the page stays usable and tests do not block
        self._result_box = box

    # -- walk lists ------------------------------------------------------------
    def print_walk_list(self, path: str | None = None):
        """Members ▸ Walk Lists ▸ Print: the current village's sheets as a PDF. Returns the dialog."""
        from coopnet.ui.members.walklist_dialogs import PrintWalkListDialog

        insee = self.current_insee()
        if self.project is None or not insee:
            return None
        dialog = PrintWalkListDialog(self.project, insee, self._name(insee), self)
        if path is not None:  # tests and scripted use: no file dialog
            dialog.save(path)
            return dialog
        if dialog.exec() and dialog.written:
            self.context.statusMessage.emit(self.tr("Walk list written: {0}").format(dialog.written))
        return dialog

    def type_back(self, modal: bool = True):
        """Members ▸ Walk Lists ▸ Type Back: door code + one key per door. Returns the dialog."""
        from coopnet.ui.members.walklist_dialogs import TypeBackDialog

        if not self._writable():
            return None
        who = self.volunteer()
        if not who:
            return None
        dialog = TypeBackDialog(self.context, who, self)
        dialog.recorded.connect(lambda _door: self._notify("doors"))
        dialog.finished.connect(
            lambda _r: (self.doors.load(self.project, self.current_insee()), self._refresh_progress("doors"))
        )
        if modal:
            dialog.exec()
        else:
            dialog.show()
        return dialog
