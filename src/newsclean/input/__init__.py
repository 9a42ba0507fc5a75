"""Input: turning whatever the user holds into a :class:`~newsclean.rules.base.Page`.

``read_page`` accepts HTML or a text dump, as ``str`` or ``bytes``, or a
BeautifulSoup object, and picks the adapter (:mod:`.text` or :mod:`.html`).
"""

from __future__ import annotations

import enum
from typing import Any

from ..budget import Budget
from ..errors import InputError
from ..model import Page
from .decode import decode_bytes
from .detect import looks_like_html
from .text import text_page

_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


class InputKind(str, enum.Enum):
    """How to read the page: decide by looking, or force one adapter."""

    AUTO = "auto"
    TEXT = "text"
    HTML = "html"


def read_page(page: Any, *, url: str | None = None, kind: InputKind = InputKind.AUTO,
              encoding: str | None = None, budget: Budget | None = None) -> Page:
    """Make the blocks of ``page`` with the right adapter.

    ``encoding`` is a hint for bytes (a charset, or an HTTP Content-Type value);
    ``budget`` bounds what is read.
    """
    kind = InputKind(kind)
    if _is_soup(page):
        from .soup import soup_page

        return soup_page(page, url=url)
    if isinstance(page, (bytes, bytearray, memoryview)):
        raw = bytes(page)
        if raw.startswith(_WIDE_BOMS):
            # UTF-16/32 text hides its markup from a byte sniff: decode first, then look.
            return read_page(decode_bytes(raw), url=url, kind=kind, budget=budget)
        is_html = kind is InputKind.HTML or (kind is InputKind.AUTO and looks_like_html(raw))
        if is_html:
            from .html import html_page

            return html_page(raw, url=url, encoding=encoding)
        return text_page(decode_bytes(raw, hint=encoding), url=url)
    if isinstance(page, str):
        is_html = kind is InputKind.HTML or (kind is InputKind.AUTO and looks_like_html(page))
        if is_html:
            from .html import html_page

            return html_page(page, url=url)
        return text_page(page, url=url)
    raise InputError(
        f"cannot clean a {type(page).__name__}: pass HTML or a text dump as str or bytes, "
        "or a BeautifulSoup object"
    )


def _is_soup(page: Any) -> bool:
    try:
        from bs4 import Tag
    except ImportError:  # pragma: no cover - bs4 is a dependency
        return False
    return isinstance(page, Tag)
