"""Helpers for the sync tests: a federation with a board and volunteers, and snapshots."""

from __future__ import annotations

import hashlib
import sqlite3

import psycopg

from coopnet.store.server.schema import add_coop, add_user
from coopnet.store.extract import extract
from coopnet.store.project import Project


class Fed:
    def __init__(self, cluster, admin_url: str, master):
        self.cluster = cluster
        self.admin = admin_url
        self.dbname = psycopg.conninfo.conninfo_to_dict(admin_url)["dbname"]
        self.master = master
        self.users: dict[str, str] = {}

    def url(self, user: str) -> str:
        return self.cluster.url(user, self.dbname)

    def user(self, name: str, role: str = "volunteer", villages=(), coop: str = "Coop A") -> str:
        add_user(self.admin, name, coop, role, list(villages))
        return self.url(name)

    def extract(self, villages, out) -> str:
        with Project.open(self.master) as project:
            extract(project, out, list(villages))
        return str(out)

    def server_rows(self, table: str = "pledges") -> list[tuple]:
        with psycopg.connect(self.admin) as conn:
            return conn.execute(f"SELECT * FROM coopnet.{table} ORDER BY 1").fetchall()

    def server_digest(self) -> str:
        h = hashlib.sha256()
        for table in ("villages", "doors", "pledges", "visits"):
            for row in self.server_rows(table):
                h.update(repr(row).encode())
        return h.hexdigest()


def file_digest(path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        h = hashlib.sha256()
        for table in (
            "meta",
            "doors",
            "pledges",
            "visits",
            "conflicts",
            "sync_pending",
            "sync_log",
            "villages",
        ):
            try:
                for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1"):
                    h.update(repr(row).encode())
            except sqlite3.OperationalError:
                h.update(f"no {table}".encode())
        return h.hexdigest()
    finally:
        conn.close()


def make_fed(cluster, admin_url, master) -> Fed:
    add_coop(admin_url, "Coop A")
    return Fed(cluster, admin_url, master)
