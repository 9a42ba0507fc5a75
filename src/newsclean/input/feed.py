"""RSS and Atom: read the first item's content as the article.

A feed is a list of articles; ``clean()`` makes one Article. We read the
first item (``content:encoded``, Atom ``content``, else the ``description``
or ``summary``) as an HTML page with the item's title as its headline and
the item's link as its URL, and say in a note how many items were skipped.
Pass each item's content to ``clean()`` to get them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from typing import Any

import regex
from lxml import etree

_DECLARATION = regex.compile(r"\A\s*+<\?xml[^>]{0,200}>")
_CONTENT = ("encoded", "content", "description", "summary")
"""Item children holding the article, best first (``encoded`` is ``content:encoded``)."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    """The first item of a feed, as an HTML page, and a note on what was read."""

    html: str
    link: str | None
    note: str


def first_item(text: str) -> FeedItem:
    """The first item of the RSS/Atom feed ``text`` as an HTML page."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True,
                             remove_comments=True, remove_pis=True)
    text = _SURROGATE_REFERENCE.sub("&#xFFFD;", _DECLARATION.sub("", text, count=1))
    data = text.encode("utf-8", "replace")
    root = etree.fromstring(data, parser) if data.strip() else None
    items = [] if root is None else [
        e for e in root.iter() if isinstance(e.tag, str) and _local(e) in ("item", "entry")
    ]
    kind = "an Atom feed" if root is not None and _local(root) == "feed" else "an RSS feed"
    if not items:
        return FeedItem("<html><body></body></html>", None, f"input: {kind} with no items")
    item = items[0]
    children = {_local(c): c for c in reversed(item) if isinstance(c.tag, str)}
    title = _text(children.get("title"))
    body = next((_html(children[name]) for name in _CONTENT if name in children), "")
    page = (f"<html><head><title>{escape(title)}</title></head><body><article>"
            f"<h1>{escape(title)}</h1>{body}</article></body></html>")
    skipped = len(items) - 1
    note = (f"input: {kind}; read its first item only ({skipped:,} more not read)"
            if skipped else f"input: {kind}; read its item's content")
    return FeedItem(page, _link(children.get("link")), note)


def _local(element: Any) -> str:
    """The tag without its namespace (``{ns}item`` or ``a:item`` give ``item``).

    Plain string work: lxml's QName refuses odd names a recovering parser keeps (``a:``).
    """
    tag = str(element.tag)
    return tag.rpartition("}")[2].rpartition(":")[2]


def _text(element: Any) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


_SURROGATE_REFERENCE = re.compile(
    r"&#(?:[xX]0*[dD][89a-fA-F][0-9a-fA-F]{2}|0*(?:5529[6-9]|55[3-9]\d\d|56\d\d\d|57[0-2]\d\d"
    r"|573[0-3]\d|5734[0-3]));"
)
"""A character reference to a lone surrogate (``&#xD800;``), which lxml cannot give back
as text: it becomes the replacement character before parsing."""


def _html(element: Any) -> str:
    """The HTML an item field holds: escaped text, CDATA, or inline XHTML children."""
    if len(element):
        return "".join(etree.tostring(child, encoding="unicode", method="html")
                       for child in element)
    return str(element.text or "")


def _link(element: Any) -> str | None:
    if element is None:
        return None
    link = element.get("href") or element.text or ""
    return link.strip() or None
