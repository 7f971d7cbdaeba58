"""§1 of issue 12: the window writing while several CLI processes write, for 60 s.

Every write a side acknowledged is in the file afterwards, and ``integrity_check`` is ok.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from coopnet.store.visits import set_door_status

pytestmark = pytest.mark.security  # a defence of issue 12: `pytest -m security` runs them all

DURATION = float(os.environ.get("COOPNET_STRESS_SECONDS", "60"))
WORKERS = 3

# A CLI process: the real ``coopnet visit`` command, run again and again until the deadline;
# prints the note of each visit it was told was recorded (exit 0).
CLI_LOOP = textwrap.dedent("""
    import sys, time
    from coopnet.cli import main
    path, door, who, deadline = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    i = 0
    while time.time() < deadline:
        note = f"{who}-{i}"
        if main(["visit", path, door, "absent", "--who", who, "--note", note, "--wait"]) == 0:
            print("ACK", note, flush=True)
        i += 1
""")


@pytest.mark.slow
def test_window_and_cli_processes_write_side_by_side(qtbot, sample_project_path):
    from coopnet.ui.context import AppContext
    from coopnet.ui.main_window import MainWindow

    conn = sqlite3.connect(sample_project_path)
    doors = [r[0] for r in conn.execute("SELECT id FROM doors ORDER BY id LIMIT ?", (WORKERS + 1,))]
    conn.close()
    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    assert window.open_project(sample_project_path)
    deadline = time.time() + DURATION
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                CLI_LOOP,
                str(sample_project_path),
                doors[n + 1],
                f"cli{n}",
                str(deadline),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(WORKERS)
    ]
    window_acks = []
    try:
        i = 0
        while time.time() < deadline:
            note = f"window-{i}"
            set_door_status(window.context.project, doors[0], "interested", who="window", note=note)
            window_acks.append(note)
            if i % 5 == 0:  # a background task of the window, as an export does
                from coopnet.store.project import Project

                Project.open(sample_project_path, readonly=True).close()
            qtbot.wait(50)
            i += 1
        outputs = [p.communicate(timeout=120) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
        window.close_project()
    cli_acks = [
        line.split()[1] for out, _err in outputs for line in out.splitlines() if line.startswith("ACK")
    ]
    assert all(p.returncode == 0 for p in procs), [err[-500:] for _o, err in outputs]
    assert len(window_acks) > 20 and len(cli_acks) >= WORKERS * 3, (len(window_acks), len(cli_acks))
    conn = sqlite3.connect(sample_project_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {r[0] for r in conn.execute("SELECT note FROM visits")}
    finally:
        conn.close()
    missing = [n for n in window_acks + cli_acks if n not in stored]
    assert missing == []
