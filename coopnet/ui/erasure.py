"""Erasing a household also erases what Undo remembers of it (issue 12 §4).

Undo commands hold whole rows *before* and *after* each edit. After a GDPR erase, undoing an
earlier edit of the pledge would write its name, phone and email back. ``forget_in_undo_stack``
blanks the personal fields of the erased pledges (and the notes of their doors' visits) in
every command of the stack, and marks those rows anonymised: undo and redo still work for
everything else (status, amounts), never for personal data.
"""

from __future__ import annotations

from coopnet.store.gdpr import PERSONAL_FIELDS, doors_of


def _blank(row: dict | None, table: str, pledge_ids: set[str], door_ids: set[str]) -> None:
    if row is None:
        return
    if table == "pledges" and row.get("id") in pledge_ids:
        for field in PERSONAL_FIELDS:
            if field in row:
                row[field] = None
        if "anonymised" in row:
            row["anonymised"] = 1
        if "duplicate_flag" in row:
            row["duplicate_flag"] = ""
    elif table == "visits" and row.get("door_id") in door_ids and "note" in row:
        row["note"] = ""


def forget_in_undo_stack(stack, pledge_ids, door_ids=()) -> int:
    """Blank the erased households in every command of ``stack``; returns the commands touched."""
    pledge_ids, door_ids = set(pledge_ids), {d for d in door_ids if d}
    touched = 0
    for i in range(stack.count()):
        command = stack.command(i)
        changes = getattr(command, "changes", None)
        if not changes:
            continue
        hit = False
        for change in changes:
            if (
                change.table == "pledges"
                and change.pk in pledge_ids
                or change.table == "visits"
                and any((r or {}).get("door_id") in door_ids for r in (change.before, change.after))
            ):
                _blank(change.before, change.table, pledge_ids, door_ids)
                _blank(change.after, change.table, pledge_ids, door_ids)
                hit = True
        touched += hit
    return touched


def forget_erased(context, pledge_ids) -> int:
    """After an erase in the window: the erased pledges and their doors, out of the undo stack."""
    stack = getattr(context, "undo_stack", None)
    if stack is None or not pledge_ids or context.project is None:
        return 0
    ids = list(pledge_ids)
    return forget_in_undo_stack(stack, ids, doors_of(context.project, ids))
