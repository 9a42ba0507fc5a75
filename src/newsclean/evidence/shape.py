"""The shape of a piece of text: is it prose, a sentence, a headline? One home for each test.

Rules of both input kinds ask the same questions of a line or a block, so
the answers, and the numbers behind them, are written down once here.
"""

from __future__ import annotations

import re

from ..model import Block, BlockKind

SENTENCE_ENDS = ".!?…。！？"
"""Characters that end a sentence (Latin and CJK full stops, question and exclamation marks)."""

QUOTE_CLOSERS = "\"'”’»)"
"""Closing quotes and the round bracket: a line ending in one reads as a finished thought."""
CLOSERS = QUOTE_CLOSERS + "]」』"
"""Closing quotes and brackets that may follow a sentence's final mark."""

BODY_WORDS = 15
"""A line of this many words that ends like a sentence is article text…"""
LONG_BODY_WORDS = 2 * BODY_WORDS
"""…and a line of this many words is article text however it ends."""

HEADLINE_WORDS = (3, 30)
"""A headline has at least this many words, and at most."""
HEADLINE_NOT_AFTER = ".,;:。，；："
"""A headline does not end with these (a sentence or a clause does)."""

PROSE_CHARS = 80
"""An HTML block this long, with few links, counts as prose…"""
PROSE_WORDS = 8
"""…if it also has this many words (a long URL or a run of tags does not)…"""
PROSE_MAX_LINK_DENSITY = 0.3
"""…and at most this share of its characters sits inside links."""

FURNITURE_TAGS = frozenset(("nav", "footer", "aside"))
"""Text sitting directly in these (or folded into them by the adapter) is never prose."""

UNSPACED_WORD_CHARS = 2
"""In scripts written without spaces (CJK, Thai), this many characters count as one word."""
_UNSPACED = re.compile("[\u3040-\u9fff\u0e00-\u0e7f]")
"""Kana and CJK ideographs; Thai (counted by the C engine, not a loop over characters)."""
LONG_WORD = 12
"""Average "word" length above which a text may be in a script without spaces."""


def word_count(text: str, words: int | None = None) -> int:
    """Words in ``text``; for scripts written without spaces, one per two characters.

    ``words`` is ``len(text.split())`` when the caller knows it already (``Block.words``).

    >>> word_count("Putin offers minerals"), word_count("普京表示愿意向美国买家提供稀土资源。")
    (3, 9)
    """
    if words is None:
        words = len(text.split())
    if len(text) > LONG_WORD * max(words, 1) and not text.isascii():  # (long ASCII "words":
        unspaced = len(_UNSPACED.findall(text))                        # addresses, no CJK)
        if 2 * unspaced >= len(text):
            return len(text) // UNSPACED_WORD_CHARS
    return words


def ends_sentence(text: str, *, colon: bool = False) -> bool:
    """True when ``text`` ends like a sentence, closing quotes and brackets aside.

    ``colon`` also counts a final colon (a line introducing a quote or a list).

    >>> ends_sentence('He said: "No."'), ends_sentence("Home › World"), ends_sentence("Note:")
    (True, False, False)
    """
    stripped = text.rstrip().rstrip(CLOSERS)
    if not stripped:
        return False
    return stripped[-1] in SENTENCE_ENDS or (colon and stripped[-1] in ":：")


def is_body_like(text: str) -> bool:
    """True for a line that reads like article prose.

    >>> is_body_like("Mr. Putin said U.S. and Russian companies are already discussing deals.")
    False
    >>> is_body_like("Mr. Putin said unnamed U.S. and Russian companies are already "
    ...              "discussing possible joint deals on aluminium.")
    True
    """
    words = word_count(text)
    return words >= LONG_BODY_WORDS or (words >= BODY_WORDS and ends_sentence(text, colon=True))


def block_is_body_like(block: Block) -> bool:
    """:func:`is_body_like` for a block, skipping the count for short lines of spaced text.

    ``block.words`` is counted once per block; only a line with few but long "words"
    (maybe a script without spaces) needs the slower CJK-aware count.
    """
    if block.words < BODY_WORDS and len(block.text) <= LONG_WORD * max(block.words, 1):
        return False
    return is_body_like(block.text)


def is_headline(text: str) -> bool:
    """True for a line shaped like a headline: a few words, not ending like a sentence.

    >>> is_headline("Putin to U.S.: We have mineral resources too for sale, development")
    True
    >>> is_headline("He said so.")
    False
    """
    low, high = HEADLINE_WORDS
    return (
        low <= word_count(text) <= high
        and text[-1:] not in HEADLINE_NOT_AFTER
        and not text.islower()
    )


def is_prose(block: Block) -> bool:
    """A longish block of running text with few links, not in a menu, footer or aside.

    Rules ask it some four times of each block of an HTML page, so it is written for
    speed: a block with enough spaced words needs no script-aware count (80 characters
    without spaces count as 40 words), and ``Block.link_density`` is read inline.
    """
    text = block.text
    if len(text) < PROSE_CHARS or block.kind is BlockKind.IMAGE or (
            block.words < PROSE_WORDS and word_count(text, block.words) < PROSE_WORDS):
        return False
    dom = block.dom
    # link_density is min(1, link_chars / len(text)), and PROSE_MAX_LINK_DENSITY < 1
    return dom is None or (dom.link_chars / len(text) < PROSE_MAX_LINK_DENSITY
                           and dom.tag not in FURNITURE_TAGS)


CELL_JOIN = " | "
"""How the HTML walk joins the cells of one table row (``input/html.py``)."""


def is_cell_prose(block: Block) -> bool:
    """A table row that is one cell of running text: a paragraph in a table layout.

    Pages laid out with tables (older sites, many Japanese ones) hold the whole article
    in one ``<td>``, its paragraphs split by ``<br>``. Rows of several cells (a data
    table, a ticker) are not running text; an empty cell's bar at either end
    (``"… the end. |"``) does not count.
    """
    return (block.kind is BlockKind.TABLE_ROW and CELL_JOIN not in block.text.strip(" |")
            and is_prose(block))
