"""Pledge validation and door statuses (pure code)."""

import datetime as dt

import pytest

from coopnet.core import members
from coopnet.core.members import Pledge, validate_pledge
from coopnet.store import members_schema

TODAY = dt.date(2026, 11, 26)


def good(**over):
    fields = {
        "insee": "78616",
        "last_name": "Dupont",
        "first_name": "Marie",
        "phone": "06 12 34 56 78",
        "email": "",
        "tier": "300 Mb/s",
        "monthly_fee_eur": "30,00 €",
        "shares_eur": "1 000",
        "consent_register": "oui",
        "pledged_on": "12/03/2026",
        "volunteer": "Anne",
    }
    fields.update(over)
    return fields


def test_statuses_match_the_schema_contract():
    assert members.DOOR_STATUSES == members_schema.DOOR_STATUSES
    assert set(members.STATUS_KEYS.values()) == set(members.DOOR_STATUSES)
    assert len(set(members.STATUS_KEYS)) == len(members.DOOR_STATUSES)


def test_keystroke_to_status():
    assert members.status_for_key("a") == "absent"
    assert members.status_for_key("P") == "pledged"
    assert members.status_for_key("2") == "second_home"
    assert members.status_for_key("z") is None
    assert members.status_for_key("maybe") is None and members.status_for_key("") is None
    assert members.status_key("member") == "M"


def test_valid_pledge_is_normalised():
    pledge, errors = validate_pledge(good(), today=TODAY)
    assert errors == []
    assert pledge.phone == "+33612345678"
    assert pledge.monthly_fee_eur == 30.0 and pledge.shares_eur == 1000.0
    assert pledge.pledged_on == dt.date(2026, 3, 12)
    assert pledge.tier == "300 Mb/s" and pledge.consent_register is True
    assert pledge.consent_news is False and pledge.status == "pledged"


@pytest.mark.parametrize(
    "tier, expected",
    [("100", "100 Mb/s"), ("1 Gbit/s", "1 Gb/s"), ("1000 Mb/s", "1 Gb/s"), ("300Mbps", "300 Mb/s"), ("", "")],
)
def test_tiers_as_people_write_them(tier, expected):
    pledge, errors = validate_pledge(good(tier=tier), today=TODAY)
    assert errors == [] and pledge.tier == expected


def test_configured_tiers():
    _, errors = validate_pledge(good(tier="300 Mb/s"), tiers=("50 Mb/s", "2 Gb/s"), today=TODAY)
    assert errors and errors[0].startswith("speed:")
    pledge, errors = validate_pledge(good(tier="2 Gb/s"), tiers=("50 Mb/s", "2 Gb/s"), today=TODAY)
    assert pledge.tier == "2 Gb/s"


@pytest.mark.parametrize(
    "over, field",
    [
        ({"last_name": ""}, "last name"),
        ({"phone": "", "email": ""}, "phone or email"),
        ({"phone": "12 34"}, "phone"),
        ({"email": "marie@", "phone": ""}, "email"),
        ({"monthly_fee_eur": "abc"}, "monthly fee"),
        ({"shares_eur": "-10"}, "shares"),
        ({"consent_register": "non"}, "consent to the register"),
        ({"consent_register": ""}, "consent to the register"),
        ({"consent_register": "peut-être"}, "consent to the register"),
        ({"pledged_on": "31/02/2026"}, "date"),
        ({"pledged_on": "01/01/2030"}, "date"),
        ({"insee": ""}, "commune"),
        ({"insee": "786"}, "commune"),
        ({"last_name": "<script>alert(1)</script>"}, "last name"),
        ({"first_name": '=HYPERLINK("x")'}, "first name"),
    ],
)
def test_each_mistake_gives_one_clear_message(over, field):
    pledge, errors = validate_pledge(good(**over), today=TODAY)
    assert pledge is None
    assert len(errors) == 1, errors
    assert errors[0].startswith(field + ":")


def test_all_mistakes_reported_at_once():
    _, errors = validate_pledge({"last_name": "", "phone": "x", "consent_register": "0"})
    assert {e.split(":")[0] for e in errors} >= {"commune", "last name", "phone", "consent to the register"}


def test_email_only_is_enough_and_lower_cased():
    pledge, errors = validate_pledge(good(phone="", email="Marie.Dupont@Example.fr"), today=TODAY)
    assert errors == [] and pledge.email == "marie.dupont@example.fr" and pledge.phone == ""


def test_empty_date_is_today_and_typed_values_accepted():
    pledge, errors = validate_pledge(
        good(pledged_on="", consent_register=True, monthly_fee_eur=25, phone="+33 1 34 87 00 00"), today=TODAY
    )
    assert errors == [] and pledge.pledged_on == TODAY and pledge.phone == "+33134870000"


def test_row_round_trip():
    pledge, _ = validate_pledge(good(), today=TODAY)
    row = pledge.to_row()
    assert row["pledged_on"] == "2026-03-12" and row["consent_register"] == 1
    assert set(row) == set(members.PLEDGE_FIELDS)
    assert Pledge.from_row(row) == pledge


def test_pledge_fields_are_the_table_columns():
    import sqlite_utils

    from coopnet.store import schema

    db = sqlite_utils.Database(memory=True)
    schema.create_meta(db)
    schema.MIGRATIONS[1](db)
    assert set(members.PLEDGE_FIELDS) == set(db["pledges"].columns_dict)
