"""Which side wins when a volunteer file comes back (pure rules)."""

import datetime as dt

from coopnet.core import merge as m

T = dt.datetime(2026, 5, 1, 12, 0, tzinfo=dt.UTC)
BEFORE, AFTER = "2026-04-30T10:00:00+00:00", "2026-05-02T10:00:00+02:00"


def row(updated, **kw):
    base = {"id": "x", "status": "pledged", "notes": "", "updated_at": updated}
    base.update(kw)
    return base


def test_changed_on_their_side_only_is_taken():
    assert m.decide(row(BEFORE), row(AFTER, notes="rappeler"), T) == m.TAKE


def test_changed_on_our_side_only_is_kept():
    assert m.decide(row(AFTER, notes="ours"), row(BEFORE), T) == m.KEEP


def test_changed_on_both_sides_is_a_conflict():
    assert m.decide(row(AFTER, notes="ours"), row(AFTER, notes="theirs"), T) == m.CONFLICT


def test_same_content_is_unchanged_whatever_the_timestamps():
    assert (
        m.decide(row(AFTER, notes="same"), row("2026-06-01T00:00:00+00:00", notes="same"), T) == m.UNCHANGED
    )


def test_new_on_their_side_is_taken_and_removed_on_ours_is_skipped():
    assert m.decide(None, row(AFTER), T) == m.TAKE
    assert m.decide(None, row(BEFORE), T) == m.SKIP


def test_erased_household_is_never_refilled():
    ours = row(BEFORE, anonymised=1, notes=None)
    assert m.decide(ours, row(AFTER, anonymised=0, notes="Jean Dupont"), T) == m.KEEP


def test_same_second_as_the_extract_counts_as_changed():
    same = T.isoformat()
    assert m.decide(row(same, notes="a"), row(AFTER, notes="b"), T) == m.CONFLICT


def test_timestamps_in_other_time_zones_compare_as_instants():
    # 13:30 in Paris (+02:00) is 11:30 UTC: before T.
    assert not m.changed_since(row("2026-05-01T13:30:00+02:00"), T)
    assert m.changed_since(row("2026-05-01T14:30:00+02:00"), T)


def test_differences_names_the_fields():
    diff = m.differences(row(AFTER, notes="a", status="member"), row(AFTER, notes="b"))
    assert sorted(diff) == ["notes", "status"]
