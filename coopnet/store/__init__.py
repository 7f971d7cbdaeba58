"""The project file: one SQLite database per cooperative (``NAME.coopnet``)."""

from coopnet.store.project import Project, SCHEMA_VERSION  # noqa: F401
