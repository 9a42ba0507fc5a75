"""Class and id attributes as sets of lower-case words, for the DOM rules."""

from __future__ import annotations

import re
from functools import lru_cache

_PARTS = re.compile(r"[-_:.\s]+|(?<=[a-z])(?=[A-Z])")
"""Where a class name splits: separators, and a lower-case letter before a capital. The
stdlib engine (its ``split`` costs a third of the ``regex`` module's); a run of one
character class and a fixed-width look-behind cannot backtrack."""


def class_tokens(classes: str | None, ident: str | None) -> frozenset[str]:
    """Words of an element's class and id: whole names and their parts.

    >>> sorted(class_tokens("post-content relatedPosts", None))
    ['content', 'post', 'post-content', 'posts', 'related', 'relatedposts']
    """
    if not classes and not ident:
        return frozenset()
    return _tokens(f"{classes or ''} {ident or ''}")


CACHED_CHARS = 200
"""Attribute strings up to this long are cached (sites repeat the same classes a lot);
longer ones are split every time, so the cache stays small in bytes, not only in entries."""

CACHE_ENTRIES = 4096
"""How many distinct attribute strings the cache holds (at most about 1 MB in all)."""


def _tokens(names: str) -> frozenset[str]:
    if len(names) <= CACHED_CHARS:
        return _cached_tokens(names)
    return _split_tokens(names)


@lru_cache(maxsize=CACHE_ENTRIES)
def _cached_tokens(names: str) -> frozenset[str]:
    return _split_tokens(names)


def _split_tokens(names: str) -> frozenset[str]:
    kept = names.split()
    if names.lower() == names:  # the usual case: no capitals, so no camelCase parts
        if len(names) > MAX_NAME and max(map(len, kept), default=0) > MAX_NAME:
            kept = [name for name in kept if len(name) <= MAX_NAME]
            names = " ".join(kept)
        out = set(kept)  # the names, and their parts: the separators read as blanks
        out.update(names.replace("-", " ").replace("_", " ").replace(":", " ")
                   .replace(".", " ").split())
        return frozenset(out)
    out = set()
    for name in kept:
        if len(name) <= MAX_NAME:
            out.update(_name_tokens(name))
    out.discard("")
    return frozenset(out)


MAX_NAME = 60
"""Longer class names are not words (generated hashes, inline data): they are skipped."""


NAME_CACHE = 8192
"""Single class names whose words are remembered: a site combines the same few hundred
names in ever new class strings, so most strings are new while their names are not."""


@lru_cache(maxsize=NAME_CACHE)
def _name_tokens(name: str) -> tuple[str, ...]:
    """The words of one class name: the name lower-cased, and its parts."""
    lower = name.lower()
    if lower != name:
        return (lower, *(part.lower() for part in _PARTS.split(name) if part))
    return (lower, *lower.replace("_", "-").replace(":", "-").replace(".", "-").split("-"))
