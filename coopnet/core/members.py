"""Doors and household pledges: statuses, the Pledge record and its validation.

Pure code (no Qt, no database). ``validate_pledge`` is the single gate every pledge
passes — the form, the CSV/XLSX importer and merge all call it — so a rule written
here holds everywhere.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import uuid
from dataclasses import asdict, dataclass, field, fields as dc_fields

from coopnet.core import fr
from coopnet.core.text import QT_TRANSLATE_NOOP, Msg

# Same order as the contract in store/members_schema.py (a test keeps them equal).
DOOR_STATUSES = (
    "not_visited",
    "absent",
    "refused",
    "interested",
    "pledged",
    "member",
    "already_served",
    "vacant",
    "second_home",
)

# One keystroke per outcome on the doors table (upper-case letter or digit).
STATUS_KEYS = {
    "N": "not_visited",
    "A": "absent",
    "R": "refused",
    "I": "interested",
    "P": "pledged",
    "M": "member",
    "S": "already_served",
    "V": "vacant",
    "2": "second_home",
}
KEY_FOR_STATUS = {status: key for key, status in STATUS_KEYS.items()}

STATUS_LABELS = {
    "not_visited": "not visited",
    "absent": "absent",
    "refused": "refused",
    "interested": "interested",
    "pledged": "pledged",
    "member": "member",
    "already_served": "already served",
    "vacant": "vacant",
    "second_home": "second home",
}
STATUS_LABELS_FR = {
    "not_visited": "non visité",
    "absent": "absent",
    "refused": "refus",
    "interested": "intéressé",
    "pledged": "promesse",
    "member": "adhérent",
    "already_served": "déjà desservi",
    "vacant": "vacant",
    "second_home": "résidence secondaire",
}
# Doors that count toward a village's threshold.
COUNTED_STATUSES = ("pledged", "member")
# Doors left out of "eligible doors" unless the coordinator includes them.
NON_ELIGIBLE_STATUSES = ("vacant", "second_home")

PLEDGE_STATUSES = ("pledged", "member", "withdrawn")
DEFAULT_TIERS = ("100 Mb/s", "300 Mb/s", "1 Gb/s")
CONSENT_WORDING_VERSION = "2026-01"

_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)
_YES = {"1", "true", "yes", "y", "oui", "o", "vrai", "x", "✓", "ok"}
_NO = {"0", "false", "no", "n", "non", "faux", ""}
_NAME_MAX = 100
_NOTES_MAX = 2000


def status_key(status: str) -> str:
    return KEY_FOR_STATUS.get(status, "")


def status_for_key(text: str) -> str | None:
    """The status one keystroke sets (case-insensitive), or None."""
    key = (text or "").strip().upper()
    return STATUS_KEYS.get(key) if len(key) == 1 else None


@dataclass
class Pledge:
    """One household's pledge (columns of the ``pledges`` table)."""

    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    door_id: str | None = None
    insee: str = ""
    last_name: str = ""
    first_name: str = ""
    phone: str = ""  # E.164
    email: str = ""
    tier: str = ""
    monthly_fee_eur: float | None = None
    shares_eur: float | None = None
    consent_register: bool = False
    consent_wording_version: str = CONSENT_WORDING_VERSION
    consent_news: bool = False
    pledged_on: dt.date | None = None
    volunteer: str = ""
    notes: str = ""
    status: str = "pledged"
    source: str = "form"
    duplicate_flag: str = ""
    anonymised: bool = False
    last_contact: dt.date | None = None
    import_key: str | None = None  # set by the pledge importer (same person, same key)
    created_at: str = ""
    updated_at: str = ""

    def to_row(self) -> dict:
        """Values as stored: ISO dates, 0/1 flags."""
        row = asdict(self)
        for key in ("pledged_on", "last_contact"):
            row[key] = row[key].isoformat() if row[key] else None
        for key in ("consent_register", "consent_news", "anonymised"):
            row[key] = int(bool(row[key]))
        return row

    @classmethod
    def from_row(cls, row: dict) -> Pledge:
        names = {f.name for f in dc_fields(cls)}
        data = {k: v for k, v in row.items() if k in names}
        for key in ("pledged_on", "last_contact"):
            value = data.get(key)
            data[key] = dt.date.fromisoformat(value[:10]) if value else None
        for key in ("consent_register", "consent_news", "anonymised"):
            data[key] = bool(data.get(key))
        for key in (
            "last_name",
            "first_name",
            "phone",
            "email",
            "tier",
            "volunteer",
            "notes",
            "duplicate_flag",
            "source",
            "consent_wording_version",
            "created_at",
            "updated_at",
        ):
            if data.get(key) is None:
                data[key] = ""
        return cls(**data)

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name.upper()) if p)


PLEDGE_FIELDS = tuple(f.name for f in dc_fields(Pledge))


# Field names and problems people read (said in their language by the layers above).
FIELD_PROBLEM = QT_TRANSLATE_NOOP("PledgeCheck", "{field}: {problem}")
F_COMMUNE = QT_TRANSLATE_NOOP("PledgeField", "commune")
F_LAST_NAME = QT_TRANSLATE_NOOP("PledgeField", "last name")
F_FIRST_NAME = QT_TRANSLATE_NOOP("PledgeField", "first name")
F_PHONE = QT_TRANSLATE_NOOP("PledgeField", "phone")
F_EMAIL = QT_TRANSLATE_NOOP("PledgeField", "email")
F_PHONE_OR_EMAIL = QT_TRANSLATE_NOOP("PledgeField", "phone or email")
F_SPEED = QT_TRANSLATE_NOOP("PledgeField", "speed")
F_FEE = QT_TRANSLATE_NOOP("PledgeField", "monthly fee")
F_SHARES = QT_TRANSLATE_NOOP("PledgeField", "shares")
F_CONSENT = QT_TRANSLATE_NOOP("PledgeField", "consent to the register")
F_NEWS = QT_TRANSLATE_NOOP("PledgeField", "consent to news")
F_DATE = QT_TRANSLATE_NOOP("PledgeField", "date")
F_LAST_CONTACT = QT_TRANSLATE_NOOP("PledgeField", "last contact")
F_STATUS = QT_TRANSLATE_NOOP("PledgeField", "status")
F_NOTES = QT_TRANSLATE_NOOP("PledgeField", "notes")
F_ANONYMISED = QT_TRANSLATE_NOOP("PledgeField", "anonymised")
_REQUIRED = QT_TRANSLATE_NOOP("PledgeCheck", "required")
_INSEE_REQUIRED = QT_TRANSLATE_NOOP("PledgeCheck", "required (INSEE code of the village)")
_TOO_LONG = QT_TRANSLATE_NOOP("PledgeCheck", "too long ({length} characters, at most {limit})")
_BAD_NAME = QT_TRANSLATE_NOOP("PledgeCheck", "“{value}” contains characters a name cannot have")
_NEGATIVE = QT_TRANSLATE_NOOP("PledgeCheck", "cannot be negative ({amount})")
_UNBELIEVABLE = QT_TRANSLATE_NOOP("PledgeCheck", "{amount} is not believable")
_NOT_EMAIL = QT_TRANSLATE_NOOP("PledgeCheck", "“{value}” is not an email address (name@example.fr)")
_NO_CONTACT = QT_TRANSLATE_NOOP(
    "PledgeCheck", "give at least one, so the cooperative can reach the household"
)
_NO_CONSENT = QT_TRANSLATE_NOOP(
    "PledgeCheck", "required — without it the household's contact details cannot be kept"
)
_FUTURE = QT_TRANSLATE_NOOP("PledgeCheck", "{date} is in the future")
_NOT_STATUS = QT_TRANSLATE_NOOP("PledgeCheck", "“{value}” is not one of {choices}")
_NOT_YES_NO = QT_TRANSLATE_NOOP("PledgeCheck", "“{value}” is not yes or no (oui/non)")
_NOT_TIER = QT_TRANSLATE_NOOP("PledgeCheck", "“{value}” is not one of the speeds offered ({choices})")
_UNSAFE_NAME = re.compile(r"[<>{}\[\]\\|;\x00-\x1f]")
_SPACES = re.compile(r"\s+")
_TIER_NUMBER = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*([GMgm]?)")


def problem(field_label: Msg, what: Msg) -> Msg:
    """``"phone: “12” is not a French phone number …"``: field and problem, each translatable."""
    return FIELD_PROBLEM.format(field=field_label, problem=what)


def parse_bool(value) -> bool:
    """Yes/no as people type it (oui/non, x, 1/0, true/false); ValueError otherwise."""
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    if isinstance(value, (int, float)):
        return bool(value)
    text = str(value).strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValueError(_NOT_YES_NO.format(value=value))


def normalize_tier(text: str, tiers=DEFAULT_TIERS) -> str:
    """Match "100", "100 Mbps", "1 Gbit/s", "1000 Mb/s" … to one of ``tiers``."""
    tier, error = _tier(str(text or "").strip(), tuple(tiers))
    if error:
        raise ValueError(error)
    return tier


# The checks below run once per distinct value: a file of 100 000 pledges holds a few
# dozen speeds, amounts, dates and yes/no words, so the cached answer is reused.
@functools.lru_cache(maxsize=1024)
def _tier(raw: str, tiers: tuple) -> tuple[str, Msg | None]:
    if not raw:
        return "", None
    wanted = _tier_mbps(raw)
    for tier in tiers:
        if tier.lower() == raw.lower() or (wanted is not None and _tier_mbps(tier) == wanted):
            return tier, None
    return "", _NOT_TIER.format(value=raw, choices=", ".join(tiers))


def _tier_mbps(text: str) -> float | None:
    m = _TIER_NUMBER.match(text)
    if not m:
        return None
    value = float(m.group(1).replace(",", "."))
    unit = m.group(2).lower()
    if unit == "g" or (not unit and value < 10):
        value *= 1000
    return value


def _text(value) -> str:
    return "" if value is None else str(value).strip()


@functools.lru_cache(maxsize=65536)
def _name(value: str) -> tuple[str, Msg | None]:
    if len(value) > _NAME_MAX:
        return value, _TOO_LONG.format(length=len(value), limit=_NAME_MAX)
    if _UNSAFE_NAME.search(value) or value[0] in "=+@-\t":
        return value, _BAD_NAME.format(value=value[:40])
    return _SPACES.sub(" ", value), None


def _check_name(label: Msg, value: str, required: bool, errors: list) -> str:
    if not value:
        if required:
            errors.append(problem(label, _REQUIRED))
        return ""
    clean, error = _name(value)
    if error:
        errors.append(problem(label, error))
    return clean


@functools.lru_cache(maxsize=4096)
def _amount_of_text(value: str) -> tuple[float | None, Msg | None]:
    if not value.strip():
        return None, None
    try:
        return _amount_checked(float(fr.parse_amount(value)))
    except ValueError as exc:
        return None, exc.args[0]


def _amount_checked(amount: float) -> tuple[float | None, Msg | None]:
    if amount < 0:
        return None, _NEGATIVE.format(amount=fr.format_amount(amount))
    if amount > 1_000_000:
        return None, _UNBELIEVABLE.format(amount=fr.format_amount(amount))
    return amount, None


def _amount(label: Msg, value, errors: list) -> float | None:
    if value is None:
        return None
    if isinstance(value, str):
        amount, error = _amount_of_text(value)
    else:
        try:
            amount, error = _amount_checked(float(fr.parse_amount(value)))
        except ValueError as exc:
            amount, error = None, exc.args[0]
    if error:
        errors.append(problem(label, error))
    return amount


@functools.lru_cache(maxsize=4096)
def _date_of_text(value: str) -> tuple[dt.date | None, Msg | None]:
    try:
        return fr.parse_date(value), None
    except ValueError as exc:
        return None, exc.args[0]


def _date(label: Msg, value, errors: list, default=None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None:
        return default
    text = str(value)
    if not text.strip():
        return default
    date, error = _date_of_text(text)
    if error:
        errors.append(problem(label, error))
    return date


@functools.lru_cache(maxsize=1024)
def _flag_of_text(value: str) -> tuple[bool, Msg | None]:
    try:
        return parse_bool(value), None
    except ValueError as exc:
        return False, exc.args[0]


def _flag(label: Msg, value, errors: list) -> tuple[bool, bool]:
    """(yes or no, whether the value was understood)."""
    if isinstance(value, str):
        flag, error = _flag_of_text(value)
    else:
        try:
            flag, error = parse_bool(value), None
        except ValueError as exc:
            flag, error = False, exc.args[0]
    if error:
        errors.append(problem(label, error))
        return False, False
    return flag, True


@functools.lru_cache(maxsize=1024)
def _insee(text: str) -> tuple[str, Msg | None]:
    try:
        return fr.normalize_insee(text), None
    except ValueError as exc:
        return text, exc.args[0]


# Values that repeat from row to row (a file holds a few speeds, amounts, dates and yes/no
# words) are checked once per distinct combination; each group keeps its messages in order.
@functools.lru_cache(maxsize=8192, typed=True)
def _offer(tier_text: str, fee_value, shares_value, tiers: tuple) -> tuple[tuple, tuple]:
    errors: list[Msg] = []
    tier, error = _tier(tier_text, tiers)
    if error:
        errors.append(problem(F_SPEED, error))
    fee = _amount(F_FEE, fee_value, errors)
    shares = _amount(F_SHARES, shares_value, errors)
    return (tier, fee, shares), tuple(errors)


@functools.lru_cache(maxsize=8192, typed=True)
def _consent_dates_status(
    consent_value, news_value, pledged_value, contact_value, status_text: str, today: dt.date | None
) -> tuple[tuple, tuple]:
    errors: list[Msg] = []
    consent, understood = _flag(F_CONSENT, consent_value, errors)
    if not consent and understood:
        errors.append(problem(F_CONSENT, _NO_CONSENT))
    news, _ = _flag(F_NEWS, news_value, errors)

    pledged_on = _date(F_DATE, pledged_value, errors, default=today)
    if pledged_on and today and pledged_on > today + dt.timedelta(days=1):
        errors.append(problem(F_DATE, _FUTURE.format(date=fr.format_date(pledged_on))))
    last_contact = _date(F_LAST_CONTACT, contact_value, errors, default=pledged_on)

    status = status_text or "pledged"
    if status not in PLEDGE_STATUSES:
        errors.append(problem(F_STATUS, _NOT_STATUS.format(value=status, choices=", ".join(PLEDGE_STATUSES))))
    return (consent, news, pledged_on, last_contact, status), tuple(errors)


def check_pledge(
    fields: dict, tiers=None, today: dt.date | None = None, stripped_text: bool = False
) -> tuple[dict | None, list[Msg]]:
    """The checks of :func:`validate_pledge`, giving the typed values as a dict of
    :class:`Pledge` fields (no ``id``) instead of a ``Pledge`` — the importer's fast path.
    ``stripped_text``: every value is already a ``str`` without surrounding spaces (file cells)."""
    tiers = tuple(tiers or DEFAULT_TIERS)
    errors: list[Msg] = []
    get = fields.get
    # Every value as stripped text, once (typed values — amounts, dates, flags — are read from ``fields``).
    text = (
        get
        if stripped_text
        else {
            k: v.strip() if v.__class__ is str else ("" if v is None else str(v).strip())
            for k, v in fields.items()
        }.get
    )

    insee = text("insee", "").upper()
    if not insee:
        errors.append(problem(F_COMMUNE, _INSEE_REQUIRED))
    else:
        insee, error = _insee(insee)
        if error:
            errors.append(problem(F_COMMUNE, error))

    last_name = _check_name(F_LAST_NAME, text("last_name", ""), True, errors)
    first_name = _check_name(F_FIRST_NAME, text("first_name", ""), False, errors)

    had_bad_contact = False
    phone = text("phone", "")
    if phone:
        try:
            phone = fr.normalize_phone(phone)
        except ValueError as exc:
            errors.append(problem(F_PHONE, exc.args[0]))
            phone = ""
            had_bad_contact = True

    email = text("email", "").lower()
    if email and (len(email) > 254 or not _EMAIL.match(email)):
        errors.append(problem(F_EMAIL, _NOT_EMAIL.format(value=email[:60])))
        email = ""
        had_bad_contact = True
    if not phone and not email and not had_bad_contact:
        errors.append(problem(F_PHONE_OR_EMAIL, _NO_CONTACT))

    (tier, fee, shares), found = _offer(text("tier", ""), get("monthly_fee_eur"), get("shares_eur"), tiers)
    errors.extend(found)
    (consent, news, pledged_on, last_contact, status), found = _consent_dates_status(
        get("consent_register"),
        get("consent_news"),
        get("pledged_on"),
        get("last_contact"),
        text("status", ""),
        today,
    )
    errors.extend(found)

    notes = text("notes", "")
    if len(notes) > _NOTES_MAX:
        errors.append(problem(F_NOTES, _TOO_LONG.format(length=len(notes), limit=_NOTES_MAX)))

    anonymised, _ = _flag(F_ANONYMISED, get("anonymised"), errors)

    if errors:
        return None, errors
    return {
        "door_id": text("door_id", "") or None,
        "insee": insee,
        "last_name": last_name,
        "first_name": first_name,
        "phone": phone,
        "email": email,
        "tier": tier,
        "monthly_fee_eur": fee,
        "shares_eur": shares,
        "consent_register": consent,
        "consent_wording_version": text("consent_wording_version", "") or CONSENT_WORDING_VERSION,
        "consent_news": news,
        "pledged_on": pledged_on,
        "volunteer": text("volunteer", ""),
        "notes": notes,
        "status": status,
        "source": text("source", "") or "form",
        "duplicate_flag": text("duplicate_flag", ""),
        "anonymised": anonymised,
        "last_contact": last_contact,
        "import_key": text("import_key", "") or None,
        "created_at": text("created_at", ""),
        "updated_at": text("updated_at", ""),
    }, []


def validate_pledge(
    fields: dict, tiers=None, today: dt.date | None = None
) -> tuple[Pledge | None, list[Msg]]:
    """Check and normalise one pledge given as text or typed values.

    ``fields`` uses the column names of :class:`Pledge` (missing keys = empty).
    Returns ``(pledge, [])`` or ``(None, [clear messages, one per problem])``; each message
    is a :class:`~coopnet.core.text.Msg` (English; ``coopnet.translation.say`` gives French).
    Dates default to ``today`` when empty; phone becomes E.164; amounts are French.
    """
    values, errors = check_pledge(fields, tiers=tiers, today=today)
    if errors:
        return None, errors
    assert values is not None  # no errors means values
    pledge = Pledge(**values)
    if fields.get("id"):
        pledge.id = _text(fields.get("id"))
    return pledge, []
