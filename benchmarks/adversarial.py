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
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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

P = ("The council voted on Tuesday to rebuild the old bridge over the river, and "
     "residents said the plan had been delayed for more than twelve years by costs.")
"""An ordinary 25-word sentence, the ``P`` of issue 11."""


# --- the cases ---------------------------------------------------------------------------

Page = tuple[Any, dict[str, Any]]
"""What a case hands ``clean()``: the page and keyword arguments (``url``, ``kind``)."""


@dataclass(frozen=True)
class Case:
    """One hostile input: how to build it at size ``n``, and what a right answer keeps."""

    name: str
    what: str
    build: Callable[[int], Page]
    n: int
    quick_n: int | None = None
    """Size for ``--quick`` runs; ``None`` leaves the case out of ``--quick``."""
    check: Callable[[Any, Any], str] | None = None
    """``(article, page) -> problem`` ('' when the answer looks right)."""


def _html(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def _article(paragraphs: int) -> str:
    return "<article>" + "".join(f"<p>{P} ({i})</p>" for i in range(paragraphs)) + "</article>"


def _keeps(*needles: str) -> Callable[[Any, Any], str]:
    """A check that each needle is in the body text (or a note explains)."""
    def check(article: Any, page: Any) -> str:
        missing = [x for x in needles if x not in article.text]
        if not missing:
            return ""
        return f"LOST {missing[0]!r}" + ("" if article.notes else " (no note)")
    return check


def _count_blocks(expected: Callable[[int], int]) -> Callable[[Any, Any], str]:
    """A check that the body holds at least the ``expected(len(page))`` blocks."""
    def check(article: Any, page: Any) -> str:
        want = expected(len(page))
        if len(article.body) >= want:
            return ""
        return f"KEPT {len(article.body)}/{want}" + ("" if article.notes else " (no note)")
    return check


def _refused(article: Any, page: Any) -> str:
    """Input that is not text must be refused (DecodeError) or flagged in notes."""
    return "" if article.notes or not article.body else (
        f"GARBAGE {len(article.body)} blocks, no note")


def _no_markup(*markers: str) -> Callable[[Any, Any], str]:
    def check(article: Any, page: Any) -> str:
        found = [m for m in markers if m in article.text]
        return f"MARKUP {found[0]!r} in text" if found else ""
    return check


def _hash_run(n: int) -> Page:
    return "# " * n + "x", {}


def _dash_run(n: int) -> Page:
    return "- " * n, {}


def _photo_dump(n: int) -> Page:
    menu = [f"Section {i}" for i in range(n)]
    # Headline-like, no credit, before any body: each one looks back for a headline.
    photos = ["Photo: Crowds gather at the river bank"] * n
    return "\n".join([*menu, "Council approves bridge plan after vote", *photos]), {}


def _td_nbsp(n: int) -> Page:
    return _html("<table><tr>" + "<td>&nbsp;</td>" * n + "</tr></table>" + _article(3)), {}


def _email_lines(n: int) -> Page:
    return "\n".join(f"Email: {'a' * 2000} @x" for _ in range(n)) + "\n" + P, {}


def _edge_fillers(n: int) -> Page:
    return "\n".join("3 March 2024 | x" + ",:" * 3000 + "x" for _ in range(n)) + "\n" + P, {}


def _short_lines(n: int) -> Page:
    return "\n".join(f"Line {i} of the dump" for i in range(n)), {}


def _long_line(n: int) -> Page:
    return "x" * n, {}


def _nested_divs(n: int) -> Page:
    return _html("<div>" * n + f"<p>{P}</p>" + "</div>" * n), {}


def _soup_nested_divs(n: int) -> Page:
    from bs4 import BeautifulSoup

    return BeautifulSoup(_nested_divs(n)[0], "lxml"), {}


def _inline_nesting(n: int) -> Page:
    return _html(f"<p><b><i><span>{P}" * n), {}


def _big_page(n: int) -> Page:
    filler = "x" * 1100
    return _html("<article>" + "".join(f"<p>{P} {i} {filler}</p>" for i in range(n))
                 + "</article>"), {}


def _random_bytes(n: int) -> Page:
    return random.Random(11).randbytes(n), {}


def _pdf_blob(n: int) -> Page:
    rng = random.Random(7)
    parts = [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"]
    while sum(map(len, parts)) < n:
        obj = len(parts)
        stream = rng.randbytes(2000)
        parts.append(b"%d 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % (
            obj, len(stream)) + stream + b"\nendstream\nendobj\n")
    return b"".join(parts) + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n", {}


def _url_img_ipv6(n: int) -> Page:
    return _html(_article(n) + '<img src="http://[::1/x.jpg">'), {
        "url": "https://news.example/a.html"}


def _url_og(n: int) -> Page:
    return _html(_article(n) + '<img src="/a.jpg">',
                 '<meta property="og:url" content="http://[x">'), {}


def _url_base(n: int) -> Page:
    return _html(_article(n) + '<img src="a.jpg">', '<base href="/b/">'), {"url": "http://[x"}


def _url_bracketed(n: int) -> Page:
    return _html(_article(n) + '<img src="a.jpg">', '<base href="http://]x[/">'), {}


GERMAN = "Herr Müller ging über die Brücke nach Mühlbach, wo die Straße gesperrt war. "
FRENCH = "Il a déjà dit que le député était très occupé à l'hôpital cet été. "


def _utf8_truncated(n: int) -> Page:
    return (GERMAN * n).encode("utf-8") + "ü".encode()[:1], {}


def _declared_utf8_stray(n: int) -> Page:
    body = "".join(f"<p>{GERMAN}</p>" for _ in range(n))
    raw = _html(body + "<p>caf\xe9</p>", '<meta charset="utf-8">').encode("utf-8")
    return raw.replace("caf\xe9".encode(), b"caf\xe9"), {}


def _utf8_cut_mid_char(n: int) -> Page:
    body = "".join(f"<p>{GERMAN}</p>" for _ in range(n))
    raw = _html(body).encode("utf-8")
    cut = raw.rindex("ü".encode()) + 1
    return raw[:cut], {}


def _latin1_german(n: int) -> Page:
    return "\n".join([GERMAN] * n).encode("cp1252"), {}


def _latin1_french(n: int) -> Page:
    return "\n".join([FRENCH] * n).encode("cp1252"), {}


def _utf16_no_bom(n: int) -> Page:
    return "\n".join([P] * n).encode("utf-16-le"), {}


def _surrogate_html(n: int) -> Page:
    paragraphs = "".join(f"<p>Second paragraph {i}. {P}</p>" for i in range(n))
    return _html(f"<p>Fans cheered \ud83d then the mayor spoke.</p>{paragraphs}"), {}


def _surrogate_text(n: int) -> Page:
    return "Fans cheered \ud83d then the mayor spoke.\n" + "\n".join([P] * n), {}


def _pre(n: int) -> Page:
    rows = "\n".join(f"Yes {i}\nNo {i + 1}" for i in range(n))
    return _html(f"<article><p>{P}</p><pre>{rows}</pre></article>"), {}


def _dump_mentions_tags(n: int) -> Page:
    lines = [f"Old sites used <marquee> and <div> soup, and every <a> tag was blue. {P}"] * n
    return "\n".join(lines), {}


def _noframes(n: int) -> Page:
    return _html("<noframes><p>Your browser does not support frames.</p></noframes>"
                 + _article(n)), {}


def _rss(n: int) -> Page:
    items = "".join(f"<item><title>Story {i}</title><description>{P}</description>"
                    f"<link>https://news.example/{i}</link></item>" for i in range(n))
    return ('<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>'
            f"{items}</channel></rss>"), {}


def _json_input(n: int) -> Page:
    return json.dumps({"articles": [{"title": f"Story {i}", "body": P} for i in range(n)]},
                      indent=1), {}


def _email_token(length: int) -> Callable[[int], Page]:
    """Paragraphs, then a contact line whose first token is ``length`` characters long."""
    def build(n: int) -> Page:
        line = "Email: " + "a" * length + " or write to desk@gazette.example"
        return "\n".join([*[P] * n, line]), {}
    return build


def _has_pre_breaks(article: Any, page: Any) -> str:
    return "" if "Yes 0\nNo 1" in article.text else "LOST line breaks in <pre>"


MOJIBAKE = ("Ã", "Â", "Ă", "√", "ﾃ", "³", "ą", "\x00", "û¥")
"""Characters that show UTF-8 read as a legacy code page, or the reverse, or UTF-16 as 8-bit."""


def _not_garbled(word: str) -> Callable[[Any, Any], str]:
    """A check that ``word`` comes out intact and no mojibake does."""
    def check(article: Any, page: Any) -> str:
        bad = [m for m in MOJIBAKE if m in article.text]
        if bad:
            return f"GARBLED {bad[0]!r}" + ("" if article.notes else " (no note)")
        return "" if word in article.text else f"LOST {word!r}"
    return check


def _no_literal_markup(article: Any, page: Any) -> str:
    """Markup inside <noframes> must not come out as literal text, kept or removed."""
    texts = [article.text, *(r.text for r in article.removed)]
    return "MARKUP '<p>' as text" if any("<p>" in t for t in texts) else ""


def _rss_items_apart(article: Any, page: Any) -> str:
    """An RSS feed: no markup in the text, and items not glued into one run of words."""
    return _no_markup("<item>", "<title>", "<?xml")(article, page) or (
        "GLUED items ('Story 0The')" if "Story 0The" in article.text else "")


def _encodes(article: Any, page: Any) -> str:
    try:
        article.to_json().encode("utf-8")
    except UnicodeEncodeError:
        return "to_json().encode() raises"
    return ""


CASES: tuple[Case, ...] = (
    Case("hash-run", '"# " * n + "x" as text', _hash_run, 5_000, 1_000),
    Case("dash-run", '"- " * n as text', _dash_run, 40_000, 10_000),
    Case("photo-dump", "n menu lines, a headline, n 'Photo:' lines", _photo_dump, 4_000, 500),
    Case("td-nbsp", "<tr> + <td>&nbsp;</td> * n", _td_nbsp, 20_000, 2_000, _keeps(P[:40])),
    Case("email-lines", 'n lines "Email: " + a*2000 + " @x"', _email_lines, 50, 5,
         _keeps(P[:40])),
    Case("edge-fillers", 'n lines "3 March 2024 | x" + ",:"*3000', _edge_fillers, 10, 3,
         _keeps(P[:40])),
    Case("short-lines", "n short dump lines (1M = 24 MB in the issue)", _short_lines,
         250_000, 20_000, _count_blocks(lambda size: 1)),
    Case("long-line", "one line of n characters, no spaces", _long_line, 500_000, 100_000),
    Case("nested-divs", "n nested <div>s before a paragraph", _nested_divs, 50_000, 5_000,
         _keeps(P[:40])),
    Case("soup-nested-divs", "the same as a BeautifulSoup object", _soup_nested_divs, 2_000,
         1_000, _keeps(P[:40])),
    Case("inline-nesting", "<p><b><i><span> * n", _inline_nesting, 10_000, 1_000,
         _count_blocks(lambda size: size // 300)),
    Case("big-page", "n paragraphs of 1.3 KB (40,000 = 50 MB in the issue)", _big_page,
         20_000, None, _count_blocks(lambda size: size // 1400)),
    Case("random-bytes", "n random bytes", _random_bytes, 1_000_000, 100_000, _refused),
    Case("pdf-blob", "a PDF-like blob of n bytes", _pdf_blob, 250_000, 50_000, _refused),
    Case("url-img-ipv6", '<img src="http://[::1/x.jpg"> with url=', _url_img_ipv6, 100, 20,
         _keeps(P[:40])),
    Case("url-og", '<meta property="og:url" content="http://[x">', _url_og, 100, 20,
         _keeps(P[:40])),
    Case("url-base", 'url="http://[x" with a <base>', _url_base, 100, 20, _keeps(P[:40])),
    Case("url-bracketed", '<base href="http://]x[/"> (fuzzer find)', _url_bracketed, 100, 20,
         _keeps(P[:40])),
    Case("utf8-truncated", "UTF-8 text, last byte cut", _utf8_truncated, 2_000, 200,
         _not_garbled("Müller")),
    Case("utf8-declared-stray", '<meta charset="utf-8"> and one Latin-1 byte',
         _declared_utf8_stray, 2_000, 200, _not_garbled("Müller")),
    Case("utf8-cut-mid-char", "UTF-8 page cut mid-character (22 MB cut at 20 MB in the issue)",
         _utf8_cut_mid_char, 20_000, 2_000, _not_garbled("Müller")),
    Case("latin1-german", "undeclared cp1252 German dump", _latin1_german, 2_000, 200,
         _not_garbled("Mühlbach")),
    Case("latin1-french", "undeclared cp1252 French dump", _latin1_french, 2_000, 200,
         _not_garbled("déjà")),
    Case("utf16-no-bom", "UTF-16-LE text without a BOM", _utf16_no_bom, 1_000, 100,
         _not_garbled("council")),
    Case("surrogate-html", "lone surrogate in an HTML str", _surrogate_html, 500, 50,
         _keeps("the mayor spoke", "Second paragraph")),
    Case("surrogate-text", "lone surrogate in a text str", _surrogate_text, 500, 50, _encodes),
    Case("pre", "<pre> with n line pairs", _pre, 1_000, 100, _has_pre_breaks),
    Case("dump-mentions-tags", "text dump whose prose mentions <marquee>, <div>, <a>",
         _dump_mentions_tags, 1_000, 100, _keeps("<marquee>")),
    Case("noframes", "<noframes> content", _noframes, 100, 20, _no_literal_markup),
    Case("rss", "an RSS feed", _rss, 1_000, 100, _rss_items_apart),
    Case("json", "a JSON document", _json_input, 1_000, 100, _no_markup('{"', '"title":')),
    Case("email-token", 'P * n + "Email: " + a*300 + " or write to desk@..."',
         _email_token(300), 2_000, 200, lambda a, p: "" if a.contacts else "NO contact found"),
    Case("email-token-150", "the same with a 150-character token", _email_token(150), 2_000,
         200, lambda a, p: "" if a.contacts else "NO contact found"),
)
BY_NAME = {case.name: case for case in CASES}


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
    problems.append(_encodes(article, page) if case.check is not _encodes else "")
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
    return _html("<article>" + "".join(parts) + "</article>")


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
