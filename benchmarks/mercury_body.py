"""Count how often newsclean finds the article at all, on the Mercury fixture pages.

    python benchmarks/mercury_body.py PATH/mercury [--half dev|val] [--show-missed]
        [--json OUT.json] [--fallback]

PATH holds ``html/<name>.html.gz`` and ``ground-truth.json`` (see its README); it is
only read. Each page expects the first words of its article body, as Postlight's
Mercury parser returns them. Mercury keeps captions, bylines and datelines that
newsclean drops, so the question asked here is lenient: is the article *found*?

- **found**: with white space removed, the expected words appear within the first
  ``WINDOW`` characters of newsclean's body, or all but a few leading ones do (a
  caption or byline Mercury keeps in front of the text). At least ``MIN_SHARE`` of the
  expected words must match, and never fewer than one. Mercury's content opens with
  the lead figure's caption on many pages, and newsclean puts captions in
  ``Article.images``: the body with the first image's caption in front counts too.
- **starts**: the strict form of the README: the body's first words equal the
  expected ones.

``--fallback`` cleans with ``SafetyValve(fallback=True)`` (the density-based second
extraction of the fallback chain), to measure it on and off.
``--show-missed`` lists the pages not found (use it on the ``dev`` half only: validation
pages are scored, never read one by one). The page expecting no words (a title-only
post) is left out.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from halves import half

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

import newsclean  # noqa: E402

WINDOW = 600
"""How far into the body (characters, white space removed) the expected words may start."""
MIN_SHARE = 0.5
"""The share of the expected words (from the end) that must be found together."""
_SPACE = re.compile(r"[\s\ufeff]+")


@dataclass(frozen=True)
class Outcome:
    """One page: its name, half, whether the article was found, and whether it starts right."""

    name: str
    half: str
    found: bool
    starts: bool
    expected: str
    got: str


def _squash(text: str) -> str:
    return _SPACE.sub("", text).casefold()


def found(expected: str, body: str, window: int = WINDOW) -> bool:
    """True when the expected words (or their last ``MIN_SHARE`` or more) open the body.

    >>> found("(Photo: AP) The council voted", "The council voted on Tuesday.")
    True
    >>> found("The council voted", "Menu Home " * 100 + "The council voted.")
    False
    """
    words = _SPACE.split(expected.strip())
    head = _squash(body)
    least = max(1, math.ceil(MIN_SHARE * len(words)))
    for start in range(len(words) - least + 1):
        wanted = _squash("".join(words[start:]))
        at = head.find(wanted)
        if 0 <= at <= window:
            return True
    return False


def starts(expected: str, body: str) -> bool:
    """The README's strict test: the body's first words are the expected words."""
    words = _SPACE.split(expected.strip())
    return _SPACE.split(body.strip())[: len(words)] == words


def run(path: Path, only_half: str | None = None,
        cleaner: newsclean.Cleaner | None = None) -> list[Outcome]:
    """Clean every page with an expected body start and judge it (with ``cleaner``, if given)."""
    cleaner = cleaner or newsclean.Cleaner()
    truth = json.loads((path / "ground-truth.json").read_text(encoding="utf-8"))
    outcomes = []
    for name in sorted(truth):
        item = truth[name]
        expected = [v for v in (item.get("content_first_words"),
                                item.get("content_first_words_text")) if v]
        if not expected:
            continue
        which = half(item["url"])
        if only_half is not None and which != only_half:
            continue
        html = gzip.decompress((path / "html" / f"{name}.html.gz").read_bytes())
        article = cleaner.clean(html.decode("utf-8"), url=item["url"])
        body = article.text
        lead = article.images[0].caption or "" if article.images else ""
        outcomes.append(Outcome(
            name, which,
            any(found(e, text) for e in expected for text in (body, f"{lead} {body}")),
            any(starts(e, body) for e in expected),
            expected[0], " ".join(body.split()[:30]),
        ))
    return outcomes


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("path", type=Path, help="the mercury benchmark folder")
    parser.add_argument("--half", choices=("dev", "val"), help="only one half (halves.py)")
    parser.add_argument("--show-missed", action="store_true", help="list pages not found")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write the counts as JSON")
    parser.add_argument("--fallback", action="store_true",
                        help="clean with SafetyValve(fallback=True)")
    args = parser.parse_args(argv)
    valve = newsclean.SafetyValve(fallback=args.fallback)
    outcomes = run(args.path, args.half, newsclean.Cleaner(valve=valve))
    print("| half | pages | found | starts |")
    print("|---|---|---|---|")
    counts = {}
    for name in ("dev", "val"):
        part = [o for o in outcomes if o.half == name]
        if part:
            counts[name] = (len(part), sum(o.found for o in part), sum(o.starts for o in part))
            print(f"| {name} | {len(part)} | {counts[name][1]} | {counts[name][2]} |")
    total = (len(outcomes), sum(o.found for o in outcomes), sum(o.starts for o in outcomes))
    print(f"| all | {total[0]} | {total[1]} | {total[2]} |")
    if args.show_missed:
        for o in outcomes:
            if not o.found:
                print(f"\n{o.name} [{o.half}]\n  expected: {o.expected}\n  got:      {o.got}")
    if args.json:
        data = {k: dict(zip(("pages", "found", "starts"), v, strict=True))
                for k, v in {**counts, "all": total}.items()}
        args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
