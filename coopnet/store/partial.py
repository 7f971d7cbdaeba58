"""Remove one layer of data from a project (what a cooperative that is not the sample lacks).

A new cooperative starts with some layers only: boundaries without households, pledges without
BAN doors, no backbone… ``remove_layer`` puts a project in such a state through the store, in
one transaction, with an audit line; the partial-project tests build their states with it.
"""

from __future__ import annotations

from coopnet.store.project import Project

LAYERS = ("boundaries", "households", "doors", "pledges", "backbone", "pops", "thresholds", "scenarios")


def _remove_doors(project: Project) -> None:
    """BAN doors go; a door a pledge hangs on stays, as a manual door (as if typed for the pledge)."""
    kept = "SELECT door_id FROM pledges WHERE door_id IS NOT NULL"
    project.conn.execute(f"DELETE FROM visits WHERE door_id NOT IN ({kept})")
    project.conn.execute(f"DELETE FROM doors WHERE id NOT IN ({kept})")
    project.conn.execute("UPDATE doors SET source = 'manual', status = 'pledged'")


_SQL = {
    "boundaries": ["UPDATE villages SET boundary = NULL"],
    "households": [
        "UPDATE villages SET households = NULL, households_source = '', "
        "households_is_estimate = 0, population = NULL, population_year = NULL, "
        "population_source = ''"
    ],
    "pledges": [
        "DELETE FROM conflicts WHERE entity = 'pledge'",
        "DELETE FROM pledges",
        "UPDATE doors SET status = 'not_visited' WHERE status IN ('pledged', 'member')",
    ],
    "backbone": ["DELETE FROM backbone", "DELETE FROM meta WHERE key = 'backbone_source'"],
    "pops": ["DELETE FROM pops", "DELETE FROM meta WHERE key = 'pops_source'"],
    "thresholds": ["UPDATE villages SET threshold_count = NULL, threshold_pct = NULL, deadline = NULL"],
    "scenarios": ["DELETE FROM scenarios"],
}


def remove_layer(project: Project, layer: str) -> None:
    """Remove ``layer`` (one of LAYERS) from the project."""
    if layer not in LAYERS:
        raise ValueError(f"unknown layer {layer!r}; one of {', '.join(LAYERS)}")
    with project.transaction():
        if layer == "doors":
            _remove_doors(project)
        else:
            for sql in _SQL[layer]:
                if layer != "scenarios" or "scenarios" in project.db.table_names():
                    project.conn.execute(sql)
        if layer == "households":
            project.conn.execute("DELETE FROM meta WHERE key = 'households_source'")
        if layer == "boundaries":
            project.conn.execute("DELETE FROM meta WHERE key = 'boundaries_source'")
        project.audit("remove", "layer", layer, {})


def layer_counts(project: Project) -> dict:
    """How much of each layer the project holds (cheap counts, for ``core.missing``)."""
    q = lambda sql: project.conn.execute(sql).fetchone()[0]  # noqa: E731
    unplaced = [
        r[0]
        for r in project.conn.execute(
            "SELECT name FROM villages WHERE (boundary IS NULL OR boundary = '') "
            "AND (lat IS NULL OR lon IS NULL) ORDER BY name"
        )
    ]
    return {
        "villages": q("SELECT COUNT(*) FROM villages"),
        "boundaries": q("SELECT COUNT(*) FROM villages WHERE boundary IS NOT NULL AND boundary != ''"),
        "unplaced": unplaced,
        "households": q(
            "SELECT COUNT(*) FROM villages WHERE households IS NOT NULL OR population IS NOT NULL"
        ),
        "doors": q("SELECT COUNT(*) FROM doors WHERE COALESCE(source, 'ban') = 'ban'"),
        "pledges": q("SELECT COUNT(*) FROM pledges"),
        "backbone": q("SELECT COUNT(*) FROM backbone"),
        "pops": q("SELECT COUNT(*) FROM pops"),
        "thresholds": q(
            "SELECT COUNT(*) FROM villages WHERE threshold_count IS NOT NULL OR threshold_pct IS NOT NULL"
        ),
    }
