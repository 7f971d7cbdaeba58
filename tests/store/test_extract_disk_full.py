"""§7 of issue 12 (one item): ``extract`` on a full disk leaves nothing behind."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.helpers import run_cli

pytestmark = pytest.mark.security  # a defence of issue 12: `pytest -m security` runs them all


def _tmpfs(folder, size: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    return (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
        ).returncode
        == 0
    )


def test_extract_on_a_full_disk_leaves_no_part_journal(sample_project_path, tmp_path):
    small = tmp_path / "usb"
    if not _tmpfs(small, "256k"):
        pytest.skip("cannot mount a size-limited tmpfs here (not root?)")
    try:
        rc, out, err = run_cli(
            "extract", str(sample_project_path), "--village", "78616", "-o", str(small / "benevole.coopnet")
        )
        assert rc == 1, (out, err)
        assert len(err.strip().splitlines()) == 1 and "unexpected" not in err, err
        assert "full" in err, err
        assert sorted(p.name for p in small.iterdir()) == []  # no .part, no .part-journal
    finally:
        subprocess.run(["umount", "-l", str(small)], capture_output=True)
    rc, out, err = run_cli("merge", str(sample_project_path), str(sample_project_path))
    import sqlite3

    conn = sqlite3.connect(sample_project_path)
    assert conn.execute("SELECT COUNT(*) FROM extracts").fetchone()[0] == 0  # nothing registered
    conn.close()
