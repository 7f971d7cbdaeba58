"""Import household pledges from a CSV or XLSX file.

Every row is validated (``core.members.validate_pledge``); bad rows go to a reject
file (``;``, UTF-8 with BOM, the original columns + ``ligne`` + ``motif``) and good rows
are written in ONE transaction. Each row is attached to a door of its village: a BAN
door with the same street and number, else a manual door made for it. A stable key
(name + door) is stored so re-importing the same file creates nothing new.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import gc
import operator
import time
from dataclasses import dataclass, field
from pathlib import Path

from coopnet.store.backup import backup_before_reimport
from coopnet.core import pledge_rows as pr
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.errors import Cancelled, CoopnetError
from coopnet.io.tabular import Table, read_table
from coopnet.store import pledges as pledge_store
from coopnet.core.shown import shown
from coopnet.io.safe_csv import safe_writer
from coopnet.store import pledge_import as import_store
from coopnet.store.duplicates import flag_duplicates
from coopnet.store.pledge_import import INSERT_COLUMNS, DoorIndex
from coopnet.store.project import Project
from coopnet.translation import Catalog, catalog

# Pledge columns a file can carry; an update only touches the ones it has.
_FROM_FILE = {
    "last_name": ("last_name",),
    "first_name": ("first_name",),
    "phone": ("phone",),
    "email": ("email",),
    "tier": ("tier",),
    "monthly_fee_eur": ("monthly_fee_eur",),
    "shares_eur": ("shares_eur",),
    "consent_register": ("consent_register",),
    "consent_news": ("consent_news",),
    "pledged_on": ("pledged_on", "last_contact"),
    "volunteer": ("volunteer",),
    "notes": ("notes",),
    "status": ("status",),
}
_INSERT_ROW = operator.itemgetter(*INSERT_COLUMNS)
PROGRESS_EVERY = 2000
_CUT_SHORT = QT_TRANSLATE_NOOP(
    "PledgeImport", "line cut short ({count} of {width} columns) — is the file truncated?"
)
_SAME_ROW = QT_TRANSLATE_NOOP("PledgeImport", "duplicate row: same person at the same address as line {line}")
_NO_SUCH_COLUMN = QT_TRANSLATE_NOOP("PledgeImport", "column “{column}” (for {field}) is not in the file")
_NO_COLUMN_NUMBER = QT_TRANSLATE_NOOP("PledgeImport", "column {index} is not in the file")
_MISSING_COLUMNS = QT_TRANSLATE_NOOP(
    "PledgeImport", "{file}: no column for {missing} (columns found: {found}); nothing was imported"
)
_REJECTS_UNWRITABLE = QT_TRANSLATE_NOOP(
    "PledgeImport", "{file}: cannot write the reject file ({reason}); nothing was imported"
)
_CANCELLED = QT_TRANSLATE_NOOP("PledgeImport", "import cancelled: nothing was changed")
_NO_CONSENT_COLUMN = QT_TRANSLATE_NOOP(
    "PledgeImport",
    "{file}: no consent column, so no household's details can be kept; if they agreed "
    "another way, state the legal basis and its evidence once with --consent-basis "
    '"…" (in the app: the import wizard\'s “Legal basis” field), e.g. “paper forms kept '
    "at the town hall”; nothing was imported",
)


@dataclass
class ImportResult:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    possible_duplicates: int = 0
    rejected: int = 0
    rows: int = 0
    reject_file: Path | None = None
    encoding: str | None = None
    delimiter: str | None = None
    mapping: dict = field(default_factory=dict)
    rejects: list = field(default_factory=list)  # (line, reason in the import's language)
    timings: dict = field(default_factory=dict)  # seconds per phase (benchmarks)

    def as_dict(self) -> dict:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "possible_duplicates": self.possible_duplicates,
            "rejected": self.rejected,
            "rows": self.rows,
            "reject_file": str(self.reject_file) if self.reject_file else None,
        }


def default_reject_path(src: Path) -> Path:
    return src.with_name(f"{src.stem}-rejects.csv")


def resolve_mapping(table: Table, mapping: dict | None) -> dict[str, int]:
    """``mapping`` may name columns by header text or index; None → detected from headers."""
    if not mapping:
        return pr.detect_mapping(table.headers)
    out = {}
    lowered = [pr.norm(h) for h in table.headers]
    for fld, col in mapping.items():
        if col is None or col == "" or fld not in pr.FIELDS:
            continue
        if isinstance(col, int):
            index = col
        elif pr.norm(col) in lowered:
            index = lowered.index(pr.norm(col))
        else:
            raise CoopnetError(_NO_SUCH_COLUMN.format(column=col, field=pr.FIELD_LABELS.get(fld, fld)), 2)
        if not 0 <= index < len(table.headers):
            raise CoopnetError(_NO_COLUMN_NUMBER.format(index=index), 2)
        out[fld] = index
    return out


def _changes(old: dict, new: dict, raw: dict) -> dict:
    """Columns the file carries (non-empty cells) whose value differs from the stored one."""
    out = {}
    for fld, columns in _FROM_FILE.items():
        if not raw.get(fld):
            continue
        for col in columns:
            if col == "last_contact" and (old.get(col) or "") >= (new.get(col) or ""):
                continue
            if (old.get(col) if old.get(col) is not None else "") != (
                new.get(col) if new.get(col) is not None else ""
            ):
                out[col] = new[col]
    return out


def _write_rejects(
    path: Path, headers: list[str], rejects: list[tuple[list[str], int, str]], t: Catalog | None = None
) -> None:
    """``rejects``: (original cells, line, reason already in the reader's language); the two
    added columns are named in that language too (``ligne;motif``, ``line;reason``)."""
    t = t or catalog(None)
    tmp = path.with_name(path.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = safe_writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL)
            writer.writerow(
                list(headers) + [t.translate("PledgeImport", "line"), t.translate("PledgeImport", "reason")]
            )
            width = len(headers)
            for values, line, reason in rejects:
                cells = list(values) + [""] * (width - len(values))
                writer.writerow(cells + [line, reason])
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CoopnetError(_REJECTS_UNWRITABLE.format(file=path, reason=exc.strerror)) from None


def import_pledges(
    project: Project,
    path,
    reject_file=None,
    encoding: str | None = None,
    delimiter: str | None = None,
    mapping: dict | None = None,
    report=None,
    volunteer: str | None = None,
    today: dt.date | None = None,
    lang: str | None = None,
    consent_basis: str | None = None,
) -> ImportResult:
    """Import ``path`` into ``project``; see the module docstring. ``report(done, total, text)``
    returning False cancels (nothing is written). Each pledge and the visit that marks its door
    are stamped with the row's volunteer (Bénévole column), else ``volunteer`` (the configured
    name), else the OS user. Reject reasons are written in ``lang`` (default: the system's).

    A file without a consent column is refused unless ``consent_basis`` states, once, the legal
    basis and its evidence (“paper forms kept at the town hall”); it is then recorded on each
    imported row (``pledges.consent_basis``) and in the audit log — never assumed."""
    # Hundreds of thousands of live rows make each automatic collection scan them all, again
    # and again, for no cycle to free (about 1 s of 10): no collection until the import ends.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _import(
            project,
            Path(path),
            reject_file,
            encoding,
            delimiter,
            mapping,
            report,
            volunteer,
            today,
            lang,
            (consent_basis or "").strip(),
        )
    finally:
        if collecting:
            gc.enable()


def _import(
    project, path, reject_file, encoding, delimiter, mapping, report, volunteer, today, lang, basis: str = ""
) -> ImportResult:
    report = report or (lambda *a: True)
    t = catalog(lang)
    say = t.say
    t_read = time.perf_counter()
    table = read_table(path, encoding=encoding, delimiter=delimiter)
    read_seconds = time.perf_counter() - t_read
    cols = resolve_mapping(table, mapping)
    missing = pr.missing_required(cols)
    if missing:
        raise CoopnetError(
            _MISSING_COLUMNS.format(
                file=path.name,
                missing=", ".join(missing),
                found=", ".join(h for h in table.headers if h)[:200],
            )
        )
    by_basis = "consent_register" not in cols
    if by_basis and not basis:
        raise CoopnetError(_NO_CONSENT_COLUMN.format(file=path.name))
    if not by_basis:
        basis = ""  # each row's own consent column decides; a stated basis is not needed
    today = today or dt.date.today()
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    who = (volunteer or "").strip() or project.user
    doors = DoorIndex(project)
    communes = pr.CommuneIndex(import_store.villages(project), doors.streets_of)
    resolve = functools.lru_cache(maxsize=4096)(communes.resolve)
    tiers = tuple(pledge_store.tiers(project))
    existing = import_store.existing_by_key(project)
    result = ImportResult(
        rows=len(table.rows), encoding=table.encoding, delimiter=table.delimiter, mapping=cols
    )
    rejects: list[tuple[list[str], int, list]] = []
    inserts: list[tuple] = []
    updates: list[tuple[str, dict]] = []
    seen: dict[str, int] = {}
    total = len(table.rows)
    width = len(table.headers)
    timings = result.timings
    timings["read"] = read_seconds
    parse_row, row_values, person_key = pr.parse_row, pr.row_values, pr.person_key
    find_door, source = doors.find_or_make, shown(path.name)
    new_id, as_insert = _id_stream(), _INSERT_ROW
    t0 = time.perf_counter()
    for n, (values, line) in enumerate(zip(table.rows, table.lines)):
        if n % PROGRESS_EVERY == 0:
            text = t.translate("PledgeImport", "Checking row {n} of {total}")
            if report(n, total, text.format(n=t.number(n), total=t.number(total))) is False:
                raise Cancelled(_CANCELLED)
        raw = row_values(values, cols)
        if by_basis:
            raw["consent_register"] = "oui"  # the stated basis stands for the missing column
        res = parse_row(raw, line, resolve, tiers=tiers, today=today, source=source)
        errors = res.errors
        if n == total - 1 and len(values) < width and table.kind == "csv":
            errors = errors + [_CUT_SHORT.format(count=len(values), width=width)]
        if errors:
            rejects.append((values, line, errors))
            continue
        cand = res.candidate
        row = cand.fields
        if not row["volunteer"]:
            row["volunteer"] = who
        door_id = find_door(cand, row["insee"], now)
        key = person_key(row["last_name"], row["first_name"], door_id)
        if key in seen:
            rejects.append((values, line, [_SAME_ROW.format(line=seen[key])]))
            continue
        seen[key] = line
        old = existing.get(key)
        if old is not None:
            changes = _changes(old, row, raw)
            if changes:
                updates.append((old["id"], changes))
            else:
                result.unchanged += 1
            continue
        row["id"], row["door_id"], row["import_key"] = next(new_id), door_id, key
        row["created_at"] = row["updated_at"] = now
        row["duplicate_flag"] = ""
        row["consent_basis"] = basis
        inserts.append(as_insert(row))
    timings["check"] = time.perf_counter() - t0
    report(total, total, t.translate("PledgeImport", "Writing"))
    # Each message said in the reader's language before they are joined.
    said = [(values, line, "; ".join(say(e) for e in errors)) for values, line, errors in rejects]
    result.rejected = len(said)
    result.rejects = [(line, reason) for _, line, reason in said]
    if said and reject_file:  # the CLI and the wizard always give one (default_reject_path)
        result.reject_file = Path(reject_file)
        _write_rejects(result.reject_file, table.headers, said, t)
    t0 = time.perf_counter()
    backup_before_reimport(project, "pledges", "pledges")
    with import_store.references_known(project), project.transaction():
        import_store.write(project, doors, inserts, updates, now, who, source)
        timings["write"] = time.perf_counter() - t0
        touched = {r[0] for r in inserts} | {pid for pid, _ in updates}
        result.possible_duplicates = flag_duplicates(project, touched, lang=lang)
        timings["duplicates"] = time.perf_counter() - t0 - timings["write"]
        result.imported, result.updated = len(inserts), len(updates)
        audit = {"file": source, **result.as_dict()}
        if basis:
            audit["consent_basis"] = basis
        project.audit("import", "pledges", None, audit, who=who)
    return result


def _id_stream(batch: int = 4096):
    """New ids one at a time, made ``batch`` at a time."""
    while True:
        yield from import_store.new_ids(batch)
