"""Possible duplicates are flagged with a reason, never merged."""

from coopnet.core.dedupe import find_duplicates, similar_names


def p(pid, last, first, door="d1", phone="", email=""):
    return {
        "id": pid,
        "door_id": door,
        "last_name": last,
        "first_name": first,
        "phone": phone,
        "email": email,
    }


def test_same_door_similar_name_is_flagged_both_ways():
    found = find_duplicates([p("a", "Dupont", "Jean"), p("b", "DUPOND", "Jean")])
    assert set(found) == {"a", "b"}
    assert "same address and similar name" in found["a"] and "DUPOND" in found["a"]


def test_same_door_different_people_is_not_a_duplicate():
    assert find_duplicates([p("a", "Dupont", "Jean"), p("b", "Martin", "Claire")]) == {}


def test_same_name_at_different_doors_is_not_a_duplicate():
    assert find_duplicates([p("a", "Dupont", "Jean", door="d1"), p("b", "Dupont", "Jean", door="d2")]) == {}


def test_shared_email_and_phone_are_flagged_even_with_other_names():
    found = find_duplicates(
        [
            p("a", "Dupont", "Jean", door="d1", email="Famille@Example.fr"),
            p("b", "Martin", "Claire", door="d2", email="famille@example.fr"),
            p("c", "Leroy", "Paul", door="d3", phone="+33612345678"),
            p("d", "Roux", "Anne", door="d4", phone="+33612345678"),
        ]
    )
    assert "same email" in found["a"] and "same email" in found["b"]
    assert "same phone" in found["c"] and "same phone" in found["d"]


def test_only_ids_limits_who_gets_a_reason():
    found = find_duplicates([p("old", "Dupont", "Jean"), p("new", "Dupont", "J.")], only_ids={"new"})
    assert list(found) == ["new"]


def test_similar_names():
    assert similar_names(p("a", "Lefèvre", "Hélène"), p("b", "LEFEVRE", "helene"))
    assert similar_names(p("a", "Dupont", ""), p("b", "Dupont", "Jean"))
    assert not similar_names(p("a", "Dupont", "Jean"), p("b", "Dupont", "Marie"))
    assert not similar_names(p("a", "", "Jean"), p("b", "", "Jean"))
