"""The headline in a page's address: the slug ("/2016/12/lost-city-found-atop-greek-peak/").

Most news sites write the headline's words into the article's address. A text dump
made by lynx, w3m, inscriptis or a browser's copy has no ``<title>`` line to echo,
but a caller that stores the dump usually has its address: the line that says the
slug's words again, and little else, is the story's headline. It anchors the
article's region (``dump-region``) and gives the title (``title``). Plain string
methods and one linear pattern only.
"""

from __future__ import annotations

from collections.abc import Sequence

from .shape import is_headline

SLUG_WORDS = 3
"""A path segment needs this many words of letters to be a slug ('about-bugs' and ids
such as 'ar-BBWXwNX' are not)."""
COMMON_WORDS = 3
"""A line echoes the slug only when at least this many words are common to both…"""
SLUG_SHARE = 0.6
"""…and the line holds at least this share of the slug's words (a slug may be cut short)…"""
LINE_SHARE = 0.5
"""…and at least this share of the line's words are the slug's (a teaser or a caption
that shares a name or two holds many more of its own)."""
ANCHOR_SHARE = 0.7
"""The article's region is anchored only on a line holding this share of the slug's words:
a wrong anchor moves the whole region, a wrong title only the title."""
MAX_LINE_CHARS = 300
"""A longer line is text, never a headline (and is not read)."""
_EXTENSIONS = (".html", ".htm", ".php", ".aspx", ".asp", ".shtml", ".ssf")
"""Endings of a path's last segment that are no words of it."""


def slug_words(url: str | None) -> frozenset[str]:
    """The words of the address's slug, case-folded: the last path segment holding
    :data:`SLUG_WORDS` words of letters; empty when there is none.

    >>> sorted(slug_words("http://x.com/2016/12/lost-city-found-atop_greek-peak.html?a=1"))
    ['atop', 'city', 'found', 'greek', 'lost', 'peak']
    >>> slug_words("https://x.example/a/30279001.html")
    frozenset()
    """
    if not url:
        return frozenset()
    path = url.split("?", 1)[0].split("#", 1)[0]
    start = path.find("//")
    path = path[path.find("/", start + 2):] if start >= 0 else path
    for segment in reversed(path.split("/")):
        low = segment.casefold()
        for ending in _EXTENSIONS:
            low = low.removesuffix(ending)
        words = line_words(low.replace("_", " ").replace("-", " ").replace("+", " "))
        if sum(w.isalpha() for w in words) >= SLUG_WORDS:
            return frozenset(words)
    return frozenset()


def line_words(text: str) -> list[str]:
    """A line's words as a slug spells them: case-folded letters and digits, words of one
    character and of digits only left out (slugs drop 'a', 'C.A.R.E.'s dots and a score's
    figures).

    >>> line_words("Lost city, found: atop a 2,500-year-old peak")
    ['lost', 'city', 'found', 'atop', 'year', 'old', 'peak']
    """
    cleaned = "".join(char if char.isalnum() else " " for char in text.casefold())
    return [w for w in cleaned.split() if len(w) > 1 and not w.isdigit()]


def least_common(slug: frozenset[str]) -> float:
    """How many of the slug's words a line that echoes it holds at least, less one (a word
    written with an apostrophe or an accent is no substring of the line): the cheap test."""
    return max(COMMON_WORDS, SLUG_SHARE * len(slug)) - 1


def echoes_slug(text: str, slug: frozenset[str]) -> float:
    """How well a line says the slug's words: the share of them it holds, when it holds
    enough (:data:`COMMON_WORDS`, :data:`SLUG_SHARE`, :data:`LINE_SHARE`), else 0.

    >>> echoes_slug("Zach Parise heating up, scores twice as Wild beat Sabres 4-1",
    ...             slug_words("/parise-scores-2-goals-wild-beat-sabres-4-1"))
    0.8333333333333334
    """
    if not slug or len(text) > MAX_LINE_CHARS:
        return 0.0
    words = set(line_words(text))
    common = len(words & slug)
    if common < COMMON_WORDS or common < SLUG_SHARE * len(slug) \
            or common < LINE_SHARE * len(words):
        return 0.0
    return common / len(slug)


def slug_headline(texts: Sequence[str], folded: Sequence[str], url: str | None) -> int | None:
    """The position of the first line that says the slug's words again (at least
    :data:`ANCHOR_SHARE` of them), shaped like a headline
    (another rule may have taken it as the title: it still marks the story's place);
    None when the address has no slug or no line matches. The first line is skipped:
    it is the page's title, if any. ``folded`` holds the lines case-folded: a line
    holding too few of the words as substrings is not read further.

    >>> lines = ["Home", "Rail fares to rise", "Lost city found atop a Greek peak", "Text."]
    >>> slug_headline(lines, [t.casefold() for t in lines],
    ...               "https://x.com/2016/lost-city-found-atop-greek-peak/")
    2
    """
    slug = slug_words(url)
    if not slug:
        return None
    need = least_anchor(slug)
    for position in range(1, len(texts)):
        text = texts[position]
        if len(text) < SLUG_WORDS * 2 or len(text) > MAX_LINE_CHARS:
            continue
        if anchors(text, folded[position], slug, need) and is_headline(text):
            return position
    return None


def least_anchor(slug: frozenset[str]) -> float:
    """How many of the slug's words a line that anchors the region holds at least, less one
    (a word written with an accent or an apostrophe is no substring of the line)."""
    return max(COMMON_WORDS, ANCHOR_SHARE * len(slug)) - 1


def anchors(text: str, low: str, slug: frozenset[str], need: float) -> bool:
    """True when ``text`` (``low``: case-folded) says at least :data:`ANCHOR_SHARE` of the
    slug's words (:func:`echoes_slug`); ``need`` (:func:`least_anchor`) is the cheap test
    that spares most lines the word split."""
    return sum(word in low for word in slug) >= need and echoes_slug(text, slug) >= ANCHOR_SHARE
