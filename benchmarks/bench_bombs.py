"""Bombs and giant lines (issue 12 §6): each refused in < 5 s with < 300 MB peak, nothing changed.

    .venv/bin/python benchmarks/bench_bombs.py [--small]

Builds (cached under /tmp/coopnet-bench/bombs) the five hostile files of the issue, without
ever holding their expanded content: a deflate block of 1 MB compressed once, byte-aligned by a
full flush, is repeated N times (a valid stream; the CRC is computed over the real bytes):

- ``sheet-bomb.xlsx``: 11 MB whose sheet expands to 3 GB of XML;
- ``strings-bomb.xlsx``: 1.5 MB whose sharedStrings hold one 1.5 GB string;
- ``one-column.csv.gz``: 4 MB of gzip, 4 GB of one-column rows;
- ``giant-line.csv``: one 290 MB line;
- ``giant-line.csv.gz``: one 2 GB line.

Each is given to the coopnet command a user would run, in a fresh process measured by
``/usr/bin/time -v`` (wall time, maximum resident set size). ``--small`` builds 10× smaller
files (the tests use the full ones).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path("/tmp/coopnet-bench/bombs")
MB = 1024 * 1024


def _deflate_repeated(head: bytes, block: bytes, count: int, tail: bytes) -> tuple[bytes, int, int]:
    """Raw deflate of head + block×count + tail, built without expanding it. (data, crc, size)."""

    def chunk(data: bytes, final: bool = False) -> bytes:
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        return c.compress(data) + c.flush(zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH)

    crc = zlib.crc32(head)
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    body = chunk(block)
    data = chunk(head) + body * count + chunk(tail, final=True)
    return data, crc & 0xFFFFFFFF, len(head) + len(block) * count + len(tail)


def _zip(path: Path, members: list[tuple[str, bytes, int, int]]) -> None:
    """A zip of already-deflated members: (name, deflated, crc, size)."""
    out, central, offset = bytearray(), bytearray(), 0
    for name, data, crc, size in members:
        n = name.encode()
        local = (
            struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size, len(n), 0) + n
        )
        central += (
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                8,
                0,
                0x21,
                crc,
                len(data),
                size,
                len(n),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + n
        )
        out += local + data
        offset += len(local) + len(data)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), offset, 0)
    path.write_bytes(bytes(out + central + end))


def _plain(name: str, text: str) -> tuple[str, bytes, int, int]:
    data = text.encode()
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return name, c.compress(data) + c.flush(), zlib.crc32(data) & 0xFFFFFFFF, len(data)


_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _xlsx_parts(shared: bool) -> list:
    ct = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
        'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
        '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
        '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.worksheet+xml"/>'
        + (
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sharedStrings+xml"/>'
            if shared
            else ""
        )
        + "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.'
        'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats'
        '.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    )
    wb = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook {_NS} xmlns:r="{_R}"><sheets><sheet '
        'name="Promesses" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    wbrels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.'
        f'org/package/2006/relationships"><Relationship Id="rId1" Type="{_R}/worksheet" '
        'Target="worksheets/sheet1.xml"/>'
        + (
            f'<Relationship Id="rId2" Type="{_R}/sharedStrings" Target="sharedStrings.xml"/>'
            if shared
            else ""
        )
        + "</Relationships>"
    )
    return [
        _plain("[Content_Types].xml", ct),
        _plain("_rels/.rels", rels),
        _plain("xl/workbook.xml", wb),
        _plain("xl/_rels/workbook.xml.rels", wbrels),
    ]


def sheet_bomb(path: Path, expanded_mb: int = 3000) -> Path:
    row = b'<row><c t="inlineStr"><is><t>Dupont</t></is></c><c t="inlineStr"><is><t>Jean</t></is></c></row>'
    block = row * (MB // len(row))
    head = f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}><sheetData>'.encode()
    data, crc, size = _deflate_repeated(head, block, expanded_mb, b"</sheetData></worksheet>")
    _zip(path, _xlsx_parts(False) + [("xl/worksheets/sheet1.xml", data, crc, size)])
    return path


def strings_bomb(path: Path, expanded_mb: int = 1500) -> Path:
    head = f'<?xml version="1.0" encoding="UTF-8"?><sst {_NS} count="1" uniqueCount="1"><si><t>'.encode()
    data, crc, size = _deflate_repeated(head, b"A" * MB, expanded_mb, b"</t></si></sst>")
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}><sheetData><row r="1"><c r="A1" '
        't="s"><v>0</v></c></row></sheetData></worksheet>'
    )
    _zip(
        path,
        _xlsx_parts(True)
        + [_plain("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", data, crc, size)],
    )
    return path


def _gzip(path: Path, head: bytes, block: bytes, count: int, tail: bytes) -> Path:
    data, crc, size = _deflate_repeated(head, block, count, tail)
    path.write_bytes(
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + data + struct.pack("<II", crc, size & 0xFFFFFFFF)
    )
    return path


BAN_HEADER = (
    b"id;id_fantoir;numero;rep;nom_voie;code_postal;code_insee;nom_commune;"
    b"code_insee_ancienne_commune;nom_ancienne_commune;x;y;lon;lat;type_position;alias;"
    b"nom_ld;libelle_acheminement;nom_afnor;source_position;source_nom_voie;"
    b"certification_commune;cad_parcelles\n"
)


def one_column_gz(path: Path, expanded_mb: int = 4000) -> Path:
    return _gzip(path, BAN_HEADER, b"x\n" * (MB // 2), expanded_mb, b"")


def giant_line_gz(path: Path, expanded_mb: int = 2000) -> Path:
    return _gzip(path, BAN_HEADER, b"x" * MB, expanded_mb, b"\n")


def giant_line_csv(path: Path, expanded_mb: int = 290) -> Path:
    with path.open("wb") as fh:
        fh.write("Nom;Prénom;Commune\n".encode())
        block = b"A" * MB
        for _ in range(expanded_mb):
            fh.write(block)
        fh.write(b"\n")
    return path


def build(folder: Path = CACHE, scale: float = 1.0) -> dict[str, Path]:
    """The five files (cached: built once per scale)."""
    folder = folder / ("full" if scale == 1 else f"x{scale:g}")
    folder.mkdir(parents=True, exist_ok=True)
    makers = {
        "sheet-bomb.xlsx": (sheet_bomb, 3000),
        "strings-bomb.xlsx": (strings_bomb, 1500),
        "one-column.csv.gz": (one_column_gz, 4000),
        "giant-line.csv": (giant_line_csv, 290),
        "giant-line.csv.gz": (giant_line_gz, 2000),
    }
    out = {}
    for name, (make, mb) in makers.items():
        path = folder / name
        if not path.exists():
            tmp = folder / (".part-" + name)
            make(tmp, max(1, int(mb * scale)))
            tmp.rename(path)
        out[name] = path
    return out


# What a user would run on each file (FILE is a project copy).
COMMANDS = {
    "sheet-bomb.xlsx": ("import", "pledges"),
    "strings-bomb.xlsx": ("import", "pledges"),
    "one-column.csv.gz": ("import", "addresses"),
    "giant-line.csv": ("import", "pledges"),
    "giant-line.csv.gz": ("import", "addresses"),
}
LABELS = {
    "sheet-bomb.xlsx": "xlsx whose sheet expands to 3 GB of XML",
    "strings-bomb.xlsx": "xlsx whose sharedStrings hold one 1.5 GB string",
    "one-column.csv.gz": "BAN .gz of 4 GB of one-column rows",
    "giant-line.csv": "CSV with one 290 MB line",
    "giant-line.csv.gz": "BAN .gz with one 2 GB line",
}


def measure(project: Path, name: str, path: Path, timeout: float = 300) -> dict:
    """Run the command on a copy of ``project`` under /usr/bin/time -v: seconds, peak MB, rc, stderr."""
    work = CACHE / "work"
    work.mkdir(parents=True, exist_ok=True)
    target = work / f"{name}.coopnet"
    for extra in ("", "-wal", "-shm"):
        Path(str(target) + extra).unlink(missing_ok=True)
    shutil.copy2(project, target)
    before = target.read_bytes()
    argv = [
        "/usr/bin/time",
        "-v",
        sys.executable,
        "-m",
        "coopnet",
        *COMMANDS[name],
        str(target),
        str(path),
        "--reject-file",
        str(work / f"{name}-rejects.csv"),
    ]
    t0 = time.perf_counter()
    proc = subprocess.run(
        argv,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env={**os.environ, "COOPNET_LANG": "en"},
    )
    wall = time.perf_counter() - t0
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    message = "\n".join(
        line
        for line in proc.stderr.splitlines()
        if line.strip() and not line.startswith("\t") and not line.startswith("Command ")
    )
    return {
        "seconds": wall,
        "peak_mb": int(peak.group(1)) / 1024 if peak else None,
        "rc": proc.returncode,
        "message": message.strip(),
        "unchanged": target.read_bytes() == before,
    }


def main() -> int:
    sys.path.insert(0, str(ROOT))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--small", action="store_true")
    ap.add_argument("--project", help="a project file to import into (default: the bundled sample)")
    args = ap.parse_args()
    files = build(scale=0.1 if args.small else 1.0)
    project = Path(args.project) if args.project else bundled_sample()
    print("| hostile file | size | refused in | peak memory | message |")
    print("|---|---:|---:|---:|---|")
    worst = 0
    for name, path in files.items():
        r = measure(project, name, path)
        ok = r["rc"] != 0 and r["seconds"] < 5 and (r["peak_mb"] or 0) < 300 and r["unchanged"]
        worst |= not ok
        print(
            f"| {LABELS[name]} | {path.stat().st_size / MB:.1f} MB | {r['seconds']:.1f} s | "
            f"{r['peak_mb']:.0f} MB | {r['message'][:160]} |" + ("" if ok else " **MISSED**"),
            flush=True,
        )
    return 1 if worst else 0


def bundled_sample() -> Path:
    """The sample cooperative as a project file (built once, as the tests' fixture builds it)."""
    path = CACHE / "sample.coopnet"
    if not path.exists():
        from coopnet.io.sample_project import create_sample_project

        CACHE.mkdir(parents=True, exist_ok=True)
        create_sample_project(CACHE / "sample.tmp").close()
        (CACHE / "sample.tmp").rename(path)
    return path


if __name__ == "__main__":
    sys.exit(main())
