"""Which address an image element shows, when a lazy loader rewrites it in the browser.

Lazy-loading pages ship ``<img src="blank.gif" data-src="photo.jpg">``: a script swaps
the real address in when the image scrolls into view, so the ``src`` a crawler saves is
a 1×1 gif, a ``data:`` URI or a "placeholder"/"lazy" file. The reader sees the picture
the loader's attribute names, or the largest candidate of a ``srcset``.
"""

from __future__ import annotations

import json
from typing import Any

LAZY_ATTRIBUTES = ("data-src", "data-lazy-src", "data-original", "data-lazy",
                   "data-hi-res-src", "data-full-src")
"""Attributes lazy loaders copy into ``src`` (lazysizes, lozad, WordPress plugins, jQuery
lazyload). One of them names the image the reader sees, so it wins over ``src``."""
JSON_DEPTH = 3
"""How deep a lazy attribute's JSON object of addresses is searched
(``{"default": {"load": "defer", "src": "//img…"}}`` is two levels)."""
SRCSET_ATTRIBUTES = ("data-srcset", "data-lazy-srcset", "srcset")
"""Candidate lists (``url 320w, url 1024w``) read when no single address is usable: the
largest candidate is taken."""
PLACEHOLDER_WORDS = frozenset(("placeholder", "lazy", "lazyload", "blank", "spacer",
                               "transparent", "loading", "loader", "1x1", "dummy"))
"""Words of a file name (split at anything not a letter or digit) that mark a stand-in
``src``. Words that also name real photos ('pixel', 'white', 'grey') are left out; a
``src`` named so is still kept when nothing else names the image, and a loader's
attribute or a ``srcset`` is never judged by its name (only a ``data:`` URI is skipped)."""


def image_source(element: Any) -> str | None:
    """The address the reader sees for ``element`` (``img``, ``amp-img``), as written.

    A lazy loader's attribute first; then ``src`` unless it is a stand-in; then the
    largest candidate of a ``srcset`` on the element or, in a ``<picture>``, its first
    ``<source>``; then a stand-in ``src`` (better than nothing). None: no address.
    """
    get = element.get
    for name in LAZY_ATTRIBUTES:
        raw = get(name)
        if raw:
            value = _address(raw)
            if value and not _is_data(value):
                return value
    src: str | None = get("src")
    if src and src.strip() and not is_placeholder(src):
        return src
    for name in SRCSET_ATTRIBUTES:
        best = largest_candidate(get(name) or "")
        if best:
            return best
    for source in _picture_sources(element):
        best = largest_candidate(source.get("srcset") or source.get("data-srcset") or "")
        if best:
            return best
    return src if src and src.strip() else None


def _picture_sources(element: Any) -> list[Any]:
    """The ``<source>`` elements of the ``<picture>`` around ``element``, if any.

    libxml2 does not know ``<source>`` is empty and nests what follows it inside it,
    so the image may sit in a chain of sources; the picture's own children come first.
    """
    sources: list[Any] = []
    node = element.getparent()
    while node is not None and node.tag in ("source", "picture"):
        if node.tag == "picture":
            return [*node.iterchildren("source"), *sources]
        sources.append(node)
        node = node.getparent()
    return sources


def _address(value: str) -> str | None:
    """A lazy attribute's address: as written, or the first one of a JSON object of
    addresses by screen size (``{"default": "//img…"}``); None when it holds none."""
    value = value.strip()
    if value[:1] == "{":
        try:
            sizes = json.loads(value)
        except ValueError:
            return None
        value = _first_address(sizes, JSON_DEPTH)
    if not value or len(value.split(None, 1)) > 1 or any(c in value for c in '{}"<>'):
        return None
    return value


def _first_address(value: object, depth: int) -> str:
    """The first string with a ``/`` in it, depth first, in a JSON object's values."""
    if isinstance(value, str):
        return value.strip() if "/" in value else ""
    if isinstance(value, dict) and depth > 0:
        for item in value.values():
            found = _first_address(item, depth - 1)
            if found:
                return found
    return ""


def _is_data(url: str) -> bool:
    """Whether ``url`` is a ``data:`` URI (inline bytes: a stand-in, in an article)."""
    return url[:5].lower() == "data:"


def is_placeholder(url: str) -> bool:
    """Whether ``url`` is a stand-in: a ``data:`` URI or a file named like one.

    >>> is_placeholder("data:image/gif;base64,R0lGOD"), is_placeholder("/img/lazy-load.gif")
    (True, True)
    >>> is_placeholder("/2019/05/harbour-bridge.jpg"), is_placeholder("/img/placeholder.png?v=2")
    (False, True)
    """
    url = url.strip()
    if _is_data(url):
        return True
    name = url.split("?", 1)[0].split("#", 1)[0].rsplit("/", 1)[-1].lower()
    if not any(word in name for word in PLACEHOLDER_WORDS):  # the usual photo: C-level tests
        return False
    stem = name.rsplit(".", 1)[0]
    words = "".join(c if c.isalnum() else " " for c in stem).split()
    return any(word in PLACEHOLDER_WORDS for word in words)


def largest_candidate(srcset: str) -> str | None:
    """The address of the widest (``w``) or densest (``x``) candidate of a ``srcset``.

    A candidate without a descriptor counts as ``1x``; on a tie the first one wins.

    >>> largest_candidate("/a-320.jpg 320w, /a-1024.jpg 1024w, /a-640.jpg 640w")
    '/a-1024.jpg'
    >>> largest_candidate("/b.jpg, /b@2x.jpg 2x"), largest_candidate(" ")
    ('/b@2x.jpg', None)
    """
    best: str | None = None
    best_size = -1.0
    url: str | None = None
    size = 1.0
    for token in srcset.split():
        ends = token.endswith(",")
        token = token.rstrip(",")
        if url is None:
            if token and not _is_data(token):
                url, size = token, 1.0
            elif token:
                url, size = "", 1.0  # a stand-in candidate: read past its descriptor
        elif token:
            size = _descriptor(token, size)
        if ends and url is not None:
            if url and size > best_size:
                best, best_size = url, size
            url = None
    if url and size > best_size:
        best = url
    return best


def _descriptor(token: str, default: float) -> float:
    """The number of a ``320w`` or ``2x`` descriptor; ``default`` for anything else."""
    if token[-1:] in ("w", "x"):
        try:
            return float(token[:-1])
        except ValueError:
            return default
    return default
