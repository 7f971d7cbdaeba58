"""The server's schema, roles and row-level security, and its user administration.

Everything lives in the ``coopnet`` schema of one database. Three group roles (cluster-wide,
``NOLOGIN``): ``coopnet_volunteer`` reads and writes doors, visits and pledges of the villages
listed for them; ``coopnet_board`` the same for every village of its cooperative, and registers
those villages; ``coopnet_federation`` reads only the counting views (no personal data).
Row-level security policies enforce this inside PostgreSQL; the app's own filters are a courtesy.

Every write stamps ``rev`` from one sequence (and ``changed_by``): a sync pulls the rows whose
``rev`` is above the last one it saw. Syncs of a cooperative take an advisory lock, so revisions
of that cooperative commit in order and none is skipped.
"""

from __future__ import annotations

import secrets

from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.errors import CoopnetError, UsageError
from coopnet.store.server.connect import check_name, connect, safe_url

SCHEMA_VERSION = 2  # 2: view village_tiers (federation brief)
ROLES = ("volunteer", "board", "federation")
GROUP = {r: f"coopnet_{r}" for r in ROLES}

# Columns shared with the project file (coopnet.store.members_schema), in server types.
COLUMNS = {
    "doors": {
        "id": "text PRIMARY KEY",
        "insee": "text NOT NULL REFERENCES coopnet.villages",
        "numero": "text",
        "rep": "text",
        "nom_voie": "text",
        "code_postal": "text",
        "lon": "double precision",
        "lat": "double precision",
        "x": "double precision",
        "y": "double precision",
        "source": "text",
        "status": "text",
        "status_at": "text",
        "status_by": "text",
        "created_at": "text",
        "updated_at": "text",
    },
    "pledges": {
        "id": "text PRIMARY KEY",
        "door_id": "text",
        "insee": "text NOT NULL REFERENCES coopnet.villages",
        "last_name": "text",
        "first_name": "text",
        "phone": "text",
        "email": "text",
        "tier": "text",
        "monthly_fee_eur": "double precision",
        "shares_eur": "double precision",
        "consent_register": "integer",
        "consent_wording_version": "text",
        "consent_news": "integer",
        "pledged_on": "text",
        "volunteer": "text",
        "notes": "text",
        "status": "text",
        "source": "text",
        "duplicate_flag": "text",
        "anonymised": "integer",
        "last_contact": "text",
        "import_key": "text",
        "created_at": "text",
        "updated_at": "text",
    },
    "visits": {
        "id": "text PRIMARY KEY",
        "door_id": "text",
        "insee": "text NOT NULL REFERENCES coopnet.villages",
        "at": "text",
        "who": "text",
        "outcome": "text",
        "note": "text",
        "updated_at": "text",
    },
}
ENTITIES = ("doors", "pledges", "visits")  # pledges and visits point at doors

# Validated values only: the server refuses what the app's forms would refuse.
CHECKS = {
    "doors": [
        "status IS NULL OR status IN ('not_visited','absent','refused','interested','pledged','member',"
        "'already_served','vacant','second_home')",
        "lon IS NULL OR lon BETWEEN -180 AND 180",
        "lat IS NULL OR lat BETWEEN -90 AND 90",
    ],
    "pledges": [
        "status IS NULL OR status IN ('pledged','member','withdrawn')",
        "coalesce(phone,'') = '' OR phone ~ '^\\+[1-9][0-9]{6,14}$'",
        "coalesce(email,'') = '' OR email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'",
        "monthly_fee_eur IS NULL OR monthly_fee_eur >= 0",
        "shares_eur IS NULL OR shares_eur >= 0",
        "coalesce(pledged_on,'') = '' OR pledged_on ~ '^\\d{4}-\\d{2}-\\d{2}'",
    ],
    "visits": [],
}

INSEE_CHECK = "insee ~ '^([0-9]{5}|2[AB][0-9]{3})$'"


def _table_sql(table: str) -> str:
    cols = [f"{name} {kind}" for name, kind in COLUMNS[table].items()]
    cols += ["rev bigint NOT NULL DEFAULT 0", "changed_by text"]
    if table == "doors":
        cols.append("geom geometry(Point, 4326)")
    cols += [f"CHECK ({c})" for c in CHECKS[table] + [INSEE_CHECK]]
    return f"CREATE TABLE IF NOT EXISTS coopnet.{table} (\n  " + ",\n  ".join(cols) + "\n)"


def ddl() -> list[str]:
    """The statements of ``server init``, in order; each is safe to run again."""
    out = [
        "CREATE SCHEMA IF NOT EXISTS coopnet",
        "CREATE SEQUENCE IF NOT EXISTS coopnet.rev_seq",
        "CREATE TABLE IF NOT EXISTS coopnet.info (key text PRIMARY KEY, value text)",
        "CREATE TABLE IF NOT EXISTS coopnet.coops (id serial PRIMARY KEY, name text UNIQUE NOT NULL "
        "CHECK (length(btrim(name)) > 0), created_at timestamptz NOT NULL DEFAULT now())",
        "CREATE TABLE IF NOT EXISTS coopnet.members (username text PRIMARY KEY, "
        "coop_id integer REFERENCES coopnet.coops, role text NOT NULL "
        "CHECK (role IN ('volunteer','board','federation')), created_at timestamptz NOT NULL DEFAULT now())",
        "CREATE TABLE IF NOT EXISTS coopnet.member_villages (username text REFERENCES coopnet.members "
        "ON DELETE CASCADE, insee text, PRIMARY KEY (username, insee))",
        "CREATE TABLE IF NOT EXISTS coopnet.villages (insee text PRIMARY KEY CHECK (" + INSEE_CHECK + "), "
        "coop_id integer NOT NULL REFERENCES coopnet.coops, name text, postcode text, population integer, "
        "households integer CHECK (households IS NULL OR households >= 0), threshold_count integer, "
        "threshold_pct double precision, deadline text, lat double precision, lon double precision, "
        "boundary geometry(MultiPolygon, 4326), rev bigint NOT NULL DEFAULT 0, changed_by text)",
    ]
    out += [_table_sql(t) for t in ENTITIES]
    out += [f"CREATE INDEX IF NOT EXISTS {t}_rev ON coopnet.{t} (rev)" for t in ENTITIES + ("villages",)]
    out += [f"CREATE INDEX IF NOT EXISTS {t}_insee ON coopnet.{t} (insee)" for t in ENTITIES]
    out += [
        "CREATE INDEX IF NOT EXISTS doors_geom ON coopnet.doors USING gist (geom)",
        "CREATE INDEX IF NOT EXISTS villages_boundary ON coopnet.villages USING gist (boundary)",
        "CREATE INDEX IF NOT EXISTS villages_coop ON coopnet.villages (coop_id)",
    ]
    out += [
        # Stamps every write: a revision for sync, who wrote it, and the door's point.
        """CREATE OR REPLACE FUNCTION coopnet.stamp() RETURNS trigger LANGUAGE plpgsql
           SECURITY DEFINER SET search_path = coopnet, public, pg_temp AS $$
           BEGIN
             NEW.rev := nextval('coopnet.rev_seq');
             NEW.changed_by := session_user;
             IF TG_TABLE_NAME = 'doors' THEN
               NEW.geom := CASE WHEN NEW.lon IS NOT NULL AND NEW.lat IS NOT NULL
                                THEN ST_SetSRID(ST_MakePoint(NEW.lon, NEW.lat), 4326) END;
             END IF;
             RETURN NEW;
           END $$""",
        # Who is asking: their role, cooperative and villages (definer rights: members is private).
        """CREATE OR REPLACE FUNCTION coopnet.my_role() RETURNS text LANGUAGE sql STABLE
           SECURITY DEFINER SET search_path = coopnet, pg_temp AS $$
           SELECT role FROM coopnet.members WHERE username = session_user $$""",
        """CREATE OR REPLACE FUNCTION coopnet.my_coop() RETURNS integer LANGUAGE sql STABLE
           SECURITY DEFINER SET search_path = coopnet, pg_temp AS $$
           SELECT coop_id FROM coopnet.members WHERE username = session_user $$""",
        """CREATE OR REPLACE FUNCTION coopnet.my_coop_name() RETURNS text LANGUAGE sql STABLE
           SECURITY DEFINER SET search_path = coopnet, pg_temp AS $$
           SELECT c.name FROM coopnet.members m JOIN coopnet.coops c ON c.id = m.coop_id
           WHERE m.username = session_user $$""",
        """CREATE OR REPLACE FUNCTION coopnet.my_villages() RETURNS text[] LANGUAGE sql STABLE
           SECURITY DEFINER SET search_path = coopnet, pg_temp AS $$
           SELECT coalesce(array_agg(v.insee ORDER BY v.insee), '{}')
           FROM coopnet.villages v JOIN coopnet.members m ON m.coop_id = v.coop_id
           WHERE m.username = session_user
             AND (m.role = 'board' OR (m.role = 'volunteer' AND EXISTS (
                  SELECT 1 FROM coopnet.member_villages mv
                  WHERE mv.username = m.username AND mv.insee = v.insee))) $$""",
        # Counts only, for everybody who may count: no name, phone or email can come out of it.
        # (aggregated once per table, not recounted per village: national scale, docs/dev/scale.md)
        """CREATE OR REPLACE VIEW coopnet.village_counts AS
           SELECT c.name AS coop, v.insee, v.name, v.population, v.households, v.threshold_count,
                  v.threshold_pct, v.deadline, v.lat, v.lon, ST_AsGeoJSON(v.boundary, 6) AS boundary,
                  coalesce(d.n, 0) AS doors, coalesce(p.pledges, 0) AS pledges,
                  coalesce(p.members, 0) AS members
           FROM coopnet.villages v JOIN coopnet.coops c ON c.id = v.coop_id
           LEFT JOIN (SELECT insee, count(*) AS n FROM coopnet.doors GROUP BY insee) d ON d.insee = v.insee
           LEFT JOIN (SELECT insee, count(*) FILTER (WHERE status IN ('pledged', 'member')) AS pledges,
                             count(*) FILTER (WHERE status = 'member') AS members
                      FROM coopnet.pledges WHERE coalesce(anonymised, 0) = 0 GROUP BY insee) p
             ON p.insee = v.insee""",
        """CREATE OR REPLACE VIEW coopnet.coop_counts AS
           SELECT coop, count(*) AS villages, sum(households) AS households, sum(doors) AS doors,
                  sum(pledges) AS pledges, sum(members) AS members
           FROM coopnet.village_counts GROUP BY coop""",
        # Pledges per tier and village (the carrier brief's columns, the gigabit share): counts only.
        """CREATE OR REPLACE VIEW coopnet.village_tiers AS
           SELECT c.name AS coop, p.insee, coalesce(p.tier, '') AS tier, count(*) AS pledges
           FROM coopnet.pledges p JOIN coopnet.villages v ON v.insee = p.insee
           JOIN coopnet.coops c ON c.id = v.coop_id
           WHERE p.status IN ('pledged', 'member') AND coalesce(p.anonymised, 0) = 0
           GROUP BY c.name, p.insee, coalesce(p.tier, '')""",
    ]
    for t in ENTITIES + ("villages",):
        out += [
            f"DROP TRIGGER IF EXISTS {t}_stamp ON coopnet.{t}",
            f"CREATE TRIGGER {t}_stamp BEFORE INSERT OR UPDATE ON coopnet.{t} "
            f"FOR EACH ROW EXECUTE FUNCTION coopnet.stamp()",
        ]
    out += _security()
    return out


def _security() -> list[str]:
    out = []
    for group in GROUP.values():
        out.append(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') "
            f"THEN CREATE ROLE {group} NOLOGIN; END IF; END $$"
        )
    vol, board, fed = GROUP["volunteer"], GROUP["board"], GROUP["federation"]
    out += [
        "REVOKE ALL ON SCHEMA coopnet FROM PUBLIC",
        "REVOKE ALL ON ALL TABLES IN SCHEMA coopnet FROM PUBLIC",
        "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA coopnet FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA coopnet TO {vol}, {board}, {fed}",
        f"GRANT EXECUTE ON FUNCTION coopnet.my_role(), coopnet.my_coop(), coopnet.my_coop_name(), "
        f"coopnet.my_villages() TO {vol}, {board}, {fed}",
        f"GRANT SELECT ON coopnet.village_counts, coopnet.coop_counts, coopnet.village_tiers "
        f"TO {vol}, {board}, {fed}",
        f"GRANT SELECT ON coopnet.info TO {vol}, {board}, {fed}",
        f"GRANT SELECT ON coopnet.villages TO {vol}, {board}",
        f"GRANT INSERT, UPDATE ON coopnet.villages TO {board}",
        "ALTER TABLE coopnet.villages ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS see_villages ON coopnet.villages",
        "CREATE POLICY see_villages ON coopnet.villages FOR SELECT "
        "USING (insee = ANY ((SELECT coopnet.my_villages())::text[]) OR "
        "(coop_id = (SELECT coopnet.my_coop()) AND (SELECT coopnet.my_role()) = 'board'))",
        "DROP POLICY IF EXISTS board_adds_villages ON coopnet.villages",
        "CREATE POLICY board_adds_villages ON coopnet.villages FOR INSERT "
        "WITH CHECK (coop_id = (SELECT coopnet.my_coop()) AND (SELECT coopnet.my_role()) = 'board')",
        "DROP POLICY IF EXISTS board_edits_villages ON coopnet.villages",
        "CREATE POLICY board_edits_villages ON coopnet.villages FOR UPDATE "
        "USING (coop_id = (SELECT coopnet.my_coop()) AND (SELECT coopnet.my_role()) = 'board') "
        "WITH CHECK (coop_id = (SELECT coopnet.my_coop()))",
    ]
    for t in ENTITIES:
        mine = "insee = ANY ((SELECT coopnet.my_villages())::text[])"
        out += [
            f"GRANT SELECT, INSERT, UPDATE ON coopnet.{t} TO {vol}, {board}",
            f"ALTER TABLE coopnet.{t} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS own_villages ON coopnet.{t}",
            f"CREATE POLICY own_villages ON coopnet.{t} USING ({mine}) WITH CHECK ({mine})",
        ]
    return out


def _admin(url: str):
    return connect(url)


def _sql():
    from psycopg import sql

    return sql


def _fail(url: str, exc: Exception):
    import psycopg

    reason = getattr(getattr(exc, "diag", None), "message_primary", None) or str(exc).splitlines()[0]
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return CoopnetError(
            QT_TRANSLATE_NOOP(
                "Server", "{url}: not allowed ({reason}); connect as the database's owner"
            ).format(url=safe_url(url), reason=reason)
        )
    return CoopnetError(
        QT_TRANSLATE_NOOP("Server", "{url}: the server refused ({reason}); nothing was changed").format(
            url=safe_url(url), reason=reason
        )
    )


def init_server(url: str) -> dict:
    """Create (or bring up to date) the schema, PostGIS columns, roles and policies. One transaction."""
    import psycopg

    with _admin(url) as conn:
        try:
            with conn.transaction():
                try:
                    with conn.transaction():
                        conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
                except psycopg.Error as exc:
                    raise CoopnetError(
                        QT_TRANSLATE_NOOP(
                            "Server",
                            "{url}: PostGIS is not available ({reason}); the server's administrator "
                            "must install it (Debian: postgresql-15-postgis-3) or run "
                            "“CREATE EXTENSION postgis”",
                        ).format(url=safe_url(url), reason=str(exc).splitlines()[0])
                    ) from None
                for statement in ddl():
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO coopnet.info VALUES ('schema_version', %s) ON CONFLICT (key) "
                    "DO UPDATE SET value = excluded.value",
                    (str(SCHEMA_VERSION),),
                )
                postgis = conn.execute("SELECT postgis_lib_version()").fetchone()[0]
        except psycopg.Error as exc:
            raise _fail(url, exc) from None
    return {
        "server": safe_url(url),
        "schema_version": SCHEMA_VERSION,
        "postgis": postgis,
        "roles": list(GROUP.values()),
    }


def _coop_id(conn, url: str, name: str) -> int:
    row = conn.execute("SELECT id FROM coopnet.coops WHERE name = %s", (name,)).fetchone()
    if row is None:
        raise CoopnetError(
            QT_TRANSLATE_NOOP(
                "Server", "“{coop}”: no such cooperative on {url} (add it with “coopnet server add-coop”)"
            ).format(coop=name, url=safe_url(url))
        )
    return row[0]


def _need_schema(conn, url: str) -> None:
    if conn.execute("SELECT to_regclass('coopnet.coops')").fetchone()[0] is None:
        raise CoopnetError(
            QT_TRANSLATE_NOOP(
                "Server", "{url}: no coopnet schema there yet (run “coopnet server init” first)"
            ).format(url=safe_url(url))
        )


def add_coop(url: str, name: str) -> dict:
    import psycopg

    name = (name or "").strip()
    if not name:
        raise UsageError(QT_TRANSLATE_NOOP("Server", "give the cooperative a name"))
    with _admin(url) as conn:
        _need_schema(conn, url)
        try:
            row = conn.execute(
                "INSERT INTO coopnet.coops (name) VALUES (%s) ON CONFLICT (name) DO NOTHING RETURNING id",
                (name,),
            ).fetchone()
        except psycopg.Error as exc:
            raise _fail(url, exc) from None
        if row is None:
            raise CoopnetError(
                QT_TRANSLATE_NOOP("Server", "“{coop}”: already a cooperative on {url}").format(
                    coop=name, url=safe_url(url)
                )
            )
    return {"coop": name, "id": row[0]}


def add_user(
    url: str,
    name: str,
    coop: str | None,
    role: str = "volunteer",
    villages: list[str] | None = None,
    password: str | None = None,
) -> dict:
    """A login role in the right group, its cooperative and villages. Returns the password once."""
    import psycopg
    from coopnet.core.fr import normalize_insee  # the app's own INSEE check

    name = check_name(name)
    if role not in ROLES:
        raise UsageError(
            QT_TRANSLATE_NOOP("Server", "“{role}”: the role is volunteer, board or federation").format(
                role=role
            )
        )
    if role != "federation" and not coop:
        raise UsageError(
            QT_TRANSLATE_NOOP("Server", "a volunteer or board member belongs to a cooperative (--coop)")
        )
    codes = []
    for raw in villages or []:
        try:
            codes.append(normalize_insee(str(raw)))
        except ValueError:
            raise UsageError(
                QT_TRANSLATE_NOOP("Server", "“{insee}”: not an INSEE commune code").format(insee=raw)
            ) from None
    if role == "volunteer" and not codes:
        raise UsageError(QT_TRANSLATE_NOOP("Server", "a volunteer needs their villages (--villages INSEE …)"))
    password = password or secrets.token_urlsafe(15)
    sql = _sql()
    with _admin(url) as conn:
        _need_schema(conn, url)
        try:
            with conn.transaction():
                coop_id = _coop_id(conn, url, coop) if coop else None
                if coop_id is not None:
                    taken = conn.execute(
                        "SELECT v.insee, c.name FROM coopnet.villages v JOIN coopnet.coops c ON c.id = v.coop_id "
                        "WHERE v.insee = ANY(%s) AND v.coop_id <> %s",
                        (codes, coop_id),
                    ).fetchall()
                    if taken:
                        raise CoopnetError(
                            QT_TRANSLATE_NOOP(
                                "Server", "{insee}: already a village of “{other}”; nothing was changed"
                            ).format(insee=taken[0][0], other=taken[0][1])
                        )
                exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
                if exists:
                    conn.execute(
                        sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(
                            sql.Identifier(name), sql.Literal(password)
                        )
                    )
                else:
                    conn.execute(
                        sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                            sql.Identifier(name), sql.Literal(password)
                        )
                    )
                for other in ROLES:
                    if other != role:
                        conn.execute(
                            sql.SQL("REVOKE {} FROM {}").format(
                                sql.Identifier(GROUP[other]), sql.Identifier(name)
                            )
                        )
                conn.execute(
                    sql.SQL("GRANT {} TO {}").format(sql.Identifier(GROUP[role]), sql.Identifier(name))
                )
                conn.execute(
                    "INSERT INTO coopnet.members (username, coop_id, role) VALUES (%s, %s, %s) "
                    "ON CONFLICT (username) DO UPDATE SET coop_id = excluded.coop_id, role = excluded.role",
                    (name, coop_id, role),
                )
                conn.execute("DELETE FROM coopnet.member_villages WHERE username = %s", (name,))
                for code in codes:
                    conn.execute(
                        "INSERT INTO coopnet.villages (insee, coop_id) VALUES (%s, %s) "
                        "ON CONFLICT (insee) DO NOTHING",
                        (code, coop_id),
                    )
                    conn.execute(
                        "INSERT INTO coopnet.member_villages VALUES (%s, %s) ON CONFLICT DO NOTHING",
                        (name, code),
                    )
        except psycopg.Error as exc:
            raise _fail(url, exc) from None
    return {"user": name, "role": role, "coop": coop, "villages": codes, "password": password}
