"""Scenarios stored in the project: named sets of model parameters.

Only the values that differ from the defaults' catalogue are meaningful, but we store
every value the user set (even equal to a default) so a later change of default
never silently changes a saved scenario.

The detour factor is not a scenario's: it is the project setting (``store/settings.py``) that the
map's links use too. :func:`values` fills it in; :func:`save` never stores it; :func:`set_values`
given ``detour_factor`` changes the project setting (so every scenario), as the Map page does.
"""

from __future__ import annotations

import json

from coopnet.core import params as P
from coopnet.errors import CoopnetError
from coopnet.store.doors import now_iso
from coopnet.store import settings
from coopnet.store.project import Project
from coopnet.core.text import QT_TRANSLATE_NOOP

BASE = "base"
# Parameters the model reads that belong to the project, not to a scenario.
PROJECT_PARAMS = ("detour_factor",)


def _check_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise CoopnetError(QT_TRANSLATE_NOOP("Scenarios", "a scenario needs a name"))
    if len(name) > 80:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Scenarios", "“{name}…”: a scenario name is at most 80 characters").format(
                name=name[:20]
            )
        )
    return name


def list_scenarios(project: Project) -> list[dict]:
    """[{name, params (dict of values set), created_at, updated_at, notes}] by name, base first."""
    if "scenarios" not in project.db.table_names():
        return []
    rows = []
    for r in project.db["scenarios"].rows:
        r = dict(r)
        r["params"] = json.loads(r["params"] or "{}")
        rows.append(r)
    rows.sort(key=lambda r: (r["name"] != BASE, r["name"].lower()))
    return rows


def names(project: Project) -> list[str]:
    return [r["name"] for r in list_scenarios(project)]


def get(project: Project, name: str) -> dict:
    """Stored values of a scenario (not validated, no defaults filled). CoopnetError if absent."""
    for r in list_scenarios(project):
        if r["name"] == name:
            return r
    known = ", ".join(names(project)) or "none"
    raise CoopnetError(
        QT_TRANSLATE_NOOP("Scenarios", "{name}: no such scenario (scenarios: {known})").format(
            name=name, known=known
        )
    )


def values(project: Project, name: str) -> dict:
    """Full validated parameter set of a scenario (defaults filled in)."""
    try:
        out = P.validate(get(project, name)["params"])
    except P.ParamError as exc:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Scenarios", "scenario {name}: {reason}").format(name=name, reason=exc)
        ) from None
    for key in PROJECT_PARAMS:
        out[key] = settings.get(project, key)
    return out


def save(project: Project, name: str, values: dict, notes: str | None = None) -> None:
    """Create or replace a scenario's values (checked first: nothing absurd is stored)."""
    name = _check_name(name)
    try:
        checked = P.validate(values)
    except P.ParamError as exc:
        raise CoopnetError(exc.args[0]) from None  # a core Msg: said in the user's language
    stored = {k: checked[k] for k in values if k in P.BY_KEY and k not in PROJECT_PARAMS}
    now = now_iso()
    with project.transaction():
        existing = list(project.db["scenarios"].rows_where("name = ?", [name]))
        row = {
            "name": name,
            "params": json.dumps(stored, ensure_ascii=False, sort_keys=True),
            "updated_at": now,
        }
        if notes is not None:
            row["notes"] = notes
        if existing:
            project.db.table("scenarios").update(name, row)
        else:
            row.setdefault("notes", "")
            project.db.table("scenarios").insert({**row, "created_at": now})
        project.audit("save", "scenario", name, {"keys": sorted(stored)})


def set_values(project: Project, name: str, changes: dict) -> dict:
    """Change some parameters of an existing scenario; returns the full validated set."""
    current = dict(get(project, name)["params"])
    project_changes = {k: changes[k] for k in PROJECT_PARAMS if k in changes}
    try:
        for key, value in changes.items():
            if key not in project_changes:
                current[key] = P.coerce(key, value)
        P.validate(current)
    except P.ParamError as exc:
        raise CoopnetError(exc.args[0]) from None  # a core Msg: said in the user's language
    with project.transaction():
        if project_changes:
            settings.set_values(project, project_changes, settings.MODELS_PAGE)
        save(project, name, current)
    return values(project, name)


def copy(project: Project, name: str, new: str) -> None:
    source = get(project, name)
    new = _check_name(new)
    if new in names(project):
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Scenarios", "{new}: a scenario with this name already exists").format(new=new)
        )
    save(project, new, source["params"], notes=source.get("notes") or "")


def rename(project: Project, name: str, new: str) -> None:
    get(project, name)
    new = _check_name(new)
    if new == name:
        return
    if new in names(project):
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Scenarios", "{new}: a scenario with this name already exists").format(new=new)
        )
    with project.transaction():
        project.conn.execute(
            "UPDATE scenarios SET name = ?, updated_at = ? WHERE name = ?", (new, now_iso(), name)
        )
        project.audit("rename", "scenario", new, {"from": name})


def delete(project: Project, name: str) -> None:
    get(project, name)
    if len(names(project)) == 1:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("Scenarios", "{name}: the last scenario cannot be deleted").format(name=name)
        )
    with project.transaction():
        project.conn.execute("DELETE FROM scenarios WHERE name = ?", (name,))
        project.audit("delete", "scenario", name)


def notes_text(notes: str, t) -> str:
    """A scenario's notes in ``t``'s language: the notes coopnet writes are stored in English and
    translated when shown; a user's own notes come back as typed."""
    return t.translate("Scenarios", notes) if notes else ""


def ensure_base(project: Project) -> None:
    """A project always opens with at least the "base" scenario: the defaults, whose route is
    renting lines on the public network (RIP), the realistic one for a village cooperative."""
    if project.readonly:
        return
    if not names(project):
        save(
            project,
            BASE,
            {"operating_model": P.BY_KEY["operating_model"].default},
            notes=QT_TRANSLATE_NOOP(
                "Scenarios", "defaults with their public sources: operator on the public network (RIP)"
            ),
        )


OWN_BUILD = "own-build"


def sample_step(project: Project, folder) -> None:
    """The sample's scenarios: "base" (defaults: RIP wholesale), the own build to compare with,
    and the RIP route if 40 % of households join."""
    ensure_base(project)
    if OWN_BUILD not in names(project):
        save(
            project,
            OWN_BUILD,
            {"operating_model": "build"},
            notes=QT_TRANSLATE_NOOP(
                "Scenarios", "for comparison: the cooperative builds its own network (B4RN model)"
            ),
        )
    if "rip-40%" not in names(project):
        save(
            project,
            "rip-40%",
            {"operating_model": "rip", "take_up_source": "assumed", "take_rate": 0.4},
            notes=QT_TRANSLATE_NOOP("Scenarios", "rip, if 40 % of households join"),
        )
