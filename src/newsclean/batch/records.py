"""What one output record holds: the article's fields, chosen with ``--fields``.

A batch record is ``{"source": {...}, <article fields>}``, or
``{"source": {...}, "error": "..."}`` for a page that failed, so record N
always answers for input page N.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..article import Article

ARTICLE_FIELDS: tuple[str, ...] = tuple(Article().to_dict())
"""The keys of ``Article.to_dict()``, in its order: what ``--fields`` may name."""


def parse_fields(spec: str | None) -> tuple[str, ...]:
    """The fields to keep from a ``--fields`` value.

    A comma-separated list keeps those fields; names prefixed with ``-`` leave
    fields out of the full set instead. Unknown names raise ``ValueError``.

    >>> parse_fields("title,text")
    ('title', 'text')
    >>> "removed" in parse_fields("-removed,-body")
    False
    >>> parse_fields(None) == ARTICLE_FIELDS
    True
    """
    if spec is None or not spec.strip():
        return ARTICLE_FIELDS
    names = [name.strip() for name in spec.split(",") if name.strip()]
    bare = [name.lstrip("-") for name in names]
    unknown = sorted(set(bare) - set(ARTICLE_FIELDS))
    if unknown:
        raise ValueError(
            f"unknown field: {', '.join(unknown)} (choose from {', '.join(ARTICLE_FIELDS)})"
        )
    excluded = [name[1:] for name in names if name.startswith("-")]
    if excluded and len(excluded) != len(names):
        raise ValueError("--fields: give either fields to keep or -fields to leave out, not both")
    if excluded:
        return tuple(f for f in ARTICLE_FIELDS if f not in excluded)
    return tuple(dict.fromkeys(bare))


def article_record(article: Article, fields: Sequence[str]) -> dict[str, Any]:
    """The chosen fields of ``article.to_dict()``, in the order asked for."""
    data = article.to_dict()
    return {name: data[name] for name in fields}
