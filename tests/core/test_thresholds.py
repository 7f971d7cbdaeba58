"""Village targets, days left and the progress line."""

import datetime as dt

import pytest

from coopnet.core import thresholds as th

TODAY = dt.date(2026, 5, 20)


@pytest.mark.parametrize(
    "text, expected",
    [("120", (120, None)), ("40%", (None, 40.0)), ("40 %", (None, 40.0)), ("12,5%", (None, 12.5))],
)
def test_parse_threshold(text, expected):
    assert th.parse_threshold(text) == expected


@pytest.mark.parametrize("text", ["", "abc", "0", "0%", "140%", "-5", "12.5"])
def test_bad_threshold_is_refused(text):
    with pytest.raises(ValueError):
        th.parse_threshold(text)


def test_eligible_doors_leave_out_vacant_and_second_homes_unless_chosen():
    assert th.eligible_doors(300, vacant=10, second_homes=20) == 270
    assert th.eligible_doors(300, vacant=10, second_homes=20, include_secondary=True) == 300


def test_target_count_or_percentage_rounded_up():
    assert th.target(120, None, 500) == 120
    assert th.target(None, 40, 300) == 120
    assert th.target(None, 40, 301) == 121  # 120.4 → 121: never short of the target
    assert th.target(None, None, 300) is None


def test_progress_line_like_the_issue():
    p = th.Progress("Thoiry", 96, 120, TODAY + dt.timedelta(days=41), TODAY)
    assert p.text() == "Thoiry 96 / 120 — 24 to go — 41 days left"
    assert p.text("fr") == "Thoiry 96 / 120 — encore 24 — 41 jours restants"
    assert p.to_go == 24 and p.days_left == 41 and p.pct == 80.0 and not p.reached


def test_progress_reached_past_and_no_threshold():
    assert (
        th.progress_text("Vicq", 130, 120, TODAY - dt.timedelta(days=3), TODAY)
        == "Vicq 130 / 120 — threshold reached — deadline passed 3 days ago"
    )
    assert th.progress_text("Vicq", 5, None, None, TODAY) == "Vicq 5 pledges — no threshold set"
    assert th.progress_text("Vicq", 5, 6, TODAY, TODAY) == "Vicq 5 / 6 — 1 to go — last day"
    assert (
        th.progress_text("Vicq", 1234, 2000, TODAY + dt.timedelta(days=1), TODAY)
        == "Vicq 1\u202f234 / 2\u202f000 — 766 to go — 1 day left"
    )
    assert th.days_left(None, TODAY) is None
