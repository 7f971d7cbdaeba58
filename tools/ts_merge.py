"""Carry translations from other copies of the .ts into this one (after a merge of branches).

    python tools/ts_merge.py OTHER.ts [OTHER.ts ...] [--ts TS]

Every message of TS that is unfinished or empty takes the finished translation of the same
(context, source) from the first OTHER that has one. Run ``make translations-update`` first so
TS lists every message of the merged code, and again afterwards to restore lupdate's layout.
"""

from __future__ import annotations

import argparse
import copy
import xml.etree.ElementTree as ET
from pathlib import Path

from ts_fill import DEFAULT_TS, is_unfinished, messages


def finished(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (ctx, m.findtext("source") or ""): m.find("translation")
        for ctx, m in messages(root)
        if not is_unfinished(m)
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("others", nargs="+", type=Path)
    parser.add_argument("--ts", type=Path, default=DEFAULT_TS)
    args = parser.parse_args()
    known: dict[tuple[str, str], ET.Element] = {}
    for other in args.others:
        for key, tr in finished(other).items():
            known.setdefault(key, tr)
    tree = ET.parse(args.ts)
    filled = 0
    for ctx, message in messages(tree.getroot()):
        key = (ctx, message.findtext("source") or "")
        if is_unfinished(message) and key in known:
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            message.append(copy.deepcopy(known[key]))
            filled += 1
    tree.write(args.ts, encoding="utf-8", xml_declaration=True)
    print(f"{filled} translations carried over")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
