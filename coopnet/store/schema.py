"""Schema of the project file and its forward migrations.

Version 1 holds the foundation tables (meta, villages, backbone, PoPs, audit log)
plus the tables of each domain, created by that domain's ``create_tables``.
A later change to the schema adds a numbered migration to ``MIGRATIONS`` (in its own
module, ``coopnet/store/migrations/vNNN_what.py``, with ``migrate(db)``); ``SCHEMA_VERSION``
is the highest number. Migrations run on open, in order, in one transaction, after a backup.
Numbers may have gaps (they were reserved per piece of work), never reuse one.
"""

from __future__ import annotations

import sqlite_utils

from coopnet.store import members_schema, scenarios_schema
from coopnet.store.migrations import (
    v002_extract_register,
    v003_duplicate_refs,
    v004_reference,
    v005_measure,
    v006_sync,
    v008_treasurer,
    v009_one_detour_factor,
    v014_store_owns_schema,
    v015_sync_tables,
)

# Each module has ``create_tables(db)``; they own their tables.
DOMAIN_SCHEMAS = (members_schema, scenarios_schema)


def create_meta(db: sqlite_utils.Database) -> None:
    db.table("meta").create({"key": str, "value": str}, pk="key", if_not_exists=True)


def _create_v1(db: sqlite_utils.Database) -> None:
    db.table("villages").create(
        {
            "insee": str,  # 5 characters, 2A/2B for Corsica
            "name": str,
            "postcode": str,
            "lat": float,  # town hall, WGS84
            "lon": float,
            "population": int,
            "population_year": int,
            "population_source": str,
            "households": int,
            "households_source": str,
            "households_is_estimate": int,
            "boundary": str,  # GeoJSON geometry, WGS84
            "threshold_count": int,  # target as a count ...
            "threshold_pct": float,  # ... or as % of eligible doors
            "threshold_include_secondary": int,
            "deadline": str,  # ISO date
        },
        pk="insee",
        not_null={"name"},
        defaults={"households_is_estimate": 0, "threshold_include_secondary": 0},
    )
    db.table("backbone").create(
        {"id": int, "name": str, "geometry": str, "illustrative": int, "source": str},
        pk="id",
    )
    db.table("pops").create(
        {
            "id": int,
            "name": str,
            "lon": float,
            "lat": float,
            "insee": str,
            "illustrative": int,
            "source": str,
        },
        pk="id",
        not_null={"name", "lon", "lat"},
    )
    db.table("audit_log").create(
        {"id": int, "at": str, "who": str, "action": str, "entity": str, "entity_id": str, "detail": str},
        pk="id",
    )
    db.table("audit_log").create_index(["entity", "entity_id"])
    for module in DOMAIN_SCHEMAS:
        module.create_tables(db)


MIGRATIONS = {1: _create_v1}
MIGRATIONS[5] = v005_measure.migrate
MIGRATIONS[2] = v002_extract_register.migrate
MIGRATIONS[3] = v003_duplicate_refs.migrate
MIGRATIONS[6] = v006_sync.migrate
MIGRATIONS[4] = v004_reference.migrate
MIGRATIONS[8] = v008_treasurer.migrate
# Numbers reserved while issues are worked on side by side (add ``MIGRATIONS[n] = module.migrate``):
#   2, 3 trust (issue 12) · 4 commune reference and consent basis (issue 11) ·
#   5 measured traffic (issue 15) · 6 federation sync (issue 16) · 7 partial projects (issue 11) ·
#   8 treasurer: default route rip, old scenarios pinned to build (issue 14)

MIGRATIONS[9] = v009_one_detour_factor.migrate
MIGRATIONS[14] = v014_store_owns_schema.migrate
MIGRATIONS[15] = v015_sync_tables.migrate

SCHEMA_VERSION = max(MIGRATIONS)
