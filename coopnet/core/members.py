"""Doors and household pledges: statuses, the Pledge record and its validation.

Pure code (no Qt, no database). ``validate_pledge`` is the single gate every pledge
passes — the form, the CSV/XLSX importer and merge all call it — so a rule written
here holds everywhere.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import asdict, dataclass, field, fields as dc_fields

from coopnet.core import fr

# Same order as the contract in store/members_schema.py (a test keeps them equal).
DOOR_STATUSES = ("not_visited", "absent", "refused", "interested", "pledged", "member",
                 "already_served", "vacant", "second_home")

# One keystroke per outcome on the doors table (upper-case letter or digit).
STATUS_KEYS = {
    "N": "not_visited", "A": "absent", "R": "refused", "I": "interested", "P": "pledged",
    "M": "member", "S": "already_served", "V": "vacant", "2": "second_home",
}
KEY_FOR_STATUS = {status: key for key, status in STATUS_KEYS.items()}

STATUS_LABELS = {
    "not_visited": "not visited", "absent": "absent", "refused": "refused",
    "interested": "interested", "pledged": "pledged", "member": "member",
    "already_served": "already served", "vacant": "vacant", "second_home": "second home",
}
STATUS_LABELS_FR = {
    "not_visited": "non visité", "absent": "absent", "refused": "refus",
    "interested": "intéressé", "pledged": "promesse", "member": "adhérent",
    "already_served": "déjà desservi", "vacant": "vacant", "second_home": "résidence secondaire",
}
# Doors that count toward a village's threshold.
COUNTED_STATUSES = ("pledged", "member")
# Doors left out of "eligible doors" unless the coordinator includes them.
NON_ELIGIBLE_STATUSES = ("vacant", "second_home")

PLEDGE_STATUSES = ("pledged", "member", "withdrawn")
DEFAULT_TIERS = ("100 Mb/s", "300 Mb/s", "1 Gb/s")
CONSENT_WORDING_VERSION = "2026-01"

_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")
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
    phone: str = ""                      # E.164
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
    import_key: str | None = None        # set by the pledge importer (same person, same key)
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
    def from_row(cls, row: dict) -> "Pledge":
        names = {f.name for f in dc_fields(cls)}
        data = {k: v for k, v in row.items() if k in names}
        for key in ("pledged_on", "last_contact"):
            value = data.get(key)
            data[key] = dt.date.fromisoformat(value[:10]) if value else None
        for key in ("consent_register", "consent_news", "anonymised"):
            data[key] = bool(data.get(key))
        for key in ("last_name", "first_name", "phone", "email", "tier", "volunteer", "notes",
                    "duplicate_flag", "source", "consent_wording_version", "created_at",
                    "updated_at"):
            if data.get(key) is None:
                data[key] = ""
        return cls(**data)

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name.upper()) if p)


PLEDGE_FIELDS = tuple(f.name for f in dc_fields(Pledge))


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
    raise ValueError(f"“{value}” is not yes or no (oui/non)")


def normalize_tier(text: str, tiers=DEFAULT_TIERS) -> str:
    """Match "100", "100 Mbps", "1 Gbit/s", "1000 Mb/s" … to one of ``tiers``."""
    raw = str(text or "").strip()
    if not raw:
        return ""
    wanted = _tier_mbps(raw)
    for tier in tiers:
        if tier.lower() == raw.lower() or (wanted is not None and _tier_mbps(tier) == wanted):
            return tier
    raise ValueError(f"“{raw}” is not one of the speeds offered ({', '.join(tiers)})")


def _tier_mbps(text: str) -> float | None:
    m = re.match(r"^\s*(\d+(?:[.,]\d+)?)\s*([GMgm]?)", text)
    if not m:
        return None
    value = float(m.group(1).replace(",", "."))
    unit = m.group(2).lower()
    if unit == "g" or (not unit and value < 10):
        value *= 1000
    return value


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _check_name(label: str, value: str, required: bool, errors: list[str]) -> str:
    if not value:
        if required:
            errors.append(f"{label}: required")
        return ""
    if len(value) > _NAME_MAX:
        errors.append(f"{label}: too long ({len(value)} characters, at most {_NAME_MAX})")
    elif re.search(r"[<>{}\[\]\\|;\x00-\x1f]", value) or value[0] in "=+@-\t":
        errors.append(f"{label}: “{value[:40]}” contains characters a name cannot have")
    return re.sub(r"\s+", " ", value)


def _amount(label: str, value, errors: list[str]) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        amount = float(fr.parse_amount(value))
    except ValueError as exc:
        errors.append(f"{label}: {exc}")
        return None
    if amount < 0:
        errors.append(f"{label}: cannot be negative ({fr.format_amount(amount)})")
        return None
    if amount > 1_000_000:
        errors.append(f"{label}: {fr.format_amount(amount)} is not believable")
        return None
    return amount


def _date(label: str, value, errors: list[str], default=None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None or not str(value).strip():
        return default
    try:
        return fr.parse_date(str(value))
    except ValueError as exc:
        errors.append(f"{label}: {exc}")
        return None


def _flag(label: str, value, errors: list[str]) -> bool:
    try:
        return parse_bool(value)
    except ValueError as exc:
        errors.append(f"{label}: {exc}")
        return False


def validate_pledge(fields: dict, tiers=None, today: dt.date | None = None
                    ) -> tuple[Pledge | None, list[str]]:
    """Check and normalise one pledge given as text or typed values.

    ``fields`` uses the column names of :class:`Pledge` (missing keys = empty).
    Returns ``(pledge, [])`` or ``(None, [clear messages, one per problem])``.
    Dates default to ``today`` when empty; phone becomes E.164; amounts are French.
    """
    tiers = tuple(tiers or DEFAULT_TIERS)
    errors: list[str] = []
    get = fields.get

    insee = _text(get("insee")).upper()
    if not insee:
        errors.append("commune: required (INSEE code of the village)")
    else:
        try:
            insee = fr.normalize_insee(insee)
        except ValueError as exc:
            errors.append(f"commune: {exc}")

    last_name = _check_name("last name", _text(get("last_name")), True, errors)
    first_name = _check_name("first name", _text(get("first_name")), False, errors)

    phone = _text(get("phone"))
    if phone:
        try:
            phone = fr.normalize_phone(phone)
        except ValueError as exc:
            errors.append(f"phone: {exc}")
            phone = ""
            had_bad_phone = True
        else:
            had_bad_phone = False
    else:
        had_bad_phone = False

    email = _text(get("email")).lower()
    if email and (len(email) > 254 or not _EMAIL.match(email)):
        errors.append(f"email: “{email[:60]}” is not an email address (name@example.fr)")
        email = ""
        had_bad_email = True
    else:
        had_bad_email = False
    if not phone and not email and not had_bad_phone and not had_bad_email:
        errors.append("phone or email: give at least one, so the cooperative can reach the household")

    tier = ""
    try:
        tier = normalize_tier(_text(get("tier")), tiers)
    except ValueError as exc:
        errors.append(f"speed: {exc}")

    fee = _amount("monthly fee", get("monthly_fee_eur"), errors)
    shares = _amount("shares", get("shares_eur"), errors)

    consent = _flag("consent to the register", get("consent_register"), errors)
    if not consent and not any(e.startswith("consent to the register") for e in errors):
        errors.append("consent to the register: required — without it the household's "
                      "contact details cannot be kept")
    news = _flag("consent to news", get("consent_news"), errors)

    pledged_on = _date("date", get("pledged_on"), errors, default=today)
    if pledged_on and today and pledged_on > today + dt.timedelta(days=1):
        errors.append(f"date: {fr.format_date(pledged_on)} is in the future")
    last_contact = _date("last contact", get("last_contact"), errors, default=pledged_on)

    status = _text(get("status")) or "pledged"
    if status not in PLEDGE_STATUSES:
        errors.append(f"status: “{status}” is not one of {', '.join(PLEDGE_STATUSES)}")

    notes = _text(get("notes"))
    if len(notes) > _NOTES_MAX:
        errors.append(f"notes: too long ({len(notes)} characters, at most {_NOTES_MAX})")

    anonymised = _flag("anonymised", get("anonymised"), errors)

    if errors:
        return None, errors
    pledge = Pledge(
        door_id=_text(get("door_id")) or None, insee=insee,
        last_name=last_name, first_name=first_name, phone=phone, email=email, tier=tier,
        monthly_fee_eur=fee, shares_eur=shares, consent_register=consent,
        consent_wording_version=_text(get("consent_wording_version")) or CONSENT_WORDING_VERSION,
        consent_news=news, pledged_on=pledged_on, volunteer=_text(get("volunteer")),
        notes=notes, status=status, source=_text(get("source")) or "form",
        duplicate_flag=_text(get("duplicate_flag")), anonymised=anonymised,
        last_contact=last_contact, import_key=_text(get("import_key")) or None,
        created_at=_text(get("created_at")), updated_at=_text(get("updated_at")),
    )
    if get("id"):
        pledge.id = _text(get("id"))
    return pledge, []
