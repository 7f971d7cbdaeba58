"""Check a project file's schema before reading anything else from it.

A project file may come from anyone (a volunteer's copy edited with ``sqlite3``, a stranger's
file): a view with an endless recursive query, a trigger keeping a shadow copy of erased data,
a forged ``application_id`` over an empty schema. Before any of its tables is read, the file's
schema is compared with the one coopnet itself builds for that version — the same migrations
run on an empty in-memory database — so the check follows every new migration by itself:

- tables: exactly ours (SQLite's own ``sqlite_sequence``/``sqlite_stat*`` allowed), each with
  exactly our columns (no hidden or generated ones);
- no views, no virtual tables, no triggers but ours;
- indexes only on our tables, and none on expressions or partial unless they are ours.

Anything else: `ProjectFileError`, one line; the file is only read (``mode=ro``), never changed.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from dataclasses import dataclass, field

from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.errors import ProjectFileError

# Tables a file older than the given migration may lack (that migration adds them when the file is
# opened for writing): coopnet used to create them on first use.
LAZY_TABLES = {"scenarios": 14, "sync_pending": 15, "sync_log": 15}
SQLITE_OWN_TABLES = frozenset(
    {"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"}
)


@dataclass(frozen=True)
class Schema:
    tables: dict[str, tuple[str, ...]]
    triggers: dict[str, str] = field(default_factory=dict)
    views: dict[str, str] = field(default_factory=dict)
    indexes: dict[str, str] = field(default_factory=dict)


def _norm_sql(sql: str | None) -> str:
    return re.sub(r"\s+", " ", (sql or "").strip()).lower()


def read_schema(conn: sqlite3.Connection) -> tuple[Schema, list[tuple[str, str, str, str]]]:
    """The schema as written in ``sqlite_master`` (read only: no table is touched)."""
    rows = [tuple(r) for r in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")]
    tables: dict[str, tuple[str, ...]] = {}
    for kind, name, _tbl, _sql in rows:
        if kind == "table":
            tables[name] = ()
    return Schema(
        tables,
        {n: _norm_sql(s) for k, n, _t, s in rows if k == "trigger"},
        {n: _norm_sql(s) for k, n, _t, s in rows if k == "view"},
        {n: _norm_sql(s) for k, n, _t, s in rows if k == "index"},
    ), rows


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, int]]:
    """(name, hidden) of each column; ``hidden`` is 0 for an ordinary column."""
    quoted = '"' + table.replace('"', '""') + '"'
    return [(r[1], r[6]) for r in conn.execute(f"PRAGMA table_xinfo({quoted})")]


@functools.cache
def expected(version: int) -> Schema:
    """What coopnet writes for a file of schema ``version`` (migrations on an empty database)."""
    import sqlite_utils

    from coopnet.store import schema

    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        db = sqlite_utils.Database(conn)
        schema.create_meta(db)
        for target in sorted(n for n in schema.MIGRATIONS if n <= version):
            schema.MIGRATIONS[target](db)
        found, _rows = read_schema(conn)
        tables = {t: tuple(c for c, _h in _columns(conn, t)) for t in found.tables}
        return Schema(tables, found.triggers, found.views, found.indexes)
    finally:
        conn.close()


def _refuse(name: str, reason) -> ProjectFileError:
    return ProjectFileError(
        QT_TRANSLATE_NOOP("SchemaCheck", "{file}: refused, {reason}; the file was left untouched").format(
            file=name, reason=reason
        )
    )


def check_structure(conn: sqlite3.Connection, name: str) -> None:
    """What no coopnet file ever holds, whatever its version: checked before reading ``meta``."""
    mine, rows = read_schema(conn)
    for kind, obj, _tbl, sql in rows:
        if kind == "view":
            raise _refuse(
                name,
                QT_TRANSLATE_NOOP(
                    "SchemaCheck", "it holds a view (“{view}”), which a coopnet project never has"
                ).format(view=obj),
            )
        if kind == "table" and _norm_sql(sql).startswith("create virtual"):
            raise _refuse(
                name,
                QT_TRANSLATE_NOOP(
                    "SchemaCheck", "it holds a virtual table (“{table}”), which a coopnet project never has"
                ).format(table=obj),
            )
    if "meta" not in mine.tables:
        raise ProjectFileError(
            QT_TRANSLATE_NOOP(
                "Project", "{file}: not a coopnet project (a SQLite database of another program)"
            ).format(file=name)
        )
    if [c for c, _h in _columns(conn, "meta")] != ["key", "value"]:
        raise _refuse(name, QT_TRANSLATE_NOOP("SchemaCheck", "its “meta” table is not coopnet's"))


def check_version(conn: sqlite3.Connection, name: str, version: int) -> None:
    """The file's schema is exactly the one coopnet writes for ``version``."""
    want = expected(version)
    # What a later migration adds is ours too: a file labelled older that already has it (the
    # same tables and columns this coopnet writes) is not hostile, just relabelled.
    from coopnet.store.schema import SCHEMA_VERSION

    latest = expected(SCHEMA_VERSION)
    mine, rows = read_schema(conn)
    for table in mine.tables:
        if table in SQLITE_OWN_TABLES:
            continue
        if table not in want.tables and table in latest.tables:
            _check_columns(conn, name, table, latest.tables[table], latest.tables[table])
            continue
        if table not in want.tables:
            raise _refuse(
                name,
                QT_TRANSLATE_NOOP(
                    "SchemaCheck", "table “{table}” is not part of a coopnet project (schema {version})"
                ).format(table=table, version=version),
            )
    for table, columns in want.tables.items():
        if table not in mine.tables:
            if version < LAZY_TABLES.get(table, 0):
                continue
            raise _refuse(
                name,
                QT_TRANSLATE_NOOP(
                    "SchemaCheck", "table “{table}” is missing (damaged, or not made by coopnet)"
                ).format(table=table),
            )
        _check_columns(conn, name, table, columns, columns + latest.tables.get(table, ()))
    for trigger, sql in mine.triggers.items():
        if sql not in (want.triggers.get(trigger), latest.triggers.get(trigger)):
            raise _refuse(
                name,
                QT_TRANSLATE_NOOP(
                    "SchemaCheck", "it holds a trigger coopnet did not write (“{trigger}”)"
                ).format(trigger=trigger),
            )
    for kind, index, table, sql in rows:
        if kind != "index":
            continue
        if table not in want.tables and table not in latest.tables and table not in SQLITE_OWN_TABLES:
            raise _refuse(
                name,
                QT_TRANSLATE_NOOP(
                    "SchemaCheck", "index “{index}” is on a table coopnet does not have"
                ).format(index=index),
            )
        if (
            _norm_sql(sql) in (want.indexes.get(index), latest.indexes.get(index)) or sql is None
        ):  # ours, or an automatic one
            continue
        quoted = '"' + index.replace('"', '""') + '"'
        on_expression = any(r[1] == -2 for r in conn.execute(f"PRAGMA index_xinfo({quoted})") if r[5])
        if on_expression or " where " in _norm_sql(sql):
            raise _refuse(
                name,
                QT_TRANSLATE_NOOP("SchemaCheck", "index “{index}” is not one coopnet writes").format(
                    index=index
                ),
            )


def _check_columns(conn: sqlite3.Connection, name: str, table: str, required, allowed) -> None:
    have = _columns(conn, table)
    for column, hidden in have:
        if hidden:
            raise _refuse(
                name,
                QT_TRANSLATE_NOOP(
                    "SchemaCheck", "table “{table}” has a generated or hidden column (“{column}”)"
                ).format(table=table, column=column),
            )
        if column not in allowed:
            raise _refuse(
                name,
                QT_TRANSLATE_NOOP("SchemaCheck", "table “{table}” has an unknown column “{column}”").format(
                    table=table, column=column
                ),
            )
    names = {c for c, _h in have}
    for column in required:
        if column not in names:
            raise _refuse(
                name,
                QT_TRANSLATE_NOOP("SchemaCheck", "table “{table}” lacks its column “{column}”").format(
                    table=table, column=column
                ),
            )
