"""Helpers for tests (not fixtures)."""

from __future__ import annotations

import sys


def run_cli(*args: str) -> tuple[int, str, str]:
    """Run ``python -m coopnet`` in a subprocess, as a user would."""
    import subprocess
    proc = subprocess.run([sys.executable, "-m", "coopnet", *args], capture_output=True,
                          text=True, timeout=300)
    return proc.returncode, proc.stdout, proc.stderr
