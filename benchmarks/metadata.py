"""Score metadata (title, authors, date, site name, language, lead image) for newsclean and peers.

    python benchmarks/metadata.py --mercury PATH/mercury [--gold GOLD.json --scrapinghub PATH]
        [--only NAME ...] [--restore-meta] [--cost] [--dumps DIR [--flavour NAME ...]]

Sets: (a) Mercury (``ground-truth.json`` + ``html/<name>.html.gz``; its README explains
that pages carry ``<meta value=...>`` and no scripts; ``--restore-meta`` gives every
extractor the usual ``content=`` back, as the README shows), (b) the hand-made ScrapingHub
gold (``benchmarks/gold/scrapinghub-metadata.json``) over the ScrapingHub pages. Every set is
split by site into development and validation halves (``halves.py``) and reported per half.

``--dumps``: the ScrapingHub gold scored again on text dumps of its pages
(``DIR/<flavour>/<name>.txt``, made by ``dumps.py``), newsclean in text mode only (the
peers read HTML), with the page's URL as the caller would give it.

Extractors: newsclean (``clean``), trafilatura (``extract_metadata``: its metadata step
alone), newspaper4k (``Article.parse``), htmldate (dates only, ``find_date`` with
``original_date=True``); those that do not import are skipped.

Normalisation, the same for every extractor and the gold:

- text: Unicode NFKC, curly quotes and dashes made plain, blanks folded, case folded;
- title: equal after that;
- authors: a list is taken as is, a string is split on ``;`` (trafilatura joins names
  so); each name is then split on ``,``, `` and ``, ``&``, a leading "by" is dropped, and
  the two sides are compared as sets ("exact set"); "where none" is the share of pages
  whose gold names nobody on which the extractor names someone;
- date: the extracted value's calendar day in its own offset (``YYYY-MM-DD``), equal to
  the gold day ("day") or within one day ("±1"); "date utc", only where the gold day is a
  UTC day (Mercury's ``date_published``, which converts the page's time to UTC): the
  extracted value's day in UTC when it has an offset, else its own day;
- site name: also without a leading "The" ("The Hill" = "TheHill" = "Hill"), a name that is
  a domain by its name part ("Space.com" = "Space", "www.wday.ru" = "Wday": the gold itself
  keeps some brands' domain form and not others'), and with every non-alphanumeric
  character removed ("Spokesman-Review" = "Spokesman Review");
- language: the primary subtag ("en-US" = "en"); "lang tag" compares the whole tag;
- lead image: URLs equal with the scheme dropped, the host lower-cased, the fragment
  dropped and query parameters sorted.

A field is scored over the pages whose gold gives a value for it (Mercury's ``null``
expectations are not scored, only counted in "where none" for authors).

``--cost``: newsclean's metadata step alone, per page: reading the markup from a parsed
tree (JSON-LD, meta, microdata, site names) and the two markup rules, and telling the
text's language (``PageHintsRule``: the built-in guess, py3langid where it is installed and
needed); the median and p95 in ms, in total and per part. All pages are parsed and walked
into blocks first, untimed, so the timing holds the metadata step and nothing else.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import re
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from extractors import import_newsclean
from halves import half

FIELDS = ("title", "authors", "date", "date±1", "date utc", "site", "lang", "lang tag", "image",
          "where none")
_PLAIN = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-",
                        "\u00a0": " "})
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*", re.I)
_BY = re.compile(r"^by\s+", re.I)
_THE = re.compile(r"^(?:[Tt]he\s+|THE\s+|The(?=[A-Z]))")
_DOMAIN = re.compile(r"^(?:[\w-]+\.)+[a-z]{2,12}$", re.I)
_META_TAG = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = {a: re.compile(r"\s" + a + r"\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.I)
         for a in ("value", "content", "name", "property")}


@dataclass
class Gold:
    """What one page should give; ``None`` = not scored for that field."""

    name: str
    url: str
    html: str
    title: str | None = None
    authors: list[str] | None = None
    date: str | None = None
    site: str | None = None
    language: str | None = None
    image: str | None = None
    utc: bool = False
    """The gold day is the UTC day of the publication time (Mercury), not the page's own."""


@dataclass
class Found:
    """What one extractor gave for one page."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    site: str | None = None
    language: str | None = None
    image: str | None = None
    utc_date: str | None = None
    """The day in UTC when the extractor gave a time with an offset, else ``date``."""


# --- normalisation ----------------------------------------------------------------------------

def plain(text: str | None) -> str:
    """NFKC, plain quotes and dashes, blanks folded, case folded."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_PLAIN).split()).casefold()


def name_set(names: Iterable[str]) -> frozenset[str]:
    """Names split on commas, 'and', '&' and ';', without a leading 'by', normalised."""
    out = set()
    for raw in names:
        for part in _NAME_SPLIT.split(plain(raw)):
            part = _BY.sub("", part).strip(" .")
            if part:
                out.add(part)
    return frozenset(out)


def site_key(text: str | None) -> str:
    """A leading 'The' dropped ('The Hill' = 'TheHill' = 'Hill'), a domain's suffix dropped
    ('Space.com' = 'Space', 'www.wday.ru' = 'Wday'), then letters and digits only."""
    text = _THE.sub("", (text or "").strip())
    if _DOMAIN.match(text):
        labels = text.lower().split(".")
        text = labels[1] if labels[0] == "www" else labels[0]
    return "".join(ch for ch in plain(text) if ch.isalnum())


def url_key(url: str | None) -> str:
    if not url:
        return ""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return f"{parts.netloc.lower()}{parts.path}?{query}"


def day(value: Any) -> str | None:
    """The calendar day of a date, datetime or ISO-like string, in its own offset."""
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    text = str(value).strip()
    return text[:10] if re.match(r"\d{4}-\d{2}-\d{2}", text) else None


def utc_day(value: Any) -> str | None:
    """The calendar day in UTC of an aware datetime; else :func:`day`."""
    if isinstance(value, dt.datetime) and value.utcoffset() is not None:
        return value.astimezone(dt.timezone.utc).date().isoformat()
    return day(value)


def restore_meta(html: str) -> str:
    """The Mercury README's fix: ``content=`` from ``value=``, ``property=`` for og:/article:."""
    def fix(match: re.Match[str]) -> str:
        tag, add = match.group(0), ""
        value, name = _ATTR["value"].search(tag), _ATTR["name"].search(tag)
        if value and not _ATTR["content"].search(tag):
            add += " content=" + value.group(1)
        if name and not _ATTR["property"].search(tag) and re.match(
                r"[\"']?(og|article|fb|book|profile):", name.group(1)):
            add += " property=" + name.group(1)
        return tag[:5] + add + tag[5:]
    return _META_TAG.sub(fix, html)


# --- the sets ---------------------------------------------------------------------------------

def load_mercury(root: Path, restore: bool) -> list[Gold]:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for name, gt in truth.items():
        html = gzip.decompress((root / "html" / f"{name}.html.gz").read_bytes()).decode("utf-8")
        author = gt.get("author", "missing")
        date = gt.get("date_published") or gt.get("date_published_day")
        utc = bool(gt.get("date_published")) or gt.get("date_published_day_basis") == "utc"
        pages.append(Gold(
            name, gt["url"], restore_meta(html) if restore else html,
            title=gt.get("title"),
            authors=None if author == "missing" else ([] if author is None else [author]),
            date=date[:10] if date else None,
            image=gt.get("lead_image_url") or None, utc=utc,
        ))
    return pages


def load_gold(gold: Path, pages_root: Path) -> list[Gold]:
    truth = json.loads(gold.read_text(encoding="utf-8"))
    pages = []
    for name, gt in truth.items():
        path = pages_root / "html" / f"{name}.html.gz"
        if not path.exists():
            continue
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        pages.append(Gold(name, gt["url"], html, title=gt.get("title"),
                          authors=gt.get("authors"), date=gt.get("published"),
                          site=gt.get("site_name"), language=gt.get("language"),
                          image=gt.get("lead_image")))
    return pages


# --- the extractors ---------------------------------------------------------------------------

Extract = Callable[[str, str], Found]


def _newsclean() -> Extract:
    newsclean = import_newsclean()

    def run(html: str, url: str) -> Found:
        a = newsclean.clean(html, url=url)
        return Found(a.title, list(a.authors), day(a.published), a.site_name, a.language,
                     a.lead_image, utc_day(a.published))
    return run


def _newsclean_text() -> Extract:
    newsclean = import_newsclean()

    def run(text: str, url: str) -> Found:
        a = newsclean.clean(text, url=url, kind="text")
        return Found(a.title, list(a.authors), day(a.published), a.site_name, a.language,
                     a.lead_image, utc_day(a.published))
    return run


def _trafilatura() -> Extract:
    from trafilatura.metadata import extract_metadata

    def run(html: str, url: str) -> Found:
        d = extract_metadata(html, default_url=url)
        authors = [a for a in (d.author or "").split(";") if a.strip()]
        return Found(d.title, authors, day(d.date), d.sitename, getattr(d, "language", None),
                     d.image, utc_day(d.date))
    return run


def _newspaper() -> Extract:
    import logging

    import newspaper

    logging.getLogger("newspaper").setLevel(logging.CRITICAL)

    def run(html: str, url: str) -> Found:
        article = newspaper.Article(url, fetch_images=False)
        article.download(input_html=html)
        article.parse()
        return Found(article.title, list(article.authors), day(article.publish_date),
                     article.meta_site_name or None, article.meta_lang or None,
                     article.top_image or None, utc_day(article.publish_date))
    return run


def _htmldate() -> Extract:
    from htmldate import find_date

    def run(html: str, url: str) -> Found:
        found = find_date(html, url=url, original_date=True)
        return Found(date=day(found), utc_date=utc_day(found))
    return run


BUILDERS: dict[str, Callable[[], Extract]] = {
    "newsclean": _newsclean, "trafilatura": _trafilatura, "newspaper4k": _newspaper,
    "htmldate": _htmldate,
}
DATE_ONLY = frozenset(("htmldate",))
TEXT_BUILDERS: dict[str, Callable[[], Extract]] = {"newsclean (text)": _newsclean_text}
"""Extractors of text dumps (``--dumps``)."""
FLAVOURS = ("html-text-layout", "lynx", "w3m")
"""Dump flavours scored by default, those that keep the page's lines."""


# --- scoring ----------------------------------------------------------------------------------

def judge(gold: Gold, found: Found) -> dict[str, bool | None]:
    """Per field: True/False when scored on this page, None when not."""
    def shift(a: str, b: str) -> bool:
        try:
            return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) <= 1
        except ValueError:
            return False

    named = bool(gold.authors)
    return {
        "title": plain(found.title) == plain(gold.title) if gold.title else None,
        "authors": name_set(found.authors) == name_set(gold.authors or ()) if named else None,
        "where none": bool(found.authors) if gold.authors == [] else None,
        "date": found.date == gold.date if gold.date else None,
        "date±1": bool(found.date) and shift(found.date or "", gold.date) if gold.date else None,
        "date utc": found.utc_date == gold.date if gold.date and gold.utc else None,
        "site": site_key(found.site) == site_key(gold.site) if gold.site else None,
        "lang": (plain(found.language).split("-")[0] == plain(gold.language).split("-")[0]
                 if gold.language else None),
        "lang tag": plain(found.language) == plain(gold.language) if gold.language else None,
        "image": url_key(found.image) == url_key(gold.image) if gold.image else None,
    }


def run(pages: list[Gold], names: list[str],
        builders: dict[str, Callable[[], Extract]] = BUILDERS,
        ) -> dict[str, list[dict[str, bool | None]]]:
    extractors: dict[str, Extract] = {}
    for name in names:
        try:
            extractors[name] = builders[name]()
        except Exception as exc:  # a peer that does not import only loses its row
            print(f"warning: {name} unavailable: {exc!r}", file=sys.stderr)
    results: dict[str, list[dict[str, bool | None]]] = {n: [] for n in extractors}
    for page in pages:
        for name, extract in extractors.items():
            try:
                found = extract(page.html, page.url)
            except Exception:  # scored as finding nothing
                found = Found()
            verdict = judge(page, found)
            if name in DATE_ONLY:
                verdict = {k: (v if k.startswith("date") else None) for k, v in verdict.items()}
            results[name].append(verdict)
    return results


def table(title: str, pages: list[Gold], results: dict[str, list[dict[str, bool | None]]],
          which: str) -> str:
    keep = [i for i, p in enumerate(pages) if which == "all" or half(p.url) == which]
    lines = [f"\n{title}, {which} half ({len(keep)} pages)" if which != "all"
             else f"\n{title}, all ({len(keep)} pages)",
             "| extractor | " + " | ".join(FIELDS) + " |",
             "|---|" + "---|" * len(FIELDS)]
    for name, verdicts in results.items():
        cells = []
        for key in FIELDS:
            scored = [verdicts[i][key] for i in keep if verdicts[i][key] is not None]
            cells.append(f"{sum(bool(s) for s in scored) / len(scored):.3f} ({len(scored)})"
                         if scored else "–")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def cost(pages: list[Gold]) -> str:
    """Median and p95 ms/page of newsclean's metadata step alone: reading the markup and the
    two markup rules, and telling the text's language (the page-hints rule)."""
    import_newsclean()
    from newsclean.decide.ledger import Ledger
    from newsclean.input.html import parse_html, tree_page
    from newsclean.input.markup import read_markup
    from newsclean.rules import MARKUP_FALLBACK, MarkupRule, PageHintsRule

    strong, hints = MarkupRule(), PageHintsRule()
    # Parsing and the blocks are not timed: one tree to read, one walked into blocks.
    built = [(parse_html(page.html)[0], page.url,
              tree_page(parse_html(page.html)[0], url=page.url)) for page in pages]
    markup_times, language_times = [], []
    for root, url, walked in built:
        start = time.perf_counter()
        markup = read_markup(root, url)
        page = replace(walked, markup=markup)
        for rule in (strong, MARKUP_FALLBACK):
            list(rule.find(page, Ledger(page)))
        middle = time.perf_counter()
        list(hints.find(page, Ledger(page)))
        end = time.perf_counter()
        markup_times.append((middle - start) * 1000)
        language_times.append((end - middle) * 1000)
    total = [a + b for a, b in zip(markup_times, language_times, strict=True)]

    def cell(times: list[float]) -> str:
        times = sorted(times)
        p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
        return f"median {statistics.median(times):.2f} ms/page, p95 {p95:.2f} ms/page"

    return (f"\nmetadata step cost over {len(total)} pages: {cell(total)} "
            f"(markup {cell(markup_times)}; language {cell(language_times)})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mercury", type=Path, help="the Mercury folder")
    parser.add_argument("--gold", type=Path, help="scrapinghub-metadata.json")
    parser.add_argument("--scrapinghub", type=Path, help="the ScrapingHub folder (its pages)")
    parser.add_argument("--only", nargs="*", default=list(BUILDERS), choices=list(BUILDERS))
    parser.add_argument("--restore-meta", action="store_true",
                        help="give Mercury pages content= back before every extractor runs")
    parser.add_argument("--halves", nargs="*", default=["dev", "val"],
                        choices=["dev", "val", "all"])
    parser.add_argument("--cost", action="store_true", help="time newsclean's metadata step")
    parser.add_argument("--dumps", type=Path,
                        help="folder of text dumps (<flavour>/<name>.txt): score text mode too")
    parser.add_argument("--flavour", nargs="*", default=list(FLAVOURS))
    args = parser.parse_args(argv)
    sets: list[tuple[str, list[Gold]]] = []
    if args.mercury:
        sets.append(("Mercury", load_mercury(args.mercury, args.restore_meta)))
    if args.gold and args.scrapinghub:
        sets.append(("ScrapingHub gold", load_gold(args.gold, args.scrapinghub)))
    if not sets:
        parser.error("give --mercury, or --gold with --scrapinghub")
    for title, pages in sets:
        results = run(pages, args.only)
        for which in args.halves:
            print(table(title, pages, results, which))
        if args.cost:
            print(cost(pages))
    if args.dumps and args.gold and args.scrapinghub:
        gold = load_gold(args.gold, args.scrapinghub)
        for flavour in args.flavour:
            dumped = dump_pages(gold, args.dumps / flavour)
            results = run(dumped, list(TEXT_BUILDERS), TEXT_BUILDERS)
            for which in args.halves:
                print(table(f"ScrapingHub gold, {flavour} dumps", dumped, results, which))
    return 0


def dump_pages(pages: list[Gold], folder: Path) -> list[Gold]:
    """The gold pages that have a dump in ``folder``, with the dump in place of the HTML."""
    out = []
    for page in pages:
        path = folder / f"{page.name}.txt"
        if path.exists():
            out.append(replace(page, html=path.read_text(encoding="utf-8", errors="replace")))
    return out


if __name__ == "__main__":
    raise SystemExit(main())
