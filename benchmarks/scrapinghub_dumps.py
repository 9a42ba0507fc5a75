"""Score newsclean's text mode on whole-page text dumps of the scrapinghub pages.

    python benchmarks/scrapinghub_dumps.py PATH/scrapinghub [--dumps /work/cache/dumps]
        [--flavour NAME ...] [--mercury PATH/mercury] [--per-page OUT.tsv] [--json OUT.json]
        [--cpu]

Dumps are made first by ``benchmarks/dumps.py`` into a cache folder (one sub-folder per
flavour). Per flavour, on the pages that flavour has a dump of, four rows run in one
process, interleaved page by page:

- ``raw dump``: the whole dump as the body;
- ``lines >= 10 words``: only the dump's lines of at least 10 words;
- ``newsclean text``: ``newsclean.clean(dump)``;
- ``newsclean html``: ``newsclean.clean(html)`` on the same page, for reference.

Scores use the benchmark's metric (``metric.py``), over all pages and over the development
and validation halves (``halves.py``, split by site). MB/s is UTF-8 megabytes of input over
the summed call times: of dump for the text rows, of HTML for the HTML row. Calls are timed
on the wall clock, or with ``--cpu`` in process CPU time (steadier when other jobs share
the machine).

With ``--mercury``, Mercury pages dumped as ``mercury-html-text-layout`` are cleaned in text
mode, and the script counts how often the expected first body words appear within the
first ``START_WINDOW`` words of newsclean's body (and how often the body starts with them).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from extractors import import_newsclean
from halves import half
from metric import PageScore, Summary, score_page, summarize
from scrapinghub import Page, load_pages

DEFAULT_DUMPS = Path("/work/cache/dumps")
START_WINDOW = 60
"""Mercury check: the expected first words must start within this many words of the body."""

CleanFn = Callable[[str, str | None], str]


@dataclass
class Row:
    """One cleaner's scores and timings over the pages of a flavour."""

    label: str
    scores: list[PageScore] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    size: int = 0

    def summary(self, keep: Sequence[bool] | None = None) -> Summary:
        """Benchmark figures over the pages where ``keep`` is true (all by default)."""
        picked = (
            self.scores
            if keep is None
            else [s for s, k in zip(self.scores, keep, strict=True) if k]
        )
        return summarize(picked)


def ten_word_lines(text: str, url: str | None) -> str:
    """Baseline: keep only the lines of at least 10 words."""
    return "\n".join(line for line in text.splitlines() if len(line.split()) >= 10)


def raw_dump(text: str, url: str | None) -> str:
    """Baseline: the whole dump."""
    return text


def score_flavour(
    pages: Sequence[Page], dumps: dict[str, str], clean: CleanFn,
    clock: Callable[[], float] = time.perf_counter,
) -> tuple[list[Page], list[Row]]:
    """Run the four rows on the pages that have a dump, interleaved, rotating the order
    (each call timed with ``clock``)."""
    picked = [p for p in pages if p.id in dumps]
    rows = [Row("raw dump"), Row("lines >= 10 words"), Row("newsclean text"), Row("newsclean html")]
    calls: list[Callable[[Page], tuple[str, str]]] = [
        lambda p: (dumps[p.id], raw_dump(dumps[p.id], p.url)),
        lambda p: (dumps[p.id], ten_word_lines(dumps[p.id], p.url)),
        lambda p: (dumps[p.id], clean(dumps[p.id], p.url)),
        lambda p: (p.html, clean(p.html, p.url)),
    ]
    if picked:
        clean(dumps[picked[0].id], picked[0].url)  # warm-up
    for i, page in enumerate(picked):
        for j in range(len(rows)):
            k = (i + j) % len(rows)
            start = clock()
            try:
                source, out = calls[k](page)
            except Exception as exc:  # scored as empty, reported
                print(f"warning: {rows[k].label} {page.id}: {exc!r}", file=sys.stderr)
                source, out = "", ""
            rows[k].seconds.append(clock() - start)
            rows[k].size += len(source.encode("utf-8"))
            rows[k].scores.append(score_page(page.truth, out))
    return picked, rows


def format_rows(flavour: str, picked: Sequence[Page], rows: Sequence[Row]) -> str:
    """Markdown table: F1/P/R overall, dev and val, and MB/s."""
    halves = [half(p.url or "") for p in picked]
    dev = [h == "dev" for h in halves]
    val = [h == "val" for h in halves]
    out = [
        f"### {flavour} ({len(picked)} pages: {sum(dev)} dev, {sum(val)} val)",
        "",
        "| row | F1 | P | R | dev F1 | dev P | dev R | val F1 | val P | val R | MB/s |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        cells = [row.label]
        for keep in (None, dev, val):
            s = row.summary(keep)
            cells += [f"{s.f1:.3f}", f"{s.precision:.3f}", f"{s.recall:.3f}"]
        total = sum(row.seconds)
        cells.append(f"{row.size / 1e6 / total:.2f}" if total > 0 else "-")
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


def read_dumps(folder: Path) -> dict[str, str]:
    """Page id -> dump text of one flavour folder."""
    if not folder.is_dir():
        return {}
    return {f.stem: f.read_text(encoding="utf-8") for f in sorted(folder.glob("*.txt"))}


_WORDS = re.compile(r"[\s\ufeff]+")


def mercury_starts(root: Path, dumps: dict[str, str], clean: CleanFn) -> dict[str, float]:
    """How often the expected first body words start the body, or start near it."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    counts = {
        "pages": 0,
        "dev": 0,
        "val": 0,
        "at start": 0,
        "near start": 0,
        "dev near": 0,
        "val near": 0,
    }
    for name, gt in sorted(truth.items()):
        if "content_first_words" not in gt or name not in dumps:
            continue
        body = clean(dumps[name], gt["url"])
        words = _WORDS.split(body.strip())
        which = half(gt["url"])
        counts["pages"] += 1
        counts[which] += 1
        near = at_start = False
        for expected in {gt["content_first_words"], gt.get("content_first_words_text", "")}:
            want = _WORDS.split(expected.strip())
            if not want or not want[0]:
                continue
            k = len(want)
            at_start = at_start or words[:k] == want
            near = near or any(
                words[i : i + k] == want for i in range(min(START_WINDOW, len(words)))
            )
        counts["at start"] += at_start
        counts["near start"] += near
        counts[f"{which} near"] += near
    return {k: float(v) for k, v in counts.items()}


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("path", type=Path, help="checkout of the scrapinghub benchmark")
    parser.add_argument("--dumps", type=Path, default=DEFAULT_DUMPS, help="dump cache folder")
    parser.add_argument("--flavour", nargs="+", help="flavours to score (default: all found)")
    parser.add_argument("--mercury", type=Path, help="Mercury checkout for the start check")
    parser.add_argument("--per-page", type=Path, metavar="OUT", help="per-page TSV (text row)")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write the summary as JSON")
    parser.add_argument("--cpu", action="store_true",
                        help="time calls in process CPU time, steadier than wall time on a "
                             "shared machine (time.process_time)")
    args = parser.parse_args(argv)
    clock = time.process_time if args.cpu else time.perf_counter

    newsclean = import_newsclean()

    def clean(text: str, url: str | None) -> str:
        return str(newsclean.clean(text, url=url).text)

    pages = load_pages(args.path)
    flavours = args.flavour or sorted(
        d.name
        for d in args.dumps.iterdir()
        if d.is_dir() and not d.name.startswith(("mercury-", "runs"))
    )
    summary: dict[str, object] = {}
    per_page: list[str] = []
    for flavour in flavours:
        dumps = read_dumps(args.dumps / flavour)
        if not dumps:
            print(f"warning: no dumps for {flavour}", file=sys.stderr)
            continue
        picked, rows = score_flavour(pages, dumps, clean, clock)
        print(format_rows(flavour, picked, rows) + "\n")
        summary[flavour] = {
            row.label: {
                "f1": row.summary().f1,
                "precision": row.summary().precision,
                "recall": row.summary().recall,
                "mb_per_s": row.size / 1e6 / sum(row.seconds),
            }
            for row in rows
        }
        text_row = rows[2]
        for page, s in zip(picked, text_row.scores, strict=True):
            per_page.append(
                f"{flavour}\t{page.id}\t{half(page.url or '')}\t{s.f1:.4f}\t"
                f"{s.precision:.4f}\t{s.recall:.4f}"
            )
    if args.mercury is not None:
        dumps = read_dumps(args.dumps / "mercury-html-text-layout")
        counts = mercury_starts(args.mercury, dumps, clean)
        n = counts["pages"] or 1.0
        print(
            f"Mercury ({counts['pages']:.0f} pages, html-text-layout dumps): expected first "
            f"words at the body's start {counts['at start'] / n:.3f}, within {START_WINDOW} "
            f"words {counts['near start'] / n:.3f} (dev {counts['dev near']:.0f}/"
            f"{counts['dev']:.0f}, val {counts['val near']:.0f}/{counts['val']:.0f})"
        )
        summary["mercury"] = counts
    if args.per_page:
        rows_sorted = sorted(per_page, key=lambda r: float(r.split("\t")[3]))
        args.per_page.write_text(
            "flavour\tid\thalf\tf1\tprecision\trecall\n" + "\n".join(rows_sorted) + "\n",
            encoding="utf-8",
        )
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
