"""Whether an element's own attributes hide it from readers: the one home of that test.

The HTML adapter asks it of every block-level element (and of inline elements
that it lifts into blocks of their own); everything downstream reads the
answer from ``DomEvidence.hidden``.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

import regex

from .classes import HIDDEN_CLASSES

HIDDEN_STYLE = regex.compile(r"display\s*+:\s*+none|visibility\s*+:\s*+hidden", regex.I)
"""Inline styles that hide an element."""


_SHOWN_AGAIN = ("visible-", "d-md", "d-lg", "d-sm")
"""Responsive class prefixes that show a hidden element again on some screens."""


def hidden_by_class(classes: str | None) -> bool:
    """True when a class hides the element and no responsive class shows it again.

    >>> hidden_by_class("sr-only")
    True
    >>> hidden_by_class("hidden md:block")
    False
    """
    if not classes:
        return False
    if len(classes) <= CACHED_CHARS:
        return _cached_answer(classes)
    return _answer(classes)


CACHED_CHARS = 200
"""Class strings up to this long have their answer remembered (longer ones are rare and
would make the cache large in bytes)."""

CLASS_CACHE = 4096
"""How many class strings' answers are remembered: the walk asks of every element, and a
site repeats the same few class strings on most of them."""


@lru_cache(maxsize=CLASS_CACHE)
def _cached_answer(classes: str) -> bool:
    return _answer(classes)


def _answer(classes: str) -> bool:
    names = classes.lower().split()
    if not HIDDEN_CLASSES.intersection(names):
        return False
    return not any(":" in n or n.startswith(_SHOWN_AGAIN) for n in names)


def hides(attributes: Mapping[str, str]) -> bool:
    """True when these attributes hide their element.

    >>> hides({"hidden": ""}), hides({"style": "display: none"}), hides({"class": "lead"})
    (True, True, False)
    """
    if not attributes:
        return False
    if "hidden" in attributes or attributes.get("aria-hidden") == "true":
        return True
    style = attributes.get("style")
    if style and ("none" in style or "hidden" in style) and HIDDEN_STYLE.search(style):
        return True
    return hidden_by_class(attributes.get("class"))
