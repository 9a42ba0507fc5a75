"""Passing an HTTP charset or Content-Type to the cleaner.

The HTTP ``Content-Type`` charset is the strongest encoding signal a crawler
has, so the batch reader, the WARC reader and the Scrapy pipeline all hand it
to ``Cleaner.clean``/``explain`` as ``encoding=``. These two helpers are the one
place they do so.
"""

from __future__ import annotations

from typing import Any

from ..article import Article
from ..cleaner import Cleaner, Explained
from ..input import InputKind


def explain_with_hint(
    cleaner: Cleaner,
    page: Any,
    *,
    url: str | None = None,
    kind: InputKind | str = InputKind.AUTO,
    encoding: str | None = None,
) -> Explained:
    """``cleaner.explain`` with an encoding hint (a charset or a Content-Type value)."""
    return cleaner.explain(page, url=url, kind=kind, encoding=encoding)


def clean_with_hint(
    cleaner: Cleaner,
    page: Any,
    *,
    url: str | None = None,
    kind: InputKind | str = InputKind.AUTO,
    encoding: str | None = None,
) -> Article:
    """``cleaner.clean`` with an encoding hint (a charset or a Content-Type value)."""
    return cleaner.clean(page, url=url, kind=kind, encoding=encoding)
