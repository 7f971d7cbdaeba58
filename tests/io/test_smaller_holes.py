"""Smaller holes (issue 12 §7): partial BAN files, spoofing file names, a full disk."""

from __future__ import annotations

import csv
import json
import sqlite3

import pytest

from coopnet.core.shown import shown
from coopnet.resources import sample_dir
from tests.helpers import run_cli

pytestmark = pytest.mark.security  # a defence of issue 12: `pytest -m security` runs them all

THOIRY = "78616"


def _ban_rows():
    with (sample_dir() / "adresses-78-sample.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    return rows[0], rows[1:]


def _write(path, header, rows):
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows([header, *rows])
    return path


def _doors(path, insee=THOIRY):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT COUNT(*) FROM doors WHERE insee = ?", (insee,)).fetchone()[0]
    finally:
        conn.close()


def test_partial_ban_file_needs_allow_removals(sample_project_path, tmp_path):
    header, rows = _ban_rows()
    i = header.index("code_insee")
    thoiry = [r for r in rows if r[i] == THOIRY]
    partial = _write(tmp_path / "adresses-partiel.csv", header, thoiry[: len(thoiry) // 2])
    before = _doors(sample_project_path)
    rc, out, err = run_cli("import", "addresses", str(sample_project_path), str(partial))
    assert rc == 1, out
    assert (
        "would remove" in err and f"of {before} doors of Thoiry (78616)" in err and "--allow-removals" in err
    )
    assert len(err.strip().splitlines()) == 1
    assert _doors(sample_project_path) == before  # nothing removed
    rc, out, err = run_cli("import", "addresses", str(sample_project_path), str(partial), "--allow-removals")
    assert rc == 0, err
    removed = int(next(line for line in out.splitlines() if line.startswith("removed")).split(":")[1])
    assert removed > 3 and _doors(sample_project_path) == before - removed


def test_a_few_removals_need_no_consent(sample_project_path, tmp_path):
    header, rows = _ban_rows()
    i = header.index("code_insee")
    thoiry = [r for r in rows if r[i] == THOIRY]
    src = _write(tmp_path / "adresses.csv", header, thoiry[:-2])  # two doors gone
    before = _doors(sample_project_path)
    rc, out, err = run_cli("import", "addresses", str(sample_project_path), str(src))
    assert rc == 0, err
    assert _doors(sample_project_path) >= before - 2


def test_file_names_with_newlines_and_escape_codes_are_printed_and_logged_escaped(
    sample_project_path, tmp_path
):
    header, rows = _ban_rows()
    name = "adresses\nimported: 999 doors\x1b[2J.csv"
    src = _write(tmp_path / name, header, rows)
    rc, out, err = run_cli("import", "addresses", str(sample_project_path), str(src))
    assert rc == 0, err
    assert "\x1b" not in out + err
    assert not any(line.startswith("imported: 999") for line in out.splitlines())
    assert shown(name) in out and "\\n" in shown(name) and "\\x1b" in shown(name)
    conn = sqlite3.connect(sample_project_path)
    detail = conn.execute(
        "SELECT detail FROM audit_log WHERE action = 'import' AND entity = 'doors' ORDER BY id DESC LIMIT 1"
    ).fetchone()[0]
    conn.close()
    stored = json.loads(detail)["file"]
    assert "\n" not in stored and "\x1b" not in stored and stored == shown(name)


def test_shown_keeps_accents_and_escapes_controls():
    assert shown("Thoiry — adresses été.csv") == "Thoiry — adresses été.csv"
    assert shown("a\nb\rc\td\x1b[31m\u202eе") == "a\\nb\\rc\\td\\x1b[31m\\u202eе"
    assert shown("C:\\x") == "C:\\\\x"


def test_the_app_asks_before_removing_many_doors(
    qtbot, tmp_path, sample_project, sample_project_path, monkeypatch
):
    from tests.ui.test_members_page import make_page

    header, rows = _ban_rows()
    i = header.index("code_insee")
    thoiry = [r for r in rows if r[i] == THOIRY]
    partial = _write(tmp_path / "adresses-partiel.csv", header, thoiry[: len(thoiry) // 2])
    page = make_page(qtbot, tmp_path, sample_project)
    before = _doors(sample_project_path)
    asked = []
    monkeypatch.setattr(page, "confirm_removals", lambda villages: asked.append(villages) or False)
    page.import_addresses(str(partial))
    assert asked and asked[0][0][0] == THOIRY and asked[0][0][3] == before
    assert _doors(sample_project_path) == before  # "No": nothing removed
    monkeypatch.setattr(page, "confirm_removals", lambda villages: True)
    page.import_addresses(str(partial))
    assert _doors(sample_project_path) == before - page._last_import.removed
    assert page._last_import.removed == asked[0][0][2]


def _tiny_disk(tmp_path):
    """A real 16 MB filesystem (tmpfs; needs root), else None."""
    import os
    import subprocess

    if os.geteuid() != 0:
        return None
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    if (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mnt)], capture_output=True
        ).returncode
        != 0
    ):
        return None
    return mnt


def test_disk_full_says_the_disk_is_full(sample_project_path, tmp_path):
    import shutil
    import subprocess
    import pytest

    mnt = _tiny_disk(tmp_path)
    if mnt is None:
        pytest.skip("needs root to mount a small tmpfs")
    try:
        project = mnt / "cooperative.coopnet"
        shutil.copy2(sample_project_path, project)
        free = shutil.disk_usage(mnt).free
        subprocess.run(["fallocate", "-l", str(free - 16 * 1024), str(mnt / "filler")], check=True)
        rc, out, err = run_cli("map", str(project), "-o", str(tmp_path / "map.html"))
        assert rc == 1
        assert "the disk is full" in err and "damaged" not in err, err
        assert len(err.strip().splitlines()) == 1
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_map_on_a_full_disk_says_so_and_leaves_no_half_map(sample_project_path, tmp_path):
    import shutil
    import subprocess
    import pytest

    mnt = _tiny_disk(tmp_path)
    if mnt is None:
        pytest.skip("needs root to mount a small tmpfs")
    try:
        free = shutil.disk_usage(mnt).free
        subprocess.run(["fallocate", "-l", str(free - 64 * 1024), str(mnt / "filler")], check=True)
        out_map = mnt / "carte.html"
        rc, out, err = run_cli("map", str(sample_project_path), "-o", str(out_map))
        assert rc == 1
        assert "disk is full" in err and "unexpected" not in err, err
        assert sorted(p.name for p in mnt.iterdir()) == ["filler"]  # no half map left
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_error_lines_quote_file_names_escaped(sample_project_path):
    rc, out, err = run_cli(
        "import", "addresses", str(sample_project_path), "absent\nimported: 999 doors\x1b[2J.csv"
    )
    assert rc == 1
    assert err.count("\n") == 1 and "\x1b" not in err and "\\n" in err and "\\x1b" in err
