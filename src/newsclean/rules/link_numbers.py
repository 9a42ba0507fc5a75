"""Link numbers of lynx and w3m dumps, cut out of the text they stand in.

A terminal browser's dump prints ``[12]`` before the text of every link. On a
page that holds many of them (:attr:`LinkNumberRule.min_numbers`) they are the
dump's link numbers, not the text's own brackets, and each is reported as a
span, so the body reads "read the report" and the ledger keeps every ``[12]``.
A page with a few bracketed numbers (footnote marks in an article's own text)
keeps them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..evidence.link_numbers import link_numbers
from ..model import Action, Finding, Page, SourceKind, Verdicts

REASON = "link number"


@dataclass(frozen=True, slots=True)
class LinkNumberRule:
    """Link numbers of lynx and w3m dumps ('read [12]the report'), cut from the text."""

    name: str = "link-number"
    min_numbers: int = 10
    """A dump with fewer ``[n]`` marks keeps them: footnote marks, not a browser's numbers."""

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        if page.source is not SourceKind.TEXT:
            return
        found = [(b.index, link_numbers(b.text)) for b in page.blocks if "[" in b.text]
        if sum(len(spans) for _, spans in found) < self.min_numbers:
            return
        for index, spans in found:
            if spans and not verdicts.decided(index):
                for span in spans:
                    yield Finding(index, Action.REMOVE, REASON, span=span)
