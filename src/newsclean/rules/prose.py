"""How much article-like prose sits under each element of an HTML page."""

from __future__ import annotations

from ..blocks import Block, BlockKind
from .base import Page, Verdicts
from .zones import word_count

PROSE_CHARS = 80
"""A block this long, with few links, counts as prose…"""
PROSE_WORDS = 8
"""…if it also has this many words (a long URL or a run of tags does not)."""


FURNITURE_TAGS = frozenset(("nav", "footer", "aside"))
"""Text sitting directly in these (or folded into them by the adapter) is never prose."""


def is_prose(block: Block) -> bool:
    """A longish block of running text with few links, not in a menu, footer or aside."""
    return (
        len(block.text) >= PROSE_CHARS
        and word_count(block.text) >= PROSE_WORDS
        and block.kind is not BlockKind.IMAGE
        and block.link_density < 0.3
        and not (block.dom is not None and block.dom.tag in FURNITURE_TAGS)
    )


def prose_mass(page: Page, verdicts: Verdicts) -> tuple[dict[int, int], int]:
    """Characters of prose under each element (by node id), and the page's total."""
    mass: dict[int, int] = {}
    total = 0
    for block in page.blocks:
        if block.dom is None or verdicts.removed(block.index) or not is_prose(block):
            continue
        size = len(block.text)
        total += size
        for node_id in block.dom.ancestors:
            mass[node_id] = mass.get(node_id, 0) + size
    return mass, total
