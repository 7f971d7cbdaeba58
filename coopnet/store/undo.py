"""Rows before and after an edit, and putting them back: the store side of undo/redo (``ui/undo.py``).

A generic row writer for the tables an edit can touch (``PKS``); whole rows, written as they were.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


# Primary key of each table an edit can touch.
PKS = {"villages": "insee", "doors": "id", "visits": "id", "pledges": "id", "scenarios": "name"}
# Parents first: inserts go in this order, deletes in reverse (foreign keys hold throughout).
ORDER = ("villages", "doors", "visits", "pledges", "scenarios")


@dataclass(frozen=True)
class Scope:
    """All rows of ``table`` whose ``column`` equals ``value``."""

    table: str
    column: str
    value: object


@dataclass
class RowChange:
    """One row of ``table``: ``before``/``after`` are whole rows (None = absent)."""

    table: str
    pk: object
    before: dict | None
    after: dict | None


def pk_of(table: str) -> str:
    return PKS[table]


def _has_table(project, table: str) -> bool:
    return (
        project.conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone()
        is not None
    )


def fetch_rows(project, scope: Scope) -> dict:
    """{pk: row} of the rows in ``scope`` (empty when the table does not exist yet)."""
    if scope.value is None or not _has_table(project, scope.table):
        return {}
    cur = project.conn.execute(f'SELECT * FROM "{scope.table}" WHERE "{scope.column}" = ?', (scope.value,))
    names = [c[0] for c in cur.description]
    pk = pk_of(scope.table)
    return {row[names.index(pk)]: dict(zip(names, row)) for row in cur}


def snapshot(project, scopes: Iterable[Scope]) -> dict:
    """{(table, pk): row} of every row in ``scopes``."""
    out = {}
    for scope in scopes:
        for pk, row in fetch_rows(project, scope).items():
            out[(scope.table, pk)] = row
    return out


def diff(before: dict, after: dict) -> list[RowChange]:
    """The rows that differ between two snapshots (a row absent before was inserted)."""
    keys = sorted(set(before) | set(after), key=lambda k: (ORDER.index(k[0]), str(k[1])))
    return [
        RowChange(t, pk, before.get((t, pk)), after.get((t, pk)))
        for t, pk in keys
        if before.get((t, pk)) != after.get((t, pk))
    ]


def write_state(project, changes: list[RowChange], use_after: bool) -> None:
    """Put every row of ``changes`` in its before (or after) state; call inside a transaction."""
    want = [(c.table, c.pk, c.after if use_after else c.before) for c in changes]
    current = {(t, pk): fetch_rows(project, Scope(t, pk_of(t), pk)).get(pk) for t, pk, _ in want}
    present = [(t, pk, row) for t, pk, row in want if row is not None]
    inserts = sorted([w for w in present if current[(w[0], w[1])] is None], key=lambda w: ORDER.index(w[0]))
    updates = [w for w in present if current[(w[0], w[1])] is not None]
    deletes = sorted(
        [w for w in want if w[2] is None and current[(w[0], w[1])] is not None],
        key=lambda w: -ORDER.index(w[0]),
    )
    for table, _, row in inserts:
        cols = list(row)
        project.conn.execute(
            f'INSERT INTO "{table}" ({", ".join(f"""[{c}]""" for c in cols)}) '
            f"VALUES ({', '.join('?' for _ in cols)})",
            [row[c] for c in cols],
        )
    for table, pk, row in updates:
        cols = [c for c in row if c != pk_of(table)]
        if cols:
            project.conn.execute(
                f'UPDATE "{table}" SET {", ".join(f"[{c}] = ?" for c in cols)} WHERE [{pk_of(table)}] = ?',
                [row[c] for c in cols] + [pk],
            )
    for table, pk, _ in deletes:
        project.conn.execute(f'DELETE FROM "{table}" WHERE [{pk_of(table)}] = ?', (pk,))
