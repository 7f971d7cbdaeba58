"""Import doors from a national address base (BAN) file: ``adresses-XX.csv[.gz]``.

One door per address of the project's communes; addresses of other communes are
counted and skipped. The BAN ``id`` is the door's key, so re-importing updates doors
in place. A door that disappeared from the BAN is removed only if nobody ever visited
it and it has no pledge. Bad rows go to the reject file; the rest is imported in one
transaction (all or nothing). Speed matters (a department is ~600 000 rows): rows are
checked in plain Python and written with ``executemany``.
"""

from __future__ import annotations

import csv
import gzip
import io
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable

from coopnet.core.shown import shown
from coopnet.io.limits import LimitedLines, check_gzip_ratio, check_rejected_share
from coopnet.io.safe_csv import RejectFile, safe_writer
from coopnet.store import ban_doors as ban_store
from coopnet.store.backup import backup_before_reimport
from coopnet.errors import Cancelled, CoopnetError
from coopnet.store.doors import now_iso
from coopnet.store.project import Project
from coopnet.core.ban_columns import REQUIRED

REPORT_EVERY = 20_000
IMPORT_CACHE_KIB = 256 * 1024

Report = Callable[[int, int, str], bool]


@dataclass
class BanResult:
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped_other_communes: int = 0
    rejected: int = 0
    removed: int = 0  # gone from the BAN, never visited, no pledge
    kept_not_in_ban: int = 0  # gone from the BAN but visited or pledged: kept
    communes: dict = field(default_factory=dict)  # insee -> doors in the file
    merged: list = field(default_factory=list)  # “78251 Fourqueux — merged into 78551 …”
    reject_file: str | None = None

    def summary(self) -> str:
        text = (
            f"{self.created} doors created, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.skipped_other_communes} skipped (other communes), {self.rejected} rejected"
        )
        if self.removed or self.kept_not_in_ban:
            text += (
                f"; {self.removed} removed (no longer in the BAN, never visited), "
                f"{self.kept_not_in_ban} kept although no longer in the BAN (visited or pledged)"
            )
        for sentence in self.merged:
            text += f"; {sentence}"
        return text


def _open_text(path: Path):
    """(binary file for progress, text stream). Gzip is recognised by its magic bytes."""
    raw = path.open("rb")
    head = raw.read(2)
    raw.seek(0)
    stream = gzip.GzipFile(fileobj=raw, mode="rb") if head == b"\x1f\x8b" else raw
    # Strict UTF-8: a Windows-1252 file is refused rather than imported garbled.
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="strict", newline="")
    return raw, text


def import_ban(
    project: Project,
    path: str | Path,
    reject_file: str | Path | None = None,
    report: Report | None = None,
    allow_removals: bool = False,
) -> BanResult:
    """Import ``path`` into ``project``; see the module docstring. Raises CoopnetError for a
    file that cannot be a BAN file (nothing changed) and Cancelled on cancel."""
    path = Path(path)
    if not path.is_file():
        raise CoopnetError(f"{path}: no such file")
    if path.stat().st_size == 0:
        raise CoopnetError(f"{path.name}: the file is empty")
    communes = ban_store.village_codes(project)
    if not communes:
        raise CoopnetError("the project has no villages yet: add the communes before their addresses")
    result = BanResult()
    # A department is ~100 MB of pages: a big page cache keeps index updates in memory.
    with ban_store.page_cache(project, IMPORT_CACHE_KIB):
        backup_before_reimport(project, "doors", "addresses")
        with project.transaction():  # an exception anywhere (cancel too) rolls everything back
            _import(project, path, communes, reject_file, report, result, allow_removals)
    return result


def _merged_into(code: str, communes: set[str], result: BanResult) -> str | None:
    """The project's commune an old INSEE code merged into (and the sentence saying so), or None."""
    from coopnet.core.communes import merger_sentence
    from coopnet.io.reference import load_reference

    ref = load_reference()
    now, old = ref.resolve(code)
    current = ref.get(now)
    if old is None or current is None or now not in communes:
        return None
    result.merged.append(merger_sentence(old, current))
    return now


def _import(
    project: Project,
    path: Path,
    communes: set[str],
    reject_file,
    report,
    result: BanResult,
    allow_removals: bool = False,
) -> None:
    before_rows = ban_store.ban_door_count(project)
    seen: set[str] = set()
    sinks: list[RejectFile] = []
    # rowcount (sqlite3_changes) counts the doors written, not the rows triggers add
    # (the sync journal): conn.total_changes would count both.
    written_rows = [0]

    def write(batch) -> None:
        written_rows[0] += ban_store.upsert_doors(project, batch)

    try:
        _read(
            path,
            communes,
            result,
            seen,
            report,
            write,
            lambda header: sinks.append(RejectFile(reject_file, header)) or sinks[-1],
        )
        written = written_rows[0]
        result.created = ban_store.ban_door_count(project) - before_rows
        result.updated = written - result.created
        result.unchanged = len(seen) - written
        result.rejected = sinks[0].count if sinks else 0
        _drop_gone(project, seen, result, allow_removals)
        if sinks and sinks[0].commit():
            result.reject_file = str(reject_file)
    except BaseException:
        for sink in sinks:
            sink.discard()
        raise
    project.audit(
        "import",
        "doors",
        None,
        {
            "file": shown(path.name),
            "created": result.created,
            "updated": result.updated,
            "unchanged": result.unchanged,
            "removed": result.removed,
            "skipped_other_communes": result.skipped_other_communes,
            "rejected": result.rejected,
        },
    )


def _read(
    path: Path,
    communes: set[str],
    result: BanResult,
    seen: set[str],
    report: Report | None,
    write: Callable[[list[tuple]], None],
    rejects_for,
) -> None:
    """Check every row; hand good ones to ``write`` in batches, rejected ones to the
    ``RejectFile`` that ``rejects_for(header)`` gives (streamed, never kept in memory)."""
    total = path.stat().st_size
    good: list[tuple] = []
    raw, text = _open_text(path)
    lines = LimitedLines(text, path.name)
    try:
        reader = csv.reader(lines, delimiter=";")
        header = next(reader, None)
        if header is None:
            raise CoopnetError(f"{path.name}: the file is empty")
        header = [h.strip().lower() for h in header]
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            found = ", ".join(header[:6])[:120]
            raise CoopnetError(
                f"{path.name}: not a BAN address file (missing columns: {', '.join(missing)}; "
                f"found: {found}). Expected the 23 columns of adresses-XX.csv separated by “;”"
            )
        ncols = len(header)
        sink = rejects_for(header)

        def reject(row, reason):
            sink.add(row, reason)
            if sink.count % 256 == 0:
                check_rejected_share(path.name, n, sink.count, sink.first_reason)

        i_id, i_num, i_rep, i_voie, i_cp, i_insee, i_lon, i_lat, i_x, i_y = (
            header.index(c) for c in REQUIRED
        )
        i_ld = header.index("nom_ld") if "nom_ld" in header else None
        now = now_iso()
        followed: dict[str, str | None] = {}
        # Hot loop (600 000 rows): locals only, cheapest checks first.
        n = skipped = 0
        per_commune: dict[str, int] = {}
        append, add = good.append, seen.add
        for row in reader:
            n += 1
            if n % REPORT_EVERY == 0:
                write(good)
                good.clear()
                check_gzip_ratio(path.name, lines.chars, raw.tell())
                if (
                    report is not None
                    and report(raw.tell(), total, f"{n:,} addresses read".replace(",", "\u202f")) is False
                ):
                    raise Cancelled()
            if len(row) != ncols:
                if not row or row == [""]:
                    n -= 1  # blank line
                    continue
                reject(row, f"{len(row)} columns instead of {ncols}")
                continue
            insee = row[i_insee].strip()
            if insee not in communes:
                now = followed.get(insee, "?")
                if now == "?":
                    now = followed[insee] = _merged_into(insee, communes, result)
                if now is None:
                    skipped += 1
                    continue
                insee = now  # an old code (a file from before a merger): today's commune
            door_id = row[i_id].strip()
            numero = row[i_num].strip()
            voie = row[i_voie].strip() or (row[i_ld].strip() if i_ld is not None else "")
            cp = row[i_cp].strip()
            reason = None
            if not door_id:
                reason = "no id"
            elif door_id in seen:
                reason = f"id {door_id} appears twice in the file"
            elif numero and not numero.isdigit():
                reason = f"numero “{numero[:20]}” is not a number"
            elif not voie:
                reason = "no street name (nom_voie)"
            elif cp and not (len(cp) == 5 and cp.isdigit()):
                reason = f"postcode “{cp[:20]}” is not 5 digits"
            else:
                try:  # float() ignores surrounding spaces itself
                    lon, lat = float(row[i_lon]), float(row[i_lat])
                    x, y = row[i_x], row[i_y]
                    x = float(x) if x else None
                    y = float(y) if y else None
                except ValueError:
                    reason = "position (lon, lat, x, y) is not a number"
                else:
                    if not (-5.5 <= lon <= 10.0 and 41.0 <= lat <= 51.5):
                        reason = f"position {lon}, {lat} is outside mainland France"
            if reason:
                reject(row, reason)
                continue
            add(door_id)
            per_commune[insee] = per_commune.get(insee, 0) + 1
            append((door_id, insee, numero, row[i_rep].strip(), voie, cp, lon, lat, x, y, now, now))
        result.rows, result.skipped_other_communes, result.communes = n, skipped, per_commune
        write(good)
    except UnicodeDecodeError:
        raise CoopnetError(
            f"{path.name}: not UTF-8 text (a BAN file is UTF-8; "
            "re-save it as “CSV UTF-8” or download it again)"
        ) from None
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise CoopnetError(f"{path.name}: damaged or truncated gzip file ({exc})") from None
    except csv.Error as exc:
        raise CoopnetError(f"{path.name}: {exc}") from None
    finally:
        text.close()
        raw.close()
    if result.rows == 0:
        raise CoopnetError(f"{path.name}: no addresses in the file (only a header)")
    if report is not None and report(total, total, "writing doors…") is False:
        raise Cancelled()


REMOVAL_SHARE = 0.05  # more than 5 % of a village's doors (and at least 3) needs consent
REMOVAL_MIN = 3


class RemovalsNeedConsent(CoopnetError):
    """A re-import would remove many never-visited doors: the file may list only part of a
    village. ``villages``: [(insee, name, removed, doors)]. Nothing was changed."""

    def __init__(self, message, villages):
        super().__init__(message)
        self.villages = villages


def _check_removals(per_village: list[tuple[str, str, int, int]]) -> None:
    big = [
        (insee, name, removable, doors)
        for insee, name, removable, doors in per_village
        if removable >= REMOVAL_MIN and removable > REMOVAL_SHARE * doors
    ]
    if big:
        said = ", ".join(
            f"{removed} of {doors} doors of {name} ({insee})" for insee, name, removed, doors in big
        )
        raise RemovalsNeedConsent(
            f"this file would remove {said} (never visited, not in the file) — it may list only "
            "part of the village; nothing imported. If it is complete, import again allowing the "
            "removals (--allow-removals)",
            big,
        )


def _drop_gone(project: Project, seen: set[str], result: BanResult, allow_removals: bool = False) -> None:
    """Doors of the communes in this file that the BAN no longer lists: removed if nobody
    ever touched them, kept (and counted) otherwise."""
    if not result.communes:
        return
    communes = sorted(result.communes)
    if not ban_store.mark_gone(project, communes, seen):  # every door of these communes is in the file
        return
    result.kept_not_in_ban = ban_store.gone_but_used(project, communes)
    if not allow_removals:
        _check_removals(ban_store.removable_per_village(project, communes))
    result.removed = ban_store.remove_gone(project, communes)


def write_rejects(path: Path, header: list[str], rejects: list[tuple[list[str], str]]) -> None:
    """Rejected rows as they were, plus a ``reason`` column (``;`` + UTF-8 with BOM for Excel)."""
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            w = safe_writer(fh, delimiter=";")
            w.writerow(list(header) + ["reason"])
            for row, reason in rejects:
                w.writerow(list(row) + [reason])
    except OSError as exc:
        raise CoopnetError(f"{path}: cannot write the reject file ({exc.strerror})") from None


def sniff_is_ban(path: Path) -> bool:
    """Cheap check used by the UI before starting a long import."""
    try:
        raw, text = _open_text(path)
        with raw, text:
            head = text.readline()
    except (OSError, UnicodeDecodeError, EOFError, gzip.BadGzipFile, zlib.error):
        return False
    cols = [c.strip().lower() for c in head.split(";")]
    return all(c in cols for c in REQUIRED)
