"""Plausible French street and hamlet names, and the AFNOR / FANTOIR-style codes BAN carries."""

from __future__ import annotations

import functools
import random
import unicodedata

# Streets found around a village centre (the first branches of the bourg take these).
CENTRE_NAMES = (
    "Grande Rue",
    "Rue de l'Église",
    "Place de l'Église",
    "Rue du Moulin",
    "Rue de la Mare",
    "Rue du Lavoir",
    "Rue des Écoles",
    "Rue du Château",
    "Rue de la Poste",
    "Ruelle du Four",
    "Impasse du Puits",
    "Rue du Pressoir",
    "Rue de la Fontaine",
    "Rue du Presbytère",
    "Rue du Calvaire",
    "Sente du Cimetière",
    "Rue de la Croix",
    "Rue des Remparts",
)

_TYPES = (  # (type, weight): rues dominate, then chemins and allées
    ("Rue", 10),
    ("Chemin", 4),
    ("Allée", 4),
    ("Impasse", 3),
    ("Sente", 1),
    ("Ruelle", 1),
    ("Clos", 1),
    ("Square", 1),
    ("Résidence", 1),
    ("Passage", 1),
    ("Venelle", 1),
)
_COMPLEMENTS = (
    "des Vignes",
    "des Lilas",
    "des Acacias",
    "des Tilleuls",
    "des Jardins",
    "des Prés",
    "des Vergers",
    "des Chênes",
    "des Noisetiers",
    "du Bois",
    "des Peupliers",
    "des Érables",
    "du Parc",
    "des Marronniers",
    "des Bouleaux",
    "de la Vallée",
    "de la Butte",
    "des Carrières",
    "du Colombier",
    "de la Forge",
    "des Sablons",
    "de la Croix Blanche",
    "des Champs",
    "des Cerisiers",
    "des Rosiers",
    "des Coquelicots",
    "des Bruyères",
    "de la Source",
    "des Fossés",
    "du Gué",
    "de la Ferme",
    "des Longues Raies",
    "du Stade",
    "de la Gare",
    "des Hirondelles",
    "des Mésanges",
    "des Alouettes",
    "du Pré Saint-Martin",
    "de la Garenne",
    "des Glaises",
    "du Clos Renard",
    "des Coudrays",
    "du Verger",
    "des Friches",
    "de la Plaine",
    "du Petit Bois",
    "des Terres Fortes",
    "de la Remise",
    "du Haut Village",
    "des Roches",
    "de la Chapelle",
    "des Fontaines",
    "des Hauts Prés",
    "de la Pièce d'Eau",
    "des Pommiers",
    "des Poiriers",
    "du Buisson",
    "des Aulnes",
    "des Saules",
    "du Ru",
    "des Mares",
    "de la Tuilerie",
    "de la Briqueterie",
    "du Four à Chaux",
    "des Perdrix",
    "des Faisans",
    "du Bel Air",
    "de Beauregard",
    "de la Prairie",
    "des Quatre Vents",
    "du Soleil Levant",
    "des Genêts",
    "des Fougères",
    "des Muguets",
    "des Jonquilles",
    "des Violettes",
    "des Primevères",
    "des Glycines",
    "des Châtaigniers",
    "des Charmes",
    "des Frênes",
    "des Ormes",
    "des Sorbiers",
    "des Cèdres",
    "des Pins",
    "des Œillets",
    "du Cœur Volant",
    "de la Ferme Neuve",
    "des Moissons",
    "des Blés",
    "de l'Abreuvoir",
    "de l'Orme Rond",
)
_PEOPLE = (
    "Rue Victor Hugo",
    "Rue Jean Jaurès",
    "Rue Pasteur",
    "Avenue du Général de Gaulle",
    "Rue Jules Ferry",
    "Rue de la Libération",
    "Rue du 8 Mai 1945",
    "Rue du 11 Novembre 1918",
    "Rue Jean Moulin",
    "Rue Gambetta",
    "Rue Émile Zola",
    "Rue Georges Clemenceau",
    "Rue Anatole France",
    "Rue Maurice Ravel",
    "Rue Hector Berlioz",
    "Rue Marcel Pagnol",
    "Allée Antoine de Saint-Exupéry",
    "Rue Jean Monnet",
    "Rue Pierre et Marie Curie",
    "Rue Louis Blériot",
    "Rue Jacques Prévert",
    "Rue Alphonse Daudet",
    "Rue de la République",
    "Rue Aristide Briand",
    "Rue Paul Éluard",
    "Rue Colette",
    "Rue Simone Veil",
    "Rue Lucie Aubrac",
)

HAMLETS = (
    "Le Mesnil",
    "Les Bordes",
    "Le Moulin",
    "Les Granges",
    "La Haute Maison",
    "Le Val",
    "Les Côtes",
    "La Boissière",
    "Le Buisson",
    "La Tuilerie",
    "Les Fonds",
    "La Mare aux Loups",
    "Le Coudray",
    "La Ferme Neuve",
    "Les Essarts",
    "Le Breuil",
    "La Villeneuve",
    "Les Bruyères",
    "Le Petit Moulin",
    "La Grange du Bois",
    "Les Friches",
    "Le Fresne",
    "La Chesnaie",
    "Les Hautes Bornes",
    "L'Orme",
    "Le Plessis",
    "La Malmaison",
    "Les Gâtines",
)

_ARTICLES = (("Le ", "du "), ("Les ", "des "), ("La ", "de la "), ("L'", "de l'"))


def de(name: str) -> str:
    """French "de" + a place name: du Mesnil, des Bordes, de la Tuilerie, d'Orgerus, de Thoiry."""
    for article, contracted in _ARTICLES:
        if name.startswith(article):
            return contracted + name[len(article) :]
    if strip_accents(name[:1]).upper() in "AEIOUY":
        return "d'" + name
    return "de " + name


@functools.lru_cache(maxsize=4096)  # called per door and per pledge on few distinct names
def strip_accents(s: str) -> str:
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=4096)
def afnor(s: str) -> str:
    """BAN's nom_afnor style: capitals, no accents, apostrophes and hyphens as spaces."""
    s = strip_accents(s).upper()
    for ch in "'’-":
        s = s.replace(ch, " ")
    return " ".join(s.split())


def acheminement(commune: str) -> str:
    """La Poste delivery line: the commune in AFNOR capitals, SAINT shortened to ST."""
    words = afnor(commune).split()
    return " ".join({"SAINT": "ST", "SAINTE": "STE"}.get(w, w) for w in words)


def fantoir_code(i: int) -> str:
    """4-character street code of the i-th street: 0010, 0020 … 9990 (as in FANTOIR examples),
    then the codes that are not multiples of 10 (0001 … 9999), then A001 …"""
    if i < 999:
        return f"{(i + 1) * 10:04d}"
    i -= 999
    if i < 9000:
        return f"{(i // 9) * 10 + i % 9 + 1:04d}"
    i -= 9000
    return f"{'ABCDEFGHJKLMNPRSTUVWXYZ'[i // 999 % 23]}{i % 999 + 1:03d}"


class StreetNamer:
    """Hands out street names that are unique within one commune."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()
        self._centre = list(CENTRE_NAMES)
        rng.shuffle(self._centre)
        self._types = [t for t, w in _TYPES for _ in range(w)]
        self._spare = 0

    def take(self, name: str) -> str | None:
        if name in self.used:
            return None
        self.used.add(name)
        return name

    def centre(self) -> str:
        while self._centre:
            name = self.take(self._centre.pop())
            if name:
                return name
        return self.generic()

    def generic(self) -> str:
        rng = self.rng
        for _ in range(30):
            if rng.random() < 0.08:
                name = rng.choice(_PEOPLE)
            else:
                name = f"{rng.choice(self._types)} {rng.choice(_COMPLEMENTS)}"
            if self.take(name):
                return name
        for t, _ in _TYPES:  # crowded commune: scan systematically before numbering
            for c in _COMPLEMENTS:
                if self.take(f"{t} {c}"):
                    return f"{t} {c}"
        while True:
            self._spare += 1
            if self.take(f"Voie communale n° {self._spare}"):
                return f"Voie communale n° {self._spare}"
