"""Put the per-area README sections (docs/readme/*.md) into README.md between its markers."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ["start-your-own", "members", "walklist", "pledges", "map", "partial", "models", "treasurer", "comfort", "guide", "proof", "reliability-data", "reliability-files", "federation", "frozen", "measured"]
BEGIN, END = "<!-- BEGIN DOMAIN SECTIONS -->", "<!-- END DOMAIN SECTIONS -->"


def _rebase(md: str) -> str:
    """Links written relative to docs/readme/ become relative to the repo root."""
    return md.replace("](../../", "](").replace("](../", "](docs/")


def main() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    parts = [_rebase((ROOT / "docs" / "readme" / f"{name}.md").read_text(encoding="utf-8").strip())
             for name in ORDER if (ROOT / "docs" / "readme" / f"{name}.md").exists()]
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    readme.write_text(head + BEGIN + "\n\n" + "\n\n".join(parts) + "\n\n" + END + tail, encoding="utf-8")


if __name__ == "__main__":
    main()
