"""A headline that says most of the page title's words, not all of them.

A dump's first line is often the page's ``<title>``, and the story's own headline
comes back below it (`echo.headline_position`). But many sites write a title for
search engines that differs from the headline on the page by a word or two: "The
Rosetta Spacecraft Ends Its Mission as It Flings Itself Into a Comet | WIRED" over
"An Ode to the Rosetta Spacecraft as It Flings Itself Into a Comet". Without that
anchor the region rule picks the heaviest stretch anywhere, and the half of a story
past a box of teasers can outweigh the half above it. A line shaped like a headline
whose words are mostly the title's, and which holds most of the title's words, is
the headline all the same. Plain string methods only.
"""

from __future__ import annotations

from collections.abc import Sequence

from .echo import title_parts
from .shape import is_body_like, is_headline
from .slug import MAX_LINE_CHARS, line_words

NEAR_SHARE = 0.7
"""The line holds at least this share of the title part's words, and at least this
share of the line's words are the title's: a teaser or a caption that shares a name or
two with the title holds many words of its own."""
NEAR_WORDS = 5
"""…and at least this many words are common to both (short titles share a few words
with many lines)."""


def near_headline(texts: Sequence[str], folded: Sequence[str]) -> int | None:
    """The position of the first line after the title line (``texts[0]``) that says most
    of the words of one of its parts (:data:`NEAR_SHARE`, :data:`NEAR_WORDS`) and is
    shaped like a headline; None when the first line is prose or no line does.
    ``folded`` holds the lines case-folded: a line holding too few of the part's words
    as substrings is not read further.

    >>> lines = ["The Rosetta Spacecraft Ends Its Mission as It Flings Itself Into a Comet | WIRED",
    ...          "Science", "An Ode to the Rosetta Spacecraft as It Flings Itself Into a Comet",
    ...          "Today the spacecraft will engage its thrusters for one final manoeuvre."]
    >>> near_headline(lines, [t.casefold() for t in lines])
    2
    >>> near_headline(["Rates rise | Gazette", "Rates rise again"], ["", "rates rise again"])
    """
    if len(texts) < 2 or is_body_like(texts[0]):
        return None
    parts = [words for words in map(set, map(line_words, title_parts(texts[0])))
             if len(words) >= NEAR_WORDS]
    if not parts:
        return None
    for position in range(1, len(texts)):
        text = texts[position]
        if len(text) > MAX_LINE_CHARS:
            continue
        low = folded[position]
        for part in parts:
            if sum(word in low for word in part) < max(NEAR_WORDS, NEAR_SHARE * len(part)):
                continue
            words = set(line_words(text))
            common = len(words & part)
            if (common >= NEAR_WORDS and common >= NEAR_SHARE * len(part)
                    and common >= NEAR_SHARE * len(words) and is_headline(text)):
                return last_of(texts, position)
    return None


def last_of(texts: Sequence[str], position: int) -> int:
    """The last line saying the same as the line at ``position``: a headline shown twice
    stands first in a sticky bar above the menus, then over the story.

    >>> last_of(["Title", "Bridge shut", "Home", "Bridge shut", "Text."], 1)
    3
    """
    text = texts[position]
    return max(i for i in range(position, len(texts)) if texts[i] == text)
