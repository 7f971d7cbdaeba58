"""Migration 9: one detour factor per project.

Scenarios used to carry their own ``detour_factor`` (1–3) that only the cost model read, beside the
project's (1–5) that the map's links read. The project setting is now the only one. When the project
has none yet, the base scenario's (else the first scenario's) value becomes the project's; the key
is then removed from every scenario, and the move is written to the audit log.
"""

from __future__ import annotations

import datetime as dt
import json

import sqlite_utils

KEY = "detour_factor"


def migrate(db: sqlite_utils.Database) -> None:
    if "scenarios" not in db.table_names():
        return
    rows = [
        (name, json.loads(params or "{}"))
        for name, params in db.execute("SELECT name, params FROM scenarios ORDER BY name != 'base', name")
    ]
    carried = [(name, params[KEY]) for name, params in rows if KEY in params]
    if not carried:
        return
    has_project_value = db.execute("SELECT 1 FROM meta WHERE key = ?", [KEY]).fetchone() is not None
    moved = None
    if not has_project_value:
        try:
            value = float(carried[0][1])
        except (TypeError, ValueError):
            value = None
        if value is not None and 1.0 <= value <= 5.0:
            moved = value
            db.execute("INSERT INTO meta(key, value) VALUES(?, ?)", [KEY, repr(value)])
    for name, params in rows:
        if KEY in params:
            del params[KEY]
            db.execute(
                "UPDATE scenarios SET params = ? WHERE name = ?",
                [json.dumps(params, ensure_ascii=False, sort_keys=True), name],
            )
    detail = {"scenarios": [name for name, _ in carried], "project_detour_factor": moved}
    db.execute(
        "INSERT INTO audit_log(at, who, action, entity, entity_id, detail) VALUES (?,?,?,?,?,?)",
        [
            dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "coopnet",
            "migrate",
            "project",
            KEY,
            json.dumps(detail, ensure_ascii=False),
        ],
    )
