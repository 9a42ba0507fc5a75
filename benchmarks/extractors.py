"""The extractors the benchmarks compare, each wrapped as ``(html, url) -> body text``.

Peers are imported lazily so that a missing one only drops its row. Setup that a real user
would do once (stoplists, imports) happens when the wrapper is built, not per call.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import inspect
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree

ExtractFn = Callable[[str, str | None], str]

DROP_TAGS = ("script", "style", "noscript")
# fmt: off
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main",
    "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead",
    "title", "tr", "ul",
})
# fmt: on
CELL_TAGS = frozenset(("td", "th"))


@dataclass(frozen=True)
class Extractor:
    """A named callable that turns a page's HTML (and URL) into body text."""

    name: str
    label: str
    extract: ExtractFn


def flatten_html(root: Any) -> list[str]:
    """Text lines of an lxml tree, one per block-level element; scripts and styles dropped.

    Table cells are separated by a space, ``<br>`` starts a new line, and whitespace is
    collapsed. The tree is modified (scripts, styles and comments are stripped from it).

    >>> flatten_html(lxml.html.fromstring("<div><p>A <b>b</b></p><ul><li>c<li>d</ul></div>"))
    ['A b', 'c', 'd']
    """
    etree.strip_elements(
        root, etree.Comment, etree.ProcessingInstruction, *DROP_TAGS, with_tail=False
    )
    parts: list[str] = []
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag
        if tag in BLOCK_TAGS or (tag == "br" and event == "start"):
            parts.append("\n")
        elif tag in CELL_TAGS:
            parts.append(" ")
        if event == "start" and el.text:
            parts.append(el.text)
        elif event == "end" and el.tail and el is not root:
            parts.append(el.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return [line for line in lines if line]


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def import_newsclean() -> Any:
    """Import newsclean from this repo's ``src/`` (the working tree, not an installed copy)."""
    src = Path(__file__).resolve().parents[1] / "src"
    if (src / "newsclean").is_dir() and str(src) not in sys.path:
        sys.path.insert(0, str(src))
    # import_module keeps mypy off the library's API while it is being written.
    return importlib.import_module("newsclean")


def _newsclean() -> list[Extractor]:
    newsclean = import_newsclean()
    version = getattr(newsclean, "__version__", None)
    if version is None:
        try:
            version = importlib.import_module("newsclean._version").__version__
        except ImportError:
            version = _version("newsclean")

    def extract(html: str, url: str | None) -> str:
        return str(newsclean.clean(html, url=url).text)

    fallback = newsclean.Cleaner(valve=newsclean.SafetyValve(fallback=True))

    def extract_fallback(html: str, url: str | None) -> str:
        return str(fallback.clean(html, url=url).text)

    return [Extractor("newsclean", f"newsclean {version}", extract),
            Extractor("newsclean-fallback", f"newsclean {version}, density fallback on",
                      extract_fallback)]


def _trafilatura() -> list[Extractor]:
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    version = _version("trafilatura")
    # Settings as in the benchmark's own runner (comments are not article body).
    # trafilatura >= 1.7 calls it fast=True; older versions only know no_fallback=True.
    params = inspect.signature(trafilatura.extract).parameters
    fast_kwargs: dict[str, Any] = {"fast" if "fast" in params else "no_fallback": True}

    def standard(html: str, url: str | None) -> str:
        return trafilatura.extract(html, url=url, include_comments=False) or ""

    def fast(html: str, url: str | None) -> str:
        return trafilatura.extract(html, url=url, include_comments=False, **fast_kwargs) or ""

    return [
        Extractor("trafilatura", f"trafilatura {version}", standard),
        Extractor("trafilatura-fast", f"trafilatura {version} (fast)", fast),
    ]


def _readability() -> list[Extractor]:
    from readability import Document  # type: ignore[import-untyped]

    logging.getLogger("readability").setLevel(logging.CRITICAL)

    def extract(html: str, url: str | None) -> str:
        # html_partial=True as the benchmark's own runner does: plain summary() returned an
        # empty <body> for one benchmark page (35b15891...) that the partial form gets right.
        # Text is the summary's text_content(), with a break at each block so that words of
        # adjacent paragraphs do not run together.
        summary = Document(html).summary(html_partial=True)
        return "\n\n".join(flatten_html(lxml.html.fromstring(summary)))

    return [Extractor("readability", f"readability-lxml {_version('readability-lxml')}", extract)]


def _justext() -> list[Extractor]:
    import justext  # type: ignore[import-untyped]

    # Built once: reading the ~100 stoplist files on every call would dominate the timing.
    stoplist = frozenset().union(*(justext.get_stoplist(lang) for lang in justext.get_stoplists()))

    def extract(html: str, url: str | None) -> str:
        paragraphs = justext.justext(html, stoplist)
        return "\n\n".join(str(p.text) for p in paragraphs if not p.is_boilerplate)

    return [Extractor("justext", f"jusText {_version('jusText')} (all stoplists)", extract)]


BUILDERS: dict[str, Callable[[], list[Extractor]]] = {
    "newsclean": _newsclean,
    "trafilatura": _trafilatura,
    "readability": _readability,
    "justext": _justext,
}


ON_REQUEST = frozenset(("newsclean-fallback",))
"""Variants that run only when named exactly: ``newsclean-fallback`` is newsclean with
``SafetyValve(fallback=True)``, to measure the fallback chain on and off in one run."""


def make_extractors(only: Sequence[str] | None = None, exact: bool = False) -> list[Extractor]:
    """Build the selected extractors; any that fail to import are skipped with a warning.

    A name selects that extractor and, unless ``exact``, its variants (``trafilatura``
    also selects ``trafilatura-fast``).
    """

    def wanted(name: str) -> bool:
        if name in ON_REQUEST:
            return bool(only) and name in only
        return not only or any(name == o or (not exact and name.startswith(o + "-")) for o in only)

    extractors = []
    for family, build in BUILDERS.items():
        if only and not any(o == family or o.startswith(family + "-") for o in only):
            continue
        try:
            built = build()
        except Exception as exc:  # a peer that does not import is reported, not fatal
            print(f"warning: {family} unavailable: {exc!r}", file=sys.stderr)
            continue
        extractors += [e for e in built if wanted(e.name)]
    return extractors
