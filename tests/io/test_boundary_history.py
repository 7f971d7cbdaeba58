"""A boundary file from before a merger (2018): the old commune's polygon joins today's, and the
report says so in words."""

import json

from shapely.geometry import shape

from coopnet.io.geodata import import_villages
from coopnet.io.new_project import create_from_reference, select_communes
from coopnet.store import villages as vstore


def square(x):
    return {
        "type": "Polygon",
        "coordinates": [[[x, 48.89], [x + 0.02, 48.89], [x + 0.02, 48.91], [x, 48.91], [x, 48.89]]],
    }


def test_old_code_polygon_joins_the_current_commune(tmp_path):
    communes, _ = select_communes(["78551"])
    src = tmp_path / "communes-78-2018.geojson"
    src.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"code": "78551", "nom": "Saint-Germain-en-Laye"},
                        "geometry": square(2.06),
                    },
                    {
                        "type": "Feature",
                        "properties": {"code": "78251", "nom": "Fourqueux"},
                        "geometry": square(2.08),
                    },
                ],
            }
        ),
        encoding="utf-8",
    )
    with create_from_reference(tmp_path / "sgl.coopnet", communes) as project:
        result = import_villages(project, src, source="2018")
        lines = result.lines(src.name, "en")
        assert "78251 Fourqueux — merged into 78551 Saint-Germain-en-Laye on 1 January 2019" in lines
        assert result.updated == 1 and result.created == 0 and not result.rejected
        assert [v.insee for v in vstore.list_villages(project)] == ["78551"]
        village = vstore.get_village(project, "78551")
        assert village.name == "Saint-Germain-en-Laye"
        boundary = village.boundary
        area = shape(json.loads(boundary) if isinstance(boundary, str) else boundary).area
        assert abs(area - 2 * shape(square(2.06)).area) < 1e-9  # both parts, nothing lost


def test_codes_without_leading_zero_still_work(tmp_path):
    communes, _ = select_communes(["01001"])
    src = tmp_path / "ain.geojson"
    src.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"code": 1001, "nom": "L'Abergement-Clémenciat"},
                        "geometry": square(4.9),
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    with create_from_reference(tmp_path / "ain.coopnet", communes) as project:
        result = import_villages(project, src, source="test")
        assert result.updated == 1 and not result.rejected
        assert vstore.get_village(project, "01001").boundary
