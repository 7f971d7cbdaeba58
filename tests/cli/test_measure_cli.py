"""``coopnet measure import/report`` as a user runs them, on real project files."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from tests.helpers import run_cli


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "coop.coopnet"
    rc, _, err = run_cli("new", str(path))
    assert rc == 0, err
    return path


def write(tmp_path, name, text, encoding="utf-8"):
    p = tmp_path / name
    p.write_text(text, encoding=encoding)
    return p


def hand_csv(tmp_path):
    """20 samples on 01/09/2026 (local time): in 1…20 Mbps, out 20…1 Mbps, French headers."""
    lines = ["horodatage;débit entrant (bit/s);débit sortant (bit/s)"]
    for i in range(1, 21):
        h, m = divmod(5 * i, 60)
        lines.append(
            f"01/09/2026 {h:02d}:{m:02d};{i * 1_000_000:,};{(21 - i) * 1_000_000:,}".replace(",", " ")
        )
    return write(tmp_path, "wan-septembre.csv", "\n".join(lines) + "\n", "cp1252")


def test_french_csv_report_checked_by_hand(tmp_path, project):
    src = hand_csv(tmp_path)
    rc, out, err = run_cli("measure", "import", str(project), str(src), "--interface", "wan0")
    assert rc == 0, err
    assert "wan0: 20 samples from 20 rows (20 new, 0 changed)" in out
    rc, out, err = run_cli(
        "scenario",
        str(project),
        "set",
        "base",
        "contract_commit_mbps=10",
        "transit_eur_per_mbps_month=2",
        "overage_eur_per_mbps_month=3",
    )
    assert rc == 0, err
    rc, out, err = run_cli("measure", "report", str(project), "--month", "2026-09", "--json")
    assert rc == 0, err
    month = json.loads(out)["months"][0]
    # by hand: 20 samples, the top one (5 %) dropped → the 2nd highest, 19 Mbps, in and out
    assert month["samples"] == 20 and month["dropped_top"] == 1
    assert month["p95_in_mbps"] == 19 and month["p95_out_mbps"] == 19 and month["p95_mbps"] == 19
    assert month["commit_mbps"] == 10 and month["overage_mbps"] == 9
    assert month["bill_eur"] == 47  # 10 Mbps × 2 € + 9 Mbps × 3 €
    assert month["peak_mbps"] == 20 and month["peak_at"] == "2026-08-31T23:40:00Z"
    rc, out, err = run_cli("measure", "report", str(project))
    assert rc == 0, err
    assert "billed 19.0 Mbps" in out and "bill €47.00" in out and "peak 20.0 Mbps on 01/09/2026 01:40" in out
    rc, out, err = run_cli("scenario", str(project), "set", "base", "p95_rule=sum")
    month = json.loads(run_cli("measure", "report", str(project), "--json")[1])["months"][0]
    assert month["rule"] == "sum" and month["p95_mbps"] == 21


def digest(path):
    con = sqlite3.connect(path)
    rows = con.execute(
        "SELECT interface_id, day, n, ts, secs, in_bps, out_bps FROM measure_days ORDER BY 1, 2"
    ).fetchall()
    con.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest(), len(rows)


def test_english_counters_with_commas_and_idempotent_reimport(tmp_path, project):
    rows = ["timestamp,ifHCInOctets,ifHCOutOctets"]
    c_in = c_out = 0
    for i in range(12):
        rows.append(f"2026-09-01T{i // 12:02d}:{(5 * i) % 60:02d}:00Z,{c_in},{c_out}")
        c_in += 10_000_000 // 8 * 300
        c_out += 2_000_000 // 8 * 300
    src = write(tmp_path, "router.csv", "\n".join(rows) + "\n")
    rc, out, err = run_cli("measure", "import", str(project), str(src), "--json")
    assert rc == 0, err
    summary = json.loads(out)
    assert summary["interface"] == "router" and summary["samples"] == 11 and summary["new"] == 11
    before = digest(project)
    rc, out, err = run_cli("measure", "import", str(project), str(src), "--json")
    assert json.loads(out)["new"] == 0 and json.loads(out)["changed"] == 0
    assert digest(project) == before
    month = json.loads(run_cli("measure", "report", str(project), "--json")[1])["months"][0]
    assert month["p95_in_mbps"] == pytest.approx(10) and month["p95_out_mbps"] == pytest.approx(2)


def test_counter_accidents_are_reported_by_the_import(tmp_path, project):
    step = 10_000_000 // 8 * 300  # 10 Mbps for 5 minutes
    top = 2**32
    c = [top - 2 * step + 1000]
    for _ in range(5):
        c.append((c[-1] + step) % top)  # wraps once
    c.append(3 * step)  # after a reboot (reset)
    c.append(4 * step)
    times = [f"2026-09-01 00:{5 * i:02d}:00+02:00" for i in range(len(c))]
    rows = [(times[i], c[i]) for i in range(len(c))]
    rows.insert(3, rows[2])  # a duplicated row
    rows[5], rows[6] = rows[6], rows[5]  # two rows swapped
    rows.append(("2026-09-01 02:00:00+02:00", 9 * step))  # after a gap
    text = "time;in_octets;out_octets\n" + "".join(f"{t};{v};{v}\n" for t, v in rows)
    src = write(tmp_path, "accidents.csv", text)
    rc, out, err = run_cli("measure", "import", str(project), str(src), "--json")
    assert rc == 0, err
    s = json.loads(out)
    assert (s["duplicates"], s["out_of_order"], s["wraps"], s["resets"], s["gaps"]) == (1, 1, 1, 1, 1)
    rc, out, err = run_cli("measure", "import", str(project), str(src), "--interface", "x")
    assert "1 counter wraps" in out and "1 counter resets" in out and "1 gaps recorded" in out


@pytest.mark.parametrize(
    "text, message",
    [
        ("quand;entrant;sortant\n2026-09-01;1;2\n", "no time column"),
        ("time;foo;out_bps\n2026-09-01T00:00Z;1;2\n", "no incoming (in) column"),
        ("time;in_bps;out_bps\nhier;1;2\n", "line 2: “hier” is not a date and time"),
        ("time;in_bps;out_bps\n2026-09-01T00:00Z;beaucoup;2\n", "line 2: “beaucoup” is not a number"),
        ("time;in_octets;out_bps\n2026-09-01T00:00Z;1;2\n", "give both as rates or both as counters"),
    ],
)
def test_bad_files_get_one_clear_sentence(tmp_path, project, text, message):
    src = write(tmp_path, "bad.csv", text)
    rc, out, err = run_cli("measure", "import", str(project), str(src))
    assert rc == 1 and message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_report_without_measures_or_with_a_bad_month(tmp_path, project):
    rc, _, err = run_cli("measure", "report", str(project))
    assert rc == 1 and "no measured traffic in this project yet" in err
    run_cli("measure", "import", str(project), str(hand_csv(tmp_path)))
    rc, _, err = run_cli("measure", "report", str(project), "--month", "09/2026")
    assert rc == 2 and "a month is written YYYY-MM" in err
    rc, _, err = run_cli("measure", "report", str(project), "--month", "2026-10")
    assert rc == 1 and "no measured traffic that month (months: 2026-09)" in err
