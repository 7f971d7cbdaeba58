"""Run a BAN import in the worker pool, with progress and cancel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pathlib import Path

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
