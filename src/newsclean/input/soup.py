"""The BeautifulSoup adapter: a soup the user already holds, same blocks as raw HTML.

The soup is serialised and read by the lxml adapter, so soups and raw pages
go through the very same block model; the user's soup is never modified.
"""

from __future__ import annotations

from typing import Any

from ..model import Page
from .html import html_page


def soup_page(soup: Any, *, url: str | None = None) -> Page:
    """A :class:`Page` of a ``BeautifulSoup`` object or any ``bs4.Tag``."""
    return html_page(str(soup), url=url)
