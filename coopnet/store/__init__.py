"""The project file: one SQLite database per cooperative (``NAME.coopnet``)."""

import sys


class _ColumnTypes(dict):
    """sqlite-utils' Python-type → column-type table, answering numpy scalar types on demand
    (what sqlite-utils would have added had numpy been imported with it)."""

    def __missing__(self, key):
        if getattr(key, "__module__", None) == "numpy":
            import numpy as np

            if issubclass(key, np.integer):
                return "INTEGER"
            if issubclass(key, np.floating):
                return "REAL"
        raise KeyError(key)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default


def _import_sqlite_utils_without_pandas() -> None:
    """sqlite-utils imports pandas and numpy when it can (~40 MB and 0.5 s in every coopnet
    process), only to type ``pandas.Timestamp`` and numpy-number columns of tables it creates
    from Python values. Our tables come from our own schema, so it is imported here with both
    hidden; they stay importable afterwards for the code that needs them (map building, geodata
    imports), and numpy numbers still get their column types (``_ColumnTypes``)."""
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import X` raise ImportError, which it expects
    try:
        import sqlite_utils.db
    finally:
        for name in hidden:
            del sys.modules[name]
    if "numpy" in hidden:
        sqlite_utils.db.COLUMN_TYPE_MAPPING = _ColumnTypes(sqlite_utils.db.COLUMN_TYPE_MAPPING)


_import_sqlite_utils_without_pandas()

from coopnet.store.project import Project, SCHEMA_VERSION  # noqa: E402,F401
