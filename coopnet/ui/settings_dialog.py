"""Edit ▸ Settings…: the volunteer, the language, the cooperative's identity, project choices.

Personal choices (volunteer name, language) live in QSettings (``ui/settings.py``);
what belongs to the cooperative is a project setting, declared with its type, range and check in
``store/settings.py`` (the one registry the CLI and the pages use too). The address field fills
both controller_address (pledge form) and contact_address (carrier brief).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopnet.errors import CoopnetError
from coopnet.store import settings as project_settings
from coopnet.ui.i18n import error_text

IDENTITY_KEYS = (
    "cooperative_name",
    "controller_name",
    "controller_address",
    "contact_name",
    "contact_email",
    "contact_phone",
    "dpo_contact",
)


class SettingsDialog(QDialog):
    """``apply()`` writes everything (tests call it; OK calls it and closes)."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.project = context.project
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settings_dialog")
        self.fields: dict[str, QWidget] = {}
        self.changed_keys: list[str] = []
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_tab(), self.tr("&You"))
        self.tabs.addTab(self._identity_tab(), self.tr("&Cooperative"))
        self.tabs.addTab(self._project_tab(), self.tr("&Project"))
        self.error = QLabel(self)
        self.error.setObjectName("settings_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)
        outer.addWidget(self.error)
        outer.addWidget(buttons)
        has_project = self.project is not None and not self.project.readonly
        for i in (1, 2):
            self.tabs.setTabEnabled(i, has_project)
        if self.project is None:
            self.tabs.setTabToolTip(1, self.tr("Open a project to set its cooperative's details"))
        self._load()
        self.setMinimumWidth(700)  # French labels are long: the fields keep room for a name

    # -- layout ---------------------------------------------------------------------
    def _row(
        self,
        form: QFormLayout,
        key: str,
        label: str,
        widget: QWidget,
        help_text: str = "",
        field: QWidget | None = None,
    ) -> QWidget:
        """A labelled row: the label is the widget's buddy and its accessible name."""
        widget.setObjectName(key)
        lab = QLabel(label, self)
        lab.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", "").rstrip(" :"))
        if help_text:
            widget.setToolTip(help_text)
            widget.setAccessibleDescription(help_text)
        form.addRow(lab, field or widget)
        self.fields[key] = widget
        return widget

    def _general_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self._row(
            form,
            "volunteer_name",
            self.tr("&Volunteer name:"),
            QLineEdit(page),
            self.tr("Recorded with every visit and pledge you enter"),
        )
        lang = QComboBox(page)
        lang.addItem(self.tr("System language"), "")
        lang.addItem("Français", "fr")
        lang.addItem("English", "en")
        self._row(form, "language", self.tr("&Language:"), lang)
        note = QLabel(
            self.tr(
                "Windows opened from now on use the new language; all of the "
                "application does after a restart."
            ),
            page,
        )
        note.setWordWrap(True)
        form.addRow("", note)
        return page

    def _identity_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self._row(form, "cooperative_name", self.tr("Cooperative &name:"), QLineEdit(page))
        self._row(
            form,
            "controller_name",
            self.tr("&Data controller:"),
            QLineEdit(page),
            self.tr(
                "Legal name of who is responsible for the pledge data (printed on the "
                "pledge form); the cooperative's name when empty"
            ),
        )
        self._row(
            form,
            "controller_address",
            self.tr("&Address:"),
            QLineEdit(page),
            self.tr("Registered address, on the pledge form and in the carrier brief"),
        )
        self._row(
            form,
            "contact_name",
            self.tr("Contact pe&rson:"),
            QLineEdit(page),
            self.tr("Who carriers should call (carrier brief)"),
        )
        email = self._row(form, "contact_email", self.tr("&Email:"), QLineEdit(page))
        email.setPlaceholderText(self.tr("contact@example.com"))
        phone = self._row(form, "contact_phone", self.tr("P&hone:"), QLineEdit(page))
        phone.setPlaceholderText("01 23 45 67 89")
        self._row(
            form,
            "dpo_contact",
            self.tr("Data protection &officer:"),
            QLineEdit(page),
            self.tr("Optional: name and contact of the DPO, printed on the pledge form"),
        )
        keep = QSpinBox(page)
        keep.setRange(*_range("retention_months"))
        keep.setSuffix(self.tr(" months"))
        self._row(
            form,
            "retention_months",
            self.tr("Keep contact details of non-members for:"),
            keep,
            self.tr("Retention period stated on the pledge form (CNIL: about 3 years)"),
        )
        return page

    def _project_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self._row(
            form,
            "tiers",
            self.tr("&Speeds offered:"),
            QLineEdit(page),
            self.tr("Separated by semicolons, e.g. 100 Mb/s; 300 Mb/s; 1 Gb/s"),
        )
        detour = QDoubleSpinBox(page)
        detour.setRange(*_range("detour_factor"))
        detour.setSingleStep(0.05)
        detour.setDecimals(2)
        self._row(
            form,
            "detour_factor",
            self.tr("Route &detour factor:"),
            detour,
            self.tr("Route length = straight line × this factor (roads never run straight)"),
        )
        basemap = QLineEdit(page)
        basemap.setPlaceholderText(self.tr("none (offline map without background)"))
        browse = QPushButton(self.tr("&Folder…"), page)
        browse.setAccessibleName(self.tr("Choose a folder of map tiles"))
        browse.clicked.connect(self._choose_tiles)
        box = QWidget(page)
        h = QHBoxLayout(box)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(basemap, 1)
        h.addWidget(browse)
        self._row(
            form,
            "basemap_url",
            self.tr("&Basemap:"),
            basemap,
            self.tr("A tile URL with {z}/{x}/{y}, or a folder of tiles saved on this computer"),
            field=box,
        )
        self.browse = browse
        keep = QSpinBox(page)
        keep.setRange(*_range("backups_keep"))
        self._row(
            form,
            "backups_keep",
            self.tr("Backups &kept:"),
            keep,
            self.tr("Copies made before imports, merges and restores; the oldest go first"),
        )
        order = [self.fields[k] for k in ("tiers", "detour_factor", "basemap_url")] + [
            browse,
            self.fields["backups_keep"],
        ]
        for a, b in zip(order, order[1:]):
            self.setTabOrder(a, b)
        return page

    def _choose_tiles(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of map tiles"), str(Path.home()))
        if folder:
            self.fields["basemap_url"].setText(folder)

    # -- values ---------------------------------------------------------------------------
    def _load(self) -> None:
        s = self.context.settings
        f = self.fields
        f["volunteer_name"].setText(s.volunteer_name)
        f["language"].setCurrentIndex(max(f["language"].findData(s.language), 0))
        p = self.project
        if p is None:
            return
        get = project_settings.get
        for key in IDENTITY_KEYS:
            f[key].setText(get(p, key))
        f["cooperative_name"].setText(p.name)
        if not f["controller_address"].text():
            f["controller_address"].setText(get(p, "contact_address"))
        f["retention_months"].setValue(get(p, "retention_months"))
        f["tiers"].setText("; ".join(get(p, "pledge_tiers")))
        f["detour_factor"].setValue(get(p, "detour_factor"))
        f["basemap_url"].setText(get(p, "basemap_url"))
        f["backups_keep"].setValue(get(p, "backups_keep"))

    def project_values(self) -> dict:
        """The project settings this dialog writes, checked by the registry; CoopnetError with a
        clear message for the first wrong one."""
        f = self.fields
        out: dict = {k: f[k].text().strip() for k in IDENTITY_KEYS}
        out["contact_address"] = out["controller_address"]
        out["retention_months"] = f["retention_months"].value()
        out["pledge_tiers"] = f["tiers"].text()
        out["detour_factor"] = round(f["detour_factor"].value(), 2)
        out["basemap_url"] = f["basemap_url"].text().strip()
        out["backups_keep"] = f["backups_keep"].value()
        return {key: project_settings.coerce(key, value) for key, value in out.items()}

    def apply(self) -> bool:
        """Write the settings; False (and the reason shown) if a value is wrong."""
        try:
            values = self.project_values() if self._project_editable() else {}
        except CoopnetError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return False
        self.error.hide()
        s = self.context.settings
        s.volunteer_name = self.fields["volunteer_name"].text().strip()
        language = self.fields["language"].currentData() or ""
        language_changed = language != s.language
        s.language = language
        s.sync()
        if language_changed:
            self._switch_language(language)
        if values:
            self._write_project(values)
        return True

    def _project_editable(self) -> bool:
        return self.project is not None and not self.project.readonly

    def _write_project(self, values: dict) -> None:
        changed = project_settings.set_values(
            self.project,
            values,
            project_settings.SETTINGS_DIALOG,
            who=self.context.settings.volunteer_name or None,
        )
        self.changed_keys = sorted(changed)
        if changed:
            self.context.notify("all")

    def _switch_language(self, language: str) -> None:
        from PySide6.QtWidgets import QApplication

        from coopnet.ui.i18n import chosen_language, install_translators

        app = QApplication.instance()
        if app is not None:
            install_translators(app, chosen_language(language))

    def accept(self) -> None:
        if self.apply():
            super().accept()


def _range(key: str) -> tuple:
    s = project_settings.setting(key)
    return s.low, s.high
