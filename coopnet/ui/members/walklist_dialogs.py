"""Walk lists on the Members page: print a village's sheets, then type the ticked boxes back.

Typing back is keyboard only: the five-character door code, then the outcome's letter (the
same keys as the doors table), and the next door. Six keystrokes a door: a sheet of 40 doors
is entered in about a minute and a half. Each door is one undoable visit (Edit ▸ Undo).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coopnet.core.members import DOOR_STATUSES, STATUS_KEYS
from coopnet.core.walklist import CODE_LENGTH, normalise_code
from coopnet.errors import CoopnetError
from coopnet.ui.i18n import error_text


class PrintWalkListDialog(QDialog):
    """Choose the streets and statuses of a village's walk list, then save the PDF."""

    def __init__(self, project, insee: str, village_name: str, parent=None):
        super().__init__(parent)
        from coopnet.ui.members.table_models import status_label

        self.project, self.insee = project, insee
        self.setWindowTitle(self.tr("Print Walk List — {0}").format(village_name))
        form = QFormLayout(self)
        self.street = QComboBox(self)
        self.street.addItem(self.tr("All streets"), "")
        from coopnet.store.doors import list_doors

        for street in sorted(
            {(d.get("nom_voie") or "").strip() for d in list_doors(project, insee)} - {""}, key=str.casefold
        ):
            self.street.addItem(street, street)
        form.addRow(self.tr("Street:"), self.street)
        boxes = QWidget(self)
        grid = QGridLayout(boxes)
        grid.setContentsMargins(0, 0, 0, 0)
        self.statuses: dict[str, QCheckBox] = {}
        for i, status in enumerate(DOOR_STATUSES):
            box = QCheckBox(status_label(status), boxes)
            box.setChecked(status in ("not_visited", "absent", "interested"))
            self.statuses[status] = box
            grid.addWidget(box, i // 3, i % 3)
        form.addRow(self.tr("Doors:"), boxes)
        self.language = QComboBox(self)
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        from coopnet.translation import default_language

        self.language.setCurrentIndex(max(self.language.findData(default_language()), 0))
        form.addRow(self.tr("Language:"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.written = None

    def chosen_statuses(self) -> tuple[str, ...]:
        return tuple(s for s, box in self.statuses.items() if box.isChecked())

    def save(self, path: str | None = None) -> None:
        from coopnet.io.walklist_pdf import build_walklist, write_walklist

        statuses = self.chosen_statuses()
        if not statuses:
            QMessageBox.information(self, self.windowTitle(), self.tr("Tick at least one status."))
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the walk list"), f"walklist-{self.insee}.pdf", self.tr("PDF (*.pdf)")
            )
            if not path:
                return
        try:
            walk = build_walklist(
                self.project, self.insee, street=self.street.currentData() or None, statuses=statuses
            )
            self.written = write_walklist(self.project, walk, path, lang=self.language.currentData())
        except (CoopnetError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Walk list not written"), error_text(exc))
            return
        self.accept()


class CodeEdit(QLineEdit):
    """The typing line: a door code, then one outcome key."""

    keyTyped = Signal(str)

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if len(self.text()) >= CODE_LENGTH and text and text.upper() in STATUS_KEYS:
            self.keyTyped.emit(text.upper())
            return
        super().keyPressEvent(event)


class TypeBackDialog(QDialog):
    """Enter a printed walk list back: door code, outcome letter, next door."""

    recorded = Signal(str)  # door id

    def __init__(self, context, who: str, parent=None):
        super().__init__(parent)
        self.context, self.who = context, who
        self.project = context.project
        self.count = 0
        self.setWindowTitle(self.tr("Type Back a Walk List"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        keys = "  ".join(f"{k} {self._label(s)}" for k, s in STATUS_KEYS.items() if s != "not_visited")
        help_label = QLabel(
            self.tr("Type the door code printed on the sheet, then the letter of the ticked box:")
            + "\n"
            + keys,
            self,
        )
        help_label.setWordWrap(True)
        layout.addWidget(help_label)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Door code:"), self))
        self.code = CodeEdit(self)
        self.code.setObjectName("door_code")
        self.code.setMaxLength(CODE_LENGTH + 2)  # room for a dash or space typed by habit
        mono = QFont("DejaVu Sans Mono")
        mono.setPointSize(mono.pointSize() + 4)
        self.code.setFont(mono)
        self.code.textEdited.connect(self._code_edited)
        self.code.keyTyped.connect(self._outcome)
        row.addWidget(self.code, 1)
        layout.addLayout(row)
        self.door_label = QLabel(" ", self)
        self.door_label.setObjectName("door_found")
        self.door_label.setWordWrap(True)
        layout.addWidget(self.door_label)
        self.log = QListWidget(self)
        layout.addWidget(self.log, 1)
        self.summary = QLabel(self.tr("No door entered yet."), self)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        self.door: dict | None = None
        self.code.setFocus()

    @staticmethod
    def _label(status: str) -> str:
        from coopnet.ui.members.table_models import status_label

        return status_label(status)

    def _code_edited(self, text: str) -> None:
        from coopnet.store.doors import address_text, find_door_by_code

        self.door = None
        code = normalise_code(text)
        if code is None:
            self.door_label.setText(
                " "
                if len(text.strip()) < CODE_LENGTH
                else self.tr("“{0}” is not a door code (5 letters or digits, no O, 0, I or 1).").format(
                    text.strip()
                )
            )
            return
        try:
            door = find_door_by_code(self.project, code)
        except CoopnetError as exc:
            self.door_label.setText(error_text(exc))
            return
        if door is None:
            self.door_label.setText(self.tr("{0}: no door of this project has this code.").format(code))
            return
        self.door = door
        from coopnet.store.villages import get_village

        village = get_village(self.project, door["insee"])
        self.door_label.setText(
            self.tr("{0} — {1}, {2} (today: {3}). Now the letter.").format(
                code,
                address_text(door),
                village.name if village else door["insee"],
                self._label(door.get("status") or "not_visited"),
            )
        )

    def _outcome(self, key: str) -> None:
        if self.door is None:
            return
        from coopnet.store.doors import address_text
        from coopnet.store.visits import set_door_status
        from coopnet.ui import undo

        status = STATUS_KEYS[key]
        door = self.door
        where = address_text(door) or door["id"]
        try:
            with undo.recording(
                self.context,
                self.tr("Door {0}: {1}").format(where, self._label(status)),
                undo.door_scopes(door["id"]),
                ("doors",),
            ):
                set_door_status(self.project, door["id"], status, who=self.who, note=self.tr("walk list"))
        except CoopnetError as exc:
            QMessageBox.warning(self, self.tr("Visit not recorded"), error_text(exc))
            return
        self.count += 1
        self.log.insertItem(0, f"{normalise_code(self.code.text())}  {where}  → {self._label(status)}")
        self.summary.setText(self.tr("Doors entered: {0}").format(self.count))
        self.recorded.emit(door["id"])
        self.door = None
        self.code.clear()
        self.door_label.setText(" ")
        self.code.setFocus(Qt.OtherFocusReason)
