"""Plain GeoJSON boundary files (france-geojson, geo.api.gouv.fr) are read without GDAL, with
the same fields, values and shapes as GDAL gives; anything unusual is still read by GDAL."""

from __future__ import annotations

import json
import subprocess
import sys

import shapely

from coopnet.io.geodata import _features_of, _read_plain_geojson, import_villages, read_geofile
from coopnet.store.project import Project
from tests.conftest import SAMPLE_DIR

SQUARE = {
    "type": "Polygon",
    "coordinates": [[[1.79, 48.86], [1.80, 48.86], [1.80, 48.87], [1.79, 48.87], [1.79, 48.86]]],
}


def _collection(path, features, **extra):
    path.write_text(
        json.dumps({"type": "FeatureCollection", **extra, "features": features}), encoding="utf-8"
    )
    return path


def test_same_fields_values_and_shapes_as_gdal():
    path = SAMPLE_DIR / "boundaries.geojson"
    plain = _read_plain_geojson(path)
    gdal = _features_of(read_geofile(path), path)
    assert plain is not None
    assert plain.columns == gdal.columns
    assert plain.rows == gdal.rows
    assert len(plain.geoms) == len(gdal.geoms) == 18
    assert all(shapely.equals_exact(a, b, 0) for a, b in zip(plain.geoms, gdal.geoms))


def test_numbers_mixing_integers_and_decimals_read_as_gdal_does(tmp_path):
    path = _collection(
        tmp_path / "c.geojson",
        [
            {
                "type": "Feature",
                "properties": {"code": "78616", "nom": "Thoiry", "pop": 1434},
                "geometry": SQUARE,
            },
            {"type": "Feature", "properties": {"code": "78617", "nom": "X", "pop": 12.5}, "geometry": None},
        ],
    )
    plain = _read_plain_geojson(path)
    gdal = _features_of(read_geofile(path), path)
    assert plain.rows == gdal.rows and plain.columns == gdal.columns
    assert plain.geoms[1] is None and gdal.geoms[1] is None


def test_unusual_files_go_to_gdal_and_still_import(tmp_path):
    feature = {"type": "Feature", "properties": {"code": "78616", "nom": "Thoiry"}, "geometry": SQUARE}
    unusual = {
        "crs.geojson": dict(crs={"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}),
        "id.geojson": {},
        "mixed.geojson": {},
    }
    for name, extra in unusual.items():
        f = dict(feature)
        if name == "id.geojson":
            f["id"] = "relation/123"  # GDAL makes a field of it
        if name == "mixed.geojson":
            f["properties"] = {**f["properties"], "x": [1, 2]}
        path = _collection(tmp_path / name, [f], **extra)
        assert _read_plain_geojson(path) is None, name
        with Project.create(tmp_path / f"{name}.coopnet") as project:
            result = import_villages(project, path, source="test")
            assert result.created == 1 and not result.rejected, name


def test_a_boundary_import_does_not_load_gdal_or_pandas(tmp_path):
    src = _collection(
        tmp_path / "communes-78.geojson",
        [{"type": "Feature", "properties": {"code": "78616", "nom": "Thoiry"}, "geometry": SQUARE}],
    )
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from coopnet.io.geodata import import_villages\n"
        "from coopnet.store.project import Project\n"
        f"with Project.create(Path({str(tmp_path / 'p.coopnet')!r})) as p:\n"
        f"    r = import_villages(p, Path({str(src)!r}), source='test')\n"
        "print(r.created, sorted(m for m in ('pandas', 'geopandas', 'pyogrio') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["1", "[]"]
