"""Every command that writes a file the user named (``-o OUT`` or ``OUT``) says the same one line when
it cannot: a missing folder, no permission, a full disk. Never "wrote …", never exit 0, never a
traceback, never half a file left behind.

The full disk is a real one: a small tmpfs filled to the last byte (mounting needs root; skipped
otherwise). "No permission" is a read-only tmpfs as root (root ignores file modes), else a folder
with mode 555.
"""

import os
import re
import sqlite3
import subprocess
import uuid
from pathlib import Path

import pytest

from tests.helpers import run_cli

# (name, argv with {f} the project, {out} the output file, {hh} a household id,
#  {m} the project once connected: members and three months of measured traffic)
COMMANDS = [
    ("brief-pdf", ["brief", "{f}", "-o", "{out}"], "x.pdf"),
    ("brief-xlsx", ["brief", "{f}", "-o", "{out}"], "x.xlsx"),
    ("model-xlsx", ["model", "{f}", "-o", "{out}"], "x.xlsx"),
    ("map-html", ["map", "{f}", "-o", "{out}"], "x.html"),
    ("map-png", ["map", "{f}", "-o", "{out}"], "x.png"),
    ("map-pdf", ["map", "{f}", "-o", "{out}"], "x.pdf"),
    ("export-csv", ["export", "pledges", "{f}", "{out}"], "x.csv"),
    ("export-xlsx", ["export", "pledges", "{f}", "{out}"], "x.xlsx"),
    ("extract", ["extract", "{f}", "--village", "78616", "-o", "{out}"], "x.coopnet"),
    ("gdpr-export", ["gdpr", "export", "{f}", "--household", "{hh}", "-o", "{out}"], "x.json"),
    ("pledge-form", ["pledge-form", "{f}", "-o", "{out}"], "x.pdf"),
    ("walklist", ["walklist", "{f}", "--village", "78616", "-o", "{out}"], "x.pdf"),
    ("measure-brief-pdf", ["measure", "brief", "{m}", "-o", "{out}"], "x.pdf"),
    ("measure-brief-xlsx", ["measure", "brief", "{m}", "-o", "{out}"], "x.xlsx"),
    ("measure-publish", ["measure", "publish", "{m}", "-o", "{out}"], "site"),  # a folder
    # federation map/brief -o: same test in tests/store/server/test_federation.py (they need a server)
]
REASONS = {
    "missing": "the folder {folder} does not exist",
    "readonly": "no permission to write in {folder}",
    "full": "the disk is full",
}


def _mount(path: Path, options: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        return False
    return (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True
        ).returncode
        == 0
    )


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True)


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    base = tmp_path_factory.mktemp("outputs")
    out = {"missing": base / "nonexistent" / "dir"}
    readonly = base / "readonly"
    if _mount(readonly, "size=1m,ro"):
        out["readonly"] = readonly
    elif os.geteuid() != 0:
        readonly.chmod(0o555)
        out["readonly"] = readonly
    full = base / "full"
    mounted_full = _mount(full, "size=512k")
    if mounted_full:
        try:
            with open(full / "filler", "wb") as fh:
                while True:
                    fh.write(b"\0" * 4096)
                    fh.flush()
        except OSError:
            pass
        out["full"] = full
    yield out
    for path, mounted in ((readonly, "readonly" in out and os.geteuid() == 0), (full, mounted_full)):
        if mounted:
            _umount(path)
    if os.geteuid() != 0:
        readonly.chmod(0o755)


@pytest.fixture(scope="module")
def household(sample_project_master):
    conn = sqlite3.connect(sample_project_master)
    try:
        return conn.execute("SELECT id FROM pledges ORDER BY id LIMIT 1").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def measured(sample_project_master, tmp_path_factory):
    import shutil

    from tests.measure_synth import measured_sample

    folder = tmp_path_factory.mktemp("measured")
    path = folder / "connected.coopnet"
    shutil.copy2(sample_project_master, path)
    return measured_sample(path, folder)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["missing", "readonly", "full"])
@pytest.mark.parametrize("name,argv,filename", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_an_output_that_cannot_be_written_says_so_in_one_line(
    name, argv, filename, kind, folders, household, sample_project_path, monkeypatch, request
):
    if kind not in folders:
        pytest.skip(f"{kind}: needs root to mount a tmpfs")
    monkeypatch.setenv("COOPNET_LANG", "en")
    folder = folders[kind]
    out = folder / f"{uuid.uuid4().hex[:6]}-{filename}"
    measured = request.getfixturevalue("measured") if "{m}" in argv else None
    args = [a.format(f=sample_project_path, out=out, hh=household, m=measured) for a in argv]
    rc, stdout, stderr = run_cli(*args)
    assert rc == 1, (stdout, stderr)
    lines = stderr.strip().splitlines()
    reason = REASONS[kind].format(folder=out.parent)
    assert lines == [f"coopnet: {out}: not written — {reason}"], stderr
    assert not re.search(r"\b(wrote|written to|exported|pledge form:|volunteer file:)", stdout, re.I)
    if folder.exists():
        assert not [p for p in folder.iterdir() if p.name != "filler"], "a file was left behind"


def test_french_says_the_same_in_french(sample_project_path, tmp_path):
    out = tmp_path / "nonexistent" / "x.pdf"
    rc, stdout, stderr = run_cli("brief", str(sample_project_path), "-o", str(out), "--lang", "fr")
    assert rc == 1 and stdout == ""
    assert stderr.replace("\u00a0", " ").strip() == (
        f"coopnet: {out} : non écrit — le dossier {out.parent} n’existe pas"
    )


@pytest.mark.slow
@pytest.mark.parametrize("suffix", [".png", ".pdf"])
def test_a_map_export_that_works_keeps_the_terminal_quiet(sample_project_path, tmp_path, suffix, monkeypatch):
    monkeypatch.setenv("COOPNET_LANG", "en")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the log file goes here
    out = tmp_path / f"map{suffix}"
    rc, stdout, stderr = run_cli("map", str(sample_project_path), "-o", str(out))
    assert rc == 0 and out.stat().st_size > 10_000
    assert stderr == ""  # no QtWebEngine chatter
    assert stdout.strip().splitlines() == [f"map written to {out}"]
    log = tmp_path / "data" / "coopnet" / "coopnet" / "coopnet.log"
    assert log.exists()  # the chatter is kept there
