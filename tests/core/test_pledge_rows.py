"""Header detection and row validation of pledge spreadsheets (pure)."""

import datetime as dt

from coopnet.core import pledge_rows as pr

FR = [
    "Nom",
    "Prénom",
    "Adresse",
    "Code postal",
    "Commune",
    "Téléphone",
    "Courriel",
    "Débit souhaité",
    "Mensualité acceptée",
    "Parts sociales",
    "Consentement",
    "Date",
    "Bénévole",
    "Notes",
]
VILLAGES = [
    ("78616", "Thoiry", "78770"),
    ("78364", "Marcq", "78770"),
    ("78084", "Boissy-sans-Avoir", "78490"),
    ("78550", "Saint-Germain-de-la-Grange", "78640"),
    ("78265", "Garancières", "78890"),
]
TODAY = dt.date(2026, 6, 1)


def _index():
    return pr.CommuneIndex(VILLAGES, {"78616": {"rue de la poste"}, "78364": {"grande rue"}})


def _row(**over):
    raw = {
        "last_name": "Dupont",
        "first_name": "Jeanne",
        "address": "12 bis rue de la Poste",
        "postcode": "78770",
        "commune": "Thoiry",
        "phone": "06 12 34 56 78",
        "email": "",
        "tier": "300 Mb/s",
        "monthly_fee_eur": "29,50",
        "shares_eur": "1 234,50 €",
        "consent_register": "oui",
        "pledged_on": "15/03/2026",
        "volunteer": "Amélie",
        "notes": "",
    }
    raw.update(over)
    return pr.parse_row(raw, 2, _index().resolve, today=TODAY)


def test_french_headers_map_every_column():
    mapping = pr.detect_mapping(FR)
    assert mapping == {
        "last_name": 0,
        "first_name": 1,
        "address": 2,
        "postcode": 3,
        "commune": 4,
        "phone": 5,
        "email": 6,
        "tier": 7,
        "monthly_fee_eur": 8,
        "shares_eur": 9,
        "consent_register": 10,
        "pledged_on": 11,
        "volunteer": 12,
        "notes": 13,
    }
    assert pr.missing_required(mapping) == []


def test_english_headers_and_odd_spelling():
    headers = [
        "Last name",
        "FIRST NAME",
        "Address",
        "Zip",
        "City",
        "Phone",
        "E-mail",
        "Speed",
        "Monthly fee",
        "Shares",
        "consent",
        "DATE",
        "Volunteer",
        "comments",
    ]
    mapping = pr.detect_mapping(headers)
    assert set(mapping) == {
        "last_name",
        "first_name",
        "address",
        "postcode",
        "commune",
        "phone",
        "email",
        "tier",
        "monthly_fee_eur",
        "shares_eur",
        "consent_register",
        "pledged_on",
        "volunteer",
        "notes",
    }
    assert pr.detect_mapping(["  NOM ", "prenom", "COURRIEL", "Adresse e-mail"])["email"] == 2


def test_missing_name_or_place_is_named():
    assert pr.missing_required(pr.detect_mapping(["Prénom", "Adresse"])) == ["Nom", "Commune ou Code postal"]


def test_split_address_keeps_number_and_suffix():
    assert pr.split_address("12 bis rue de la Poste") == ("12", "bis", "rue de la Poste")
    assert pr.split_address("3, Grande Rue") == ("3", "", "Grande Rue")
    assert pr.split_address("Lieu-dit les Bruyères") == ("", "", "Lieu-dit les Bruyères")
    assert pr.split_address("7B chemin du Moulin") == ("7", "b", "chemin du Moulin")


def test_door_keys_ignore_case_accents_and_abbreviations():
    assert pr.door_key("78616", "12", "BIS", "Rue de l'Église") == pr.door_key(
        "78616", "012", "bis", "r de l eglise"
    )


def test_commune_found_by_name_without_accents_or_hyphens():
    idx = _index()
    assert idx.resolve("GARANCIERES", "", "", "") == ("78265", "")
    assert idx.resolve("st germain de la grange", "", "", "") == ("78550", "")
    assert idx.resolve("", "78490", "", "") == ("78084", "")


def test_commune_not_found_or_ambiguous_is_explained():
    idx = _index()
    insee, err = idx.resolve("Paris", "75001", "", "")
    assert insee is None and "Paris" in err
    insee, err = idx.resolve("", "", "", "")
    assert insee is None and "no commune and no postcode" in err
    insee, err = idx.resolve("", "78770", "", "avenue inconnue")
    assert insee is None and "shared by 2 villages" in err
    assert idx.resolve("", "78770", "", "Grande Rue") == ("78364", "")


def test_good_row_becomes_a_typed_pledge():
    res = _row()
    assert res.errors == []
    c = res.candidate
    assert (c.numero, c.rep, c.street) == ("12", "bis", "rue de la Poste")
    f = c.fields
    assert f["insee"] == "78616" and f["phone"] == "+33612345678"
    assert f["monthly_fee_eur"] == 29.5 and f["shares_eur"] == 1234.5
    assert f["pledged_on"] == "2026-03-15" and f["consent_register"] == 1


def test_phone_that_lost_its_leading_zero_in_excel_is_repaired():
    assert _row(phone="612345678").candidate.fields["phone"] == "+33612345678"


def test_each_mistake_gets_a_reason():
    cases = {
        "phone": _row(phone="06 12 34"),
        "date": _row(pledged_on="31/02/2026"),
        "monthly fee": _row(monthly_fee_eur="abc"),
        "consent": _row(consent_register="non"),
        "commune": _row(commune="", postcode=""),
        "address": _row(address=""),
        "last name": _row(last_name=""),
    }
    for word, res in cases.items():
        assert res.candidate is None, word
        assert any(word in e for e in res.errors), (word, res.errors)


def test_several_mistakes_are_all_reported():
    res = _row(phone="12", pledged_on="31/02/2026")
    assert len(res.errors) == 2


def test_person_key_is_stable_across_case_and_accents():
    assert pr.person_key("Lefèvre", "Hélène", "d1") == pr.person_key("LEFEVRE", "helene ", "d1")
    assert pr.person_key("Lefèvre", "Hélène", "d1") != pr.person_key("Lefèvre", "Hélène", "d2")
