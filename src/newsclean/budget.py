"""The page budget: how much one page may cost, set on the Cleaner.

A page over the budget still gives an Article, cut where the budget ran
out, and ``Article.notes`` says what was cut and why. Nothing hangs and
nothing is lost without a word.
"""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Budget:
    """Limits for one page. ``None`` lifts a limit."""

    max_bytes: int | None = 20_000_000
    """Input beyond this many bytes (characters, for str) is not read: no article needs more."""
    max_depth: int | None = 256
    """Elements nested deeper than this are read as part of the element at this depth."""
    seconds: float | None = 20.0
    """CPU time of the whole clean (:func:`clock`). Reading the page may use
    :data:`READ_SHARE` of it: the HTML walk stops there and keeps the blocks read so far.
    The rules get what is left; rules not yet run when it is up are skipped. Notes say
    what stopped."""

    def __post_init__(self) -> None:
        for name in ("max_bytes", "max_depth", "seconds"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, (int, float)) or value <= 0):
                raise ValueError(f"Budget.{name} must be a positive number or None, not {value!r}")


def clock() -> float:
    """The budget's clock: the calling thread's CPU time, in seconds.

    The budget bounds what a page costs, not how long the caller waits: a crawl cleans
    pages in several threads (the Scrapy pipeline does), and on a loaded machine or
    behind the GIL a page's wall-clock time can grow tenfold while its own work stays
    the same. A runaway pattern or walk still burns this thread's CPU, so it is stopped.
    """
    return time.thread_time()


READ_SHARE = 0.5
"""Share of ``Budget.seconds`` the HTML walk may use, so the rules always get the rest."""

UNLIMITED = Budget(None, None, None)
"""No limits at all: for trusted input only."""
