import datetime as dt
from decimal import Decimal

import pytest

from coopnet.core import fr


@pytest.mark.parametrize(
    "raw",
    [
        "06 12 34 56 78",
        "0612345678",
        "06.12.34.56.78",
        "+33 6 12 34 56 78",
        "0033612345678",
        "+33 (0)6 12 34 56 78",
    ],
)
def test_phone_forms_become_e164(raw):
    assert fr.normalize_phone(raw) == "+33612345678"


@pytest.mark.parametrize("raw", ["06 12 34", "06 ab cd ef gh", "00 12 34 56 78", "", "1234567890"])
def test_bad_phones_are_refused_with_a_message(raw):
    with pytest.raises(ValueError, match="French phone"):
        fr.normalize_phone(raw)


def test_phone_is_shown_in_pairs():
    assert fr.format_phone("+33612345678") == "06 12 34 56 78"


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("1 234,57 €", "1234.57"),
        ("1234,5", "1234.5"),
        ("1 234,50 €", "1234.50"),
        ("1234.50", "1234.50"),
        ("1\u202f234,50\u00a0€", "1234.50"),
        ("30", "30"),
    ],
)
def test_amounts_in_french_forms(raw, expected):
    assert fr.parse_amount(raw) == Decimal(expected)


def test_bad_amount():
    with pytest.raises(ValueError, match="not an amount"):
        fr.parse_amount("abc")


def test_amount_is_formatted_the_french_way():
    assert fr.format_amount(1234.5) == "1\u202f234,50 €"


def test_dates():
    assert fr.parse_date("05/03/2026") == dt.date(2026, 3, 5)
    assert fr.parse_date("2026-03-05") == dt.date(2026, 3, 5)
    assert fr.format_date(dt.date(2026, 3, 5)) == "05/03/2026"
    with pytest.raises(ValueError, match="not a real date"):
        fr.parse_date("31/02/2026")
    with pytest.raises(ValueError):
        fr.parse_date("March 5")


def test_insee_codes_are_not_postcodes():
    assert fr.is_insee("78616") and fr.is_insee("2A004") and not fr.is_insee("7861")
    assert fr.normalize_insee("1001") == "01001"  # leading zero lost in a spreadsheet
    with pytest.raises(ValueError, match="INSEE"):
        fr.normalize_insee("Thoiry")


def test_names_sort_the_french_way():
    from coopnet.core.fr import sort_key

    names = [
        "Boissy-sans-Avoir",
        "Béhoust",
        "beynes",
        "Écquevilly",
        "Elancourt",
        "Saint-Cyr",
        "Saint Arnoult",
    ]
    assert sorted(names, key=sort_key) == [
        "Béhoust",
        "beynes",
        "Boissy-sans-Avoir",
        "Écquevilly",
        "Elancourt",
        "Saint Arnoult",
        "Saint-Cyr",
    ]
