"""Cut the small real files of tests/data/public/ from their public sources, and write their README.

Every file there is cut by this script from a published file pinned by its commit; never edit one
by hand (tests/io/test_public_files.py checks each file's SHA-256 against the README this script
writes). A feature is copied as the source has it: same properties, same coordinates, same order.

    .venv/bin/python tools/cut_public_fixtures.py            # cut again, rewrite the README
    .venv/bin/python tools/cut_public_fixtures.py --check    # exit 1 if a cut differs from its source

The source is read from a local clone when one is given (``--france-geojson GITDIR``, a clone or
bare mirror of github.com/gregoiredavid/france-geojson), else downloaded once from
raw.githubusercontent.com at the pinned commit.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "public"

FRANCE_GEOJSON = "gregoiredavid/france-geojson"
LICENCE_2018 = (
    "Licence Ouverte / Open Licence (Etalab): the licence of IGN ADMIN EXPRESS COG 2018 that the "
    "repository's README gives for its shapes; names and codes: INSEE COG 2018"
)
LICENCE_2017 = (
    "Licence Ouverte / Open Licence (Etalab): the licence of IGN GEOFLA 2.2 (28 June 2016) that "
    "the repository's README gives for its shapes; names and codes: INSEE COG 2016"
)
# "Mise à jour Admin Express COG" (2018-08-01): ADMIN EXPRESS COG 2018, INSEE codes of 1 January 2018
COMMIT_2018 = "45daa2d069a8da3ec4efb6672388fc3dc02e36e2"
COMMIT_2018_DATE = "2018-08-01"
# "Ajustement de la précision des coordonnées à 6 chiffres" (2017-09-05): GEOFLA 2.2, codes of 2016
COMMIT_2017 = "cd65fc65d00501d5a3e0d849ed4b356a8c8dfff3"
COMMIT_2017_DATE = "2017-09-05"


@dataclass(frozen=True)
class Cut:
    name: str  # file written in tests/data/public/
    repo: str
    commit: str
    date: str
    path: str  # file in the repository
    codes: tuple[str, ...] | None  # INSEE codes kept (property `code`); None: every feature
    why: str  # what the cut is for, one sentence
    licence: str

    @property
    def url(self) -> str:
        return f"https://github.com/{self.repo}/blob/{self.commit}/{self.path}"

    @property
    def raw_url(self) -> str:
        return f"https://raw.githubusercontent.com/{self.repo}/{self.commit}/{self.path}"


CUTS = (
    Cut(
        "france-geojson-78-2018-saint-germain.geojson",
        FRANCE_GEOJSON,
        COMMIT_2018,
        COMMIT_2018_DATE,
        "departements/78-yvelines/communes-78-yvelines.geojson",
        ("78551", "78251", "78133", "78224", "78367", "78481"),
        "Saint-Germain-en-Laye and Fourqueux (78251, merged into 78551 on 1 January 2019: a file "
        "from another year) with four neighbours; the 2018 names drop the article "
        "(“Pecq”, “Étang-la-Ville”).",
        LICENCE_2018,
    ),
    Cut(
        "france-geojson-01-2018-valserhone.geojson",
        FRANCE_GEOJSON,
        COMMIT_2018,
        COMMIT_2018_DATE,
        "departements/01-ain/communes-01-ain.geojson",
        ("01001", "01015", "01025", "01033", "01091", "01205"),
        "Ain, codes with a leading zero: Bellegarde-sur-Valserine (01033), Châtillon-en-Michaille "
        "(01091) and Lancrans (01205), which became the commune nouvelle Valserhône (01033) on "
        "1 January 2019, and three others, two of them communes nouvelles already in 2018 "
        "(01015 Arboys en Bugey, 01025 Bâgé-Dommartin).",
        LICENCE_2018,
    ),
    Cut(
        "france-geojson-01-2017-bage-dommartin.geojson",
        FRANCE_GEOJSON,
        COMMIT_2017,
        COMMIT_2017_DATE,
        "departements/01-ain/communes-01-ain.geojson",
        ("01025", "01144", "01033", "01091", "01205"),
        "Ain from another product and year (IGN GEOFLA, codes of 2016): Bâgé-la-Ville (01025) and "
        "Dommartin (01144), which became Bâgé-Dommartin (01025) on 1 January 2018, and the three "
        "communes that became Valserhône (01033) on 1 January 2019.",
        LICENCE_2017,
    ),
    Cut(
        "france-geojson-78-2017-department.geojson",
        FRANCE_GEOJSON,
        COMMIT_2017,
        COMMIT_2017_DATE,
        "departements/78-yvelines/communes-78-yvelines.geojson",
        None,
        "The whole Yvelines as of 2016 (262 communes, 122 KB): the department-scale import of "
        "the benchmark, with three communes merged since (78251 Fourqueux, 78503 Port-Villez, "
        "78524 Rocquencourt, all on 1 January 2019).",
        LICENCE_2017,
    ),
)


def read_source(cut: Cut, gitdir: Path | None) -> bytes:
    if gitdir is not None:
        return subprocess.run(
            ["git", "-C", str(gitdir), "show", f"{cut.commit}:{cut.path}"],
            check=True,
            capture_output=True,
        ).stdout
    with urllib.request.urlopen(cut.raw_url, timeout=60) as response:  # noqa: S310 (https, pinned)
        return response.read()


def cut_file(cut: Cut, source: bytes) -> bytes:
    """The source's FeatureCollection with only the features of ``cut.codes``, in source order."""
    data = json.loads(source)
    wanted = (
        {str(f["properties"].get("code")) for f in data["features"]} if cut.codes is None else set(cut.codes)
    )
    features = [f for f in data["features"] if str(f["properties"].get("code")) in wanted]
    found = {str(f["properties"]["code"]) for f in features}
    if found != wanted:
        raise SystemExit(f"{cut.path}@{cut.commit[:7]}: no feature for {sorted(wanted - found)}")
    kept = {k: v for k, v in data.items() if k != "features"}
    kept["features"] = features
    # one feature a line: small diffs, still the source's compact JSON inside each line
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    head = json.dumps(kept | {"features": []}, ensure_ascii=False, separators=(",", ":"))
    assert head.endswith('"features":[]}'), head  # "features" is the last key
    return (head[:-2] + "\n" + ",\n".join(lines) + "\n]}\n").encode("utf-8")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def readme(rows: list[tuple[Cut, bytes, bytes]]) -> str:
    out = [
        "# Real public files cut for the tests",
        "",
        "Written by `tools/cut_public_fixtures.py` — do not edit these files by hand: the script",
        "copies the chosen features of each pinned source file unchanged (properties, coordinates,",
        "order) and `tests/io/test_public_files.py` checks every SHA-256 below. To cut again or to",
        "add a file, change `CUTS` in the script and run it; `--check` compares with the source.",
        "",
        "The tests import these files through the `coopnet` command and compare what coopnet",
        "reports (communes, names, merger sentences, areas) with figures computed in the test",
        "straight from the file (geodesic areas with pyproj) and with the national reference.",
        "",
    ]
    for cut, source, data in rows:
        names = [
            f"{f['properties']['code']} {f['properties'].get('nom', '')}"
            for f in json.loads(data)["features"]
        ]
        out += [
            f"## `{cut.name}`",
            "",
            f"- Source: {cut.url}",
            f"- Repository: https://github.com/{cut.repo}, commit `{cut.commit}` ({cut.date})",
            f"- Licence: {cut.licence}",
            f"- Source file SHA-256: `{sha256(source)}` ({len(source):,} bytes)".replace(",", " "),
            *(
                [f"- Cut: all {len(names)} features (the whole file, unchanged)"]
                if cut.codes is None
                else [
                    f"- Cut: {len(names)} features, property `code` in {', '.join(cut.codes)}:",
                    f"  {'; '.join(names)}",
                ]
            ),
            f"- Why: {cut.why}",
            f"- SHA-256: `{sha256(data)}` ({len(data):,} bytes)".replace(",", " "),
            "",
        ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--france-geojson", type=Path, help="local clone (or bare mirror) of " + FRANCE_GEOJSON
    )
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    args = parser.parse_args(argv)
    rows = []
    for cut in CUTS:
        gitdir = args.france_geojson if cut.repo == FRANCE_GEOJSON else None
        source = read_source(cut, gitdir)
        rows.append((cut, source, cut_file(cut, source)))
    text = readme(rows)
    if args.check:
        stale = [
            c.name for c, _, d in rows if not (OUT / c.name).is_file() or (OUT / c.name).read_bytes() != d
        ]
        if (OUT / "README.md").read_text(encoding="utf-8") != text:
            stale.append("README.md")
        for name in stale:
            print(f"tests/data/public/{name}: differs from what the source gives", file=sys.stderr)
        return 1 if stale else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for cut, _, data in rows:
        (OUT / cut.name).write_bytes(data)
        print(f"tests/data/public/{cut.name}: {len(data):,} bytes".replace(",", " "))
    (OUT / "README.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
