"""Where things are on a page: the header before the body, and where the prose sits.

Positional rules (masthead, lone byline, title) only act in the *header*:
the blocks before the first body-like paragraph. They also want evidence
that a header is there, namely that an earlier rule removed something in it, so
that cleaning an already clean text finds no header and changes nothing.
"""

from __future__ import annotations

from ..evidence.line_view import view_of
from ..evidence.shape import is_prose
from ..model import Page, Verdicts


def body_start(page: Page, verdicts: Verdicts) -> int:
    """Index of the first body-like block not removed so far (len(blocks) if none)."""
    # the body-like lines are found once a page (the line view): four rules ask, and only
    # those lines are asked about
    blocks = page.blocks
    for position in view_of(page).body_like():
        index = blocks[position].index
        if not verdicts.removed(index):
            return index
    return len(blocks)


def header_has_chrome(page: Page, verdicts: Verdicts, start: int) -> bool:
    """True when an earlier rule removed at least one block before ``start``."""
    return any(verdicts.removed(i) for i in range(min(start, len(page.blocks))))


def prose_mass(page: Page, verdicts: Verdicts,
               leave_out: frozenset[int] = frozenset()) -> tuple[dict[int, int], int]:
    """Characters of prose under each element (by node id), and the page's total; prose
    under the elements ``leave_out`` does not count."""
    mass: dict[int, int] = {}
    total = 0
    for block in page.blocks:
        if block.dom is None or verdicts.removed(block.index) or not is_prose(block) or (
                leave_out and not leave_out.isdisjoint(block.dom.ancestors)):
            continue
        size = len(block.text)
        total += size
        for node_id in block.dom.ancestors:
            mass[node_id] = mass.get(node_id, 0) + size
    return mass, total
