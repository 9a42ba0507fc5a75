"""What a site's name looks like: a short name, an acronym, a domain, a tagline after it."""

from __future__ import annotations

from .patterns import compile

SITE_WORDS = 5
"""A site's name has at most this many words (a longer 'name' is a headline or a slogan)."""
TAGLINE = (" | ", " – ", " — ", " · ", " - ", ": ")
"""Between a site's name and its tagline ('Remember 80/90 - Memorabilia anni 80/90')."""
ACRONYM_LETTERS = (2, 6)
"""An acronym of a site's name has this many letters (inclusive)."""
_SMALL_WORDS = frozenset(("the", "of", "and", "&", "for", "a", "de", "la", "le", "der", "die"))
"""Words an acronym skips ('The Wall Street Journal' is WSJ)."""
_URLISH = compile(r"^(?:https?://|www\.)|^(?:[\w-]++\.)++[a-z]{2,12}$")
"""A domain or an address."""


def short_name(text: str) -> bool:
    """True for a plausible site name: some letters, at most :data:`SITE_WORDS` words."""
    return any(c.isalpha() for c in text) and len(text.split()) <= SITE_WORDS


def is_domain(text: str) -> bool:
    """True for a domain or an address ('livescience.com', 'Space.com', 'https://x.in').

    >>> is_domain("Space.com"), is_domain("www.wday.ru"), is_domain("City A.M.")
    (True, True, False)
    """
    return bool(_URLISH.search(text.lower()))


def stem(domain: str) -> str:
    """The name part of a domain, letters and digits only: 'Space.com' -> 'space'.

    >>> stem("Express.co.uk"), stem("www.the-hill.com")
    ('express', 'thehill')
    """
    labels = domain.lower().split("//")[-1].split("/")[0].split(".")
    labels = labels[1:] if labels[0] == "www" and len(labels) > 2 else labels
    return "".join(c for c in labels[0] if c.isalnum())


def name_key(name: str) -> str:
    """A name's letters and digits, lower case: 'The Spokesman-Review' -> 'thespokesmanreview'."""
    return "".join(c for c in name.casefold() if c.isalnum())


def is_acronym(text: str) -> bool:
    """True for a short run of capitals ('WSJ', 'CNN'), not for a word ('Wired')."""
    low, high = ACRONYM_LETTERS
    return low <= len(text) <= high and text.isalpha() and text.isupper()


def initials(name: str) -> str:
    """The first letters of a name's words, small words skipped: 'The Wall Street Journal' WSJ.

    >>> initials("The Wall Street Journal"), initials("Wired")
    ('WSJ', 'W')
    """
    return "".join(word[0] for word in name.upper().split()
                   if word.lower() not in _SMALL_WORDS and word[0].isalpha())
