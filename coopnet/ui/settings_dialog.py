"""Edit ▸ Settings…: the volunteer, the language, the cooperative's identity, project choices.

Personal choices (volunteer name, language) live in QSettings (``ui/settings.py``);
what belongs to the cooperative lives in the project file's ``meta`` table, so every
copy of the project carries it — under the keys its readers use:

- pledge form PDF (``io/pledge_form_pdf.py``): controller_name, controller_address,
  contact_email, dpo_contact, retention_months;
- carrier brief (``store/model_inputs.CONTACT_KEYS``): contact_name, contact_email,
  contact_phone, contact_address (the address field fills both address keys);
- pledge_tiers (``store/pledges.tiers``), detour_factor (``geo/links``),
  basemap_url (``geo/map_builder``), backups_keep (``store/backup``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QTabWidget, QVBoxLayout, QWidget)

from coopnet.core import fr
from coopnet.errors import CoopnetError
from coopnet.ui.i18n import error_text

IDENTITY_KEYS = ("cooperative_name", "controller_name", "controller_address", "contact_name",
                 "contact_email", "contact_phone", "dpo_contact")


def _phone_text(text: str) -> str:
    """French display form of a phone, or ValueError."""
    text = text.strip()
    return fr.format_phone(fr.normalize_phone(text)) if text else ""


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
        self.setMinimumWidth(560)

    # -- layout ---------------------------------------------------------------------
    def _row(self, form: QFormLayout, key: str, label: str, widget: QWidget, help_text: str = "",
             field: QWidget | None = None) -> QWidget:
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
        self._row(form, "volunteer_name", self.tr("&Volunteer name:"), QLineEdit(page),
                  self.tr("Recorded with every visit and pledge you enter"))
        lang = QComboBox(page)
        lang.addItem(self.tr("System language"), "")
        lang.addItem("Français", "fr")
        lang.addItem("English", "en")
        self._row(form, "language", self.tr("&Language:"), lang)
        note = QLabel(self.tr("Windows opened from now on use the new language; all of the "
                              "application does after a restart."), page)
        note.setWordWrap(True)
        form.addRow("", note)
        return page

    def _identity_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self._row(form, "cooperative_name", self.tr("Cooperative &name:"), QLineEdit(page))
        self._row(form, "controller_name", self.tr("&Data controller:"), QLineEdit(page),
                  self.tr("Legal name of who is responsible for the pledge data (printed on the "
                          "pledge form); the cooperative's name when empty"))
        self._row(form, "controller_address", self.tr("&Address:"), QLineEdit(page),
                  self.tr("Registered address, on the pledge form and in the carrier brief"))
        self._row(form, "contact_name", self.tr("Contact pe&rson:"), QLineEdit(page),
                  self.tr("Who carriers should call (carrier brief)"))
        email = self._row(form, "contact_email", self.tr("&Email:"), QLineEdit(page))
        email.setPlaceholderText("contact@exemple.fr")
        phone = self._row(form, "contact_phone", self.tr("P&hone:"), QLineEdit(page))
        phone.setPlaceholderText("01 23 45 67 89")
        self._row(form, "dpo_contact", self.tr("Data protection &officer:"), QLineEdit(page),
                  self.tr("Optional: name and contact of the DPO, printed on the pledge form"))
        keep = QSpinBox(page)
        keep.setRange(1, 120)
        keep.setSuffix(self.tr(" months"))
        self._row(form, "retention_months", self.tr("Keep contact details of non-members for:"),
                  keep, self.tr("Retention period stated on the pledge form (CNIL: about 3 years)"))
        return page

    def _project_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self._row(form, "tiers", self.tr("&Speeds offered:"), QLineEdit(page),
                  self.tr("Separated by semicolons, e.g. 100 Mb/s; 300 Mb/s; 1 Gb/s"))
        from coopnet.geo.links import DETOUR_RANGE
        detour = QDoubleSpinBox(page)
        detour.setRange(*DETOUR_RANGE)
        detour.setSingleStep(0.05)
        detour.setDecimals(2)
        self._row(form, "detour_factor", self.tr("Route &detour factor:"), detour,
                  self.tr("Route length = straight line × this factor (roads never run straight)"))
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
        self._row(form, "basemap_url", self.tr("&Basemap:"), basemap,
                  self.tr("A tile URL with {z}/{x}/{y}, or a folder of tiles saved on this computer"),
                  field=box)
        self.browse = browse
        keep = QSpinBox(page)
        keep.setRange(1, 200)
        self._row(form, "backups_keep", self.tr("Backups &kept:"), keep,
                  self.tr("Copies made before imports, merges and restores; the oldest go first"))
        order = [self.fields[k] for k in ("tiers", "detour_factor", "basemap_url")] + \
                [browse, self.fields["backups_keep"]]
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
        from coopnet.geo.links import detour_factor
        from coopnet.store.backup import DEFAULT_KEEP
        from coopnet.store.pledges import tiers
        for key in IDENTITY_KEYS:
            f[key].setText(p.meta(key) or "")
        f["cooperative_name"].setText(p.name)
        if not f["controller_address"].text():
            f["controller_address"].setText(p.meta("contact_address") or "")
        f["retention_months"].setValue(_int(p.meta("retention_months"), 36))
        f["tiers"].setText("; ".join(tiers(p)))
        f["detour_factor"].setValue(detour_factor(p))
        f["basemap_url"].setText(p.meta("basemap_url") or "")
        f["backups_keep"].setValue(_int(p.meta("backups_keep"), DEFAULT_KEEP))

    def project_values(self) -> dict[str, str]:
        """The meta keys this dialog writes, checked; CoopnetError with a clear message."""
        f = self.fields
        out = {k: f[k].text().strip() for k in IDENTITY_KEYS}
        if not out["cooperative_name"]:
            raise CoopnetError(self.tr("The cooperative needs a name."))
        try:
            out["contact_phone"] = _phone_text(out["contact_phone"])
        except ValueError:
            raise CoopnetError(self.tr("Phone: “{0}” is not a French phone number.")
                               .format(out["contact_phone"])) from None
        email = out["contact_email"]
        if email and ("@" not in email or "." not in email.split("@")[-1]):
            raise CoopnetError(self.tr("Email: “{0}” is not an email address.").format(email))
        out["contact_address"] = out["controller_address"]
        out["retention_months"] = str(f["retention_months"].value())
        tiers = [t.strip() for t in f["tiers"].text().split(";") if t.strip()]
        if not tiers:
            raise CoopnetError(self.tr("Give at least one speed offered."))
        import json
        out["pledge_tiers"] = json.dumps(tiers, ensure_ascii=False)
        basemap = f["basemap_url"].text().strip()
        if basemap and "{z}" not in basemap and not Path(basemap).is_dir():
            raise CoopnetError(self.tr("Basemap: give a tile URL with {z}/{x}/{y}, or an existing "
                                       "folder of tiles."))
        out["basemap_url"] = basemap
        out["backups_keep"] = str(f["backups_keep"].value())
        return out

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

    def _write_project(self, values: dict[str, str]) -> None:
        from coopnet.geo.links import detour_factor, set_detour_factor
        p = self.project
        changed = sorted(k for k, v in values.items() if (p.meta(k) or "") != v)
        detour = round(self.fields["detour_factor"].value(), 2)
        with p.transaction():
            for key in changed:
                p.set_meta(key, values[key])
            if changed:
                p.audit("update", "project", "settings", {"keys": changed},
                        who=self.context.settings.volunteer_name or None)
            if abs(detour - detour_factor(p)) > 1e-9:
                set_detour_factor(p, detour)
                changed.append("detour_factor")
        self.changed_keys = changed
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


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text else default
    except ValueError:
        return default
