"""What reads as a name: a person's, an organisation's, and the words credited beside them.

Word-level tests and vocabularies only; reading the names out of a byline is
:mod:`newsclean.rules.names`' job. Kept here so that any stage may ask whether a
few words are a person's name without importing the rules.
"""

from __future__ import annotations

from collections.abc import Set

from .patterns import compile
from .stopwords import ANY_STOP_WORD as _ANY_STOP_WORD

NAME_WORDS = 5
"""One person's name has at most this many words (particles included)…"""
NAME_CHARS = 50
"""…and at most this many characters."""
DATE_LINE_WORDS = 10
"""A dateline under a bare name line has at most this many words ('Published November 20,
2019 10:15 AM EST | Updated 2 hours ago'); a longer line is prose that cites a date."""
ORGANISATION_WORDS = 5
"""An organisation credited in a byline ('Detroit News wire services') has at most this many
words."""
PLACEHOLDERS = frozenset(("staff", "admin", "administrator", "editor", "editors", "team",
                          "guest", "webmaster", "redaktion", "redazione", "rédaction"))
"""First words of a byline that credits nobody ('Staff Reports', 'admin')."""

_NAME_WORD = compile(
    r"^(?:\p{Lu}[\p{Ll}\p{Lu}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+"
    r"|\p{Ll}{1,3}[-'’]\p{Lu}[\p{Ll}\p{Lu}'’-]*)$",
    ignore_case=False,
)
"""One word of a name: capitalised, an initial, a double-barrelled name, or a capitalised
name behind a short particle joined to it ('al-Rubaie', 'el-Sisi', "d'Estaing") (case
matters)."""

_LOWER_NAME_WORD = compile(r"^\p{Ll}[\p{Ll}'’-]*+$", ignore_case=False)
"""One word of a name written in lower case ('cindy mangomini' in an author field)."""

CASELESS_NAME_CHARS = 10
"""A name in a script without capitals (Chinese, Japanese, Korean: '松村太郎', '정덕현') has 2 to
this many characters; longer runs are phrases."""
_CASELESS_NAME = compile(
    rf"^[\p{{Han}}\p{{Hiragana}}\p{{Katakana}}\p{{Hangul}}ー・]{{2,{CASELESS_NAME_CHARS}}}$",
    ignore_case=False,
)
"""A name written in Han, kana or Hangul, with no blanks (family name and given name joined)."""

ORG_WORD = compile(r"^(?:\p{Lu}[\p{L}'’.&-]*+|\p{Ll}{1,4}|\d[\w.]*+)$", ignore_case=False)
"""One word of an organisation's name: capitalised, or a short lower-case joiner ('of')."""

ACRONYM = compile(r"^\p{Lu}{2,5}$", ignore_case=False)
"""A part that is one short capitalised acronym: an organisation, never a person."""

_NOT_FIRST = frozenset(("the", "a", "an", "our", "your", "this", "all"))
"""A person's name never starts with these ('The Millbrook Gazette')."""
_FUNCTION_WORDS = frozenset(("of", "for", "in", "with", "at", "from", "about", "latest"))
"""Capitalised, these make a title-cased label ('Best Of', 'More From'), never a name.
('To', 'More' and 'Best' are surnames: Johnnie To, Thomas More, George Best.)"""
OUTLET_LEADS = frozenset(("for", "with", "of", "special", "to"))
"""Words that lead from a byline's names to their paper ('for the Daily Mail', 'Special to
The Star', 'with wire services')."""
BEFORE_AGENCY = OUTLET_LEADS | {"the"}
"""Words left between a name and an agency glued after it ('Tom Davies The Associated
Press', 'Jane Doe with AFP')."""
AGENCIES_WORDS = frozenset(("agencies", "wire", "wires", "services"))
"""Words of an unnamed agency credit after the names ('and agencies', 'with wire services')."""
CREDENTIALS = frozenset(("phd", "md", "dds", "dmd", "dvm", "jd", "mba", "mph", "msc", "bsc",
                         "ma", "ms", "rn", "rd", "rdn", "lcsw", "cpa", "cfa", "cfp", "esq",
                         "facs", "frcp"))
"""Degrees and licences written after a name ('Jane Doe, Ph.D.', 'Jane Doe, M.D.'), dots
dropped: not a person. Every form whose acronym is in capitals is dropped anyway."""
SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))
"""Generational suffixes ('John Smith, Jr.'): part of the name before them."""
PERSON_ROLES = frozenset(("writer", "reporter", "correspondent", "editor", "contributor",
                          "columnist", "journalist", "producer"))
"""Roles that a person holds (not a desk or an agency): the last word of a job title."""
TITLE_WORDS = PERSON_ROLES | frozenset((
    "senior", "staff", "chief", "contributing", "deputy", "associate", "executive",
    "managing", "special", "national", "foreign", "investigative", "political"))
"""Words that start a job title after a name ('Senior Politics Editor', 'Staff Writer')."""


def person_name(text: str, particles: Set[str], labels: Set[str], *, min_words: int = 2,
                caseless: bool = False, lower_case: bool = False) -> str | None:
    """``text`` if it reads like one person's name (capitalised words, initials, particles).

    ``particles`` ('van', 'de') count only in lower case and are not words of the name;
    a word in ``labels`` (case-folded: 'Gazette', 'Industry') makes it no name.
    ``caseless`` also accepts a name in a script without capitals ('小暮ひさのり'),
    which looks like any other short word: only where the text is known to credit
    someone (an author field of the markup, a byline after 'By'). ``lower_case`` also
    accepts words written in lower case ('cindy mangomini', 'Juan de la cruz'), none of
    them a common function word: only in an author field, where no sentence stands.

    >>> person_name("Ludwig van Beethoven", {"van"}, set())
    'Ludwig van Beethoven'
    >>> person_name("JANE DOE", set(), set())
    'Jane Doe'
    >>> person_name("There is a lot", set(), set()) is None
    True
    """
    tokens = text.strip(" .,").split()
    half = len(tokens) // 2
    if half and len(tokens) == 2 * half and tokens[:half] == tokens[half:]:
        tokens = tokens[:half]  # a link's text and its title: 'Sean Martin Sean Martin'
    if caseless and tokens and _CASELESS_NAME.search("".join(tokens)):
        return " ".join(tokens)
    if not min_words <= len(tokens) <= NAME_WORDS or len(text) > NAME_CHARS:
        return None
    if tokens[0].lower() in _NOT_FIRST or any(
            t.casefold().strip(".,") in labels
            or (t[:1].isupper() and t.casefold() in _FUNCTION_WORDS) for t in tokens):
        return None
    real = 0
    for token in tokens:
        if token in particles:  # 'van', 'de', 'al' in lower case; 'Al Gore' is a name
            continue
        if not (_NAME_WORD.search(token) or (
                lower_case and _LOWER_NAME_WORD.search(token)
                and token not in _ANY_STOP_WORD)):
            return None
        real += 1
    if real < min_words or real == 0:
        return None
    name = " ".join(tokens)
    if name.isupper():
        name = " ".join(t if len(t.rstrip(".")) <= 1 else t.capitalize() for t in tokens)
    return name


LONE_LABEL_WORDS = frozenset(("to", "your", "my", "our", "more", "next", "here", "now",
                              "skip", "learn", "find", "view", "site", "map", "menu", "search",
                              "home", "sign", "log", "subscribe", "read", "watch", "shop",
                              "save", "share", "print", "join", "follow", "download",
                              "image", "images", "photo", "photos", "gallery"))
"""Words of a menu item, a button or a picture's credit ('Skip To Navigation', 'Learn More',
'Site Map', 'Save Story', 'Getty Images'). A name line with a lead ('By Thomas More') may
hold them; a bare one may not."""


def is_menu_label(name: str) -> bool:
    """True when a bare name line holds a word of a menu item or a button."""
    return any(w.casefold().strip(".,") in LONE_LABEL_WORDS for w in name.split())
