"""Live watch against a REAL SNMP agent: Debian's net-snmp ``snmpd`` on 127.0.0.1, serving
IF-MIB ifXTable through a ``pass`` script whose counters the test sets."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import run_cli

SNMPD = shutil.which("snmpd") or ("/usr/sbin/snmpd" if os.path.exists("/usr/sbin/snmpd") else None)
pytestmark = pytest.mark.skipif(SNMPD is None, reason="snmpd (net-snmp) not installed: apt-get install snmpd")

PASS_SCRIPT = """#!{python}
import json, os, sys
state = json.load(open({state!r}))
BASE = ".1.3.6.1.2.1.31.1.1.1"
rows = {{}}
for idx, itf in enumerate(state["interfaces"], start=1):
    rows[(1, idx)] = ("string", itf["name"])
    rows[(6, idx)] = ("counter64", str(itf["in"]))
    rows[(10, idx)] = ("counter64", str(itf["out"]))
    rows[(15, idx)] = ("gauge", str(itf["speed"]))
mode, req = sys.argv[1], sys.argv[2]
rest = [int(x) for x in req[len(BASE):].strip(".").split(".") if x] if req.startswith(BASE) else []
found = None
if mode == "-g":
    k = tuple(rest)
    found = k if k in rows else None
elif mode == "-n":
    found = next((k for k in sorted(rows) if list(k) > rest), None)
if found:
    print(BASE + ".%d.%d" % found)
    print(rows[found][0])
    print(rows[found][1])
"""


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Agent:
    """snmpd in the foreground on 127.0.0.1:port; ``set`` changes what it serves."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.port = free_udp_port()
        self.state = folder / "state.json"
        self.interfaces = [
            {"name": "wan0", "in": 0, "out": 0, "speed": 1000},
            {"name": "lan0", "in": 0, "out": 0, "speed": 100},
        ]
        self._write()
        script = folder / "ifxtable.py"
        script.write_text(PASS_SCRIPT.format(python=sys.executable, state=str(self.state)))
        script.chmod(0o755)
        (folder / "persist").mkdir(exist_ok=True)
        self.conf = folder / "snmpd.conf"
        self.conf.write_text(
            f"rocommunity public 127.0.0.1\n"
            f"pass .1.3.6.1.2.1.31.1.1.1 {script}\n"
            f'createUser alice SHA "alice-auth-pass" AES "alice-priv-pass"\n'
            f"rouser alice priv\n"
        )
        self.proc = None

    def _write(self):
        tmp = self.state.with_suffix(".tmp")
        tmp.write_text(json.dumps({"interfaces": self.interfaces}))
        os.replace(tmp, self.state)

    def set(self, name, c_in=None, c_out=None, add_mbps=None, seconds=300):
        itf = next(i for i in self.interfaces if i["name"] == name)
        if add_mbps is not None:
            c_in = (itf["in"] + int(add_mbps * 1e6 / 8 * seconds)) % 2**64
            c_out = (itf["out"] + int(add_mbps * 1e6 / 8 * seconds / 10)) % 2**64
        itf["in"], itf["out"] = c_in, c_out
        self._write()

    def start(self):
        env = {**os.environ, "SNMP_PERSISTENT_DIR": str(self.folder / "persist"), "MIBS": ""}
        self.proc = subprocess.Popen(
            [
                SNMPD,
                "-f",
                "-Lf",
                str(self.folder / "snmpd.log"),
                "-C",
                "-c",
                str(self.conf),
                f"udp:127.0.0.1:{self.port}",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        from coopnet.io.measure_snmp import NoAnswer, Target, poll

        deadline = time.monotonic() + 15
        while True:
            try:
                poll(Target("127.0.0.1", self.port, timeout=3, retries=0), "wan0")
                return
            except NoAnswer:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    raise RuntimeError(
                        "snmpd did not start: " + (self.folder / "snmpd.log").read_text()[-500:]
                    ) from None
                time.sleep(0.2)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(timeout=10)
        self.proc = None


@pytest.fixture
def agent(tmp_path):
    a = Agent(tmp_path)
    a.start()
    yield a
    a.stop()


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "coop.coopnet"
    assert run_cli("new", str(path))[0] == 0
    return path


T = 1791000000


def test_watch_polls_real_agent_through_wraps_resets_and_the_router_going_away(agent, project):
    from coopnet.io.measure_snmp import Target, Watcher

    w = Watcher(project, Target("127.0.0.1", agent.port, timeout=3, retries=0), "wan0", every=300)
    assert w.step(now=T)["ok"]  # first reading: no rate yet
    agent.set("wan0", add_mbps=40)
    r = w.step(now=T + 300)
    assert r["rate_in_bps"] == pytest.approx(40e6) and r["rate_out_bps"] == pytest.approx(4e6)
    assert r["speed_bps"] == 1e9  # ifHighSpeed 1000 Mbit/s

    agent.stop()  # the router goes away
    r = w.step(now=T + 600)
    assert not r["ok"] and r["error"]  # no crash, a missed poll
    agent.start()
    agent.set("wan0", add_mbps=40, seconds=900)
    r = w.step(now=T + 1200)
    assert r["ok"] and r["gap"] == (T + 300, T + 1200) and r["rate_in_bps"] is None

    agent.set("wan0", c_in=12345, c_out=678)  # rebooted: counters from ~0
    r = w.step(now=T + 1500)
    assert r["reset"] and r["rate_in_bps"] is None
    agent.set("wan0", c_in=2**64 - int(10e6 / 8 * 150), c_out=1000)
    w.step(now=T + 1800)
    agent.set("wan0", add_mbps=10)  # a 64-bit wrap
    r = w.step(now=T + 2100)
    assert r["rate_in_bps"] == pytest.approx(10e6) and not r["reset"]

    rc, out, err = run_cli("measure", "report", str(project), "--json")
    assert rc == 0, err
    month = json.loads(out)["months"][0]
    assert month["samples"] == 3 and month["gaps"] == 1
    # a restarted watch carries on from the reading kept in the project
    w2 = Watcher(project, Target("127.0.0.1", agent.port, timeout=3, retries=0), "wan0", every=300)
    agent.set("wan0", add_mbps=20)
    assert w2.step(now=T + 2400)["rate_in_bps"] == pytest.approx(20e6)


def test_snmp_v3_user_with_authentication_and_privacy(agent, project):
    from coopnet.io.measure_snmp import Target, Watcher

    target = Target(
        "127.0.0.1",
        agent.port,
        v3_user="alice",
        v3_auth_key="alice-auth-pass",
        v3_priv_key="alice-priv-pass",
        timeout=1,
        retries=0,
    )
    w = Watcher(project, target, "lan0", every=300)
    assert w.step(now=T)["ok"]
    agent.set("lan0", add_mbps=5)
    assert w.step(now=T + 300)["rate_in_bps"] == pytest.approx(5e6)
    wrong = Target(
        "127.0.0.1",
        agent.port,
        v3_user="alice",
        v3_auth_key="wrong-password",
        v3_priv_key="alice-priv-pass",
        timeout=0.5,
        retries=0,
    )
    assert not Watcher(project, wrong, "lan0", every=300).step(now=T + 600)["ok"]


def test_watch_command_with_members_page(agent, project, tmp_path):
    site = tmp_path / "site"
    rc, out, err = run_cli(
        "watch",
        str(project),
        "--snmp",
        "127.0.0.1",
        "--port",
        str(agent.port),
        "--community",
        "public",
        "--if",
        "wan0",
        "--every",
        "3",  # a loaded machine may take seconds between polls: more than 2 × every is a gap
        "--count",
        "2",
        "--publish",
        str(site),
    )
    assert rc == 0, err
    lines = out.strip().splitlines()
    assert len(lines) == 2 and "wan0: first reading" in lines[0] and "wan0: in 0.00 Mbps" in lines[1]
    page = (site / "index.html").read_text(encoding="utf-8")
    assert 'lang="fr"' in page and "Adhérents raccordés par village" in page
    assert "//" not in page.replace("http://www.w3.org/2000/svg", "")  # nothing from the internet
    assert (site / "index.en.html").exists()
    rc, out, err = run_cli(
        "watch",
        str(project),
        "--snmp",
        "127.0.0.1",
        "--port",
        str(agent.port),
        "--if",
        "eth9",
        "--count",
        "1",
    )
    assert rc == 1 and "no interface named “eth9” (interfaces: " in err and "lan0, " in err and "wan0" in err


def test_watch_command_survives_a_router_that_never_answers(project):
    rc, out, err = run_cli(
        "watch",
        str(project),
        "--snmp",
        "127.0.0.1",
        "--port",
        str(free_udp_port()),
        "--if",
        "wan0",
        "--every",
        "1",
        "--count",
        "2",
        "--timeout",
        "0.3",
    )
    assert rc == 0, err
    assert out.count("the router does not answer") == 2 and "Traceback" not in err
