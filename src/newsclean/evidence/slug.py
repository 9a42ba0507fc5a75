"""The headline in a page's address: the slug ("/2016/12/lost-city-found-atop-greek-peak/").

Most news sites put the headline's words in the article's address. A text dump
made by lynx, w3m, inscriptis or a browser's copy has no ``<title>`` line to echo,
but a caller that stores the dump usually has its address: the line that says the
slug's words again, shaped like a headline, is the story's headline. Plain string
methods only.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import unquote, urlsplit

from .shape import is_headline

MIN_SLUG_WORDS = 3
"""A path segment needs this many words joined by '-' or '_' to be a slug (not an id,
a section or a date)."""
SLUG_SHARE = 0.7
"""The headline line holds at least this share of the slug's words…"""
LINE_SHARE = 0.5
"""…and at least this share of the line's words are the slug's (a slug drops stop words
and punctuation, and may be cut short; a teaser that shares a name or two is no match)."""
MAX_LINE_CHARS = 300
"""A longer line is text, never a headline (and is not read)."""
_SEPARATORS = "-_+."


def slug_words(url: str | None) -> frozenset[str]:
    """The words of the address's slug, lower case; empty when it has none.

    The slug is the path segment with the most words joined by '-' or '_', a final
    ``.html``, words of one letter and words of digits only left out.

    >>> sorted(slug_words("http://x.com/2016/12/lost-city-found-atop_greek-peak.html?a=1"))
    ['atop', 'city', 'found', 'greek', 'lost', 'peak']
    >>> slug_words("https://x.com/news/12345") == frozenset()
    True
    """
    if not url:
        return frozenset()
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return frozenset()
    best: list[str] = []
    for segment in path.split("/"):
        stem = segment.rsplit(".", 1)[0] if segment.endswith((".html", ".htm", ".php")) else segment
        for separator in _SEPARATORS[1:]:
            stem = stem.replace(separator, "-")
        words = [word for word in stem.casefold().split("-")
                 if len(word) > 1 and not word.isdigit()]
        if len(words) > len(best):
            best = words
    return frozenset(best) if len(best) >= MIN_SLUG_WORDS else frozenset()


def line_words(folded: str) -> list[str]:
    """A case-folded line's words as a slug would spell them: letters and digits only.

    >>> line_words("lost city, found: atop a 2,500-year-old peak")
    ['lost', 'city', 'found', 'atop', 'a', '2', '500', 'year', 'old', 'peak']
    """
    cleaned = "".join(char if char.isalnum() else " " for char in folded)
    return cleaned.split()


def slug_headline(texts: Sequence[str], folded: Sequence[str], url: str | None) -> int | None:
    """The position of the first line that says the slug's words again, shaped like a
    headline (another rule may have taken it as the title: it still marks the story's
    place); None when the address has no slug or no line matches.

    >>> lines = ["Home", "Rail fares to rise", "Lost city found atop a Greek peak", "Text."]
    >>> slug_headline(lines, [t.casefold() for t in lines],
    ...               "https://x.com/2016/lost-city-found-atop-greek-peak/")
    2
    """
    slug = slug_words(url)
    if not slug:
        return None
    need = SLUG_SHARE * len(slug)
    for position in range(1, len(texts)):  # the first line is the page's title, if any
        text = texts[position]
        if len(text) < MIN_SLUG_WORDS * 2 or len(text) > MAX_LINE_CHARS:
            continue
        words = [word for word in line_words(folded[position])
                 if len(word) > 1 and not word.isdigit()]  # slugs drop 'a' and 'C.A.R.E.'s dots
        if len(words) < MIN_SLUG_WORDS:
            continue
        shared = sum(word in slug for word in set(words))
        if shared >= need and shared >= LINE_SHARE * len(set(words)) and is_headline(text):
            return position
    return None
