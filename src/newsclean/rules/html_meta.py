"""Authors and dates that HTML marks up, read before the DOM rules drop the markup.

Bylines and timestamps sit in elements named ``byline``, ``author`` or
``date``; the furniture rule removes those blocks from the body (the
benchmark's and most readers' notion of the body excludes them), so this rule
reads them first and only *notes* what it finds. The page head (``author``,
``article:published_time``) fills in what the blocks do not say. Fuller
metadata extraction builds on these hooks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..evidence.classes import CLASS_WORDS, ClassWords
from ..evidence.dates import find_date
from ..model import Field, Finding, Page, SourceKind, Verdicts
from .names import NAMES, NameReader


@dataclass(frozen=True, slots=True)
class HtmlMetaRule:
    """Authors and the publication date from byline/date elements and the page head."""

    name: str = "html-meta"
    max_words: int = 20
    """Longer blocks are not bylines or dates (an author bio, a paragraph naming a date)."""
    words: ClassWords = CLASS_WORDS
    names: NameReader = NAMES

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        if page.source is not SourceKind.HTML:
            return
        data: list[tuple[Field, object]] = []
        for block in page.blocks:
            dom = block.dom
            if dom is None or block.words > self.max_words or not dom.tokens:
                continue
            if dom.tokens & self.words.author and not any(f is Field.AUTHOR for f, _ in data):
                # The first byline element names the authors; later ones are bios and lists.
                names = (self.names.byline_names(block.text)
                         or self.names.byline_names(block.text, lead_required=False))
                data.extend((Field.AUTHOR, n) for n in names)
            if dom.tokens & self.words.date and not any(f is Field.PUBLISHED for f, _ in data):
                found = find_date(block.text)
                if found is not None:
                    data.append((Field.PUBLISHED, found.value))
        data.extend(_from_head(page, data, self.names))
        if data:
            yield Finding.about_page("page metadata", tuple(data))


def _from_head(page: Page, found: list[tuple[Field, object]],
               names: NameReader) -> list[tuple[Field, object]]:
    """The head's author and date, for the fields the blocks left empty."""
    extra: list[tuple[Field, object]] = []
    if not any(f is Field.AUTHOR for f, _ in found) and page.hints.get("author"):
        extra.extend((Field.AUTHOR, n) for n in
                     names.byline_names(page.hints["author"], lead_required=False))
    if not any(f is Field.PUBLISHED for f, _ in found) and page.hints.get("published"):
        date = find_date(page.hints["published"])
        if date is not None:
            extra.append((Field.PUBLISHED, date.value))
    return extra


_HINTS = (("title", Field.TITLE), ("site_name", Field.SITE_NAME), ("url", Field.URL),
          ("language", Field.LANGUAGE))
"""Page hints that stand for Article fields when no rule before found better."""


@dataclass(frozen=True, slots=True)
class PageHintsRule:
    """What the page's head says (title, site name, address, language), as the last word.

    It runs after every other rule, so any value they found wins.
    """

    name: str = "page-hints"

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        data = tuple((field, page.hints[key]) for key, field in _HINTS if page.hints.get(key))
        if data:
            yield Finding.about_page("the page head", data)
