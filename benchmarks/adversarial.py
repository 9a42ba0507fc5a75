"""Hostile and super-linear pages (issue 11), each timed at two sizes, one table.

    python benchmarks/adversarial.py [--quick] [--cases NAME ...] [--timeout S] [--scale F]
    python benchmarks/adversarial.py --list
    python benchmarks/adversarial.py --memory [--pages N] [--attrs-per-page K]
    python benchmarks/adversarial.py --threads [--threads-n T] [--repeat R]

Each case builds a page at size ``n`` and ``2n`` (``--scale`` multiplies both; the default
``2n`` is the size issue 11 reports, where that fits in memory and time) and cleans it in
a fresh subprocess with a hard wall-clock limit (``--timeout``, 60 s), so a hang shows as
TIMEOUT and a crash of the interpreter as its exit status, not as a stalled script.

Columns:

- size: UTF-8 megabytes (10**6 bytes) of the page as given to ``clean()``.
- seconds: wall time of the ``clean()`` call alone (building the page and the imports
  are outside it); MB/s and s/MB follow from it.
- outcome: ``ok`` with body blocks (``b``) and notes (``n``), or the exception type, or
  TIMEOUT; then what went wrong that the case knows how to see (text lost, garbled,
  markup kept, something printed to stderr...).
- linear?: on the ``2n`` row, how time grew against size: the exponent ``k`` in
  ``t ~ size**k`` from the two runs (1 is linear, 2 quadratic); ``yes`` when ``k`` is at
  most :data:`LINEAR_EXPONENT`, ``n/a`` when both runs are too fast to tell apart.
- bar: issue 11's bound, at most :data:`BAR_S_PER_MB` s/MB plus :data:`BAR_CONSTANT_S`.

``--memory`` cleans ``--pages`` pages (2,000), each with ``--attrs-per-page`` distinct
20 KB class attributes, and reports the process's RSS (bar: under 300 MB).
``--threads`` cleans adversarial pages once on one thread, then ``--repeat`` times each
across ``--threads-n`` threads (8), and reports every ``to_dict()`` that differs.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import json
import math
import os
import random
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from adversarial_cases import BY_NAME, CASES, Case, P, encodes, html_doc

SRC = Path(__file__).resolve().parents[1] / "src"

TIMEOUT_S = 60.0
"""Default wall-clock limit of one case run (one subprocess)."""
LINEAR_EXPONENT = 1.35
"""Largest growth exponent still called linear (timing noise on a shared machine)."""
TOO_FAST_S = 0.05
"""Below this, a run's time is mostly noise and constant cost: no growth verdict."""
BAR_S_PER_MB, BAR_CONSTANT_S = 1.0, 0.5
"""Issue 11's bar: about 1 s per MB at most, plus a constant."""
MEMORY_BAR_MB = 300.0
CLASS_ATTR_BYTES = 20_000



# --- one run, in a subprocess -------------------------------------------------------------


def page_bytes(page: Any) -> int:
    """The page's size in bytes as given (str: UTF-8, surrogates counted as 3 bytes; a
    BeautifulSoup object: its markup)."""
    if isinstance(page, (bytes, bytearray)):
        return len(page)
    return len(str(page).encode("utf-8", "surrogatepass"))


def run_one(name: str, n: int) -> dict[str, Any]:
    """Build and clean one case at size ``n`` in this process; what happened, as data."""
    import newsclean

    case = BY_NAME[name]
    page, kwargs = case.build(n)
    result: dict[str, Any] = {"case": name, "n": n, "bytes": page_bytes(page)}
    stderr = io.StringIO()
    gc.collect()
    start = time.perf_counter()
    try:
        with contextlib.redirect_stderr(stderr):
            article = newsclean.clean(page, **kwargs)
    except Exception as exc:
        result["seconds"] = time.perf_counter() - start
        result["outcome"] = type(exc).__name__
        result["problem"] = str(exc)[:60]
        return result
    result["seconds"] = time.perf_counter() - start
    result["outcome"] = f"ok b={len(article.body)} n={len(article.notes)}"
    problems = [case.check(article, page)] if case.check else []
    problems.append(encodes(article, page) if case.check is not encodes else "")
    if stderr.getvalue():
        problems.append("PRINTS to stderr")
    result["problem"] = "; ".join(p for p in problems if p)
    return result


def run_isolated(name: str, n: int, timeout: float) -> dict[str, Any]:
    """:func:`run_one` in a fresh interpreter, killed after ``timeout`` seconds."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(SRC), *filter(None, [os.environ.get("PYTHONPATH")])])}
    command = [sys.executable, __file__, "--run-one", name, str(n)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                              env=env, check=False)
    except subprocess.TimeoutExpired:
        return {"case": name, "n": n, "bytes": None, "seconds": None, "outcome": "TIMEOUT",
                "problem": f"> {timeout:.0f} s"}
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["?"])[-1]
        return {"case": name, "n": n, "bytes": None, "seconds": None,
                "outcome": f"exit {done.returncode}", "problem": tail[:60]}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- the table ----------------------------------------------------------------------------


@dataclass
class Row:
    """One printed line: a case at one size, and its growth verdict on the 2n row."""

    result: dict[str, Any]
    linear: str = ""
    bar: str = ""


def growth(small: dict[str, Any], large: dict[str, Any]) -> str:
    """The ``linear?`` verdict from the two runs of a case."""
    if large["outcome"] == "TIMEOUT":
        return "NO (timeout)"
    t1, t2 = small.get("seconds"), large.get("seconds")
    b1, b2 = small.get("bytes"), large.get("bytes")
    if None in (t1, t2, b1, b2) or b1 == b2:
        return "?"
    if max(t1, t2) < TOO_FAST_S:
        return "n/a (fast)"
    exponent = math.log(max(t2, 1e-6) / max(t1, 1e-6)) / math.log(b2 / b1)
    verdict = "yes" if exponent <= LINEAR_EXPONENT else "NO"
    return f"{verdict} (k={exponent:.1f})"


def within_bar(result: dict[str, Any]) -> str:
    """Whether one run meets issue 11's time bound."""
    if result.get("seconds") is None:
        return "OVER" if result["outcome"] == "TIMEOUT" else "-"
    allowed = BAR_S_PER_MB * result["bytes"] / 1e6 + BAR_CONSTANT_S
    return "ok" if result["seconds"] <= allowed else "OVER"


def format_table(rows: list[Row]) -> str:
    """The results as one aligned plain-text table."""
    head = ("case", "size MB", "seconds", "MB/s", "s/MB", "bar", "linear?", "outcome",
            "problem")
    lines = [head]
    for row in rows:
        r = row.result
        mb = r["bytes"] / 1e6 if r.get("bytes") else None
        sec = r.get("seconds")
        lines.append((
            r["case"], f"{mb:.3f}" if mb is not None else "-",
            f"{sec:.3f}" if sec is not None else "-",
            f"{mb / sec:.2f}" if mb and sec else "-",
            f"{sec / mb:.2f}" if mb and sec is not None else "-",
            row.bar, row.linear, r["outcome"], r.get("problem", ""),
        ))
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(head) - 1)]
    out = []
    for line in lines:
        cells = [str(c).ljust(w) for c, w in zip(line, widths, strict=False)]
        out.append("  ".join([*cells, str(line[-1])]).rstrip())
    return "\n".join(out)


def run_table(cases: list[Case], quick: bool, scale: float, timeout: float) -> list[Row]:
    """Run every case at n and 2n, printing each row as it finishes."""
    rows: list[Row] = []
    for case in cases:
        base = case.quick_n if quick and case.quick_n else case.n
        n = max(1, round(base * scale))
        small = run_isolated(case.name, n, timeout)
        # A case that already timed out at n would only time out again at 2n.
        large = (run_isolated(case.name, 2 * n, timeout) if small["outcome"] != "TIMEOUT"
                 else {**small, "n": 2 * n, "problem": "skipped: n timed out"})
        rows.append(Row(small, "", within_bar(small)))
        rows.append(Row(large, growth(small, large), within_bar(large)))
        print(f"  {case.name}: {small['outcome']} / {large['outcome']}", file=sys.stderr,
              flush=True)
    return rows


# --- memory -------------------------------------------------------------------------------


def rss_mb() -> float:
    """This process's resident set size now, in MB (psutil if present, else /proc)."""
    try:
        import psutil
    except ImportError:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise
    return float(psutil.Process().memory_info().rss) / 2**20


def class_page(number: int, attrs: int, rng: random.Random) -> str:
    """A page whose elements carry ``attrs`` distinct class attributes of about 20 KB."""
    parts = []
    for k in range(attrs):
        words = []
        size = 0
        while size < CLASS_ATTR_BYTES:
            word = f"c{number}-{k}-{rng.getrandbits(40):x}"
            words.append(word)
            size += len(word) + 1
        parts.append(f'<div class="{" ".join(words)}"><p>{P} ({number}, {k})</p></div>')
    return html_doc("<article>" + "".join(parts) + "</article>")


def run_memory(pages: int, attrs: int) -> int:
    """Clean ``pages`` pages with distinct long class attributes; print RSS along the way."""
    import newsclean

    rng = random.Random(2000)
    newsclean.clean(class_page(-1, 1, rng))
    start = rss_mb()
    peak = start
    print(f"memory: {pages} pages x {attrs} distinct class attributes of "
          f"{CLASS_ATTR_BYTES // 1000} KB; RSS after warm-up {start:.0f} MB")
    began = time.perf_counter()
    for number in range(pages):
        newsclean.clean(class_page(number, attrs, rng))
        if (number + 1) % max(1, pages // 8) == 0:
            now = rss_mb()
            peak = max(peak, now)
            print(f"  after {number + 1:>5} pages: RSS {now:7.0f} MB")
    gc.collect()
    end = rss_mb()
    verdict = "ok" if peak < MEMORY_BAR_MB else "OVER"
    print(f"memory: peak sampled RSS {peak:.0f} MB, after gc {end:.0f} MB "
          f"(bar < {MEMORY_BAR_MB:.0f} MB: {verdict}); {time.perf_counter() - began:.1f} s")
    return 0 if verdict == "ok" else 1


# --- threads ------------------------------------------------------------------------------

THREAD_CASES = ("email-token", "email-token-150", "email-lines", "edge-fillers", "photo-dump",
                "hash-run", "td-nbsp", "url-img-ipv6", "utf8-declared-stray")
"""Cases whose answers may depend on time-outs or shared state, at their quick size."""


def _outcome(page: Any, kwargs: dict[str, Any]) -> Any:
    """``to_dict()`` of the article, or the exception type's name."""
    import newsclean

    try:
        return newsclean.clean(page, **kwargs).to_dict()
    except Exception as exc:
        return f"raised {type(exc).__name__}"


def _first_difference(want: Any, got: Any) -> str:
    """Which fields differ, with list lengths (``text`` is left out: it follows ``body``)."""
    if not (isinstance(want, dict) and isinstance(got, dict)):
        return f"{str(want)[:40]!r} vs {str(got)[:40]!r}"
    parts = []
    for key in want:
        if key == "text" or want.get(key) == got.get(key):
            continue
        a, b = want.get(key), got.get(key)
        sizes = f" ({len(a)} vs {len(b)})" if isinstance(a, list) and isinstance(b, list) else ""
        parts.append(key + sizes)
    return ", ".join(parts)


def run_threads(threads: int, repeat: int, names: list[str]) -> int:
    """Clean each page alone, then ``repeat`` times across ``threads`` threads; compare."""
    pages = {name: BY_NAME[name].build(BY_NAME[name].quick_n or BY_NAME[name].n)
             for name in names}
    alone = {name: _outcome(*pages[name]) for name in names}
    jobs = [name for name in names for _ in range(repeat)]
    random.Random(8).shuffle(jobs)
    began = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        results = list(pool.map(lambda name: (name, _outcome(*pages[name])), jobs))
    differing = 0
    print(f"threads: {len(names)} pages x {repeat} runs on {threads} threads "
          f"({time.perf_counter() - began:.1f} s), compared with one thread:")
    for name in names:
        got = [r for n, r in results if n == name]
        bad = [r for r in got if r != alone[name]]
        differing += len(bad)
        note = f"  first: {_first_difference(alone[name], bad[0])}" if bad else ""
        print(f"  {name:<22} {len(bad):>3}/{len(got)} differ{note}")
    print(f"threads: {differing} differing Articles "
          f"({'ok' if differing == 0 else 'NOT deterministic'})")
    return 0 if differing == 0 else 1


# --- command line -------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, fast cases only")
    parser.add_argument("--cases", nargs="+", metavar="NAME", help="run only these cases")
    parser.add_argument("--list", action="store_true", help="list the cases and stop")
    parser.add_argument("--timeout", type=float, default=TIMEOUT_S,
                        help=f"wall-clock limit per run in seconds (default {TIMEOUT_S:.0f})")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON")
    parser.add_argument("--memory", action="store_true", help="the memory check instead")
    parser.add_argument("--pages", type=int, default=2000, help="pages for --memory")
    parser.add_argument("--attrs-per-page", type=int, default=4,
                        help="distinct 20 KB class attributes per page for --memory")
    parser.add_argument("--threads", action="store_true", help="the thread check instead")
    parser.add_argument("--threads-n", type=int, default=8, help="threads for --threads")
    parser.add_argument("--repeat", type=int, default=8, help="runs per page for --threads")
    parser.add_argument("--run-one", nargs=2, metavar=("CASE", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.run_one:
        print(json.dumps(run_one(args.run_one[0], int(args.run_one[1]))))
        return 0
    if args.list:
        for case in CASES:
            quick = f"quick n={case.quick_n:,}" if case.quick_n else "not in --quick"
            print(f"{case.name:<22} n={case.n:<9,} {quick:<18} {case.what}")
        return 0
    if args.memory:
        return run_memory(args.pages, args.attrs_per_page)
    unknown = [name for name in args.cases or () if name not in BY_NAME]
    if unknown:
        parser.error(f"unknown case(s) {unknown}; --list shows them")
    if args.threads:
        return run_threads(args.threads_n, args.repeat, args.cases or list(THREAD_CASES))
    cases = [BY_NAME[name] for name in args.cases] if args.cases else [
        c for c in CASES if c.quick_n or not args.quick]
    rows = run_table(cases, args.quick, args.scale, args.timeout)
    print(format_table(rows))
    if args.json:
        args.json.write_text(json.dumps([r.result | {"linear": r.linear, "bar": r.bar}
                                         for r in rows], indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
