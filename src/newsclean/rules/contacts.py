"""Contacts: author contact lines ('X can be reached at …') into contacts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..evidence.line_view import live_view_of
from ..evidence.patterns import compile
from ..model import Action, Contact, Field, Finding, Page, Verdicts
from .lines import FOLDS_TO_ASCII
from .names import NAMES, NameReader

CONTACT_WORDS = 40
"""An author's contact line has at most this many words."""

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
    names: NameReader = NAMES

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        # only a line with an '@' or a digit can be reached (_reachable): found once a page
        view = live_view_of(page, verdicts)  # every line read must not be removed
        blocks, removed = page.blocks, verdicts.removed
        reachable = view.holding_raw(("@",)) | view.digits
        if len(reachable) > PAGE_LOOK_LINES and not view.odd_case:
            # and only a line holding a lead word may lead (_may_lead): on a page of many
            # such lines, looked for over the page at once
            reachable &= (view.holding(_LEAD_WORDS) | view.starting(("x", "X")) | view.folds)
        for position in sorted(reachable):
            block = blocks[position]
            if (block.words > CONTACT_WORDS or not _may_lead(block.text)
                    or not _reachable(block.text) or removed(block.index)):
                continue
            lead = _CONTACT_LEAD.search(block.text)
            if lead is None:
                continue
            contacts = _contacts(block.text, lead.group("name") or lead.group("name2")
                                 or lead.group("name3"), self.names)
            if contacts:
                data = tuple((Field.CONTACT, c) for c in contacts)
                yield Finding(block.index, Action.REMOVE, "author contact line", data)


PAGE_LOOK_LINES = 64
"""With more lines holding an '@' or a digit than this, the lead words are looked for over
the page at once (a scan of the page per word) rather than line by line (each line's
lower case read for them): a scan of a page costs about as much as some dozens of lines."""

MIN_PHONE_DIGITS = 7
"""A contact line without an '@' must hold at least this many digits (a phone number)."""

_DIGIT = re.compile(r"\d")
"""One digit: counted by the C engine, not a Python loop over every character."""


def _reachable(text: str) -> bool:
    """Cheap test before the patterns: a contact line holds an address or a number."""
    return "@" in text or len(_DIGIT.findall(text)) >= MIN_PHONE_DIGITS


_LEAD_WORDS = ("reach", "contact", "mail", "write", "message", "follow", "tel", "phone",
               "twitter")
"""Every _CONTACT_LEAD alternative holds one of these words, or opens with 'x'."""
_FOLDS = frozenset(FOLDS_TO_ASCII)


def _may_lead(text: str) -> bool:
    """Cheap test before _CONTACT_LEAD (reference lists of long addresses pass _reachable):
    the pattern needs one of its words, which the lower case shows unless a letter of
    FOLDS_TO_ASCII stands for an ASCII one (checked for the library's patterns by
    tests/rules/test_line_gates.py)."""
    low = text.lower()
    return (any(map(low.__contains__, _LEAD_WORDS)) or low[:1] == "x"
            or not _FOLDS.isdisjoint(text))


def _contacts(text: str, raw_name: str | None, names: NameReader) -> list[Contact]:
    name = names.person_name(raw_name.strip(" •-")) if raw_name else None
    found: list[Contact] = []
    emails = [m.group(0).rstrip(".") for m in _EMAIL.finditer(text)]
    found += [Contact("email", e, name) for e in emails]
    without_emails = _EMAIL.sub(" ", text)
    found += [Contact("handle", m.group(0), name) for m in _HANDLE.finditer(without_emails)]
    found += [Contact("phone", m.group(0).strip(), name) for m in _PHONE.finditer(without_emails)]
    return found
