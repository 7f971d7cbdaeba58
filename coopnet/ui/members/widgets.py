"""Small widgets of the Members page: village progress, volunteer prompt, manual address."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QWidget,
)

from coopnet.errors import CoopnetError
from coopnet.ui.i18n import error_text


class VillageProgress(QWidget):
    """“Thoiry 96 / 120 — 24 to go — 41 days left” and a bar."""

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("progress_text")
        f = self.label.font()
        f.setPointSizeF(f.pointSizeF() * 1.15)
        f.setBold(True)
        self.label.setFont(f)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.bar)

    def show_progress(self, info: dict | None) -> None:
        if not info:
            self.label.setText("")
            self.bar.hide()
            return
        self.label.setText(info["progress_text"])
        self.bar.setVisible(info["threshold"] is not None)
        if info["threshold"]:
            self.bar.setRange(0, int(info["threshold"]))
            self.bar.setValue(min(int(info["pledges"]), int(info["threshold"])))
            self.bar.setFormat(f"{info['progress_pct']:.0f} %".replace(".", ","))


def ask_volunteer_name(parent: QWidget, settings) -> str:
    """The volunteer's name, asked once and kept in the settings (stamped on visits/pledges)."""
    name = (settings.volunteer_name or "").strip()
    if name:
        return name
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("MembersPage", "Your name"),
        QCoreApplication.translate(
            "MembersPage", "Your name is recorded with each visit and pledge you enter.\nName:"
        ),
    )
    name = text.strip() if ok else ""
    if name:
        settings.volunteer_name = name
    return name


class ManualAddressDialog(QDialog):
    """An address that is not in the BAN file, attached to a village."""

    def __init__(self, villages: list[tuple[str, str]], current: str | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Address not in the BAN"))
        form = QFormLayout(self)
        self.village = QComboBox(self)
        for insee, name in villages:
            self.village.addItem(f"{name} ({insee})", insee)
        if current:
            self.village.setCurrentIndex(max(self.village.findData(current), 0))
        self.numero = QLineEdit(self)
        self.numero.setPlaceholderText("12")
        self.rep = QLineEdit(self)
        self.rep.setPlaceholderText("bis")
        self.street = QLineEdit(self)
        self.street.setPlaceholderText(self.tr("Rue de la Mairie, or a place name"))
        self.postcode = QLineEdit(self)
        self.postcode.setPlaceholderText("78770")
        form.addRow(self.tr("Village"), self.village)
        form.addRow(self.tr("Number"), self.numero)
        form.addRow(self.tr("Bis/ter"), self.rep)
        form.addRow(self.tr("Street"), self.street)
        form.addRow(self.tr("Postcode"), self.postcode)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.numero.setFocus()

    def _check(self) -> None:
        if not self.street.text().strip():
            self.error.setText(self.tr("The street (or place name) is required."))
            self.street.setFocus()
            return
        pc = self.postcode.text().strip()
        if pc and not (len(pc) == 5 and pc.isdigit()):
            self.error.setText(self.tr("A postcode is 5 digits."))
            self.postcode.setFocus()
            return
        if self.numero.text().strip() and not self.numero.text().strip().isdigit():
            self.error.setText(self.tr("The number is digits only (put bis/ter in its own box)."))
            self.numero.setFocus()
            return
        self.accept()

    def create(self, project, who: str) -> str:
        from coopnet.store.doors import add_manual_door

        return add_manual_door(
            project,
            self.village.currentData(),
            self.street.text(),
            self.numero.text(),
            self.rep.text(),
            self.postcode.text(),
            who=who,
        )


def show_error(parent: QWidget, title: str, exc: CoopnetError | str) -> None:
    QMessageBox.warning(parent, title, error_text(exc))
