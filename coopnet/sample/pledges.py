"""Pledge files ("promesses"): what volunteers type into a spreadsheet on the doorstep.

Every pledge points at a real door of the generated BAN file. The bundled file is saved the
way French Excel saves CSV (";", Windows-1252, CRLF) and carries a fixed, documented list of
typical mistakes, so importers can be tested against them.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

from .ban import address_label
from .streets import strip_accents

PLEDGE_HEADER = [
    "Nom",
    "Prénom",
    "Adresse",
    "Code postal",
    "Commune",
    "Téléphone",
    "Courriel",
    "Débit souhaité",
    "Mensualité acceptée",
    "Parts sociales",
    "Consentement",
    "Date",
    "Bénévole",
    "Notes",
]

SURNAMES = (
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "François",
    "Legrand",
    "Garnier",
    "Faure",
    "Rousseau",
    "Blanc",
    "Guérin",
    "Muller",
    "Henry",
    "Roussel",
    "Nicolas",
    "Perrin",
    "Morin",
    "Mathieu",
    "Clément",
    "Gauthier",
    "Dumont",
    "Fontaine",
    "Chevalier",
    "Robin",
    "Masson",
    "Gérard",
    "Nguyen",
    "Boyer",
    "Denis",
    "Lemaire",
    "Duval",
    "Joly",
    "Roche",
    "Noël",
    "Meyer",
    "Lucas",
    "Meunier",
    "Marchand",
    "Dufour",
    "Blanchard",
    "Barbier",
    "Brun",
    "Dumas",
    "Brunet",
    "Schmitt",
    "Leroux",
    "Colin",
    "Renard",
    "Arnaud",
    "Caron",
    "Aubert",
    "Giraud",
    "Leclerc",
    "Vidal",
    "Bourgeois",
    "Renaud",
    "Lemoine",
    "Picard",
    "Gaillard",
    "Lacroix",
    "Fabre",
    "Dupuis",
    "Olivier",
    "Da Silva",
    "Hubert",
    "Rivière",
    "Le Gall",
    "Guillaume",
    "Moulin",
    "Berger",
    "Lecomte",
    "Ménard",
    "Fleury",
    "Deschamps",
    "Carpentier",
    "Benoît",
    "Maillard",
    "Aubry",
    "Le Roux",
    "Prévost",
    "Poirier",
    "Charpentier",
    "Huet",
    "Baron",
    "Carré",
    "Breton",
    "Rémy",
    "Perrot",
    "Cousin",
    "Bœuf",
)
FIRST_NAMES = (
    "Marie",
    "Jean",
    "Pierre",
    "Michel",
    "André",
    "Philippe",
    "Nathalie",
    "Isabelle",
    "Sylvie",
    "Catherine",
    "Françoise",
    "Hélène",
    "Céline",
    "Stéphane",
    "Sébastien",
    "Frédéric",
    "Élodie",
    "Aurélie",
    "Jérôme",
    "Thierry",
    "Laurent",
    "Anne",
    "Christine",
    "Valérie",
    "Sandrine",
    "Nicolas",
    "Julien",
    "Camille",
    "Léa",
    "Chloé",
    "Mathilde",
    "Joël",
    "Gaëlle",
    "Benoît",
    "François",
    "Agnès",
    "Véronique",
    "Brigitte",
    "Bernard",
    "Alain",
    "Dominique",
    "Patrick",
    "Éric",
    "Olivier",
    "Emmanuel",
    "Josiane",
    "Maëlle",
    "Loïc",
    "Zoé",
    "Inès",
    "Jean-Pierre",
    "Marie-Claude",
    "Anne-Sophie",
    "Hervé",
    "Noémie",
    "Cécile",
    "Raphaël",
    "Thérèse",
    "Gérard",
)
VOLUNTEERS = ("Claire Martin", "Jean-Luc Petit", "Hélène Rousseau", "François Lefèvre", "Amélie Garnier")
NOTES = (
    "Très intéressé, télétravail",
    "Rappeler après 18h",
    "ADSL très lent, 2 Mb/s le soir",
    "Gîte rural : besoin d'un bon débit",
    "Sœur de la voisine, même demande",
    "Propriétaire, façade à refaire, passage en aérien possible",
    "Ferme équestre",
    "Cabinet d'infirmière à domicile",
    "Déjà abonnée 4G box, déçue",
    "Enfants étudiants",
    "Veut des parts pour ses deux fils",
    "Garçon de 12 ans joueur en ligne",
    "Maison secondaire, présente le week-end",
    "Prête à être bénévole",
    "Œuvre à la mairie",
    "Réunion publique du 14/03 : convaincu",
    "Poteau France Télécom devant la maison",
)
_DOMAINS = (
    "orange.fr",
    "free.fr",
    "gmail.com",
    "laposte.net",
    "sfr.fr",
    "wanadoo.fr",
    "hotmail.fr",
    "yahoo.fr",
)
SPEEDS = (("100 Mb/s", 25), ("300 Mb/s", 45), ("1 Gb/s", 30))
_SPEED_NAMES = [s for s, _ in SPEEDS]
_SPEED_CUM = [25, 70, 100]
MONTHLY = ("30,00", "29,5", "35", "40,00", "25", "32,90", "45", "30", "27,50", "35,00")
SHARES = (
    "100",
    "200",
    "250,00",
    "500",
    "1 000,00",
    "1 234,50",
    "150 €",
    "300",
    "100,00",
    "2 500",
    "750,00 €",
    "100",
)


def _phone(rng: random.Random) -> str:
    """A valid French number in one of the ways people write them."""
    r = rng.random()
    if r < 0.3:  # Yvelines landlines are 01 30 / 01 34 / 01 39 …
        digits = "01" + ("30", "34", "39")[int(r * 10)] + f"{int(rng.random() * 10**6):06d}"
    else:
        digits = ("06", "07")[r < 0.75] + f"{int(rng.random() * 10**8):08d}"
    pairs = [digits[i : i + 2] for i in range(0, 10, 2)]
    style = int(rng.random() * 4)
    if style == 0:
        return " ".join(pairs)
    if style == 1:
        return digits
    if style == 2:
        return ".".join(pairs)
    return "+33 " + digits[1] + " " + " ".join(pairs[1:])


def _email(rng: random.Random, first: str, last: str) -> str:
    if rng.random() < 0.25:
        return ""
    user = strip_accents(f"{first}.{last}").lower().replace(" ", "").replace("'", "")
    if rng.random() < 0.3:
        user += str(rng.randint(1, 99))
    return f"{user}@{rng.choice(_DOMAINS)}"


def pledge_row(rng: random.Random, door, day: dt.date) -> list[str]:
    """A clean pledge for a BAN door row (consent given, every field valid)."""
    last, first = rng.choice(SURNAMES), rng.choice(FIRST_NAMES)
    speed = rng.choices(_SPEED_NAMES, cum_weights=_SPEED_CUM)[0]
    return [
        last.upper() if rng.random() < 0.2 else last,
        first,
        address_label(door),
        door[5],
        door[7],
        _phone(rng),
        _email(rng, first, last),
        speed,
        rng.choice(MONTHLY),
        rng.choice(SHARES),
        "oui",
        day.strftime("%d/%m/%Y"),
        rng.choice(VOLUNTEERS),
        rng.choice(NOTES) if rng.random() < 0.3 else "",
    ]


def campaign_days(rng: random.Random, n: int) -> list[dt.date]:
    """n visit dates in the first half of 2026, in order (files grow day after day)."""
    start = dt.date(2026, 1, 10)
    return sorted(start + dt.timedelta(days=rng.randrange(170)) for _ in range(n))


# The mistakes of the bundled file, by data row (1 = the line after the header).
# README.md lists the same rows; tests check them.
DUPLICATES = {46: 45, 190: 102}  # row -> the earlier row it repeats exactly
BAD_PHONES = {23: "06 12 34 56", 57: "06 12 34 AB 78", 141: "00 12 34 56 78"}
MISSING_COMMUNE = (88, 170)  # Commune and Code postal both empty
BAD_DATE = {112: "31/02/2026"}
BAD_AMOUNT = {64: "abc"}  # in "Mensualité acceptée"
CONSENT_REFUSED = (131,)  # "non": contact details must not be kept
BUNDLED_PLEDGES = 200


def bundled_rows(rng: random.Random, doors: list) -> list[list[str]]:
    """200 data rows: 198 distinct clean pledges, 2 exact duplicates, the listed mistakes."""
    clean_count = BUNDLED_PLEDGES - len(DUPLICATES)
    days = campaign_days(rng, clean_count)
    clean = [pledge_row(rng, door, day) for door, day in zip(doors, days)]
    rows: list[list[str]] = []
    it = iter(clean)
    for n in range(1, BUNDLED_PLEDGES + 1):
        rows.append(list(rows[DUPLICATES[n] - 1]) if n in DUPLICATES else next(it))
    col = PLEDGE_HEADER.index
    for n, phone in BAD_PHONES.items():
        rows[n - 1][col("Téléphone")] = phone
    for n in MISSING_COMMUNE:
        rows[n - 1][col("Commune")] = rows[n - 1][col("Code postal")] = ""
    for n, date in BAD_DATE.items():
        rows[n - 1][col("Date")] = date
    for n, amount in BAD_AMOUNT.items():
        rows[n - 1][col("Mensualité acceptée")] = amount
    for n in CONSENT_REFUSED:
        rows[n - 1][col("Consentement")] = "non"
    return rows


def write_pledges(path: Path, rows, encoding: str = "utf-8") -> Path:
    """`;`-separated with CRLF, as spreadsheets write it. cp1252 raises on unencodable text."""
    with open(path, "w", encoding=encoding, errors="strict", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(PLEDGE_HEADER)
        w.writerows(rows)
    return path
