"""Compiled-once patterns that cannot hang.

Every pattern in newsclean goes through :func:`compile`, which returns a
:class:`SafePattern`: each match call carries a ``timeout``, and a pattern
that runs out of time counts as "no match" rather than freezing a pipeline
on a hostile page. Keyword vocabularies go through :func:`words`, which
refuses an empty group (an empty alternation would match everywhere).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import regex

TIMEOUT_SECONDS = 0.25
"""Upper bound for one match call; real blocks take microseconds."""

MAX_SCAN = 5_000
"""Characters of one block a line pattern looks at (boilerplate lines are short)."""


@dataclass(frozen=True, slots=True)
class SafePattern:
    """A compiled ``regex`` pattern whose calls time out instead of hanging."""

    pattern: Any

    def search(self, text: str) -> Any:
        """``pattern.search`` with a timeout; ``None`` on time-out."""
        try:
            return self.pattern.search(text[:MAX_SCAN], timeout=TIMEOUT_SECONDS)
        except TimeoutError:
            return None

    def finditer(self, text: str) -> list[Any]:
        """All matches, or as many as were found before the time-out."""
        found: list[Any] = []
        try:
            for match in self.pattern.finditer(text, timeout=TIMEOUT_SECONDS):
                found.append(match)
        except TimeoutError:
            pass
        return found

    def split(self, text: str) -> list[str]:
        """``pattern.split``; the whole text as one part on time-out."""
        try:
            return [str(part) for part in self.pattern.split(text, timeout=TIMEOUT_SECONDS)]
        except TimeoutError:
            return [text]

    def sub(self, replacement: str, text: str) -> str:
        """``pattern.sub``; the text is returned unchanged on time-out."""
        try:
            return str(self.pattern.sub(replacement, text, timeout=TIMEOUT_SECONDS))
        except TimeoutError:
            return text


def compile(  # mirrors re.compile
    pattern: str, flags: int = 0, *, ignore_case: bool = True
) -> SafePattern:
    """Compile a verbose, Unicode pattern once; case-insensitive unless told otherwise.

    Patterns that test letter case (``\\p{Lu}`` for a capitalised name) need
    ``ignore_case=False``: under IGNORECASE ``\\p{Lu}`` matches lower case too.

    >>> compile(r"^ad \\s+ marker$").search("Ad marker") is not None
    True
    >>> compile(r"^\\p{Lu}", ignore_case=False).search("lower") is None
    True
    """
    flags |= regex.VERBOSE | regex.V1
    if ignore_case:
        flags |= regex.IGNORECASE
    return SafePattern(regex.compile(pattern, flags))


def words(group: Iterable[str]) -> str:
    """An alternation of literal phrases, longest first; spaces match any blank run.

    >>> words(["read more", "more"])
    '(?:read\\\\s+more|more)'
    """
    items = sorted({w.strip() for w in group if w.strip()}, key=len, reverse=True)
    if not items:
        raise ValueError("a vocabulary group must not be empty")
    escaped = [r"\s+".join(regex.escape(part) for part in w.split()) for w in items]
    return "(?:" + "|".join(escaped) + ")"
