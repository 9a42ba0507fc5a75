"""Rendering an Article for people: Markdown.

Body text is page text, not Markdown, so everything a Markdown reader would
take as syntax is escaped: a paragraph that starts with "# 1 reason" must stay
a paragraph, and "*word*" must stay literal. See :mod:`newsclean.markdown_escape`
for the escaping rules themselves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from .markdown_escape import block_text, code_fence, destination, inline, table_cells
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


MAX_HEADING_LEVEL = 6
"""Markdown has six heading levels; deeper HTML headings are shown as the sixth."""
MIN_BODY_HEADING_LEVEL = 2
"""Level 1 is the article title, so body headings start at level 2."""

_TIGHT_KINDS = (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW)
"""Kinds whose consecutive blocks form one Markdown block (a list, a table)."""


def markdown(article: Renderable) -> str:
    """Markdown that keeps the body's structure (headings, lists, quotes, tables)."""
    out: list[str] = []
    if article.title:
        out.append("# " + _heading_text(article.title))
    byline = []
    if article.authors:
        byline.append("By " + ", ".join(article.authors))
    if article.published:
        byline.append(article.published.isoformat())
    if article.site_name:
        byline.append(article.site_name)
    if byline:
        out.append("*" + inline(" · ".join(byline)) + "*")
    previous: BlockKind | None = None
    for block in article.body:
        tight = previous is block.kind and block.kind in _TIGHT_KINDS
        if tight and out:
            out[-1] += "\n" + _block(block, first_row=False)
        else:
            out.append(_block(block, first_row=True))
        previous = block.kind
    out.extend(_image(image) for image in article.images)
    return "\n\n".join(out) + "\n"


def _block(block: _Block, *, first_row: bool) -> str:
    """One body block; ``first_row`` says a table row opens its table (gets the separator)."""
    text = block.text
    kind = block.kind
    if kind is BlockKind.HEADING:
        level = min(MAX_HEADING_LEVEL, max(MIN_BODY_HEADING_LEVEL, block.level or 2))
        return "#" * level + " " + _heading_text(text)
    if kind is BlockKind.LIST_ITEM:
        return "- " + block_text(text)
    if kind is BlockKind.QUOTE:
        return "> " + block_text(text)
    if kind is BlockKind.TABLE_ROW:
        cells = table_cells(text)
        row = "| " + " | ".join(cells) + " |"
        if first_row:  # GFM needs a delimiter row under the first row to see a table
            row += "\n|" + " --- |" * len(cells)
        return row
    if kind is BlockKind.PREFORMATTED:
        fence = code_fence(text)
        return f"{fence}\n{text}\n{fence}"
    if kind is BlockKind.CAPTION:
        return "*" + inline(text) + "*"
    return block_text(text)


def _heading_text(text: str) -> str:
    """Heading content: escaped, and a trailing ``#`` kept from reading as a closing run."""
    escaped = inline(text)
    if escaped.endswith("#"):
        escaped = escaped[:-1] + "\\#"
    return escaped


def _image(image: Image) -> str:
    """An image line: ``![label](src)`` with its credit, or the label alone without a src."""
    label = inline(image.caption or image.alt or "image")
    credit = f" ({inline(image.credit)})" if image.credit else ""
    if image.src:
        return f"![{label}]({destination(image.src)})" + credit
    return f"*{label}*{credit}"
