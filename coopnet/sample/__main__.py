"""Command line: regenerate the bundled sample, or write department-scale data."""

from __future__ import annotations

import argparse
import sys
import time

from . import generate_department, write_bundled


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m coopnet.sample", description=__doc__)
    p.add_argument(
        "--bundled", action="store_true", help="regenerate the bundled sample cooperative (byte-identical)"
    )
    p.add_argument("--out", help="output folder (default: sample_villages with --bundled)")
    p.add_argument("--communes", type=int, default=300)
    p.add_argument("--doors", type=int, default=600_000)
    p.add_argument("--pledges", type=int, default=100_000)
    p.add_argument("--vertices", type=int, default=1000, help="vertices per commune polygon")
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    start = time.perf_counter()
    if args.bundled:
        paths = write_bundled(args.out or "sample_villages")
    elif not args.out:
        p.error("--out is required (or use --bundled)")
    else:
        try:
            paths = generate_department(
                args.out, args.communes, args.doors, args.pledges, args.vertices, args.seed
            )
        except ValueError as e:
            p.error(str(e))
    for path in paths.values():
        print(path)
    print(f"written in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
