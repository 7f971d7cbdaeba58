"""Fixtures for tests against a real PostgreSQL/PostGIS server (see pgcluster.py).

Skipped, with the reason shown, when PostgreSQL or PostGIS is not installed here; CI installs
both (.ci/run), so there they always run."""

from __future__ import annotations

import itertools

import pytest

from tests.store.server.pgcluster import Cluster, pg_bin, postgis_missing

_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster():
    bindir = pg_bin()
    if bindir is None:
        pytest.skip(
            "PostgreSQL is not installed here (apt-get install postgresql-15 postgresql-15-postgis-3)"
        )
    if postgis_missing(bindir):
        pytest.skip("PostGIS is not installed here (apt-get install postgresql-15-postgis-3)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install -e '.[test]')")
    cluster = Cluster(bindir).start()
    yield cluster
    cluster.stop()


@pytest.fixture
def server_db(pg_cluster):
    """A fresh database (admin URL) on the session's cluster."""
    return pg_cluster.createdb(f"coop{next(_names)}")


@pytest.fixture
def server(server_db):
    """A fresh database with ``server init`` done."""
    from coopnet.store.server.schema import init_server

    init_server(server_db)
    return server_db
