"""Measured traffic, pure part: counter accidents, DST, the 95th percentile and the bill."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from coopnet.core.measure import Rates, Readings, local_to_utc, merge, month_bounds, to_rates
from coopnet.core.measure_bill import month_report, p95, slots, sum_slots

T0 = int(dt.datetime(2026, 9, 1, tzinfo=dt.UTC).timestamp())
MB = 1_000_000 // 8  # octets of 1 Mbit


def counters(rates_mbps, start=0, step=300):
    """Counter readings every ``step`` s for the given rates (Mbps) between readings."""
    c = [start]
    for r in rates_mbps:
        c.append(c[-1] + int(r * MB * step))
    return c


def readings(ts, c_in, c_out=None, **kw):
    c_out = c_in if c_out is None else c_out
    return Readings(
        np.array(ts, np.int64), np.array(c_in, np.uint64), np.array(c_out, np.uint64), "counter", **kw
    )


def test_counters_become_rates():
    c = counters([10, 20, 30])
    rates, acc = to_rates(readings([T0 + 300 * i for i in range(4)], c))
    assert rates.in_bps.tolist() == [10e6, 20e6, 30e6]
    assert rates.ts.tolist() == [T0 + 300, T0 + 600, T0 + 900]
    assert acc.samples == 3 and acc.wraps == acc.resets == 0


def test_32_bit_wrap_is_counted_and_gives_the_right_rate():
    top = 2**32
    start = top - 20 * MB * 300 - 1000  # wraps during the second interval
    c = [x % top for x in counters([10, 50, 10], start=start)]
    assert c[2] < c[1]
    rates, acc = to_rates(readings([T0 + 300 * i for i in range(4)], c))
    assert acc.wraps == 1 and acc.resets == 0
    assert rates.in_bps.tolist() == pytest.approx([10e6, 50e6, 10e6])


def test_64_bit_wrap():
    top = 2**64
    start = top - 5 * MB * 300
    c = [x % top for x in counters([10, 10, 10], start=start)]
    rates, acc = to_rates(readings([T0 + 300 * i for i in range(4)], c))
    assert acc.wraps == 1 and acc.resets == 0
    assert rates.in_bps.tolist() == pytest.approx([10e6] * 3)


def test_reset_after_a_reboot_drops_the_interval_only():
    c = counters([10, 10, 10, 10], start=1_000_000_000)
    c[3:] = [5 * MB * 300, 5 * MB * 300 + 10 * MB * 300]  # rebooted: counted from 0 again
    rates, acc = to_rates(readings([T0 + 300 * i for i in range(5)], c))
    assert acc.resets == 1 and acc.wraps == 0
    assert rates.ts.tolist() == [T0 + 300, T0 + 600, T0 + 1200]
    assert rates.in_bps.tolist() == pytest.approx([10e6, 10e6, 10e6])


def test_reset_on_a_64_bit_counter_is_not_taken_for_a_wrap():
    c = counters([10, 10], start=2**40)
    c.append(1234)
    rates, acc = to_rates(readings([T0 + 300 * i for i in range(4)], c))
    assert acc.resets == 1 and acc.wraps == 0 and len(rates) == 2


def test_interface_speed_tells_a_wrap_from_a_reset():
    top = 2**32
    c = [top - 10 * MB * 300, 20 * MB * 300]  # a wrap would mean 30 Mbps
    _, acc = to_rates(readings([T0, T0 + 300], c, speed_bps=10e6))
    assert acc.resets == 1 and acc.wraps == 0
    _, acc = to_rates(readings([T0, T0 + 300], c, speed_bps=100e6))
    assert acc.wraps == 1


def test_gap_is_recorded_and_no_rate_invented_across_it():
    ts = [T0, T0 + 300, T0 + 600, T0 + 3600, T0 + 3900]
    c = counters([10, 10, 10, 10])
    rates, acc = to_rates(readings(ts, c))
    assert acc.gaps == [(T0 + 600, T0 + 3600)]
    assert rates.ts.tolist() == [T0 + 300, T0 + 600, T0 + 3900]


def test_duplicates_dropped_and_out_of_order_sorted():
    ts = [T0, T0 + 600, T0 + 300, T0 + 300, T0 + 900]
    c = counters([10, 10, 10])
    cin = [c[0], c[2], c[1], c[1] + 999, c[3]]  # the second T0+300 row is a duplicate
    rates, acc = to_rates(readings(ts, cin))
    assert acc.duplicates == 1 and acc.out_of_order == 2
    assert rates.in_bps.tolist() == pytest.approx([10e6] * 3)


def test_rate_rows_with_a_gap():
    ts = np.array([T0 + 300, T0 + 600, T0 + 2400, T0 + 2700], np.int64)
    r = Readings(ts, np.array([1e6, 2e6, 3e6, 4e6]), np.array([1.0, 1, 1, 1]), "rate")
    rates, acc = to_rates(r)
    assert rates.secs.tolist() == [300, 300, 300, 300]
    assert acc.gaps == [(T0 + 600, T0 + 2100)]


def test_autumn_dst_repeated_hour_is_placed_by_row_order():
    # 25/10/2026: 03:00 summer time → 02:00 winter time, 02:xx happens twice.
    twice = [dt.datetime(2026, 10, 25, 2, 0) + dt.timedelta(minutes=5 * i) for i in range(12)]
    naive = [dt.datetime(2026, 10, 25, 1, 55)] + twice + twice + [dt.datetime(2026, 10, 25, 3, 0)]
    utc, repeats = local_to_utc(naive)
    assert repeats == 12  # 02:00 … 02:55, second time
    assert np.all(np.diff(utc) == 300)  # one steady 5-minute series in UTC
    assert dt.datetime.fromtimestamp(int(utc[0]), dt.UTC).hour == 23  # 01:55 CEST


def test_spring_dst_has_no_repeat():
    naive = [dt.datetime(2026, 3, 29, 1, 50) + dt.timedelta(minutes=5 * i) for i in range(2)]
    naive += [dt.datetime(2026, 3, 29, 3, 0) + dt.timedelta(minutes=5 * i) for i in range(2)]
    utc, repeats = local_to_utc(naive)
    assert repeats == 0 and np.diff(utc).tolist() == [300, 300, 300]


def test_merge_is_idempotent():
    r = Rates(np.array([1, 2, 3]) * 300 + T0, np.full(3, 300, np.int32), np.array([1.0, 2, 3]), np.zeros(3))
    merged, new, changed = merge(r, r)
    assert (new, changed) == (0, 0) and merged.ts.tolist() == r.ts.tolist()
    r2 = Rates(r.ts[1:] + 300, r.secs[1:], np.array([9.0, 4]), np.zeros(2))
    merged, new, changed = merge(r, r2)
    assert (new, changed) == (1, 1) and merged.in_bps.tolist() == [1, 2, 9, 4]


# -- the 95th percentile and the bill -----------------------------------------------
def test_p95_by_hand():
    # 20 samples: the top 5 % is one sample; the P95 is the second highest.
    assert p95(list(range(1, 21))) == 19
    # 8 640 samples (a 30-day month): 432 dropped, the 433rd highest billed.
    x = np.arange(8640, dtype=float)
    assert p95(x) == 8640 - 433
    assert p95([]) == 0.0


def hand_month():
    """20 five-minute samples on 01/09/2026: in 1…20 Mbps, out 20…1 Mbps."""
    start, _ = month_bounds("2026-09")
    ts = start + 300 * np.arange(1, 21)
    return Rates(
        ts.astype(np.int64), np.full(20, 300, np.int32), np.arange(1, 21) * 1e6, np.arange(20, 0, -1) * 1e6
    )


def test_month_report_by_hand():
    params = {
        "p95_rule": "max",
        "contract_commit_mbps": 10.0,
        "transit_eur_per_mbps_month": 2.0,
        "overage_eur_per_mbps_month": 3.0,
    }
    rep = month_report(slots(hand_month()), "2026-09", params, invoice={"p95_mbps": 20.0, "amount_eur": 50.0})
    assert rep["samples"] == 20 and rep["dropped_top"] == 1 and rep["expected_samples"] == 8640
    assert rep["p95_in_mbps"] == 19 and rep["p95_out_mbps"] == 19 and rep["p95_sum_mbps"] == 21
    assert rep["p95_mbps"] == 19 and rep["overage_mbps"] == 9
    assert rep["bill_eur"] == 10 * 2 + 9 * 3 == 47
    assert rep["peak_mbps"] == 20
    inv = rep["invoice"]
    assert inv["p95_difference_mbps"] == 1 and inv["amount_difference_eur"] == 3 and not inv["agrees"]
    rep = month_report(slots(hand_month()), "2026-09", {**params, "p95_rule": "sum"})
    assert rep["p95_mbps"] == 21 and rep["bill_eur"] == 20 + 11 * 3


def test_one_minute_samples_are_averaged_into_5_minute_slots():
    start, _ = month_bounds("2026-09")
    ts = start + 60 * np.arange(1, 11)
    r = Rates(ts.astype(np.int64), np.full(10, 60, np.int32), np.array([1.0] * 5 + [3.0] * 5), np.zeros(10))
    s = slots(r)
    assert s.start.tolist() == [start, start + 300] and s.in_bps.tolist() == [1.0, 3.0]


def test_consolidated_rows_are_not_billed():
    start, _ = month_bounds("2026-09")
    r = Rates(
        np.array([start + 300, start + 2100]),
        np.array([300, 1800], np.int32),
        np.array([1.0, 99.0]),
        np.zeros(2),
    )
    s = slots(r)
    assert s.in_bps.tolist() == [1.0] and s.consolidated == 1


def test_interfaces_added_slot_by_slot():
    a, b = slots(hand_month()), slots(hand_month())
    s = sum_slots([a, b])
    assert s.in_bps.tolist() == (2 * a.in_bps).tolist()


def test_p95_of_a_year_agrees_with_numpy():
    rng = np.random.default_rng(7)
    start, _ = month_bounds("2026-01")
    n = 365 * 288
    ts = start + 300 * np.arange(1, n + 1)
    base = 50e6 * (1 + 0.6 * np.sin(2 * np.pi * np.arange(n) / 288)) * rng.lognormal(0, 0.3, n)
    r = Rates(ts.astype(np.int64), np.full(n, 300, np.int32), base, base * 0.2)
    params = {"p95_rule": "max", "contract_commit_mbps": 0.0}
    for month in [f"2026-{m:02d}" for m in range(1, 13)]:
        lo, hi = month_bounds(month)
        part = r.between(lo, hi)
        rep = month_report(slots(part), month, params)
        # independent: numpy's nearest-rank percentile (inverted CDF) of the month's samples
        expected = np.percentile(part.in_bps, 95, method="inverted_cdf") / 1e6
        assert rep["p95_in_mbps"] == pytest.approx(expected, rel=1e-12), month
        assert rep["samples"] == len(part)
