"""The headline of a dump whose header gave none: the line just above the story that it echoes.

Runs after the region rule, so the story's place is known: the headline is a
line shaped like one a few lines above the story's first paragraph (a byline, a
date, a caption or a standfirst may stand between), and the story's opening
repeats its content words (:class:`~newsclean.evidence.echo.Opening`). A menu
label, a section name or another story's teaser shares few of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..evidence.echo import Opening
from ..evidence.shape import block_is_body_like
from ..model import Action, Block, Field, Finding, Page, SourceKind, Verdicts
from .zones import header_has_chrome


@dataclass(frozen=True, slots=True)
class HeadlineRule:
    """The title of a dump without one: the headline-shaped line above the story it echoes."""

    name: str = "headline"
    reach: int = 12
    """How many lines above the story's first paragraph the headline may stand."""

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        if page.source is not SourceKind.TEXT or verdicts.found(Field.TITLE):
            return
        blocks = page.blocks
        kept = verdicts.undecided(blocks)
        story = next((b.index for b in kept if block_is_body_like(b)), None)
        if story is None or not header_has_chrome(page, verdicts, story):
            return  # clean text, with nothing removed above its story, stays as it is
        opening = Opening.of([b.text for b in kept if b.index >= story])
        chosen = headline_above(blocks[max(0, story - self.reach) : story], opening)
        if chosen is not None:
            yield Finding(chosen.index, Action.REMOVE, "headline above the story",
                          ((Field.TITLE, chosen.text),))


def headline_above(above: Sequence[Block], opening: Opening) -> Block | None:
    """The nearest of ``above`` that the opening echoes, or the one above it when that one
    echoes too (a headline over its standfirst)."""
    echoes = [opening.echoed_by(b.text) for b in above]
    for position in range(len(above) - 1, -1, -1):
        if echoes[position]:
            if position > 0 and echoes[position - 1]:
                return above[position - 1]
            return above[position]
    return None
