"""A second, independent main-content extraction: the densest run of prose.

The region choice of ``main-content`` reads the element tree and class words.
When its result looks wrong (see :mod:`newsclean.valve`), the cleaner asks
this rule instead, which reads neither: it walks the blocks in page order,
scores each (prose counts its characters, short lines and link lists count
against, chrome by content (:mod:`newsclean.evidence.holds`) counts its
characters against), and keeps the contiguous run with the highest sum, as
body-text extraction does with text and tags. It is not among the default
rules; the cleaner runs it only in its fallback chain.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ..evidence.holds import block_kind
from ..evidence.runs import heaviest_run
from ..evidence.shape import is_prose
from ..model import Action, Block, BlockKind, Finding, Page, SourceKind, Verdicts

SHORT_CHARS = 25
"""A line shorter than this (a button, a label, a menu item)…"""
SHORT_PENALTY = 20.0
"""…counts this much against the run it sits in."""
LINK_DENSE = 0.5
"""A block with more than this share of its characters in links counts its length against."""
PLAIN_SHARE = 0.5
"""A paragraph too short to be prose, with few links, counts this share of its length."""


def weight(block: Block, page: Page) -> float:
    """What one block adds to (or takes from) the run of prose it sits in."""
    if block.kind is BlockKind.IMAGE or block.kind is BlockKind.HEADING:
        return 0.0
    size = float(len(block.text))
    if block_kind(block, page.nodes) is not None or block.link_density > LINK_DENSE:
        return -size
    if is_prose(block):
        return size
    if size < SHORT_CHARS:
        return -SHORT_PENALTY
    return PLAIN_SHARE * size


@dataclass(frozen=True, slots=True)
class DensityRule:
    """Keeps the densest run of prose on an HTML page; what lies outside it goes."""

    name: str = "density-region"
    structural: ClassVar[bool] = True

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        if page.source is not SourceKind.HTML:
            return
        blocks = [b for b in page.blocks
                  if b.dom is not None and not b.dom.hidden and not verdicts.removed(b.index)]
        found = heaviest_run([weight(b, page) for b in blocks])
        if found is None:
            return
        first, last = blocks[found[0]].index, blocks[found[1]].index
        for block in page.blocks:
            if block.dom is not None and not verdicts.decided(block.index) and not (
                first <= block.index <= last
            ):
                yield Finding(block.index, Action.REMOVE, "outside the densest run of prose")
