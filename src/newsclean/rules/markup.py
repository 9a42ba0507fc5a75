"""Metadata the page's markup states (JSON-LD, ``<meta>``, microdata, the URL), as findings.

The HTML adapter reads the values into ``Page.markup`` before it strips
scripts and the head; this rule turns them into findings, one per source, so
each value keeps its provenance ("json-ld", "meta:article:published_time",
"url"). Two instances run: the strong sources first of all rules (markup
says what the publisher means, and a body line that looks like a date may be
an event), the weak ones (an organisation as author, a ``<time>`` element, a
title) last, where they only fill gaps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from ..evidence.dates import find_date, local_stamp, stated_offset
from ..evidence.language import month_first
from ..model import Field, Finding, Markup, Page, Verdicts
from .names import NAMES, NameReader

FIELDS = {
    "title": Field.TITLE, "author": Field.AUTHOR, "published": Field.PUBLISHED,
    "modified": Field.MODIFIED, "site_name": Field.SITE_NAME, "image": Field.LEAD_IMAGE,
    "description": Field.DESCRIPTION, "section": Field.SECTION, "tag": Field.TAG,
    "language": Field.LANGUAGE, "canonical_url": Field.CANONICAL_URL,
}
"""Markup keys -> Article fields."""
MAX_TEXT = 2_000
"""A longer value is not metadata (a description field holding the whole article)."""
_DATE_KEYS = frozenset(("published", "modified"))
"""Markup keys of dates: their stamps together may state the page's UTC offset."""


@dataclass(frozen=True, slots=True)
class MarkupRule:
    """Metadata the markup states: JSON-LD, meta tags, microdata, the URL (weak: gaps only)."""

    name: str = "markup"
    weak: bool = False
    """Read only the weak sources (run last) instead of only the strong ones (run first)."""
    organisations: bool = False
    """Report an organisation JSON-LD names as author (used only when no person is named)."""
    names: NameReader = NAMES
    """Reads the authors out of what the markup calls an author ('By Jane Doe, Staff')."""

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        if not page.markup:
            return
        language = page.hints.get("language") or next(
            (m.value for m in page.markup if m.field == "language"), None)
        first = month_first(language)
        site = page.hints.get("site_name")
        offset = stated_offset([m.value for m in page.markup if m.field in _DATE_KEYS])
        # One finding per run of values from one source, in rank order.
        source, data = "", list[tuple[Field, object]]()
        for markup in page.markup:
            if markup.weak is not self.weak or len(markup.value) > MAX_TEXT:
                continue
            if markup.source != source:
                yield from self._finding(source, data)
                source, data = markup.source, []
            data.extend(self._values(markup, first, site, offset))
        yield from self._finding(source, data)

    def _finding(self, source: str, data: list[tuple[Field, object]]) -> Iterable[Finding]:
        if data:
            yield Finding.about_page(f"{source}, fallback" if self.weak else source, tuple(data))

    def _values(self, markup: Markup, first: bool, site: str | None,
                offset: dt.timezone | None = None) -> list[tuple[Field, object]]:
        field = FIELDS.get(markup.field)
        if field is None:
            return []
        if field in (Field.PUBLISHED, Field.MODIFIED):
            local = local_stamp(markup.value) if offset is not None else None
            if local is not None:  # the page's own clock, its offset stated by another stamp
                return [(field, local.replace(tzinfo=offset))]
            found = find_date(markup.value, month_first=first)
            return [(field, found.value)] if found is not None else []
        if field is Field.AUTHOR:
            if self.weak and markup.source == "json-ld":  # an organisation, as written
                return [(Field.ORGANISATION, markup.value)] if self.organisations else []
            names = self.names.byline_names(markup.value, lead_required=False, site=site,
                                            min_words=2, credits=True)
            if not names:  # 'News Nation Bureau', 'The Associated Press': credited as a person
                org = self.names.organisation(markup.value, site=site)
                return [(Field.ORGANISATION, org)] if org else []
            return [(field, n) for n in names]
        return [(field, markup.value)]
