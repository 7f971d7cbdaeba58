"""Doors and active pledges per village, straight from SQL (no geopandas: the app uses these
to recolour its map in place)."""

from __future__ import annotations

# Pledges that no longer count (see store/members_schema.py).
INACTIVE_PLEDGE = ("withdrawn",)


def door_counts(project) -> dict[str, int]:
    return dict(project.conn.execute("SELECT insee, COUNT(*) FROM doors GROUP BY insee"))


def pledge_counts(project) -> dict[str, int]:
    marks = ",".join("?" * len(INACTIVE_PLEDGE))
    return dict(project.conn.execute(
        f"SELECT insee, COUNT(*) FROM pledges WHERE COALESCE(status,'pledged') NOT IN ({marks}) "
        "GROUP BY insee", INACTIVE_PLEDGE))
