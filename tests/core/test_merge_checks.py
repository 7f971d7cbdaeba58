"""What a volunteer file may bring back (pure rules of core.merge_checks)."""

from coopnet.core import merge_checks as c

COLS = ("id", "notes", "status", "updated_at")


def row(**kw):
    base = {"id": "p1", "notes": "", "status": "pledged", "updated_at": "2026-05-01T10:00:00+02:00"}
    base.update(kw)
    return base


def test_clocks_play_no_part():
    sent = c.row_hash(row(), COLS, "salt")
    assert sent == c.row_hash(row(updated_at="2099-01-01"), COLS, "salt")
    # theirs changed (whatever its clock), ours too: a conflict
    assert (
        c.decide(row(notes="ours"), row(notes="theirs", updated_at="1990-01-01"), sent, COLS, "salt")
        == c.CONFLICT
    )
    assert c.decide(row(), row(notes="theirs", updated_at="1990-01-01"), sent, COLS, "salt") == c.TAKE
    assert c.decide(row(notes="ours"), row(updated_at="2099-01-01"), sent, COLS, "salt") == c.KEEP


def test_salt_changes_the_hash():
    assert c.row_hash(row(), COLS, "a") != c.row_hash(row(), COLS, "b")


def test_erased_here_is_kept():
    sent = c.row_hash(row(), COLS, "s")
    assert c.decide(row(anonymised=1, notes=None), row(notes="Jean"), sent, COLS, "s") == c.KEPT_ERASED


def test_villages():
    where = {"d1": "78616", "d2": "78364"}.get
    assert c.village_problem("doors", {"insee": "78616"}, None, ["78616"], where) is None
    assert c.village_problem("doors", {"insee": "78364"}, None, ["78616"], where) is not None
    assert c.village_problem("doors", {"insee": "78616"}, {"insee": "78364"}, ["78616"], where) is not None
    assert c.village_problem("visits", {"door_id": "d2"}, None, ["78616"], where) is not None
    assert c.village_problem("visits", {"door_id": "d1"}, None, ["78616"], where) is None


def test_values_checked_like_the_form():
    values, errors = c.check_pledge(
        {
            "id": "x",
            "insee": "78616",
            "last_name": "Martin",
            "phone": "0612345678",
            "consent_register": 1,
            "monthly_fee_eur": "abc",
        }
    )
    assert values is None and any("monthly fee" in str(e) for e in errors)
    values, errors = c.check_pledge(
        {
            "id": "x",
            "insee": "78616",
            "last_name": "Martin",
            "phone": "0612345678",
            "consent_register": 1,
            "monthly_fee_eur": 30,
        }
    )
    assert errors == [] and values["phone"] == "+33612345678"
    assert c.check_door({"id": "d", "status": "hacked"})
    assert c.check_door({"id": "d", "status": "absent", "lon": 2.0, "lat": 48.8}) == []
    assert c.check_visit({"id": "v", "outcome": "absent", "at": "not a date"})
