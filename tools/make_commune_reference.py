"""Build resources/reference/communes.csv.gz from Etalab's published commune reference.

Source: the npm package ``@etalab/decoupage-administratif`` (MIT), pinned below by version and
checksum. It is downloaded from the npm registry (or read from a tarball given with --tarball),
never typed by hand. Merger dates come, optionally, from INSEE's COG history restructured as
``insee2/histo.yaml`` in the public repository benoitdavidfr/comhisto (state of 1 January 2020):
give its path with --history. Mergers after 2020 keep an empty date ("merged into …" only).

    python tools/make_commune_reference.py [--tarball FILE] [--history histo.yaml]

(``make reference`` runs it.) Writes communes.csv.gz (``;``, UTF-8) and communes.meta.json.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import re
import sys
import tarfile
import urllib.request
from pathlib import Path

PACKAGE = "@etalab/decoupage-administratif"
VERSION = "6.0.0"
SHA1 = "0330556cf07e21fff21111e5775a316ec18b9636"  # the registry's dist.shasum for 6.0.0
TARBALL_URL = (
    f"https://registry.npmjs.org/@etalab/decoupage-administratif/-/decoupage-administratif-{VERSION}.tgz"
)
HISTORY_SOURCE = (
    "INSEE COG history (mvtcommune) as restructured in benoitdavidfr/comhisto "
    "insee2/histo.yaml, commit 81a48fa882f405d11c8220b93701e7baffbf2507, valid 1 January 2020"
)
POPULATION_YEAR = 2023  # INSEE populations légales millésime 2023, in force on 1 January 2026
POPULATION_SOURCE = f"INSEE populations légales {POPULATION_YEAR}"
OUT = Path(__file__).resolve().parent.parent / "resources" / "reference"
COLUMNS = [
    "code",
    "name",
    "type",
    "department",
    "region",
    "postcodes",
    "population",
    "chef_lieu",
    "old_codes",
    "merged_on",
]
TYPES = {
    "commune-actuelle": "current",
    "commune-deleguee": "delegated",
    "commune-associee": "associated",
    "arrondissement-municipal": "district",
}


def read_tarball(path: Path | None) -> bytes:
    if path is None:
        with urllib.request.urlopen(TARBALL_URL, timeout=120) as resp:  # noqa: S310 - fixed https URL
            data = resp.read()
    else:
        data = path.read_bytes()
    digest = hashlib.sha1(data).hexdigest()  # noqa: S324 - npm's own published checksum
    if digest != SHA1:
        sys.exit(f"{PACKAGE}@{VERSION}: checksum {digest} differs from the pinned {SHA1}")
    return data


def communes_from_tarball(data: bytes) -> list[dict]:
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        member = tar.extractfile("package/data/communes.json")
        return json.load(member)


_CODE = re.compile(r"^  '?([0-9][0-9AB][0-9]{3})'?:\s*$")
_DATE = re.compile(r"^    '(\d{4}-\d\d-\d\d)':\s*$")
_EVENT = re.compile(r"^      évts: \{ (fusionneDans|devientDéléguéeDe|sAssocieA): '?([0-9AB]{5})'? \}")
_NAME = re.compile(r"^      état: \{ statut: \w+, name: (.+?)(, |\s*\})")


def merger_dates(path: Path) -> dict[str, tuple[str, str, str]]:
    """old code → (date, absorbing code, old name), the last merger event of each code."""
    out: dict[str, tuple[str, str, str]] = {}
    code = date = name = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := _CODE.match(line):
            code, date, name = m.group(1), None, None
        elif code and (m := _DATE.match(line)):
            date = m.group(1)
        elif code and date and (m := _NAME.match(line)):
            name = m.group(1).strip("'").replace("''", "'")
        elif code and date and (m := _EVENT.match(line)):
            out[code] = (date, m.group(2), name or "")
        if code and name and code in out:  # keep the last known name
            out[code] = out[code][:2] + (name,)
    return out


def build_rows(communes: list[dict], history: dict) -> list[dict]:
    rows, seen = [], set()
    for c in communes:
        kind = TYPES[c["type"]]
        dated = history.get(c["code"]) if kind in ("delegated", "associated") else None
        if dated and dated[1] != c.get("chefLieu"):  # merged into another commune first: no date
            dated = None
        rows.append(
            {
                "code": c["code"],
                "name": c["nom"],
                "type": kind,
                "department": c.get("departement", ""),
                "region": c.get("region", ""),
                "postcodes": " ".join(c.get("codesPostaux", [])),
                "population": c.get("population", ""),
                "chef_lieu": c.get("chefLieu") or c.get("commune") or "",
                "old_codes": " ".join(c.get("anciensCodes", [])),
                "merged_on": dated[0] if dated else "",
            }
        )
        seen.add(c["code"])
    # old codes of current communes that are no longer delegated or associated: add them too
    for c in communes:
        for old in c.get("anciensCodes", []):
            if old in seen:
                continue
            dated = history.get(old)
            name = dated[2] if dated else ""
            if dated and dated[1] != c["code"]:
                dated = None
            rows.append(
                {
                    "code": old,
                    "name": name,
                    "type": "former",
                    "department": c.get("departement", ""),
                    "region": c.get("region", ""),
                    "postcodes": "",
                    "population": "",
                    "chef_lieu": c["code"],
                    "old_codes": "",
                    "merged_on": dated[0] if dated else "",
                }
            )
            seen.add(old)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tarball", type=Path, help=f"{PACKAGE}-{VERSION}.tgz already downloaded (npm pack)")
    ap.add_argument("--history", type=Path, help="histo.yaml of benoitdavidfr/comhisto (merger dates)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    communes = communes_from_tarball(read_tarball(args.tarball))
    history = merger_dates(args.history) if args.history else {}
    rows = build_rows(communes, history)
    args.out.mkdir(parents=True, exist_ok=True)
    text = io.StringIO()
    writer = csv.DictWriter(text, COLUMNS, delimiter=";", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    # mtime=0: the same data gives the same bytes (no spurious diffs on refresh)
    with (
        open(args.out / "communes.csv.gz", "wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz,
    ):
        gz.write(text.getvalue().encode("utf-8"))
    meta = {
        "package": PACKAGE,
        "version": VERSION,
        "sha1": SHA1,
        "licence": "MIT",
        "population_year": POPULATION_YEAR,
        "population_source": POPULATION_SOURCE,
        "history_source": HISTORY_SOURCE if history else "",
        "current": sum(1 for r in rows if r["type"] == "current"),
        "rows": len(rows),
    }
    (args.out / "communes.meta.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(
        f"{args.out}/communes.csv.gz: {meta['current']} current communes, {len(rows)} rows, "
        f"{sum(1 for r in rows if r['merged_on'])} merger dates"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
