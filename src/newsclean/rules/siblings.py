"""Siblings that join the article's region must not be chrome.

The best element's siblings join its region when they score well (an article split
into two ``<div class="body">`` around an ad comes back whole). A comment thread or a
teaser rail beside a longer post scores well too, and would join without its class
words: a sibling is only judged by its score. Each joining sibling is read for what
it holds (:func:`~newsclean.evidence.holds.region_kind`), as the candidates are.
"""

from __future__ import annotations

from ..evidence.holds import COMMENTS, CONSENT, FORM, region_kind
from ..model import Block, Page

NEVER_BESIDE = frozenset((COMMENTS, CONSENT, FORM))
"""What a sibling holding it never joins for: a thread, a consent notice, a sign-up form.
A teaser list or a gallery may be the article's own (a roundup's linked product
headings, a photo essay's captioned images), so they still join by score."""


def chrome_siblings(page: Page, region: frozenset[int], best: int) -> frozenset[int]:
    """The elements of ``region`` beside ``best`` (not inside it, nor around it) whose
    visible blocks, removed ones included, are chrome by content."""
    others = {node for node in region if node != best}
    if not others:
        return frozenset()
    held: dict[int, list[Block]] = {node: [] for node in others}
    for block in page.blocks:
        dom = block.dom
        if dom is None or dom.hidden or best in dom.ancestors:
            continue
        for node in dom.ancestors:
            if node in held:
                held[node].append(block)
                break
    return frozenset(node for node, blocks in held.items()
                     if blocks and region_kind(blocks, page.nodes, node) in NEVER_BESIDE)
