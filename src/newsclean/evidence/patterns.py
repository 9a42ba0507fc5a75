"""Patterns compiled on first use, whose calls cannot hang.

Every pattern in newsclean goes through :func:`compile`, which returns a
:class:`SafePattern`. Patterns are written to run in linear time (bounded
repeats, possessive quantifiers, anchored alternatives; ``tests/test_patterns_linear.py``
feeds each one long runs of what it repeats). ``search`` and ``match`` read at
most :data:`MAX_SCAN` characters, so they are bounded work without a time-out;
so are ``finditer``, ``sub`` and ``split`` over a text that short (one line).
Over longer texts they keep a ``regex`` time-out as a last guard: when it
fires, the current :mod:`watch` records it, and the Article says so in ``notes``.
Users' patterns (``guarded``) carry the time-out on every call.

Compiling waits for the first call, so ``import newsclean`` stays cheap, and a
pattern compares equal to another of the same source, so rules and Cleaners
compare equal after a pickle round trip.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex

from .watch import current

TIMEOUT_SECONDS = 1.0
"""Upper bound for one match call: a last guard, never the normal way to say "no"."""

MAX_SCAN = 5_000
"""Characters of one block a line pattern looks at (boilerplate lines are short)."""


class SafePattern:
    """A ``regex`` pattern compiled on first use, whose calls time out instead of hanging."""

    __slots__ = ("_compiled", "flags", "guarded", "source")

    def __init__(self, source: str, flags: int, guarded: bool = False) -> None:
        self.source = source
        self.flags = flags
        self.guarded = guarded
        """True for patterns from users: every call then carries the time-out."""
        self._compiled: Any = None

    def __repr__(self) -> str:
        return f"SafePattern({self.source!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SafePattern):
            return NotImplemented
        return (self.source, self.flags, self.guarded) == (
            other.source, other.flags, other.guarded)

    def __hash__(self) -> int:
        return hash((self.source, self.flags))

    def __reduce__(self) -> tuple[Any, ...]:
        return (SafePattern, (self.source, self.flags, self.guarded))

    @property
    def compiled(self) -> Any:
        """The compiled pattern (compiled once, on first use; a race compiles it twice)."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = regex.compile(self.source, self.flags)
        return compiled

    def _timed_out(self) -> None:
        watch = current()
        if watch is not None:
            watch.timed_out(self.source[:60])

    def search(self, text: str) -> Any:
        """``search`` over the first :data:`MAX_SCAN` characters.

        A library pattern is linear (tested), so over at most MAX_SCAN characters
        it is bounded work and skips the time-out, which costs ten times a typical
        match. A user's pattern (``guarded``) always carries the time-out.
        """
        return self._bounded(self.compiled.search, text)

    def match(self, text: str) -> Any:
        """``match`` at the start of the first :data:`MAX_SCAN` characters (bounded, as search)."""
        return self._bounded(self.compiled.match, text)

    def search_from(self, text: str, position: int) -> Any:
        """``search`` from ``position`` over at most :data:`MAX_SCAN` characters (bounded, as
        :meth:`search`; the text before ``position`` still counts for look-behinds).

        The way to walk a short text match by match: ``finditer`` carries the time-out,
        whose set-up costs far more than a match on a short line.
        """
        end = position + MAX_SCAN
        if not self.guarded:
            return self.compiled.search(text, position, end)
        try:
            return self.compiled.search(text, position, end, timeout=TIMEOUT_SECONDS)
        except TimeoutError:
            self._timed_out()
            return None

    def _bounded(self, call: Any, text: str) -> Any:
        if not self.guarded:
            return call(text[:MAX_SCAN])
        try:
            return call(text[:MAX_SCAN], timeout=TIMEOUT_SECONDS)
        except TimeoutError:
            self._timed_out()
            return None

    def _short(self, text: str) -> bool:
        """True when a whole-text call is bounded work without the time-out: a library
        pattern (linear, tested) over at most :data:`MAX_SCAN` characters, as for
        :meth:`search`. Most of these calls are on one line, where the time-out's set-up
        would cost many times the match."""
        return not self.guarded and len(text) <= MAX_SCAN

    def finditer(self, text: str) -> list[Any]:
        """All matches, or as many as were found before a time-out."""
        if self._short(text):
            return list(self.compiled.finditer(text))
        found: list[Any] = []
        try:
            for match in self.compiled.finditer(text, timeout=TIMEOUT_SECONDS):
                found.append(match)
        except TimeoutError:
            self._timed_out()
        return found

    def split(self, text: str) -> list[str]:
        """``split``; the whole text as one part on time-out."""
        if self._short(text):
            return [str(part) for part in self.compiled.split(text)]
        try:
            return [str(part) for part in self.compiled.split(text, timeout=TIMEOUT_SECONDS)]
        except TimeoutError:
            self._timed_out()
            return [text]

    def sub(self, replacement: str, text: str) -> str:
        """``sub``; the text unchanged on time-out."""
        if self._short(text):
            return str(self.compiled.sub(replacement, text))
        try:
            return str(self.compiled.sub(replacement, text, timeout=TIMEOUT_SECONDS))
        except TimeoutError:
            self._timed_out()
            return text


def compile(  # mirrors re.compile
    pattern: str, *, ignore_case: bool = True, verbose: bool = True, guarded: bool = False
) -> SafePattern:
    """A Unicode pattern, compiled on first use; case-insensitive unless told otherwise.

    Library patterns are written verbose (white space and comments ignored).
    Patterns from users are not (``verbose=False``): there a space matches a space.
    Patterns that test letter case (``\\p{Lu}`` for a capitalised name) need
    ``ignore_case=False``: under IGNORECASE ``\\p{Lu}`` matches lower case too.
    ``guarded`` patterns (users' patterns, not checked for linear time) carry the
    time-out on every call.

    >>> compile(r"^ad \\s+ marker$").search("Ad marker") is not None
    True
    >>> compile(r"^click here", verbose=False).search("Click here") is not None
    True
    >>> compile(r"^\\p{Lu}", ignore_case=False).search("lower") is None
    True
    """
    flags = regex.V0  # simple case folding: several times faster than V1's full folding
    if verbose:
        flags |= regex.VERBOSE
    if ignore_case:
        flags |= regex.IGNORECASE
    return SafePattern(pattern, flags, guarded)


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
