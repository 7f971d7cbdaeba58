"""Villages, backbone lines and points of presence in the project file."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from coopnet.core.village import Village
from coopnet.store.project import Project

_VILLAGE_FIELDS = [f.name for f in dataclasses.fields(Village) if f.name != "extra"]
_FLAGS = ("households_is_estimate", "threshold_include_secondary")


def _row_to_village(row: dict) -> Village:
    data = {k: row.get(k) for k in _VILLAGE_FIELDS}
    data["households_is_estimate"] = bool(data["households_is_estimate"])
    data["threshold_include_secondary"] = bool(data["threshold_include_secondary"])
    data["deadline"] = dt.date.fromisoformat(data["deadline"]) if data["deadline"] else None
    return Village(**data)  # type: ignore[arg-type]  # columns are the dataclass fields


def _village_to_row(v: Village) -> dict:
    row = {k: getattr(v, k) for k in _VILLAGE_FIELDS}
    row["households_is_estimate"] = int(bool(v.households_is_estimate))
    row["threshold_include_secondary"] = int(bool(v.threshold_include_secondary))
    row["deadline"] = v.deadline.isoformat() if v.deadline else None
    return row


def list_villages(project: Project) -> list[Village]:
    """Every village, sorted by name the French way (core.fr.sort_key: Béhoust before Boissy)."""
    from coopnet.core.fr import sort_key

    villages = [_row_to_village(r) for r in project.db["villages"].rows]
    villages.sort(key=lambda v: sort_key(v.name))
    return villages


def village_name(project: Project, insee: str) -> str:
    """The village's name, or its INSEE code when it is not in the project."""
    row = project.conn.execute("SELECT name FROM villages WHERE insee = ?", (insee,)).fetchone()
    return row[0] if row else insee


def village_names(project: Project) -> list[tuple[str, str]]:
    """(insee, name) of every village, by name as a French reader expects (Béhoust before
    Boissy-sans-Avoir): for lists to pick from."""
    from coopnet.core.fr import sort_key

    rows = [(r[0], r[1]) for r in project.conn.execute("SELECT insee, name FROM villages")]
    return sorted(rows, key=lambda row: sort_key(row[1]))


def get_village(project: Project, insee: str) -> Village | None:
    rows = list(project.db["villages"].rows_where("insee = ?", [insee]))
    return _row_to_village(rows[0]) if rows else None


def upsert_villages(project: Project, villages: list[Village], keep_existing_fields: bool = True) -> int:
    """Insert or update villages by INSEE code, in one transaction.

    Updating never deletes a village (its doors and pledges hang off it); with
    ``keep_existing_fields`` a None value leaves the stored value in place.
    """
    for v in villages:
        v.validate()
    rows = [_village_to_row(v) for v in villages]
    if keep_existing_fields:
        # A flag left at its default with no figure it qualifies is not given: a boundary import
        # must not reset "households are an estimate" or "count secondary homes" (an insert
        # writes 0: COALESCE only keeps a stored value in the update).
        for v, r in zip(villages, rows):
            if v.households is None and not v.households_is_estimate:
                r["households_is_estimate"] = None
            if v.threshold_count is None and v.threshold_pct is None and not v.threshold_include_secondary:
                r["threshold_include_secondary"] = None
    codes = [r["insee"] for r in rows]
    existing: set[str] = set()
    for i in range(0, len(codes), 500):  # SQLite's limit on parameters
        chunk = codes[i : i + 500]
        marks = ",".join("?" * len(chunk))
        existing.update(
            r[0] for r in project.conn.execute(f"SELECT insee FROM villages WHERE insee IN ({marks})", chunk)
        )
    cols = [c for c in _VILLAGE_FIELDS if c != "insee"]
    # keep_existing_fields: None or "" leaves the stored value (NULLIF turns "" into NULL)
    value = "COALESCE(NULLIF(:{c}, ''), {c})" if keep_existing_fields else ":{c}"
    update = "UPDATE villages SET {} WHERE insee = :insee".format(
        ", ".join(f"{c} = " + value.format(c=c) for c in cols)
    )
    insert = "INSERT INTO villages ({}) VALUES ({})".format(
        ", ".join(_VILLAGE_FIELDS), ", ".join(f":{c}" for c in _VILLAGE_FIELDS)
    )
    inserts: list[dict] = []
    updates: list[dict] = []
    for r in rows:  # a code given twice: inserted, then updated, in the order given
        if r["insee"] in existing:
            updates.append(r)
        else:
            inserts.append({**r, **{f: r[f] or 0 for f in _FLAGS}})
        existing.add(r["insee"])
    with project.transaction():  # two statements for many rows: a department in milliseconds
        project.conn.executemany(insert, inserts)
        project.conn.executemany(update, updates)
    return len(villages)


def set_census_households(project: Project, counts: dict[str, int], source: str) -> None:
    """Census households of these villages (no longer an estimate), in one statement."""
    with project.transaction():
        project.conn.executemany(
            "UPDATE villages SET households = ?, households_source = ?, households_is_estimate = 0 "
            "WHERE insee = ?",
            [(count, source, insee) for insee, count in counts.items()],
        )


def update_village(project: Project, insee: str, **fields) -> None:
    if "deadline" in fields and isinstance(fields["deadline"], dt.date):
        fields["deadline"] = fields["deadline"].isoformat()
    with project.transaction():
        project.db.table("villages").update(insee, fields)
        project.audit("update", "village", insee, {k: str(v) for k, v in fields.items()})


def replace_backbone(project: Project, lines: list[dict]) -> None:
    """``lines``: dicts with name, geometry (GeoJSON dict or str), illustrative, source."""
    with project.transaction():
        project.conn.execute("DELETE FROM backbone")
        for line in lines:
            geom = line["geometry"]
            project.db.table("backbone").insert(
                {
                    "name": line.get("name") or "",
                    "geometry": geom if isinstance(geom, str) else json.dumps(geom),
                    "illustrative": int(bool(line.get("illustrative"))),
                    "source": line.get("source") or "",
                }
            )


def list_backbone(project: Project) -> list[dict]:
    out = []
    for r in project.db["backbone"].rows:
        r = dict(r)
        r["geometry"] = json.loads(r["geometry"]) if r["geometry"] else None
        r["illustrative"] = bool(r["illustrative"])
        out.append(r)
    return out


def replace_pops(project: Project, pops: list[dict]) -> None:
    with project.transaction():
        project.conn.execute("DELETE FROM pops")
        for p in pops:
            project.db.table("pops").insert(
                {
                    "name": p["name"],
                    "lon": float(p["lon"]),
                    "lat": float(p["lat"]),
                    "insee": p.get("insee"),
                    "illustrative": int(bool(p.get("illustrative"))),
                    "source": p.get("source") or "",
                }
            )


def list_pops(project: Project) -> list[dict]:
    out = []
    for r in project.db["pops"].rows_where(order_by="name"):
        r = dict(r)
        r["illustrative"] = bool(r["illustrative"])
        out.append(r)
    return out
