"""Doors, visits, pledges and merge conflicts (schema version 1).

Ids are text and stable across copies of a project (BAN ``id`` for doors,
uuid4 hex for everything made in coopnet) so volunteer files can be merged.
``updated_at`` (ISO timestamp) on every row lets merge see what changed since an extract.
"""

import sqlite_utils

DOOR_STATUSES = (
    "not_visited",
    "absent",
    "refused",
    "interested",
    "pledged",
    "member",
    "already_served",
    "vacant",
    "second_home",
)


def create_tables(db: sqlite_utils.Database) -> None:
    db.table("doors").create(
        {
            "id": str,  # BAN id, or "manual-<uuid hex>" for an address not in the BAN
            "insee": str,
            "numero": str,
            "rep": str,  # bis, ter...
            "nom_voie": str,
            "code_postal": str,
            "lon": float,
            "lat": float,  # WGS84
            "x": float,
            "y": float,  # Lambert-93
            "source": str,  # "ban" | "manual"
            "status": str,  # one of DOOR_STATUSES
            "status_at": str,
            "status_by": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"insee"},
        defaults={"status": "not_visited", "source": "ban"},
        foreign_keys=[("insee", "villages", "insee")],
    )
    db.table("doors").create_index(["insee", "nom_voie", "numero"])
    db.table("visits").create(
        {"id": str, "door_id": str, "at": str, "who": str, "outcome": str, "note": str, "updated_at": str},
        pk="id",
        foreign_keys=[("door_id", "doors", "id")],
    )
    db.table("visits").create_index(["door_id"])
    db.table("pledges").create(
        {
            "id": str,  # uuid4 hex
            "door_id": str,
            "insee": str,
            "last_name": str,
            "first_name": str,
            "phone": str,  # E.164 (+33...)
            "email": str,
            "tier": str,  # e.g. "100 Mb/s"
            "monthly_fee_eur": float,
            "shares_eur": float,
            "consent_register": int,  # required to keep contact details
            "consent_wording_version": str,
            "consent_news": int,  # separate, unticked by default
            "pledged_on": str,  # ISO date
            "volunteer": str,
            "notes": str,
            "status": str,  # "pledged" | "member" | "withdrawn"
            "source": str,  # "form" | import file name | merge
            "duplicate_flag": str,  # why it may be a duplicate; "" when reviewed/none
            "anonymised": int,
            "last_contact": str,  # ISO date, for retention
            "import_key": str,  # core.pledge_rows.person_key of an imported row
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"insee"},
        defaults={
            "status": "pledged",
            "consent_register": 0,
            "consent_news": 0,
            "anonymised": 0,
            "duplicate_flag": "",
        },
        foreign_keys=[("door_id", "doors", "id"), ("insee", "villages", "insee")],
    )
    db.table("pledges").create_index(["door_id"])
    db.table("pledges").create_index(["insee"])
    db.table("pledges").create_index(["phone"])
    db.table("pledges").create_index(["email"])
    db.table("pledges").create_index(["import_key"])
    db.table("conflicts").create(
        {
            "id": str,
            "entity": str,
            "entity_id": str,
            "ours": str,
            "theirs": str,
            "source": str,
            "detected_at": str,
            "resolved_at": str,
            "resolution": str,
        },
        pk="id",
    )
