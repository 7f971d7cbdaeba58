"""argparse's own words (“usage:”, “options”, its error messages) in French.

argparse looks its text up through ``gettext`` but Python ships no French catalogue for it, and
installing one would mean a .mo file and a global text domain. Instead, when the command line is
in French, argparse's module-level ``_`` and ``ngettext`` are swapped for lookups in the table
below; anything not in it stays English. The keys are argparse's exact source strings (Python
3.11); every ``%s``/``%r``/``%(name)s`` placeholder is kept, since argparse fills them after.
"""

from __future__ import annotations

import argparse
import gettext

NBSP = "\u00a0"  # French typography: a no-break space before “:”

FR = {
    "usage: ": f"utilisation{NBSP}: ",
    # section titles: argparse appends ":", the no-break space before it is French typography
    "positional arguments": f"arguments positionnels{NBSP}",
    "options": f"options{NBSP}",
    "show this help message and exit": "afficher ce message d’aide et quitter",
    "subcommands": "sous-commandes",
    "argument %(argument_name)s: %(message)s": f"argument %(argument_name)s{NBSP}: %(message)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": f"commande inconnue %(parser_name)r (possibles{NBSP}: %(choices)s)",
    "can't open '%(filename)s': %(error)s": f"impossible d’ouvrir « %(filename)s »{NBSP}: %(error)s",
    "unrecognized arguments: %s": f"arguments non reconnus{NBSP}: %s",
    "not allowed with argument %s": "interdit avec l’argument %s",
    "ignored explicit argument %r": "argument explicite ignoré %r",
    "the following arguments are required: %s": f"ces arguments sont obligatoires{NBSP}: %s",
    "one of the arguments %s is required": "l’un des arguments %s est obligatoire",
    "expected one argument": "un argument attendu",
    "expected at most one argument": "au plus un argument attendu",
    "expected at least one argument": "au moins un argument attendu",
    "ambiguous option: %(option)s could match %(matches)s": f"option ambiguë{NBSP}: %(option)s peut désigner %(matches)s",
    "unexpected option string: %s": f"option inattendue{NBSP}: %s",
    "invalid %(type)s value: %(value)r": f"valeur %(type)s invalide{NBSP}: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": f"choix invalide{NBSP}: %(value)r (au choix{NBSP}: %(choices)s)",
    "%(prog)s: error: %(message)s\n": f"%(prog)s{NBSP}: erreur{NBSP}: %(message)s\n",
}

# ngettext(singular, plural, n): (French singular, French plural)
FR_PLURAL = {
    "expected %s argument": ("%s argument attendu", "%s arguments attendus"),
    "conflicting option string: %s": (f"option en conflit{NBSP}: %s", f"options en conflit{NBSP}: %s"),
}


def _gettext_fr(message):
    return FR.get(message, message) if isinstance(message, str) else message


def _ngettext_fr(singular, plural, n):
    forms = FR_PLURAL.get(singular)
    if forms is None:
        return gettext.ngettext(singular, plural, n)
    return forms[0] if n <= 1 else forms[1]  # French: 0 and 1 take the singular


def install(lang: str) -> None:
    """Make argparse speak ``lang`` ("fr" or "en") for parsers built and used from now on."""
    french = lang == "fr"
    argparse._ = _gettext_fr if french else gettext.gettext
    argparse.ngettext = _ngettext_fr if french else gettext.ngettext
