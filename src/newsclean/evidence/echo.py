"""Echoes: a page title's headline said again further down, and a headline's words in the story.

A whole-page dump often opens with the page's ``<title>``: "Headline | Site",
"Headline - Section - Site", "Site: Headline". The headline part comes back as a
line of its own just above the story (the page's ``h1``); the part that does not
come back is the site's name, a section or a tagline. And a story's first
paragraphs repeat the content words of its headline, where a menu label or another
story's teaser shares none. Both are read with plain string methods.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from ..model import Block
from .shape import is_body_like, is_headline
from .stopwords import PUNCTUATION, STOP_WORDS, page_language

TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " · ", " : ", " / ")
"""Between the parts of a page title: 'Headline | Section | Site', 'Headline : CityAM'."""
MAX_PARTS = 6
"""Page titles split into more parts than this are lists of links, not a title."""
MIN_ECHO_CHARS = 12
"""A part must be this long to be taken for the headline when it comes back."""

EDGE_SEPARATORS = TITLE_SEPARATORS[:6]
"""The separators the region rule splits a title line at to find where the headline stands
(not ' : ' and ' / ', which headlines hold themselves more often than titles do)."""

_FOLDS = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("…", "..."), ("\u00a0", " "))
"""Curly quotes, the ellipsis and the non-breaking space, as a line and a title's part are
compared."""


def fold(text: str) -> str:
    """A line as compared with a title's part: case, curly quotes, blanks and final stops folded.

    >>> fold("Rates  Rise Again…") == fold("rates rise again...")
    True
    """
    return refold(text.casefold())


def refold(folded: str) -> str:
    """:func:`fold` of a text already case-folded (the line view holds every line so)."""
    if not folded.isascii():  # the quotes and ellipsis to fold are not ASCII
        for curly, plain in _FOLDS:  # replace, not translate: no Python look-up per character
            folded = folded.replace(curly, plain)
    return " ".join(folded.split()).rstrip(".!?").strip()


def headline_position(blocks: Sequence[Block], live: Sequence[bool],
                      folded: Sequence[str] | None = None,
                      holding: Callable[[list[str]], Iterable[int]] | None = None) -> int | None:
    """Where the headline stands: the first later line that repeats the title line's headline.

    Both lines must be shaped like headlines (a repeated paragraph is not one).
    ``folded``: each block's text case-folded, when the caller has it. ``holding``: as
    for :func:`echo`, so that only lines holding a part's :func:`needle` are compared.

    A dump's first line is often the page's ``<title>`` ("Headline | Site"); the
    article starts near the line that repeats its headline part.
    """
    if len(blocks) < 2 or is_body_like(blocks[0].text):
        return None  # a first line of prose is the article's, not a page title
    title = blocks[0].text
    parts = [title]
    for separator in EDGE_SEPARATORS:
        if separator in title:
            parts += title.split(separator)
    stems = {stem for stem in map(fold, parts) if len(stem) >= MIN_ECHO_CHARS}
    if not stems:
        return None
    if folded is None:
        folded = [b.text.casefold() for b in blocks]
    positions: Iterable[int] = range(1, len(blocks))
    needles = [needle(stem) for stem in stems]
    if holding is not None and all(needles):
        positions = sorted(p for p in holding(list(filter(None, needles))) if p >= 1)
    for position in positions:
        text = blocks[position].text
        if (len(text) >= MIN_ECHO_CHARS and refold(folded[position]) in stems
                and is_headline(text)):
            return position
    return None


def title_parts(text: str) -> list[str]:
    """The parts of a page title, in order, split at every :data:`TITLE_SEPARATORS`.

    >>> title_parts("Bridge to close | Local | The Gazette")
    ['Bridge to close', 'Local', 'The Gazette']
    >>> title_parts("Rates rise again")
    ['Rates rise again']
    """
    cuts: list[tuple[int, int]] = []
    for separator in TITLE_SEPARATORS:
        at = text.find(separator)
        while at >= 0:
            cuts.append((at, at + len(separator)))
            at = text.find(separator, at + len(separator))
    cuts.sort()
    parts: list[str] = []
    start = 0
    for begin, end in cuts:
        if begin < start:
            continue  # overlapping separators (' - ' inside ' -- '): the first one cuts
        parts.append(text[start:begin].strip())
        start = end
    parts.append(text[start:].strip())
    return [p for p in parts if p]


class Echo(NamedTuple):
    """Where a title's headline comes back, and what of the title it is."""

    position: int
    """The index (in the lines searched) of the line that repeats it."""
    first: int
    """Index of the title's first part that the line repeats…"""
    last: int
    """…and of its last (inclusive)."""
    parts: tuple[str, ...]
    """The title's parts."""

    @property
    def rest(self) -> tuple[str, ...]:
        """The title's parts that are not the headline: a site, a section, a tagline."""
        return self.parts[: self.first] + self.parts[self.last + 1 :]


def spans(parts: Sequence[str]) -> dict[str, tuple[int, int]]:
    """Every run of consecutive parts, folded, long enough to be a headline: (first, last).

    >>> sorted(spans(["Bridge to close", "Local", "Gazette"]).values())
    [(0, 0), (0, 1), (0, 2), (1, 2)]
    """
    found: dict[str, tuple[int, int]] = {}
    joined = [fold(p) for p in parts]
    for first in range(len(parts)):
        for last in range(first, len(parts)):
            # the separators between parts are not known any more: any one of them may
            # join the parts the line repeats, so the line is compared part by part (echo)
            text = " \x00 ".join(joined[first : last + 1])
            if len(text) >= MIN_ECHO_CHARS:
                found.setdefault(text, (first, last))
    return found


def echo(title: str, lines: Sequence[str], start: int = 1,
         holding: Callable[[list[str]], Iterable[int]] | None = None) -> list[Echo]:
    """The lines from ``start`` on that repeat one part of ``title`` or a run of them.

    A line counts when it is shaped like a headline and, split like a title, equals a
    run of the title's parts ('Headline' or 'Section | Headline' out of 'Section |
    Headline | Site'). A title of one part counts when it comes back whole.
    ``holding``: the positions of the lines whose case-folded text holds one of the
    words given (a page's line view answers it in one scan), so that only the lines
    holding a word of a run (:func:`needle`) are compared.

    >>> found = echo("Bridge to close | The Gazette", ["Bridge to close | The Gazette",
    ...              "Home", "Bridge to Close", "The council voted."])
    >>> [(e.position, e.first, e.last, e.rest) for e in found]
    [(2, 0, 0, ('The Gazette',))]
    """
    parts = title_parts(title)
    if not parts or len(parts) > MAX_PARTS:
        return []
    wanted = spans(parts)
    if not wanted:
        return []
    shortest = min(map(len, wanted)) // 2  # casefold and the quotes never halve a line
    longest = len(title) + len(parts)
    positions: Iterable[int] = range(start, len(lines))
    needles = [needle(key) for key in wanted]
    if holding is not None and all(needles):
        positions = sorted(p for p in holding(list(filter(None, needles))) if p >= start)
    found: list[Echo] = []
    for position in positions:
        line = lines[position]
        if not shortest <= len(line) <= longest or not is_headline(line):
            continue
        key = " \x00 ".join(fold(p) for p in title_parts(line))
        hit = wanted.get(key)
        if hit is not None:
            found.append(Echo(position, hit[0], hit[1], tuple(parts)))
    return found


_FOLDED_TO = str.maketrans(dict.fromkeys("'\".\x00", " "))
"""What :func:`refold` writes for a curly quote or an ellipsis, and the separator of a run's
parts in its key: a needle never holds one."""


def needle(key: str) -> str | None:
    """A piece of text that every line repeating a run of a title's parts holds in its
    case-folded text: the longest piece of the run's key (:func:`spans`) without a blank,
    a quote, a stop or a part separator; None when there is none.

    :func:`refold` writes only quotes, stops and blanks in place of what it replaces, and
    cuts only blanks and final stops, so such a piece stands as it is in the line.

    >>> needle(fold("Bridge to close")), needle(fold("Sportsnet.ca")), needle(fold("‘…’"))
    ('bridge', 'sportsnet', None)
    """
    return max(key.translate(_FOLDED_TO).split(), key=len, default=None)


def headline_part(title: str, lines: Sequence[str], start: int) -> str | None:
    """The headline inside a page title carried by another line (an image marker's text),
    where a part of it, not the whole, comes back as a line: the last such line before
    ``start`` (the story), else the first after it.

    >>> headline_part("Bridge to close - The Gazette", ["Bridge to close - The Gazette",
    ...               "Home", "Bridge to Close", "The council voted."], 3)
    'Bridge to Close'
    """
    found = [e for e in echo(title, lines) if e.rest]
    if not found:
        return None
    before = [e for e in found if e.position < start]
    return lines[(before[-1] if before else found[0]).position]


def content_words(text: str, stop: frozenset[str]) -> set[str]:
    """The words of ``text`` that carry meaning: folded, without punctuation and stop words.

    >>> sorted(content_words("The bridge, and the harbour!", frozenset({"the", "and"})))
    ['bridge', 'harbour']
    """
    words = (w.strip(PUNCTUATION) for w in text.casefold().split())
    return {w for w in words if len(w) > 1 and w not in stop}


OPENING_BLOCKS = 3
"""A story's opening, whose words a headline echoes: this many blocks from its first paragraph."""
ECHO_SHARE = 0.5
"""A headline shares at least this share of its content words with the story's opening…"""
ECHO_WORDS = 2
"""…and at least this many (one shared word is chance: a name, a place)."""


class Opening(NamedTuple):
    """The content words of a story's opening, and the stop words of its language."""

    words: frozenset[str]
    stop: frozenset[str]

    @classmethod
    def of(cls, texts: Sequence[str]) -> Opening:
        """The opening made of the first :data:`OPENING_BLOCKS` of ``texts``."""
        opening = texts[:OPENING_BLOCKS]
        language = page_language(opening)
        stop = STOP_WORDS[language] if language else frozenset()
        return cls(frozenset(content_words(" ".join(opening), stop)), stop)

    def echoed_by(self, line: str) -> bool:
        """True when ``line`` is shaped like a headline (not a label in capitals) and the
        opening repeats enough of its content words.

        >>> story = Opening.of(["The old bridge will close in May for two years of repairs."])
        >>> story.echoed_by("Bridge to close for repairs"), story.echoed_by("Most read stories")
        (True, False)
        """
        if not is_headline(line) or line.isupper():
            return False
        words = content_words(line, self.stop)
        shared = sum(w in self.words for w in words)
        return shared >= ECHO_WORDS and shared >= ECHO_SHARE * len(words)
