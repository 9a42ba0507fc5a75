"""People: bylines into authors, contact lines into contacts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..evidence import phrases
from ..evidence.patterns import compile, words
from ..model import Action, Contact, Field, Finding, Page, SourceKind, Verdicts
from ..model.blocks import first_word
from .lines import gate
from .zones import body_start, header_has_chrome

_LEAD_HEADS = gate(phrases.BYLINE_LEADS).heads
_LEAD = compile(rf"^(?:{words(phrases.BYLINE_LEADS)})\s*:?\s+(?=\S)")
_JOINERS = compile(rf"(?<!\s)(?:\s*+[,;]|\s++{words(phrases.NAME_JOINERS)}(?=\s))\s*+")
"""Between two names: a comma, a semicolon, or 'and' in any language. It starts where a
blank run starts, so a long run of blanks is read once."""
_NAME_WORD = compile(
    r"^(?:\p{Lu}[\p{Ll}\p{Lu}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+)$",
    ignore_case=False,
)
"""One word of a name: capitalised, an initial, or a double-barrelled name (case matters)."""
_ROLES = compile(
    rf"\b{words(phrases.ROLE_WORDS)}\b|^{words(phrases.CREDIT_AGENCIES)}$"
)
_PARTICLES = frozenset(phrases.NAME_PARTICLES)


NAME_WORDS = 5
"""One person's name has at most this many words (particles included)…"""
NAME_CHARS = 50
"""…and at most this many characters."""
BYLINE_NAMES_WORDS = 14
"""What follows 'By' in a byline has at most this many words (several names, a role)."""
BYLINE_WORDS = 16
"""A byline line has at most this many words."""
CONTACT_WORDS = 40
"""An author's contact line has at most this many words."""


def person_name(text: str, *, min_words: int = 2) -> str | None:
    """``text`` if it reads like one person's name (capitalised words, initials, particles).

    >>> person_name("David R. Sands")
    'David R. Sands'
    >>> person_name("JANE DOE")
    'Jane Doe'
    >>> person_name("There is a lot") is None
    True
    """
    tokens = text.strip(" .,").split()
    if not min_words <= len(tokens) <= NAME_WORDS or len(text) > NAME_CHARS:
        return None
    real = 0
    for token in tokens:
        if token.lower() in _PARTICLES:
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


def byline_names(text: str, *, lead_required: bool = True) -> tuple[str, ...]:
    """The authors in a byline such as ``By Jane Doe and John Roe, Reuters``; () if not one.

    >>> byline_names("By Jane Doe and John Roe")
    ('Jane Doe', 'John Roe')
    >>> byline_names("By the end of the year, prices rose.")
    ()
    """
    if lead_required and first_word(text) not in _LEAD_HEADS:
        return ()
    lead = _LEAD.search(text)
    if lead is None and lead_required:
        return ()
    rest = text[lead.end():] if lead else text
    if len(rest.split()) > BYLINE_NAMES_WORDS:
        return ()
    names: list[str] = []
    for part in _split(rest):
        if not part or _ROLES.search(part):
            continue
        name = person_name(part, min_words=1 if lead else 2)
        if name is None:
            return ()
        names.append(name)
    return tuple(names)


def _split(text: str) -> list[str]:
    for separator in ("|", "•", "·", " - ", " – ", " — "):
        text = text.replace(separator, ",")
    return [p.strip(" .") for p in _JOINERS.sub(",", text).split(",")]


@dataclass(frozen=True, slots=True)
class BylineRule:
    """Bylines ('By Jane Doe and John Roe') and a lone name line before the body, into authors."""

    name: str = "byline"

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        start = body_start(page, verdicts)
        header = page.source is SourceKind.TEXT and header_has_chrome(page, verdicts, start)
        for block in page.blocks:
            if verdicts.removed(block.index) or block.words > BYLINE_WORDS:
                continue
            names = byline_names(block.text)
            reason = "byline"
            if not names and header and block.index < start:
                names = byline_names(block.text, lead_required=False)
                reason = "lone author name before the body"
            if names:
                data = tuple((Field.AUTHOR, n) for n in names)
                yield Finding(block.index, Action.REMOVE, reason, data)


_EMAIL = compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++")
"""An address. It starts only where a word starts, and runs are possessive: a long word
with no '@' is read once, not once per starting character."""
_HANDLE = compile(r"(?<![\w.])@\w{1,30}\b")
_PHONE = compile(r"(?<!\w)\+?\(?\d[\d\s().-]{7,24}\d(?!\w)")
"""A phone number: 9 to 26 characters of digits and separators. The bound keeps the work
per starting position small, so a long run of digits and blanks is read in linear time."""
_CONTACT_LEAD = compile(
    r"""
    (?P<name>^.{2,60}?)\s+(?:can|may)\s+be\s+(?:reached|contacted|emailed)\b
    | ^(?:contact|reach|email|e-mail|write\ to|message)\s+(?P<name2>.{2,60}?)\s+(?:at|on|via)\b
    | ^follow\s+(?P<name3>.{2,60}?)\s+on\s+\w+
    | ^(?:email|e-mail|mail|contact|tel|phone|twitter|x)\s*:
    | \b(?:reach|contact|email)\s+(?:him|her|them|me|us)\s+at\b
    """
)


@dataclass(frozen=True, slots=True)
class ContactRule:
    """Author contact lines ('X can be reached at …', 'Follow X on Twitter @…') into contacts."""

    name: str = "contact"

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        for block in page.blocks:
            if (verdicts.removed(block.index) or block.words > CONTACT_WORDS
                    or not _reachable(block.text)):
                continue
            lead = _CONTACT_LEAD.search(block.text)
            if lead is None:
                continue
            contacts = _contacts(block.text, lead.group("name") or lead.group("name2")
                                 or lead.group("name3"))
            if contacts:
                data = tuple((Field.CONTACT, c) for c in contacts)
                yield Finding(block.index, Action.REMOVE, "author contact line", data)


MIN_PHONE_DIGITS = 7
"""A contact line without an '@' must hold at least this many digits (a phone number)."""

_DIGIT = re.compile(r"\d")
"""One digit: counted by the C engine, not a Python loop over every character."""


def _reachable(text: str) -> bool:
    """Cheap test before the patterns: a contact line holds an address or a number."""
    return "@" in text or len(_DIGIT.findall(text)) >= MIN_PHONE_DIGITS


def _contacts(text: str, raw_name: str | None) -> list[Contact]:
    name = person_name(raw_name.strip(" •-")) if raw_name else None
    found: list[Contact] = []
    emails = [m.group(0).rstrip(".") for m in _EMAIL.finditer(text)]
    found += [Contact("email", e, name) for e in emails]
    without_emails = _EMAIL.sub(" ", text)
    found += [Contact("handle", m.group(0), name) for m in _HANDLE.finditer(without_emails)]
    found += [Contact("phone", m.group(0).strip(), name) for m in _PHONE.finditer(without_emails)]
    return found
