"""Rendering an Article for people: Markdown and the ``--explain`` view."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from .model import BlockKind, Image


class _Block(Protocol):
    @property
    def kind(self) -> BlockKind: ...
    @property
    def text(self) -> str: ...
    @property
    def level(self) -> int: ...


class Renderable(Protocol):
    """What rendering needs of an Article (render never imports the Article itself)."""

    @property
    def title(self) -> str | None: ...
    @property
    def authors(self) -> tuple[str, ...]: ...
    @property
    def published(self) -> dt.date | dt.datetime | None: ...
    @property
    def site_name(self) -> str | None: ...
    @property
    def body(self) -> Sequence[_Block]: ...
    @property
    def images(self) -> tuple[Image, ...]: ...


def markdown(article: Renderable) -> str:
    """Markdown that keeps the body's structure (headings, lists, quotes, tables)."""
    out: list[str] = []
    if article.title:
        out.append(f"# {article.title}")
    byline = []
    if article.authors:
        byline.append("By " + ", ".join(article.authors))
    if article.published:
        byline.append(article.published.isoformat())
    if article.site_name:
        byline.append(article.site_name)
    if byline:
        out.append("*" + " · ".join(byline) + "*")
    previous: BlockKind | None = None
    for block in article.body:
        text = block.text
        if block.kind is BlockKind.HEADING:
            line = "#" * min(6, max(2, block.level or 2)) + " " + text
        elif block.kind is BlockKind.LIST_ITEM:
            line = "- " + text
        elif block.kind is BlockKind.QUOTE:
            line = "> " + text
        elif block.kind is BlockKind.TABLE_ROW:
            line = "| " + text + " |"
        elif block.kind is BlockKind.PREFORMATTED:
            line = "```\n" + text + "\n```"
        elif block.kind is BlockKind.CAPTION:
            line = "*" + text + "*"
        else:
            line = text
        tight = previous is block.kind and block.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW)
        if tight and out:
            out[-1] += "\n" + line
        else:
            out.append(line)
        previous = block.kind
    for image in article.images:
        label = image.caption or image.alt or "image"
        credit = f" ({image.credit})" if image.credit else ""
        out.append(f"![{label}]({image.src})" + credit if image.src else f"*{label}*{credit}")
    return "\n\n".join(out) + "\n"
