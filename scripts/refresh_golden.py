#!/usr/bin/env python3
"""Rewrite golden ``expected.json`` files from newsclean's current output.

Use only after a deliberate change, and have a human review the diff::

    python scripts/refresh_golden.py                 # every case
    python scripts/refresh_golden.py wire-ap-two-authors de-anzeige-von
    python scripts/refresh_golden.py --check         # only report, write nothing

For each case it prints what changed (fields, body blocks and removals by
line). Cases listed in ``KNOWN_LIMITS`` store the *right* output, which
newsclean does not give yet, so they are skipped unless ``--force`` is given.
Exit status: 0 when nothing differed (or all was written), 1 with ``--check``
when something differs, 2 for an unknown slug.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests import golden_cases as golden  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("slugs", nargs="*", metavar="SLUG", help="cases to refresh (default: all)")
    parser.add_argument("--check", action="store_true", help="report differences, write nothing")
    parser.add_argument("--force", action="store_true",
                        help="also overwrite cases listed as known limits")
    args = parser.parse_args(argv)

    known = golden.slugs()
    unknown = sorted(set(args.slugs) - set(known))
    if unknown:
        print(f"no such case: {', '.join(unknown)} (cases live in {golden.DUMPS})", file=sys.stderr)
        return 2

    changed = 0
    for slug in args.slugs or known:
        path = golden.DUMPS / slug / "expected.json"
        got = golden.actual(slug)
        if not path.exists():
            print(f"{slug}: new, {len(got['body'])} body blocks, {len(got['removed'])} removals")
            changed += 1
            if not args.check:
                path.write_text(golden.dump_json(got), encoding="utf-8")
            continue
        diffs = golden.differences(golden.expected(slug), got)
        if not diffs:
            print(f"{slug}: unchanged")
            continue
        changed += 1
        print(f"{slug}: {len(diffs)} difference(s)")
        for line in diffs:
            print(f"    {line}")
        if slug in golden.KNOWN_LIMITS and not args.force:
            print(f"    kept: known limit ({golden.KNOWN_LIMITS[slug]}); use --force to overwrite")
        elif not args.check:
            path.write_text(golden.dump_json(got), encoding="utf-8")
    print(f"{changed} case(s) {'differ' if args.check else 'written'}")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
