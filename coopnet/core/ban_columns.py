"""The columns of the Base Adresse Nationale's CSV files (``adresses-NN.csv``), as published:
the importer checks a file against them and the sample writes its doors with them."""

from __future__ import annotations

BAN_COLUMNS = (
    "id",
    "id_fantoir",
    "numero",
    "rep",
    "nom_voie",
    "code_postal",
    "code_insee",
    "nom_commune",
    "code_insee_ancienne_commune",
    "nom_ancienne_commune",
    "x",
    "y",
    "lon",
    "lat",
    "type_position",
    "alias",
    "nom_ld",
    "libelle_acheminement",
    "nom_afnor",
    "source_position",
    "source_nom_voie",
    "certification_commune",
    "cad_parcelles",
)
REQUIRED = ("id", "numero", "rep", "nom_voie", "code_postal", "code_insee", "lon", "lat", "x", "y")
