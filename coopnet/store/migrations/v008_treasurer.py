"""Migration 8 (treasurer): the default operating model became "rip" (renting lines on the
public network, the usual route for a village cooperative); it used to be "build".

A scenario saved before this version that never set ``operating_model`` relied on the old
default: pin it to "build" so its figures do not silently change when the project is opened.
"""

from __future__ import annotations

import json

import sqlite_utils

OLD_DEFAULT = "build"


def migrate(db: sqlite_utils.Database) -> None:
    if "scenarios" not in db.table_names():
        return
    for name, raw in db.execute("SELECT name, params FROM scenarios").fetchall():
        try:
            params = json.loads(raw or "{}")
        except ValueError:
            continue  # a damaged row stays as it is; opening the scenario says what is wrong
        if not isinstance(params, dict) or "operating_model" in params:
            continue
        params["operating_model"] = OLD_DEFAULT
        db.execute(
            "UPDATE scenarios SET params = ? WHERE name = ?",
            [json.dumps(params, ensure_ascii=False, sort_keys=True), name],
        )
