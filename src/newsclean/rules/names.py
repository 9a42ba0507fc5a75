"""Reading people's names: one person's name, and the authors in a byline.

The vocabularies (byline leads, joiners, name particles, role words, agencies)
are fields of a :class:`NameReader`, and the rules that read names take one as
a parameter, so a language is added without editing the library::

    names = NameReader(leads=(*phrases.BYLINE_LEADS, "tekst"))
    cleaner = Cleaner().replacing(BylineRule(names=names), DatelineRule(names=names))
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..evidence import phrases
from ..evidence.dates import DATE_SPAN, MONTH_WORDS, TIME_SPAN
from ..evidence.patterns import SafePattern, compile, words
from ..evidence.stopwords import ANY_STOP_WORD as _ANY_STOP_WORD
from ..model.blocks import first_word
from .lines import gate

NAME_WORDS = 5
"""One person's name has at most this many words (particles included)…"""
NAME_CHARS = 50
"""…and at most this many characters."""
ORGANISATION_WORDS = 5
"""An organisation credited in a byline ('Detroit News wire services') has at most this many
words."""
PLACEHOLDERS = frozenset(("staff", "admin", "administrator", "editor", "editors", "team",
                          "guest", "webmaster", "redaktion", "redazione", "rédaction"))
"""First words of a byline that credits nobody ('Staff Reports', 'admin')."""
BYLINE_NAMES_WORDS = 14
"""What follows 'By' in a byline has at most this many words (several names, a role)."""

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

_ORG_WORD = compile(r"^(?:\p{Lu}[\p{L}'’.&-]*+|\p{Ll}{1,4}|\d[\w.]*+)$", ignore_case=False)
"""One word of an organisation's name: capitalised, or a short lower-case joiner ('of')."""

_ACRONYM = compile(r"^\p{Lu}{2,5}$", ignore_case=False)
"""A part that is one short capitalised acronym: an organisation, never a person."""

_LINK_NUMBER = compile(r"\[\d{1,5}\]")
"""A link's number in a lynx or w3m dump ('By [16]Jamelle Bouie'): not part of a name, and
where two links meet ('[39]Sean Martin [40]Sean Martin') a separator between two."""

_SEPARATORS = ("|", "•", "·", " - ", " – ", " — ", " / ")
"""What separates the segments of a byline ('By Jane Doe | Staff Writer | Email')."""
_NOT_FIRST = frozenset(("the", "a", "an", "our", "your", "this", "all"))
"""A person's name never starts with these ('The Millbrook Gazette')."""
_FUNCTION_WORDS = frozenset(("of", "for", "in", "with", "at", "from", "about", "latest"))
"""Capitalised, these make a title-cased label ('Best Of', 'More From'), never a name.
('To', 'More' and 'Best' are surnames: Johnnie To, Thomas More, George Best.)"""
OUTLET_LEADS = frozenset(("for", "with", "of", "special", "to"))
"""Words that lead from a byline's names to their paper ('for the Daily Mail', 'Special to
The Star', 'with wire services')."""
_BEFORE_AGENCY = OUTLET_LEADS | {"the"}
"""Words left between a name and an agency glued after it ('Tom Davies The Associated
Press', 'Jane Doe with AFP')."""
_AGENCIES_WORDS = frozenset(("agencies", "wire", "wires", "services"))
"""Words of an unnamed agency credit after the names ('and agencies', 'with wire services')."""
CREDENTIALS = frozenset(("phd", "md", "dds", "dmd", "dvm", "jd", "mba", "mph", "msc", "bsc",
                         "ma", "ms", "rn", "rd", "rdn", "lcsw", "cpa", "cfa", "cfp", "esq",
                         "facs", "frcp"))
"""Degrees and licences written after a name ('Jane Doe, Ph.D.', 'Jane Doe, M.D.'), dots
dropped: not a person. Every form whose acronym is in capitals is dropped anyway."""
SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))
"""Generational suffixes ('John Smith, Jr.'): part of the name before them."""
_TRAILING = frozenset((*phrases.DATE_FILLERS, "|", "-", "–", "—", "•", "·", "/"))
"""Lower-case words and marks dropped from the end of a byline once a date is cut off."""


@dataclass(frozen=True, slots=True)
class NameReader:
    """Reads names and bylines with its vocabularies (patterns built once, on first use)."""

    leads: Sequence[str] = phrases.BYLINE_LEADS
    joiners: Sequence[str] = phrases.NAME_JOINERS
    particles: Sequence[str] = phrases.NAME_PARTICLES
    roles: Sequence[str] = phrases.ROLE_WORDS
    agencies: Sequence[str] = phrases.CREDIT_AGENCIES
    labels: Sequence[str] = phrases.NAME_LABEL_WORDS
    noise: Sequence[str] = phrases.BYLINE_NOISE
    _heads: frozenset[str] = field(init=False, repr=False, compare=False)
    _lead: SafePattern = field(init=False, repr=False, compare=False)
    _joiners: SafePattern = field(init=False, repr=False, compare=False)
    _roles: SafePattern = field(init=False, repr=False, compare=False)
    _particles: frozenset[str] = field(init=False, repr=False, compare=False)
    _labels: frozenset[str] = field(init=False, repr=False, compare=False)
    _noise: SafePattern = field(init=False, repr=False, compare=False)
    _agency_names: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "_heads", gate(self.leads).heads)
        setattr_(self, "_lead", compile(rf"^(?:{words(self.leads)})\s*:?\s+(?=\S)"))
        # Between two names: a comma, a semicolon, or 'and' in any language, or both ('Jane
        # Doe, John Roe, and Ann Lee'). It starts where a blank run starts, so a long run of
        # blanks is read once.
        setattr_(self, "_joiners", compile(
            rf"(?<!\s)(?:\s*+[,;](?:\s*+{words(self.joiners)}(?=\s))?"
            rf"|\s++{words(self.joiners)}(?=\s))\s*+"))
        setattr_(self, "_roles", compile(
            rf"\b{words(self.roles)}\b|^{words(self.agencies)}$"))
        setattr_(self, "_particles", frozenset(p.lower() for p in self.particles))
        setattr_(self, "_labels", frozenset(w.casefold() for w in self.labels))
        setattr_(self, "_agency_names", frozenset(a.lower() for a in self.agencies))
        setattr_(self, "_noise", compile(
            rf"(?:^|(?<=[\s|•·,]))(?:{words(self.noise)})(?!\w)|(?<!\S)[^\s\d@]*+[\d@]"))

    def person_name(self, text: str, *, min_words: int = 2,
                    caseless: bool = False, lower_case: bool = False) -> str | None:
        """``text`` if it reads like one person's name (capitalised words, initials, particles).

        ``caseless`` also accepts a name in a script without capitals ('小暮ひさのり'),
        which looks like any other short word: only where the text is known to credit
        someone (an author field of the markup, a byline after 'By'). ``lower_case`` also
        accepts words written in lower case ('cindy mangomini', 'Juan de la cruz'), none of
        them a common function word: only in an author field, where no sentence stands.

        >>> NAMES.person_name("David R. Sands")
        'David R. Sands'
        >>> NAMES.person_name("JANE DOE")
        'Jane Doe'
        >>> NAMES.person_name("There is a lot") is None
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
                t.casefold().strip(".,") in self._labels
                or (t[:1].isupper() and t.casefold() in _FUNCTION_WORDS) for t in tokens):
            return None
        real = 0
        for token in tokens:
            if token in self._particles:  # 'van', 'de', 'al' in lower case; 'Al Gore' is a name
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

    @property
    def heads(self) -> frozenset[str]:
        """First words (case-folded) a byline with a lead can open with."""
        return self._heads

    def may_lead(self, head: str) -> bool:
        """True when a line whose first word is ``head`` (case-folded, as ``Block.head``)
        may be a byline with a lead ('By …'): the cheap test before :meth:`byline_names`."""
        return head in self._heads

    def byline_names(self, text: str, *, lead_required: bool = True, site: str | None = None,
                     min_words: int | None = None, credits: bool = False,
                     outlets: bool = False) -> tuple[str, ...]:
        """The authors in a byline such as ``By Jane Doe and John Roe, Reuters``; ().

        The first segment (up to a ``|``, ``•`` or dash) must be names and roles, or the
        line is not a byline; later segments add names when they are names and are
        skipped when they are not (a site, a label, an 'Email the author' link).
        ``site`` is the site's name, never an author. A name has at least ``min_words``
        words: by default one after a lead ('By Madonna'), else two. A name without
        capitals ('松村太郎') counts after a lead, or when ``credits`` says the text is an
        author field. The paper after the names ('…, The Washington Post', '… for the
        Daily Mail') ends them after a lead, in an author field, or when ``outlets`` says
        the text is a byline element; in a bare line it may be a headline ('Meal Prep for
        A Little More Obsessed').

        >>> NAMES.byline_names("By Jane Doe and John Roe")
        ('Jane Doe', 'John Roe')
        >>> NAMES.byline_names("By Ada Lindqvist | The Millbrook Gazette | Email the author")
        ('Ada Lindqvist',)
        >>> NAMES.byline_names("By the end of the year, prices rose.")
        ()
        """
        text = _LINK_NUMBER.sub(" · ", text) if "[" in text else text
        if lead_required and first_word(text) not in self._heads:
            return ()
        lead = self._lead.search(text)
        if lead is None and lead_required:
            return ()
        rest = self._trim(text[lead.end():] if lead else text)
        if not rest or len(rest.split()) > BYLINE_NAMES_WORDS:
            return ()
        if min_words is None:
            min_words = 1 if lead else 2
        caseless = credits or lead is not None
        lower_case = credits and lead is None
        outlets = outlets or credits or lead is not None
        names: list[str] = []
        for position, segment in enumerate(self._segments(rest)):
            found = self._segment_names(segment, min_words, site, caseless, lower_case,
                                        outlets)
            if found is None:
                if position == 0:
                    return ()
                continue
            names.extend(found)
        return tuple(dict.fromkeys(names))

    def later_byline(self, text: str, *, site: str | None = None,
                     min_words: int | None = None) -> tuple[str, ...]:
        """The authors of a byline that starts in a later segment ('November 12, 2018 |
        By Jane Doe'): a date or a section first, then the lead; or right after a date
        ('Posted on March 3, 2024 by Jane Doe'); ().

        >>> NAMES.later_byline("November 12, 2018 | BY: Jane Doe")
        ('Jane Doe',)
        >>> NAMES.later_byline("Posted on March 3, 2024 at 10:15 am by Jane Doe")
        ('Jane Doe',)
        """
        if "|" not in text and "•" not in text and "·" not in text:
            return self._after_date(text, site=site, min_words=min_words)
        segments = self._segments(_LINK_NUMBER.sub(" · ", text) if "[" in text else text)
        for position, segment in enumerate(segments[1:], 1):
            if first_word(segment.strip()) in self._heads:
                rest = "|".join(segments[position:]).strip()
                return self.byline_names(rest, site=site, min_words=min_words)
        return ()

    def _after_date(self, text: str, *, site: str | None,
                    min_words: int | None) -> tuple[str, ...]:
        """The byline right after the first date of ``text``, past its time and fillers."""
        found = DATE_SPAN.search(text) if any(c.isdigit() for c in text) else None
        if found is None:
            return ()
        tokens = text[found.end():].split()
        while tokens and (tokens[0].casefold().strip(",") in _TRAILING
                          or TIME_SPAN.match(tokens[0].strip(","))):
            tokens.pop(0)  # 'at 10:15 am ET'
        rest = " ".join(tokens)
        if not rest or first_word(rest) not in self._heads:
            return ()
        return self.byline_names(rest, site=site, min_words=min_words)

    def organisation(self, text: str, *, site: str | None = None) -> str | None:
        """The organisation a byline credits when it names no person ('By Reuters'); None.

        >>> NAMES.organisation("By The Associated Press | Updated 3 hours ago")
        'The Associated Press'
        >>> NAMES.organisation("By the end of the year, prices rose.") is None
        True
        """
        text = _LINK_NUMBER.sub(" · ", text) if "[" in text else text
        lead = self._lead.search(text)
        rest = self._trim(text[lead.end():] if lead else text)
        segments = [s.strip(" ,;.") for s in self._segments(rest)] if rest else []
        segment = next((s for s in segments if s), "")  # a link number leaves one empty
        tokens = segment.split()
        if not 1 <= len(tokens) <= ORGANISATION_WORDS or len(segment) > NAME_CHARS:
            return None
        if site and segment.casefold() == site.casefold() and not lead:
            return None
        if not all(_ORG_WORD.search(t) or t.lower() in self._particles or t in self._labels
                   for t in tokens):
            return None
        if tokens[0].lower() in PLACEHOLDERS or (
                tokens[-1].islower() and tokens[-1] not in self._labels):
            return None  # ... or a sentence ('Marilyn says'): a name ends in a capital word
            # or an organisation word ('Detroit News wire services')
        if len(tokens) == 1 and segment.lower() not in self._agency_names:
            return None  # one word is a user name ('admin', 'Vortex') unless it is an agency
        return segment

    def _without_agency(self, part: str) -> str:
        """'Tom Davies Associated Press' -> 'Tom Davies': an agency glued after a name."""
        lower = part.lower()
        for agency in self._agency_names:
            if lower.endswith(" " + agency) and len(lower) > len(agency) + 1:
                tokens = part[:len(part) - len(agency)].rstrip(" ,").split()
                while tokens and tokens[-1].casefold() in _BEFORE_AGENCY:
                    tokens.pop()  # '… The Associated Press', '… with AFP', 'and the AP'
                return " ".join(tokens)
        return part

    def _trim(self, text: str) -> str:
        """``text`` up to the first widget word, date, number or handle, less trailing fillers."""
        cut_at = len(text)
        for pattern in (DATE_SPAN, self._noise):
            cut = pattern.search(text[:cut_at])
            if cut is not None:
                cut_at = cut.start()
        tokens = text[:cut_at].split()
        cut_month = cut_at < len(text)  # 'on March' before a cut '3, 2024' is the date's
        while tokens and self._trailing(tokens[-1], cut_month):
            tokens.pop()
        return " ".join(tokens).strip(" ,;:")

    @staticmethod
    def _trailing(token: str, cut_month: bool) -> bool:
        """A filler ('on', '|') or, after a date was cut, its month, at the end of a byline."""
        if token in _TRAILING or (token.islower() and token.strip(",:") in _TRAILING):
            return True
        return cut_month and token.lower().strip(".,") in MONTH_WORDS

    @staticmethod
    def _segments(text: str) -> list[str]:
        for separator in _SEPARATORS[1:]:
            text = text.replace(separator, _SEPARATORS[0])
        return text.split(_SEPARATORS[0])

    def _parts(self, segment: str) -> list[str]:
        """``segment`` split at commas, semicolons and joiners ('and', 'und', '&'…)."""
        parts: list[str] = []
        position = 0
        while True:
            match = self._joiners.search_from(segment, position)
            if match is None or match.end() == match.start():
                break
            parts.append(segment[position:match.start()])
            position = match.end()
        parts.append(segment[position:])
        return [piece for part in parts for piece in part.split(",")]

    def _segment_names(self, segment: str, min_words: int, site: str | None,
                       caseless: bool = False, lower_case: bool = False,
                       outlets: bool = False) -> list[str] | None:
        """The names in one segment; None when a part is neither a name nor a role."""
        names: list[str] = []
        for position, part in enumerate(self._parts(segment)):
            part = self._without_agency(_without_aside(part).strip(" ."))
            if not part:
                continue
            plain = part.casefold().replace(".", "").replace(" ", "")
            if plain in CREDENTIALS:  # 'Jane Doe, Ph.D.'
                continue
            if plain in SUFFIXES and names:  # 'John Smith, Jr.'
                names[-1] = f"{names[-1]} {part}"
                continue
            if self._roles.search(part):
                # 'Staff writer'; first, a name with its title glued on ('Sam Stein Senior
                # Politics Editor'); after a comma the title stands alone ('…, AP Auto Writer').
                titled = self._before_title(part, min_words) if position == 0 else None
                names.extend([titled] if titled else [])
                continue
            if site and part.casefold() == site.casefold():
                continue
            if _ACRONYM.search(part):  # 'CNN', 'BBC': an organisation beside the names
                continue
            name = self.person_name(part, min_words=min_words, caseless=caseless,
                                    lower_case=lower_case)
            if name is None and outlets:
                # The paper after the names ('…, The Washington Post', '… for the Daily
                # Mail', '…, Special to The Star') ends them; anything else voids the segment.
                if names and self._outlet(part):
                    return names
                head = self._before_outlet(part, min_words)
                return [*names, head] if head is not None else None
            if name is None:
                return None
            names.append(name)
        return names

    def _before_outlet(self, part: str, min_words: int) -> str | None:
        """The name in 'Jane Doe for the Daily Mail': a name, an outlet lead, an outlet."""
        tokens = part.split()
        for position, token in enumerate(tokens[1:], 1):
            if token.casefold() in OUTLET_LEADS:
                name = self.person_name(" ".join(tokens[:position]), min_words=min_words)
                return name if name and self._outlet(" ".join(tokens[position:])) else None
        return None

    def _outlet(self, text: str) -> bool:
        """True when ``text`` names a paper or an agency, after an optional lead ('Special to
        The Star', 'for the Daily Mail', 'with wire services', 'CNN Business')."""
        tokens = text.split()
        while tokens and tokens[0].casefold() in OUTLET_LEADS:
            tokens.pop(0)
        if tokens and tokens[0].casefold() == "the":
            tokens.pop(0)
        if not 1 <= len(tokens) <= ORGANISATION_WORDS:
            return False
        known = self._labels | self._agency_names | _AGENCIES_WORDS
        return all((_ORG_WORD.search(t) and t[:1].isupper()) or t.casefold() in known
                   or self._roles.search(t) or t in self._particles for t in tokens
                   ) and (tokens[0][:1].isupper() or tokens[0].casefold() in known)

    def _before_title(self, part: str, min_words: int) -> str | None:
        """The name before a job title glued to it ('Sam Stein Senior Politics Editor');
        None. The title starts at a title word and runs in capitals to a person's role."""
        tokens = part.split()
        start = next((i for i, t in enumerate(tokens) if t.casefold() in TITLE_WORDS), None)
        if start is None or start < max(min_words, 2):
            return None
        if not all(t[:1].isupper() for t in tokens[start:]):
            return None
        if tokens[-1].casefold() not in PERSON_ROLES or any(
                _ACRONYM.search(t) for t in tokens[:start]):
            return None  # 'AP Auto Writer': an agency's desk, not a name
        return self.person_name(" ".join(tokens[:start]), min_words=max(min_words, 2))


ASIDE_CHARS = 40
"""A bracketed aside after a name ('Jane Doe (AP)', 'Junichi Niino（jniino）') has at most
this many characters."""


def _without_aside(part: str) -> str:
    """``part`` less a short bracketed aside at its end: the agency, a handle or a role."""
    text = part.rstrip()
    if not text.endswith((")", "）")):
        return part
    start = max(text.rfind("("), text.rfind("（"))
    if start <= 0 or len(text) - start > ASIDE_CHARS:
        return part
    return text[:start]


PERSON_ROLES = frozenset(("writer", "reporter", "correspondent", "editor", "contributor",
                          "columnist", "journalist", "producer"))
"""Roles that a person holds (not a desk or an agency): the last word of a job title."""
TITLE_WORDS = PERSON_ROLES | frozenset((
    "senior", "staff", "chief", "contributing", "deputy", "associate", "executive",
    "managing", "special", "national", "foreign", "investigative", "political"))
"""Words that start a job title after a name ('Senior Politics Editor', 'Staff Writer')."""

NAMES = NameReader()
"""The default vocabularies."""
