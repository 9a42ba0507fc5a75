"""The safety valve: when the rules leave almost nothing of a page, or only chrome.

Page-structure rules can misfire on unusual markup (an article inside an
element named like furniture, a region choice gone wrong). The valve looks at
what they left, not only at how much: kept text that is chrome by content (a
consent notice, a form, a comment thread: :mod:`newsclean.evidence.holds`)
does not count as article. When the article-like prose left is tiny next to
what the page holds, or what is left is chrome while article-like prose went,
the cleaner runs its fallback chain (see :mod:`newsclean.cleaner`) and says so
in ``Article.notes``, much as trafilatura keeps a backup tree.
"""

from __future__ import annotations

from dataclasses import dataclass

from .decide import Decisions
from .evidence.holds import block_kind, region_kind, support
from .evidence.shape import is_prose
from .evidence.stated import fold, pieces, share_found
from .model import Block, Page, SourceKind


@dataclass(frozen=True, slots=True)
class SafetyValve:
    """Decides when a result looks wrong. ``share=0`` turns it off."""

    share: float = 0.1
    """Open when the body holds less than this share of the page's article-like prose…"""
    min_chars: int = 300
    """…and fewer than this many characters of it."""
    min_prose: int = 1000
    """Pages with less article-like prose than this are left alone: they may really be empty."""
    fallback: bool = False
    """Also try the density-based extraction when what the rules kept is chrome (else only
    the cleaning without structural rules). Off by default: on the benchmark pages it
    changed no development page and lost one validation page's start (docs/html.md)."""
    density_share: float = 0.5
    """The density-based result is kept when it holds this share of the article-like prose
    that cleaning without structural rules keeps."""
    stated: bool = True
    """Check the result against the article the page states in its JSON-LD
    (``articleBody``), and fall back to it when the result holds too little of it."""
    stated_min_chars: int = 400
    """A stated body with fewer letters and digits than this is left alone (it may be a
    summary, not the article)…"""
    stated_share: float = 0.5
    """…else the result must hold this share of it (sampled pieces, see
    :mod:`newsclean.evidence.stated`)."""

    def check(self, page: Page, decisions: Decisions) -> str | None:
        """Why the result looks wrong, or ``None`` when it is plausible."""
        if self.share <= 0 or page.source is not SourceKind.HTML:
            return None
        visible = [b for b in page.blocks if b.dom is None or not b.dom.hidden]
        kept_blocks: list[Block] = []
        went = 0
        for block in visible:
            if not decisions.removed(block.index):
                kept_blocks.append(block)
            elif is_prose(block):
                went += len(block.text)
        if went < self.min_chars and went + self.min_chars <= self.min_prose:
            return None  # neither test below can open: too little prose went
        kinds = {b.index: block_kind(b, page.nodes) for b in visible if is_prose(b)}
        prose = support(visible, page.nodes, kinds)
        kept = support(kept_blocks, page.nodes, kinds)
        if prose >= self.min_prose and kept < self.min_chars and kept < self.share * prose:
            return f"safety valve: the rules kept {kept} of {prose} characters of prose"
        if not kept_blocks or prose - kept < max(self.min_chars, kept):
            return None
        kind = region_kind(kept_blocks, page.nodes, kinds=kinds)
        if kind is not None:
            return (f"safety valve: what the rules kept is a {kind}, while {prose - kept} "
                    "characters of prose went")
        return None

    def stated_body(self, page: Page, decisions: Decisions) -> str | None:
        """Why the result misses the article the page states in its JSON-LD, or ``None``
        (no stated body, a short one, or a result that holds enough of it)."""
        body = page.hints.get("article_body") if self.stated else None
        if not body or page.source is not SourceKind.HTML:
            return None
        folded = fold(body)
        if len(folded) < self.stated_min_chars:
            return None
        found = self.stated_found(page, decisions, folded)
        if found >= self.stated_share:
            return None
        return (f"safety valve: the rules kept {found:.0%} of the article the page states "
                "in its JSON-LD articleBody")

    def stated_found(self, page: Page, decisions: Decisions, folded: str | None = None) -> float:
        """The share of the stated body (folded) that the decisions keep."""
        if folded is None:
            folded = fold(page.hints.get("article_body", ""))
        kept = fold("\n".join(b.text for b in page.blocks if not decisions.removed(b.index)))
        return share_found(pieces(folded), kept)

    def holds_chrome(self, page: Page, decisions: Decisions) -> bool:
        """True when what the decisions keep is, by its content, chrome."""
        kept = [b for b in page.blocks if _visible(b) and not decisions.removed(b.index)]
        return bool(kept) and region_kind(kept, page.nodes) is not None

    def better(self, page: Page, first: Decisions, second: Decisions) -> bool:
        """True when ``second`` keeps more article-like prose than ``first``."""
        return self.kept(page, second) > self.kept(page, first)

    def kept(self, page: Page, decisions: Decisions) -> int:
        """Characters of article-like prose the decisions keep."""
        return support([b for b in page.blocks
                        if _visible(b) and not decisions.removed(b.index)], page.nodes)


def _visible(block: Block) -> bool:
    return block.dom is None or not block.dom.hidden
