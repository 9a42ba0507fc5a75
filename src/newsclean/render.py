"""Rendering an Article for people: Markdown and the ``--explain`` view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .blocks import BlockKind

if TYPE_CHECKING:
    from .article import Article


def markdown(article: Article) -> str:
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
