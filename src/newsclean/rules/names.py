"""Reading the authors out of a byline: its lead, segments, roles, papers, dates and widgets.

What reads as one person's name, and the word lists beside names (degrees, roles,
outlet leads), are :mod:`newsclean.evidence.names`. The vocabularies (byline
leads, joiners, name particles, role words, agencies) are fields of a
:class:`NameReader`, and the rules that read names take one as
a parameter, so a language is added without editing the library::

    names = NameReader(leads=(*phrases.BYLINE_LEADS, "tekst"))
    cleaner = Cleaner().replacing(BylineRule(names=names), DatelineRule(names=names))
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..evidence import phrases
from ..evidence.dates import DATE_SPAN, MONTH_WORDS, TIME_SPAN, may_hold_date
from ..evidence.names import (
    ACRONYM,
    AGENCIES_WORDS,
    BEFORE_AGENCY,
    CREDENTIALS,
    NAME_CHARS,
    ORG_WORD,
    ORGANISATION_WORDS,
    OUTLET_LEADS,
    PERSON_ROLES,
    PLACEHOLDERS,
    SUFFIXES,
    TITLE_WORDS,
    person_name,
)
from ..evidence.patterns import SafePattern, compile, words
from ..model.blocks import first_word
from .lines import gate

BYLINE_NAMES_WORDS = 14
"""What follows 'By' in a byline has at most this many words (several names, a role)."""

LINK_NUMBER = compile(r"\[\d{1,5}\]")
"""A link's number in a lynx or w3m dump ('By [16]Jamelle Bouie'): not part of a name, and
where two links meet ('[39]Sean Martin [40]Sean Martin') a separator between two."""

BYLINE_SEPARATORS = ("|", "•", "·", " - ", " – ", " — ", " / ")
"""What separates the segments of a byline ('By Jane Doe | Staff Writer | Email')."""
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
        """``text`` if it reads like one person's name, with this reader's particles and labels
        (:func:`newsclean.evidence.names.person_name` says how).

        >>> NAMES.person_name("David R. Sands")
        'David R. Sands'
        >>> NAMES.person_name("JANE DOE")
        'Jane Doe'
        >>> NAMES.person_name("There is a lot") is None
        True
        """
        return person_name(text, self._particles, self._labels, min_words=min_words,
                           caseless=caseless, lower_case=lower_case)

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
        text = LINK_NUMBER.sub(" · ", text) if "[" in text else text
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
        segments = self._segments(LINK_NUMBER.sub(" · ", text) if "[" in text else text)
        for position, segment in enumerate(segments[1:], 1):
            if first_word(segment.strip()) in self._heads:
                rest = "|".join(segments[position:]).strip()
                return self.byline_names(rest, site=site, min_words=min_words)
        return ()

    def _after_date(self, text: str, *, site: str | None,
                    min_words: int | None) -> tuple[str, ...]:
        """The byline right after the first date of ``text``, past its time and fillers."""
        found = DATE_SPAN.search(text) if may_hold_date(text) else None
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
        text = LINK_NUMBER.sub(" · ", text) if "[" in text else text
        lead = self._lead.search(text)
        rest = self._trim(text[lead.end():] if lead else text)
        segments = [s.strip(" ,;.") for s in self._segments(rest)] if rest else []
        segment = next((s for s in segments if s), "")  # a link number leaves one empty
        tokens = segment.split()
        if not 1 <= len(tokens) <= ORGANISATION_WORDS or len(segment) > NAME_CHARS:
            return None
        if site and segment.casefold() == site.casefold() and not lead:
            return None
        if not all(ORG_WORD.search(t) or t.lower() in self._particles or t in self._labels
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
                while tokens and tokens[-1].casefold() in BEFORE_AGENCY:
                    tokens.pop()  # '… The Associated Press', '… with AFP', 'and the AP'
                return " ".join(tokens)
        return part

    def _trim(self, text: str) -> str:
        """``text`` up to the first widget word, date, number or handle, less trailing fillers."""
        cut_at = len(text)
        # most bylines hold no year and are spared the date pattern
        for pattern in (DATE_SPAN, self._noise) if may_hold_date(text) else (self._noise,):
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
        for separator in BYLINE_SEPARATORS[1:]:
            text = text.replace(separator, BYLINE_SEPARATORS[0])
        return text.split(BYLINE_SEPARATORS[0])

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
            if ACRONYM.search(part):  # 'CNN', 'BBC': an organisation beside the names
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
        known = self._labels | self._agency_names | AGENCIES_WORDS
        return all((ORG_WORD.search(t) and t[:1].isupper()) or t.casefold() in known
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
                ACRONYM.search(t) for t in tokens[:start]):
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


NAMES = NameReader()
"""The default vocabularies."""
