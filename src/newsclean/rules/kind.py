"""Page kind: is the page one article, a list of teasers, or something else?

Scrapers crawl home pages, section pages and tag pages alongside articles; a
list page cleaned as an article gives some teasers and a teaser's date. This
rule says which kind of page it saw, with its evidence in ``Article.notes``:

- what the page declares: JSON-LD ``@type`` (``NewsArticle``… or
  ``CollectionPage``, ``ItemList``…) and ``og:type``;
- what the kept body is made of: prose paragraphs that each sit in a teaser
  (a unit with a linked heading and a line or two) make a list;
- how much prose is kept at all: next to none makes "other".

It runs last among the HTML rules, after the main-content choice, and changes
nothing in the body. A page judged "list" or "other" gets a note with the
evidence ("page kind: list (og:type website; 5 teasers hold 459 of 459
characters of kept text)"); an article needs none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..evidence.phrases import ARTICLE_TYPES, LIST_TYPES, NAV_WORDS
from ..evidence.shape import is_cell_prose, word_count
from ..model import Block, BlockKind, Field, Finding, Page, SourceKind, Verdicts
from .short_lines import short_line_runs

ARTICLE, LIST, OTHER = "article", "list", "other"

MIN_TEASERS = 3
"""A list shows at least this many teasers…"""
TEASER_SHARE = 0.5
"""…which hold this share of the kept prose."""
TEASER_MAX_PROSE = 2
"""A teaser has at most this many prose paragraphs beside its linked heading."""
EXCERPT_MAX_PROSE = 8
"""A unit that ends with a short link line ("Continue reading", "Read more →") is a post's
excerpt on a blog's index, a teaser of up to this many paragraphs: a document's sections
under linked headings do not each end with one."""
CLOSER_WORDS = 5
"""Such a closing link line has at most this many words…"""
CLOSER_LINKED = 0.9
"""…and more than this share of its text in links."""
MIN_PROSE = 200
"""A page keeping fewer characters of text than this is "other" (unless it is a list)…"""
MIN_PROSE_WORDS = 40
"""…and fewer words (script-aware: two characters of Chinese or Japanese make one), so
a short record in a script without spaces, dense as it is, stays an article."""
OTHER_PAGE_CHARS = 500
"""…and holding this many characters in all (a smaller page is a snippet, taken as it is)."""
LINKED = 0.5
"""A heading with more than this share of its text in links is a teaser's heading."""
TITLE_WORDS = (3, 20)
"""A line that is not a heading but one link of this many words (fewest, most) is a
teaser's title too (``<li><a>Title</a><p>Summary</p></li>``, ``<div class="title"><a>``):
list pages do not always mark their titles as headings."""
READABLE_KINDS = frozenset((BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.PREFORMATTED,
                            BlockKind.LIST_ITEM))
READABLE_CHARS = 25
"""Kept text counts when it is a paragraph, quote, code or list item this long."""


@dataclass(frozen=True, slots=True)
class PageKindRule:
    """Says whether an HTML page is an article, a list of teasers, or other."""

    name: str = "page-kind"

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        if page.source is not SourceKind.HTML:
            return
        kind, evidence = self.judge(page, verdicts)
        if kind == ARTICLE:  # the usual case needs no note: Article.page_kind says it
            yield Finding.about_page(kind, ((Field.PAGE_KIND, kind),))
            return
        note = f"page kind: {kind} ({'; '.join(evidence)})"
        yield Finding.about_page(note, ((Field.PAGE_KIND, kind), (Field.NOTE, note)))

    def judge(self, page: Page, verdicts: Verdicts) -> tuple[str, list[str]]:
        """The kind and the evidence for it, strongest first."""
        evidence: list[str] = []
        types = set(page.hints.get("ld_types", "").split())
        og_type = page.hints.get("og_type", "").lower()
        declared = None
        if types & ARTICLE_TYPES:
            declared = ARTICLE
            evidence.append(f"JSON-LD {sorted(types & ARTICLE_TYPES)[0]}")
        elif types & LIST_TYPES:
            declared = LIST
            evidence.append(f"JSON-LD {sorted(types & LIST_TYPES)[0]}")
        if og_type:
            evidence.append(f"og:type {og_type}")
            if og_type == "article" and declared is None:
                declared = ARTICLE
        teasers, in_teasers, prose = _teasers(page, verdicts)
        evidence.append(f"{teasers} teasers hold {in_teasers} of {prose} characters of kept text")
        looks_list = teasers >= MIN_TEASERS and in_teasers >= TEASER_SHARE * prose
        if declared is not None:
            return declared, evidence
        if looks_list:
            return LIST, evidence
        if (prose < MIN_PROSE and _page_text(page) >= OTHER_PAGE_CHARS
                and _kept_words(page, verdicts) < MIN_PROSE_WORDS):
            return OTHER, evidence
        return ARTICLE, evidence


def _page_text(page: Page) -> int:
    return sum(len(b.text) for b in page.blocks if b.dom is not None and not b.dom.hidden)


def _readable(block: Block) -> bool:
    """Running text of some length (short ledes and list items too, and a table layout's
    cells of prose); its characters outside links are what counts."""
    return (block.kind in READABLE_KINDS or is_cell_prose(block)) and (
        len(block.text) >= READABLE_CHARS)


def _title_line(block: Block) -> bool:
    """A short line of one link, not a heading, that can title a teaser."""
    least, most = TITLE_WORDS
    return (block.kind is not BlockKind.IMAGE and least <= block.words <= most
            and block.link_density > LINKED)


def _kept_words(page: Page, verdicts: Verdicts) -> int:
    """Words of the readable text kept (script-aware, see :func:`word_count`), the lines
    of a post written in short lines included (:func:`.short_lines.short_line_runs`)."""
    lines = {b.index for b in short_line_runs(page.blocks, verdicts, READABLE_CHARS)}
    return sum(word_count(b.text, b.words) for b in page.blocks
               if b.dom is not None and not b.dom.hidden and not verdicts.removed(b.index)
               and (_readable(b) or b.index in lines))


def _teasers(page: Page, verdicts: Verdicts) -> tuple[int, int, int]:
    """Teaser units among the kept blocks, the text they hold, and all kept text
    (characters outside links).

    A teaser unit is the element around a linked heading (or a title line of one link),
    holding at most ``TEASER_MAX_PROSE`` paragraphs of its own, or
    ``EXCERPT_MAX_PROSE`` when a short link line closes it (a blog index's excerpt).
    """
    units: set[int] = set()
    for block in page.blocks:
        dom = block.dom
        if (dom is None or len(dom.ancestors) < 2 or dom.hidden
                or block.link_density <= LINKED):
            continue
        if block.kind is BlockKind.HEADING:
            units.add(dom.ancestors[1])
        elif _title_line(block):
            units.update(dom.ancestors[:2])  # the item that holds it, or its card
    held: dict[int, list[int]] = {}
    prose = 0
    for block in page.blocks:
        dom = block.dom
        if dom is None or dom.hidden or verdicts.removed(block.index) or not _readable(block):
            continue
        own = len(block.text) - dom.link_chars
        prose += own
        unit = _unit(dom.ancestors, units)
        if unit is not None:
            held.setdefault(unit, []).append(own)
    excerpts = {u for u, sizes in held.items()
                if TEASER_MAX_PROSE < len(sizes) <= EXCERPT_MAX_PROSE}
    closed = _closed(page, excerpts) if excerpts else set()
    teasers = {u: sizes for u, sizes in held.items()
               if len(sizes) <= TEASER_MAX_PROSE or u in closed}
    return len(teasers), sum(sum(s) for s in teasers.values()), prose


def _closed(page: Page, units: set[int]) -> set[int]:
    """The units whose last block (images aside) is a short link line: read backwards,
    the first block met in each unit is its last."""
    seen: set[int] = set()
    closed: set[int] = set()
    for block in reversed(page.blocks):
        dom = block.dom
        if dom is None or dom.hidden or block.kind is BlockKind.IMAGE:
            continue
        unit = _unit(dom.ancestors, units)
        if unit is None or unit in seen:
            continue
        seen.add(unit)
        if _closer(block):
            closed.add(unit)
        if len(seen) == len(units):
            break
    return closed


def _unit(ancestors: tuple[int, ...], units: set[int]) -> int | None:
    """The teaser unit a block sits in: its element's parent or grandparent."""
    if len(ancestors) > 1 and ancestors[1] in units:
        return ancestors[1]
    if len(ancestors) > 2 and ancestors[2] in units:
        return ancestors[2]
    return None


def _closer(block: Block) -> bool:
    """A short line of one link closing a unit ("Continue reading"), not a way around the
    page ("Back to top", which closes a document's sections)."""
    return (block.words <= CLOSER_WORDS and block.link_density > CLOSER_LINKED
            and block.text.strip(" ↑^▲»→.").casefold() not in _NAV)


_NAV = frozenset(NAV_WORDS)
