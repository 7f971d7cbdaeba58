"""Run a BAN import in the worker pool, with progress and cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from coopnet.ui.progress import run_with_progress


def reject_path_for(source: Path) -> Path:
    """``adresses-78.csv.gz`` → ``adresses-78-rejects.csv`` next to it."""
    name = source.name
    for suffix in (".csv.gz", ".gz", ".csv"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    return source.with_name(f"{name}-rejects.csv")


def start_ban_import(page, source: Path, on_done, allow_removals: bool = False) -> None:
    """The worker writes through its own connection (SQLite WAL lets the page keep reading).

    A file that would remove many doors of a village is not imported: ``on_done`` receives
    the ``RemovalsNeedConsent`` (the page asks, then starts again with ``allow_removals``)."""
    from coopnet.io.ban import RemovalsNeedConsent, import_ban
    from coopnet.store.project import Project

    project_path = page.project.path
    reject = reject_path_for(source)

    def work(report):
        project = Project.open(project_path)
        try:
            result = import_ban(
                project, source, reject_file=reject, report=report, allow_removals=allow_removals
            )
        except RemovalsNeedConsent as exc:
            return exc
        finally:
            project.close()
        return result

    run_with_progress(
        page,
        page.context.pool,
        QCoreApplication.translate("MembersPage", "Importing addresses…"),
        work,
        on_done,
    )


def ban_result_text(result) -> str:
    """What the “Addresses imported” box says, in the interface's language: the counts, then one
    line per old INSEE code followed to today's commune (“78251 Fourqueux — merged into 78551
    Saint-Germain-en-Laye on 1 January 2019”)."""
    from coopnet.translation import catalog
    from coopnet.ui.i18n import current_language

    t = catalog(current_language())

    lines = [
        QCoreApplication.translate(
            "BanImport",
            "%1 doors created, %2 updated, %3 unchanged, %4 skipped (other communes), %5 rejected",
        )
        .replace("%1", t.number(result.created))
        .replace("%2", t.number(result.updated))
        .replace("%3", t.number(result.unchanged))
        .replace("%4", t.number(result.skipped_other_communes))
        .replace("%5", t.number(result.rejected))
    ]
    if result.removed or result.kept_not_in_ban:
        lines.append(
            QCoreApplication.translate(
                "BanImport",
                "%1 removed (no longer in the BAN, never visited), "
                "%2 kept although no longer in the BAN (visited or pledged)",
            )
            .replace("%1", t.number(result.removed))
            .replace("%2", t.number(result.kept_not_in_ban))
        )
    lines += [t.say(sentence) for sentence in dict.fromkeys(result.merged)]
    return "\n".join(lines)
