"""The quick read of plain dates ('Feb 25 2025') gives dateutil's answer, for every month name."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil import parser as dateparser

from newsclean.evidence.dates import MONTH_WORDS, _parserinfo, _plain

DAYS = ("0", "1", "5", "09", "12", "13", "28", "29", "30", "31", "32")
"""Days around every edge: none, one digit, zero-padded, month ends, too many."""


def _dateutil(text: str, dayfirst: bool) -> dt.datetime | None:
    try:
        return dateparser.parse(text, parserinfo=_parserinfo(dayfirst), fuzzy=True)
    except (ValueError, OverflowError):
        return None


@pytest.mark.parametrize("dayfirst", [True, False])
def test_every_month_name_reads_as_dateutil_reads_it(dayfirst: bool) -> None:
    checked = 0
    for month in sorted(MONTH_WORDS):
        for name in {month, month.title(), month.upper()}:
            for day in DAYS:
                for text in (f"{name} {day}  2024", f"{name}. {day} 1900", f"{day} {name} 2024",
                             f"{day} {name}. 2100"):
                    quick = _plain(text, dayfirst)
                    if quick is not None:
                        checked += 1
                        assert quick == _dateutil(text, dayfirst), text
    assert checked > 1000


@pytest.mark.parametrize("text", ["Feb 25 25", "3 of March 2024", "04.13.2024",
                                  "Feb 25 2025 10", "Foo 25 2025", "Feb 123 2025"])
def test_other_spans_are_left_to_dateutil(text: str) -> None:
    assert _plain(text, True) is None
