"""dateline: date lines, read into Article.published (and authors, when they carry a byline)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.evidence.dates import DATE_SPAN
from newsclean.rules.header import ADDRESS_STARTS, DatelineRule, _address
from tests.rules.support import around, rule_for

UTC2 = dt.timezone(dt.timedelta(hours=2))


@pytest.mark.parametrize(("line", "published"), [
    ("Feb 25, 2025 \u00a0|\u00a0 ", dt.date(2025, 2, 25)),
    ("Published 3 March 2024 10:15 CET", dt.date(2024, 3, 3)),
    ("Updated 4:12 PM EDT, March 14, 2024", dt.date(2024, 3, 14)),
    ("2024-05-01T09:30:00+02:00", dt.datetime(2024, 5, 1, 9, 30, tzinfo=UTC2)),
    ("2024-02-19", dt.date(2024, 2, 19)),
    ("10.01.1995", dt.date(1995, 1, 10)),
    ("London, March 3, 2024", dt.date(2024, 3, 3)),
    ("WASHINGTON | Feb 3, 2024", dt.date(2024, 2, 3)),
    ("Berlin (dpa), 3. März 2024", dt.date(2024, 3, 3)),
    ("March 5, 2024 · 5 min read", dt.date(2024, 3, 5)),
    ("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019",
     dt.date(2019, 11, 19)),
    ("Published: Monday, March 4, 2024 | Updated: March 5, 2024", dt.date(2024, 3, 4)),
    ("Veröffentlicht am 3. März 2024, 10:15 Uhr", dt.date(2024, 3, 3)),
    ("Publié le 12 février 2024 à 08h30", dt.date(2024, 2, 12)),
    ("Publicado el 5 de abril de 2024", dt.date(2024, 4, 5)),
    ("Pubblicato il 14 settembre 2023", dt.date(2023, 9, 14)),
    ("12 марта 2024, 14:05", dt.date(2024, 3, 12)),
    ("Updated 3 hours ago", None),
])
def test_catches_date_lines_and_reads_the_date(line: str, published: dt.date | None) -> None:
    """A line made of a date, time, filler words and at most one place or source name goes,
    and its date becomes `published` (a datetime only when an offset is given)."""
    assert rule_for(line) == "dateline"
    assert around(line).published == published


@pytest.mark.parametrize(("line", "authors"), [
    ("By Jane Doe | March 3, 2024", ("Jane Doe",)),
    ("Posted by Priya Nair on June 2, 2024", ("Priya Nair",)),
    ("By Owen Marsh | 3 hours ago", ("Owen Marsh",)),
])
def test_a_dateline_with_a_byline_gives_the_authors(line: str, authors: tuple[str, ...]) -> None:
    """Names in a date line (filler words like 'Posted … on' around them) become authors."""
    assert rule_for(line) == "dateline"
    assert around(line).authors == authors


@pytest.mark.parametrize("line", [
    "Polls close March 3, 2025.",
    "Today, the council voted.",
    "It happened yesterday.",
    "The vote on 3 March 2024 was the council's last before the summer break.",
    "Since March 3, 2024, prices have doubled.",
])
def test_leaves_sentences_that_mention_a_date(line: str) -> None:
    """A short sentence with a date or 'today' is body text, not a date line."""
    assert rule_for(line) is None
    assert around(line).published is None


_ADDRESS_BITS = st.sampled_from(["2024", "/", "-", "03", "05", "March 3, 2024", " | ", " - ",
                                 "by Jane Doe", "By Jane Doe", "Updated", "10:15", "today",
                                 "2 hours ago", " ", "London", "www.example.com", "?id=",
                                 "2024-03-05", "(dpa)", "Reuters", "5 min read", "•"])


_MARKERS = st.sampled_from(["", "[1] ", "[82] ", "[12345] ", "[82]", "[123456] ", "[8a] ",
                             "[] ", "[2024] ", "[3] [4] ", "x"])


@given(_MARKERS, st.sampled_from(ADDRESS_STARTS),
       st.lists(_ADDRESS_BITS, max_size=8).map("".join))
def test_a_line_opening_with_an_address_is_never_a_dateline(marker: str, start: str,
                                                             rest: str) -> None:
    """The lines the dateline rule skips as web addresses are lines it would not take."""
    text = marker + start + rest
    if _address(text):
        assert DatelineRule()._read(0, text, digits=True, worded=True) is None


@given(_MARKERS, st.sampled_from(ADDRESS_STARTS),
       st.lists(_ADDRESS_BITS, max_size=8).map("".join))
def test_no_date_starts_before_an_address(marker: str, start: str, rest: str) -> None:
    """Why _address needs no date test: no date starts inside a link number or at an address."""
    text = marker + start + rest
    if _address(text):
        found = DATE_SPAN.search(text)
        assert found is None or found.start() >= len(marker) + len(start)


@pytest.mark.parametrize(("line", "skipped"), [
    ("https://example.com/2024/03/05/", True),
    ("[82] https://example.com/2024/03/05/", True),
    ("[82] mailto:?subject=News", True),
    ("file:///2018/10/09/story/", True),
    ("[82]https://example.com/2024/03/05/", False),  # one word: '[8' reads as a place's
    ("[8a] https://example.com", False),
    ("[123456] https://example.com", False),
    ("[82] Read more", False),
])
def test_address_lines(line: str, skipped: bool) -> None:
    """Which lines the dateline rule skips as web addresses, with or without a link number."""
    assert _address(line) is skipped
