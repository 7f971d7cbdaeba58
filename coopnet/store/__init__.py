"""The project file: one SQLite database per cooperative (``NAME.coopnet``)."""

import sys


def _import_sqlite_utils_without_pandas() -> None:
    """sqlite-utils imports pandas when it can (~40 MB and 0.3 s in every coopnet process), only
    to type ``pandas.Timestamp`` columns of tables it creates from Python values. Our tables
    come from our own schema, so it is imported here with pandas hidden; pandas stays
    importable afterwards for the code that needs it (map building, geodata imports)."""
    if "sqlite_utils" in sys.modules or "pandas" in sys.modules:
        return
    sys.modules["pandas"] = None  # type: ignore[assignment]  # makes `import pandas` raise ImportError, which it expects
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del sys.modules["pandas"]


_import_sqlite_utils_without_pandas()

from coopnet.store.project import Project, SCHEMA_VERSION  # noqa: E402,F401
