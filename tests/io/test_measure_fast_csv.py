"""The fast way through a measures CSV (whole columns at once) gives exactly the samples of the
row-by-row way, and is taken for the usual exports; anything odd goes the careful way."""

from __future__ import annotations

import numpy as np
import pytest

from coopnet.io import measure_csv

T0 = 1788213600  # 01/09/2026 00:00 Europe/Paris

FILES = {
    "utc_iso": "timestamp;in_bps;out_bps\n"
    + "".join(f"2026-08-31T22:{5 * k:02d}:00Z;{1000 * k + 7};{50 * k}\n" for k in range(1, 12)),
    "unix_counters": "time,ifHCInOctets,ifHCOutOctets\r\n"
    + "".join(f"{T0 + 300 * k},{18446744073709000000 + 12345 * k},{987 * k}\r\n" for k in range(12)),
    "decimal_comma_mbps": "\ufeffhorodatage;débit entrant (Mbit/s);débit sortant (Mbit/s)\n\n"
    + "".join(f"2026-08-31 22:{5 * k:02d}:00Z;{k},25;-{k},5\n" for k in range(1, 12)),
    "tabs_kbps": "timestamp\tin kbps\tout kbps\n"
    + "".join(f"{T0 + 300 * k}\t{k}.5\t{2 * k}\n" for k in range(12)),
}
SLOW_ONLY = {
    "local_times": "horodatage;in_bps;out_bps\n01/09/2026 00:05;1;2\n01/09/2026 00:10;3;4\n",
    "offset": "timestamp;in_bps;out_bps\n2026-09-01T00:05:00+02:00;1;2\n2026-09-01T00:10:00+02:00;3;4\n",
    "blank_cell": "timestamp;in_bps;out_bps\n2026-08-31T22:05:00Z;;2\n2026-08-31T22:10:00Z;3;4\n",
    "quoted": 'timestamp;in_bps;out_bps\n"2026-08-31T22:05:00Z";1;2\n2026-08-31T22:10:00Z;3;4\n',
    "short_row": "timestamp;in_bps;out_bps\n2026-08-31T22:05:00Z;1\n2026-08-31T22:10:00Z;3;4\n",
}


def slow(path):
    fast, measure_csv._fast = measure_csv._fast, lambda *a: None
    try:
        return measure_csv.read(path)
    except Exception as exc:  # the careful way may refuse (one sentence): compared below
        return exc
    finally:
        measure_csv._fast = fast


@pytest.mark.parametrize("name", sorted(FILES))
def test_fast_way_taken_and_same_samples(tmp_path, name):
    path = tmp_path / f"{name}.csv"
    path.write_text(FILES[name], encoding="utf-8")
    fast, careful = measure_csv._fast(path, None), slow(path)
    assert fast is not None
    assert fast.kind == careful.kind
    for a, b in ((fast.ts, careful.ts), (fast.a_in, careful.a_in), (fast.a_out, careful.a_out)):
        assert a.dtype == b.dtype and np.array_equal(a, b)


@pytest.mark.parametrize("name", sorted(SLOW_ONLY))
def test_odd_files_go_the_careful_way(tmp_path, name):
    path = tmp_path / f"{name}.csv"
    path.write_text(SLOW_ONLY[name], encoding="utf-8")
    assert measure_csv._fast(path, None) is None
    measure_csv.read(path)  # and are still read (or refused in one sentence) the careful way


def test_a_year_of_rows_takes_the_whole_column_way(tmp_path):
    """105 120 rows (a year of 5-minute samples) are read whole-column (0.2 s idle, row by row
    1.8 s: speed is measured by benchmarks/bench_measure.py, not timed here)."""
    from tests.measure_synth import csv_text

    ts = T0 + 300 * np.arange(1, 105121)
    path = tmp_path / "year.csv"
    path.write_text(csv_text(ts, ts % 997 * 1e5, ts % 991 * 1e4))
    r = measure_csv.read(path)
    assert len(r.ts) == 105120 and r.ts[-1] == ts[-1]
    assert measure_csv._fast(path, None) is not None


def _lines_reference(data: bytes, limit: int):
    """The line (1-based, each \\n or \\r ends one) at which a run passes ``limit``, or None."""
    line, run = 1, 0
    for b in data:
        if b in b"\r\n":
            line, run = line + 1, 0
        else:
            run += 1
            if run > limit:
                return line
    return None


@pytest.mark.parametrize("seed", range(40))
def test_line_length_check_finds_the_same_line_across_chunks(tmp_path, seed):
    from coopnet.io.limits import LineTooLong, check_line_lengths

    rng = np.random.default_rng(seed)
    parts = [b"x" * int(n) + (b"\r\n", b"\n", b"\r")[int(rng.integers(3))] for n in rng.integers(0, 40, 30)]
    data = b"".join(parts)
    path = tmp_path / "f.csv"
    path.write_bytes(data)
    limit, chunk = int(rng.integers(10, 40)), int(rng.integers(5, 60))
    expected = _lines_reference(data, limit)
    try:
        check_line_lengths(path, limit=limit, chunk=chunk)
        got = None
    except LineTooLong as exc:
        got = int(str(exc).split("line ")[1].split()[0].strip(":,"))
    assert got == expected
