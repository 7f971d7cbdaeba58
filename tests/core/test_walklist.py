"""Walk-list door codes and walking order (coopnet.core.walklist)."""

from __future__ import annotations

import pytest

from coopnet.core.walklist import CODE_ALPHABET, door_code, normalise_code, parse_statuses, walking_order


def test_codes_are_short_stable_and_avoid_lookalikes():
    ids = [f"78616_{i:04d}_00001" for i in range(20000)]
    codes = [door_code(i) for i in ids]
    assert all(len(c) == 5 for c in codes)
    assert not set("".join(codes)) & set("0O1I")
    assert door_code(ids[0]) == door_code(ids[0])
    assert len(set(codes)) > 19990  # 32^5 codes: a handful of collisions at most in 20 000


def test_typed_codes_are_normalised_or_refused():
    code = door_code("x")
    assert normalise_code(f" {code.lower()[:2]}-{code.lower()[2:]} ") == code
    assert normalise_code("ABC") is None
    assert normalise_code("AB0DE") is None  # 0 is never printed
    assert set(CODE_ALPHABET) == set("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def test_statuses_accept_names_dashes_and_keys():
    assert parse_statuses("not-visited,absent") == ("not_visited", "absent")
    assert parse_statuses("A, r ,2") == ("absent", "refused", "second_home")
    assert parse_statuses("") is None
    with pytest.raises(ValueError, match="nope"):
        parse_statuses("absent,nope")


def test_walking_order_odd_side_then_even_side_streets_alphabetical():
    doors = [
        {"id": str(i), "nom_voie": street, "numero": num, "rep": rep}
        for i, (street, num, rep) in enumerate(
            [
                ("Rue de l'Église", "4", ""),
                ("Rue de l'Église", "1", ""),
                ("Rue de l'Église", "3", ""),
                ("Rue de l'Église", "2", ""),
                ("Rue de l'Église", "1", "bis"),
                ("Rue de l'Église", "10", ""),
                ("Rue des Écoles", "5", ""),
                ("Allée des Tilleuls", "", ""),
                ("rue de la Mairie", "7", ""),
            ]
        )
    ]
    order = walking_order(doors)
    assert [s for s, _ in order] == [
        "Allée des Tilleuls",
        "Rue de l'Église",
        "rue de la Mairie",
        "Rue des Écoles",
    ]
    eglise = dict(order)["Rue de l'Église"]
    assert [(d["numero"], d["rep"]) for d in eglise] == [
        ("1", ""),
        ("1", "bis"),
        ("3", ""),
        ("2", ""),
        ("4", ""),
        ("10", ""),
    ]
