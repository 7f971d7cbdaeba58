"""`coopnet --help`, every subcommand's help and argparse's errors follow the CLI's language:
COOPNET_LANG, else the POSIX locale (French users first, issue 6)."""

from __future__ import annotations

import argparse

import pytest

from tests.helpers import run_cli

NBSP = "\u00a0"


def _plain(text: str) -> str:
    return text.replace(NBSP, " ")  # French typography puts no-break spaces before “:”


def _words(text: str) -> str:
    return " ".join(_plain(text).split())  # help lines wrap anywhere


def test_main_help_in_french(monkeypatch):
    monkeypatch.setenv("COOPNET_LANG", "fr")
    code, out, err = run_cli("--help")
    assert code == 0, err
    out = _plain(out)
    assert out.startswith("utilisation : coopnet")
    for words in (
        "coopnet — outils pour les coopératives rurales",
        "arguments positionnels :",
        "options :",
        "afficher ce message d’aide et quitter",
        "afficher la version du programme et quitter",
        "importer des données dans un projet",
        "créer un fichier de projet",
    ):
        assert words in out, words
    for english in ("usage:", "show this help message", "positional arguments", "import data into"):
        assert english not in out, english
    # command and option names are a contract: never translated
    assert "  import " in out and "--verbose" in out and "pledge-form" in out


def test_subcommand_help_in_french_with_argparse_defaults_filled(monkeypatch):
    monkeypatch.setenv("COOPNET_LANG", "fr")
    code, out, err = run_cli("import", "pledges", "--help")
    assert code == 0, err
    out = _plain(out)
    assert out.startswith("utilisation : coopnet import pledges")
    for words in (
        "le fichier du projet (.coopnet)",
        "promesses en .csv ou .xlsx",
        "(par défaut : détecté)",
        "--reject-file REJ.csv",
        "--json",
    ):
        assert words in out, words
    code, out, err = run_cli("map", "--help")
    assert code == 0, err
    # argparse fills %(default)s in the translated --lang help
    assert "fichier du projet" in out and _words(out).count("sinon la langue du système ; ici fr)") == 1


def test_usage_errors_in_french(monkeypatch):
    monkeypatch.setenv("COOPNET_LANG", "fr")
    code, out, err = run_cli("import", "pledges")
    assert code == 2 and out == ""
    assert _plain(err) == (
        "coopnet: ces arguments sont obligatoires : FILE, SRC\n(voir « coopnet --help »)\n"
    )
    code, _, err = run_cli("doors", "x.coopnet", "--village", "78616", "--status", "zz")
    assert code == 2 and "choix invalide : 'zz' (au choix : 'not_visited'" in _plain(err)
    code, _, err = run_cli("gdpr", "purge", "x.coopnet", "--older-than-months", "six")
    assert code == 2 and "argument --older-than-months : valeur int invalide : 'six'" in _plain(err)
    assert "Traceback" not in err


def test_posix_locale_chooses_french_when_coopnet_lang_is_unset(monkeypatch):
    monkeypatch.delenv("COOPNET_LANG")
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    code, out, _ = run_cli("new", "--help")
    assert code == 0 and out.startswith("utilisation")
    assert "nouveau fichier de projet (NOM.coopnet)" in out
    monkeypatch.setenv("COOPNET_LANG", "en")  # COOPNET_LANG wins over the locale
    code, out, _ = run_cli("new", "--help")
    assert code == 0 and out.startswith("usage: coopnet new") and "new project file (NAME.coopnet)" in out


def test_english_help_and_errors_unchanged(monkeypatch):
    monkeypatch.setenv("COOPNET_LANG", "en")
    code, out, err = run_cli("--help")
    assert code == 0, err
    assert out.startswith("usage: coopnet [-h] [--version] [-v] COMMAND ...")
    for words in (
        "coopnet — tools for rural broadband cooperatives",
        "positional arguments:",
        "options:",
        "show this help message and exit",
        "show program's version number and exit",
        "import data into a project",
    ):
        assert words in out, words
    code, out, err = run_cli("import", "pledges")
    assert code == 2
    assert err == "coopnet: the following arguments are required: FILE, SRC\n(see “coopnet --help”)\n"


@pytest.fixture
def english_afterwards():
    yield
    from coopnet.cli import argparse_fr

    argparse_fr.install("en")  # argparse is process-wide: leave it as other tests expect it


def _all_parsers(parser, path=()):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _all_parsers(child, path + (name,))


def test_every_help_page_is_french_and_formats(monkeypatch, english_afterwards):
    """Each of the ~37 help pages builds in French: a translation that broke argparse's %-format
    (a lost %(default)s, a lone %) would raise here; English left over would show."""
    from coopnet.cli import build_parser

    monkeypatch.setenv("COOPNET_LANG", "fr")
    pages = dict(_all_parsers(build_parser()))
    assert len(pages) > 30 and ("gdpr", "purge") in pages and ("scenario", "set") in pages
    for path, parser in pages.items():
        text = parser.format_help()
        assert text.startswith("utilisation"), path
        assert "afficher ce message d’aide et quitter" in text, path
        for english in (
            "usage:",
            "show this help",
            "positional arguments",
            "project file",
            "(default",
            "print JSON",
        ):
            assert english not in text, (path, english)
    monkeypatch.setenv("COOPNET_LANG", "en")
    assert build_parser().format_help().startswith("usage: coopnet")
