"""Telling an HTML page from a text dump by looking at its start."""

from __future__ import annotations

import regex

_DOCUMENT = regex.compile(rb"<\s*(?:!doctype\s+html|html|head|body|meta|title)\b", regex.I)
_TAG = regex.compile(
    rb"</?\s*(?:p|div|span|a|br|li|ul|h[1-6]|article|section|table|img|script|style)\b[^<>]{0,500}>",
    regex.I,
)
SNIFF = 8192


def looks_like_html(page: str | bytes) -> bool:
    """True for markup: a document tag, or several common tags near the start.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("Prices rose 3% <sigh> again.")
    False
    """
    head = page[:SNIFF]
    data = head.encode("utf-8", "replace") if isinstance(head, str) else head
    if _DOCUMENT.search(data, timeout=1.0):
        return True
    return len(_TAG.findall(data, timeout=1.0)) >= 3
