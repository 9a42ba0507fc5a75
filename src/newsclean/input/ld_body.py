"""The JSON-LD ``articleBody``: the article as the page states it, a last-resort source.

Some pages build their article with a script (the saved HTML holds none of it) or
wrap it in markup the region choice misreads, yet state it whole in their JSON-LD.
The JSON-LD reader keeps the stated body as plain lines of text
(:func:`.jsonld.plain_body`); :func:`with_body` adds those lines to the page as blocks of
their own, for the cleaner to use when what the rules kept does not hold the article
(see :mod:`newsclean.valve`).
"""

from __future__ import annotations

from dataclasses import replace

from ..evidence.stated import WHERE
from ..model import BlockKind, Page
from .text import text_page


def with_body(page: Page) -> Page | None:
    """``page`` with its JSON-LD body added after its blocks, one block a line, or None
    when it states none."""
    body = page.hints.get("article_body")
    if not body:
        return None
    start = len(page.blocks)
    added = tuple(
        replace(block, index=start + n, where=WHERE,
                kind=block.kind if block.kind is BlockKind.HEADING else BlockKind.PARAGRAPH)
        for n, block in enumerate(text_page(body).blocks))
    return replace(page, blocks=(*page.blocks, *added))
