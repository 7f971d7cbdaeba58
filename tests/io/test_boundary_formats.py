"""Boundary files as people download them are recognised without --code-field/--name-field."""

import json

import pytest

from coopnet.io.geodata import import_villages
from coopnet.store.project import Project

SQUARE = {
    "type": "Polygon",
    "coordinates": [[[1.79, 48.86], [1.80, 48.86], [1.80, 48.87], [1.79, 48.87], [1.79, 48.86]]],
}


@pytest.mark.parametrize(
    "props",
    [
        {"code": "78616", "nom": "Thoiry"},  # france-geojson
        {"code": "78616", "nom": "Thoiry", "population": 1434},  # geo.api.gouv.fr
        {"ref:INSEE": "78616", "name": "Thoiry", "admin_level": "8"},  # OpenStreetMap
        {"INSEE_COM": "78616", "NOM": "Thoiry"},  # ADMIN EXPRESS 3.x
        {"code_insee": "78616", "nom_officiel": "Thoiry"},  # ADMIN EXPRESS 4.0
    ],
)
def test_field_names_are_recognised(tmp_path, props):
    src = tmp_path / "communes.geojson"
    src.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [{"type": "Feature", "properties": props, "geometry": SQUARE}],
            }
        ),
        encoding="utf-8",
    )
    with Project.create(tmp_path / "p.coopnet") as project:
        result = import_villages(project, src, source="test")
        assert result.created == 1 and not result.rejected
        from coopnet.store import villages as vstore

        v = vstore.get_village(project, "78616")
        assert v.name == "Thoiry" and v.boundary
