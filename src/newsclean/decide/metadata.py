"""Choosing the Article's metadata from what the rules reported, and saying where it came from.

Rules report candidates in rule order, each with its source ("json-ld",
"meta:og:image", "byline line 11"); the first usable candidate of a field
wins, so reordering rules reorders the evidence. Authors come from the first
source that names any: two sources are two opinions, not one list. A
published date must fall between :data:`EARLIEST` and tomorrow; without one,
the modified date stands in. Contacts are gathered; images are merged where a
caption-only finding follows an image without one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..evidence.language import DETECTED, contradicts, primary
from ..model import Contact, Field, Image, MetaValue
from .site import choose_site_name

EARLIEST = dt.date(1995, 1, 1)
"""No news page on the web is older: an earlier date is a birth date or a history."""
SAVE_DAYS = 30
"""How far before a published-equals-modified time stamp the first publication may lie."""
BYLINE_SOURCES = ("html-meta line", "byline line")
"""Sources that are one byline the reader sees (microdata lists every person the page
links: related artists, other stories' writers)."""
HEADLINE_BYLINE = "byline under the headline"
"""The source of a dump's 'By' line right under its headline (``rules/headline_byline.py``)."""
MAX_TAGS = 30
"""Tags kept from one source (keyword fields run to hundreds)."""
_MIDNIGHT = dt.time(0, tzinfo=dt.timezone.utc)
"""A UTC stamp at midnight to the second is a day written as a time stamp, not a moment of
an evening story elsewhere: it is not moved to the day before."""

Reported = tuple[Field, MetaValue, str]
"""A candidate: its field, its value, and its source."""


@dataclass(frozen=True, slots=True)
class Metadata:
    """The decided metadata of one page, and the source of each value."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: dt.date | dt.datetime | None = None
    site_name: str | None = None
    url: str | None = None
    language: str | None = None
    images: tuple[Image, ...] = ()
    contacts: tuple[Contact, ...] = ()
    notes: tuple[str, ...] = ()
    modified: dt.date | dt.datetime | None = None
    description: str | None = None
    lead_image: str | None = None
    canonical_url: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    provenance: tuple[tuple[str, str], ...] = ()
    page_kind: str = "article"


def choose(reported: Iterable[Reported], url: str | None,
           today: dt.date | None = None) -> Metadata:
    """The metadata of a page, from ``(field, value, source)`` candidates in rule order.

    ``url`` is the address the caller gave, which beats any the page states;
    ``today`` bounds the dates (none later than tomorrow), when given.
    """
    by_field: dict[Field, list[tuple[MetaValue, str]]] = {}
    for field, value, source in reported:
        by_field.setdefault(field, []).append((value, source))
    provenance: list[tuple[str, str]] = []

    def first_str(field: Field, name: str) -> str | None:
        for value, source in by_field.get(field, ()):
            if isinstance(value, str) and value:
                provenance.append((name, source))
                return value
        return None

    title = first_str(Field.TITLE, "title")
    authors = (_fullest(_not_sections(_headline_first(by_field.get(Field.AUTHOR, ())),
                                      by_field.get(Field.SECTION, ())), provenance)
               or _first_source(by_field.get(Field.ORGANISATION, ()), "authors", provenance))
    latest = today + dt.timedelta(days=1) if today is not None else None
    modified = _date(by_field.get(Field.MODIFIED, ()), latest, "modified", provenance)
    published = _local_day(
        _date(by_field.get(Field.PUBLISHED, ()), latest, "published", provenance),
        by_field.get(Field.PUBLISHED, ()), modified, provenance,
        _west_offset((*by_field.get(Field.PUBLISHED, ()), *by_field.get(Field.MODIFIED, ()))))
    if published is None and modified is not None:
        published = modified
        provenance.append(("published", dict(provenance)["modified"]))
    site = choose_site_name(by_field.get(Field.SITE_NAME, ()))
    site_name = site[0] if site else None
    if site:
        provenance.append(("site_name", site[1]))
    if url:
        provenance.append(("url", "caller"))
    page_url = url or first_str(Field.URL, "url")
    language = _language(by_field.get(Field.LANGUAGE, ()), provenance)
    description = first_str(Field.DESCRIPTION, "description")
    lead_image = first_str(Field.LEAD_IMAGE, "lead_image")
    canonical = first_str(Field.CANONICAL_URL, "canonical_url")
    section = first_str(Field.SECTION, "section")
    tags = _first_source(by_field.get(Field.TAG, ()), "tags", provenance)[:MAX_TAGS]
    return Metadata(
        title=title,
        authors=authors,
        published=published,
        site_name=site_name,
        url=page_url,
        language=language,
        images=_images(v for v, _ in by_field.get(Field.IMAGE, ())),
        contacts=tuple(dict.fromkeys(
            v for v, _ in by_field.get(Field.CONTACT, ()) if isinstance(v, Contact))),
        notes=tuple(dict.fromkeys(
            v for v, _ in by_field.get(Field.NOTE, ()) if isinstance(v, str) and v)),
        modified=modified,
        description=description,
        lead_image=lead_image,
        canonical_url=canonical,
        section=section,
        tags=tags,
        provenance=tuple(provenance),
        page_kind=next(
            (v for v, _ in by_field.get(Field.PAGE_KIND, ()) if isinstance(v, str) and v),
            "article"),
    )


def _language(values: Sequence[tuple[MetaValue, str]],
              provenance: list[tuple[str, str]]) -> str | None:
    """The declared language, unless the text is in another one; the text's without one.

    Templates declare one language for a whole site, so an English page says ``de`` on a
    German edition: the language read from the text wins when its primary subtag differs
    from the first declared tag's, in the form of a later declared tag that agrees with it
    (``og:locale`` ``en_US`` gives ``en-US``). A declared ``en-GB`` keeps its region when
    the text is English. A guess that names a near language it knows for one it cannot
    name (Arabic for a page declared Persian) is no contradiction.
    """
    tags = [(v, s) for v, s in values if isinstance(v, str) and v]
    declared = [(v, s) for v, s in tags if s != DETECTED]
    detected = next(((v, s) for v, s in tags if s == DETECTED), None)
    chosen = declared[0] if declared else detected
    if declared and detected and contradicts(declared[0][0], detected[0]):
        chosen = next((d for d in declared if primary(d[0]) == primary(detected[0])), detected)
    if chosen is None:
        return None
    provenance.append(("language", chosen[1]))
    return chosen[0]


def _first_source(values: Sequence[tuple[MetaValue, str]], name: str,
                  provenance: list[tuple[str, str]]) -> tuple[str, ...]:
    """The values of the first source that gives any, deduplicated without regard to case."""
    chosen: str | None = None
    seen: dict[str, str] = {}
    for value, source in values:
        if not isinstance(value, str) or not value:
            continue
        if chosen is None:
            chosen = source
            provenance.append((name, source))
        if source == chosen:
            seen.setdefault(value.casefold(), value)
    return tuple(seen.values())


def _headline_first(authors: Sequence[tuple[MetaValue, str]]) -> list[tuple[MetaValue, str]]:
    """The author candidates with those of a 'By' line right under a dump's headline first:
    a teaser's byline above the story or in a side column comes earlier in the page."""
    under = [(v, s) for v, s in authors if s.startswith(HEADLINE_BYLINE)]
    return [*under, *(a for a in authors if not a[1].startswith(HEADLINE_BYLINE))]


def _not_sections(authors: Sequence[tuple[MetaValue, str]],
                  sections: Sequence[tuple[MetaValue, str]]) -> list[tuple[MetaValue, str]]:
    """The author candidates without a byline's name that is the page's own section.

    A byline element often wraps the section's label above the headline ('New Results',
    'Opinion'); the markup names that label as the section, so read in the byline it is
    no person. Only visible bylines are checked: markup that names an author means it.
    """
    labels = {v.casefold() for v, _ in sections if isinstance(v, str) and v}
    return [(v, s) for v, s in authors
            if not (isinstance(v, str) and s.startswith(BYLINE_SOURCES)
                    and v.casefold() in labels)]


def _fullest(values: Sequence[tuple[MetaValue, str]],
             provenance: list[tuple[str, str]]) -> tuple[str, ...]:
    """The authors of the first source, or of a later one that names them all and more.

    Markup often names only the first of two writers ('Tariq Malik'), where the byline
    names both ('By Tariq Malik and Mike Wall'): the byline is then the fuller opinion,
    not a different one.
    """
    first = _first_source(values, "authors", provenance)
    known = {name.casefold() for name in first}
    if not known:
        return first
    by_source: dict[str, list[str]] = {}
    for value, source in values:
        if isinstance(value, str) and value and source.startswith(BYLINE_SOURCES):
            by_source.setdefault(source, []).append(value)
    for source, names in by_source.items():
        folded = {name.casefold() for name in names}
        if folded > known:
            provenance[:] = [p for p in provenance if p[0] != "authors"]
            provenance.append(("authors", source))
            return tuple({name.casefold(): name for name in reversed(names)}[n]
                         for n in dict.fromkeys(name.casefold() for name in names))
    return first


def _date(values: Sequence[tuple[MetaValue, str]], latest: dt.date | None, name: str,
          provenance: list[tuple[str, str]]) -> dt.date | dt.datetime | None:
    """The first date no earlier than EARLIEST and no later than ``latest``."""
    for value, source in values:
        if not isinstance(value, dt.date):
            continue
        day = value.date() if isinstance(value, dt.datetime) else value
        if day < EARLIEST or (latest is not None and day > latest):
            continue
        provenance.append((name, source))
        return value
    return None


def _local_day(chosen: dt.date | dt.datetime | None,
               values: Sequence[tuple[MetaValue, str]],
               modified: dt.date | dt.datetime | None,
               provenance: list[tuple[str, str]],
               offset: dt.tzinfo | None = None) -> dt.date | dt.datetime | None:
    """The day a reader saw, when the markup's time stamp is not it.

    - Markup often gives the moment in UTC, where an evening story in the
      Americas is already on the next day (not at midnight to the second: that is a
      day). When another date of the page has a local offset west of UTC
      (``offset``: '7:04 pm ET' in a dateline), the moment is told in that offset;
      else the page's own dateline, its URL or a time with the local offset name
      the reader's day (the day before).
    - A published time stamp equal to the modified one is the last save; an
      earlier day the page states (within :data:`SAVE_DAYS`) is the first publication.
    """
    if not isinstance(chosen, dt.datetime):
        if chosen is not None and chosen == modified:
            for value, source in values:
                if (isinstance(value, dt.date) and source.startswith("html-meta")
                        and chosen - dt.timedelta(days=SAVE_DAYS) <= _day(value) < chosen):
                    provenance[:] = [p for p in provenance if p[0] != "published"]
                    provenance.append(("published", source))
                    return value
        return chosen
    utc = chosen.utcoffset() == dt.timedelta(0) and chosen.timetz() != _MIDNIGHT
    if utc and offset is not None:
        chosen, utc = chosen.astimezone(offset), False
    saved = modified is not None and chosen == modified
    if not (utc or saved):
        return chosen
    day0 = chosen.date()
    for value, source in values:
        if not isinstance(value, dt.date):
            continue
        day = value.date() if isinstance(value, dt.datetime) else value
        local = not isinstance(value, dt.datetime) or value.utcoffset() != dt.timedelta(0)
        if (utc and local and day == day0 - dt.timedelta(days=1)) or (
                saved and day0 - dt.timedelta(days=SAVE_DAYS) <= day < day0):
            provenance[:] = [p for p in provenance if p[0] != "published"]
            provenance.append(("published", source))
            return value
    return chosen


def _west_offset(values: Iterable[tuple[MetaValue, str]]) -> dt.tzinfo | None:
    """The first offset west of UTC a date of the page gives (a US dateline's '-05:00').

    Only the west: there a UTC stamp of an evening story is on the next day. East of
    UTC pages often write their local clock with a 'Z', so converting would shift a
    right day."""
    for value, _ in values:
        if isinstance(value, dt.datetime):
            delta = value.utcoffset()
            if delta is not None and delta < dt.timedelta(0):
                return value.tzinfo
    return None


def _images(values: Iterable[MetaValue]) -> tuple[Image, ...]:
    """Images in page order; a caption-only or credit-only image right after one without
    that part joins it (a figure's credit and caption are often two elements)."""
    out: list[Image] = []
    for value in values:
        if not isinstance(value, Image):
            continue
        last = out[-1] if out else None
        if last is not None and value.src is None and (value.caption or value.credit) and (
                value.caption is None or last.caption is None) and (
                value.credit is None or last.credit is None):
            out[-1] = Image(last.src, value.caption or last.caption,
                            value.credit or last.credit, last.alt)
        else:
            out.append(value)
    return tuple(out)


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value
