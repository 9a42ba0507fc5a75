"""The address's slug: most news sites write the headline's words into the page's address
('/2019/11/19/parise-scores-2-goals-wild-beat-sabres-4-1/'), so a dump's line that says
most of those words, and little else, is the headline. Read with plain string methods."""

from __future__ import annotations

import unicodedata

from .patterns import compile

SLUG_WORDS = 3
"""A slug names a headline when it holds at least this many words of letters ('about-bugs'
and ids such as 'ar-BBWXwNX' do not)."""
SLUG_SHARE = 0.6
"""A line echoes the slug when it holds at least this share of the slug's words…"""
LINE_SHARE = 0.5
"""…and the slug holds at least this share of the line's words (a teaser or a caption
that shares a few words holds many more of its own)."""
COMMON_WORDS = 3
"""…and at least this many words are common to both."""
_EXTENSIONS = (".html", ".htm", ".php", ".aspx", ".asp", ".shtml", ".ssf")
"""Endings of a path's last segment that are no words of it."""
_APOSTROPHES = ("'", "’", "‘")
"""Dropped inside words: slugs write "doesn't" as 'doesnt'."""
_NOT_WORD = compile(r"[^\p{L}\p{N}]++")
"""Between words: anything but letters and digits."""


def slug_words(url: str | None) -> frozenset[str]:
    """The words of the address's slug: the last path segment of a few words of letters.

    >>> sorted(slug_words("https://x.example/2019/11/19/wild-beat-sabres-4-1/"))
    ['1', '4', 'beat', 'sabres', 'wild']
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
        words = _words(low.replace("_", " ").replace("-", " ").replace("+", " "))
        if sum(w.isalpha() for w in words) >= SLUG_WORDS:
            return frozenset(words)
    return frozenset()


def least_common(slug: frozenset[str]) -> float:
    """How many of the slug's words a line that echoes it holds at least, less one (a word
    written with an apostrophe or an accent is no substring of the line): the cheap test."""
    return max(COMMON_WORDS, SLUG_SHARE * len(slug)) - 1


def echoes_slug(text: str, slug: frozenset[str]) -> float:
    """How well a line says the slug's words: the share of them it holds, when it holds
    enough (:data:`SLUG_SHARE`, :data:`LINE_SHARE`, :data:`COMMON_WORDS`), else 0.

    >>> echoes_slug("Zach Parise heating up, scores twice as Wild beat Sabres 4-1",
    ...             slug_words("/parise-scores-2-goals-wild-beat-sabres-4-1"))
    0.7777777777777778
    """
    if not slug:
        return 0.0
    words = set(_words(text.casefold()))
    common = len(words & slug)
    if common < COMMON_WORDS or common < SLUG_SHARE * len(slug) \
            or common < LINE_SHARE * len(words):
        return 0.0
    return common / len(slug)


def _words(text: str) -> list[str]:
    """Words of letters and digits, accents and apostrophes dropped ('Dräger' 'drager')."""
    for mark in _APOSTROPHES:
        text = text.replace(mark, "")
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text)
                       if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", text).split()
