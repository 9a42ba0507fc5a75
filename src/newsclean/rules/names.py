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
from ..evidence.patterns import SafePattern, compile, words
from ..model.blocks import first_word
from .lines import gate

NAME_WORDS = 5
"""One person's name has at most this many words (particles included)…"""
NAME_CHARS = 50
"""…and at most this many characters."""
BYLINE_NAMES_WORDS = 14
"""What follows 'By' in a byline has at most this many words (several names, a role)."""

_NAME_WORD = compile(
    r"^(?:\p{Lu}[\p{Ll}\p{Lu}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+)$",
    ignore_case=False,
)
"""One word of a name: capitalised, an initial, or a double-barrelled name (case matters)."""

_SEPARATORS = ("|", "•", "·", " - ", " – ", " — ")
"""What else separates names in a byline, besides commas and joiners."""


@dataclass(frozen=True, slots=True)
class NameReader:
    """Reads names and bylines with its vocabularies (patterns built once, on first use)."""

    leads: Sequence[str] = phrases.BYLINE_LEADS
    joiners: Sequence[str] = phrases.NAME_JOINERS
    particles: Sequence[str] = phrases.NAME_PARTICLES
    roles: Sequence[str] = phrases.ROLE_WORDS
    agencies: Sequence[str] = phrases.CREDIT_AGENCIES
    _heads: frozenset[str] = field(init=False, repr=False, compare=False)
    _lead: SafePattern = field(init=False, repr=False, compare=False)
    _joiners: SafePattern = field(init=False, repr=False, compare=False)
    _roles: SafePattern = field(init=False, repr=False, compare=False)
    _particles: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "_heads", gate(self.leads).heads)
        setattr_(self, "_lead", compile(rf"^(?:{words(self.leads)})\s*:?\s+(?=\S)"))
        # Between two names: a comma, a semicolon, or 'and' in any language. It starts where
        # a blank run starts, so a long run of blanks is read once.
        setattr_(self, "_joiners", compile(
            rf"(?<!\s)(?:\s*+[,;]|\s++{words(self.joiners)}(?=\s))\s*+"))
        setattr_(self, "_roles", compile(
            rf"\b{words(self.roles)}\b|^{words(self.agencies)}$"))
        setattr_(self, "_particles", frozenset(p.lower() for p in self.particles))

    def person_name(self, text: str, *, min_words: int = 2) -> str | None:
        """``text`` if it reads like one person's name (capitalised words, initials, particles).

        >>> NAMES.person_name("David R. Sands")
        'David R. Sands'
        >>> NAMES.person_name("JANE DOE")
        'Jane Doe'
        >>> NAMES.person_name("There is a lot") is None
        True
        """
        tokens = text.strip(" .,").split()
        if not min_words <= len(tokens) <= NAME_WORDS or len(text) > NAME_CHARS:
            return None
        real = 0
        for token in tokens:
            if token.lower() in self._particles:
                continue
            if not _NAME_WORD.search(token):
                return None
            real += 1
        if real < min_words or real == 0:
            return None
        name = " ".join(tokens)
        if name.isupper():
            name = " ".join(t if len(t.rstrip(".")) <= 1 else t.capitalize() for t in tokens)
        return name

    def byline_names(self, text: str, *, lead_required: bool = True) -> tuple[str, ...]:
        """The authors in a byline such as ``By Jane Doe and John Roe, Reuters``; ().

        >>> NAMES.byline_names("By Jane Doe and John Roe")
        ('Jane Doe', 'John Roe')
        >>> NAMES.byline_names("By the end of the year, prices rose.")
        ()
        """
        if lead_required and first_word(text) not in self._heads:
            return ()
        lead = self._lead.search(text)
        if lead is None and lead_required:
            return ()
        rest = text[lead.end():] if lead else text
        if len(rest.split()) > BYLINE_NAMES_WORDS:
            return ()
        names: list[str] = []
        for part in self._split(rest):
            if not part or self._roles.search(part):
                continue
            name = self.person_name(part, min_words=1 if lead else 2)
            if name is None:
                return ()
            names.append(name)
        return tuple(names)

    def _split(self, text: str) -> list[str]:
        for separator in _SEPARATORS:
            text = text.replace(separator, ",")
        return [p.strip(" .") for p in self._joiners.sub(",", text).split(",")]


NAMES = NameReader()
"""The default vocabularies."""
