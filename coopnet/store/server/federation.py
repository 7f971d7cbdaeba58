"""What the federation's views give: counts per cooperative and village, nothing personal.

Only the views ``coopnet.village_counts`` and ``coopnet.village_tiers`` are read: any login
(volunteer, board or federation) may read them, and none of them holds a name, phone, e-mail or
address. The federation role can read nothing else.
"""

from __future__ import annotations

from coopnet.core.federation import FedVillage
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.errors import CoopnetError
from coopnet.store.server.connect import connect, safe_url

_COLUMNS = (
    "coop",
    "insee",
    "name",
    "population",
    "households",
    "threshold_count",
    "threshold_pct",
    "deadline",
    "lat",
    "lon",
    "boundary",
    "doors",
    "pledges",
    "members",
)


def read_counts(url: str) -> list[FedVillage]:
    """Every village of every cooperative on the server, with its counts, ordered by cooperative."""
    import psycopg

    with connect(url) as conn:
        try:
            rows = conn.execute(
                f"SELECT {', '.join(_COLUMNS)} FROM coopnet.village_counts ORDER BY coop, insee"
            ).fetchall()
        except (
            psycopg.errors.UndefinedTable,
            psycopg.errors.InvalidSchemaName,
            psycopg.errors.InsufficientPrivilege,
        ):
            raise CoopnetError(
                QT_TRANSLATE_NOOP(
                    "Federation",
                    "{url}: no federation views for this login (ask for “coopnet server init” "
                    "and “coopnet server add-user … --role federation”)",
                ).format(url=safe_url(url))
            ) from None
        conn.rollback()
        tiers: dict[str, dict[str, int]] = {}
        try:
            for _coop, insee, tier, n in conn.execute(
                "SELECT coop, insee, tier, pledges FROM coopnet.village_tiers"
            ):
                tiers.setdefault(insee, {})[tier] = int(n)
        except (psycopg.errors.UndefinedTable, psycopg.errors.InsufficientPrivilege):
            conn.rollback()  # a server initialised before the view: every pledge "not stated"
    out = []
    for r in rows:
        d = dict(zip(_COLUMNS, r))
        pledges = int(d["pledges"] or 0)
        out.append(
            FedVillage(
                coop=d["coop"],
                insee=d["insee"],
                name=d["name"] or d["insee"],
                population=d["population"],
                households=d["households"],
                threshold_count=d["threshold_count"],
                threshold_pct=d["threshold_pct"],
                deadline=d["deadline"],
                lat=d["lat"],
                lon=d["lon"],
                boundary=d["boundary"],
                doors=int(d["doors"] or 0),
                pledges=pledges,
                members=int(d["members"] or 0),
                tiers=tiers.get(d["insee"], {"": pledges} if pledges else {}),
            )
        )
    return out
