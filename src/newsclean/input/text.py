"""The text-dump adapter: one block per non-blank line.

Scrapers that flatten a page write one paragraph-like element per line, so a
line is the natural unit. White space is normalised (non-breaking and other
Unicode spaces, tabs, runs of blanks) but the words are left exactly as
they were. Markdown-ish markers that dumps often carry (``#`` headings, ``>``
quotes, ``-``/``•``/``1.`` list items) set the block's kind.
"""

from __future__ import annotations

import regex

from ..model import Block, BlockKind, Page, SourceKind

_SPACES = regex.compile(r"[\p{Zs}\t\x0b\x0c]+")
_INVISIBLE = regex.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_HEADING = regex.compile(r"^(#{1,6})\s+(\S.*?)(?:\s+#+)?$")
_QUOTE = regex.compile(r"^>\s*(\S.*)$")
_BULLET = regex.compile(r"^(?:[-*+•·▪◦‣]|\d{1,3}[.)])\s+(\S.*)$")


def normalise(text: str) -> str:
    """Fold Unicode spaces and tabs into single spaces and strip the ends.

    >>> normalise("Sponsor:\\u00a0 QWIKET AI\\u00a0")
    'Sponsor: QWIKET AI'
    """
    return _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


def source_lines(text: str) -> list[str]:
    """The input's lines as the adapter sees them (any line ending)."""
    return text.splitlines()


def text_blocks(text: str) -> tuple[Block, ...]:
    """Split a dump into blocks, one per line that has any visible character."""
    blocks: list[Block] = []
    for number, line in enumerate(source_lines(text), start=1):
        clean = normalise(line)
        if not clean:
            continue
        kind, level, body = _kind_of(clean)
        blocks.append(
            Block(
                index=len(blocks),
                text=body,
                raw=line,
                kind=kind,
                where=f"line {number}",
                level=level,
            )
        )
    return tuple(blocks)


def text_page(text: str, *, url: str | None = None) -> Page:
    """A :class:`Page` of a text dump."""
    return Page(blocks=text_blocks(text), source=SourceKind.TEXT, url=url)


def _kind_of(line: str) -> tuple[BlockKind, int, str]:
    """The block kind a dump line's leading markers imply, and the text without them.

    Markers are stripped until none is left (``- # x`` gives ``x``), so reading
    the cleaned text again finds the same words: cleaning stays idempotent.
    """
    kind, level, text = BlockKind.PARAGRAPH, 0, line
    for _ in range(len(line)):
        first = text[0]
        if first == "#" and (match := _HEADING.match(text)):
            found, text = BlockKind.HEADING, match.group(2)
            if kind is BlockKind.PARAGRAPH:  # only a heading that sets the kind has a level
                level = len(match.group(1))
        elif first == ">" and (match := _QUOTE.match(text)):
            found, text = BlockKind.QUOTE, match.group(1)
        elif (not first.isalpha()) and (match := _BULLET.match(text)):
            found, text = BlockKind.LIST_ITEM, match.group(1)
        else:
            break
        if kind is BlockKind.PARAGRAPH:
            kind = found
    return kind, level, text
