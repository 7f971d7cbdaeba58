"""Who sees what, enforced by PostgreSQL itself: each role connects with plain SQL and tries."""

from __future__ import annotations

import json
import os

import psycopg
import pytest

from coopnet.cli import main
from coopnet.store.server.schema import add_coop, add_user


def _admin_data(url: str) -> None:
    with psycopg.connect(url) as conn:
        for n, insee in enumerate(("78001", "78002", "78003")):
            conn.execute(
                "INSERT INTO coopnet.doors (id, insee, numero, nom_voie, lon, lat, status, updated_at) "
                "VALUES (%s, %s, '1', 'rue de la Mairie', 1.9, 48.8, 'pledged', '2026-12-01T10:00:00+01:00')",
                (f"door{n}", insee),
            )
            conn.execute(
                "INSERT INTO coopnet.pledges (id, door_id, insee, last_name, phone, status, updated_at) "
                "VALUES (%s, %s, %s, %s, '+33612345678', 'pledged', '2026-12-01T10:00:00+01:00')",
                (f"p{n}", f"door{n}", insee, f"Name{insee}"),
            )


@pytest.fixture
def roles(server, pg_cluster):
    add_coop(server, "Coop A")
    add_coop(server, "Coop B")
    add_user(server, "alice", "Coop A", "volunteer", ["78001"])
    add_user(server, "bob", "Coop A", "volunteer", ["78002"])
    add_user(server, "carol", "Coop A", "board")
    add_user(server, "erin", "Coop B", "volunteer", ["78003"])
    add_user(server, "fed", None, "federation")
    _admin_data(server)
    dbname = psycopg.conninfo.conninfo_to_dict(server)["dbname"]
    return lambda user: psycopg.connect(pg_cluster.url(user, dbname), autocommit=True)


def _ids(conn, table="pledges"):
    return sorted(r[0] for r in conn.execute(f"SELECT id FROM coopnet.{table}"))


def test_cli_init_is_idempotent_and_reports_postgis(server_db, capsys):
    assert main(["server", "init", server_db, "--json"]) == 0
    assert main(["server", "init", server_db, "--json"]) == 0
    out = json.loads(capsys.readouterr().out.split("}\n{")[0] + "}")
    assert out["postgis"].startswith("3.")
    assert main(["server", "add-coop", server_db, "Vallée de la Mauldre"]) == 0
    assert main(["server", "add-coop", server_db, "Vallée de la Mauldre"]) == 1
    assert "already a cooperative" in capsys.readouterr().err
    assert main(["server", "add-user", server_db, "zoe", "--coop", "Nowhere", "--villages", "78001"]) == 1
    assert "no such cooperative" in capsys.readouterr().err
    assert (
        main(
            ["server", "add-user", server_db, "Zoé!", "--coop", "Vallée de la Mauldre", "--villages", "78001"]
        )
        == 2
    )
    assert (
        main(["server", "add-user", server_db, "zoe", "--coop", "Vallée de la Mauldre", "--villages", "7801"])
        == 0
    )  # spreadsheet-style code: leading zero restored
    assert "password (shown once" in capsys.readouterr().out


def test_volunteer_reads_and_writes_their_villages_only(roles):
    with roles("alice") as conn:
        assert _ids(conn) == ["p0"]
        assert _ids(conn, "doors") == ["door0"]
        assert [r[0] for r in conn.execute("SELECT insee FROM coopnet.villages")] == ["78001"]
        conn.execute("UPDATE coopnet.pledges SET notes = 'seen' WHERE id = 'p0'")
        # another village of the same cooperative: invisible, cannot be changed or added to
        assert conn.execute("UPDATE coopnet.pledges SET notes = 'x' WHERE id = 'p1'").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("INSERT INTO coopnet.pledges (id, insee, status) VALUES ('new', '78002', 'pledged')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("UPDATE coopnet.pledges SET insee = '78002' WHERE id = 'p0'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM coopnet.pledges")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM coopnet.members")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE coopnet.villages SET households = 1")
        # validated values only
        with pytest.raises(psycopg.errors.CheckViolation):
            conn.execute("UPDATE coopnet.pledges SET phone = '06 12' WHERE id = 'p0'")
    with roles("bob") as conn:
        assert _ids(conn) == ["p1"]


def test_board_sees_its_cooperative_not_the_others(roles):
    with roles("carol") as conn:
        assert _ids(conn) == ["p0", "p1"]
        assert (
            conn.execute("SELECT last_name FROM coopnet.pledges WHERE id = 'p1'").fetchone()[0] == "Name78002"
        )
        assert conn.execute("UPDATE coopnet.villages SET households = 120").rowcount == 2
        conn.execute(
            "INSERT INTO coopnet.villages (insee, coop_id, name) "
            "VALUES ('78004', coopnet.my_coop(), 'Nouveau')"
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO coopnet.villages (insee, coop_id) VALUES ('78005', "
                "(SELECT coop_id FROM coopnet.villages LIMIT 0) + 99)"
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("INSERT INTO coopnet.pledges (id, insee, status) VALUES ('n2', '78003', 'pledged')")
    with roles("erin") as conn:
        assert _ids(conn) == ["p2"]


def test_federation_sees_counts_per_village_and_nothing_personal(roles):
    with roles("fed") as conn:
        for table in ("pledges", "doors", "visits", "villages", "members", "coops"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT 1 FROM coopnet.{table}")
        cur = conn.execute("SELECT coop, insee, pledges, doors FROM coopnet.village_counts ORDER BY insee")
        columns = [c.name for c in cur.description]
        assert not {"last_name", "phone", "email", "first_name"} & set(columns)
        assert cur.fetchall() == [
            ("Coop A", "78001", 1, 1),
            ("Coop A", "78002", 1, 1),
            ("Coop B", "78003", 1, 1),
        ]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO coopnet.pledges (id, insee) VALUES ('x', '78001')")


def test_password_comes_from_pgpass_over_tcp(server, pg_cluster, tmp_path, monkeypatch):
    from coopnet.store.server.connect import connect

    add_coop(server, "Coop P")
    add_user(server, "pat", "Coop P", "volunteer", ["78010"], password="s3cret-Pat")
    dbname = psycopg.conninfo.conninfo_to_dict(server)["dbname"]
    url = pg_cluster.tcp_url("pat", dbname)
    pgpass = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    with pytest.raises(Exception, match="cannot connect"):
        connect(url).close()
    pgpass.write_text(f"127.0.0.1:{pg_cluster.port}:{dbname}:pat:s3cret-Pat\n")
    os.chmod(pgpass, 0o600)
    with connect(url) as conn:
        assert conn.execute("SELECT coopnet.my_villages()").fetchone()[0] == ["78010"]
