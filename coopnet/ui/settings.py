"""One typed wrapper over QSettings for UI state (project data lives in the project file)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class Settings:
    def __init__(self, qsettings: QSettings | None = None):
        self._s = qsettings or QSettings("coopnet", "coopnet")

    def _get(self, key: str, default, typ):
        value = self._s.value(key, default)
        if value is None:
            return default
        try:
            if typ is bool:
                return value in (True, "true", "1", 1)
            return typ(value)
        except (TypeError, ValueError):
            return default

    def sync(self) -> None:
        self._s.sync()

    # -- projects -------------------------------------------------------------
    @property
    def recent_files(self) -> list[str]:
        value = self._s.value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def add_recent(self, path: str) -> None:
        items = [p for p in self.recent_files if p != path]
        self._s.setValue("recent_files", ([path] + items)[:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self._s.setValue("recent_files", [p for p in self.recent_files if p != path])

    @property
    def last_project(self) -> str:
        return self._get("last_project", "", str)

    @last_project.setter
    def last_project(self, value: str) -> None:
        self._s.setValue("last_project", value)

    # -- people -------------------------------------------------------------
    @property
    def volunteer_name(self) -> str:
        return self._get("volunteer_name", "", str)

    @volunteer_name.setter
    def volunteer_name(self, value: str) -> None:
        self._s.setValue("volunteer_name", value)

    @property
    def language(self) -> str:
        """ "" = follow the system locale; else "fr" or "en"."""
        return self._get("language", "", str)

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("language", value)

    # -- window -------------------------------------------------------------
    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    @property
    def last_page(self) -> int:
        return self._get("window/last_page", 0, int)

    @last_page.setter
    def last_page(self, value: int) -> None:
        self._s.setValue("window/last_page", int(value))

    # -- pages ----------------------------------------------------------------
    @staticmethod
    def _project_key(path) -> str:
        import hashlib
        from pathlib import Path

        return hashlib.sha1(str(Path(path).resolve()).encode()).hexdigest()[:16]

    def last_village(self, project_path) -> str:
        """The village the Members page showed last in this project ("" if none yet)."""
        return self._get(f"members/last_village/{self._project_key(project_path)}", "", str)

    def set_last_village(self, project_path, insee: str) -> None:
        self._s.setValue(f"members/last_village/{self._project_key(project_path)}", insee)

    def value(self, key: str, default=None):
        """Escape hatch for page-specific state (splitters, column widths)."""
        return self._s.value(key, default)

    def set_value(self, key: str, value) -> None:
        self._s.setValue(key, value)
