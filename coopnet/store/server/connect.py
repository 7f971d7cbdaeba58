"""Connecting to the server: ``postgresql://`` URLs, passwords, one-line errors.

The password never comes from, nor goes to, the project file: libpq reads ``~/.pgpass``
(or ``PGPASSFILE``) by itself; when the optional ``keyring`` package is installed, a password
saved there under the service ``coopnet`` and the name ``user@host:port/database`` is used.
TLS is used whenever the server offers it (libpq's ``sslmode=prefer``).
"""

from __future__ import annotations

import contextlib
import re

from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.errors import CoopnetError, UsageError

NAME_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def _psycopg():
    try:
        import psycopg
    except ImportError:  # declared in pyproject.toml; a broken install should still say why
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Server", "the psycopg package is missing: reinstall coopnet")
        ) from None
    return psycopg


def parse_url(url: str) -> dict:
    """The URL's connection parameters, or a UsageError for something that is not one."""
    psycopg = _psycopg()
    text = (url or "").strip()
    if not text.startswith(("postgresql://", "postgres://")):
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "Server", "{url}: not a server address (expected postgresql://user@host/database)"
            ).format(url=url)
        )
    try:
        return psycopg.conninfo.conninfo_to_dict(text)
    except psycopg.ProgrammingError:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "Server", "{url}: not a server address (expected postgresql://user@host/database)"
            ).format(url=url)
        ) from None


def safe_url(url: str) -> str:
    """The URL without any password: what the project may remember and messages may show."""
    return re.sub(r"^(postgres(?:ql)?://[^:@/]*):[^@/]*@", r"\1@", (url or "").strip())


def same_server(a: str, b: str) -> bool:
    """Same host, port and database (the login may differ: a volunteer's copy of the board's file)."""

    def key(url):
        d = parse_url(url)
        return d.get("host", ""), str(d.get("port", "5432")), d.get("dbname", "")

    return key(a) == key(b)


def keyring_password(params: dict) -> str | None:
    try:
        import keyring  # optional: not a dependency
    except ImportError:
        return None
    name = "{user}@{host}:{port}/{dbname}".format(
        user=params.get("user", ""),
        host=params.get("host", ""),
        port=params.get("port", "5432"),
        dbname=params.get("dbname", ""),
    )
    with contextlib.suppress(Exception):  # no backend, locked keyring: fall back on ~/.pgpass
        return keyring.get_password("coopnet", name)
    return None


def connect(url: str, autocommit: bool = False, connect_timeout: int = 10):
    """An open psycopg connection, or a CoopnetError saying in one line why not."""
    psycopg = _psycopg()
    params = parse_url(url)
    extra = {"connect_timeout": connect_timeout, "application_name": "coopnet"}
    if "password" not in params:
        password = keyring_password(params)
        if password:
            extra["password"] = password
    try:
        return psycopg.connect(url.strip(), autocommit=autocommit, **extra)
    except psycopg.OperationalError as exc:
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        reason = reason.split("FATAL:")[-1].strip()
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Server", "{url}: cannot connect ({reason})").format(
                url=safe_url(url), reason=reason
            )
        ) from None


def check_name(name: str) -> str:
    value = (name or "").strip()
    if not NAME_RE.match(value):
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "Server",
                "“{name}”: a login name is lower-case letters, digits and _ (up to 63, not starting with a digit)",
            ).format(name=name)
        )
    return value
