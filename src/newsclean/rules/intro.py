"""The article's intro, set under the headline in a header apart from the body.

Many page templates put the headline in a header box of its own (a background image,
the headline, a paragraph) and the body in the next box. A short paragraph there is a
standfirst, which ScrapingHub's gold and many readers leave out of the body. A paragraph
of several sentences and more words than any standfirst is the article's opening
("The labour market has improved, but…", then the body's own paragraphs): it is kept.
"""

from __future__ import annotations

from ..evidence.holds import block_kind
from ..evidence.patterns import compile
from ..evidence.shape import is_prose, word_count
from ..model import Block, BlockKind, Page, Verdicts
from .extent import common_container, in_figure

INTRO_WORDS = 60
"""An intro under the headline holds at least this many words (the standfirsts of the
ScrapingHub development pages hold 14 to 40)…"""
INTRO_SENTENCES = 3
"""…and at least this many sentences (they hold one to four, the long ones short)."""

_SENTENCE_END = compile(r"[.!?…][\"'”’»)\]]*+(?=\s|$)|[。！？]")
"""A sentence's final mark: before white space or at the end, or a CJK full stop (through
:func:`~newsclean.evidence.patterns.compile`, as every pattern of the library)."""


def sentences(text: str) -> int:
    """How many sentences ``text`` holds, by their final marks.

    >>> sentences("One. Two! Three?"), sentences("No end"), sentences("一。二。")
    (3, 0, 2)
    """
    return len(_SENTENCE_END.finditer(text))


def page_heading(page: Page, head: Block | None, kept: set[int]) -> Block | None:
    """The page's headline: ``head`` when it is known, else the last ``h1`` above the
    region (a headline that differs from the page title is still the headline)."""
    if head is not None or not kept:
        return head
    first = min(kept)
    return next((b for b in reversed(page.blocks[:first])
                 if b.kind is BlockKind.HEADING and b.level == 1), None)


def intro_under_headline(page: Page, verdicts: Verdicts, kept: set[int],
                         head: Block | None, passed: frozenset[int] = frozenset()) -> set[int]:
    """The paragraphs between the headline and the region, when they are the article's
    intro rather than a standfirst.

    Everything between the headline and the region must be removed by earlier rules, a
    figure (:func:`~.extent.in_figure`) or prose paragraphs; the paragraphs must share a
    container below ``<body>`` with the region, sit outside what the choice ``passed``
    over, be no chrome by content (:func:`~newsclean.evidence.holds.block_kind`: a
    consent notice, a sign-up form), and hold ``INTRO_WORDS`` words and
    ``INTRO_SENTENCES`` sentences together.
    """
    head = page_heading(page, head, kept)
    if head is None or head.dom is None or not kept or head.index >= min(kept):
        return set()
    first = page.blocks[min(kept)]
    if first.dom is None:
        return set()
    found: list[Block] = []
    for block in page.blocks[head.index + 1:first.index]:
        if verdicts.removed(block.index) or in_figure(page, block):
            continue
        dom = block.dom
        if (dom is None or block.kind is not BlockKind.PARAGRAPH or not is_prose(block)
                or not passed.isdisjoint(dom.ancestors)
                or block_kind(block, page.nodes) is not None
                or common_container(page, first.dom.ancestors, dom.ancestors[0]) < 0):
            return set()
        found.append(block)
    words = sum(word_count(b.text, b.words) for b in found)
    said = sum(sentences(b.text) for b in found)
    if words < INTRO_WORDS or said < INTRO_SENTENCES:
        return set()
    return {b.index for b in found}
