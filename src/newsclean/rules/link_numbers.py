"""Link numbers of lynx and w3m dumps, cut out of the text they stand in, and the list
of link addresses closing such a dump.

A terminal browser's dump prints ``[12]`` before the text of every link. On a
page that holds many of them (:attr:`LinkNumberRule.min_numbers`) they are the
dump's link numbers, not the text's own brackets, and each is reported as a
span, so the body reads "read the report" and the ledger keeps every ``[12]``.
A page with a few bracketed numbers (footnote marks in an article's own text)
keeps them. The dump closes with the addresses, numbered, under a heading
("References"): :class:`ReferenceListRule` removes the heading and the list.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..evidence.link_numbers import link_numbers
from ..model import Action, Finding, Page, SourceKind, Verdicts

REASON = "link number"


@dataclass(frozen=True, slots=True)
class LinkNumberRule:
    """Link numbers of lynx and w3m dumps ('read [12]the report'), cut from the text."""

    name: str = "link-number"
    min_numbers: int = 10
    """A dump with fewer ``[n]`` marks keeps them: footnote marks, not a browser's numbers."""

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        if page.source is not SourceKind.TEXT:
            return
        found = [(b.index, link_numbers(b.text)) for b in page.blocks if "[" in b.text]
        if sum(len(spans) for _, spans in found) < self.min_numbers:
            return
        for index, spans in found:
            if spans and not verdicts.decided(index):
                for span in spans:
                    yield Finding(index, Action.REMOVE, REASON, span=span)


REFERENCE_HEADINGS = frozenset(("references", "references:"))
"""The headings lynx and w3m put above the list of a dump's link addresses."""
URL_SCHEMES = ("http://", "https://", "file://", "ftp://", "mailto:", "javascript:")
"""Each item of that list is one link target after its number; most are full addresses."""
REFERENCES = "list of link addresses"


@dataclass(frozen=True, slots=True)
class ReferenceListRule:
    """The numbered list of link addresses closing a lynx or w3m dump ('References')."""

    name: str = "reference-list"

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        if page.source is not SourceKind.TEXT:
            return
        blocks = page.blocks
        heading = next(
            (b.index for b in reversed(blocks) if b.text.casefold() in REFERENCE_HEADINGS), None
        )
        if heading is None:
            return
        items = blocks[heading + 1 :]
        targets = [_target(b.text) for b in items]
        if not items or not all(targets) or 2 * sum(map(_is_url, targets)) < len(targets):
            return  # not only addresses follow: a section of the text called References
        for block in (blocks[heading], *items):
            if not verdicts.decided(block.index):
                yield Finding(block.index, Action.REMOVE, REFERENCES)


def _target(text: str) -> str:
    """The one link target a line of the list names after its number, or ``""``.

    ``[12] https://…`` (w3m; relative targets such as ``-#top`` too), or
    ``https://…`` (lynx: the adapter already read ``12.`` as a list marker).

    >>> _target("https://example.org/a"), _target("[3] -#top"), _target("Read the report")
    ('https://example.org/a', '-#top', '')
    """
    if text.startswith("["):
        closing = text.find("]", 1, 8)
        text = text[closing + 1 :].lstrip() if closing > 0 else text
    return "" if " " in text else text


def _is_url(target: str) -> bool:
    return target.startswith(URL_SCHEMES)
