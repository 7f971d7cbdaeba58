"""Importing communes, backbone, PoPs and census households from real GIS files."""

from __future__ import annotations

import json
import sqlite3

import geopandas as gpd
import pytest
from shapely.geometry import Polygon

from coopnet.errors import CoopnetError
from coopnet.io.geodata import FieldsUnknown, import_backbone, import_pops, import_villages
from coopnet.io.households import import_households
from coopnet.store.project import Project
from tests.conftest import SAMPLE_DIR
from tests.helpers import run_cli


@pytest.fixture(scope="module")
def boundaries():
    return gpd.read_file(SAMPLE_DIR / "boundaries.geojson")


def _boundaries_db(path):
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT insee, boundary FROM villages"))
    finally:
        conn.close()


def _counts(path):
    conn = sqlite3.connect(path)
    try:
        return (
            conn.execute("SELECT COUNT(*) FROM doors").fetchone()[0],
            conn.execute("SELECT COUNT(*) FROM pledges").fetchone()[0],
            conn.execute("SELECT COUNT(*) FROM villages").fetchone()[0],
        )
    finally:
        conn.close()


def test_shapefile_in_lambert93_admin_express_3(sample_project_path, tmp_path, boundaries):
    """ADMIN EXPRESS 3.x fields, Lambert-93; re-import keeps every door and pledge."""
    before = _counts(sample_project_path)
    assert before[1] > 0
    shp = boundaries.rename(columns={"insee": "INSEE_COM", "name": "NOM"})[["INSEE_COM", "NOM", "geometry"]]
    shp["POPULATION"] = 1000
    # Move Thoiry's boundary a little so we can see the update land.
    thoiry = shp.index[shp["INSEE_COM"] == "78616"][0]
    shp.loc[thoiry, "geometry"] = shp.loc[thoiry, "geometry"].buffer(0.002)
    path = tmp_path / "COMMUNE.shp"
    shp.to_crs("EPSG:2154").to_file(path)
    old = _boundaries_db(sample_project_path)
    rc, out, err = run_cli("import", "villages", str(sample_project_path), str(path))
    assert rc == 0, err
    assert "updated: 18" in out and "created: 0" in out
    new = _boundaries_db(sample_project_path)
    assert new["78616"] != old["78616"]
    assert _counts(sample_project_path) == before  # doors, pledges, villages all still there
    # Reprojected back to WGS84: the boundary is in degrees around Thoiry, not in metres.
    lon, lat = json.loads(new["78616"])["coordinates"][0][0][:2]
    assert 1.7 < lon < 1.9 and 48.8 < lat < 48.9


def test_gpkg_admin_express_4_creates_villages(tmp_path, boundaries):
    gpkg = boundaries.rename(columns={"insee": "code_insee", "name": "nom_officiel"})
    gpkg["population"] = 500
    gpkg["cleabs"] = [f"COMMUNE_{i:04d}" for i in range(len(gpkg))]
    path = tmp_path / "ADE_4-0.gpkg"
    gpkg[["cleabs", "code_insee", "nom_officiel", "population", "geometry"]].to_crs("EPSG:2154").to_file(
        path, layer="commune", driver="GPKG"
    )
    gpkg[["code_insee", "geometry"]].head(1).to_file(path, layer="departement", driver="GPKG")
    with Project.create(tmp_path / "new.coopnet") as project:
        result = import_villages(project, path, "IGN ADMIN EXPRESS 4.0")  # picks layer "commune"
        assert result.created == len(boundaries) and not result.rejected
        row = project.conn.execute(
            "SELECT name, population, lat, lon FROM villages WHERE insee='78278'"
        ).fetchone()
        assert row[0] == "Goupillières" and row[1] == 500
        assert 48.85 < row[2] < 48.91 and 1.72 < row[3] < 1.80  # a point inside the commune
        assert project.meta("boundaries_source") == "IGN ADMIN EXPRESS 4.0"


def test_geojson_with_named_fields_and_invalid_geometry(tmp_path, boundaries):
    gj = boundaries.rename(columns={"insee": "CODE", "name": "LIBELLE"})[["CODE", "LIBELLE", "geometry"]]
    x0, y0 = 1.79, 48.86
    bowtie = Polygon([(x0, y0), (x0 + 0.01, y0 + 0.01), (x0 + 0.01, y0), (x0, y0 + 0.01), (x0, y0)])
    assert not bowtie.is_valid
    gj.loc[0, "geometry"] = bowtie
    path = tmp_path / "communes.geojson"
    gj.to_file(path, driver="GeoJSON")
    with Project.create(tmp_path / "p.coopnet") as project:
        with pytest.raises(FieldsUnknown, match="--code-field") as caught:
            import_villages(project, path, "x")
        assert caught.value.missing == "code" and caught.value.fields == ["CODE", "LIBELLE"]
        result = import_villages(project, path, "x", code_field="CODE", name_field="LIBELLE")
        assert result.repaired == 1 and result.created == len(gj)
        code = gj.loc[0, "CODE"]
        from shapely.geometry import shape

        stored = shape(
            json.loads(
                project.conn.execute("SELECT boundary FROM villages WHERE insee=?", (code,)).fetchone()[0]
            )
        )
        assert stored.is_valid and stored.area > 0


def test_no_crs_and_outside_france_are_explained(tmp_path, boundaries, sample_project_path):
    no_crs = tmp_path / "nocrs.shp"
    boundaries[["insee", "geometry"]].to_crs("EPSG:2154").to_file(no_crs)
    no_crs.with_suffix(".prj").unlink()
    rc, out, err = run_cli("import", "villages", str(sample_project_path), str(no_crs))
    assert rc == 1 and "no coordinate reference system" in err and "Traceback" not in err
    far = boundaries.copy()
    far["geometry"] = far.geometry.translate(xoff=-70)  # somewhere in the Atlantic
    far_path = tmp_path / "far.geojson"
    far.to_file(far_path, driver="GeoJSON")
    rc, out, err = run_cli("import", "villages", str(sample_project_path), str(far_path))
    assert rc == 1 and "outside mainland France" in err


def test_backbone_and_pops_imports(sample_project, tmp_path):
    lines = gpd.read_file(SAMPLE_DIR / "backbone.geojson").to_crs("EPSG:2154")
    path = tmp_path / "dorsale.gpkg"
    lines.to_file(path, driver="GPKG")
    result = import_backbone(sample_project, path, "Département (test)")
    assert result.created == len(lines)
    csv_path = tmp_path / "pops.csv"
    csv_path.write_text(
        "nom;lon;lat\nNRO Thoiry;1,7947;48,8653\nNRO Beynes;1.867;48.867\n", encoding="cp1252"
    )
    result = import_pops(sample_project, csv_path, "opérateur")
    assert result.created == 2
    names = [r[0] for r in sample_project.conn.execute("SELECT name FROM pops ORDER BY name")]
    assert names == ["NRO Beynes", "NRO Thoiry"]
    from coopnet.geo.links import village_links

    assert village_links(sample_project)["78616"]["nearest_pop"] == "NRO Thoiry"


def test_households_from_insee_csv_and_xlsx(sample_project_path, tmp_path):
    csv_path = tmp_path / "base-cc-logement-2021.csv"
    csv_path.write_text(
        "CODGEO;P21_LOG;P21_RP;P21_RSECOCC;P21_LOGVAC\n"
        "78681;380;341,6;20;18\n78364;330;312;8;10\n75056;1;1;0;0\n",
        encoding="utf-8",
    )
    rc, out, err = run_cli("import", "households", str(sample_project_path), str(csv_path))
    assert rc == 0, err
    assert "villages updated: 2" in out
    with Project.open(sample_project_path) as p:
        row = p.conn.execute(
            "SELECT households, households_source, households_is_estimate FROM villages WHERE insee='78681'"
        ).fetchone()
        assert row == (342, "INSEE census 2021 (P21_RP)", 0)
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Logements en 2022"])  # INSEE title rows above the table
    ws.append([])
    ws.append(["CODGEO", "LIBGEO", "P22_RP"])
    ws.append(["78616", "Thoiry", 601.0])
    xlsx = tmp_path / "logements.xlsx"
    wb.save(xlsx)
    with Project.open(sample_project_path) as p:
        r = import_households(p, xlsx, "INSEE")
        assert (r.updated, r.year, r.column) == (1, 2022, "P22_RP")
        row = p.conn.execute(
            "SELECT households, households_source FROM villages WHERE insee='78616'"
        ).fetchone()
        assert row == (601, "INSEE census 2022 (P22_RP)")


def test_pop_csv_with_an_extra_cell_is_refused_not_truncated(sample_project, tmp_path):
    from coopnet.io.geodata import import_pops

    before = sample_project.db.execute("select count(*) from pops").fetchone()[0]
    src = tmp_path / "pops.csv"
    src.write_text(
        "name;lon;lat\nNRO Thoiry;1,80;48,87\nNRO Montfort; l'Amaury;1,81;48,78\n", encoding="utf-8"
    )
    with pytest.raises(CoopnetError, match=r"line 3 has 4 fields but the header has 3"):
        import_pops(sample_project, src, "test")
    assert sample_project.db.execute("select count(*) from pops").fetchone()[0] == before


def test_gdal_warnings_are_reported_with_the_result_in_french(sample_project, tmp_path, recwarn):
    from coopnet.io.geodata import import_backbone

    src = tmp_path / "lines.geojson"
    src.write_text(
        '{"type": "FeatureCollection", "features": ['
        '{"type": "Feature", "properties": {"name": "A"}, "geometry": {"type": "LineString",'
        ' "coordinates": [[1.8, 48.8], [1.9, 48.85]]}},'
        '{"type": "Feature", "properties": {"name": "B"}, "geometry": {"type": "Point",'
        ' "coordinates": []}}]}',
        encoding="utf-8",
    )
    result = import_backbone(sample_project, src, "test")
    assert not [w for w in recwarn if issubclass(w.category, RuntimeWarning)]
    text = "\n".join(result.lines(src.name, "fr"))
    assert "lines.geojson : 2 entités lues" in text.replace("\u00a0", " ")
    assert "importées : 1" in text.replace("\u00a0", " ") and "rejetées : 1" in text.replace("\u00a0", " ")
    assert "entité 2 : pas une ligne" in text.replace("\u00a0", " ")
    assert any("coord" in w.lower() for w in result.warnings), result.warnings
    assert "1 features read" not in text and "2 features read" in "\n".join(result.lines(src.name, "en"))
