"""Partial projects built through the real code paths (issue 11 §1).

Each state is a project a real cooperative can have: the sample with one layer removed by the
store (``coopnet.store.partial.remove_layer``), a new project holding one village typed in, a
project made only of imported boundaries, an empty project.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import SAMPLE_DIR

# state → layers removed from the sample (None: built another way)
STATES = {
    "full": (),
    "no-boundaries": ("boundaries",),
    "no-households": ("households",),
    "no-doors": ("doors",),
    "no-pledges": ("pledges",),
    "no-backbone": ("backbone",),  # PoPs without backbone
    "no-pops": ("pops",),  # backbone without PoPs
    "no-network": ("backbone", "pops"),
    "no-thresholds": ("thresholds",),
    "no-scenarios": ("scenarios",),
    "one-village": None,  # a new project, one village typed in, nothing else
    "boundaries-only": None,  # a new project, commune boundaries imported
    "empty": None,  # a new project, no village
}

ONE_VILLAGE = "78053"  # Béhoust


def build_state(state: str, sample_master: Path, folder: Path) -> Path:
    """The project file of ``state`` in ``folder``."""
    from coopnet.store.project import Project

    path = folder / f"{state}.coopnet"
    layers = STATES[state]
    if layers is not None:
        shutil.copy2(sample_master, path)
        from coopnet.store.partial import remove_layer

        project = Project.open(path)
        try:
            for layer in layers:
                remove_layer(project, layer)
        finally:
            project.close()
        return path
    project = Project.create(path, name=f"Coopérative {state}")
    try:
        if state == "one-village":
            from coopnet.core.village import Village
            from coopnet.store.villages import upsert_villages

            upsert_villages(project, [Village(insee=ONE_VILLAGE, name="Béhoust", postcode="78910")])
        elif state == "boundaries-only":
            from coopnet.io.geodata import import_villages

            import_villages(project, SAMPLE_DIR / "boundaries.geojson", "boundaries.geojson", add_new=True)
    finally:
        project.close()
    return path
