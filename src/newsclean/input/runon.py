"""Pages flattened onto one line: cut into sentences, so that lines can be judged.

Some scrapers store a page as ``soup.get_text(" ")``: menus, story and footer glued on one
line. Text mode keeps or drops whole lines, so such a line is cut where a sentence ends
(a full stop, question or exclamation mark, perhaps closed by a quote or bracket, then a
blank and a capital letter or digit). The menus stay in long runs of capitalised words
without a sentence end, which the region rule judges as it judges a menu line; the story
comes out as its sentences. The cut is made in the raw line, at its blanks, so the pieces'
texts joined by a space are the line's text and each piece's raw text is the input's.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..evidence.dump_lines import menu_like
from ..evidence.patterns import compile

RUN_ON_CHARS = 2_000
"""A line this long may be a whole page flattened onto one line (``soup.get_text(" ")``)."""
RUN_ON_SHARE = 0.9
"""...when it holds this share of the dump's characters."""

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
    return (longest, pieces) if any(map(menu_like, pieces)) else None



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
