"""The project settings: one declared registry (key, type, default, range, check, who may change it).

Every setting a cooperative chooses lives in the project file's ``meta`` table, so every copy of
the project carries it. Nothing else reads or writes these keys directly: the CLI, the Settings
dialog and the pages all go through :func:`get` and :func:`set_value` / :func:`set_values`, so a
value has one rule wherever it is typed (the model is Picard's ``config``/``options.py``).

``editors`` says who may change a setting: ``cli`` (a ``coopnet`` command), ``settings`` (the
Settings dialog), ``map`` (the Map page), ``models`` (the Models page's parameters). The keys
coopnet keeps for itself (``schema_version``, ``project_id``, ``created``, sources of imports…)
are not settings and are not listed here.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coopnet.core import fr
from coopnet.core import params as P
from coopnet.core.members import DEFAULT_TIERS
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.errors import CoopnetError
from coopnet.store.backup import DEFAULT_KEEP
from coopnet.store.project import Project

CLI, SETTINGS_DIALOG, MAP_PAGE, MODELS_PAGE = "cli", "settings", "map", "models"


@dataclass(frozen=True)
class Setting:
    key: str
    kind: type  # str, int, float or list (of str)
    default: Any
    label: str  # English, for help texts and the audit log
    low: float | None = None  # range of an int or float, inclusive
    high: float | None = None
    check: Callable[[Any], Any] | None = None  # value → normalised value, or CoopnetError
    editors: frozenset[str] = field(default_factory=frozenset)
    delete_when_empty: bool = False  # "" removes the key (then the default applies)
    required: bool = False  # text that may not be empty


def _not_a_number(setting: Setting, value) -> CoopnetError:
    return CoopnetError(
        QT_TRANSLATE_NOOP("Settings", "{label}: “{value}” is not a number").format(
            label=setting.label, value=value
        )
    )


def _out_of_range(setting: Setting, value) -> CoopnetError:
    return CoopnetError(
        QT_TRANSLATE_NOOP("Settings", "{label} {value:g} is out of range ({low:g} to {high:g})").format(
            label=setting.label, value=value, low=setting.low, high=setting.high
        )
    )


def check_basemap(value: str) -> str:
    """A tile URL with ``{z}``, ``{x}`` and ``{y}``, or an existing folder of tiles (made absolute)."""
    if "://" in value or "{z}" in value:
        if not all(k in value for k in ("{z}", "{x}", "{y}")):
            raise CoopnetError(
                QT_TRANSLATE_NOOP("Settings", "a tile URL needs {z}, {x} and {y}, e.g. {example}").format(
                    z="{z}", x="{x}", y="{y}", example="https://tiles.example/{z}/{x}/{y}.png"
                ),
                exit_code=2,
            )
        return value
    if not Path(value).is_dir():
        raise CoopnetError(
            QT_TRANSLATE_NOOP(
                "Settings", "basemap: {folder} is neither a tile URL nor a folder of tiles"
            ).format(folder=value)
        )
    return str(Path(value).resolve())


def check_phone(value: str) -> str:
    try:
        return fr.format_phone(fr.normalize_phone(value))
    except ValueError:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Settings", "phone: “{value}” is not a French phone number").format(value=value)
        ) from None


def check_email(value: str) -> str:
    if "@" not in value or "." not in value.split("@")[-1]:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Settings", "email: “{value}” is not an email address").format(value=value)
        )
    return value


def check_tiers(values: list[str]) -> list[str]:
    tiers = [str(v).strip() for v in values if str(v).strip()]
    if not tiers:
        raise CoopnetError(QT_TRANSLATE_NOOP("Settings", "give at least one speed offered"))
    return tiers


_IDENTITY = frozenset({SETTINGS_DIALOG})
_EVERYWHERE = frozenset({CLI, SETTINGS_DIALOG, MAP_PAGE, MODELS_PAGE})

REGISTRY: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting(
            "cooperative_name",
            str,
            "",
            QT_TRANSLATE_NOOP("Settings", "cooperative name"),
            required=True,
            editors=frozenset({CLI, SETTINGS_DIALOG}),
        ),
        Setting(
            "controller_name", str, "", QT_TRANSLATE_NOOP("Settings", "data controller"), editors=_IDENTITY
        ),
        Setting(
            "controller_address",
            str,
            "",
            QT_TRANSLATE_NOOP("Settings", "registered address"),
            editors=_IDENTITY,
        ),
        Setting("contact_name", str, "", QT_TRANSLATE_NOOP("Settings", "contact person"), editors=_IDENTITY),
        Setting(
            "contact_email",
            str,
            "",
            QT_TRANSLATE_NOOP("Settings", "contact email"),
            check=check_email,
            editors=_IDENTITY,
        ),
        Setting(
            "contact_phone",
            str,
            "",
            QT_TRANSLATE_NOOP("Settings", "contact phone"),
            check=check_phone,
            editors=_IDENTITY,
        ),
        Setting(
            "contact_address", str, "", QT_TRANSLATE_NOOP("Settings", "contact address"), editors=_IDENTITY
        ),
        Setting(
            "dpo_contact",
            str,
            "",
            QT_TRANSLATE_NOOP("Settings", "data protection officer"),
            editors=_IDENTITY,
        ),
        Setting(
            "retention_months",
            int,
            36,
            QT_TRANSLATE_NOOP("Settings", "retention of non-members' contact details (months)"),
            1,
            120,
            editors=_IDENTITY,
        ),
        Setting(
            "pledge_tiers",
            list,
            list(DEFAULT_TIERS),
            QT_TRANSLATE_NOOP("Settings", "speeds offered"),
            check=check_tiers,
            editors=frozenset({SETTINGS_DIALOG}),
        ),
        # The one detour factor: route length = straight line × factor, for the map's links AND the
        # cost model (scenarios do not carry their own; migration 9 moved any into this setting).
        Setting(
            "detour_factor",
            float,
            P.BY_KEY["detour_factor"].default,
            QT_TRANSLATE_NOOP("Settings", "detour factor"),
            P.BY_KEY["detour_factor"].min,
            P.BY_KEY["detour_factor"].max,
            editors=_EVERYWHERE,
        ),
        Setting(
            "basemap_url",
            str,
            "",
            QT_TRANSLATE_NOOP("Settings", "basemap"),
            check=check_basemap,
            editors=frozenset({CLI, SETTINGS_DIALOG}),
            delete_when_empty=True,
        ),
        Setting(
            "backups_keep",
            int,
            DEFAULT_KEEP,
            QT_TRANSLATE_NOOP("Settings", "backups kept"),
            1,
            200,
            editors=_IDENTITY,
        ),
    )
}


def setting(key: str) -> Setting:
    try:
        return REGISTRY[key]
    except KeyError:
        raise KeyError(f"{key!r} is not a declared project setting (coopnet/store/settings.py)") from None


def _decode(s: Setting, raw: str | None):
    """The stored text as the setting's type; the default when absent or unreadable (an old or
    hand-edited file never stops a project from opening)."""
    if raw is None or raw == "":
        return list(s.default) if s.kind is list else s.default
    try:
        if s.kind is list:
            values = [str(v) for v in json.loads(raw) if str(v).strip()]
            return values or list(s.default)
        value = s.kind(raw)
    except (TypeError, ValueError):
        return list(s.default) if s.kind is list else s.default
    if s.low is not None and s.high is not None and not (s.low <= value <= s.high):
        return s.default
    return value


def get(project: Project, key: str):
    """A setting's value, typed, the default when not set."""
    s = setting(key)
    return _decode(s, project.meta(key))


def coerce(key: str, value):
    """The checked, typed value of ``value`` for ``key`` (text as typed is accepted: "1,4"), or
    CoopnetError with one sentence saying why not."""
    s = setting(key)
    if s.kind is list:
        if isinstance(value, str):
            value = value.split(";")
        value = [str(v).strip() for v in value if str(v).strip()]
    elif s.kind in (int, float):
        try:
            value = (
                s.kind(str(value).strip().replace(",", "."))
                if not isinstance(value, (int, float))
                else s.kind(value)
            )
        except ValueError:
            raise _not_a_number(s, value) from None
        if isinstance(value, float) and math.isnan(value):
            raise _not_a_number(s, value)
        if s.low is not None and s.high is not None and not (s.low <= value <= s.high):
            raise _out_of_range(s, value)
    else:
        value = str(value if value is not None else "").strip()
        if not value and s.required:
            raise CoopnetError(QT_TRANSLATE_NOOP("Settings", "{label} cannot be empty").format(label=s.label))
        if not value:
            return ""
    if s.check is not None:
        value = s.check(value)
    return value


def _encode(s: Setting, value) -> str:
    if s.kind is list:
        return json.dumps(value, ensure_ascii=False)
    if s.kind is float:
        return repr(float(value))
    return str(value)


def set_values(project: Project, values: dict, editor: str, who: str | None = None) -> list[str]:
    """Check then write several settings in one transaction, audited; the keys that changed.

    ``editor`` is who asks (``CLI``, ``SETTINGS_DIALOG``, ``MAP_PAGE``, ``MODELS_PAGE``): a
    setting it may not change is a programming error (ValueError)."""
    checked = {}
    for key, value in values.items():
        s = setting(key)
        if editor not in s.editors:
            raise ValueError(f"{editor} may not change the project setting {key!r}")
        checked[key] = coerce(key, value)
    changed = []
    with project.transaction():
        for key, value in checked.items():
            s = REGISTRY[key]
            if s.kind is not list and value == "" and s.delete_when_empty:
                if project.meta(key) is not None:
                    project.delete_meta(key)
                    changed.append(key)
                continue
            text = _encode(s, value)
            if project.meta(key) != text:
                project.set_meta(key, text)
                changed.append(key)
        if changed:
            project.audit(
                "update",
                "project",
                "settings",
                {"keys": sorted(changed), **{k: checked[k] for k in changed if k in _AUDITED}},
                who=who,
            )
    return changed


# Values worth keeping in the audit log (not personal data).
_AUDITED = {"detour_factor", "basemap_url", "backups_keep", "retention_months", "pledge_tiers"}


def set_value(project: Project, key: str, value, editor: str, who: str | None = None):
    """Check and write one setting; its typed value as stored."""
    set_values(project, {key: value}, editor, who=who)
    return get(project, key)
