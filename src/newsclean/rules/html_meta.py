"""Authors and dates that HTML marks up, read before the DOM rules drop the markup.

Bylines and timestamps sit in elements named ``byline``, ``author`` or
``date``; the furniture rule removes those blocks from the body (the
benchmark's and most readers' notion of the body excludes them), so this rule
reads them first and only *notes* what it finds. What the markup states
(JSON-LD, the head's ``<meta>``) is read by :mod:`.markup`, which runs first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..evidence.classes import CLASS_WORDS, ClassWords
from ..evidence.dates import find_date
from ..evidence.language import guess_language, month_first
from ..model import Action, BlockKind, Field, Finding, Page, SourceKind, Verdicts
from .names import NAMES, NameReader


@dataclass(frozen=True, slots=True)
class HtmlMetaRule:
    """Authors and the publication date from byline and date elements."""

    name: str = "html-meta"
    max_words: int = 20
    """Longer blocks are not bylines or dates (an author bio, a paragraph naming a date)."""
    words: ClassWords = CLASS_WORDS
    names: NameReader = NAMES
    reach: int = 12
    """How many blocks after the ``h1`` are read for a byline or a date no element marks…"""
    reach_before: int = 3
    """…and how many before it, nearest first (a kicker line above the headline)."""

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        if page.source is not SourceKind.HTML:
            return
        site = page.hints.get("site_name")
        first = month_first(page.hints.get("language"))
        authors = dated = False
        for block in page.blocks:
            dom = block.dom
            if dom is None or block.words > self.max_words or not dom.tokens:
                continue
            data: list[tuple[Field, object]] = []
            if not authors and not dom.tokens.isdisjoint(self.words.author):
                # The first byline element names the authors; later ones are bios and lists.
                names = (self.names.byline_names(block.text, site=site, min_words=2)
                         or self.names.byline_names(block.text, lead_required=False, site=site))
                data.extend((Field.AUTHOR, n) for n in names)
                authors = bool(names)
                if not names:
                    org = self.names.organisation(block.text, site=site)
                    data.extend([(Field.ORGANISATION, org)] if org else [])
            if not dated and not dom.tokens.isdisjoint(self.words.date):
                found = find_date(block.text, month_first=first)
                if found is not None:
                    data.append((Field.PUBLISHED, found.value))
                    dated = True
            if data:
                yield Finding(block.index, Action.NOTE, "byline or date element", tuple(data))
        if not (authors and dated):
            yield from self._near_headline(page, authors, dated, first, site)

    def _near_headline(self, page: Page, authors: bool, dated: bool, first: bool,
                       site: str | None) -> Iterable[Finding]:
        """A byline ('Written by …') or a date in the short lines around the ``h1``."""
        start = next((b.index for b in page.blocks
                      if b.kind is BlockKind.HEADING and b.level == 1), None)
        if start is None:
            return
        before = page.blocks[max(0, start - self.reach_before):start]
        for block in (*page.blocks[start + 1:start + 1 + self.reach], *reversed(before)):
            if block.words > self.max_words or block.kind is BlockKind.HEADING:
                continue
            data: list[tuple[Field, object]] = []
            if not authors:
                names = self.names.byline_names(block.text, site=site, min_words=2)
                data.extend((Field.AUTHOR, n) for n in names)
                authors = bool(names)
            if not dated:
                found = find_date(block.text, month_first=first)
                if found is not None:
                    data.append((Field.PUBLISHED, found.value))
                    dated = True
            if data:
                yield Finding(block.index, Action.NOTE, "byline or date after the headline",
                              tuple(data))
            if authors and dated:
                return


PROSE_WORDS = 12
"""Paragraphs of at least this many words are read to guess the language."""

_HINTS = (("title", Field.TITLE), ("site_name", Field.SITE_NAME), ("url", Field.URL),
          ("language", Field.LANGUAGE))
"""Page hints that stand for Article fields when no rule before found better."""


@dataclass(frozen=True, slots=True)
class PageHintsRule:
    """What the page's head says (title, site name, address, language), as the last word.

    It runs after every other rule, so any value they found wins.
    """

    name: str = "page-hints"
    detect: bool = True
    """Guess the language of an HTML page that declares none from its text (its script or
    its commonest words: :func:`~newsclean.evidence.language.guess_language`)."""

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        for key, field in _HINTS:
            if page.hints.get(key):
                yield Finding.about_page(f"head:{key}", ((field, page.hints[key]),))
        if (self.detect and page.source is SourceKind.HTML and not page.hints.get("language")
                and not verdicts.found(Field.LANGUAGE)):
            text = " ".join(b.text for b in verdicts.undecided(page.blocks)
                            if b.kind is BlockKind.PARAGRAPH and b.words >= PROSE_WORDS)
            language = guess_language(text)
            if language:
                yield Finding.about_page("detected from the text", ((Field.LANGUAGE, language),))
