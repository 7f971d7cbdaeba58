"""The pledge form: keyboard only, French formats, a clear message under each wrong field.

Tab walks the fields in reading order; Enter saves (from any field); Esc cancels.
Validation is ``core.members.validate_pledge`` — the same rules as the importer.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coopnet.core import fr
from coopnet.core.members import CONSENT_WORDING_VERSION, Pledge, validate_pledge
from coopnet.store import pledges as pstore
from coopnet.translation import say
from coopnet.ui.i18n import current_language, format_amount

# Error prefix from validate_pledge -> the field it belongs under.
_ERROR_FIELD = {
    "last name": "last_name",
    "first name": "first_name",
    "phone": "phone",
    "phone or email": "phone",
    "email": "email",
    "speed": "tier",
    "monthly fee": "monthly_fee_eur",
    "shares": "shares_eur",
    "consent to the register": "consent_register",
    "consent to news": "consent_news",
    "date": "pledged_on",
    "notes": "notes",
}
_ERROR_STYLE = "color: #b00020;"


class PledgeDialog(QDialog):
    """Enter or edit one household's pledge. ``saved_id`` is set once it is in the project."""

    def __init__(
        self,
        project,
        insee: str,
        door: dict | None = None,
        pledge: Pledge | None = None,
        volunteer: str = "",
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.project, self.insee, self.door = project, insee, door
        self.pledge, self.volunteer = pledge, volunteer
        self.today = today or dt.date.today()
        self.tiers = pstore.tiers(project)
        self.saved_id: str | None = None
        self._touched: set[str] = set()
        self.setWindowTitle(self.tr("Pledge") if pledge is None else self.tr("Edit pledge"))
        self._build()
        if pledge is not None:
            self._load(pledge)
        self.fields["last_name"].setFocus()

    # -- layout ---------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        where = self._address_text()
        head = QLabel(f"<b>{where}</b>")
        head.setTextFormat(Qt.RichText)
        head.setObjectName("address")
        outer.addWidget(head)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

        def line(key: str, label: str, placeholder: str = "") -> QLineEdit:
            w = QLineEdit(self)
            w.setPlaceholderText(placeholder)
            w.setObjectName(key)
            w.editingFinished.connect(lambda k=key: self._touch(k))
            self._add(form, key, label, w)
            return w

        line("last_name", self.tr("Last name"), self.tr("required"))
        line("first_name", self.tr("First name"))
        line("phone", self.tr("Phone"), "06 12 34 56 78")
        line("email", self.tr("Email"), self.tr("name@example.com"))
        tier = QComboBox(self)
        tier.setObjectName("tier")
        tier.addItem(self.tr("— not asked —"), "")
        for t in self.tiers:
            tier.addItem(t, t)
        self._add(form, "tier", self.tr("Wanted speed"), tier)
        line("monthly_fee_eur", self.tr("Monthly fee accepted (€)"), format_amount(30))  # 30,00 € / €30.00
        line("shares_eur", self.tr("Shares subscribed (€)"), format_amount(100, 0))
        consent = QCheckBox(
            self.tr("Agrees to be in the pledge register (wording {0}) — required").format(
                CONSENT_WORDING_VERSION
            ),
            self,
        )
        consent.setObjectName("consent_register")
        consent.toggled.connect(lambda _=False: self._touch("consent_register"))
        self._add(form, "consent_register", self.tr("Consent"), consent)
        news = QCheckBox(self.tr("Wants news of the project (optional)"), self)
        news.setObjectName("consent_news")
        self._add(form, "consent_news", "", news)
        date = line("pledged_on", self.tr("Date"), self.tr("dd/mm/yyyy"))
        date.setText(fr.format_date(self.today))
        line("notes", self.tr("Notes"))
        who = QLabel(self.tr("Volunteer: {0}").format(self.volunteer or "—"), self)
        who.setObjectName("volunteer")
        form.addRow("", who)
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(_ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        outer.addWidget(self.general_error)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("Save (Enter)"))
        buttons.button(QDialogButtonBox.Save).setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        for b in buttons.buttons():
            b.setFocusPolicy(Qt.TabFocus)
        outer.addWidget(buttons)
        self.buttons = buttons
        order = [
            self.fields[k]
            for k in (
                "last_name",
                "first_name",
                "phone",
                "email",
                "tier",
                "monthly_fee_eur",
                "shares_eur",
                "consent_register",
                "consent_news",
                "pledged_on",
                "notes",
            )
        ]
        for a, b in zip(order, order[1:]):
            self.setTabOrder(a, b)
        # 600 px, or more when a label needs it (the French consent box was cut at the right)
        self.setMinimumWidth(max(600, self.layout().totalMinimumSize().width()))

    def _add(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addWidget(widget)
        err = QLabel(box)
        err.setObjectName(f"error_{key}")
        err.setStyleSheet(_ERROR_STYLE)
        err.setWordWrap(True)  # a long message wraps under its field (it was cut at the edge)
        err.hide()
        lay.addWidget(err)
        form.addRow(label, box)
        self.fields[key], self.errors[key] = widget, err

    def _address_text(self) -> str:
        from html import escape

        from coopnet.store.doors import address_text
        from coopnet.store.villages import village_name

        name = village_name(self.project, self.insee)
        if self.door:
            return escape(f"{address_text(self.door)}, {name}")
        return escape(self.tr("{0} — no address").format(name))

    def _load(self, p: Pledge) -> None:
        f = self.fields
        f["last_name"].setText(p.last_name)
        f["first_name"].setText(p.first_name)
        f["phone"].setText(fr.format_phone(p.phone))
        f["email"].setText(p.email)
        i = f["tier"].findData(p.tier)
        f["tier"].setCurrentIndex(max(i, 0))
        f["monthly_fee_eur"].setText(
            format_amount(p.monthly_fee_eur, currency=False) if p.monthly_fee_eur is not None else ""
        )
        f["shares_eur"].setText(
            format_amount(p.shares_eur, 0, currency=False) if p.shares_eur is not None else ""
        )
        f["consent_register"].setChecked(p.consent_register)
        f["consent_news"].setChecked(p.consent_news)
        f["pledged_on"].setText(fr.format_date(p.pledged_on))
        f["notes"].setText(p.notes)

    # -- validation -------------------------------------------------------------
    def values(self) -> dict:
        f = self.fields
        values = {k: w.text() for k, w in f.items() if isinstance(w, QLineEdit)}
        values.update(
            tier=f["tier"].currentData() or "",
            consent_register=f["consent_register"].isChecked(),
            consent_news=f["consent_news"].isChecked(),
            insee=self.insee,
            door_id=self.door["id"] if self.door else None,
            volunteer=self.volunteer,
        )
        if self.pledge is not None:  # keep what the form does not show
            values.update(
                id=self.pledge.id,
                status=self.pledge.status,
                source=self.pledge.source,
                created_at=self.pledge.created_at,
                consent_wording_version=self.pledge.consent_wording_version,
                volunteer=self.pledge.volunteer or self.volunteer,
                duplicate_flag=self.pledge.duplicate_flag,
                door_id=self.pledge.door_id,
            )
        return values

    def _touch(self, key: str) -> None:
        self._touched.add(key)
        if key == "phone":  # show the number the French way as soon as it is typed
            w = self.fields["phone"]
            try:
                w.setText(fr.format_phone(fr.normalize_phone(w.text())))
            except ValueError:
                pass
        self.validate(only_touched=True)

    def validate(self, only_touched: bool = False) -> tuple[Pledge | None, list[str]]:
        pledge, problems = validate_pledge(self.values(), tiers=self.tiers, today=self.today)
        by_field: dict[str, list[str]] = {}
        general = []
        lang = current_language()
        for msg in problems:
            # "field: problem" — the field (English) says where, the problem is shown in our language.
            values = getattr(msg, "values", None) or {}
            key = _ERROR_FIELD.get(str(values.get("field", "")))
            if key is None:
                general.append(say(msg, lang))
            else:
                text = say(values["problem"], lang)
                by_field.setdefault(key, []).append(text[:1].upper() + text[1:])
        for key, label in self.errors.items():
            shown = by_field.get(key) if (not only_touched or key in self._touched) else None
            label.setText("\n".join(shown or []))
            label.setVisible(bool(shown))
            if shown:  # QFormLayout does not give a wrapped label its height: ask for it here
                label.setMinimumHeight(label.heightForWidth(max(self.fields[key].width(), 200)))
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general) and not only_touched)
        self._first_error = next((k for k in self.fields if k in by_field), None)
        return pledge, problems

    def save(self) -> None:
        pledge, problems = self.validate()
        if problems:
            if self._first_error:
                self.fields[self._first_error].setFocus()
            return
        self.saved_id = pstore.save_pledge(self.project, pledge, who=self.volunteer)
        self.accept()
