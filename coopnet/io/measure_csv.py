"""Measured traffic from a CSV file: timestamps with rates (bit/s) or octet counters, in and out.

Headers may be French or English (``horodatage;débit entrant (bit/s);débit sortant (bit/s)``,
``timestamp,in_octets,out_octets``, ``date;ifHCInOctets;ifHCOutOctets``…), the separator ``;``
or ``,``, numbers with a decimal comma. Times: ISO 8601 with a zone (``2026-09-01T00:05:00Z``,
``…+02:00``), Unix seconds, or local time without a zone (``01/09/2026 00:05``,
``2026-09-01 00:05:00``), read as Europe/Paris time unless told otherwise.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

import numpy as np

from coopnet.core.measure import DEFAULT_ZONE, Readings, local_to_utc
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.errors import CoopnetError
from coopnet.io.tabular import read_csv

_NO_TIME = QT_TRANSLATE_NOOP(
    "MeasureImport", "{file}: no time column (name one “timestamp”, “time”, “date” or “horodatage”)"
)
_NO_DIRECTION = QT_TRANSLATE_NOOP(
    "MeasureImport",
    "{file}: no {direction} column (name it for example “in_bps”, “débit entrant”, "
    "“in_octets” or “ifHCInOctets”)",
)
_BAD_TIME = QT_TRANSLATE_NOOP("MeasureImport", "{file}: line {line}: “{value}” is not a date and time")
_BAD_NUMBER = QT_TRANSLATE_NOOP("MeasureImport", "{file}: line {line}: “{value}” is not a number")
_BAD_COUNTER = QT_TRANSLATE_NOOP(
    "MeasureImport", "{file}: line {line}: “{value}” is not an octet counter (a whole number, 0 or more)"
)
_MIXED = QT_TRANSLATE_NOOP(
    "MeasureImport",
    "{file}: the in column holds {in_kind} and the out column {out_kind}; give both as "
    "rates or both as counters",
)
_NO_ROWS = QT_TRANSLATE_NOOP("MeasureImport", "{file}: no rows of measures")

TIME_WORDS = {
    "timestamp",
    "time",
    "datetime",
    "date",
    "horodatage",
    "dateheure",
    "heure",
    "temps",
    "ts",
    "epoch",
    "instant",
}
IN_WORDS = {
    "in",
    "input",
    "entrant",
    "entrants",
    "entree",
    "rx",
    "download",
    "descendant",
    "recu",
    "recus",
    "ingress",
    "inbound",
}
OUT_WORDS = {
    "out",
    "output",
    "sortant",
    "sortants",
    "sortie",
    "tx",
    "upload",
    "montant",
    "emis",
    "envoye",
    "envoyes",
    "egress",
    "outbound",
}
OCTET_WORDS = {"octet", "octets", "byte", "bytes", "o"}
COUNTER_WORDS = {"counter", "counters", "compteur", "compteurs"}
PER_SECOND = {"s", "sec", "seconde", "second", "ps"}


def _words(header: str) -> list[str]:
    text = unicodedata.normalize("NFKD", header).encode("ascii", "ignore").decode().lower()
    text = text.replace("ifhcinoctets", "in octets counter").replace("ifinoctets", "in octets counter")
    text = text.replace("ifhcoutoctets", "out octets counter").replace("ifoutoctets", "out octets counter")
    return re.findall(r"[a-z0-9]+", text)


def classify(header: str) -> tuple[str | None, str | None, float]:
    """(role, kind, scale): role "time"/"in"/"out"; kind "counter" or "rate"; scale to bit/s."""
    words = _words(header)
    ws = set(words)
    if ws & TIME_WORDS and not ws & (IN_WORDS | OUT_WORDS):
        return "time", None, 1.0
    role = "in" if ws & IN_WORDS else "out" if ws & OUT_WORDS else None
    if role is None:
        return None, None, 1.0
    per_second = (
        bool(ws & PER_SECOND)
        or any(w in ("bps", "kbps", "mbps", "gbps") for w in words)
        or "par" in ws
        or "per" in ws
    )
    octets = bool(ws & OCTET_WORDS) or "bps" in ws and header.strip().endswith("Bps")
    if ws & COUNTER_WORDS or (octets and not per_second):
        return role, "counter", 1.0
    scale = 8.0 if octets else 1.0
    for word, factor in (
        ("kbps", 1e3),
        ("kbit", 1e3),
        ("kb", 1e3),
        ("mbps", 1e6),
        ("mbit", 1e6),
        ("mb", 1e6),
        ("gbps", 1e9),
        ("gbit", 1e9),
        ("gb", 1e9),
    ):
        if word in ws:
            scale = factor
            break
    return role, "rate", scale


_FR_TIME = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$")


def parse_time(text: str) -> dt.datetime | int | None:
    """A cell → aware or naive datetime, or Unix seconds; None if not a time."""
    s = text.strip()
    if not s:
        return None
    if s.isdigit() and len(s) >= 9:
        return int(s)
    m = _FR_TIME.match(s)
    if m:
        d, mo, y, h, mi, sec = m.groups()
        try:
            return dt.datetime(int(y), int(mo), int(d), int(h), int(mi), int(sec or 0))
        except ValueError:
            return None
    try:
        return dt.datetime.fromisoformat(s)
    except ValueError:
        return None


def times_to_utc(values: list, zone: str = DEFAULT_ZONE) -> tuple[np.ndarray, int]:
    """Parsed times (aware, naive local, Unix seconds) → UTC seconds and the DST repeats told apart."""
    out = np.empty(len(values), np.int64)
    naive_idx, naive = [], []
    for i, v in enumerate(values):
        if isinstance(v, int):
            out[i] = v
        elif v.tzinfo is not None:
            out[i] = int(v.timestamp())
        else:
            naive_idx.append(i)
            naive.append(v)
    repeats = 0
    if naive:
        utc, repeats = local_to_utc(naive, zone)
        out[np.asarray(naive_idx)] = utc
    return out, repeats


def _number(text: str, decimal_comma: bool) -> float:
    s = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if decimal_comma:
        s = s.replace(",", ".")
    return float(s)


def _columns(headers: list[str]) -> dict:
    cols: dict = {}
    for i, h in enumerate(headers):
        role, kind, scale = classify(h)
        if role and role not in cols:
            cols[role] = (i, kind, scale)
    return cols


_TIME_CHARS = re.compile(r"[0-9TZ:\- \n]*")
_NUMBER_CHARS = re.compile(r"[0-9.\-\n]*")  # then numpy's float(), as strict as the slow way
_DIGIT_CHARS = re.compile(r"[0-9\n]*")  # counters of 20 digits: above 2^64 numpy refuses


def _fast(path: Path, encoding: str | None) -> Readings | None:
    """The usual export at full speed (a year of 5-minute rows in a tenth of a second): no quotes,
    every row complete, times in UTC (``…Z``) or Unix seconds, plain numbers. Whole columns are
    checked with one regular expression and converted by numpy; anything else (local times,
    blanks, odd cells, errors to report by line) returns None and goes the row-by-row way, which
    gives the same samples."""
    from coopnet.io.limits import MAX_LINE, check_line_lengths
    from coopnet.io.tabular import _check_size, _clean_header, decode, sniff_delimiter

    if _check_size(path) > MAX_LINE:
        check_line_lengths(path)
    text, _used = decode(path.read_bytes(), path.name, encoding)
    if '"' in text:
        return None
    if "\r" in text:
        text = text.replace("\r\n", "\n")
        if "\r" in text:
            return None
    delim = sniff_delimiter(text)
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return None
    headers = [_clean_header(h) for h in lines[0].split(delim)]
    cols = _columns(headers)
    if not {"time", "in", "out"} <= cols.keys() or cols["in"][1] != cols["out"][1]:
        return None
    rows = [line.split(delim) for line in lines[1:]]
    width = len(rows[0])
    if width <= max(c[0] for c in cols.values()) or any(len(r) != width for r in rows):
        return None
    columns = list(zip(*rows))
    col = columns[cols["time"][0]]
    times = "\n".join(col)
    try:
        if (
            len(col[0]) == 20
            and col[0][10] in "T "
            and _TIME_CHARS.fullmatch(times)
            and times.count("Z") == len(col)
            and all(len(c) == 20 for c in col)
        ):
            ts = np.array(times.replace("Z", "").split("\n"), dtype="datetime64[s]").astype(np.int64)
        elif _DIGIT_CHARS.fullmatch(times) and all(9 <= len(c) <= 12 for c in col):
            ts = np.array(col, dtype=np.int64)
        else:
            return None
        kind = cols["in"][1]
        values = []
        for role in ("in", "out"):
            cells = columns[cols[role][0]]
            text = "\n".join(cells)
            if kind == "counter":
                if not _DIGIT_CHARS.fullmatch(text) or max(map(len, cells)) > 20:
                    return None
                values.append(np.array(cells).astype(np.uint64))
            else:
                if delim != ",":
                    text = text.replace(",", ".")
                if not _NUMBER_CHARS.fullmatch(text):
                    return None
                values.append(np.array(text.split("\n"), dtype=float) * cols[role][2])
    except (ValueError, OverflowError):  # numpy refused a cell: the slow way says which line
        return None
    return Readings(ts, values[0], values[1], kind)


def read(path: Path, zone: str = DEFAULT_ZONE, encoding: str | None = None) -> Readings:
    fast = _fast(Path(path), encoding)
    if fast is not None:
        return fast
    table = read_csv(Path(path), encoding=encoding)
    name = Path(path).name
    cols = _columns(table.headers)
    if "time" not in cols:
        raise CoopnetError(_NO_TIME.format(file=name))
    for role, label in (
        ("in", QT_TRANSLATE_NOOP("MeasureImport", "incoming (in)")),
        ("out", QT_TRANSLATE_NOOP("MeasureImport", "outgoing (out)")),
    ):
        if role not in cols:
            raise CoopnetError(_NO_DIRECTION.format(file=name, direction=label))
    (ti, _, _), (ii, ikind, iscale), (oi, okind, oscale) = cols["time"], cols["in"], cols["out"]
    if ikind != okind:
        words = {
            "counter": QT_TRANSLATE_NOOP("MeasureImport", "octet counters"),
            "rate": QT_TRANSLATE_NOOP("MeasureImport", "rates"),
        }
        raise CoopnetError(_MIXED.format(file=name, in_kind=words[ikind], out_kind=words[okind]))
    if not table.rows:
        raise CoopnetError(_NO_ROWS.format(file=name))
    decimal_comma = table.delimiter != ","
    times, a_in, a_out = [], [], []
    for values, line in zip(table.rows, table.lines):
        cell = values[ti] if ti < len(values) else ""
        t = parse_time(cell)
        if t is None:
            raise CoopnetError(_BAD_TIME.format(file=name, line=line, value=cell))
        times.append(t)
        for idx, out in ((ii, a_in), (oi, a_out)):
            cell = values[idx].strip() if idx < len(values) else ""
            if ikind == "counter":
                cell = cell.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
                if not cell.isdigit():
                    raise CoopnetError(_BAD_COUNTER.format(file=name, line=line, value=cell))
                out.append(int(cell))
            else:
                if cell == "" or cell.lower() in ("nan", "u", "unknown"):
                    out.append(float("nan"))
                    continue
                try:
                    out.append(_number(cell, decimal_comma))
                except ValueError:
                    raise CoopnetError(_BAD_NUMBER.format(file=name, line=line, value=cell)) from None
    ts, repeats = times_to_utc(times, zone)
    if ikind == "counter":
        top = max(max(a_in), max(a_out))
        if top >= 1 << 64:
            raise CoopnetError(_BAD_COUNTER.format(file=name, line=table.lines[0], value=str(top)))
        return Readings(
            ts,
            np.array(a_in, dtype=np.uint64),
            np.array(a_out, dtype=np.uint64),
            "counter",
            dst_repeats=repeats,
        )
    return Readings(ts, np.array(a_in) * iscale, np.array(a_out) * oscale, "rate", dst_repeats=repeats)
