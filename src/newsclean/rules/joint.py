"""One document in two boxes: the headline's box and the best one.

An event page or a notice laid out in boxes (an intro table under the headline, a
table of facts, then the programme) spreads one document over sibling elements.
The programme scores most, the intro under the headline scores less but holds the
first paragraph after it; neither alone is the article. When the box that follows
the headline is a credible candidate in its own right (see
:mod:`newsclean.rules.regions`) and the two share a close container, that container
is the region.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..evidence.holds import region_kind
from ..evidence.shape import is_prose
from ..model import Block, Page
from .extent import FIGURE_KINDS
from .regions import Candidate, Choice

PARTNER_PARAGRAPHS = 2
"""The headline's box holds at least this many prose paragraphs, and no image: a lead
image's box with its caption (one paragraph) is a figure, not the document's intro."""

JOINT_LEVELS = 1
"""How far above the best element (its region's root) the container it shares with the
headline's box may sit: its parent, or its grandparent."""


def headline_partner(found: Sequence[Candidate], choice: Choice,
                     credible_share: float) -> Candidate | None:
    """The credible candidate that holds the first paragraph after the headline, when the
    chosen one does not and nothing was passed over as chrome."""
    chosen = choice.chosen
    if choice.passed or chosen.follows or len(found) < 2:
        return None
    floor = credible_share * found[0].score
    return next((c for c in found if c.node != chosen.node and c.kind is None and c.follows
                 and c.score >= floor), None)


def joint_container(page: Page, root: int, other: int,
                    levels: int = JOINT_LEVELS) -> int:
    """The nearest element holding both ``root`` and ``other``, when it is at most
    ``levels`` above ``root`` and below ``<body>``; else -1."""
    around = set()
    node = other
    while node >= 0:
        around.add(node)
        node = page.nodes[node].parent
    node = root
    for _ in range(levels):
        node = page.nodes[node].parent
        if node < 0 or page.nodes[node].tag in ("body", "html"):
            return -1
        if node in around:
            return node
    return -1


def joint_region(page: Page, found: Sequence[Candidate], choice: Choice, root: int,
                 credible_share: float, root_of: Callable[[int], int]) -> int:
    """The container of the best box and the headline's box, when they are one document's
    parts; else -1. ``root_of`` gives a candidate's region root (a row's table). The
    container must hold no chrome by its content."""
    partner = headline_partner(found, choice, credible_share)
    if partner is None:
        return -1
    inside = [b for b in page.blocks if b.dom is not None and partner.node in b.dom.ancestors]
    if (any(b.kind in FIGURE_KINDS for b in inside)
            or sum(1 for b in inside if is_prose(b)) < PARTNER_PARAGRAPHS):
        return -1
    shared = joint_container(page, root, root_of(partner.node))
    if shared < 0:
        return -1
    held: list[Block] = [b for b in page.blocks if b.dom is not None and not b.dom.hidden
                         and shared in b.dom.ancestors]
    return shared if region_kind(held, page.nodes, shared) is None else -1
