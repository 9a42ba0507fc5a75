"""The region the page's JSON-LD ``articleBody`` states, as a last-resort region choice.

Not among the default rules: the cleaner runs it only when what the rules kept holds
too little of the body the page states (:meth:`newsclean.valve.SafetyValve.stated_body`),
in place of the structural rules. Two ways, tried in this order:

- the page's own blocks that the stated body holds stay, the others go (the article is
  in the page, the region choice missed it);
- with ``stated=True``, on a page that carries the stated body as blocks of its own
  (``input.ld_body.with_body``), every block of the page goes and the stated body stays
  (the page's markup holds no usable copy of it: a script fills it in a browser).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ..evidence.stated import PIECE, fold, is_stated, pieces, share_found
from ..model import Action, Block, BlockKind, Finding, Page, Verdicts

BLOCK_SAMPLES = 4
"""Pieces of a block looked for in the stated body…"""
BLOCK_SHARE = 0.75
"""…and the share of them it must hold for the block to be part of it (a block the site
edited slightly after writing its JSON-LD still matches)."""


@dataclass(frozen=True, slots=True)
class StatedBodyRule:
    """Keeps what the page's JSON-LD ``articleBody`` holds; removes the rest."""

    name: str = "json-ld-body"
    stated: bool = False
    """Keep the stated body's own blocks and remove all of the page's (else keep the
    page's blocks the stated body holds)."""
    structural: ClassVar[bool] = True

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        body = page.hints.get("article_body")
        if not body:
            return
        if self.stated:
            for block in page.blocks:
                if not is_stated(block) and not verdicts.decided(block.index):
                    yield Finding(block.index, Action.REMOVE,
                                  "the article is read from the JSON-LD articleBody")
            return
        folded = fold(body)
        kept = held(folded, [b for b in page.blocks
                             if b.dom is not None and not verdicts.decided(b.index)])
        for block in page.blocks:
            if block.dom is not None and not verdicts.decided(block.index) and (
                block.index not in kept
            ):
                yield Finding(block.index, Action.REMOVE, "not in the JSON-LD articleBody")


def held(folded_body: str, blocks: list[Block]) -> set[int]:
    """The indexes of ``blocks`` the folded stated body holds.

    A block of at least ``PIECE`` letters is held when most of its pieces are in the
    body. A shorter one (a heading, 'Q:') is held when it is in the body and lies
    between two longer blocks that are: a menu item's word is in most bodies.
    """
    long: list[int] = []
    short: list[tuple[int, str]] = []
    for block in blocks:
        if block.kind is BlockKind.IMAGE:
            continue
        own = fold(block.text)
        if len(own) >= PIECE:
            if share_found(pieces(own, BLOCK_SAMPLES), folded_body) >= BLOCK_SHARE:
                long.append(block.index)
        elif own:
            short.append((block.index, own))
    if not long:
        return set()
    first, last = long[0], long[-1]
    return {*long, *(i for i, own in short if first < i < last and own in folded_body)}
