"""Assemble the manuals from their per-area sources (docs/readme/*.md).

The README stays short (what coopnet is, the two commands, the command table, links). Each area
keeps its full text in docs/readme/<topic>.md; this script puts them, in ORDER, into
docs/guide/manual.md (what users do) and docs/dev/proofs.md (how we know it holds: benchmarks,
reliability, the frozen build). `make docs` runs it; tests/test_docs.py fails when they are out
of sync. docs/readme, docs/guide and docs/dev are at the same depth, so relative links written
in a source work unchanged in the manual.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "docs" / "readme"
ORDER = [
    "start-your-own",
    "members",
    "walklist",
    "pledges",
    "map",
    "partial",
    "models",
    "treasurer",
    "comfort",
    "guide",
    "proof",
    "reliability-data",
    "reliability-files",
    "federation",
    "frozen",
    "measured",
]
# Proofs and build notes go to the developers' document; everything else is the users' manual.
DEV = {"proof", "reliability-data", "reliability-files", "frozen"}

HEADERS = {
    "docs/guide/manual.md": (
        "# coopnet manual\n\n"
        "Everything coopnet does, area by area, with its commands, options, JSON keys and measured\n"
        "figures. New to coopnet? Start with the [user guide](en.md) ([français](fr.md)); back to the\n"
        "[README](../../README.md).\n"
    ),
    "docs/dev/proofs.md": (
        "# How we know it holds: benchmarks, reliability, the frozen build\n\n"
        "Figures measured on department-scale generated data (`make bench`), crash and fuzz tests,\n"
        "data that must not leak, and the one-folder build. See also [architecture](architecture.md)\n"
        "and the [manual](../guide/manual.md).\n"
    ),
}


def _anchor(title: str) -> str:
    """GitHub's heading anchor: lower case, punctuation dropped, spaces to dashes."""
    text = re.sub(r"[^\w\- ]", "", title.strip().lower())
    return text.replace(" ", "-")


_LINK = re.compile(r"(\]\()([^)#\s:]+)")


def _rebase(md: str) -> str:
    """Sections written for the README link from the repository root (docs/guide/img/x.png);
    links starting with ../ are already relative to docs/readme/, the manuals' depth."""
    return _LINK.sub(
        lambda m: m.group(0) if m.group(2).startswith("../") else f"{m.group(1)}../../{m.group(2)}", md
    )


def _document(header: str, names: list[str]) -> str:
    parts = [
        _rebase((SOURCES / f"{name}.md").read_text(encoding="utf-8").strip())
        for name in names
        if (SOURCES / f"{name}.md").exists()
    ]
    titles = [line[3:] for part in parts for line in part.splitlines() if line.startswith("## ")]
    toc = "\n".join(f"- [{t}](#{_anchor(t)})" for t in titles)
    return header + "\n" + toc + "\n\n" + "\n\n".join(parts) + "\n"


def render() -> dict[str, str]:
    """The assembled documents, by path relative to the repository."""
    return {
        "docs/guide/manual.md": _document(
            HEADERS["docs/guide/manual.md"], [n for n in ORDER if n not in DEV]
        ),
        "docs/dev/proofs.md": _document(HEADERS["docs/dev/proofs.md"], [n for n in ORDER if n in DEV]),
    }


def main() -> None:
    check = "--check" in sys.argv
    stale = []
    for rel, text in render().items():
        path = ROOT / rel
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(rel)
        else:
            path.write_text(text, encoding="utf-8")
    if stale:
        sys.exit(f"out of date (run `make docs`): {', '.join(stale)}")


if __name__ == "__main__":
    main()
