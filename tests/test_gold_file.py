"""Schema of the hand-made ScrapingHub metadata gold (benchmarks/gold/scrapinghub-metadata.json).

The gold is only useful if every entry keeps the documented shape: a scorer that meets a
misspelt field, a US-style date or a page filed under the wrong half would score garbage
silently. This reads only the repository file, so it never skips.
"""

from __future__ import annotations

import datetime
import json
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

from halves import half  # noqa: E402

GOLD = BENCHMARKS / "gold" / "scrapinghub-metadata.json"
FIELDS = {
    "url",
    "half",
    "title",
    "authors",
    "authors_kind",
    "published",
    "modified",
    "site_name",
    "language",
    "lead_image",
    "notes",
}
KINDS = {"person", "organisation", "none"}
PAGE_ID = re.compile(r"[0-9a-f]{64}")
# BCP 47 as used here: a primary language subtag, optionally a script and/or region.
LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?")
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
MINIMUM_PAGES = 60
# The benchmark pages were saved in late 2019; nothing in them can be dated later.
LATEST_DAY = datetime.date(2019, 12, 31)
EARLIEST_DAY = datetime.date(1995, 1, 1)


def load() -> dict[str, dict[str, Any]]:
    """The gold file as a mapping from page id to its entry."""
    data = json.loads(GOLD.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


GOLD_ENTRIES = sorted(load().items())


def as_day(value: str) -> datetime.date:
    """An ISO ``YYYY-MM-DD`` day, or a failed assertion."""
    assert ISO_DAY.fullmatch(value), value
    return datetime.date.fromisoformat(value)


def test_enough_pages() -> None:
    """The gold covers at least the number of pages the issue asks for."""
    assert len(GOLD_ENTRIES) >= MINIMUM_PAGES


def test_urls_are_unique() -> None:
    """Each benchmark page appears once."""
    urls = [entry["url"] for _, entry in GOLD_ENTRIES]
    assert len(urls) == len(set(urls))


@pytest.mark.parametrize(("page_id", "entry"), GOLD_ENTRIES, ids=[k[:8] for k, _ in GOLD_ENTRIES])
def test_entry_schema(page_id: str, entry: dict[str, Any]) -> None:
    """Fields, types and formats of one entry."""
    assert PAGE_ID.fullmatch(page_id)
    assert set(entry) == FIELDS
    assert urlsplit(entry["url"]).scheme in ("http", "https")
    assert entry["half"] == half(entry["url"])
    assert isinstance(entry["title"], str)
    assert entry["title"] == entry["title"].strip() and entry["title"]
    authors = entry["authors"]
    assert isinstance(authors, list)
    assert all(isinstance(a, str) and a == a.strip() and a for a in authors)
    assert len(authors) == len(set(authors))
    assert entry["authors_kind"] in KINDS
    assert (entry["authors_kind"] == "none") == (not authors)
    published = None if entry["published"] is None else as_day(entry["published"])
    modified = None if entry["modified"] is None else as_day(entry["modified"])
    for day in (published, modified):
        assert day is None or EARLIEST_DAY <= day <= LATEST_DAY
    if published is not None and modified is not None:
        assert modified >= published
    assert entry["site_name"] is None or (
        isinstance(entry["site_name"], str) and entry["site_name"].strip()
    )
    assert entry["language"] is None or LANGUAGE.fullmatch(entry["language"])
    image = entry["lead_image"]
    assert image is None or urlsplit(image).scheme in ("http", "https")
    assert isinstance(entry["notes"], str)
