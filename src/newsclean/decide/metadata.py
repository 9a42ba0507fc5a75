"""Choosing the Article's metadata from what the rules reported.

Rules report candidates in rule order; the first usable candidate of a field
wins, so reordering rules reorders the evidence. Authors and contacts are
gathered, not chosen; images are merged where a caption-only finding follows
an image without one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Contact, Field, Image, MetaValue


@dataclass(frozen=True, slots=True)
class Metadata:
    """The decided metadata of one page."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | dt.datetime | None = None
    site_name: str | None = None
    url: str | None = None
    language: str | None = None
    images: tuple[Image, ...] = ()
    contacts: tuple[Contact, ...] = ()
    notes: tuple[str, ...] = ()
    page_kind: str = "article"


def choose(reported: Iterable[tuple[Field, MetaValue]], url: str | None) -> Metadata:
    """The metadata of a page, from ``(field, value)`` candidates in rule order.

    ``url`` is the address the caller gave, which beats any the page states.
    """
    by_field: dict[Field, list[MetaValue]] = {}
    for field, value in reported:
        by_field.setdefault(field, []).append(value)

    def values(field: Field) -> list[MetaValue]:
        return by_field.get(field, [])

    return Metadata(
        title=_first_str(values(Field.TITLE)),
        authors=_unique_str(values(Field.AUTHOR)),
        published=next((v for v in values(Field.PUBLISHED) if isinstance(v, dt.date)), None),
        site_name=_first_str(values(Field.SITE_NAME)),
        url=url or _first_str(values(Field.URL)),
        language=_first_str(values(Field.LANGUAGE)),
        images=_images(values(Field.IMAGE)),
        contacts=tuple(dict.fromkeys(v for v in values(Field.CONTACT) if isinstance(v, Contact))),
        notes=_unique_str(values(Field.NOTE), fold=False),
        page_kind=_first_str(values(Field.PAGE_KIND)) or "article",
    )


def _first_str(values: Iterable[MetaValue]) -> str | None:
    return next((v for v in values if isinstance(v, str) and v), None)


def _unique_str(values: Iterable[MetaValue], *, fold: bool = True) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for value in values:
        if isinstance(value, str) and value:
            seen.setdefault(value.casefold() if fold else value, value)
    return tuple(seen.values())


def _images(values: Iterable[MetaValue]) -> tuple[Image, ...]:
    """Images in page order; a caption-only image right after one without caption joins it."""
    out: list[Image] = []
    for value in values:
        if not isinstance(value, Image):
            continue
        if out and value.src is None and out[-1].caption is None and value.caption:
            last = out[-1]
            out[-1] = Image(last.src, value.caption, value.credit or last.credit, last.alt)
        else:
            out.append(value)
    return tuple(out)
