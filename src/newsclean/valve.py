"""The safety valve: when the rules leave almost nothing of a page that had prose.

Page-structure rules can misfire on unusual markup (an article inside an
element named like furniture, a region choice gone wrong). When the body
they leave is tiny next to the prose the page holds, the cleaner runs again
without the rules named in ``STRUCTURE_RULES`` and says so in
``Article.notes``, much as trafilatura keeps a backup tree for this case.
"""

from __future__ import annotations

from dataclasses import dataclass

from .decide import Decisions
from .rules.base import Page, SourceKind
from .rules.prose import is_prose

STRUCTURE_RULES = frozenset(("dom-furniture", "main-content"))
"""Rules left out of the second run: the ones that drop whole regions at once."""


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
        """A note saying why the valve opens, or ``None`` when the result is plausible."""
        if self.share <= 0 or page.source is not SourceKind.HTML:
            return None
        prose = sum(len(b.text) for b in page.blocks if is_prose(b) and not _hidden(b))
        if prose < self.min_prose:
            return None
        kept = sum(len(b.text) for b in page.blocks if not decisions.removed(b.index)
                   and not _hidden(b))
        if kept >= self.min_chars or kept >= self.share * prose:
            return None
        return (
            f"safety valve: the rules kept {kept} of {prose} characters of prose; "
            f"cleaned again without {', '.join(sorted(STRUCTURE_RULES))}"
        )


def _hidden(block: object) -> bool:
    dom = getattr(block, "dom", None)
    return bool(dom and dom.hidden)
