"""Posts written in short lines vote too.

A paragraph votes for the article's region only when it holds ``MIN_CHARS`` characters,
so menus, buttons and labels do not. Some posts are all short lines: a poem, song
lyrics, a blog written one sentence to a line (common in Japanese blogs, each line
ended by ``<br>``). None of their lines votes, and a sidebar of four paragraphs wins
the page: the post is lost. A long run of short lines with words and no links, most
ending like a sentence or a clause, in one element or in sibling paragraphs, is running
text: each of its lines votes.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..evidence.shape import CLOSERS, ends_sentence, word_count
from ..model import Block, BlockKind, Verdicts

SHORT_RUN_LINES = 8
"""A run of short lines votes when it holds at least this many lines…"""
SHORT_LINE_WORDS = 2
"""…each of at least this many words (two characters make a word in CJK scripts)…"""
SHORT_LINE_LINKS = 0.3
"""…and at most this share of its characters in links (a menu's items are links)…"""
SHORT_RUN_ENDED = 0.5
"""…and this share of the lines at least ends like a sentence or a clause (a full stop,
a comma): a menu's or a tag cloud's entries do not."""
CLAUSE_ENDS = ",;:，、；："
"""Marks that end a line of a poem or of a sentence broken over lines."""


def short_line_runs(blocks: Sequence[Block], verdicts: Verdicts, min_chars: int) -> list[Block]:
    """The lines shorter than ``min_chars`` that stand in a run of ``SHORT_RUN_LINES``
    or more: consecutive paragraphs of one element (lines split by ``<br>``) or of one
    parent (sibling ``<p>`` elements), none removed by an earlier rule."""
    found: list[Block] = []
    run: list[Block] = []
    key: int | None = None

    def close(run: list[Block]) -> None:
        if len(run) >= SHORT_RUN_LINES and sum(
                ended(b.text) for b in run) >= SHORT_RUN_ENDED * len(run):
            found.extend(run)

    for block in blocks:
        dom = block.dom
        if (dom is None or block.kind is not BlockKind.PARAGRAPH or verdicts.removed(block.index)
                or len(block.text) >= min_chars or dom.link_density(len(block.text))
                > SHORT_LINE_LINKS or word_count(block.text, block.words) < SHORT_LINE_WORDS
                or len(dom.ancestors) < 2):
            close(run)
            run, key = [], None
            continue
        here = dom.ancestors[1] if dom.tag == "p" else dom.ancestors[0]
        if here != key:
            close(run)
            run, key = [], here
        run.append(block)
    close(run)
    return found


def ended(text: str) -> bool:
    """True when a line ends like a sentence or a clause.

    >>> ended("The tide came at dawn."), ended("今日は晴れ、"), ended("Menu entry 4")
    (True, True, False)
    """
    last = text.rstrip().rstrip(CLOSERS)[-1:]
    return ends_sentence(text) or (last != "" and last in CLAUSE_ENDS)
