"""French conventions: INSEE codes, postcodes, phones, dates and amounts."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from coopnet.core.text import QT_TRANSLATE_NOOP

TIME_ZONE = "Europe/Paris"  # local times without a zone (routers' logs, bills)
_INSEE = re.compile(r"^(?:\d{5}|2[AB]\d{3})$")
_POSTCODE = re.compile(r"^\d{5}$")
_NBSP = "\u00a0\u202f"
_PHONE_SEPARATORS = re.compile(r"[\s.\-/()" + _NBSP + "]")
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$")
_AMOUNT = re.compile(r"^-?\d+(?:\.\d+)?$")
# Errors are raised as ValueError(Msg): English as str(exc), translatable from exc.args[0].
_NOT_INSEE = QT_TRANSLATE_NOOP(
    "FrenchFormats", "“{value}” is not an INSEE commune code (5 characters, e.g. 78616)"
)
_NOT_PHONE = QT_TRANSLATE_NOOP(
    "FrenchFormats", "“{value}” is not a French phone number (0X XX XX XX XX or +33 X XX XX XX XX)"
)
_NOT_REAL_DATE = QT_TRANSLATE_NOOP("FrenchFormats", "“{value}” is not a real date")
_NOT_DATE = QT_TRANSLATE_NOOP("FrenchFormats", "“{value}” is not a date (dd/mm/yyyy)")
_NOT_AMOUNT = QT_TRANSLATE_NOOP("FrenchFormats", "“{value}” is not an amount (e.g. €1,234.50)")


def is_insee(code: str) -> bool:
    """5-character INSEE commune code (2A/2B for Corsica). Not a postcode."""
    return bool(_INSEE.match(str(code or "").strip().upper()))


def normalize_insee(code: str) -> str:
    code = str(code or "").strip().upper()
    if code.isdigit() and len(code) == 4:  # lost its leading zero in a spreadsheet
        code = "0" + code
    if not is_insee(code):
        raise ValueError(_NOT_INSEE.format(value=code))
    return code


def is_postcode(code: str) -> bool:
    return bool(_POSTCODE.match(str(code or "").strip()))


def normalize_phone(text: str) -> str:
    """French phone in any usual form → E.164 (``+33612345678``); ValueError if not one."""
    raw = str(text or "").strip()
    digits = _PHONE_SEPARATORS.sub("", raw)
    if digits.startswith("+33"):
        national = digits[3:]
    elif digits.startswith("0033"):
        national = digits[4:]
    elif digits.startswith("0"):
        national = digits[1:]
    else:
        raise ValueError(_NOT_PHONE.format(value=raw))
    if national.startswith("0"):
        national = national[1:]  # "+33 (0)6 …"
    if not (national.isdigit() and len(national) == 9 and national[0] in "123456789"):
        raise ValueError(_NOT_PHONE.format(value=raw))
    return "+33" + national


def format_phone(e164: str) -> str:
    """``+33612345678`` → ``06 12 34 56 78`` (pairs, as French users read them)."""
    if not e164:
        return ""
    if e164.startswith("+33") and len(e164) == 12:
        national = "0" + e164[3:]
        return " ".join(national[i : i + 2] for i in range(0, 10, 2))
    return e164


def parse_date(text: str) -> dt.date:
    """dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy and ISO yyyy-mm-dd)."""
    raw = str(text or "").strip()
    m = _DMY.match(raw)
    try:
        if m:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        m = _ISO.match(raw)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise ValueError(_NOT_REAL_DATE.format(value=raw)) from None
    raise ValueError(_NOT_DATE.format(value=raw))


def format_date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def parse_amount(text: str | float | int) -> Decimal:
    """``1 234,57 €``, ``1234,5``, ``1 234,50 €``, ``1234.50`` → Decimal."""
    if isinstance(text, (int, float)):
        return Decimal(str(text))
    raw = str(text or "").strip()
    s = raw.replace("€", "").replace("EUR", "").strip()
    for space in " " + _NBSP:
        s = s.replace(space, "")
    if "," in s and "." in s:
        # 1.234,50 (thousands dot) or 1,234.50 (English)
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    else:
        s = s.replace(",", ".")
    if not _AMOUNT.match(s):
        raise ValueError(_NOT_AMOUNT.format(value=raw))
    try:
        return Decimal(s)
    except InvalidOperation:
        raise ValueError(_NOT_AMOUNT.format(value=raw)) from None


def format_amount(value: float | Decimal | None, decimals: int = 2, currency: bool = True) -> str:
    """``1234.5`` → ``1 234,50 €`` (narrow no-break space as thousands separator)."""
    if value is None:
        return ""
    text = f"{float(value):,.{decimals}f}".replace(",", "\u202f").replace(".", ",")
    return f"{text} €" if currency else text


def format_number(value: float | int | None, decimals: int = 0) -> str:
    return format_amount(value, decimals, currency=False)


def sort_key(name: str | None) -> tuple[str, str]:
    """Order names the way a French reader expects: accents and case ignored first
    (Béhoust before Boissy-sans-Avoir, Écquevilly among the E), hyphens and apostrophes as spaces;
    the exact text breaks ties so the order is stable."""
    import unicodedata

    text = str(name or "")
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    plain = plain.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    plain = re.sub(r"[-'’\s]+", " ", plain).casefold().strip()
    return plain, text
