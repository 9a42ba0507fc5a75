"""Class and id attributes as sets of lower-case words, for the DOM rules."""

from __future__ import annotations

from functools import lru_cache

import regex

_PARTS = regex.compile(r"[-_:.\s]+|(?<=[a-z])(?=[A-Z])")


def class_tokens(classes: str | None, ident: str | None) -> frozenset[str]:
    """Words of an element's class and id: whole names and their parts.

    >>> sorted(class_tokens("post-content relatedPosts", None))
    ['content', 'post', 'post-content', 'posts', 'related', 'relatedposts']
    """
    if not classes and not ident:
        return frozenset()
    return _tokens(f"{classes or ''} {ident or ''}")


@lru_cache(maxsize=4096)
def _tokens(names: str) -> frozenset[str]:
    """Cached per distinct attribute string: sites repeat the same classes a lot."""
    out: set[str] = set()
    for name in names.split():
        if len(name) > 60:
            continue
        lower = name.lower()
        out.add(lower)
        if lower != name:
            out.update(part.lower() for part in _PARTS.split(name) if part)
        else:
            out.update(lower.replace("_", "-").replace(":", "-").replace(".", "-").split("-"))
    out.discard("")
    return frozenset(out)


HIDDEN_CLASSES = frozenset((
    "hidden", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text",
    "screenreader-only", "offscreen", "print-only", "invisible", "is-hidden", "u-hidden",
))
"""Whole class names that hide an element from readers."""


def hidden_by_class(classes: str | None) -> bool:
    """True when a class hides the element and no responsive class shows it again.

    >>> hidden_by_class("sr-only")
    True
    >>> hidden_by_class("hidden md:block")
    False
    """
    if not classes:
        return False
    names = classes.lower().split()
    if not HIDDEN_CLASSES.intersection(names):
        return False
    return not any(":" in n or n.startswith(("visible-", "d-md", "d-lg", "d-sm")) for n in names)
