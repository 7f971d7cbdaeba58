"""Limits that keep hostile or broken files from exhausting time and memory (issue 12 §6).

A pledge table or a BAN file has short lines (a few hundred bytes) and an XLSX of pledges
expands to a few hundred MB at most. Files built to explode — a zip whose sheet expands to
3 GB, a sharedStrings holding one 1.5 GB string, a gzip of 4 GB of junk rows, a CSV made of
one 290 MB line — are refused **before** their content is expanded, from what can be
checked cheaply: the sizes a zip declares (Python's zipfile never inflates a member beyond
its declared size, so a lying header only truncates it), line lengths read in small chunks,
the share of rows rejected so far, and how far a gzip stream expands. Each refusal is one
sentence naming the file.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.errors import CoopnetError

MB = 1024 * 1024
MAX_LINE = 1 * MB  # one row of a table; a BAN row is ~250 bytes
MAX_XLSX_MEMBER = 400 * MB  # one part of a workbook (a sheet of 100 000 pledges is ~100 MB)
MAX_XLSX_STRINGS = 64 * MB  # sharedStrings are read whole into memory
MAX_XLSX_TOTAL = 600 * MB
MAX_GZ_RATIO = 100  # a real BAN .gz expands 5–8×; bombs 500× and more
GZ_RATIO_AFTER = 64 * MB  # …checked once this much was expanded
MIN_ROWS_FOR_VERDICT = 1000  # BAN: after this many rows, mostly rejects = not a BAN file
MAX_REJECTED_SHARE = 0.5

_LINE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Limits",
    "{file}: line {line} is longer than {limit} MB — not a table (a file made of "
    "one giant line is damaged or built to exhaust memory); nothing imported",
)
_XLSX_EXPANDS = QT_TRANSLATE_NOOP(
    "Limits",
    "{file}: the workbook expands to {size} MB of data ({part}, {ratio}× its packed "
    "size) — far beyond a table of pledges (a “zip bomb”?); nothing imported",
)
_GZ_EXPANDS = QT_TRANSLATE_NOOP(
    "Limits",
    "{file}: the compressed file expands {ratio}× (already {size} MB read) — not a "
    "BAN file (a “gzip bomb”?); nothing imported",
)
_MOSTLY_REJECTS = QT_TRANSLATE_NOOP(
    "Limits",
    "{file}: not a BAN address file — {rejected} of the first {rows} rows are not "
    "address rows (first reason: {reason}); nothing imported",
)


class LineTooLong(CoopnetError):
    pass


def check_xlsx(path: Path) -> None:
    """Refuse a workbook whose parts declare more than a table of pledges could hold."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        return  # the reader says "damaged" in its own words
    total = sum(i.file_size for i in infos)
    for info in sorted(infos, key=lambda i: -i.file_size):
        limit = MAX_XLSX_STRINGS if info.filename.lower().endswith("sharedstrings.xml") else MAX_XLSX_MEMBER
        if info.file_size > limit or total > MAX_XLSX_TOTAL:
            ratio = info.file_size // max(info.compress_size, 1)
            raise CoopnetError(
                _XLSX_EXPANDS.format(
                    file=path.name, size=info.file_size // MB, part=info.filename, ratio=ratio
                )
            )


def check_line_lengths(path: Path, limit: int = MAX_LINE, chunk: int = MB) -> None:
    """Read the file in chunks (never whole) and refuse it at the first line over ``limit``.

    Lines end at "\\n" or "\\r" (each counts); within a chunk, a regular expression finds a
    run of more than ``limit`` bytes without a break (a loop per line took 0.1 s per 100 000 rows)."""
    too_long = re.compile(rb"[^\r\n]{%d}" % (limit + 1))
    line, run = 1, 0
    with path.open("rb") as fh:
        while True:
            data = fh.read(chunk)
            if not data:
                return
            breaks = _BREAK.search(data)
            head = len(data) if breaks is None else breaks.start()
            if run + head > limit:
                raise LineTooLong(_LINE_TOO_LONG.format(file=path.name, line=line, limit=limit // MB))
            if breaks is None:
                run += len(data)
                continue
            long = too_long.search(data, head)
            if long:
                line += data.count(b"\n", 0, long.start()) + data.count(b"\r", 0, long.start())
                raise LineTooLong(_LINE_TOO_LONG.format(file=path.name, line=line, limit=limit // MB))
            line += data.count(b"\n") + data.count(b"\r")
            run = len(data) - 1 - max(data.rfind(b"\n"), data.rfind(b"\r"))


_BREAK = re.compile(rb"[\r\n]")


class LimitedLines:
    """Lines of a text stream for ``csv.reader``, each at most ``limit`` characters; counts
    the characters read (``chars``) so a caller can see how far a gzip stream expanded."""

    def __init__(self, text, name: str, limit: int = MAX_LINE):
        self.text, self.name, self.limit = text, name, limit
        self.line = 0
        self.chars = 0

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = self.text.readline(self.limit + 1)
        if not line:
            raise StopIteration
        self.line += 1
        self.chars += len(line)
        if len(line) > self.limit and not line.endswith(("\n", "\r")):
            raise LineTooLong(_LINE_TOO_LONG.format(file=self.name, line=self.line, limit=self.limit // MB))
        return line


def check_gzip_ratio(name: str, expanded: int, packed: int) -> None:
    if expanded > GZ_RATIO_AFTER and packed > 0 and expanded / packed > MAX_GZ_RATIO:
        raise CoopnetError(_GZ_EXPANDS.format(file=name, ratio=int(expanded / packed), size=expanded // MB))


def check_rejected_share(name: str, rows: int, rejected: int, first_reason: str) -> None:
    if rows >= MIN_ROWS_FOR_VERDICT and rejected > rows * MAX_REJECTED_SHARE:
        raise CoopnetError(
            _MOSTLY_REJECTS.format(file=name, rejected=rejected, rows=rows, reason=first_reason)
        )
