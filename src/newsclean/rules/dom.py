"""DOM rules: evidence only HTML has (hidden elements, class/id words, link density).

Each rule skips blocks without DOM evidence, so text dumps pass untouched.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ..evidence.classes import CLASS_WORDS, ClassWords
from ..model import Action, Block, BlockKind, Finding, Page, Verdicts
from .zones import prose_mass

CHROME_TAG_REASONS = {
    "nav": "inside <nav>",
    "aside": "inside <aside>",
    "footer": "inside <footer>",
    "form": "inside <form>",
    "menu": "inside <menu>",
    "dialog": "inside <dialog>",
}


@dataclass(frozen=True, slots=True)
class HiddenRule:
    """Hidden elements: the hidden attribute, aria-hidden, display:none, 'sr-only' classes."""

    name: str = "hidden"

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        for block in page.blocks:
            dom = block.dom
            if dom is None or verdicts.removed(block.index):
                continue
            if dom.hidden:
                yield Finding(block.index, Action.REMOVE, "hidden element")


@dataclass(frozen=True, slots=True)
class FurnitureRule:
    """Page furniture by markup: nav/aside/footer/form, and class/id words per family.

    The nearest marked ancestor decides. The search upwards stops at an element
    named like the article body (``article-body``, ``entry-content``…) and at
    one holding most of the page's prose: furniture *inside* the article is
    caught, while a page-wide wrapper oddly named ``widget`` or ``ad-wrap``
    cannot take the article down with it. (The price: a comment section with
    more prose than the article is not furniture by this rule.)
    """

    name: str = "dom-furniture"
    structural: ClassVar[bool] = True
    article_share: float = 0.5
    """An element holding this share of the page's prose is the article, whatever its name."""
    words: ClassWords = CLASS_WORDS
    """The class/id vocabularies (see :class:`~newsclean.evidence.classes.ClassWords`)."""

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        nodes = page.nodes
        mass, total = prose_mass(page, verdicts)
        floor = self.article_share * total if total else float("inf")
        decided: dict[int, str | None] = {}

        def verdict(node_id: int) -> str | None:
            """The furniture reason that governs a node, memoised up the parent chain."""
            chain = []
            reason: str | None = None
            while node_id >= 0 and node_id not in decided:
                chain.append(node_id)
                node = nodes[node_id]
                parent_tag = nodes[node.parent].tag if node.parent >= 0 else ""
                mark = _mark(node.tag, node.tokens, parent_tag, self.words)
                if mark == _ARTICLE or mass.get(node_id, 0) >= floor:
                    reason = None
                    break
                if mark is not None:
                    reason = mark
                    break
                node_id = nodes[node_id].parent
            else:
                reason = decided.get(node_id) if node_id >= 0 else None
            for seen in chain:
                decided[seen] = reason
            return reason

        for block in page.blocks:
            dom = block.dom
            if dom is None or not dom.ancestors or verdicts.removed(block.index):
                continue
            found = verdict(dom.ancestors[0])
            if found is not None:
                yield Finding(block.index, Action.REMOVE, found)


_ARTICLE = "article"




def _mark(tag: str, tokens: frozenset[str], parent_tag: str, words: ClassWords) -> str | None:
    """Why an element is furniture, ``_ARTICLE`` when it is the article body, else None.

    A ``<footer>`` in a ``<blockquote>`` or ``<figure>`` is the quote's attribution or
    the figure's credit, not page furniture.
    """
    if tokens & words.content or (tag == "blockquote" and tokens & words.embeds):
        return _ARTICLE
    quoted = parent_tag in ("blockquote", "figure")
    reason = None if quoted else CHROME_TAG_REASONS.get(tag)
    if reason is None and tokens:
        reason = _family_reason(tokens, words)
    return reason


def _family_reason(tokens: frozenset[str], words: ClassWords) -> str | None:
    found = words.furniture_family(tokens)
    return f"{found[0]} (class/id '{found[1]}')" if found is not None else None


@dataclass(frozen=True, slots=True)
class LinkDensityRule:
    """Link lists and link-only lines: most of the block's text sits inside links."""

    name: str = "link-dense"
    threshold: float = 0.5
    """A block with more than this share of its characters in links is a link list…"""
    long_words: int = 40
    """…unless it has this many words: running text that links a lot…"""
    long_threshold: float = 0.8
    """…is a link list only above this share."""

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        for block in page.blocks:
            if block.dom is None or verdicts.removed(block.index) or block.kind is BlockKind.IMAGE:
                continue
            if self._link_dense(block):
                yield Finding(block.index, Action.REMOVE, "mostly links")

    def _link_dense(self, block: Block) -> bool:
        limit = self.long_threshold if block.words >= self.long_words else self.threshold
        return block.link_density > limit
