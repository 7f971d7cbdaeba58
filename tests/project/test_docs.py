"""The README a newcomer reads: short, in sync with its sources, every link and command real."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = [
    "README.md",
    "docs/guide/en.md",
    "docs/guide/fr.md",
    "docs/guide/manual.md",
    "docs/dev/proofs.md",
    "docs/dev/architecture.md",
]
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def test_the_readme_is_short():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) < 200, f"README.md has {len(lines)} lines: move detail to docs/readme/<topic>.md"


def test_the_manuals_are_assembled_from_their_sources():
    done = subprocess.run(
        [sys.executable, "tools/assemble_readme.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


def test_every_source_is_assembled():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from assemble_readme import ORDER
    finally:
        sys.path.pop(0)
    sources = {p.stem for p in (ROOT / "docs" / "readme").glob("*.md")}
    assert sources <= set(ORDER), f"add to ORDER in tools/assemble_readme.py: {sources - set(ORDER)}"


@pytest.mark.parametrize("doc", DOCS)
def test_every_relative_link_leads_somewhere(doc):
    path = ROOT / doc
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.S)
    broken = [
        target
        for target in LINK.findall(text)
        if "://" not in target
        and not target.startswith("mailto:")
        and not (path.parent / target).resolve().exists()
    ]
    assert not broken, f"{doc}: links to nothing: {broken}"
    outside = [
        t
        for t in LINK.findall(text)
        if "://" not in t and not (path.parent / t).resolve().is_relative_to(ROOT)
    ]
    assert not outside, f"{doc}: links outside the repository: {outside}"


def test_every_command_is_in_the_readme_table():
    from coopnet.cli import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction").choices
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c for c in commands if c != "map-page" and f"coopnet {c}" not in readme]
    assert not missing, f"commands missing from the README's command table: {missing}"
