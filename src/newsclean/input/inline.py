"""Turning the run of text the HTML walk collected into a block's text.

The preparation step dissolves inline tags and fences each link's text with
two private-use marks, so what reaches a block is one string with marks in it.
Here the marks go, and are counted: the characters between them are the
block's link text. A link edge between two letters is a word boundary, as a
reader sees a menu (``Home</a><a>News`` reads ``Home News``); next to a blank
or punctuation it adds nothing (``on <a>Monday</a>.``).

This runs on every block of every page, so it splits on the marks once with
the C engine and looks at the characters next to each mark, instead of
running a look-around pattern over the whole text.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from .prepare import CONTROL_CODES, LINK_CLOSE, LINK_OPEN

_MARKS = re.compile(f"([{LINK_OPEN}{LINK_CLOSE}])")
"""A link mark, kept by ``split``: one character class, the stdlib engine cannot backtrack."""
_QUIET = regex.compile(r"[\s\p{P}]")
"""Characters next to which a link edge adds no space."""
_ODD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00ad\u200b\u200c\u200d\u2060\ufeff]")
"""Characters that ``_UNSEEN`` changes: looked for first, so most text is not translated."""
_UNSEEN = {
    **dict.fromkeys((*CONTROL_CODES, 127), " "),
    **dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad")),
}
"""Control characters count as blanks; invisible characters are dropped."""
EDGE_CACHE = 1024
"""Distinct characters whose "quiet" answer is remembered (a page uses a few dozen)."""


@lru_cache(maxsize=EDGE_CACHE)
def _quiet(char: str) -> bool:
    return _QUIET.match(char) is not None


def has_marks(text: str) -> bool:
    """Whether ``text`` holds a link mark."""
    return LINK_OPEN in text or LINK_CLOSE in text


def unfence(raw: str, in_link: bool) -> tuple[str, int, bool]:
    """``raw`` with its link marks resolved, its link characters, and whether a link is
    still open at its end (``in_link`` says whether one was open at its start).

    Link characters are counted with their blanks folded, as the block's text will be.

    >>> unfence("Read \\ue000the report\\ue001 on \\ue000Monday\\ue001.", False)
    ('Read the report on Monday.', 16, False)
    >>> unfence("Home\\ue001\\ue000News", True)
    ('Home  News', 8, True)
    """
    parts = _MARKS.split(raw)
    count = 0
    last = len(parts) - 1
    for k in range(0, last + 1, 2):
        part = parts[k]
        if in_link and part:
            count += len(" ".join(part.split()))
        if k < last:
            in_link = parts[k + 1] == LINK_OPEN
            after = parts[k + 2]
            # The characters on either side of the mark (another mark counts as neither).
            quiet = (part and _quiet(part[-1])) or (after and _quiet(after[0]))
            parts[k + 1] = "" if quiet else " "
    return "".join(parts), count, in_link


def visible(text: str) -> str:
    """``text`` as a reader sees it: control characters blank, invisible ones dropped.

    >>> visible("co\\u00adoperation\\u200b\\x07done")
    'cooperation done'
    """
    if _ODD.search(text) is None:
        return text
    return text.translate(_UNSEEN)
