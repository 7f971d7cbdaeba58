"""Sync a project file with the federation's server: push its changes, pull the others'.

All or nothing on both sides: one SQLite transaction wraps one PostgreSQL transaction, and the
server commits first. Killed before the server's commit → neither side changed; killed between
the two commits → the server holds the push and the file is as before, so the next sync sends the
same rows again (no change on the server) and finds its own rows identical (no conflict).
Rows a volunteer may not touch are refused by the server's row-level security; they are
filtered out here first and counted as ``not_yours``.
"""

from __future__ import annotations

from coopnet.core import sync as rules
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.errors import Cancelled, CoopnetError, UsageError
from coopnet.store.server.connect import connect, safe_url, same_server
from coopnet.store.server.schema import COLUMNS, ENTITIES
from coopnet.store import sync_local as local

LOCK_SPACE = 0x434F4F50  # advisory lock namespace ("COOP"), second key: the cooperative's id
# What the progress dialog says at each step (a Msg: the app says it in its language).
PULLING = {
    "doors": QT_TRANSLATE_NOOP("Sync", "Receiving doors"),
    "pledges": QT_TRANSLATE_NOOP("Sync", "Receiving pledges"),
    "visits": QT_TRANSLATE_NOOP("Sync", "Receiving visits"),
}
PUSHING = {
    "doors": QT_TRANSLATE_NOOP("Sync", "Sending doors"),
    "pledges": QT_TRANSLATE_NOOP("Sync", "Sending pledges"),
    "visits": QT_TRANSLATE_NOOP("Sync", "Sending visits"),
}


SyncCancelled = Cancelled  # the one cancellation exception (coopnet.errors), old name


def _psycopg():
    import psycopg

    return psycopg


def whoami(conn) -> dict:
    psycopg = _psycopg()
    try:
        row = conn.execute(
            "SELECT session_user, coopnet.my_role(), coopnet.my_coop(), coopnet.my_coop_name(), "
            "coopnet.my_villages()"
        ).fetchone()
    except (
        psycopg.errors.UndefinedFunction,
        psycopg.errors.InvalidSchemaName,
        psycopg.errors.InsufficientPrivilege,
    ):
        raise CoopnetError(
            QT_TRANSLATE_NOOP(
                "Sync",
                "this server has no coopnet schema for you (ask for “coopnet server init” and "
                "“coopnet server add-user”)",
            )
        ) from None
    return {"user": row[0], "role": row[1], "coop_id": row[2], "coop": row[3], "villages": list(row[4] or [])}


def push_villages(conn, coop_id: int, rows: list[dict]) -> None:
    """A board registers its project's villages (figures, threshold, boundary) for its cooperative."""
    for v in rows:
        params = {
            k: v.get(k)
            for k in (
                "insee",
                "name",
                "postcode",
                "population",
                "households",
                "threshold_count",
                "threshold_pct",
                "deadline",
                "lat",
                "lon",
                "boundary",
            )
        }
        params["coop_id"] = coop_id
        conn.execute(
            "INSERT INTO coopnet.villages (insee, coop_id) VALUES (%(insee)s, %(coop_id)s) "
            "ON CONFLICT (insee) DO NOTHING",
            params,
        )
        conn.execute(
            "UPDATE coopnet.villages SET name = %(name)s, postcode = %(postcode)s, population = %(population)s, "
            "households = %(households)s, threshold_count = %(threshold_count)s, "
            "threshold_pct = %(threshold_pct)s, deadline = %(deadline)s, lat = %(lat)s, lon = %(lon)s, "
            "boundary = CASE WHEN %(boundary)s::text IS NULL THEN NULL ELSE "
            "ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(%(boundary)s::text), 4326)) END "
            "WHERE insee = %(insee)s AND coop_id = %(coop_id)s",
            params,
        )


def pull(conn, table: str, since_rev: int, new_villages: list[str]) -> list[dict]:
    from psycopg.rows import dict_row

    cols = ", ".join(COLUMNS[table])
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(
            f"SELECT {cols} FROM coopnet.{table} WHERE rev > %s OR insee = ANY(%s) ORDER BY rev",
            (since_rev, new_villages),
        )
        return cur.fetchall()


def push(conn, table: str, rows: list[dict]) -> int:
    """Upsert ``rows`` through COPY into a temporary table; identical rows keep their revision."""
    if not rows:
        return 0
    cols = list(COLUMNS[table])
    names = ", ".join(cols)
    tmp = f"sync_in_{table}"
    conn.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS {tmp} (LIKE coopnet.{table} INCLUDING DEFAULTS) ON COMMIT DROP"
    )
    with conn.cursor() as cur:
        with cur.copy(f"COPY {tmp} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([row.get(c) for c in cols])
        others = [c for c in cols if c != "id"]
        sets = ", ".join(f"{c} = excluded.{c}" for c in others)
        distinct = (
            f"({', '.join('t.' + c for c in others)}) IS DISTINCT FROM "
            f"({', '.join('excluded.' + c for c in others)})"
        )
        cur.execute(
            f"INSERT INTO coopnet.{table} AS t ({names}) SELECT {names} FROM {tmp} "
            f"ON CONFLICT (id) DO UPDATE SET {sets} WHERE {distinct}"
        )
        conn.execute(f"DROP TABLE {tmp}")
        return len(rows)


def max_rev(conn) -> int:
    parts = " UNION ALL ".join(f"SELECT max(rev) AS r FROM coopnet.{t}" for t in ENTITIES)
    return int(conn.execute(f"SELECT coalesce(max(r), 0) FROM ({parts}) x").fetchone()[0])


def _lost(url: str):
    return CoopnetError(
        QT_TRANSLATE_NOOP(
            "Sync",
            "{url}: the connection was lost during the sync; nothing was changed, here or on the "
            "server (try again)",
        ).format(url=safe_url(url))
    )


def sync_project(project, url: str | None = None, coop: str | None = None, report=None) -> dict:
    """Push this project's changes since its last sync, pull the others'; returns the counts.

    ``report(done, total, text)`` is called as it goes; returning False cancels (nothing changes).
    """
    psycopg = _psycopg()
    report = report or (lambda *a: True)
    before = local.state(project)
    if url and before["server"] and not same_server(url, before["server"]):
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "Sync", "this project syncs with {server}; it cannot switch to another server"
            ).format(server=before["server"])
        )
    if coop and before["coop"] and coop != before["coop"]:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "Sync", "this project belongs to the cooperative “{coop}” on its server"
            ).format(coop=before["coop"])
        )
    url = url or before["server"]
    coop = coop or before["coop"]
    if not url or not coop:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "Sync",
                "first sync of this project: name the server and the cooperative "
                "(--server postgresql://user@host/database --coop NAME)",
            )
        )
    first = before["rev"] == 0 and not project.meta("sync_at")
    steps = 2 + 2 * len(ENTITIES)
    counts = {
        "pushed": 0,
        "pulled": 0,
        "taken": 0,
        "conflicts": 0,
        "unchanged": 0,
        "invalid": 0,
        "not_yours": 0,
        "skipped": 0,
    }

    def step(n: int, text: str) -> None:
        if report(n, steps, text) is False:
            raise Cancelled(QT_TRANSLATE_NOOP("Sync", "sync cancelled; nothing was changed"))

    step(0, QT_TRANSLATE_NOOP("Sync", "Connecting to the server"))
    conn = connect(url)
    try:
        with project.transaction():
            try:
                with conn.transaction():
                    me = whoami(conn)
                    if me["role"] is None:
                        raise CoopnetError(
                            QT_TRANSLATE_NOOP("Sync", "{user} is not a coopnet user on this server").format(
                                user=me["user"]
                            )
                        )
                    if me["role"] == "federation":
                        raise CoopnetError(
                            QT_TRANSLATE_NOOP(
                                "Sync",
                                "{user} is the federation's login (counts only): it cannot sync a project",
                            ).format(user=me["user"])
                        )
                    if me["coop"] != coop:
                        raise CoopnetError(
                            QT_TRANSLATE_NOOP("Sync", "{user} belongs to “{theirs}”, not to “{coop}”").format(
                                user=me["user"], theirs=me["coop"], coop=coop
                            )
                        )
                    conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", (LOCK_SPACE, me["coop_id"]))
                    if me["role"] == "board":
                        push_villages(conn, me["coop_id"], local.villages(project))
                        me = whoami(conn)
                    mine = set(me["villages"])
                    new_villages = sorted(mine - set(before["villages"])) if not first else []
                    _exchange(project, conn, before, first, mine, new_villages, counts, step)
                    rev = max_rev(conn)
                    step(steps - 1, QT_TRANSLATE_NOOP("Sync", "Saving"))
                    local.remember(
                        project,
                        safe_url(url),
                        coop,
                        me["user"],
                        rev,
                        sorted(mine),
                        {k: counts[k] for k in ("pushed", "pulled", "conflicts", "invalid", "not_yours")},
                    )
            except psycopg.OperationalError:
                raise _lost(url) from None
            except psycopg.errors.InsufficientPrivilege as exc:
                raise CoopnetError(
                    QT_TRANSLATE_NOOP(
                        "Sync", "the server refused a change ({reason}); nothing was changed"
                    ).format(reason=exc.diag.message_primary)
                ) from None
            except psycopg.Error as exc:
                if conn.closed or conn.broken:
                    raise _lost(url) from None
                raise CoopnetError(
                    QT_TRANSLATE_NOOP(
                        "Sync", "the server refused the sync ({reason}); nothing was changed"
                    ).format(reason=exc.diag.message_primary or type(exc).__name__)
                ) from None
    finally:
        conn.close()
    return {
        "server": safe_url(url),
        "coop": coop,
        "user": me["user"],
        "role": me["role"],
        "villages": sorted(mine),
        "rev": rev,
        "first": first,
        **counts,
    }


def _exchange(
    project, conn, before: dict, first: bool, mine: set[str], new_villages: list[str], counts: dict, step
) -> None:
    known_villages = local.village_codes(project)
    local.begin_applying(project)
    for n, table in enumerate(ENTITIES):
        step(1 + 2 * n, PULLING[table])
        theirs_rows = pull(conn, table, before["rev"], new_villages)
        counts["pulled"] += len(theirs_rows)
        pending = local.pending(project, table)
        if first:
            candidates = local.ids(project, table)
            if before["extracted_at"]:
                pending |= local.changed_since(project, table, before["extracted_at"])
            else:
                pending = set(candidates)
        else:
            candidates = set(pending)
        ours = local.rows_by_id(project, table, [r["id"] for r in theirs_rows])
        door_ids = local.ids(project, "doors") if table != "doors" else None
        taken, conflicts, settled = [], [], set()
        for theirs in theirs_rows:
            if theirs["insee"] not in known_villages or (
                door_ids is not None and theirs.get("door_id") and theirs["door_id"] not in door_ids
            ):
                counts["skipped"] += 1  # a village or door this file does not hold
                continue
            mine_row = ours.get(theirs["id"])
            decision = rules.decide_pull(mine_row, theirs, theirs["id"] in pending)
            if decision == rules.TAKE:
                taken.append(theirs)
                settled.add(theirs["id"])
            elif decision == rules.CONFLICT and mine_row is not None:  # a conflict needs ours
                conflicts.append((mine_row, theirs))
                settled.add(theirs["id"])
            elif decision == rules.UNCHANGED:
                settled.add(theirs["id"])
            else:  # KEEP: ours goes up even if not changed lately
                candidates.add(theirs["id"])
        local.take(project, table, taken)
        counts["taken"] += len(taken)
        counts["unchanged"] += sum(1 for r in theirs_rows if r["id"] in settled) - len(taken) - len(conflicts)
        counts["conflicts"] += local.record_conflicts(project, table, conflicts, "sync")
        step(2 + 2 * n, PUSHING[table])
        rows = local.rows_by_id(project, table, candidates - settled)
        out = []
        for row in rows.values():
            if row.get("insee") not in mine:
                counts["not_yours"] += 1
            elif rules.invalid_reason(table, row):
                counts["invalid"] += 1
            else:
                out.append(row)
        counts["pushed"] += push(conn, table, out)
        local.clear_pending(project, table, settled | {r["id"] for r in out})
    local.end_applying(project)
