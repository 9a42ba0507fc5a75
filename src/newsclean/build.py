"""Assembling the Article from the page and the decisions about it. Nothing is decided here."""

from __future__ import annotations

import dataclasses

from .article import Article, BodyBlock, Removal
from .decide import Cut, Decisions
from .decide.metadata import Metadata
from .model import Action, Block, Page


def build_article(page: Page, decisions: Decisions) -> Article:
    """Kept blocks (less their cut spans) become the body; all else becomes a Removal.

    A block removed whole gives one Removal of its raw text; a block with cuts
    gives one per cut (with offsets into its text), and, if removed too, one of the rest.
    """
    body: list[BodyBlock] = []
    removed: list[Removal] = []
    verdict_of = decisions.verdicts.get
    all_cuts = decisions.cuts
    for block in page.blocks:
        verdict = verdict_of(block.index)
        cuts = all_cuts.get(block.index) if all_cuts else None
        if not cuts:  # most blocks: kept or removed whole
            if verdict is not None and verdict.action is Action.REMOVE:
                removed.append(Removal(block.raw, block.where, verdict.rule, verdict.reason))
            elif block.text:
                body.append(BodyBlock(block.kind, block.text, block.where, block.level))
            continue
        removed.extend(
            Removal(block.text[c.start:c.end], block.where, c.rule, c.reason, c.start, c.end)
            for c in cuts
        )
        text = _kept_text(block, cuts)
        if verdict is not None and verdict.action is Action.REMOVE:
            # A block removed whole after a cut: the rest of it is removed as its own piece.
            if text:
                removed.append(Removal(text, block.where, verdict.rule, verdict.reason))
        elif text:
            body.append(BodyBlock(block.kind, text, block.where, block.level))
    meta = decisions.metadata
    # Every metadata field is an Article field of the same name.
    fields = {name: getattr(meta, name) for name in _META_FIELDS}
    return Article(body=tuple(body), removed=tuple(removed), **fields)


_META_FIELDS = tuple(field.name for field in dataclasses.fields(Metadata))
"""The metadata's field names, read once."""


def _kept_text(block: Block, cuts: tuple[Cut, ...]) -> str:
    """The block's text without its cut spans, blanks folded where a cut left two."""
    text = block.text
    pieces: list[str] = []
    position = 0
    for cut in cuts:
        pieces.append(text[position:cut.start])
        position = max(position, cut.end)
    pieces.append(text[position:])
    return " ".join("".join(pieces).split())
