"""LineRule: the one-line way to write a rule, and the pattern helpers behind it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..blocks import BlockKind
from .base import Action, Finding, Page, Verdicts
from .patterns import SafePattern, compile, words

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
class LineRule:
    """Remove each block whose text matches ``pattern`` (searched, case-insensitive).

    Table rows are data, not lines of page chrome, so they are left alone.

    ``max_words`` keeps a pattern away from long paragraphs that merely start
    the same way. A one-line custom rule::

        LineRule("promo", r"^promo:", reason="promo line")
    """

    name: str
    pattern: str | SafePattern
    reason: str = ""
    max_words: int | None = 40
    summary: str = ""

    def __post_init__(self) -> None:
        if isinstance(self.pattern, str):
            object.__setattr__(self, "pattern", compile(self.pattern))
        if not self.reason:
            object.__setattr__(self, "reason", self.name.replace("-", " "))

    def matches(self, text: str) -> bool:
        """True when ``text`` is a line this rule removes."""
        if self.max_words is not None and len(text.split()) > self.max_words:
            return False
        pattern = self.pattern
        assert isinstance(pattern, SafePattern)
        return pattern.search(text) is not None

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        for block in verdicts.undecided(page.blocks):
            if block.kind is not BlockKind.TABLE_ROW and self.matches(block.text):
                yield Finding(block.index, Action.REMOVE, self.reason)
