"""Build a project filled with the bundled sample cooperative (Thoiry area)."""

from __future__ import annotations

import json
from pathlib import Path
from collections.abc import Callable

from coopnet.io.communes_csv import read_communes, read_features
from coopnet.resources import sample_dir
from coopnet.store import villages as vstore
from coopnet.store.project import Project

SAMPLE_NAME = "Coopérative des villages de Thoiry (exemple)"

# Later layers add steps (doors, pledges, scenarios): each is fn(project, sample_dir).
EXTRA_STEPS: list[Callable[[Project, Path], None]] = []


def fill_with_sample(project: Project, folder: Path | None = None) -> None:
    folder = folder or sample_dir()
    villages = read_communes(folder / "communes.csv")
    boundaries = {
        f["properties"]["insee"]: f["geometry"] for f in read_features(folder / "boundaries.geojson")
    }
    for v in villages:
        if v.insee in boundaries:
            v.boundary = json.dumps(boundaries[v.insee], separators=(",", ":"))
    with project.transaction():
        project.set_meta("sample", "1")
        vstore.upsert_villages(project, villages)
        vstore.replace_backbone(
            project,
            [
                {
                    "name": f["properties"].get("name", ""),
                    "geometry": f["geometry"],
                    "illustrative": f["properties"].get("illustrative", True),
                    "source": f["properties"].get("source", ""),
                }
                for f in read_features(folder / "backbone.geojson")
            ],
        )
        vstore.replace_pops(
            project,
            [
                {
                    "name": f["properties"]["name"],
                    "lon": f["geometry"]["coordinates"][0],
                    "lat": f["geometry"]["coordinates"][1],
                    "insee": f["properties"].get("insee"),
                    "illustrative": f["properties"].get("illustrative", True),
                    "source": f["properties"].get("source", ""),
                }
                for f in read_features(folder / "pops.geojson")
            ],
        )
        for step in _steps():
            step(project, folder)


def _steps() -> list[Callable[[Project, Path], None]]:
    # Imported here so the foundation works before the other layers exist.
    from coopnet.io import sample_steps

    return EXTRA_STEPS + list(sample_steps.STEPS)


def create_sample_project(path: Path, overwrite: bool = False) -> Project:
    project = Project.create(path, name=SAMPLE_NAME, overwrite=overwrite)
    try:
        fill_with_sample(project)
    except BaseException:
        project.close()
        raise
    return project
