"""Input: turning whatever the user holds into a :class:`~newsclean.model.Page`.

``read_page`` accepts HTML or a text dump, as ``str`` or ``bytes``, or a
BeautifulSoup object. Bytes are screened (:mod:`.screen`) and decoded
(:mod:`.decode`); every page is cut to the size budget and cleaned of binary
stretches and lone surrogates; then :mod:`.detect` picks the adapter
(:mod:`.text`, :mod:`.html`, or :mod:`.feed` for RSS/Atom). What was lost
or guessed on the way becomes a note in ``Page.notes``.
"""

from __future__ import annotations

import enum
import sys
from dataclasses import replace
from typing import Any, overload

from ..budget import READ_SHARE, Budget, clock
from ..errors import InputError
from ..model import Page
from .decode import decode_page
from .detect import Sniffed, sniff
from .screen import refuse_binary, screen
from .text import text_page

DEFAULT_BUDGET = Budget()


class InputKind(str, enum.Enum):
    """How to read the page: decide by looking, or force one adapter."""

    AUTO = "auto"
    TEXT = "text"
    HTML = "html"


def read_page(page: Any, *, url: str | None = None, kind: InputKind = InputKind.AUTO,
              encoding: str | None = None, budget: Budget | None = None) -> Page:
    """Make the blocks of ``page`` with the right adapter.

    ``encoding`` is a hint for bytes (a charset, or an HTTP Content-Type value);
    ``budget`` bounds what is read (``max_bytes``, ``max_depth``, and the share of
    ``seconds`` the HTML walk may take).
    """
    kind = InputKind(kind)
    budget = budget or DEFAULT_BUDGET
    deadline = None if budget.seconds is None else clock() + READ_SHARE * budget.seconds
    notes: tuple[str, ...] = ()
    if _is_soup(page):
        text, kind = str(page), InputKind.HTML
    elif isinstance(page, (bytes, bytearray, memoryview)):
        raw = bytes(page)
        refuse_binary(raw)
        raw, notes = _cut(raw, budget.max_bytes, "bytes")
        decoded = decode_page(raw, hint=encoding, cut=bool(notes))
        text, notes = decoded.text, (*notes, *decoded.notes)
    elif isinstance(page, str):
        text, notes = _cut(page, budget.max_bytes, "characters")
    else:
        raise InputError(
            f"cannot clean a {type(page).__name__}: pass HTML or a text dump as str or bytes, "
            "or a BeautifulSoup object"
        )
    text, screened, utf8 = screen(text, decoded=isinstance(page, (bytes, bytearray, memoryview)))
    notes = (*notes, *screened)
    built = _adapt(text, url, kind, budget, deadline, notes, utf8)
    return replace(built, notes=(*notes, *built.notes)) if notes else built


def _adapt(text: str, url: str | None, kind: InputKind, budget: Budget,
           deadline: float | None, notes: tuple[str, ...], utf8: bytes | None = None) -> Page:
    """The adapter's page for ``text`` (``utf8``: its UTF-8 bytes, if the screen made them);
    a feed adds its own note to ``notes``."""
    from .html import html_page

    if kind is InputKind.TEXT:
        return text_page(text, url=url)
    if kind is InputKind.HTML:
        return html_page(text, url=url, max_depth=budget.max_depth,
                         deadline=deadline, utf8=utf8)
    found = sniff(text)
    if found is Sniffed.JSON:
        raise InputError("the page is JSON, not HTML or text: pass the article's HTML or text "
                         "field, or kind='text' to read the JSON as text")
    if found is Sniffed.FEED:
        from .feed import first_item

        item = first_item(text)
        page = html_page(item.html, url=url or item.link, max_depth=budget.max_depth,
                         deadline=deadline)
        return replace(page, notes=(item.note, *page.notes))
    if found is Sniffed.HTML:
        return html_page(text, url=url, max_depth=budget.max_depth,
                         deadline=deadline, utf8=utf8)
    return text_page(text, url=url)


@overload
def _cut(page: str, limit: int | None, unit: str) -> tuple[str, tuple[str, ...]]: ...
@overload
def _cut(page: bytes, limit: int | None, unit: str) -> tuple[bytes, tuple[str, ...]]: ...
def _cut(page: str | bytes, limit: int | None,
         unit: str) -> tuple[str | bytes, tuple[str, ...]]:
    """The page within ``limit``, and a note if it was cut (overloads, not a constrained
    type variable: mypyc compiles the module only without one)."""
    if limit is None or len(page) <= limit:
        return page, ()
    return page[:limit], (f"page budget: read the first {limit:,} of {len(page):,} {unit} "
                          "(Budget.max_bytes)",)


def _is_soup(page: Any) -> bool:
    """A bs4 Tag; bs4 is not imported for that (whoever holds a soup has imported it)."""
    bs4 = sys.modules.get("bs4")
    return bs4 is not None and isinstance(page, bs4.Tag)
