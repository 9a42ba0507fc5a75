"""LineRule: the one-line way to write a rule, and the pattern helpers behind it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import regex

from ..evidence.patterns import SafePattern, compile, words
from ..model import Action, BlockKind, Finding, Page, Verdicts
from ..model.blocks import first_word

EDGE = r"[\s\p{P}\p{S}]*?"
"""Punctuation, symbols or blanks around a phrase (``- Advertisement -``, ``← Back``)."""


def whole(vocabulary: Iterable[str], *, count: bool = False) -> str:
    """A pattern for a line that is only one of the phrases (optionally with a count)."""
    tail = r"(?:\s*[(\[]?\s*\d[\d.,]*\s*[kKmM]?\s*[)\]]?)?" if count else ""
    return rf"^{EDGE}{words(vocabulary)}{tail}{EDGE}$"


def leading(vocabulary: Iterable[str]) -> str:
    """A pattern for a line that starts with one of the phrases, as whole words."""
    return rf"^{EDGE}{words(vocabulary)}(?!\w)"


@dataclass(frozen=True, slots=True)
class Gate:
    """A cheap test a line must pass before a rule's pattern runs on it.

    A pattern call costs far more than a set lookup or one literal scan, and a
    dump has hundreds of lines: a gate lets a rule skip the lines that cannot match.
    A line passes when its first word is one of ``heads``, when it holds one
    of the ``marks`` characters or one of the ``phrases``, or (with
    ``numbers``) when its first word has a digit. A gate must let through
    every line the pattern could match; it only saves work.
    """

    heads: frozenset[str] = frozenset()
    marks: str = ""
    phrases: tuple[str, ...] = ()
    numbers: bool = False
    _look: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Marks and phrases in one literal scan by the C engine (it cannot backtrack).
        options = [re.escape(m) for m in self.marks]
        options += [re.escape(p) for p in sorted(self.phrases, key=len, reverse=True)]
        look = re.compile("|".join(options), re.IGNORECASE) if options else None
        object.__setattr__(self, "_look", look)

    def opens(self, text: str, head: str | None = None) -> bool:
        """True when the rule's pattern is worth running on ``text`` (whose first word,
        case-folded, is ``head`` when the caller knows it)."""
        if head is None:
            head = first_word(text)
        if head in self.heads or (self.numbers and any(c.isdigit() for c in head)):
            return True
        return self._look is not None and self._look.search(text) is not None


def gate(*vocabularies: Iterable[str], marks: str = "", phrases: Iterable[str] = (),
         numbers: bool = False) -> Gate:
    """A gate that opens for lines starting like any phrase of the vocabularies.

    Phrases that start with a symbol (``©``) add that symbol to the marks.
    """
    heads: set[str] = set()
    symbols = set(marks)
    for vocabulary in vocabularies:
        for phrase in vocabulary:
            head = first_word(phrase)
            if head:
                heads.add(head)
            else:
                symbols.add(phrase.lstrip()[:1])
    return Gate(frozenset(heads - {""}), "".join(sorted(symbols - {""})),
                tuple(p.casefold() for p in phrases), numbers)


@dataclass(frozen=True, slots=True)
class LineRule:
    """Remove each block whose text matches ``pattern`` (searched, case-insensitive).

    Table rows are data, not lines of page chrome, so they are left alone.

    ``max_words`` keeps a pattern away from long paragraphs that merely start
    the same way; an optional :class:`Gate` skips lines cheaply. A one-line
    custom rule::

        LineRule("promo", r"^promo:", reason="promo line")
    """

    name: str
    pattern: str | SafePattern
    reason: str = ""
    max_words: int | None = 40
    summary: str = ""
    gate: Gate | None = None

    def __post_init__(self) -> None:
        if isinstance(self.pattern, str):
            # Not verbose: in a pattern written on one line, a space means a space.
            pattern = compile(self.pattern, verbose=False, guarded=True)
            try:
                pattern.compiled  # noqa: B018 - compile now, so a bad pattern fails here
            except regex.error as exc:
                raise ValueError(f"LineRule {self.name!r}: bad pattern: {exc}") from None
            object.__setattr__(self, "pattern", pattern)
        elif not isinstance(self.pattern, SafePattern):
            raise TypeError(f"LineRule {self.name!r}: the pattern must be a str, "
                            f"not {type(self.pattern).__name__}")
        if not self.reason:
            object.__setattr__(self, "reason", self.name.replace("-", " "))

    def matches(self, text: str, *, words: int | None = None, head: str | None = None) -> bool:
        """True when ``text`` is a line this rule removes (``words`` and ``head``: known facts)."""
        if self.max_words is not None and (
            len(text.split()) if words is None else words
        ) > self.max_words:
            return False
        if self.gate is not None and not self.gate.opens(text, head):
            return False
        pattern = self.pattern
        assert isinstance(pattern, SafePattern)
        return pattern.search(text) is not None

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        for block in verdicts.undecided(page.blocks):
            if block.kind is not BlockKind.TABLE_ROW and self.matches(
                block.text, words=block.words, head=block.head
            ):
                yield Finding(block.index, Action.REMOVE, self.reason)
