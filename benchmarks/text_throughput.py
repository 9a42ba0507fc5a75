"""Throughput of newsclean on text dumps (text mode), and its peak memory.

    python benchmarks/text_throughput.py [DIR_OR_FILE ...] [--from-html PATH/scrapinghub]
        [--limit N] [--repeat N] [--baseline]

The corpus is every ``*.txt`` under the given paths (recursive), plus, with ``--from-html``,
a text dump of each scrapinghub page made before timing: the HTML flattened with lxml,
scripts and styles dropped, one line per block-level element, blank lines collapsed (what
scrapers typically store). Pages from ``--from-html`` are also scored against the ground
truth with the benchmark metric, to show what text mode keeps.

Printed figures:

- MB/s: UTF-8 megabytes (10**6 bytes) of input divided by the summed call times.
- pages/s: calls divided by the summed call times; median / p95 ms per call.
  One untimed warm-up call comes first; ``--repeat N`` loops over the corpus N times.
- peak RSS: the process's peak (``VmHWM`` on Linux, else ``ru_maxrss``) after the timed
  passes, and how much it rose over the baseline taken after imports and loading (the
  recorded peak is first lowered to the current RSS on Linux).
- tracemalloc peak: Python-level allocations in one extra untimed pass under tracemalloc
  (a separate pass, because tracing slows every allocation).

``--baseline`` swaps newsclean for a trivial filter (keep lines of at least 10 words), a
reference point that also lets the script run before newsclean works.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import math
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import lxml.html
from extractors import flatten_html, import_newsclean
from metric import score_page, summarize
from scrapinghub import load_pages, peak_rss_mb, reset_peak_rss

CleanFn = Callable[[str, str | None], str]


@dataclass(frozen=True)
class Doc:
    """One text dump, with its URL and true body text when known."""

    name: str
    url: str | None
    text: str
    truth: str | None = None


def html_to_dump(html: str) -> str:
    """Flatten an HTML page to the kind of text dump a scraper stores.

    >>> html_to_dump("<html><body><h1>Title</h1><script>x()</script><p>Body <i>text</i></p>")
    'Title\\nBody text'
    """
    # Bytes, so that pages declaring an XML encoding still parse.
    parser = lxml.html.HTMLParser(encoding="utf-8")
    root = lxml.html.fromstring(html.encode("utf-8", "replace"), parser=parser)
    return "\n".join(flatten_html(root))


def load_corpus(paths: Sequence[Path], from_html: Path | None, limit: int | None) -> list[Doc]:
    """Read ``*.txt`` files under ``paths`` and dump the benchmark pages if asked."""
    docs = []
    for path in paths:
        files = sorted(path.rglob("*.txt")) if path.is_dir() else [path]
        docs += [Doc(str(f), None, f.read_text(encoding="utf-8", errors="replace")) for f in files]
    if from_html is not None:
        for page in load_pages(from_html, limit):
            docs.append(Doc(page.id, page.url, html_to_dump(page.html), page.truth))
    return docs


def ten_word_lines(text: str, url: str | None) -> str:
    """Baseline cleaner: keep only the lines of at least 10 words."""
    return "\n\n".join(line for line in text.splitlines() if len(line.split()) >= 10)


def newsclean_text() -> CleanFn:
    """newsclean's text mode as a ``(text, url) -> body`` function."""
    newsclean = import_newsclean()

    def clean(text: str, url: str | None) -> str:
        return str(newsclean.clean(text, url=url).text)

    return clean


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("paths", nargs="*", type=Path, help="folders or files of .txt dumps")
    parser.add_argument("--from-html", type=Path, metavar="PATH", help="scrapinghub checkout")
    parser.add_argument("--limit", type=int, help="only the first N benchmark pages")
    parser.add_argument("--repeat", type=int, default=1, help="loop over the corpus N times")
    parser.add_argument("--baseline", action="store_true", help="time the 10-word filter")
    args = parser.parse_args(argv)

    clean = ten_word_lines if args.baseline else newsclean_text()
    docs = load_corpus(args.paths, args.from_html, args.limit)
    if not docs:
        print("error: empty corpus (give .txt paths or --from-html)", file=sys.stderr)
        return 2
    size = sum(len(d.text.encode("utf-8")) for d in docs)

    gc.collect()
    reset = reset_peak_rss()
    baseline = peak_rss_mb()
    clean(docs[0].text, docs[0].url)  # warm-up: lazy imports and caches
    seconds: list[float] = []
    outputs: list[str] = []
    errors = 0
    for _ in range(args.repeat):
        outputs = []
        for doc in docs:
            start = time.perf_counter()
            try:
                out = clean(doc.text, doc.url)
            except Exception as exc:  # counted, like the HTML benchmark does
                out = ""
                errors += 1
                if errors == 1:
                    print(f"warning: {doc.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            seconds.append(time.perf_counter() - start)
            outputs.append(out)
    peak = peak_rss_mb()

    tracemalloc.start()
    for doc in docs:
        with contextlib.suppress(Exception):  # already reported by the timed passes
            clean(doc.text, doc.url)
    traced = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()

    total = sum(seconds)
    ms = sorted(t * 1000 for t in seconds)
    name = "10-word line filter" if args.baseline else "newsclean (text mode)"
    print(f"{name}: {len(docs)} docs x {args.repeat}, {size / 1e6:.2f} MB per pass")
    print(f"  MB/s           {size * args.repeat / 1e6 / total:10.2f}")
    print(f"  pages/s        {len(ms) / total:10.1f}")
    print(f"  median ms/page {statistics.median(ms):10.2f}")
    print(f"  p95 ms/page    {ms[max(0, math.ceil(0.95 * len(ms)) - 1)]:10.2f}")
    print(f"  errors         {errors:10d}")
    note = "" if reset else " (peak not reset: lower bound)"
    print(f"  peak RSS MB    {peak:10.1f}  (+{peak - baseline:.1f} over baseline{note})")
    print(f"  tracemalloc MB {traced:10.1f}")
    scored = [(d.truth, out) for d, out in zip(docs, outputs, strict=True) if d.truth is not None]
    if scored:
        s = summarize(score_page(truth, out) for truth, out in scored)
        print(
            f"  on {s.pages} benchmark dumps: F1 {s.f1:.3f}  precision {s.precision:.3f}  "
            f"recall {s.recall:.3f}  accuracy {s.accuracy:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
