"""What a batch run tells the person watching: a progress bar and a one-line summary.

The bar is drawn only when standard error is a terminal, so logs and pipes get
no carriage-return noise; the summary is one plain line either way.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, TextIO

from .worker import Outcome


@dataclass(slots=True)
class Tally:
    """Counts of one run, and its clock."""

    pages: int = 0
    articles: int = 0
    failed: int = 0
    started: float = field(default_factory=time.perf_counter)

    def add(self, outcome: Outcome) -> None:
        self.pages += 1
        self.articles += outcome.article
        self.failed += outcome.error is not None

    def summary(self, jobs: int) -> str:
        """``181 pages, 175 articles, 0 failed in 4.1 s (44.0 pages/s, 2 jobs)``."""
        seconds = max(time.perf_counter() - self.started, 1e-9)
        workers = f"{jobs} job" + ("s" if jobs != 1 else "")
        return (
            f"{self.pages} pages, {self.articles} articles, {self.failed} failed "
            f"in {seconds:.1f} s ({self.pages / seconds:.1f} pages/s, {workers})"
        )


class Progress:
    """A tqdm bar on ``stream`` when it is a terminal; else nothing."""

    def __init__(self, stream: TextIO | None = None, *, total: int | None = None) -> None:
        self._bar: Any = None
        stream = stream if stream is not None else sys.stderr
        if not stream.isatty():
            return
        from tqdm import tqdm

        self._bar = tqdm(total=total, unit="page", file=stream, dynamic_ncols=True, leave=False)

    @property
    def shown(self) -> bool:
        return self._bar is not None

    def update(self, outcome: Outcome) -> None:
        if self._bar is not None:
            self._bar.update(1)
            if outcome.error is not None:
                self._bar.set_postfix_str("failed: " + outcome.source.label[-40:], refresh=False)

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.close()
