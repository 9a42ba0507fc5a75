"""What a site's name looks like: a short name, an acronym, a domain, a tagline after it;
and where a page gives it outside its metadata: a copyright line, the host."""

from __future__ import annotations

from urllib.parse import urlsplit

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
_HOLDER = compile(
    r"(?i)(?:©|\(c\)|copyright\s{0,3}+(?:©|\(c\)|(?=\d{4})))[\s©]{0,6}+"
    r"(?:copyright\b[\s©]{0,6}+)?"
    r"(?:\d{4}(?:\s{0,3}+[-–—]\s{0,3}+\d{4})?[\s,.-]{0,6}+)?"
    r"(?P<name>[^\W\d][^\n|©.,;:!?()\[\]/]{1,60}+(?:\.[a-z]{2,6}+\b)?)")
"""'© 2014-2019 Нормы ГТО и знаний', 'Copyright © 2019 The Paradigm.': the holder's name."""
LEGAL_FORMS = frozenset(("inc", "llc", "ltd", "limited", "gmbh", "ag", "sa", "s.a", "corp",
                         "plc", "co", "llp", "pty", "bv", "srl", "spa"))
"""Legal forms after a company's name ('comwrap GmbH', 'BGR Media, LLC'): not the name."""
CLAUSES = ("all rights reserved", "unless otherwise", "designed by", "powered by")
"""What follows the holder on a copyright line."""


def short_name(text: str) -> bool:
    """True for a plausible site name: some letters, at most :data:`SITE_WORDS` words."""
    return any(c.isalpha() for c in text) and len(text.split()) <= SITE_WORDS


def is_domain(text: str) -> bool:
    """True for a domain or an address ('livescience.com', 'Space.com', 'https://x.in').

    >>> is_domain("Space.com"), is_domain("www.wday.ru"), is_domain("City A.M.")
    (True, True, False)
    """
    return bool(_URLISH.search(text.lower()))


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


def spells_host(name: str, host: str) -> bool:
    """True when a name's letters are a label of the host, a leading 'The' aside ('The
    Detroit News' on detroitnews.com; 'Hearst' on timesunion.com is the parent company).

    >>> spells_host("The Detroit News", "detroitnews.com"), spells_host("Hearst", "timesunion.com")
    (True, False)
    """
    key = name_key(name)
    labels = host.casefold().split(".")[:-1]
    return bool(key) and any(label.replace("-", "") in (key, key.removeprefix("the"))
                             for label in labels)


def without_www(name: str) -> str:
    """A host or a site's name as a reader writes it, a leading 'www.' dropped (any case).

    >>> without_www("WWW.wday.ru"), without_www("wday.ru")
    ('wday.ru', 'wday.ru')
    """
    return name[4:] if name[:4].lower() == "www." else name


SITE_SUBDOMAINS = frozenset(("blog", "blogs", "m", "mobile", "amp"))
"""First labels of a host that name a part of the site or a device, not the site
('blog.comwrap.com' is comwrap's site)."""


def host_name(url: str | None) -> str | None:
    """The host as a reader writes it: lower case, without ``www.``, a port, or a first
    label in :data:`SITE_SUBDOMAINS` before two more.

    >>> host_name("https://www.BBC.co.uk:443/news/1"), host_name("news")
    ('bbc.co.uk', None)
    >>> host_name("https://blog.comwrap.com/x"), host_name("https://blog.com/x")
    ('comwrap.com', 'blog.com')
    """
    if not url:
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return None
    host = without_www(host)
    first, _, rest = host.partition(".")
    if first in SITE_SUBDOMAINS and rest.count(".") >= 1:
        host = rest
    return host if "." in host and not host.replace(".", "").isdigit() else None


def bare_name(text: str) -> str:
    """A name without the rights clause and the legal form after it.

    >>> bare_name("Harbour Watch, Inc. All rights reserved"), bare_name("comwrap GmbH")
    ('Harbour Watch', 'comwrap')
    """
    low = text.lower()
    cut = min((i for i in (low.find(clause) for clause in CLAUSES) if i >= 0), default=len(text))
    words = text[:cut].split()
    while words and words[-1].lower().strip(".,") in LEGAL_FORMS:
        words.pop()
    return " ".join(words).strip(" -–—|,&")


def copyright_holder(text: str) -> str | None:
    """The holder a copyright line names, when it reads as a site's name.

    >>> copyright_holder("© 2019 Harbour Watch, Inc. All rights reserved."), copyright_holder("x")
    ('Harbour Watch', None)
    """
    if "©" not in text and "opyright" not in text and "OPYRIGHT" not in text \
            and "(c)" not in text.lower():
        return None
    found = _HOLDER.search(text)
    if found is None:
        return None
    name = bare_name(found["name"])
    return name if short_name(name) and not name[0].islower() else None
