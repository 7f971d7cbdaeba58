"""MRTG logs and RRDtool XML (made by the real ``rrdtool``), the invoice check and calibration."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from zoneinfo import ZoneInfo

import pytest

from tests.helpers import run_cli
from tests.measure_synth import csv_text, rates

T0 = 1788213600  # 01/09/2026 00:00 Europe/Paris (31/08 22:00 UTC)


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "coop.coopnet"
    assert run_cli("new", str(path))[0] == 0
    return path


def report(project, *extra):
    rc, out, err = run_cli("measure", "report", str(project), "--json", *extra)
    assert rc == 0, err
    return json.loads(out)


def test_mrtg_log_five_minute_rows_billed_consolidated_rows_kept_apart(tmp_path, project):
    # newest first: 25 rows 5 minutes apart (in = 25…1 Mbit/s, in octets/s), then 30-minute rows.
    # A row covers back to the row below it: the 25th covers 30 minutes, so 24 rows are billable.
    now = T0 + 25 * 300
    rows = [f"{now} 123456789 98765432"]
    for k in range(25):
        mbit = 25 - k
        rows.append(f"{now - 300 * k} {mbit * 125000} {mbit * 25000} {mbit * 130000} {mbit * 26000}")
    older = now - 300 * 24 - 1800
    rows += [f"{older} 9999999 0 0 0", f"{older - 1800} 9999999 0 0 0"]
    src = tmp_path / "router_wan.log"
    src.write_text("\n".join(rows) + "\n")
    rc, out, err = run_cli("measure", "import", str(project), str(src), "--json")
    assert rc == 0, err
    s = json.loads(out)
    assert s["format"] == "mrtg" and s["interface"] == "router_wan" and s["samples"] == 27
    month = report(project, "--month", "2026-09")["months"][0]  # the older rows are August's
    # 24 billable samples (2…25 Mbit/s), 1 dropped (⌊24 × 5 %⌋): P95 = 24; 30-minute rows not billed
    assert month["samples"] == 24 and month["p95_in_mbps"] == pytest.approx(24)
    assert month["p95_out_mbps"] == pytest.approx(4.8)
    assert month["consolidated_samples"] == 1 and month["peak_mbps"] == pytest.approx(25)


def test_not_an_mrtg_log(tmp_path, project):
    src = tmp_path / "bad.log"
    src.write_text("hello world\n")
    rc, _, err = run_cli("measure", "import", str(project), str(src))
    assert rc == 1 and "not an MRTG log (line 1" in err and "Traceback" not in err


needs_rrdtool = pytest.mark.skipif(
    shutil.which("rrdtool") is None, reason="rrdtool not installed (apt-get install rrdtool)"
)


def make_rrd(tmp_path, n=60):
    """A real RRD fed counters of a 20-sample pattern (in 1…20 Mbit/s, out a fifth of it)."""
    rrd = tmp_path / "wan.rrd"
    start = T0
    subprocess.run(
        [
            "rrdtool",
            "create",
            str(rrd),
            "--start",
            str(start),
            "--step",
            "300",
            "DS:traffic_in:COUNTER:600:0:U",
            "DS:traffic_out:COUNTER:600:0:U",
            "RRA:AVERAGE:0.5:1:600",
            "RRA:AVERAGE:0.5:6:700",
            "RRA:MAX:0.5:1:600",
        ],
        check=True,
    )
    c_in = c_out = 0
    updates = []
    for k in range(n + 1):
        mbit = (k - 1) % 20 + 1 if k else 0
        c_in += mbit * 125000 * 300 if k else 0
        c_out += mbit * 25000 * 300 if k else 0
        updates.append(f"{start + 300 * (k + 1)}:{c_in}:{c_out}")
    subprocess.run(["rrdtool", "update", str(rrd), *updates], check=True)
    return rrd, start


@needs_rrdtool
def test_rrdtool_dump_xml(tmp_path, project):
    rrd, start = make_rrd(tmp_path)
    xml = tmp_path / "wan-dump.xml"
    xml.write_bytes(subprocess.run(["rrdtool", "dump", str(rrd)], check=True, capture_output=True).stdout)
    rc, out, err = run_cli("measure", "import", str(project), str(xml), "--interface", "wan", "--json")
    assert rc == 0, err
    s = json.loads(out)
    assert s["format"] == "rrd-xml" and s["samples"] == 60
    month = report(project)["months"][0]
    assert month["samples"] == 60
    assert month["p95_in_mbps"] == pytest.approx(19, rel=1e-6)  # 3 × 1…20: the three 20s dropped
    assert month["p95_out_mbps"] == pytest.approx(3.8, rel=1e-6)
    # the 30-minute archive only adds history older than the 5-minute one: none here
    assert month["consolidated_samples"] == 0


@needs_rrdtool
def test_rrdtool_xport_xml_and_idempotent_reimport(tmp_path, project):
    rrd, start = make_rrd(tmp_path)
    xml = tmp_path / "wan-xport.xml"
    xml.write_bytes(
        subprocess.run(
            [
                "rrdtool",
                "xport",
                "--start",
                str(start),
                "--end",
                str(start + 61 * 300),
                "--step",
                "300",
                f"DEF:i={rrd}:traffic_in:AVERAGE",
                f"DEF:o={rrd}:traffic_out:AVERAGE",
                "XPORT:o:out octets",
                "XPORT:i:in octets",
            ],
            check=True,
            capture_output=True,
        ).stdout
    )
    rc, out, err = run_cli("measure", "import", str(project), str(xml), "--interface", "wan", "--json")
    assert rc == 0, err
    assert json.loads(out)["samples"] == 60
    month = report(project)["months"][0]
    assert month["p95_in_mbps"] == pytest.approx(19, rel=1e-6)  # columns told apart by name
    again = json.loads(
        run_cli("measure", "import", str(project), str(xml), "--interface", "wan", "--json")[1]
    )
    assert again["new"] == 0 and again["changed"] == 0


def test_broken_xml(tmp_path, project):
    src = tmp_path / "x.xml"
    src.write_text("<xport><meta><step>300")
    rc, _, err = run_cli("measure", "import", str(project), str(src))
    assert rc == 1 and "damaged RRDtool XML" in err


def test_invoice_difference_and_calibration_written_with_provenance(tmp_path, project):
    tz = ZoneInfo("Europe/Paris")
    ts, r_in, r_out = rates(dt.datetime(2026, 9, 1, tzinfo=tz), 91, 212, 2.0, 3.0, growth_per_year=0.5)
    src = tmp_path / "wan.csv"
    src.write_text(csv_text(ts, r_in, r_out))
    assert run_cli("measure", "import", str(project), str(src))[0] == 0
    assert (
        run_cli(
            "scenario",
            str(project),
            "set",
            "base",
            "contract_commit_mbps=600",
            "transit_eur_per_mbps_month=2",
            "overage_eur_per_mbps_month=3",
        )[0]
        == 0
    )
    ours = report(project, "--month", "2026-10")["months"][0]
    rc, out, err = run_cli(
        "measure",
        "invoice",
        str(project),
        "--month",
        "2026-10",
        "--p95",
        str(round(ours["p95_mbps"] + 12, 3)),
        "--amount",
        "1 236,00",
    )
    assert rc == 0, err
    assert "DIFFERS" in out and "+12.0 Mbps" in out and "+€36.00" in out
    inv = report(project, "--month", "2026-10")["months"][0]["invoice"]
    assert inv["p95_difference_mbps"] == pytest.approx(12, abs=1e-3) and inv["amount_difference_eur"] == 36

    rc, out, err = run_cli(
        "measure",
        "calibrate",
        str(project),
        "--members",
        "212",
        "--from",
        "01/09/2026",
        "--to",
        "30/11/2026",
        "--write",
        "measured",
        "--json",
    )
    assert rc == 0, err
    cal = json.loads(out)
    assert cal["provenance"] == "measured, 01/09–30/11/2026, 212 members"
    assert cal["measured"]["per_line_busy_mbps"] == pytest.approx(2.2, rel=0.15)  # 2.0 grown by 50 %/year
    assert cal["measured"]["subscriber_cv"] == pytest.approx(3.0, rel=0.15)
    o = cal["outlook"]
    assert o["growth_source"] == "measured" and o["growth_per_year"] == pytest.approx(0.5, abs=0.25)
    assert o["passes_commit"] > "2026-11" and o["ask_commit_mbps"] % 10 == 0 and o["ask_commit_mbps"] > 600
    shown = json.loads(run_cli("scenario", str(project), "show", "measured", "--json")[1])
    values = {p["key"]: p["value"] for p in shown["parameters"]}
    assert values["subscriber_cv"] == pytest.approx(cal["measured"]["subscriber_cv"], abs=1e-3)
    assert values["contract_commit_mbps"] == 600
    listed = run_cli("scenario", str(project), "list")[1]
    assert "measured" in listed
    rc, _, err = run_cli("measure", "calibrate", str(project), "--from", "31/02/2026")
    assert rc == 2 and "a date is written dd/mm/yyyy" in err
