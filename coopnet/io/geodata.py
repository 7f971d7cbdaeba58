"""Import communes, backbone lines and PoPs from GIS files (GPKG, Shapefile, GeoJSON, CSV).

Any CRS is accepted (reprojected to WGS84 for storage); IGN ADMIN EXPRESS 3.x
(``INSEE_COM``, ``NOM``, ``POPULATION``) and 4.0 (``code_insee``, ``nom_officiel``,
``population``) field names are recognised. Invalid geometries are repaired with
``make_valid`` or reported. Each import is one transaction.
"""

from __future__ import annotations

import csv
import json
import math
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import shapely

from coopnet.store.backup import backup_before_reimport
from coopnet.core import fr
from coopnet.core.text import QT_TRANSLATE_NOOP
from coopnet.core.village import Village
from coopnet.errors import Cancelled, CoopnetError
from coopnet.store import villages as vstore
from coopnet.translation import catalog

if TYPE_CHECKING:  # geopandas and pandas load when a file needs GDAL (0.5 s at every import)
    import geopandas as gpd

# (lon, lat) box of mainland France and Corsica, with a margin.
FRANCE_BOX = (-5.8, 41.2, 10.0, 51.3)
# ADMIN EXPRESS 3.x/4.0, OpenStreetMap (ref:INSEE), france-geojson and geo.api.gouv.fr (code)
CODE_FIELDS = ("INSEE_COM", "code_insee", "ref:INSEE", "insee", "code_commune", "codgeo", "com")
NAME_FIELDS = ("NOM", "nom_officiel", "NOM_COM", "nom_commune", "nom", "name", "libgeo")
POP_FIELDS = ("POPULATION", "population", "pop")
POINT_NAME_FIELDS = ("name", "nom", "NOM", "libelle", "label", "id")
LON_FIELDS = ("lon", "longitude", "lng", "x")
LAT_FIELDS = ("lat", "latitude", "y")


class FieldsUnknown(CoopnetError):
    """Which field holds the INSEE code (``missing == "code"``) or the commune name (``"name"``)
    cannot be told: the CLI says which option names it, the app asks. ``fields``: the file's."""

    def __init__(self, message, missing: str, fields: list[str]):
        super().__init__(message)
        self.missing = missing
        self.fields = fields


@dataclass
class GeoImportResult:
    kind: str
    features: int = 0
    created: int = 0
    updated: int = 0
    repaired: int = 0
    ignored: int = 0  # communes not in the project (without --add)
    rejected: list[str] = field(default_factory=list)

    warnings: list[str] = field(default_factory=list)  # what GDAL said while reading
    merged: list = field(default_factory=list)  # “78251 Fourqueux — merged into 78551 …”

    def lines(self, name: str, lang: str | None = None) -> list[str]:
        t = catalog(lang)
        out = [t.translate("GeoImport", "{file}: {n} features read").format(file=name, n=self.features)]
        if self.kind == "villages":
            out += [
                t.translate("GeoImport", "created: {n}").format(n=self.created),
                t.translate("GeoImport", "updated: {n}").format(n=self.updated),
            ]
            if self.ignored:
                out.append(
                    t.translate("GeoImport", "ignored (not in the project; add them with --add): {n}").format(
                        n=self.ignored
                    )
                )
        else:
            out.append(t.translate("GeoImport", "imported: {n}").format(n=self.created))
        out += [t.say(sentence) for sentence in self.merged]
        if self.repaired:
            out.append(t.translate("GeoImport", "invalid geometries repaired: {n}").format(n=self.repaired))
        out.append(t.translate("GeoImport", "rejected: {n}").format(n=len(self.rejected)))
        out += [f"  {t.say(r)}" for r in self.rejected[:20]]
        if len(self.rejected) > 20:
            out.append("  " + t.translate("GeoImport", "… and {n} more").format(n=len(self.rejected) - 20))
        if self.warnings:
            out.append(
                t.translate("GeoImport", "warnings from the file reader: {n}").format(n=len(self.warnings))
            )
            out += [f"  {w}" for w in self.warnings[:5]]
        return out


def _pick(columns, wanted, given: str | None, what: str, path: Path) -> str | None:
    if given:
        if given not in columns:
            raise CoopnetError(
                QT_TRANSLATE_NOOP("GeoImport", "{file}: no field “{given}” (fields: {columns})").format(
                    file=path.name, given=given, columns=", ".join(map(str, columns))
                )
            )
        return given
    lower = {str(c).lower(): c for c in columns}
    for w in wanted:
        if w.lower() in lower:
            return lower[w.lower()]
    return None


def read_geofile(path: Path, layer: str | None = None) -> gpd.GeoDataFrame:
    """Read a GIS file with pyogrio; a clear message for every way it can fail."""
    import geopandas as gpd
    import pyogrio

    try:
        layers = [name for name, _ in pyogrio.list_layers(path)]
    except Exception as exc:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("GeoImport", "{file}: not a GIS file coopnet can read ({reason})").format(
                file=path.name, reason=_one_line(exc)
            )
        ) from None
    if layer is None and len(layers) > 1:
        communes = [n for n in layers if n.lower() == "commune"]
        if not communes:
            raise CoopnetError(
                QT_TRANSLATE_NOOP(
                    "GeoImport", "{file}: several layers ({layers}); choose one with --layer"
                ).format(file=path.name, layers=", ".join(layers))
            )
        layer = communes[0]
    if layer is not None and layer not in layers:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("GeoImport", "{file}: no layer “{layer}” (layers: {layers})").format(
                file=path.name, layer=layer, layers=", ".join(layers)
            )
        )
    # GDAL speaks through Python warnings (unclosed ring, bad coordinates…): keep what it says for
    # the import report instead of letting it print over the user's terminal.
    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        try:
            gdf = gpd.read_file(path, layer=layer, engine="pyogrio")
        except Exception as exc:
            raise CoopnetError(
                QT_TRANSLATE_NOOP("GeoImport", "{file}: cannot be read ({reason})").format(
                    file=path.name, reason=_one_line(exc)
                )
            ) from None
    if not isinstance(gdf, gpd.GeoDataFrame):  # e.g. a CSV without coordinates: a plain table
        raise CoopnetError(
            QT_TRANSLATE_NOOP(
                "GeoImport", "{file}: no geometry in this file (communes, lines or points are expected)"
            ).format(file=path.name)
        )
    if len(gdf) == 0:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("GeoImport", "{file}: the layer is empty").format(file=path.name)
        )
    gdf.attrs["warnings"] = list(dict.fromkeys(_one_line(w.message) for w in said))
    return gdf


def to_wgs84_in_france(gdf: gpd.GeoDataFrame, path: Path) -> gpd.GeoDataFrame:
    if gdf.crs is None:
        raise CoopnetError(
            QT_TRANSLATE_NOOP(
                "GeoImport",
                "{file}: no coordinate reference system (CRS); for a Shapefile the .prj "
                "file is missing — re-export it with its CRS (e.g. Lambert-93, EPSG:2154)",
            ).format(file=path.name)
        )
    try:
        out = gdf.to_crs("EPSG:4326")
    except Exception as exc:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("GeoImport", "{file}: its CRS cannot be converted ({reason})").format(
                file=path.name, reason=_one_line(exc)
            )
        ) from None
    _check_in_france(out.geometry.to_numpy(), path)
    return out


def _check_in_france(geoms, path: Path) -> None:
    """Refuse coordinates outside mainland France: most often a file whose CRS is wrong."""
    import numpy as np

    arr = np.asarray(geoms, dtype=object)
    arr = arr[~(shapely.is_missing(arr) | shapely.is_empty(arr))]
    if len(arr):
        w, s, e, n = shapely.total_bounds(arr)
        x0, y0, x1, y1 = FRANCE_BOX
        if w < x0 or e > x1 or s < y0 or n > y1:
            raise CoopnetError(
                QT_TRANSLATE_NOOP(
                    "GeoImport",
                    "{file}: coordinates fall outside mainland France (lon "
                    "{west:.2f}…{east:.2f}, lat {south:.2f}…{north:.2f}); is the file's CRS "
                    "right?",
                ).format(file=path.name, west=w, east=e, south=s, north=n)
            )


def _one_line(exc: BaseException) -> str:
    """GDAL/pandas messages may span lines; users get one."""
    return " ".join(str(exc).split())


def _repair(geom, want: str):
    """(geometry or None, repaired?) keeping only the parts of the wanted kind."""
    if not isinstance(geom, shapely.Geometry) or geom.is_empty:  # None, or NaN from pandas
        return None, False
    repaired = False
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
        repaired = True
    kinds = {
        "polygon": ("Polygon", "MultiPolygon"),
        "line": ("LineString", "MultiLineString"),
        "point": ("Point",),
    }[want]
    if geom.geom_type == "GeometryCollection":
        parts = [g for g in geom.geoms if g.geom_type in kinds]
        geom = shapely.union_all(parts) if parts else None
    if geom is None or geom.is_empty or geom.geom_type not in kinds:
        return None, repaired
    return geom, repaired


def _geojson(geom) -> str:
    return shapely.to_geojson(shapely.transform(geom, lambda c: c.round(7)))


@dataclass
class _Features:
    """A file's features: field names (file order), each feature's values, its geometry (WGS84)."""

    columns: list
    rows: list[dict]
    geoms: list
    warnings: list[str]


def _features_of(raw: gpd.GeoDataFrame, path: Path) -> _Features:
    """What GDAL read, in WGS84."""
    gdf = to_wgs84_in_france(raw, path)
    cols = [c for c in gdf.columns if c != gdf.geometry.name]
    return _Features(
        cols, gdf[cols].to_dict("records"), list(gdf.geometry.to_numpy()), raw.attrs.get("warnings", [])
    )


def _read_plain_geojson(path: Path) -> _Features | None:
    """A GeoJSON FeatureCollection as france-geojson and geo.api.gouv.fr publish it (WGS84, plain
    text and number properties), read with json and shapely: GDAL, geopandas and pandas are
    not loaded (1 s of every boundary import). None for anything else, which GDAL then reads
    (and explains) as before: a declared CRS, an odd property, a geometry shapely refuses…"""
    if path.suffix.lower() not in (".geojson", ".json"):
        return None
    try:
        text = path.read_bytes().decode("utf-8-sig")
        data = json.loads(text)
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection" or "crs" in data:
        return None
    features = data.get("features")
    if not isinstance(features, list) or not features:
        return None
    types: dict[str, set] = {}
    rows, geoms = [], []
    for f in features:
        if not isinstance(f, dict) or f.get("type") != "Feature" or not isinstance(f.get("id", 0), int):
            return None  # (GDAL makes a field of a text id)
        props, geom = f.get("properties") or {}, f.get("geometry")
        if not isinstance(props, dict) or not (geom is None or isinstance(geom, dict)):
            return None
        for key, value in props.items():
            if value is not None:
                if type(value) not in (str, int, float, bool):  # lists, objects: GDAL's types
                    return None
                types.setdefault(key, set()).add(type(value))
            else:
                types.setdefault(key, set()).add(None)
        rows.append(props)
        geoms.append(geom)
    for key, seen in types.items():
        if len(seen - {None}) > 1 and (str in seen or bool in seen):  # GDAL makes it text
            return None
        if bool in seen and (None in seen or any(key not in r for r in rows)):
            return None  # a yes/no field with holes
        if seen - {None} == {int, float}:  # GDAL: one Real field
            for row in rows:
                if isinstance(row.get(key), int):
                    row[key] = float(row[key])
    try:  # GEOS reads the whole collection three times faster than json.dumps of each geometry
        parsed = list(shapely.from_geojson(text).geoms) if all(geoms) else []
    except Exception:  # a null geometry…: one by one
        parsed = []
    if len(parsed) != len(geoms):
        try:
            parsed = list(shapely.from_geojson([g and json.dumps(g) for g in geoms], on_invalid="raise"))
        except Exception:  # an unclosed ring, a bad coordinate: GDAL says what
            return None
    return _Features(list(types), [{k: r.get(k) for k in types} for r in rows], list(parsed), [])


def _missing(value) -> bool:
    """None, or NaN (GDAL's empty number, and with pandas 3 its empty text too)."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def import_villages(
    project,
    path: Path,
    source: str,
    layer: str | None = None,
    code_field: str | None = None,
    name_field: str | None = None,
    add_new: bool | None = None,
    report=None,
) -> GeoImportResult:
    """Update (and, for an empty project or with ``add_new``, create) villages by INSEE code.

    Doors and pledges hang off the INSEE code: an update never touches them. ``report(done,
    total, text)`` returning False cancels (``Cancelled``, nothing written), as for every import.
    """
    _step(report, 0)
    table = _read_plain_geojson(path) if layer is None else None
    if table is None:
        table = _features_of(read_geofile(path, layer), path)
    else:
        _check_in_france(table.geoms, path)
    _step(report, 1)
    cols = table.columns
    code_col = _pick(cols, CODE_FIELDS, code_field, "code", path)
    name_col = _pick(cols, NAME_FIELDS, name_field, "name", path)
    if code_col is None and "code" in cols and "nom" in cols:  # france-geojson, geo.api.gouv.fr
        code_col = "code"
    if code_col is None or name_col is None:
        missing = (
            QT_TRANSLATE_NOOP("GeoImport", "the INSEE code")
            if code_col is None
            else QT_TRANSLATE_NOOP("GeoImport", "the commune name")
        )
        option = "--code-field" if code_col is None else "--name-field"
        raise FieldsUnknown(
            QT_TRANSLATE_NOOP(
                "GeoImport",
                "{file}: cannot tell which field holds {missing}; name it with {option} (fields: {cols})",
            ).format(file=path.name, missing=missing, option=option, cols=", ".join(map(str, cols))),
            "code" if code_col is None else "name",
            [str(c) for c in cols],
        )
    pop_col = _pick(cols, POP_FIELDS, None, "population", path)
    existing = {v.insee: v for v in vstore.list_villages(project)}
    if add_new is None:
        add_new = not existing
    result = GeoImportResult("villages", features=len(table.rows), warnings=table.warnings)
    villages = []
    from coopnet.core.communes import merger_sentence
    from coopnet.io.new_project import village_from_reference
    from coopnet.io.reference import load_reference

    history = load_reference()
    old_parts: dict[str, list] = {}
    shapes: dict[str, object] = {}
    for idx, (row, geometry) in enumerate(zip(table.rows, table.geoms)):
        label = f"feature {idx + 1}"
        try:
            code = fr.normalize_insee(str(row[code_col]).split(".")[0])
        except ValueError as exc:
            result.rejected.append(f"{label}: {exc}")
            continue
        geom, fixed = _repair(geometry, "polygon")
        if geom is None:
            result.rejected.append(
                QT_TRANSLATE_NOOP(
                    "GeoImport", "{code}: no usable polygon (empty or invalid geometry)"
                ).format(code=code)
            )
            continue
        result.repaired += fixed
        now, old = history.resolve(code)
        if old is not None and (now in existing or add_new) and history.get(now) is not None:
            # an old code (a file from before a merger): its polygon joins today's commune
            result.merged.append(merger_sentence(old, history.get(now)))
            old_parts.setdefault(now, []).append(geom)
            continue
        if code not in existing and not add_new:
            result.ignored += 1
            continue
        # the name the project already has, else the official one: a file from another year
        # says "Pecq" for Le Pecq, or "Bellegarde-sur-Valserine" under Valserhône's code 01033
        official = history.get(code)
        name = (
            (existing[code].name if code in existing else "")
            or (official.name if official is not None and official.type == "current" else "")
            or ("" if _missing(row[name_col]) else str(row[name_col]).strip())
        )
        pop = row[pop_col] if pop_col else None
        if code not in existing and official is not None and official.type == "current":
            # a new village: postcodes, department and population from the national reference
            village = village_from_reference(official)
        else:
            village = Village(insee=code, name=name)
        village.name, village.boundary = name, _geojson(geom)
        if not _missing(pop):  # the file's own population wins (geo.api.gouv.fr carries one)
            village.population, village.population_source = int(pop), source
            village.population_year = None
        if code not in existing:  # no town hall known yet: a point inside the commune
            inside = geom.representative_point()
            village.lon, village.lat = round(inside.x, 6), round(inside.y, 6)
        villages.append(village)
        shapes[code] = geom
    for now, parts in old_parts.items():
        from shapely.ops import unary_union

        whole = unary_union(parts + ([shapes[now]] if now in shapes else []))
        mine = next((v for v in villages if v.insee == now), None)
        if mine is None:
            name = existing[now].name if now in existing else history.get(now).name
            mine = (
                Village(insee=now, name=name) if now in existing else village_from_reference(history.get(now))
            )
            if now not in existing:
                inside = whole.representative_point()
                mine.lon, mine.lat = round(inside.x, 6), round(inside.y, 6)
            villages.append(mine)
        mine.boundary = _geojson(whole)
    _step(report, 2)
    backup_before_reimport(project, "villages", "villages")
    with project.transaction():
        try:
            vstore.upsert_villages(project, villages)
        except ValueError as exc:
            raise CoopnetError(f"{path.name}: {exc}") from None
        project.set_meta("boundaries_source", source)
        project.audit(
            "import",
            "villages",
            path.name,
            {"source": source, "features": result.features, "villages": len(villages)},
        )
        _step(report, 3)  # a cancel now rolls the whole import back
    result.updated = sum(1 for v in villages if v.insee in existing)
    result.created = len(villages) - result.updated
    return result


def _read_points_csv(path: Path) -> gpd.GeoDataFrame:
    import geopandas as gpd
    import pandas as pd

    head = path.read_bytes()[:4096]
    try:
        text = head.decode("utf-8-sig")
        encoding = "utf-8-sig"
    except UnicodeDecodeError:
        text, encoding = head.decode("cp1252", errors="replace"), "cp1252"
    sep = ";" if text.split("\n")[0].count(";") >= text.split("\n")[0].count(",") else ","
    _check_field_counts(path, encoding, sep)
    try:
        df = pd.read_csv(
            path,
            sep=sep,
            encoding=encoding,
            encoding_errors="replace",
            dtype=str,
            keep_default_na=False,
            index_col=False,
        )
    except (pd.errors.EmptyDataError, pd.errors.ParserError, UnicodeDecodeError, ValueError) as exc:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("GeoImport", "{file}: not a readable CSV of points ({reason})").format(
                file=path.name, reason=_one_line(exc)
            )
        ) from None
    df = df.reset_index(drop=True)
    lon = _pick(df.columns, LON_FIELDS, None, "lon", path)
    lat = _pick(df.columns, LAT_FIELDS, None, "lat", path)
    if lon is None or lat is None:
        raise CoopnetError(
            QT_TRANSLATE_NOOP(
                "GeoImport", "{file}: needs lon and lat columns (WGS84); found {columns}"
            ).format(file=path.name, columns=", ".join(df.columns))
        )
    xs = pd.to_numeric(df[lon].str.replace(",", "."), errors="coerce")
    ys = pd.to_numeric(df[lat].str.replace(",", "."), errors="coerce")
    bad = df.index[xs.isna() | ys.isna()]
    if len(bad):
        raise CoopnetError(
            QT_TRANSLATE_NOOP("GeoImport", "{file}: line {bad}: lon/lat is not a number").format(
                file=path.name, bad=bad[0] + 2
            )
        )
    return gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(xs, ys), crs="EPSG:4326")


def _check_field_counts(path: Path, encoding: str, sep: str) -> None:
    """A line with more cells than the header would lose them silently in pandas: refuse it."""
    try:
        with open(path, encoding=encoding, errors="replace", newline="") as f:
            rows = csv.reader(f, delimiter=sep)
            header = next(rows, None)
            if not header:
                return
            for number, row in enumerate(rows, start=2):
                if len(row) > len(header) and any(cell.strip() for cell in row[len(header) :]):
                    raise CoopnetError(
                        QT_TRANSLATE_NOOP(
                            "GeoImport",
                            "{file}: line {number} has {n} fields but the header has "
                            "{header} (a name holding an unquoted “{sep}”?); nothing "
                            "was imported",
                        ).format(file=path.name, number=number, n=len(row), header=len(header), sep=sep)
                    )
    except csv.Error as exc:
        raise CoopnetError(
            QT_TRANSLATE_NOOP("GeoImport", "{file}: not a readable CSV of points ({reason})").format(
                file=path.name, reason=_one_line(exc)
            )
        ) from None


def _features(gdf: gpd.GeoDataFrame, want: str, result: GeoImportResult):
    """(index, row, geometry) for each usable feature; the others are counted as rejected."""
    what = {
        "point": QT_TRANSLATE_NOOP("GeoImport", "feature {n}: not a point"),
        "line": QT_TRANSLATE_NOOP("GeoImport", "feature {n}: not a line"),
    }[want]
    for idx, row in gdf.iterrows():
        geom, fixed = _repair(row.geometry, want)
        if geom is None:
            result.rejected.append(what.format(n=idx + 1))
            continue
        result.repaired += fixed
        yield idx, row, geom


def _step(report, done: int) -> None:
    """Progress in four steps (read, checked, written, committed); False from ``report`` cancels."""
    if report is not None and report(done, 4, "") is False:
        raise Cancelled()


def _replace_layer(
    project, path: Path, source: str, kind: str, records: list, replace, result: GeoImportResult, report=None
) -> GeoImportResult:
    """Back up, then swap the project's whole layer for ``records`` in one transaction."""
    if not records:
        none = (
            QT_TRANSLATE_NOOP("GeoImport", "{file}: no point to import")
            if kind == "pops"
            else QT_TRANSLATE_NOOP("GeoImport", "{file}: no line to import")
        )
        raise CoopnetError(none.format(file=path.name))
    _step(report, 2)
    backup_before_reimport(project, kind, kind)
    with project.transaction():
        replace(project, records)
        project.set_meta(f"{kind}_source", source)
        project.audit("import", kind, path.name, {"source": source, kind: len(records)})
        _step(report, 3)  # a cancel now rolls the whole import back
    result.created = len(records)
    return result


def import_pops(
    project,
    path: Path,
    source: str,
    layer: str | None = None,
    name_field: str | None = None,
    illustrative: bool = False,
    report=None,
) -> GeoImportResult:
    """Replace the project's points of presence."""
    _step(report, 0)
    raw = _read_points_csv(path) if path.suffix.lower() in (".csv", ".txt") else read_geofile(path, layer)
    gdf = to_wgs84_in_france(raw, path)
    cols = [c for c in gdf.columns if c != gdf.geometry.name]
    name_col = _pick(cols, POINT_NAME_FIELDS, name_field, "name", path)
    result = GeoImportResult("pops", features=len(gdf), warnings=raw.attrs.get("warnings", []))
    pops = []
    for idx, row, geom in _features(gdf, "point", result):
        name = (
            str(row[name_col]).strip() if name_col and row[name_col] not in (None, "") else f"PoP {idx + 1}"
        )
        insee = str(row["insee"]) if "insee" in cols and row["insee"] else None
        pops.append(
            {
                "name": name,
                "lon": round(geom.x, 6),
                "lat": round(geom.y, 6),
                "insee": insee,
                "illustrative": illustrative,
                "source": source,
            }
        )
    _step(report, 1)
    return _replace_layer(project, path, source, "pops", pops, vstore.replace_pops, result, report)


def import_backbone(
    project, path: Path, source: str, layer: str | None = None, illustrative: bool = False, report=None
) -> GeoImportResult:
    """Replace the project's backbone lines."""
    _step(report, 0)
    raw = read_geofile(path, layer)
    gdf = to_wgs84_in_france(raw, path)
    cols = [c for c in gdf.columns if c != gdf.geometry.name]
    name_col = _pick(cols, POINT_NAME_FIELDS, None, "name", path)
    result = GeoImportResult("backbone", features=len(gdf), warnings=raw.attrs.get("warnings", []))
    lines = [
        {
            "name": str(row[name_col]) if name_col and row[name_col] else "",
            "geometry": json.loads(_geojson(geom)),
            "illustrative": illustrative,
            "source": source,
        }
        for _, row, geom in _features(gdf, "line", result)
    ]
    _step(report, 1)
    return _replace_layer(project, path, source, "backbone", lines, vstore.replace_backbone, result, report)
