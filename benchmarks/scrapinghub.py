"""Score newsclean and peer extractors on the scrapinghub article-extraction benchmark.

    python benchmarks/scrapinghub.py PATH/scrapinghub [--limit N] [--only NAME ...]
        [--json OUT.json] [--per-page OUT.tsv] [--memory] [--half dev|val]

PATH holds ``html/<id>.html.gz`` and ``ground-truth.json``; it is only read. Extractors:
newsclean, trafilatura, trafilatura-fast, readability (readability-lxml) and justext (all
stoplists); those that do not import are skipped with a warning. ``newsclean-fallback``
(newsclean with ``SafetyValve(fallback=True)``) runs only when named:
``--only newsclean newsclean-fallback`` measures the fallback chain on and off.
``--only trafilatura`` selects both trafilatura modes (``--exact`` turns that off).
trafilatura runs with ``include_comments=False``, as in the benchmark's own runner and the
reference table in the shared benchmarks README (F1 0.960, fast 0.962, reproduced here);
jusText runs with its defaults (the README's 0.848 used the runner's
``(50, 200, 0.1, 0.2, 0.2, 200, True)``).

All extractors run in one process, interleaved page by page, so machine noise hits them
alike; the order rotates from page to page. What the numbers mean:

- F1, precision, recall, accuracy: the benchmark's own metric, see ``metric.py``.
- median / p95 ms/page: wall time (``time.perf_counter``) of one call, HTML ``str`` in,
  body text out, so it includes parsing and turning the tool's output into text. Pages are
  decompressed and decoded before timing. Each extractor is first called once on the first
  page, untimed, so lazy imports and first-use setup do not count.
- pages/s: pages divided by the summed call times (harness overhead excluded).
- errors: calls that raised; such a page is scored as an empty prediction.
- ``--memory``: each extractor then runs alone over the same pages in a fresh subprocess.
  "peak RSS MB" is that whole process's peak (``VmHWM`` on Linux, else ``ru_maxrss``):
  interpreter, imports, loaded pages and extraction. "RSS added MB" is that peak minus a
  baseline taken after imports, setup and loading, i.e. what extraction added on top; on
  Linux the recorded peak is first lowered to the current RSS (``/proc/self/clear_refs``),
  elsewhere the baseline is the peak so far and may hide a smaller extraction peak. It can
  be 0 when extraction fits in memory the process had already freed. "tracemalloc MB" is
  the peak of Python-level allocations in a second pass under tracemalloc; it misses what
  libxml2 allocates in C, so it understates lxml-based tools.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import gzip
import json
import math
import platform
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractors import Extractor, make_extractors
from halves import half
from metric import PageScore, Summary, score_page, summarize, tokenize

__all__ = ["Page", "Result", "format_table", "load_pages", "make_extractors", "run"]


@dataclass(frozen=True)
class Page:
    """One benchmark page: its id, URL, decoded HTML and true article body."""

    id: str
    url: str | None
    html: str
    truth: str


@dataclass
class Result:
    """Per-page scores, timings and errors of one extractor over a run."""

    name: str
    label: str
    scores: list[PageScore] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    memory: dict[str, float] = field(default_factory=dict)

    @property
    def summary(self) -> Summary:
        """Benchmark figures over all pages of the run."""
        return summarize(self.scores)

    def stats(self) -> dict[str, Any]:
        """Quality, speed and error figures as one flat dict (for the table and JSON)."""
        s = self.summary
        ms = sorted(t * 1000 for t in self.seconds)
        total = sum(self.seconds)
        return {
            "name": self.name,
            "label": self.label,
            "pages": s.pages,
            "f1": s.f1,
            "precision": s.precision,
            "recall": s.recall,
            "accuracy": s.accuracy,
            "median_ms": statistics.median(ms) if ms else math.nan,
            "p95_ms": ms[max(0, math.ceil(0.95 * len(ms)) - 1)] if ms else math.nan,
            "pages_per_s": len(ms) / total if total > 0 else math.nan,
            "errors": sum(1 for e in self.errors if e),
            **{f"memory_{k}": v for k, v in self.memory.items()},
        }


def load_pages(
    path: Path | str, limit: int | None = None, only_half: str | None = None
) -> list[Page]:
    """Read the benchmark pages sorted by id (so ``limit`` is reproducible), decoded.

    ``only_half`` (``"dev"`` or ``"val"``) keeps the pages of that half's sites
    (:mod:`halves`); ``limit`` then counts within the half.
    """
    root = Path(path)
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)
    if only_half is not None:
        ids = [i for i in ids if half(truth[i].get("url") or "") == only_half]
    pages = []
    for page_id in ids[:limit]:
        raw = gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes())
        item = truth[page_id]
        pages.append(
            Page(page_id, item.get("url"), raw.decode("utf-8", "replace"), item["articleBody"])
        )
    return pages


def run(
    pages: Sequence[Page], extractors: Sequence[Extractor], warmup: bool = True
) -> list[Result]:
    """Run every extractor on every page, interleaved, timing and scoring each call."""
    results = [Result(e.name, e.label) for e in extractors]
    if warmup and pages:
        for e in extractors:
            with contextlib.suppress(Exception):
                e.extract(pages[0].html, pages[0].url)
    n = len(extractors)
    for i, page in enumerate(pages):
        for j in range(n):
            k = (i + j) % n
            extractor, result = extractors[k], results[k]
            error = ""
            start = time.perf_counter()
            try:
                text = extractor.extract(page.html, page.url)
            except Exception as exc:  # counted and scored as an empty prediction
                text, error = "", f"{type(exc).__name__}: {exc}"
            result.seconds.append(time.perf_counter() - start)
            result.errors.append(error)
            result.scores.append(score_page(page.truth, text))
    return results


def format_table(results: Sequence[Result]) -> str:
    """Side-by-side table of quality, speed, errors (and memory if measured)."""
    headers = [
        "extractor",
        "F1",
        "precision",
        "recall",
        "accuracy",
        "median ms/page",
        "p95 ms/page",
        "pages/s",
        "errors",
    ]
    with_memory = any(r.memory for r in results)
    if with_memory:
        headers += ["peak RSS MB", "RSS added MB", "tracemalloc MB"]
    rows = []
    for r in results:
        s = r.stats()
        row = [
            s["label"],
            f"{s['f1']:.3f}",
            f"{s['precision']:.3f}",
            f"{s['recall']:.3f}",
            f"{s['accuracy']:.3f}",
            f"{s['median_ms']:.1f}",
            f"{s['p95_ms']:.1f}",
            f"{s['pages_per_s']:.0f}",
            str(s["errors"]),
        ]
        if with_memory:
            row += [
                f"{r.memory.get('rss_peak_mb', math.nan):.0f}",
                f"{r.memory.get('rss_mb', math.nan):.1f}",
                f"{r.memory.get('tracemalloc_mb', math.nan):.1f}",
            ]
        rows.append(row)
    widths = [max(len(x) for x in col) for col in zip(headers, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        padded = [
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "| " + " | ".join(padded) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(headers), rule, *(line(r) for r in rows)])


def write_per_page(path: Path, pages: Sequence[Page], results: Sequence[Result]) -> None:
    """TSV with one row per page, worst first by the first extractor's page F1."""
    cols = ["id", "url", "true_tokens"]
    for r in results:
        cols += [f"{r.name}_{c}" for c in ("f1", "precision", "recall", "ms", "error")]
    rows = []
    for i, page in enumerate(pages):
        row: list[str] = [page.id, page.url or "", str(len(tokenize(page.truth)))]
        for r in results:
            s = r.scores[i]
            row += [
                f"{s.f1:.4f}",
                f"{s.precision:.4f}",
                f"{s.recall:.4f}",
                f"{r.seconds[i] * 1000:.2f}",
                r.errors[i].replace("\t", " ").replace("\n", " "),
            ]
        rows.append(row)
    if results:
        rows.sort(key=lambda row: float(row[3]))
    path.write_text("\n".join("\t".join(r) for r in [cols, *rows]) + "\n", encoding="utf-8")


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB.

    On Linux this is ``VmHWM`` from ``/proc/self/status``: ``ru_maxrss`` of a child started
    by a big parent begins at the parent's RSS (Linux carries it over through fork and
    exec), and it is not lowered by the peak reset below. Elsewhere ``ru_maxrss``.
    """
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 2**10  # kB
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 2**20 if sys.platform == "darwin" else rss / 2**10  # bytes vs KiB


def reset_peak_rss() -> bool:
    """Lower the process's recorded RSS peak to its current RSS (Linux only)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def report_rss(pages: Sequence[Page], extractors: Sequence[Extractor]) -> dict[str, float]:
    """Peak RSS added by one plain pass, then tracemalloc peak of a second pass.

    Without the peak reset the baseline is the peak so far (imports, loading), which may
    hide a smaller extraction peak; ``peak_reset`` says which case applied.
    """
    gc.collect()
    reset = reset_peak_rss()
    baseline = peak_rss_mb()
    run(pages, extractors)
    peak = peak_rss_mb()
    tracemalloc.start()
    run(pages, extractors, warmup=False)
    traced = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return {
        "rss_mb": peak - baseline,
        "rss_baseline_mb": baseline,
        "rss_peak_mb": peak,
        "peak_reset": float(reset),
        "tracemalloc_mb": traced,
    }


def measure_memory(
    path: Path, limit: int | None, result: Result, only_half: str | None = None
) -> None:
    """Run one extractor alone in a fresh subprocess and store its memory figures."""
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        str(path),
        "--only",
        result.name,
        "--exact",
        "--no-table",
        "--report-rss",
    ]
    if limit is not None:
        cmd += ["--limit", str(limit)]
    if only_half is not None:
        cmd += ["--half", only_half]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    lines = [x for x in proc.stdout.splitlines() if x.startswith("{")]
    if proc.returncode != 0 or not lines:
        print(f"warning: memory run of {result.name} failed: {proc.stderr[-500:]}", file=sys.stderr)
        return
    result.memory = json.loads(lines[-1])


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("path", type=Path, help="checkout of the scrapinghub benchmark")
    parser.add_argument("--limit", type=int, help="only the first N pages (sorted by id)")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="extractors to run")
    parser.add_argument(
        "--half", choices=("dev", "val"), help="only the pages of one half (halves.py)"
    )
    parser.add_argument("--exact", action="store_true", help="--only names match exactly")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write the summary as JSON")
    parser.add_argument("--per-page", type=Path, metavar="OUT", help="write per-page TSV")
    parser.add_argument(
        "--memory",
        action="store_true",
        help="also measure peak memory, one subprocess per extractor",
    )
    parser.add_argument("--no-table", action="store_true", help="do not print the table")
    parser.add_argument(
        "--report-rss",
        action="store_true",
        help="print this process's memory figures as a JSON line",
    )
    args = parser.parse_args(argv)

    extractors = make_extractors(args.only, args.exact)
    if not extractors:
        print("error: no extractor available", file=sys.stderr)
        return 2
    pages = load_pages(args.path, args.limit, args.half)

    if args.report_rss:
        print(json.dumps(report_rss(pages, extractors)))
        if args.no_table:
            return 0

    results = run(pages, extractors)
    for r in results:
        errors = [e for e in r.errors if e]
        if errors:
            print(
                f"warning: {r.name} raised on {len(errors)} pages, first: {errors[0]}",
                file=sys.stderr,
            )
    if args.memory:
        for r in results:
            measure_memory(args.path, args.limit, r, args.half)
    if not args.no_table:
        which = f" ({args.half} half)" if args.half else ""
        print(
            f"{len(pages)} pages{which}, Python {platform.python_version()}, one process, "
            "interleaved page by page"
        )
        print(format_table(results))
    if args.json:
        summary = {
            "pages": len(pages),
            "python": platform.python_version(),
            "extractors": [r.stats() for r in results],
        }
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    if args.per_page:
        write_per_page(args.per_page, pages, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
