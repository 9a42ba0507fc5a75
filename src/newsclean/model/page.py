"""The page: a tuple of blocks plus what the input said about the page as a whole."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

from .blocks import Block, DomNode


class SourceKind(str, enum.Enum):
    """Which adapter made the blocks."""

    TEXT = "text"
    HTML = "html"


@dataclass(frozen=True, slots=True)
class Markup:
    """One metadata value the page's markup states, read before the markup is stripped.

    ``field`` is a plain key (``"title"``, ``"author"``, ``"published"``, ``"image"``…),
    ``value`` the text as written, ``source`` where it came from (``"json-ld"``,
    ``"meta:og:title"``, ``"url"``) and ``weak`` marks a source that speaks only when
    nothing better does (an organisation as author, a ``<time>`` somewhere on the page).
    """

    field: str
    value: str
    source: str
    weak: bool = False


@dataclass(frozen=True, slots=True)
class Page:
    """What every rule sees: the blocks and page-level hints from the input.

    ``hints`` holds what the adapter read outside the blocks, such as the HTML
    ``<title>`` or ``og:site_name``; keys are plain strings. ``notes`` are the
    adapter's own remarks (a lossy decoding, a page cut at the size budget):
    they reach ``Article.notes`` unchanged. ``markup`` holds the metadata values
    structured data and ``<meta>`` tags state, strongest sources first.
    """

    blocks: tuple[Block, ...]
    source: SourceKind = SourceKind.TEXT
    url: str | None = None
    hints: Mapping[str, str] = field(default_factory=dict)
    nodes: tuple[DomNode, ...] = ()
    notes: tuple[str, ...] = ()
    markup: tuple[Markup, ...] = ()
