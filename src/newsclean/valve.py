"""The safety valve: when the rules leave almost nothing of a page that had prose.

Page-structure rules can misfire on unusual markup (an article inside an
element named like furniture, a region choice gone wrong). When the body
they leave is tiny next to the prose the page holds, the cleaner runs again
without the structural rules (those whose ``structural`` attribute is true)
and says so in ``Article.notes``, much as trafilatura keeps a backup tree.
"""

from __future__ import annotations

from dataclasses import dataclass

from .decide import Decisions
from .evidence.shape import is_prose
from .model import Block, Page, SourceKind


@dataclass(frozen=True, slots=True)
class SafetyValve:
    """Decides when a result is implausibly small. ``share=0`` turns it off."""

    share: float = 0.1
    """Open when the body holds less than this share of the page's prose…"""
    min_chars: int = 300
    """…and fewer than this many characters."""
    min_prose: int = 1000
    """Pages with less prose than this are left alone: they may really be empty."""

    def check(self, page: Page, decisions: Decisions) -> str | None:
        """Why the valve opens, or ``None`` when the result is plausible."""
        if self.share <= 0 or page.source is not SourceKind.HTML:
            return None
        prose = sum(len(b.text) for b in page.blocks if is_prose(b) and _visible(b))
        if prose < self.min_prose:
            return None
        kept = sum(len(b.text) for b in page.blocks
                   if not decisions.removed(b.index) and _visible(b))
        if kept >= self.min_chars or kept >= self.share * prose:
            return None
        return f"safety valve: the rules kept {kept} of {prose} characters of prose"


def _visible(block: Block) -> bool:
    return block.dom is None or not block.dom.hidden
