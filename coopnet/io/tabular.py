"""Read a CSV or XLSX table the way people really save them.

French Excel writes ``;`` and Windows-1252; LibreOffice and web tools write UTF-8
(sometimes with a BOM) and ``,``; "Unicode text" is UTF-16 with tabs. We sniff the
encoding and the delimiter (the user can override both) and turn every unreadable
file (empty, binary, truncated, too big, old .xls) into one clear CoopnetError.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.errors import CoopnetError
from coopnet.io.limits import MAX_LINE, check_line_lengths, check_xlsx

MAX_BYTES = 300 * 1024 * 1024  # far above any cooperative's file; protects memory
DELIMITERS = (";", ",", "\t")
ENCODINGS = ("utf-8-sig", "utf-8", "cp1252", "utf-16")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old binary .xls
csv.field_size_limit(MAX_LINE)


@dataclass
class Table:
    """Headers and rows as text; ``lines[i]`` is the file line (or sheet row) of ``rows[i]``."""

    headers: list[str]
    rows: list[list[str]]
    lines: list[int] = field(default_factory=list)
    kind: str = "csv"  # "csv" | "xlsx"
    encoding: str | None = None  # None for xlsx
    delimiter: str | None = None
    path: Path | None = None


# One clear line per unreadable file (translatable: said in the user's language by the CLI and the UI).
_NO_SUCH_FILE = QT_TRANSLATE_NOOP("ReadTable", "{file}: no such file")
_IS_FOLDER = QT_TRANSLATE_NOOP("ReadTable", "{file}: is a folder, expected a CSV or XLSX file")
_EMPTY_FILE = QT_TRANSLATE_NOOP("ReadTable", "{file}: the file is empty")
_TOO_BIG = QT_TRANSLATE_NOOP(
    "ReadTable", "{file}: the file is too big ({size} MB; the limit is {limit} MB) — split it"
)
_OLD_XLS = QT_TRANSLATE_NOOP("ReadTable", "{file}: old Excel 97–2003 (.xls) file — save it as .xlsx or CSV")
_NOT_XLSX = QT_TRANSLATE_NOOP("ReadTable", "{file}: not a valid Excel file (damaged, truncated or renamed)")
_UNKNOWN_ENCODING = QT_TRANSLATE_NOOP("ReadTable", "unknown encoding “{encoding}” (try utf-8 or cp1252)")
_NOT_IN_ENCODING = QT_TRANSLATE_NOOP(
    "ReadTable", "{file}: not readable as {encoding} (byte {byte}); try another encoding"
)
_BAD_UTF16 = QT_TRANSLATE_NOOP("ReadTable", "{file}: damaged or truncated UTF-16 text file")
_BINARY = QT_TRANSLATE_NOOP("ReadTable", "{file}: binary file, not a CSV table (save it as CSV or XLSX)")
_CUT_CHARACTER = QT_TRANSLATE_NOOP(
    "ReadTable", "{file}: the file ends in the middle of a character (truncated?)"
)
_BAD_UTF8_AFTER_BOM = QT_TRANSLATE_NOOP(
    "ReadTable", "{file}: starts as UTF-8 but byte {byte} is not UTF-8; choose the encoding"
)
_UNKNOWN_TEXT = QT_TRANSLATE_NOOP(
    "ReadTable", "{file}: neither UTF-8 nor Windows-1252 text; choose the encoding"
)
_BAD_DELIMITER = QT_TRANSLATE_NOOP(
    "ReadTable", "delimiter must be one character (or “tab”), not “{delimiter}”"
)
_UNCLOSED_QUOTE = QT_TRANSLATE_NOOP(
    "ReadTable", "{file}: line {line}: {problem} (an unclosed quote — is the file truncated?)"
)
_BAD_XLSX = QT_TRANSLATE_NOOP("ReadTable", "{file}: damaged or truncated Excel file ({kind})")
_NO_SHEET = QT_TRANSLATE_NOOP("ReadTable", "{file}: the workbook has no sheet")
_EMPTY_SHEET = QT_TRANSLATE_NOOP("ReadTable", "{file}: the first sheet is empty")


def encoding_label(encoding: str | None) -> str:
    return {
        "utf-8-sig": "UTF-8 (BOM)",
        "utf-8": "UTF-8",
        "cp1252": "Windows-1252",
        "utf-16": "UTF-16",
        None: "—",
    }.get(encoding, encoding or "—")


def _check_size(path: Path) -> int:
    if not path.exists():
        raise CoopnetError(_NO_SUCH_FILE.format(file=path.name))
    if path.is_dir():
        raise CoopnetError(_IS_FOLDER.format(file=path.name))
    size = path.stat().st_size
    if size == 0:
        raise CoopnetError(_EMPTY_FILE.format(file=path.name))
    if size > MAX_BYTES:
        raise CoopnetError(
            _TOO_BIG.format(file=path.name, size=size // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024))
        )
    return size


def detect_kind(path: Path) -> str:
    _check_size(path)
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(_OLE_MAGIC):
        raise CoopnetError(_OLD_XLS.format(file=path.name))
    if head.startswith(_ZIP_MAGIC):
        return "xlsx"
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise CoopnetError(_NOT_XLSX.format(file=path.name))
    return "csv"


def decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Bytes → (text, encoding used). Tries UTF-8 (with/without BOM), then Windows-1252."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise CoopnetError(_UNKNOWN_ENCODING.format(encoding=encoding), 2) from None
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            raise CoopnetError(
                _NOT_IN_ENCODING.format(file=name, encoding=encoding, byte=exc.start)
            ) from None
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            return _utf8_failure(data[3:], name, exc, "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise CoopnetError(_BAD_UTF16.format(file=name)) from None
    if b"\x00" in data[:65536]:
        raise CoopnetError(_BINARY.format(file=name))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        return _utf8_failure(data, name, exc, "utf-8")


def _utf8_failure(data: bytes, name: str, exc: UnicodeDecodeError, label: str) -> tuple[str, str]:
    if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
        raise CoopnetError(_CUT_CHARACTER.format(file=name))
    if label == "utf-8-sig":  # a BOM says UTF-8: believe it
        raise CoopnetError(_BAD_UTF8_AFTER_BOM.format(file=name, byte=exc.start))
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        raise CoopnetError(_UNKNOWN_TEXT.format(file=name)) from None


def sniff_delimiter(text: str) -> str:
    """The candidate that splits the first lines into the same number (> 1) of columns."""
    sample = text[:65536].splitlines()[:30]
    best, best_score = ";", (-1, 0)
    for delim in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(sample, delimiter=delim) if r]
        except csv.Error:
            continue
        if not counts or counts[0] < 2:
            continue
        same = sum(1 for c in counts if c == counts[0])
        score = (same, counts[0])
        if score > best_score:
            best, best_score = delim, score
    return best


def _clean_header(h) -> str:
    return str(h if h is not None else "").replace("\ufeff", "").strip()


def read_csv(
    path: Path, encoding: str | None = None, delimiter: str | None = None, max_rows: int | None = None
) -> Table:
    size = _check_size(path)
    if max_rows is None and size > MAX_LINE:
        check_line_lengths(path)  # before reading it whole: one 290 MB line is no table
    data = path.read_bytes() if max_rows is None else _head_bytes(path)
    text, used = decode(data, path.name, encoding)
    if not text.strip():
        raise CoopnetError(_EMPTY_FILE.format(file=path.name))
    if delimiter:
        delimiter = {"tab": "\t", "\\t": "\t", "semicolon": ";", "comma": ","}.get(delimiter, delimiter)
        if len(delimiter) != 1:
            raise CoopnetError(_BAD_DELIMITER.format(delimiter=delimiter), 2)
    delim = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=True)
    headers: list[str] | None = None
    rows: list[list[str]] = []
    lines: list[int] = []
    try:
        for values in reader:
            if headers is None:
                if not any(v.strip() for v in values):
                    continue
                headers = [_clean_header(v) for v in values]
                continue
            if not any(v.strip() for v in values):
                continue
            rows.append(values)
            lines.append(reader.line_num)
            if max_rows is not None and len(rows) >= max_rows:
                break
    except csv.Error as exc:
        if max_rows is None or len(rows) < max_rows:
            raise CoopnetError(
                _UNCLOSED_QUOTE.format(file=path.name, line=reader.line_num, problem=exc)
            ) from None
    if headers is None:
        raise CoopnetError(_EMPTY_FILE.format(file=path.name))
    return Table(headers, rows, lines, "csv", used, delim, path)


def _head_bytes(path: Path, size: int = 256 * 1024) -> bytes:
    with path.open("rb") as fh:
        data = fh.read(size)
    # Cut at the last newline so a preview never ends inside a character.
    cut = data.rfind(b"\n")
    return data[: cut + 1] if cut > 0 and len(data) == size else data


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def xlsx_damage() -> tuple[type[BaseException], ...]:
    """What a damaged or odd workbook raises while openpyxl reads it: zipfile alone has
    NotImplementedError (zip version, strong encryption, compression method; found by the
    fuzzer) and RuntimeError (a password-protected member), besides the usual ones."""
    from openpyxl.utils.exceptions import InvalidFileException
    from xml.etree.ElementTree import ParseError

    return (
        zipfile.BadZipFile,
        KeyError,
        OSError,
        ValueError,
        EOFError,
        InvalidFileException,
        ParseError,
        TypeError,
        AttributeError,
        IndexError,
        zlib.error,
        NotImplementedError,
        RuntimeError,
    )


def read_xlsx(path: Path, max_rows: int | None = None) -> Table:
    import openpyxl

    check_xlsx(path)  # sizes the zip declares, before anything is expanded
    damage = xlsx_damage()
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except damage as exc:
        raise CoopnetError(_BAD_XLSX.format(file=path.name, kind=type(exc).__name__)) from None
    try:
        ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            raise CoopnetError(_NO_SHEET.format(file=path.name))
        headers: list[str] | None = None
        rows: list[list[str]] = []
        lines: list[int] = []
        try:
            for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
                texts = [_cell_text(v) for v in values]
                if not any(t.strip() for t in texts):
                    continue
                if headers is None:
                    headers = [_clean_header(t) for t in texts]
                    while headers and not headers[-1]:
                        headers.pop()
                    continue
                rows.append(texts)
                lines.append(number)
                if max_rows is not None and len(rows) >= max_rows:
                    break
        except damage as exc:
            raise CoopnetError(_BAD_XLSX.format(file=path.name, kind=type(exc).__name__)) from None
    finally:
        wb.close()
    if not headers:
        raise CoopnetError(_EMPTY_SHEET.format(file=path.name))
    return Table(headers, rows, lines, "xlsx", None, None, path)


def read_table(
    path: str | Path, encoding: str | None = None, delimiter: str | None = None, max_rows: int | None = None
) -> Table:
    """Read a whole table (or its first ``max_rows`` rows, for a preview)."""
    path = Path(path)
    if detect_kind(path) == "xlsx":
        return read_xlsx(path, max_rows)
    return read_csv(path, encoding, delimiter, max_rows)
