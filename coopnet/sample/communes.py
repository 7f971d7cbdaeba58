"""The communes of the sample: the 18 real ones of DESIGN.md §4, and generated ones.

The 18 bundled communes' town halls come from Wikipedia infoboxes. Their published figures are
replaced when the sample is written (`bundled.with_reference_figures`): population from the
national commune reference, households from the INSEE 2021 census (data/menages-2021-thoiry.csv).
The population ÷ 2.45 estimate below serves the generated (department-scale) communes.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path

COMMUNES_HEADER = [
    "insee",
    "name",
    "postcode",
    "lat",
    "lon",
    "population",
    "population_year",
    "population_source",
    "households",
    "households_source",
    "households_is_estimate",
]

PERSONS_PER_HOUSEHOLD = 2.45  # DESIGN.md §4: households estimate = population ÷ 2.45


@dataclass(frozen=True)
class Commune:
    insee: str  # INSEE code, text (leading zeros, 2A/2B)
    name: str
    postcode: str
    lat: float  # town hall, WGS84
    lon: float
    population: int
    population_year: int
    population_source: str
    households: int
    households_source: str
    households_is_estimate: bool


def _wiki(year: int) -> str:
    return f"Wikipedia infobox (INSEE legal population {year})"


def _real(insee, name, postcode, lat, lon, pop, year, households=None, source=None):
    """A bundled commune; households default to the population ÷ 2.45 estimate."""
    if households is None:
        return Commune(
            insee,
            name,
            postcode,
            lat,
            lon,
            pop,
            year,
            _wiki(year),
            round(pop / PERSONS_PER_HOUSEHOLD),
            f"estimate: population ÷ {PERSONS_PER_HOUSEHOLD}",
            True,
        )
    return Commune(insee, name, postcode, lat, lon, pop, year, _wiki(year), households, source, False)


# DESIGN.md §4. Beynes' infobox gives its position to the minute only (48°52′N 1°52′E).
BUNDLED_COMMUNES: tuple[Commune, ...] = (
    _real("78616", "Thoiry", "78770", 48.8653, 1.7947, 1428, 2020),
    _real("78681", "Villiers-le-Mahieu", "78770", 48.8606, 1.7733, 856, 2021),
    _real("78364", "Marcq", "78770", 48.8622, 1.8142, 778, 2021),
    _real("78034", "Auteuil", "78770", 48.8417, 1.8186, 969, 2018),
    _real("78036", "Autouillet", "78770", 48.8497, 1.8044, 636, 2021),
    _real("78084", "Boissy-sans-Avoir", "78490", 48.8203, 1.7944, 614, 2022),
    _real("78278", "Goupillières", "78770", 48.8806, 1.7658, 530, 2020),
    _real("78443", "Neauphle-le-Vieux", "78640", 48.8164, 1.8636, 911, 2021),
    _real("78550", "Saint-Germain-de-la-Grange", "78640", 48.8342, 1.9003, 1842, 2022),
    _real("78653", "Vicq", "78490", 48.8153, 1.8342, 391, 2022),
    _real("78265", "Garancières", "78890", 48.8217, 1.7586, 2512, 2021),
    _real("78053", "Béhoust", "78910", 48.8303, 1.7214, 498, 2021),
    _real("78236", "Flexanville", "78910", 48.8547, 1.7386, 589, 2018),
    _real("78588", "Saulx-Marchais", "78650", 48.8408, 1.8367, 961, 2020),
    _real("78062", "Beynes", "78650", 48.8670, 1.8670, 7617, 2021),
    _real("78420", "Montfort-l'Amaury", "78490", 48.7772, 1.8092, 2790, 2022),
    _real("78465", "Orgerus", "78910", 48.8397, 1.7011, 2484, 2022),
    _real("78321", "Jouars-Pontchartrain", "78760", 48.8039, 1.9022, 5814, 2021),
)

# The five villages where the sample's pledge campaign is most advanced.
CORE_INSEE = ("78616", "78681", "78364", "78278", "78036")


def write_communes_csv(path: Path, communes) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(COMMUNES_HEADER)
        for c in communes:
            w.writerow(
                [
                    c.insee,
                    c.name,
                    c.postcode,
                    repr(round(c.lat, 6)),
                    repr(round(c.lon, 6)),
                    c.population,
                    c.population_year,
                    c.population_source,
                    c.households,
                    c.households_source,
                    int(c.households_is_estimate),
                ]
            )
    return path


# ---- generated communes (department scale) ----------------------------------------------

# Pieces of real Île-de-France toponymy, recombined: plausible, but (mostly) not real names.
_ROOTS = (
    "Villiers",
    "Mesnil",
    "Bois",
    "Mont",
    "Val",
    "Fontaine",
    "Ville",
    "Boissy",
    "Bazoches",
    "Chaufour",
    "Courgent",
    "Dammartin",
    "Épône",
    "Fresnay",
    "Gambais",
    "Grosrouvre",
    "Houdan",
    "Jumeauville",
    "Longnes",
    "Mareil",
    "Méré",
    "Millemont",
    "Neauphle",
    "Osmoy",
    "Prunay",
    "Richebourg",
    "Septeuil",
    "Tacoignières",
    "Tilly",
    "Vert",
    "Bréval",
    "Civry",
    "Condé",
    "Dannemarie",
    "Flins",
    "Galluis",
    "Hargeville",
    "Herbeville",
    "Lommoye",
    "Montainville",
    "Orvilliers",
    "Perdreauville",
    "Rosay",
    "Saint-Martin",
    "Saint-Rémy",
    "Sainte-Colombe",
    "Thiverval",
    "Tremblay",
    "Vaux",
    "Crespières",
    "Arnouville",
    "Boinville",
    "Courgeron",
)
_SUFFIXES = (
    "-le-Vieux",
    "-le-Château",
    "-sur-Mauldre",
    "-sur-Vesgre",
    "-en-Yvelines",
    "-la-Forêt",
    "-le-Roi",
    "-sous-Bois",
    "-la-Ville",
    "-en-Pincerais",
    "-le-Bois",
    "-les-Mureaux",
    "-sur-Seine",
    "-la-Chapelle",
    "-Saint-Denis",
)

# combinations that are real communes: a generated commune must not pass for a real one
_REAL = {
    "Mareil-sur-Mauldre",
    "Neauphle-le-Vieux",
    "Neauphle-le-Château",
    "Flins-sur-Seine",
    "Tremblay-sur-Mauldre",
    "Vaux-sur-Seine",
    "Bois-le-Roi",
    "Mesnil-le-Roi",
    "Orvilliers-sur-Seine",
    "Condé-sur-Vesgre",
    "Saint-Martin-la-Garenne",
}

_DEPARTMENTS = ("78", "77", "91", "95", "28", "27", "60", "45", "89", "10")


def generated_names(rng: random.Random, n: int) -> list[str]:
    """n distinct plausible commune names (falls back to "Commune 0042" when exhausted)."""
    names: list[str] = []
    seen: set[str] = set()
    for i in range(n):
        for _ in range(20):
            cand = rng.choice(_ROOTS) + rng.choice(_SUFFIXES)
            if cand not in seen and cand not in _REAL:
                break
        else:
            cand = f"Commune {i + 1:04d}"
        seen.add(cand)
        names.append(cand)
    return names


def generated_codes(n: int) -> list[tuple[str, str]]:
    """(department, INSEE) for n communes: 78001…78999, then 77001… and so on."""
    if n > 999 * len(_DEPARTMENTS):
        raise ValueError(f"at most {999 * len(_DEPARTMENTS)} generated communes")
    return [(_DEPARTMENTS[i // 999], f"{_DEPARTMENTS[i // 999]}{i % 999 + 1:03d}") for i in range(n)]
