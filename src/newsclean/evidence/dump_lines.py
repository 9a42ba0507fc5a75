"""What a line of a whole-page text dump looks like: prose, a menu item, a link, a repeat.

A dump keeps every menu item, teaser, footer link and cookie notice of a page
as its own line. These tests read one line (or one run of lines between blank
lines) with plain string methods, no patterns, so a dump is read in one cheap
pass. The region rule (:mod:`newsclean.rules.dump_region`) weighs the answers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import compress, repeat
from operator import gt, itemgetter, le
from typing import NamedTuple

from .link_numbers import link_numbers, without_link_numbers
from .shape import CLOSERS, LONG_WORD, SENTENCE_ENDS, ends_sentence, word_count
from .stopwords import PUNCTUATION

LINK_SEPARATORS = ("»", "›", " | ", " > ", " / ", "•", "·")
"""Separators between the items of a breadcrumb or a row of links."""
LINK_ITEMS = 3
"""A line split by one separator into this many short items is a row of links."""
LINK_ITEM_WORDS = 5
"""At most this many words per item, on average, in a row of links."""
URL_STARTS = ("http://", "https://", "www.", "mailto:", "file://")
"""A line starting like this is a bare address (a footer link, a lynx reference)."""
LINK_HINTS = (*LINK_SEPARATORS, "[")
"""A line that does not start like an address is link-like only if it holds one of these."""
MARKER_WORDS = 5
"""Lines with a ``[n]`` link marker (lynx, w3m) for fewer than this many words are links."""
MARKER_DIGITS = 4
"""A ``[n]`` marker read here has at most this many digits."""
WRAP_SHARE = 0.25
"""A dump is hard-wrapped when this share of its long lines ends near one width…"""
WRAP_SLACK = 0.2
"""…"near" being within this share of the widest such line…"""
WRAP_MAX_WIDTH = 200
"""…and that width is at most this many characters (a browser's terminal width)."""
WRAP_MIN_LINES = 10
"""Dumps with fewer long lines than this are not tested for wrapping."""
WRAP_OPEN_SHARE = 0.5
"""…and at least this share of the lines near the width stop inside a sentence: a dump of
whole paragraphs that happen to be of a size (short CJK paragraphs, each ending "。") is
not wrapped (the same test as the text adapter's, ``input/reflow.py``)."""


def link_like(text: str, *, words: int | None = None, markers: int | None = None) -> bool:
    """A bare address, a breadcrumb or a row of short links, or a line of lynx link markers
    (``words``, ``markers``: the line's word count and its ``[n]`` markers, when known).

    >>> link_like("Home » World » Europe"), link_like("https://example.org/a")
    (True, True)
    >>> link_like("News | Sport | Weather | Travel"), link_like("[12]Sign in [13]Register")
    (True, True)
    >>> link_like("The minister said the plan, approved on Monday, would start in May.")
    False
    """
    if text.startswith(URL_STARTS):
        return True
    if words is None:
        words = len(text.split())
    if markers is None:
        markers = _markers(text) if "[" in text else 0
    if markers and words < MARKER_WORDS * markers:
        return True
    for separator in LINK_SEPARATORS:
        if separator in text:
            items = text.count(separator) + 1
            if items >= LINK_ITEMS and words <= LINK_ITEM_WORDS * items:
                return True
            if separator in "»›" and words <= LINK_ITEM_WORDS * items:
                return True
    return False


def _markers(text: str) -> int:
    """How many ``[digits]`` link markers the line holds (lynx and w3m number links so)."""
    return len(link_numbers(text, MARKER_DIGITS))


def strip_markers(text: str) -> str:
    """The line without its ``[n]`` link markers.

    >>> strip_markers("Read [3]the report here.")
    'Read the report here.'
    """
    return without_link_numbers(text, MARKER_DIGITS) if "[" in text else text


_ASCII_MARKER = re.compile(rf"\[[0-9]{{1,{MARKER_DIGITS}}}\]")
"""A ``[n]`` marker in ASCII text, where ``str.isdigit`` is ``[0-9]``: a marker holds no
bracket, so the pattern's leftmost matches are the ones :func:`link_numbers` finds."""


def cut_markers(text: str) -> tuple[str, int]:
    """:func:`strip_markers` of a line and how many markers it cut (what ``link_like`` counts),
    in one pass: one C-level ``subn`` on an ASCII line (most lynx and w3m lines).

    >>> cut_markers("Read [3]the report, or [12] this."), cut_markers("Caf\u00e9 [2]menu")
    (('Read the report, or  this.', 2), ('Caf\u00e9 menu', 1))
    """
    if text.isascii():
        return _ASCII_MARKER.subn("", text)
    found = link_numbers(text, MARKER_DIGITS)
    return (without_link_numbers(text, MARKER_DIGITS) if found else text), len(found)


class Shape(NamedTuple):
    """The prose evidence of one line or run of lines (a named tuple: one is made per line,
    and a tuple is made several times faster than a frozen dataclass)."""

    words: int
    """Words, CJK-aware (:func:`~newsclean.evidence.shape.word_count`)."""
    finished: bool
    """The text ends like a sentence (a final colon counts: it introduces a quote or a list)."""
    stop: float
    """Share of stop words in the page's language (1.0 when unknown or written without spaces)."""


def shape_of(text: str, stop: frozenset[str] | None, *, folded: str | None = None,
             min_words: int = 0) -> Shape:
    """Measure a line (or a run's joined lines) in a few C-level passes
    (``folded``: ``text.casefold()``, when the caller has it).

    The stop-word share is measured only for a text of at least ``min_words``
    words; a shorter one gets 0.0 (a caller that needs that many words for prose
    has its answer without the share).

    >>> s = shape_of("The plan was approved. It starts in May.", frozenset({"the", "in", "it"}))
    >>> s.words, s.finished, round(s.stop, 2)
    (8, True, 0.38)
    """
    spaced = (text.casefold() if folded is None else folded).split()
    count = len(spaced)
    words = count if len(text) <= LONG_WORD * max(count, 1) else word_count(text)
    if words < min_words:
        share = 0.0
    elif stop is None or words > count or not count:
        share = 1.0
    else:  # words with punctuation attached ("the,") are rare among stop words: not stripped
        share = sum(map(stop.__contains__, spaced)) / count
    return Shape(words, ends_sentence(text, colon=True), share)


_FINAL = frozenset(SENTENCE_ENDS + ":：")
"""The last character of a finished line, closing quotes and brackets aside (``Shape.finished``)."""
_LAST = itemgetter(slice(-1, None))


def shapes(texts: Sequence[str], spaced: Sequence[list[str]], stop: frozenset[str] | None,
           min_words: int = 0) -> tuple[list[int], list[bool], list[float]]:
    """:func:`shape_of` of each text, as three columns (words, finished, stop share), in a
    few C-level passes over all the texts (``spaced``: each text's case-folded words).

    >>> shapes(["The plan was approved.", "Home"], [["the", "plan", "was", "approved."],
    ...        ["home"]], frozenset({"the"}), min_words=2)
    ([4, 1], [True, False], [0.25, 0.0])
    """
    counts = list(map(len, spaced))  # a text's words: its case-folded words are as many
    words = counts.copy()
    # only a text with more than LONG_WORD characters a word may be written without spaces
    # (word_count tells; it gives the count back for a text of no words and a few blanks)
    longer = map(gt, map(len, texts), map(LONG_WORD.__mul__, counts))
    for i in compress(range(len(texts)), longer):
        words[i] = word_count(texts[i], counts[i])
    # ends_sentence(text, colon=True), mapped: the last character once blanks and closers go;
    # only a text ending in a blank or a closer has any to take off (a few distinct last
    # characters a page: each is asked once)
    lasts = list(map(_LAST, texts))
    finished = list(map(_FINAL.__contains__, lasts))
    trailing = {c for c in set(lasts) if c in CLOSERS or c.isspace()}
    if trailing:
        for i in compress(range(len(texts)), map(trailing.__contains__, lasts)):
            finished[i] = _LAST(texts[i].rstrip().rstrip(CLOSERS)) in _FINAL
    share = [0.0] * len(texts)  # a text of fewer than min_words words gets 0.0
    for i in compress(range(len(texts)), map(le, repeat(min_words), words)):
        count = counts[i]
        share[i] = (1.0 if stop is None or words[i] > count or not count
                    else sum(map(stop.__contains__, spaced[i])) / count)
    return words, finished, share


_OPENS_AFTER = SENTENCE_ENDS + ":—–-"
"""After these a capital letter opens a sentence or a clause, title case or not."""


def title_cased(text: str, stop: frozenset[str], limit: int | None = None) -> int:
    """Stop words capitalised inside a sentence ("Death Of A Student"): a headline's title case.

    A capital after a sentence's end, a colon or a dash opens a clause and does not count.
    With ``limit``, counting stops there (a caller that asks "at least so many?" has its
    answer).

    >>> stop = frozenset({"of", "a", "the", "in"})
    >>> title_cased("Death Of A Student In Town", stop), title_cased("He left. The end", stop)
    (3, 0)
    >>> title_cased("Death Of A Student In Town", stop, limit=2)
    2
    """
    words = text.split()
    count = 0
    # only the capitalised words are read one by one (a C-level map finds them)
    for position in compress(range(1, len(words)), map(str.isupper, map(_FIRST, words[1:]))):
        if (
            words[position - 1][-1] not in _OPENS_AFTER
            and words[position].strip(PUNCTUATION).casefold() in stop
        ):
            count += 1
            if count == limit:
                break
    return count


_FIRST = itemgetter(0)
"""A word's first character (words from ``split`` are never empty)."""


def is_wrapped(lines: Sequence[str]) -> bool:
    """True for a dump hard-wrapped at a fixed width (lynx, w3m): paragraphs span lines.

    >>> is_wrapped(["word " * 15 + "end"] * 12)
    True
    >>> is_wrapped(["A short line", "A paragraph " * 40] * 6)
    False
    >>> is_wrapped(["A whole paragraph of about one size, " * 3 + "ending here."] * 12)
    False
    """
    long = [len(line) for line in lines if len(line) >= 40]
    if len(long) < WRAP_MIN_LINES:
        return False
    long.sort()
    width = long[int(0.95 * (len(long) - 1))]
    if width > WRAP_MAX_WIDTH:
        return False
    least = max(40, (1 - WRAP_SLACK) * width)
    near = [line for line in lines if len(line) >= least]
    if len(near) < WRAP_SHARE * len(long):
        return False
    open_ended = sum(1 for line in near if not ends_sentence(line))
    return open_ended >= WRAP_OPEN_SHARE * len(near)


CARD_PAIRS = 3
"""A run of at least this many summaries, each under a headline, is a list of teaser cards."""


def card_summaries(under_headline: Sequence[bool]) -> list[bool]:
    """Which prose lines are the summaries of a list of teaser cards, given for each prose
    line (in order, other lines left out) whether the line just before it is a headline:
    at least ``CARD_PAIRS`` such prose lines with no other prose between (other short
    lines, an image's link, may stand between the cards).

    A story's paragraphs follow one another, or a subheading and then several of
    them; a list of other stories alternates headline and summary.

    >>> card_summaries([True, True, True, False])
    [True, True, True, False]
    >>> card_summaries([True, True, False, True])
    [False, False, False, False]
    """
    marks = [False] * len(under_headline)
    run: list[int] = []
    for position, headed in enumerate(under_headline):
        if headed:
            run.append(position)
            continue
        if len(run) >= CARD_PAIRS:
            for summary in run:
                marks[summary] = True
        run = []
    if len(run) >= CARD_PAIRS:
        for summary in run:
            marks[summary] = True
    return marks


MENU_WORDS = 20
"""A stretch of text this long…"""
MENU_CAPITALS = 0.6
"""…with this share of its words not in lower case reads as a menu flattened onto a line,
not as prose (a story's words are a tenth to a third capitals, a German one's too)."""


def menu_like(text: str) -> bool:
    """Whether ``text`` reads as a menu: many words, nearly none in lower case
    (capitalised, separators, digits, or a script without case).

    >>> menu_like("Home World Business Sport Video " * 10), menu_like("the council met " * 20)
    (True, False)
    """
    words = text.split()
    if len(words) < MENU_WORDS:
        return False
    return sum(not word[0].islower() for word in words) >= MENU_CAPITALS * len(words)
