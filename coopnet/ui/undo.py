"""Undo/redo of edits (doors, pledges, villages, scenario parameters) through the store layer.

Every command holds the rows it touched *before* and *after* the edit, whole rows with
their ``updated_at``, so undo puts back exactly what was in the file (the audit log
keeps growing: an undo is itself recorded there). Rows are written in one
``project.transaction()`` and the pages hear about it through ``context.notify``.

Two ways to make a command:
- the explicit classes (``UpdateRowCommand``, ``InsertRowCommand``, ``DeleteRowCommand``,
  ``SetDoorStatusCommand``, ``SetParameterCommand``) when the caller knows the rows;
- ``recording(context, text, scopes, domains)`` around any store call (pledge form,
  status keystroke with its cascade): it snapshots the rows in ``scopes`` before and
  after and pushes the difference, so nothing a store function did behind the scenes
  (a visit row, a door status) is forgotten by undo.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator

from PySide6.QtGui import QUndoCommand

from coopnet.store.undo import RowChange, Scope, diff, fetch_rows, pk_of, snapshot, write_state


class RowsCommand(QUndoCommand):
    """Undo writes every row's ``before``, redo its ``after``. Pushed *after* the edit was
    made, so the first ``redo()`` (QUndoStack.push calls it) does nothing."""

    def __init__(self, context, text: str, changes: list[RowChange], domains: Iterable[str] = ()):
        super().__init__(text)
        self.context = context
        self.project = context.project
        self.changes = list(changes)
        self.domains = tuple(domains) or tuple(dict.fromkeys(_domain(c.table) for c in self.changes))
        self._done = True

    def _apply(self, use_after: bool) -> None:
        project = self.project
        if project is None or project.readonly or self.context.project is not project:
            return  # the project was closed (the stack is cleared then; belt and braces)
        with project.transaction():
            write_state(project, self.changes, use_after)
            for c in self.changes:
                project.audit(
                    "redo" if use_after else "undo",
                    c.table.rstrip("s"),
                    str(c.pk),
                    {"command": self.text()},
                    who=self.context.settings.volunteer_name or None,
                )
        for domain in self.domains:
            self.context.notify(domain)

    def undo(self) -> None:
        self._apply(use_after=False)
        self._done = False

    def redo(self) -> None:
        if self._done:
            return
        self._apply(use_after=True)
        self._done = True


def _domain(table: str) -> str:
    return {"visits": "doors"}.get(table, table)


def _row(project, table: str, pk) -> dict | None:
    return fetch_rows(project, Scope(table, pk_of(table), pk)).get(pk)


class UpdateRowCommand(RowsCommand):
    """Some columns of one row changed from ``old_values`` to ``new_values``."""

    def __init__(
        self,
        context,
        table: str,
        pk,
        old_values: dict,
        new_values: dict,
        domain: str | None = None,
        text: str = "",
    ):
        current = _row(context.project, table, pk) or {}
        before = {**current, **old_values}
        after = {**current, **new_values}
        super().__init__(
            context,
            text or f"edit {table} {pk}",
            [RowChange(table, pk, before, after)],
            [domain or _domain(table)],
        )


class InsertRowCommand(RowsCommand):
    """A row was added (undo deletes it, redo re-inserts the full row)."""

    def __init__(self, context, table: str, row: dict, domain: str | None = None, text: str = ""):
        pk = row[pk_of(table)]
        super().__init__(
            context,
            text or f"add {table} {pk}",
            [RowChange(table, pk, None, dict(row))],
            [domain or _domain(table)],
        )


class DeleteRowCommand(RowsCommand):
    """A row was removed (undo re-inserts the full row)."""

    def __init__(self, context, table: str, row: dict, domain: str | None = None, text: str = ""):
        pk = row[pk_of(table)]
        super().__init__(
            context,
            text or f"remove {table} {pk}",
            [RowChange(table, pk, dict(row), None)],
            [domain or _domain(table)],
        )


class SetDoorStatusCommand(RowsCommand):
    """A keystroke set a door's status: undo restores the door row and deletes the visit."""

    def __init__(self, context, door_before: dict, door_after: dict, visit_row: dict, text: str = ""):
        super().__init__(
            context,
            text or f"door {door_after['id']}: {door_after['status']}",
            [
                RowChange("doors", door_after["id"], dict(door_before), dict(door_after)),
                RowChange("visits", visit_row["id"], None, dict(visit_row)),
            ],
            ["doors"],
        )


class SetParameterCommand(RowsCommand):
    """A scenario's stored parameters changed (whole ``scenarios`` row before/after)."""

    def __init__(self, context, scenario_before: dict, scenario_after: dict, text: str = ""):
        super().__init__(
            context,
            text or f"scenario {scenario_after['name']}",
            [RowChange("scenarios", scenario_after["name"], dict(scenario_before), dict(scenario_after))],
            ["scenarios"],
        )


# -- recording around store calls ----------------------------------------------------
class Recording:
    """Rows of ``scopes`` before an edit; ``finish`` pushes what changed since."""

    def __init__(self, context, text: str, scopes: Iterable[Scope], domains: Iterable[str] = ()):
        self.context, self.text, self.domains = context, text, tuple(domains)
        self.project = context.project
        self.active = (
            self.project is not None
            and not self.project.readonly
            and getattr(context, "undo_stack", None) is not None
        )
        self.scopes = list(scopes)
        self.before = snapshot(self.project, self.scopes) if self.active else {}

    def add_scope(self, table: str, column: str, value) -> None:
        """A row known only after the edit (e.g. a new pledge's id): it was absent before."""
        self.scopes.append(Scope(table, column, value))

    def finish(self) -> RowsCommand | None:
        """Push one command with every row that changed (none if nothing did)."""
        if not self.active or self.context.project is not self.project:
            return None
        changes = diff(self.before, snapshot(self.project, self.scopes))
        if not changes:
            return None
        command = RowsCommand(self.context, self.text, changes, self.domains)
        self.context.undo_stack.push(command)
        return command


def start_recording(context, text: str, scopes: Iterable[Scope], domains: Iterable[str] = ()) -> Recording:
    """For edits that end later (a dialog opened with ``open()``): call ``finish()`` then."""
    return Recording(context, text, scopes, domains)


@contextlib.contextmanager
def recording(
    context, text: str, scopes: Iterable[Scope], domains: Iterable[str] = ()
) -> Iterator[Recording]:
    """Snapshot ``scopes``, run the block, push what changed as one undoable command.

    Nothing is pushed if the block raises or changed nothing (a cancelled dialog)."""
    rec = Recording(context, text, scopes, domains)
    yield rec
    rec.finish()


def door_scopes(door_id: str | None) -> list[Scope]:
    """A door, its visits and its pledges: what a status keystroke or the form can touch."""
    if not door_id:
        return []
    return [
        Scope("doors", "id", door_id),
        Scope("visits", "door_id", door_id),
        Scope("pledges", "door_id", door_id),
    ]


def pledge_scopes(pledge_id: str | None = None, door_id: str | None = None) -> list[Scope]:
    scopes = door_scopes(door_id)
    if pledge_id:
        scopes.append(Scope("pledges", "id", pledge_id))
    return scopes


# -- the edits the pages make, undoable ----------------------------------------------------
def set_door_status(context, door_id: str, status: str, who: str | None = None, text: str = "") -> str:
    """``store.visits.set_door_status`` + a ``SetDoorStatusCommand`` on the stack."""
    from coopnet.store.visits import set_door_status as store_set

    project = context.project
    before = _row(project, "doors", door_id)
    visit_id = store_set(project, door_id, status, who=who)
    if hasattr(context, "undo_stack") and before is not None:
        context.undo_stack.push(
            SetDoorStatusCommand(
                context, before, _row(project, "doors", door_id), _row(project, "visits", visit_id), text
            )
        )
    return visit_id


def delete_pledge(context, pledge_id: str, who: str | None = None, text: str = "") -> None:
    from coopnet.store.pledges import delete_pledge as store_delete

    row = _row(context.project, "pledges", pledge_id)
    store_delete(context.project, pledge_id, who=who)
    if hasattr(context, "undo_stack") and row is not None:
        context.undo_stack.push(DeleteRowCommand(context, "pledges", row, "pledges", text))


def update_village(context, insee: str, text: str = "", **fields) -> None:
    """``store.villages.update_village`` (threshold, deadline, households…), undoable."""
    from coopnet.store.villages import update_village as store_update

    with recording(context, text or f"village {insee}", [Scope("villages", "insee", insee)], ["villages"]):
        store_update(context.project, insee, **fields)


def save_scenario(context, name: str, values: dict, text: str = "") -> None:
    """``store.scenarios.save`` with a ``SetParameterCommand`` (nothing if nothing changed)."""
    from coopnet.store import scenarios

    project = context.project
    before = _row(project, "scenarios", name)
    scenarios.save(project, name, values)
    after = _row(project, "scenarios", name)
    if not hasattr(context, "undo_stack") or after is None or before == after:
        return
    if before is None:
        context.undo_stack.push(InsertRowCommand(context, "scenarios", after, "scenarios", text))
        return
    changed = sorted(
        k
        for k in set(json.loads(before["params"])) | set(json.loads(after["params"]))
        if json.loads(before["params"]).get(k) != json.loads(after["params"]).get(k)
    )
    context.undo_stack.push(
        SetParameterCommand(context, before, after, text or f"{name}: {', '.join(changed) or 'parameters'}")
    )
