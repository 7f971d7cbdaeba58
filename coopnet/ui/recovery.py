"""Autosave of typed-but-unsaved forms, and recovery after a crash or a kill.

The pledge form writes a draft (JSON) into the user data folder at every field change
and every few seconds: ``<AppDataLocation>/drafts/<project_id>.json``. Saving or
cancelling the form deletes it. When a project opens and a draft is there, the main
window says what it recovered and offers to put it back into the form, or discard it.

The draft holds personal data (a name, a phone), so it lives only in the user's own
data folder, never next to the project, and is removed as soon as it is not needed.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

log = logging.getLogger(__name__)
DRAFT_VERSION = 1
AUTOSAVE_MS = 3000


def drafts_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation) or str(Path.home())
    return Path(base) / "drafts"


def project_key(project) -> str:
    return project.meta("project_id") or project.path.stem


def draft_path(project) -> Path:
    return drafts_dir() / f"{project_key(project)}.json"


@dataclass
class Draft:
    kind: str  # "pledge"
    project_id: str
    project_path: str
    insee: str
    values: dict
    door_id: str | None = None
    pledge_id: str | None = None  # set when an existing pledge was being edited
    place: str = ""  # "12 Rue de l'Église, Thoiry"
    volunteer: str = ""
    saved_at: str = ""
    version: int = DRAFT_VERSION
    extra: dict = field(default_factory=dict)

    def description(self) -> str:
        """What the user is told: "an unsaved pledge for 12 Rue de l'Église, Thoiry (Léa Martin)"."""
        who = " ".join(
            v for v in (self.values.get("first_name", ""), self.values.get("last_name", "")) if v
        ).strip()
        text = QCoreApplication.translate("recovery", "an unsaved pledge for {0}").format(
            self.place or self.insee
        )
        return f"{text} ({who})" if who else text

    def saved_text(self) -> str:
        """When it was typed, in the interface language's format (dd/mm/yyyy hh:mm)."""
        from coopnet.ui.i18n import formats

        try:
            when = dt.datetime.fromisoformat(self.saved_at)
        except ValueError:
            return self.saved_at
        return formats().datetime(when)


def write_draft(project, draft: Draft) -> Path:
    """Atomic: a kill in the middle leaves the previous draft, never half a file."""
    path = draft_path(project)
    path.parent.mkdir(parents=True, exist_ok=True)
    draft.saved_at = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(draft), ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)
    return path


def read_draft(project) -> Draft | None:
    path = draft_path(project)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        names = set(Draft.__dataclass_fields__)
        return Draft(**{k: v for k, v in data.items() if k in names})
    except (OSError, ValueError, TypeError) as exc:
        log.warning("unreadable draft %s: %s", path, exc)
        return None


def clear_draft(project) -> None:
    draft_path(project).unlink(missing_ok=True)


def recoverable_draft(project) -> Draft | None:
    """The draft to offer for this project (writable, same file or the file moved)."""
    if project is None or project.readonly:
        return None
    draft = read_draft(project)
    if draft is None or draft.project_id != project_key(project):
        return None
    same = Path(draft.project_path).resolve() == project.path.resolve()
    return draft if same or not Path(draft.project_path).exists() else None


# -- the pledge form ---------------------------------------------------------------
def form_values(dialog) -> dict:
    out = {}
    for key, w in dialog.fields.items():
        if isinstance(w, QLineEdit):
            out[key] = w.text()
        elif isinstance(w, QComboBox):
            out[key] = w.currentData() or ""
        elif isinstance(w, QCheckBox):
            out[key] = w.isChecked()
    return out


def fill_form(dialog, values: dict) -> None:
    for key, value in values.items():
        w = dialog.fields.get(key)
        if isinstance(w, QLineEdit):
            w.setText(str(value))
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(w.findData(value), 0))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))


def place_text(project, insee: str, door: dict | None) -> str:
    from coopnet.store.doors import address_text
    from coopnet.store.villages import village_name

    village = village_name(project, insee)
    return f"{address_text(door)}, {village}" if door else village


class PledgeAutosave(QObject):
    """Keeps a draft of one open pledge form; deleted when the form is saved or cancelled."""

    def __init__(self, dialog, project, interval_ms: int = AUTOSAVE_MS):
        super().__init__(dialog)
        self.dialog, self.project = dialog, project
        self.initial = form_values(dialog)
        self._last = None
        for w in dialog.fields.values():
            signal = (
                w.textChanged
                if isinstance(w, QLineEdit)
                else w.currentIndexChanged
                if isinstance(w, QComboBox)
                else w.toggled
            )
            signal.connect(self.save)
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.save)
        self.timer.start()
        dialog.finished.connect(self.discard)

    def draft(self) -> Draft:
        d = self.dialog
        return Draft(
            kind="pledge",
            project_id=project_key(self.project),
            project_path=str(self.project.path),
            insee=d.insee,
            values=form_values(d),
            door_id=d.door["id"] if d.door else None,
            pledge_id=d.pledge.id if d.pledge is not None else None,
            place=place_text(self.project, d.insee, d.door),
            volunteer=d.volunteer or "",
        )

    def save(self, *_args) -> None:
        if self.project is None or self.project.readonly:
            return
        values = form_values(self.dialog)
        if values == self.initial:  # nothing typed (or typed back): nothing to lose
            if self._last is not None:
                clear_draft(self.project)
                self._last = None
            return
        if values == self._last:
            return
        try:
            write_draft(self.project, self.draft())
            self._last = values
        except OSError as exc:  # a full disk must not stop the volunteer typing
            log.warning("could not write the draft: %s", exc)

    def discard(self, *_args) -> None:
        self.timer.stop()
        for w in self.dialog.fields.values():
            signal = (
                w.textChanged
                if isinstance(w, QLineEdit)
                else w.currentIndexChanged
                if isinstance(w, QComboBox)
                else w.toggled
            )
            try:
                signal.disconnect(self.save)
            except (RuntimeError, TypeError):
                pass
        clear_draft(self.project)
        self._last = None


def attach_autosave(dialog, project) -> PledgeAutosave | None:
    """Hook a pledge form (coopnet.ui.members.pledge_form.PledgeDialog) to the autosave."""
    if project is None or project.readonly:
        return None
    existing = getattr(dialog, "autosave", None)
    if existing is not None:
        return existing
    dialog.autosave = PledgeAutosave(dialog, project)
    return dialog.autosave


def restore_into_form(window, draft: Draft):
    """Show the Members page and open the pledge form with the draft's values (non-blocking).

    Returns the dialog; saving it goes through the undo stack like any pledge."""
    from coopnet.store import pledges as pstore
    from coopnet.store.doors import get_door
    from coopnet.ui import undo
    from coopnet.ui.members.pledge_form import PledgeDialog

    context = window.context
    project = context.project
    page = next(p for p in window.pages if getattr(p, "page_id", "") == "members")
    window.nav.setCurrentRow(window.pages.index(page))
    page.select_village(draft.insee)
    door = get_door(project, draft.door_id) if draft.door_id else None
    pledge = pstore.get_pledge(project, draft.pledge_id) if draft.pledge_id else None
    volunteer = draft.volunteer or context.settings.volunteer_name
    dialog = PledgeDialog(project, draft.insee, door=door, pledge=pledge, volunteer=volunteer, parent=page)
    fill_form(dialog, draft.values)
    attach_autosave(dialog, project)
    dialog.autosave.initial = {}  # restored text counts as typed: keep the draft until saved
    dialog.autosave.save()
    rec = undo.start_recording(
        context,
        QCoreApplication.translate("recovery", "Pledge (recovered)"),
        undo.pledge_scopes(draft.pledge_id, draft.door_id),
        ("pledges", "doors"),
    )

    def done(result: int) -> None:
        if result == PledgeDialog.Accepted and dialog.saved_id:
            rec.add_scope("pledges", "id", dialog.saved_id)
            rec.finish()
            context.notify("pledges")
            context.notify("doors")
        page._dialog = None

    dialog.finished.connect(done)
    page._dialog = dialog  # where tests and the page look for the open form
    dialog.open()
    return dialog
