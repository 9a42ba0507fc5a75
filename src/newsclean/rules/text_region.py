"""Main content for text dumps: the densest run of prose lines is the article.

A dump of a whole page keeps its menus, teaser lists and footers as short
lines around the article. Prose lines (see :func:`~newsclean.evidence.shape.is_body_like`)
cluster where the article is; this rule finds the cluster holding the most
prose and removes the lines far outside it that are shaped like chrome:
short and not ending like a sentence. Prose lines and short sentences are
never removed here, and lines near the cluster are left to the other rules,
so a short closing quote or a list inside the article survives.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from ..evidence.shape import QUOTE_CLOSERS, SENTENCE_ENDS, block_is_body_like, is_body_like
from ..model import Action, Block, Finding, Page, SourceKind, Verdicts


def _chrome_shaped(text: str) -> bool:
    """Menu items, teaser headlines and labels: short, and not ending like a sentence.

    Short sentences ("No.", "He left the room.") end with punctuation and stay.
    """
    return not is_body_like(text) and text[-1:] not in _FINISHED


_FINISHED = SENTENCE_ENDS + QUOTE_CLOSERS
"""A line whose last character is one of these reads as a finished thought."""


@dataclass(frozen=True, slots=True)
class TextRegionRule:
    """Short lines of a text dump far from its article text (menus, teasers, footers)."""

    name: str = "text-region"
    max_gap: int = 8
    """Non-prose lines allowed between two prose lines of one cluster."""
    margin: int = 3
    """Lines kept on either side of the cluster, whatever they are."""
    min_prose_lines: int = 3
    """Dumps with fewer prose lines are left alone: there is no cluster to trust."""

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        if page.source is not SourceKind.TEXT:
            return
        lines = verdicts.undecided(page.blocks)
        prose = [i for i, block in enumerate(lines) if block_is_body_like(block)]
        if len(prose) < self.min_prose_lines:
            return
        first, last = self._best_cluster(lines, prose)
        low, high = max(0, first - self.margin), min(len(lines) - 1, last + self.margin)
        for position, block in enumerate(lines):
            if (position < low or position > high) and _chrome_shaped(block.text):
                yield Finding(block.index, Action.REMOVE, "far from the article text")

    def _best_cluster(self, lines: list[Block], prose: list[int]) -> tuple[int, int]:
        """Positions of the first and last prose line of the cluster with most prose."""
        best = (0, prose[0], prose[0])
        start = prose[0]
        size = len(lines[start].text)
        for previous, current in pairwise(prose):
            if current - previous - 1 > self.max_gap:
                best = max(best, (size, start, previous))
                start, size = current, 0
            size += len(lines[current].text)
        best = max(best, (size, start, prose[-1]))
        return best[1], best[2]
