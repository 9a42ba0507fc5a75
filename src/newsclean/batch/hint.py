"""Passing an HTTP charset or Content-Type to the cleaner.

The HTTP ``Content-Type`` charset is the strongest encoding signal a crawler
has, so the batch reader, the WARC reader and the Scrapy pipeline all hand it
on. ``Cleaner.clean``/``explain`` take it as ``encoding=`` when the installed
core supports that keyword; with an older core, bytes that are not UTF-8 are
decoded here with the hinted charset before cleaning (UTF-8 bytes are left to
the core, which reads valid UTF-8 as UTF-8 first).
"""

from __future__ import annotations

import codecs
import inspect
from email.message import Message
from functools import lru_cache
from typing import Any

from ..article import Article
from ..cleaner import Cleaner, Explained
from ..input import InputKind


def charset_of(hint: str | None) -> str | None:
    """The codec named by a charset or a whole Content-Type value, if Python knows it.

    >>> charset_of("text/html; charset=ISO-8859-1")
    'iso8859-1'
    >>> charset_of("windows-1251"), charset_of("text/html"), charset_of("x-nonsense")
    ('cp1251', None, None)
    """
    if not hint:
        return None
    name: str | None = hint.strip()
    if "/" in hint or ";" in hint:  # a media type, perhaps with parameters
        message = Message()
        message["content-type"] = hint
        name = message.get_content_charset()
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


@lru_cache(maxsize=8)
def _takes_encoding(method: Any) -> bool:
    """True when the core's ``explain`` accepts ``encoding=`` (cached per function)."""
    return "encoding" in inspect.signature(method).parameters


def _fallback_decode(page: Any, encoding: str | None) -> Any:
    """For a core without ``encoding=``: non-UTF-8 bytes decoded with the hinted charset."""
    codec = charset_of(encoding)
    if codec is None or not isinstance(page, (bytes, bytearray)):
        return page
    try:
        bytes(page).decode("utf-8")
    except UnicodeDecodeError:
        return bytes(page).decode(codec, errors="replace")
    return page


def explain_with_hint(
    cleaner: Cleaner,
    page: Any,
    *,
    url: str | None = None,
    kind: InputKind | str = InputKind.AUTO,
    encoding: str | None = None,
) -> Explained:
    """``cleaner.explain`` with an encoding hint, whichever core is installed."""
    if encoding is None:
        return cleaner.explain(page, url=url, kind=kind)
    if _takes_encoding(type(cleaner).explain):
        explain: Any = cleaner.explain
        result: Explained = explain(page, url=url, kind=kind, encoding=encoding)
        return result
    return cleaner.explain(_fallback_decode(page, encoding), url=url, kind=kind)


def clean_with_hint(
    cleaner: Cleaner,
    page: Any,
    *,
    url: str | None = None,
    kind: InputKind | str = InputKind.AUTO,
    encoding: str | None = None,
) -> Article:
    """``cleaner.clean`` with an encoding hint, whichever core is installed."""
    return explain_with_hint(cleaner, page, url=url, kind=kind, encoding=encoding).article
