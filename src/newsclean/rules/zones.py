"""Where the article body begins, and whether the page has a header at all.

Positional rules (masthead, lone byline, title) only act in the *header*:
the blocks before the first body-like paragraph. They also want evidence
that a header is there, namely that an earlier rule removed something in it, so
that cleaning an already clean text finds no header and changes nothing.
"""

from __future__ import annotations

from .base import Page, Verdicts
from .patterns import compile

_SENTENCE_END = compile(r"[.!?…:。！？][\"'”’»)\]」』]*$")

BODY_WORDS = 15
"""A line of this many words that ends like a sentence is article text."""


_UNSPACED_START, _UNSPACED_END = "\u3040", "\u9fff"
"""Kana and CJK ideographs (Thai is checked beside them)."""


def word_count(text: str) -> int:
    """Words in ``text``; for scripts written without spaces, one per two characters.

    >>> word_count("Putin offers minerals"), word_count("普京表示愿意向美国买家提供稀土资源。")
    (3, 9)
    """
    words = len(text.split())
    if len(text) > 12 * max(words, 1):  # long "words": maybe a script written without spaces
        unspaced = sum(1 for char in text if _UNSPACED_START <= char <= _UNSPACED_END
                       or "\u0e00" <= char <= "\u0e7f")
        if 2 * unspaced >= len(text):
            return len(text) // 2
    return words


def is_body_like(text: str) -> bool:
    """True for a line that reads like article prose.

    >>> is_body_like("Mr. Putin said U.S. and Russian companies are already discussing deals.")
    False
    >>> is_body_like("Mr. Putin said unnamed U.S. and Russian companies are already "
    ...              "discussing possible joint deals on aluminium.")
    True
    """
    words = word_count(text)
    return words >= 2 * BODY_WORDS or (
        words >= BODY_WORDS and _SENTENCE_END.search(text) is not None
    )


def body_start(page: Page, verdicts: Verdicts) -> int:
    """Index of the first body-like block not removed so far (len(blocks) if none)."""
    for block in page.blocks:
        if not verdicts.removed(block.index) and is_body_like(block.text):
            return block.index
    return len(page.blocks)


def header_has_chrome(page: Page, verdicts: Verdicts, start: int) -> bool:
    """True when an earlier rule removed at least one block before ``start``."""
    return any(verdicts.removed(i) for i in range(min(start, len(page.blocks))))
