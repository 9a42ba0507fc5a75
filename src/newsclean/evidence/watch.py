"""The watch over one clean call: its time budget, and the pattern time-outs it met.

Patterns are written so that they cannot backtrack without bound; a time-out
is only a last guard. When one fires anyway, the watch records it so that the
Article says so in ``notes`` instead of a pattern quietly answering "no".
The current watch lives in a context variable: each clean call, in each
thread, has its own, and nothing is shared between calls.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from ..budget import clock

log = logging.getLogger("newsclean")


@dataclass(slots=True)
class Watch:
    """The deadline of one clean call, what went over it, and what its rules share about the
    page (never shared between calls)."""

    deadline: float | None = None
    timeouts: list[str] = field(default_factory=list)
    memo: dict[str, object] = field(default_factory=dict)
    """What rules of this call computed once about its page and share (the page's line
    view, :mod:`newsclean.evidence.line_view`); dropped with the watch when the call ends."""
    wall_deadline: float | None = None
    """The same deadline on the wall clock (``time.monotonic``). A thread's CPU time never
    runs ahead of the wall clock, so before this the deadline cannot have passed, and the
    CPU clock (ten times dearer to read; the rules' loop asks before every rule) is not read."""

    def expired(self) -> bool:
        """True once the deadline (:func:`~newsclean.budget.clock`) has passed."""
        if self.deadline is None:
            return False
        wall = self.wall_deadline
        if wall is not None and time.monotonic() < wall:
            return False
        return clock() >= self.deadline

    def timed_out(self, what: str) -> None:
        """Record that ``what`` ran out of time (logged once per distinct pattern)."""
        if what not in self.timeouts:
            self.timeouts.append(what)
            log.warning("pattern time-out: %s", what)


_CURRENT: ContextVar[Watch | None] = ContextVar("newsclean_watch", default=None)


@contextmanager
def watching(seconds: float | None = None) -> Iterator[Watch]:
    """Watch one clean call, with a deadline ``seconds`` from now (``None``: none)."""
    watch = (Watch() if seconds is None
             else Watch(clock() + seconds, wall_deadline=time.monotonic() + seconds))
    token = _CURRENT.set(watch)
    try:
        yield watch
    finally:
        _CURRENT.reset(token)


def current() -> Watch | None:
    """The watch of the clean call under way in this context, if any."""
    return _CURRENT.get()
