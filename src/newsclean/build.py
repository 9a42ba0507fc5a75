"""Assembling the Article from the page and the decisions about it. Nothing is decided here."""

from __future__ import annotations

from .article import Article, BodyBlock, Removal
from .decide import Cut, Decisions
from .model import Action, Block, Page


def build_article(page: Page, decisions: Decisions) -> Article:
    """Kept blocks (less their cut spans) become the body; all else becomes a Removal."""
    body: list[BodyBlock] = []
    removed: list[Removal] = []
    for block in page.blocks:
        verdict = decisions.verdicts.get(block.index)
        if verdict is not None and verdict.action is Action.REMOVE:
            removed.append(Removal(block.raw, block.where, verdict.rule, verdict.reason))
            continue
        cuts = decisions.cuts.get(block.index, ())
        text = _kept_text(block, cuts) if cuts else block.text
        removed.extend(
            Removal(block.text[c.start:c.end], block.where, c.rule, c.reason, c.start, c.end)
            for c in cuts
        )
        if text:
            body.append(BodyBlock(block.kind, text, block.where, block.level))
    meta = decisions.metadata
    return Article(
        title=meta.title,
        authors=meta.authors,
        published=meta.published,
        site_name=meta.site_name,
        url=meta.url,
        language=meta.language,
        body=tuple(body),
        images=meta.images,
        contacts=meta.contacts,
        removed=tuple(removed),
        notes=meta.notes,
    )


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
