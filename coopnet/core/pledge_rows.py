"""Rows of a pledge spreadsheet → pledge candidates (pure: no files, no database).

Headers are matched by their French or English names, ignoring case, accents and
punctuation ("Code postal", "CP", "Postcode"…). Each row becomes the fields that
``core.members.validate_pledge`` checks, plus the address used to find the door.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from coopnet.core.members import F_COMMUNE, check_pledge, problem
from coopnet.core.text import QT_TRANSLATE_NOOP, Msg

# Canonical field → header names people use (already normalised by ``norm``).
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "last_name": ("nom", "nom de famille", "last name", "lastname", "surname", "family name", "name"),
    "first_name": ("prenom", "prenoms", "first name", "firstname", "given name", "forename"),
    "address": ("adresse", "adresse postale", "address", "street address", "rue", "voie"),
    "numero": ("numero", "n", "no", "num", "number", "house number", "numero de voie"),
    "street": ("nom de voie", "nom voie", "street", "nom de rue"),
    "postcode": ("code postal", "cp", "postcode", "postal code", "zip", "zip code", "code_postal"),
    "commune": ("commune", "ville", "village", "localite", "city", "town", "nom commune", "municipality"),
    "insee": ("insee", "code insee", "code commune", "insee code", "code_insee"),
    "phone": (
        "telephone",
        "tel",
        "telephone portable",
        "portable",
        "mobile",
        "phone",
        "phone number",
        "numero de telephone",
        "tel portable",
        "gsm",
    ),
    "email": (
        "courriel",
        "e mail",
        "email",
        "mail",
        "adresse mail",
        "adresse e mail",
        "adresse electronique",
        "email address",
        "e mail address",
    ),
    "tier": (
        "debit souhaite",
        "debit",
        "offre",
        "offre souhaitee",
        "tier",
        "speed",
        "wanted speed",
        "wanted tier",
        "bandwidth",
    ),
    "monthly_fee_eur": (
        "mensualite acceptee",
        "mensualite",
        "abonnement mensuel",
        "monthly fee",
        "monthly fee accepted",
        "fee",
        "montant mensuel",
    ),
    "shares_eur": ("parts sociales", "parts", "part sociale", "shares", "share capital", "shares subscribed"),
    "consent_register": (
        "consentement",
        "consentement registre",
        "consent",
        "consent register",
        "accord",
        "rgpd",
    ),
    "consent_news": ("consentement actualites", "actualites", "newsletter", "infos", "consent news", "news"),
    "pledged_on": (
        "date",
        "date promesse",
        "date de la promesse",
        "date de signature",
        "pledged on",
        "pledge date",
        "signed on",
    ),
    "volunteer": ("benevole", "volunteer", "collecte par", "recueilli par", "canvasser"),
    "notes": (
        "notes",
        "note",
        "remarques",
        "remarque",
        "commentaire",
        "commentaires",
        "comments",
        "comment",
        "observations",
    ),
    "status": ("statut", "status"),
}
FIELD_LABELS = {
    "last_name": "Nom",
    "first_name": "Prénom",
    "address": "Adresse",
    "numero": "Numéro",
    "street": "Voie",
    "postcode": "Code postal",
    "commune": "Commune",
    "insee": "Code INSEE",
    "phone": "Téléphone",
    "email": "Courriel",
    "tier": "Débit souhaité",
    "monthly_fee_eur": "Mensualité acceptée",
    "shares_eur": "Parts sociales",
    "consent_register": "Consentement",
    "consent_news": "Consentement actualités",
    "pledged_on": "Date",
    "volunteer": "Bénévole",
    "notes": "Notes",
    "status": "Statut",
}
FIELDS = tuple(HEADER_ALIASES)
_REP = r"(bis|ter|quater|quinquies|[a-d])"
_ADDRESS = re.compile(rf"^\s*(\d{{1,5}})\s*(?:{_REP}\b)?[\s,]*(.*)$", re.IGNORECASE)
_STREET_WORDS = {
    "r": "rue",
    "av": "avenue",
    "ave": "avenue",
    "bd": "boulevard",
    "bld": "boulevard",
    "ch": "chemin",
    "che": "chemin",
    "chem": "chemin",
    "pl": "place",
    "imp": "impasse",
    "rte": "route",
    "all": "allee",
    "sq": "square",
    "ham": "hameau",
    "res": "residence",
    "st": "saint",
    "ste": "sainte",
    "fg": "faubourg",
    "lot": "lotissement",
    "crs": "cours",
}
F_ADDRESS = QT_TRANSLATE_NOOP("PledgeField", "address")
EMPTY_ROW = QT_TRANSLATE_NOOP("PledgeRow", "empty row")
_NO_STREET = QT_TRANSLATE_NOOP("PledgeRow", "required (number and street)")
_NOT_INSEE_HERE = QT_TRANSLATE_NOOP("PledgeRow", "INSEE code “{insee}” is not a village of this project")
_NOT_COMMUNE_HERE = QT_TRANSLATE_NOOP("PledgeRow", "“{commune}” is not a village of this project")
_NO_PLACE = QT_TRANSLATE_NOOP("PledgeRow", "no commune and no postcode — cannot tell which village")
_NOT_COMMUNE_POSTCODE_HERE = QT_TRANSLATE_NOOP(
    "PledgeRow", "“{commune}” ({postcode}) is not a village of this project"
)
_NOT_POSTCODE_HERE = QT_TRANSLATE_NOOP("PledgeRow", "postcode {postcode} is not a village of this project")
_SHARED_POSTCODE = QT_TRANSLATE_NOOP(
    "PledgeRow", "postcode {postcode} is shared by {count} villages — add the commune name"
)
_STATUS_WORDS = {
    "promesse": "pledged",
    "pledged": "pledged",
    "adherent": "member",
    "member": "member",
    "membre": "member",
    "retire": "withdrawn",
    "withdrawn": "withdrawn",
    "abandon": "withdrawn",
}


def fold(text) -> str:
    """Lower case without accents: ``"Béhoust"`` → ``"behoust"``."""
    text = str(text or "")
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=200_000)
def norm(text) -> str:
    """Accent- and punctuation-free words: ``"Code_Postal "`` → ``"code postal"``."""
    return " ".join(_NON_ALNUM.sub(" ", fold(text)).split())


@functools.lru_cache(maxsize=200_000)
def norm_place(text) -> str:
    """A commune or street name for matching: abbreviations expanded, no articles' apostrophes."""
    words = norm(str(text or "").replace("'", " ").replace("’", " ")).split()
    return " ".join(_STREET_WORDS.get(w, w) for w in words)


def detect_mapping(headers: list[str]) -> dict[str, int]:
    """{field: column index} for the headers we recognise (first match wins)."""
    normed = [norm(h) for h in headers]
    mapping: dict[str, int] = {}
    taken: set[int] = set()
    for fld, aliases in HEADER_ALIASES.items():
        for alias in aliases:
            if alias in normed:
                index = normed.index(alias)
                if index not in taken:
                    mapping[fld] = index
                    taken.add(index)
                    break
    return mapping


def missing_required(mapping: dict[str, int]) -> list[str]:
    """Columns without which no row can be imported (French labels, for the message)."""
    missing = []
    if "last_name" not in mapping:
        missing.append("Nom")
    if not ({"commune", "postcode", "insee"} & set(mapping)):
        missing.append("Commune ou Code postal")
    if not ({"address", "street"} & set(mapping)):
        missing.append("Adresse")
    return missing


def split_address(text: str) -> tuple[str, str, str]:
    """``"12 bis rue des Lilas"`` → ``("12", "bis", "rue des Lilas")``; no number → ``("", "", text)``."""
    text = " ".join(str(text or "").split())
    m = _ADDRESS.match(text)
    if not m or not m.group(3):
        return "", "", text
    rep = (m.group(2) or "").lower()
    return m.group(1), rep, m.group(3).strip(" ,")


def door_key(insee: str, numero: str, rep: str, street: str) -> tuple[str, str, str]:
    """How addresses are compared: same village, same folded street, same number + suffix."""
    number = str(numero or "").strip().lstrip("0") + _rep(rep)
    return insee, norm_place(street), number


@functools.lru_cache(maxsize=256)
def _rep(rep) -> str:
    return fold(rep or "").strip()


@functools.lru_cache(maxsize=65536)
def _door_number(numero, rep) -> str:
    return str(numero or "").strip().lstrip("0") + _rep(rep)


def door_keys(insee: str, doors) -> dict[tuple[str, str, str], str]:
    """{door_key: door id} of one village's ``doors`` (id, numero, rep, street); the first
    door with a key wins. Same keys as :func:`door_key`, built with cached parts."""
    place, number = norm_place, _door_number
    return {
        (insee, place(street or ""), number(numero, rep)): door_id
        for door_id, numero, rep, street in reversed(doors)
    }


@dataclass
class Candidate:
    """A row that passed validation: the pledge fields and where it lives."""

    line: int
    fields: dict
    numero: str = ""
    rep: str = ""
    street: str = ""
    postcode: str = ""
    commune: str = ""


@dataclass
class RowResult:
    candidate: Candidate | None
    errors: list[Msg] | list[str] = field(default_factory=list)


def row_values(values: list[str], mapping: dict[str, int]) -> dict[str, str]:
    return {
        f: (values[i].strip() if i < len(values) and values[i] is not None else "")
        for f, i in mapping.items()
    }


def _fix_phone(text: str) -> str:
    # A spreadsheet that took "06 12 34 56 78" for a number drops the leading 0.
    digits = text.strip()
    if len(digits) == 9 and digits.isascii() and digits.isdigit() and digits[0] != "0":
        return "0" + digits
    return text


@functools.lru_cache(maxsize=1024)
def _status(text: str) -> str:
    if not text:
        return ""
    return _STATUS_WORDS.get(norm(text), text.strip())


@functools.lru_cache(maxsize=65536)
def _street_parts(street: str, numero: str, address: str) -> tuple[str, str, str]:
    """(numero, rep, street) of a row, from a street + number pair or one address cell."""
    rep = ""
    if street:
        numero2, rep, _ = split_address(numero + " x")
        numero = numero2 or numero
    elif address:
        numero, rep, street = split_address(address)
    else:
        numero = ""
    return numero, rep, " ".join(street.split())


def parse_row(
    raw: dict[str, str], line: int, resolve_insee, tiers=None, today: dt.date | None = None, source: str = ""
) -> RowResult:
    """Validate one mapped row (``row_values``: stripped text cells).
    ``resolve_insee(commune, postcode, insee, street)`` → (insee, error).
    Errors are :class:`~coopnet.core.text.Msg` (English; translatable)."""
    errors: list[Msg] = []
    if len(raw) and not any(raw.values()):
        return RowResult(None, [EMPTY_ROW])
    get = raw.get
    numero, rep, street = _street_parts(get("street", ""), get("numero", ""), get("address", ""))
    if not street:
        errors.append(problem(F_ADDRESS, _NO_STREET))
    insee, where_error = resolve_insee(get("commune", ""), get("postcode", ""), get("insee", ""), street)
    if where_error:
        errors.append(where_error)
    fields = {
        "insee": insee or "",
        "last_name": get("last_name", ""),
        "first_name": get("first_name", ""),
        "phone": _fix_phone(get("phone", "")),
        "email": get("email", ""),
        "tier": get("tier", ""),
        "monthly_fee_eur": get("monthly_fee_eur", ""),
        "shares_eur": get("shares_eur", ""),
        "consent_register": get("consent_register", ""),
        "consent_news": get("consent_news", ""),
        "pledged_on": get("pledged_on", ""),
        "volunteer": get("volunteer", ""),
        "notes": get("notes", ""),
        "status": _status(get("status", "")),
        "source": source.strip(),
    }
    values, problems = check_pledge(fields, tiers=tiers, today=today, stripped_text=True)
    if insee is None or where_error:
        problems = [p for p in problems if getattr(p, "values", {}).get("field") is not F_COMMUNE]
    errors.extend(problems)
    if errors:
        return RowResult(None, errors)
    assert values is not None  # no errors means values
    return RowResult(
        Candidate(line, _as_row(values), numero, rep, street, get("postcode", ""), get("commune", ""))
    )


def _as_row(values: dict) -> dict:
    """The checked values as stored (ISO dates, 0/1 flags); ``id`` is given when inserted."""
    for key in ("pledged_on", "last_contact"):
        if values[key]:
            values[key] = values[key].isoformat()
    for key in ("consent_register", "consent_news", "anonymised"):
        values[key] = int(values[key])
    return values


def person_key(last_name: str, first_name: str, door_id: str) -> str:
    """Stable key of a person at a door: re-importing the same row finds the same pledge."""
    text = "|".join((norm(last_name), norm(first_name), door_id or ""))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class CommuneIndex:
    """Finds a village of the project from a commune name, a postcode or an INSEE code."""

    def __init__(self, villages: list[tuple[str, str, str]], streets_of=None):
        """``villages``: (insee, name, postcode); ``streets_of(insee)``: its folded street
        names (a dict works too), used when several villages share a postcode."""
        self.by_name = {}
        self.by_postcode: dict[str, list[str]] = {}
        self.insees = set()
        for insee, name, postcode in villages:
            self.insees.add(insee)
            self.by_name[norm_place(name)] = insee
            self.by_name[norm_place(name).replace(" ", "")] = insee
            if postcode:
                self.by_postcode.setdefault(str(postcode).strip(), []).append(insee)
        self.streets_of = streets_of.get if isinstance(streets_of, dict) else streets_of

    def resolve(
        self, commune: str, postcode: str, insee: str = "", street: str = ""
    ) -> tuple[str | None, str]:
        commune, postcode, insee = commune.strip(), postcode.strip(), insee.strip().upper()
        if insee:
            if len(insee) == 4 and insee.isdigit():
                insee = "0" + insee
            if insee in self.insees:
                return insee, ""
            return None, problem(F_COMMUNE, _NOT_INSEE_HERE.format(insee=insee))
        if len(postcode) == 4 and postcode.isdigit():
            postcode = "0" + postcode
        if commune:
            key = norm_place(commune)
            found = self.by_name.get(key) or self.by_name.get(key.replace(" ", ""))
            if found:
                return found, ""
            if not postcode:
                return None, problem(F_COMMUNE, _NOT_COMMUNE_HERE.format(commune=commune))
        if not commune and not postcode:
            return None, problem(F_COMMUNE, _NO_PLACE)
        candidates = self.by_postcode.get(postcode, [])
        if len(candidates) == 1 and not commune:
            return candidates[0], ""
        if not candidates or commune:
            if commune:
                return None, problem(
                    F_COMMUNE, _NOT_COMMUNE_POSTCODE_HERE.format(commune=commune, postcode=postcode)
                )
            return None, problem(F_COMMUNE, _NOT_POSTCODE_HERE.format(postcode=postcode))
        # Several villages share the postcode: the street may tell them apart.
        street_key = norm_place(street)
        with_street = [
            i
            for i in candidates
            if street_key and self.streets_of and street_key in (self.streets_of(i) or ())
        ]
        if len(with_street) == 1:
            return with_street[0], ""
        return None, problem(F_COMMUNE, _SHARED_POSTCODE.format(postcode=postcode, count=len(candidates)))
