"""Assembling the Article from the page and the decisions about it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .article import Article, BodyBlock, Contact, Image, Removal
from .blocks import BlockKind
from .decide import Decisions
from .rules.base import Action, Field, MetaValue, Page


def build_article(page: Page, decisions: Decisions, notes: tuple[str, ...] = ()) -> Article:
    """Kept blocks become the body; everything else becomes a :class:`Removal`."""
    body: list[BodyBlock] = []
    removed: list[Removal] = []
    for block in page.blocks:
        verdict = decisions.verdicts.get(block.index)
        if verdict is not None and verdict.action is Action.REMOVE:
            removed.append(Removal(block.raw, block.where, verdict.rule, verdict.reason))
        elif block.kind is BlockKind.IMAGE:
            removed.append(Removal(block.raw, block.where, "image", "image, listed in images"))
        elif block.text:
            body.append(BodyBlock(block.kind, block.text, block.where, block.level))
    title = _first_str(decisions.values(Field.TITLE)) or page.hints.get("title") or None
    published = next(
        (v for v in decisions.values(Field.PUBLISHED) if isinstance(v, dt.date)), None
    )
    return Article(
        title=title,
        authors=_unique_str(decisions.values(Field.AUTHOR)),
        published=published,
        site_name=_first_str(decisions.values(Field.SITE_NAME)) or page.hints.get("site_name"),
        url=page.url or page.hints.get("url") or None,
        language=_first_str(decisions.values(Field.LANGUAGE)) or page.hints.get("language"),
        body=tuple(body),
        images=_images(decisions.values(Field.IMAGE)),
        contacts=tuple(dict.fromkeys(v for v in decisions.values(Field.CONTACT)
                                     if isinstance(v, Contact))),
        removed=tuple(removed),
        notes=(*_unique_str(decisions.values(Field.NOTE)), *notes),
    )


def _first_str(values: Iterable[MetaValue]) -> str | None:
    return next((v for v in values if isinstance(v, str) and v), None)


def _unique_str(values: Iterable[MetaValue]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for value in values:
        if isinstance(value, str) and value:
            seen.setdefault(value.casefold(), value)
    return tuple(seen.values())


def _images(values: Iterable[MetaValue]) -> tuple[Image, ...]:
    """Images in page order; a caption-only image right after one without caption joins it."""
    out: list[Image] = []
    for value in values:
        if not isinstance(value, Image):
            continue
        if out and value.src is None and out[-1].caption is None and value.caption:
            last = out[-1]
            out[-1] = Image(last.src, value.caption, value.credit or last.credit, last.alt)
        else:
            out.append(value)
    return tuple(out)
