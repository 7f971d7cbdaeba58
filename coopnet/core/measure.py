"""Measured traffic: counter readings and rate rows → clean rates, the way billing tools do it.

A router counts octets (``ifHCInOctets``); a rate is the difference of two readings divided by
the time between them. What can go wrong, and what we do (as MRTG, RRDtool and LibreNMS do):

- **duplicated timestamps**: the first reading is kept, the others dropped and counted;
- **out-of-order rows**: sorted by time, counted;
- **gaps** (the router or the poller away longer than the heartbeat, twice the usual step):
  no rate is invented across a gap; the gap is recorded;
- **counter wrap** (a 32-bit counter passes 4 294 967 295 and restarts at 0, or a 64-bit one
  passes 2⁶⁴): the modular difference is used when it is plausible (less than half the counter
  range, and no faster than the interface, or 10× the usual rate when the speed is unknown);
- **counter reset** (a reboot sets the counter back near 0): the interval is unknown and
  dropped, as RRDtool records "unknown";
- **daylight saving**: times are stored in UTC; local times without a zone are placed in
  Europe/Paris time, and the hour that repeats in October is told apart by the order of the
  rows (see ``local_to_utc``).

Everything here is pure: numbers in, numbers out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import numpy as np

from coopnet.core.fr import TIME_ZONE

STEP = 300  # billing tools' 5-minute sample
DEFAULT_ZONE = TIME_ZONE
UTC = dt.UTC


@dataclass
class Readings:
    """What a file or a poll gives: times (UTC seconds) and either counters or rates, in and out.

    ``kind`` is "counter" (octets, integers) or "rate" (bit/s). ``secs`` may give each rate row's
    own interval (MRTG and RRD rows are consolidated over known periods).
    """

    ts: np.ndarray
    a_in: np.ndarray
    a_out: np.ndarray
    kind: str = "rate"
    counter_bits: int | None = None
    secs: np.ndarray | None = None
    speed_bps: float | None = None
    dst_repeats: int = 0  # local times of the repeated October hour, told apart


@dataclass
class Rates:
    """Average rates over intervals ending at ``ts`` (UTC seconds), lasting ``secs`` seconds."""

    ts: np.ndarray
    secs: np.ndarray
    in_bps: np.ndarray
    out_bps: np.ndarray

    def __len__(self) -> int:
        return len(self.ts)

    @staticmethod
    def empty() -> Rates:
        return Rates(np.zeros(0, np.int64), np.zeros(0, np.int32), np.zeros(0), np.zeros(0))

    def select(self, mask) -> Rates:
        return Rates(self.ts[mask], self.secs[mask], self.in_bps[mask], self.out_bps[mask])

    def between(self, start: int, end: int) -> Rates:
        """Samples whose interval ends in (start, end]: a sample ending at midnight belongs to the day before."""
        lo, hi = np.searchsorted(self.ts, [start + 1, end + 1])
        return self.select(slice(lo, hi))


@dataclass
class Accidents:
    """What was found in the readings, for the import summary."""

    rows: int = 0
    samples: int = 0
    duplicates: int = 0
    out_of_order: int = 0
    wraps: int = 0
    resets: int = 0
    invalid: int = 0
    dst_repeats: int = 0
    gaps: list[tuple[int, int]] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "rows": self.rows,
            "samples": self.samples,
            "duplicates": self.duplicates,
            "out_of_order": self.out_of_order,
            "wraps": self.wraps,
            "resets": self.resets,
            "invalid": self.invalid,
            "dst_repeats": self.dst_repeats,
            "gaps": len(self.gaps),
        }


def _order(ts: np.ndarray, acc: Accidents) -> np.ndarray:
    """Indices that sort the rows by time, keeping the first row of each duplicated time."""
    if len(ts) > 1:
        running_max = np.maximum.accumulate(ts)
        acc.out_of_order = int(np.count_nonzero(ts[1:] < running_max[:-1]))
    order = np.argsort(ts, kind="stable")
    sorted_ts = ts[order]
    keep = np.ones(len(order), bool)
    if len(order) > 1:
        keep[1:] = sorted_ts[1:] != sorted_ts[:-1]
    acc.duplicates = int(len(order) - np.count_nonzero(keep))
    return order[keep]


def usual_step(ts_sorted: np.ndarray) -> int:
    """The most common interval between readings (300 s for a 5-minute poller)."""
    if len(ts_sorted) < 2:
        return STEP
    d = np.diff(ts_sorted)
    d = d[d > 0]
    if not len(d):
        return STEP
    values, counts = np.unique(d, return_counts=True)
    return int(values[np.argmax(counts)])


def to_rates(r: Readings) -> tuple[Rates, Accidents]:
    """Clean rates from raw readings, and what was found on the way."""
    acc = Accidents(rows=len(r.ts), dst_repeats=r.dst_repeats)
    ts = np.asarray(r.ts, dtype=np.int64)
    if not len(ts):
        return Rates.empty(), acc
    order = _order(ts, acc)
    ts = ts[order]
    step = usual_step(ts)
    heartbeat = 2 * step
    if r.kind == "counter":
        rates = _from_counters(ts, r.a_in[order], r.a_out[order], r.counter_bits, r.speed_bps, heartbeat, acc)
    else:
        rates = _from_rates(
            ts,
            np.asarray(r.a_in, float)[order],
            np.asarray(r.a_out, float)[order],
            None if r.secs is None else np.asarray(r.secs)[order],
            step,
            heartbeat,
            acc,
        )
    acc.samples = len(rates)
    return rates, acc


def _from_rates(ts, a_in, a_out, secs, step, heartbeat, acc: Accidents) -> Rates:
    if secs is None:
        secs = np.empty(len(ts), np.int64)
        secs[0] = step
        if len(ts) > 1:
            d = np.diff(ts)
            gap = d > heartbeat
            secs[1:] = np.where(gap, step, d)
            for i in np.flatnonzero(gap):
                acc.gaps.append((int(ts[i]), int(ts[i + 1] - step)))
    ok = np.isfinite(a_in) & np.isfinite(a_out) & (a_in >= 0) & (a_out >= 0)
    acc.invalid += int(len(ok) - np.count_nonzero(ok))
    return Rates(ts[ok], np.asarray(secs, np.int32)[ok], a_in[ok], a_out[ok])


def _counter_array(values) -> np.ndarray:
    return (
        np.asarray([int(v) for v in values], dtype=np.uint64)
        if not isinstance(values, np.ndarray)
        else values.astype(np.uint64)
    )


def _deltas(c: np.ndarray, bits: int, dt_s: np.ndarray, limit_bps: float | None):
    """Octets between consecutive readings; -1 where the counter was reset. Also the wrap mask."""
    c0, c1 = c[:-1], c[1:]
    back = c1 < c0
    modulus_mask = np.uint64((1 << bits) - 1) if bits < 64 else np.uint64(0xFFFFFFFFFFFFFFFF)
    delta = (c1 - c0) & modulus_mask  # uint64 arithmetic is modulo 2⁶⁴ already
    deltaf = delta.astype(np.float64)
    wrap_ok = back & (deltaf < float(1 << (bits - 1)))
    if limit_bps is not None:
        wrap_ok &= deltaf * 8 / np.maximum(dt_s, 1) <= limit_bps
    out = np.where(back & ~wrap_ok, -1.0, deltaf)
    return out, back & wrap_ok


def _from_counters(ts, c_in, c_out, bits, speed_bps, heartbeat, acc: Accidents) -> Rates:
    c_in, c_out = _counter_array(c_in), _counter_array(c_out)
    if len(ts) < 2:
        return Rates.empty()
    if bits is None:
        top = max(int(c_in.max()), int(c_out.max()))
        bits = 64 if top > 0xFFFFFFFF else 32
    dt_s = np.diff(ts).astype(np.float64)
    forward = (c_in[1:] >= c_in[:-1]) & (c_out[1:] >= c_out[:-1])
    if speed_bps:
        limit = speed_bps * 1.05
    else:  # no speed known: a "wrap" much faster than what the link usually carries is a reset
        normal = np.concatenate(
            [
                ((c_in[1:] - c_in[:-1]).astype(np.float64) * 8 / np.maximum(dt_s, 1))[forward],
                ((c_out[1:] - c_out[:-1]).astype(np.float64) * 8 / np.maximum(dt_s, 1))[forward],
            ]
        )
        limit = max(10 * float(np.percentile(normal, 99)), 1e6) if len(normal) else None
    d_in, w_in = _deltas(c_in, bits, dt_s, limit)
    d_out, w_out = _deltas(c_out, bits, dt_s, limit)
    gap = dt_s > heartbeat
    reset = (d_in < 0) | (d_out < 0)
    acc.resets = int(np.count_nonzero(reset & ~gap))
    acc.wraps = int(np.count_nonzero((w_in | w_out) & ~gap & ~reset))
    for i in np.flatnonzero(gap):
        acc.gaps.append((int(ts[i]), int(ts[i + 1])))
    ok = ~gap & ~reset
    end = ts[1:][ok]
    secs = np.diff(ts)[ok]
    return Rates(end.astype(np.int64), secs.astype(np.int32), d_in[ok] * 8 / secs, d_out[ok] * 8 / secs)


# -- time -----------------------------------------------------------------------
def local_to_utc(naive: list[dt.datetime], zone: str = DEFAULT_ZONE) -> tuple[np.ndarray, int]:
    """UTC seconds of local wall-clock times given in file order, and how many fell in the
    repeated hour of the autumn change and were placed after it.

    In October the clock goes back from 03:00 to 02:00: times between 02:00 and 03:00 happen
    twice. Rows written in time order show it: the wall clock goes backwards. From that row on,
    ambiguous times are read as the second (winter-time) occurrence. Spring's missing hour has
    no rows; a time in it is read with the summer offset, as ``zoneinfo`` does.
    """
    tz = ZoneInfo(zone)
    out = np.empty(len(naive), np.int64)
    repeats = 0
    prev_naive = None
    second_pass = False
    for i, t in enumerate(naive):
        first = t.replace(tzinfo=tz, fold=0)
        second = t.replace(tzinfo=tz, fold=1)
        ambiguous = first.utcoffset() != second.utcoffset()
        if not ambiguous:
            second_pass = False
            chosen = first
        else:
            if prev_naive is not None and t < prev_naive:
                second_pass = True
            chosen = second if second_pass else first
            repeats += second_pass
        out[i] = int(chosen.timestamp())
        prev_naive = t
    return out, repeats


def local_offsets(ts: np.ndarray, zone: str = DEFAULT_ZONE) -> np.ndarray:
    """UTC offset in seconds of each UTC time in ``zone`` (vectorised: offsets looked up per hour)."""
    if not len(ts):
        return np.zeros(0, np.int64)
    tz = ZoneInfo(zone)
    h0 = int(ts.min()) // 3600
    h1 = int(ts.max()) // 3600
    hours = np.arange(h0, h1 + 1)
    offs = np.fromiter(
        (
            (dt.datetime.fromtimestamp(int(h) * 3600, tz).utcoffset() or dt.timedelta()).total_seconds()
            for h in hours
        ),
        dtype=np.int64,
        count=len(hours),
    )
    return offs[ts // 3600 - h0]


def local_hour(ts: np.ndarray, zone: str = DEFAULT_ZONE) -> np.ndarray:
    """Hour of day (0–23) in ``zone`` at the *start* of each sample's interval."""
    t = ts + local_offsets(ts, zone)
    return (t // 3600) % 24


def local_day(ts: np.ndarray, zone: str = DEFAULT_ZONE) -> np.ndarray:
    """Local day number (days since 1970-01-01 in ``zone``)."""
    return (ts + local_offsets(ts, zone)) // 86400


def month_bounds(month: str, zone: str = DEFAULT_ZONE) -> tuple[int, int]:
    """UTC seconds of the start and end of billing month "YYYY-MM": a calendar month in local
    time (Europe/Paris), as the cooperative and its carrier read their invoice."""
    y, m = (int(x) for x in month.split("-"))
    tz = ZoneInfo(zone)
    start = dt.datetime(y, m, 1, tzinfo=tz)
    end = dt.datetime(y + (m == 12), m % 12 + 1, 1, tzinfo=tz)
    return int(start.timestamp()), int(end.timestamp())


def month_of(t: int, zone: str = DEFAULT_ZONE) -> str:
    """The billing month of a UTC time."""
    return dt.datetime.fromtimestamp(int(t), ZoneInfo(zone)).strftime("%Y-%m")


def months_of(ts: np.ndarray, zone: str = DEFAULT_ZONE) -> list[str]:
    """The billing months the samples fall in (by the start of their interval)."""
    if not len(ts):
        return []
    hours = np.unique((ts - 1) // 3600)
    return sorted({month_of(int(h) * 3600, zone) for h in hours})


def merge(old: Rates, new: Rates) -> tuple[Rates, int, int]:
    """Old samples with the new ones laid over them (same time: the new one wins).

    Returns the merged samples, how many were new and how many changed value. Importing the
    same file twice changes nothing.
    """
    if not len(old):
        return new, len(new), 0
    common, i_old, i_new = np.intersect1d(old.ts, new.ts, assume_unique=True, return_indices=True)
    changed = int(
        np.count_nonzero(
            (old.in_bps[i_old] != new.in_bps[i_new])
            | (old.out_bps[i_old] != new.out_bps[i_new])
            | (old.secs[i_old] != new.secs[i_new])
        )
    )
    keep_old = np.ones(len(old), bool)
    keep_old[i_old] = False
    ts = np.concatenate([old.ts[keep_old], new.ts])
    order = np.argsort(ts, kind="stable")
    merged = Rates(
        ts[order],
        np.concatenate([old.secs[keep_old], new.secs])[order],
        np.concatenate([old.in_bps[keep_old], new.in_bps])[order],
        np.concatenate([old.out_bps[keep_old], new.out_bps])[order],
    )
    return merged, len(new) - len(common), changed
