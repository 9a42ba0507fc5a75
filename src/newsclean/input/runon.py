"""Pages flattened onto one line: cut into sentences, so that lines can be judged.

Some scrapers store a page as ``soup.get_text(" ")``: menus, story and footer glued on one
line. Text mode keeps or drops whole lines, so such a line is cut where a sentence ends
(a full stop, question or exclamation mark, perhaps closed by a quote or bracket, then a
blank and a capital letter or digit). The menus stay in long runs of capitalised words
without a sentence end, which the region rule judges as it judges a menu line; the story
comes out as its sentences. A story's first sentence has no sentence end between it and
the menu or byline before it, so a piece is cut once more where prose starts after such a
run (:func:`prose_starts`). The cut is made in the raw line, at its blanks, so the pieces'
texts joined by a space are the line's text and each piece's raw text is the input's.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate

from ..evidence.dump_lines import menu_like
from ..evidence.patterns import compile

RUN_ON_CHARS = 2_000
"""A line this long may be a whole page flattened onto one line (``soup.get_text(" ")``)."""
RUN_ON_SHARE = 0.9
"""...when it holds this share of the dump's characters."""

PROSE_AFTER = 6
"""Words read after a capitalised word to tell whether prose starts there ("Gaming used
to be so…")..."""
PROSE_LOWER = 4
"""...of which at least this many open in lower case."""
PROSE_SHARE = 0.5
"""...and the whole tail from there to the piece's end at least this share."""
CHROME_BEFORE = 6
"""Words read before that word to tell whether a menu or a byline ends there..."""
CHROME_LOWER = 1
"""...of which at most this many open in lower case (a menu's words are capitalised,
separators or digits)."""
CHROME_SHARE = 0.25
"""...and the whole head before it at most this share (a sentence of prose that names
'Ascom's Unite Connect' is not cut there)."""

_SENTENCE_END = compile(
    r"(?<=[.!?…][\"'”’»)\]]{0,2})(?<![\s.]\p{Lu}\.)\s++(?=[\p{Lu}\p{N}\"'“‘«(\[])")
"""The blanks after a sentence's end and before the next one's start, not after an initial
('Sarah E. Needleman', 'U.S. Sections'). The look-behinds are bounded; each match starts
where a run of blanks starts and takes the run whole."""


def run_on_line(lines: Sequence[str], total: int) -> tuple[int, list[str]] | None:
    """The index of the line that holds nearly all of a long dump of ``total`` characters
    and has menus glued into it; None when the dump has line structure to cut by, or when
    its one long line is an article's paragraph. With the index come the line's sentences
    (:func:`sentences`), already cut to find the menu."""
    if total < RUN_ON_CHARS:
        return None
    longest = max(range(len(lines)), key=lambda i: len(lines[i]), default=None)
    if longest is None:
        return None
    size = len(lines[longest])
    if size < RUN_ON_CHARS or size < RUN_ON_SHARE * total:
        return None
    pieces = sentences(lines[longest])
    if not any(map(menu_like, pieces)):
        return None
    return longest, [part for piece in pieces for part in prose_starts(piece)]


def sentences(line: str) -> list[str]:
    """``line`` cut at its sentence ends, each piece as written (blanks between pieces dropped).

    >>> sentences("Home News The council voted. By Sarah E. Needleman in the U.S. Today! Privacy")
    ['Home News The council voted.', 'By Sarah E. Needleman in the U.S. Today!', 'Privacy']
    """
    pieces: list[str] = []
    start = 0
    for blank in _SENTENCE_END.finditer(line):
        if blank.start() > start:
            pieces.append(line[start:blank.start()])
        start = blank.end()
    if start < len(line):
        pieces.append(line[start:])
    return pieces


def prose_starts(piece: str) -> list[str]:
    """``piece`` cut once where prose starts after a menu run: before a capitalised word
    that follows :data:`CHROME_BEFORE` words nearly none in lower case and opens a tail
    that reads as prose to the piece's end (:data:`PROSE_AFTER`, :data:`PROSE_SHARE`).
    A story's first sentence has no sentence end between it and the menu, byline or date
    before it. The head stays whole, so a menu still reads as one (:func:`menu_like`).

    >>> prose_starts("Home News Sport Video Weather Live Gaming used to be so simple once.")
    ['Home News Sport Video Weather Live', 'Gaming used to be so simple once.']
    """
    words = piece.split()
    size = len(words)
    if size <= CHROME_BEFORE + PROSE_AFTER:
        return [piece]
    lower = [0, *accumulate(int(word[0].islower()) for word in words)]
    # lower[k]: the words in lower case among the first k
    for i in range(size - PROSE_AFTER - 1, CHROME_BEFORE - 1, -1):
        if (lower[i + 1] > lower[i] or lower[i] - lower[i - CHROME_BEFORE] > CHROME_LOWER
                or lower[i + 1 + PROSE_AFTER] - lower[i + 1] < PROSE_LOWER):
            continue
        if lower[size] - lower[i] < PROSE_SHARE * (size - i) or lower[i] > CHROME_SHARE * i:
            break
        tail = piece.split(None, i)[i]  # from word i on, as written
        head = piece[:len(piece) - len(tail)].rstrip()
        return [piece] if menu_like(piece) and not menu_like(head) else [head, tail]
    return [piece]
