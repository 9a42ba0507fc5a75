"""The article a page states in its structured data, and how much of it a text holds.

A page's JSON-LD ``articleBody`` states its article; the cleaner compares it with the
body the rules kept. The comparison must not depend on white space, punctuation, case
or markup, and must stay cheap on long texts. Both texts are *folded* to their
letters and digits, lower case; a few evenly spaced pieces of one are then
looked for in the other with ``in`` (a C substring search), so no set of
shingles is built.
"""

from __future__ import annotations

from ..model import Block

WHERE = "json-ld articleBody"
"""The ``where`` of a block read from the stated body rather than from the page's markup."""

PIECE = 12
"""Characters of folded text in one piece: long enough to be specific in any script
(twelve letters of a sentence rarely recur elsewhere), short enough to fit a short block."""
SAMPLES = 32
"""Pieces sampled from a long text to tell how much of it another text holds."""


def fold(text: str) -> str:
    """``text`` with only its letters and digits, lower case.

    >>> fold("The Bridge, re-opened (2019)!")
    'thebridgereopened2019'
    """
    return "".join(filter(str.isalnum, text.casefold()))  # C-level: 30x a pattern's speed


def pieces(folded: str, count: int = SAMPLES) -> list[str]:
    """Up to ``count`` pieces of ``PIECE`` characters, evenly spaced over ``folded``;
    the whole text when it is shorter than one piece.

    >>> pieces("abcdefghijklmnopqrstuvwxyz", 3)
    ['abcdefghijkl', 'hijklmnopqrs', 'opqrstuvwxyz']
    """
    if len(folded) <= PIECE:
        return [folded] if folded else []
    last = len(folded) - PIECE
    count = max(1, min(count, last + 1))
    if count == 1:
        return [folded[:PIECE]]
    return [folded[i * last // (count - 1):][:PIECE] for i in range(count)]


def share_found(samples: list[str], folded: str) -> float:
    """The share of ``samples`` that occur in ``folded`` (0 when there are none).

    >>> share_found(pieces(fold("The council voted to rebuild the bridge."), 4),
    ...             fold("Tuesday: the council voted to rebuild the bridge"))
    1.0
    """
    if not samples:
        return 0.0
    return sum(1 for piece in samples if piece in folded) / len(samples)


def is_stated(block: Block) -> bool:
    """True for a block read from the stated body (it has no element)."""
    return block.dom is None and block.where == WHERE
