"""Fill a Qt Linguist .ts file from Python dicts of translations (used to translate coopnet).

    python tools/ts_fill.py list [TS]            unfinished messages, as a dict skeleton
    python tools/ts_fill.py apply DICT.py [TS]   apply DICT.py's translations to TS
    python tools/ts_fill.py core-strings         rewrite coopnet/ui/core_strings.py

DICT.py defines ``FR = {source: translation}`` (any context) and optionally
``BY_CONTEXT = {(context, source): translation}`` (wins over FR). Only unfinished or empty
messages are filled unless --force is given. Run ``make translations-update`` afterwards: lupdate
rewrites the file in its own layout.
"""

from __future__ import annotations

import argparse
import re
import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DEFAULT_TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "coopnet_fr.ts"


def messages(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    forms = translation.findall("numerusform")
    return any(not (f.text or "").strip() for f in forms) if forms else not (translation.text or "").strip()


def list_unfinished(ts: Path) -> int:
    root = ET.parse(ts).getroot()
    todo = [(ctx, m.findtext("source")) for ctx, m in messages(root) if is_unfinished(m)]
    print("BY_CONTEXT = {")
    for ctx, source in todo:
        print(f"    ({ctx!r}, {source!r}): '',")
    print("}")
    print(f"# {len(todo)} unfinished", file=sys.stderr)
    return 0


NBSP = "\u00a0"


def french_spacing(text: str) -> str:
    """French typography: a no-break space before : ; ? ! and inside « », so they never wrap alone."""
    text = re.sub(r" ([:;?!»])", NBSP + r"\1", text)
    return text.replace("« ", "«" + NBSP)


def apply(dict_file: Path, ts: Path, force: bool = False) -> int:
    data = runpy.run_path(str(dict_file))
    plain, by_context = data.get("FR", {}), data.get("BY_CONTEXT", {})
    tree = ET.parse(ts)
    filled = left = 0
    for ctx, message in messages(tree.getroot()):
        if not force and not is_unfinished(message):
            continue
        source = message.findtext("source")
        text = by_context.get((ctx, source)) or plain.get(source)
        if isinstance(text, str):
            text = french_spacing(text)
        if not text:
            left += 1
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:  # French has two forms: singular (0 and 1) and plural
            both = text if isinstance(text, (list, tuple)) else (text, text)
            for form, value in zip(forms, both):
                form.text = value
        else:
            translation.text = text
        filled += 1
    with open(ts, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    print(f"{filled} filled, {left} still unfinished")
    return 0


# Strings the UI translates at run time from constants (core labels, class tables): lupdate only
# sees literals, so coopnet/ui/core_strings.py repeats them in QT_TRANSLATE_NOOP calls.
def core_string_groups() -> list[tuple[str, list[str]]]:
    from coopnet.core import members, params
    from coopnet.ui.map import export_dialog
    from coopnet.ui.members import table_models as models
    from coopnet.ui.members.data import import_wizard
    from coopnet.ui.cost_model import compare, param_editor, results

    return [
        ("DoorStatus", list(members.STATUS_LABELS.values())),
        ("PledgeStatus", list(members.PLEDGE_STATUSES)),
        ("DoorsModel", list(models.DoorsModel.COLUMNS)),
        ("PledgesModel", list(models.PledgesModel.COLUMNS)),
        ("ParamEditor", list(param_editor.GROUP_TITLES.values())),
        ("Param", [spec.label for spec in params.PARAMS]),
        ("Unit", [spec.unit for spec in params.PARAMS]),
        ("ParamSource", [spec.source for spec in params.PARAMS]),  # printed in the model workbook
        ("CompareModel", [label for _, label, _ in compare.RESULT_ROWS]),
        ("ResultsPanel", [label for _, label in results.FIGURES]),
        ("ExportDialog", [label for _, label in export_dialog.FORMATS]),
        ("PreviewPage", [label for _, label in import_wizard.ENCODINGS + import_wizard.DELIMITERS]),
    ]


CORE_STRINGS = Path(__file__).resolve().parent.parent / "coopnet" / "ui" / "core_strings.py"


def _quoted(text: str) -> str:
    """A Python literal as ``ruff format`` writes it: double quotes unless the text holds one."""
    literal = repr(text)
    if literal.startswith("'") and '"' not in text:
        literal = '"' + literal[1:-1] + '"'
    return literal


def core_strings_source() -> str:
    lines = [
        '"""English labels the UI translates at run time, listed for lupdate (generated by',
        '`python tools/ts_fill.py core-strings`; tests/ui/test_translations.py checks it is current)."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "STRINGS = (",
    ]
    for context, texts in core_string_groups():
        seen = []
        for text in texts:
            if text and text not in seen:
                seen.append(text)
                lines.append(f"    QT_TRANSLATE_NOOP({_quoted(context)}, {_quoted(text)}),")
    lines += [")", ""]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("list")
    p.add_argument("ts", nargs="?", type=Path, default=DEFAULT_TS)
    p = sub.add_parser("apply")
    p.add_argument("dict_file", type=Path)
    p.add_argument("ts", nargs="?", type=Path, default=DEFAULT_TS)
    p.add_argument("--force", action="store_true", help="also replace finished translations")
    sub.add_parser("core-strings")
    args = parser.parse_args(argv)
    if args.cmd == "core-strings":
        CORE_STRINGS.write_text(core_strings_source(), encoding="utf-8")
        print(f"wrote {CORE_STRINGS}")
        return 0
    if args.cmd == "list":
        return list_unfinished(args.ts)
    return apply(args.dict_file, args.ts, args.force)


if __name__ == "__main__":
    sys.exit(main())
