"""INSEE census dwellings per commune → households of the project's villages.

The file (CSV ``;`` or XLSX as INSEE publishes it, title rows above the table)
has ``CODGEO`` and ``P21_RP`` (main residences ≈ households; ``P22_RP`` in the 2022
census…). Census figures replace the estimates and say where they come from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from coopnet.store.backup import backup_before_reimport
from coopnet.core import fr
from coopnet.errors import CoopnetError
from coopnet.store import villages as vstore
from coopnet.core.text import QT_TRANSLATE_NOOP

_RP = re.compile(r"^P(\d\d)_RP$", re.I)


@dataclass
class HouseholdsResult:
    rows: int = 0
    updated: int = 0
    not_in_project: int = 0
    column: str = ""
    year: int = 0
    missing: list[str] = field(default_factory=list)  # project villages absent from the file
    merged: list = field(default_factory=list)  # “78251 Fourqueux — merged into …”


def _reference():
    from coopnet.io.reference import load_reference

    return load_reference()


def _current_code(code: str):
    return _reference().resolve(code)


def _rows_csv(path: Path) -> list[list[str]]:
    import csv

    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    first = text.split("\n", 1)[0]
    sep = ";" if first.count(";") >= first.count(",") else ","
    return [row for row in csv.reader(text.splitlines(), delimiter=sep)]


def _rows_xlsx(path: Path) -> list[list]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Households", "{file}: not a workbook coopnet can read ({reason})").format(
                file=path.name, reason=exc
            )
        ) from None
    from coopnet.io.tabular import xlsx_damage

    try:
        for ws in wb.worksheets:  # INSEE workbooks: the table is on one of the sheets
            rows = [list(r) for r in ws.iter_rows(values_only=True)]
            if any(any(str(c).strip().upper() == "CODGEO" for c in r if c is not None) for r in rows[:30]):
                return rows
        return []
    except xlsx_damage() as exc:  # a sheet damaged inside a workbook that opened
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Households", "{file}: not a workbook coopnet can read ({reason})").format(
                file=path.name, reason=type(exc).__name__
            )
        ) from None
    finally:
        wb.close()


def _number(value) -> float | None:
    if value is None or str(value).strip() in ("", "s", "nd"):
        return None
    try:
        return float(str(value).replace("\u202f", "").replace(" ", "").replace(",", "."))
    except ValueError:
        return None


def import_households(project, path: Path, source: str = "") -> HouseholdsResult:
    rows = _rows_xlsx(path) if path.suffix.lower() in (".xlsx", ".xlsm") else _rows_csv(path)
    header_at = next(
        (i for i, r in enumerate(rows[:30]) if any(str(c or "").strip().upper() == "CODGEO" for c in r)), None
    )
    if header_at is None:
        raise CoopnetError(
            QT_TRANSLATE_NOOP(
                "Households", "{file}: no CODGEO column: is this an INSEE dwellings file?"
            ).format(file=path.name)
        )
    header = [str(c or "").strip() for c in rows[header_at]]
    code_i = [h.upper() for h in header].index("CODGEO")
    rp = sorted(((int(m.group(1)), i, h) for i, h in enumerate(header) if (m := _RP.match(h))), reverse=True)
    if not rp:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Households", "{file}: no main-residences column (P21_RP, P22_RP…)").format(
                file=path.name
            )
        )
    yy, rp_i, column = rp[0]  # the most recent census in the file
    year = 2000 + yy
    label = f"INSEE census {year} ({column.upper()})"
    villages = {v.insee: v for v in vstore.list_villages(project)}
    result = HouseholdsResult(column=column.upper(), year=year)
    updates, sums = {}, {}
    for n, row in enumerate(rows[header_at + 1 :], start=header_at + 2):
        if len(row) <= max(code_i, rp_i) or not str(row[code_i] or "").strip():
            continue
        result.rows += 1
        try:
            code = fr.normalize_insee(str(row[code_i]).split(".")[0])
        except ValueError:
            continue
        if code not in villages:
            now, old = _current_code(code)
            if old is None or now not in villages:
                result.not_in_project += 1
                continue
            from coopnet.core.communes import merger_sentence

            result.merged.append(merger_sentence(old, _reference().get(now)))
            code = now
        value = _number(row[rp_i])
        if value is None or value < 0:
            raise CoopnetError(
                QT_TRANSLATE_NOOP("Households", "{file}: line {n}: {column} “{rp_i}” is not a count").format(
                    file=path.name, n=n, column=column, rp_i=row[rp_i]
                )
            )
        sums[code] = sums.get(code, 0.0) + value  # households of merged communes add up
        updates[code] = round(sums[code])
    if not updates:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Households", "{file}: none of the project's villages is in this file").format(
                file=path.name
            )
        )
    backup_before_reimport(project, "villages", "households")
    with project.transaction():
        vstore.set_census_households(project, updates, label)
        project.set_meta("households_source", f"{label}" + (f" — {source}" if source else ""))
        project.audit(
            "import", "households", path.name, {"source": source, "column": column, "villages": len(updates)}
        )
    result.updated = len(updates)
    result.missing = sorted(set(villages) - set(updates))
    return result
