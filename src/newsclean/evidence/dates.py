"""Finding dates in short lines; parsing them is dateutil's job.

We only *locate* date-looking spans (so a dateline can be recognised and
removed); turning a span into a date is done by ``dateutil`` with a
``parserinfo`` that also knows the month names of the main European
languages. A day-only date stays a ``date``; a time counts only when the
page gives its offset, so ``published`` is never a naive datetime.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .months import MONTHS, trie_pattern
from .patterns import compile

_MONTHS = MONTHS
MONTH_WORDS = frozenset(m for group in _MONTHS for m in group)
"""Every month name and abbreviation of :data:`~.months.MONTHS`, lower case."""
_MONTH_WORDS = trie_pattern(MONTH_WORDS)
_ORD = r"(?:st|nd|rd|th|er|º|\.)?"
DATE_SPAN = compile(
    rf"""
    (?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}
        (?:[T\ ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?P<tz>Z|[+-]\d{{2}}:?\d{{2}})?)?)
    | (?P<named>\b\d{{1,2}}{_ORD}\s*(?:(?:de|of)\s+)?(?:{_MONTH_WORDS})\.?,?\s*(?:del?\s+)?
        \d{{4}}\b
        | \b(?:{_MONTH_WORDS})\.?\s+\d{{1,2}}{_ORD}(?:,\s*|\s+)\d{{4}}\b)
    | (?P<yfirst>\b(?P<fy>\d{{4}})(?:\.|\s+m\.)\s*(?P<fm>{_MONTH_WORDS})\.?\s+
        (?P<fd>\d{{1,2}})(?!\d))
    | (?P<dots>\b\d{{1,2}}\.\d{{1,2}}\.\d{{4}}\b)
    | (?P<slash>\b\d{{1,2}}/\d{{1,2}}/\d{{4}}\b|(?<![\d-])\d{{1,2}}-\d{{1,2}}-\d{{4}}(?![\d-]))
    | (?P<short>\b(?P<sa>\d{{1,2}})/(?P<sb>\d{{1,2}})/(?P<sy>\d{{2}})
        (?=\s{{1,3}}\d{{1,2}}:\d{{2}}(?!\d)))
    | (?P<ymd>(?P<y>\d{{4}})\s*[年년./]\s*(?P<m>\d{{1,2}})\s*[月월./]
        \s*(?P<d>\d{{1,2}})(?!\d)\s*[日일]?)
    """
)
"""A date's span in a line. It tries its branches at every position (some 25 µs on a short
line): :func:`may_hold_date` says first where it cannot match."""
_DATE_DIGITS = compile(r"\d{4}", ignore_case=False, verbose=False)
"""Four digits in a row, as ``DATE_SPAN`` reads digits."""


def may_hold_date(text: str) -> bool:
    """False when ``DATE_SPAN`` finds nothing in ``text``: each of its branches reads four
    digits in a row (a year), but the two-digit year's, which reads slashes.

    >>> may_hold_date("By Jane Doe, 3 hours ago"), may_hold_date("Nov. 3, 2019")
    (False, True)
    """
    return "/" in text or _DATE_DIGITS.search(text) is not None


TIME_SPAN = compile(r"\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?(?!\d)")
RELATIVE_WORDS = ("ago", "today", "yesterday", "just now")
"""A line can hold a relative date only if it holds one of these (a cheap test first)."""
RELATIVE_SPAN = compile(
    r"\b(?:\d+|an?|one)\s+(?:second|minute|min|hour|hr|day|week|month)s?\s+ago\b"
    r"|\b(?:yesterday|today|just\ now)\b"
)


_DATE_GLUE = frozenset(("de", "del", "of"))
"""Words between a date's parts ('19 de noviembre del 2019', '19th of November 2019')."""
_YEAR = re.compile(r"(?<!\d)(?:19\d\d|20\d\d|2100)(?!\d)")
"""A year we accept, standing alone: the cheap test before the date patterns."""
_SHORT_YEAR = re.compile(r"(?<!\d)\d{1,2}/\d{1,2}/\d\d\s{1,3}\d{1,2}:\d\d(?!\d)")
"""A date with a two-digit year, and the clock time that makes it a date ('11/18/19 11:04
PM'): without the time, '1/2/19' may be a fraction or a score."""


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in a line: the value and the span of text it came from."""

    value: dt.date | dt.datetime
    start: int
    end: int


def find_date(text: str, *, month_first: bool = True) -> DateMatch | None:
    """The first parseable date in ``text``.

    ``month_first`` says how to read ``03/04/2024``: March 4 (en-US), or 3 April
    (most other languages; see :func:`~newsclean.evidence.language.month_first`).
    ``03.04.2024`` is always day first.

    >>> find_date("Feb 25, 2025 | ").value
    datetime.date(2025, 2, 25)
    >>> find_date("Publié le 3 mars 2024 à 10h15").value
    datetime.date(2024, 3, 3)
    >>> find_date("2025年2月25日 10:30").value
    datetime.date(2025, 2, 25)
    >>> find_date("2024-05-01T09:30:00+02:00").value.isoformat()
    '2024-05-01T09:30:00+02:00'
    >>> find_date("03/04/2024").value, find_date("03/04/2024", month_first=False).value
    (datetime.date(2024, 3, 4), datetime.date(2024, 4, 3))
    >>> find_date("By Jane Doe - 11/18/19 11:04 PM EST").value, find_date("won 3/4/19")
    (datetime.date(2019, 11, 18), None)
    """
    if _YEAR.search(text) is None and ("/" not in text or _SHORT_YEAR.search(text) is None):
        return None  # every date form we read has a year from 1900 to 2100, or a time after
        # a short one; skip the patterns
    position = 0
    while position < len(text):
        match = DATE_SPAN.search_from(text, position)
        if match is None:
            return None
        value = _parse(match, month_first)
        if value is not None:
            return DateMatch(value, match.start(), match.end())
        position = max(match.end(), position + 1)
    return None


def _parse(match: object, month_first: bool) -> dt.date | dt.datetime | None:
    groups = match.groupdict()  # type: ignore[attr-defined]
    span = str(match.group(0))  # type: ignore[attr-defined]
    try:
        if groups.get("ymd"):  # 2025年2月25日, 2025년 2월 25일, 2025/02/25: nothing to guess
            return dt.date(int(groups["y"]), int(groups["m"]), int(groups["d"]))
        if groups.get("yfirst"):  # '2019. november 20.', '2019 m. lapkričio 20 d.'
            named: int | None = _parserinfo(True).month(groups["fm"])
            return None if named is None else dt.date(int(groups["fy"]), named, int(groups["fd"]))
        if groups.get("short"):  # '11/18/19 11:04 PM': the century is this one
            first, second = int(groups["sa"]), int(groups["sb"])
            month, day = (first, second) if month_first else (second, first)
            return dt.date(2000 + int(groups["sy"]), month, day)
        if groups.get("iso"):
            if groups.get("tz"):
                return dt.datetime.fromisoformat(span.replace("Z", "+00:00").replace(" ", "T"))
            return dt.date.fromisoformat(span[:10])
        cleaned = " ".join(w for w in span.replace(",", " ").split()
                           if w.lower() not in _DATE_GLUE)
        dayfirst = not (groups.get("slash") and month_first)
        parsed = _plain(cleaned, dayfirst) or _dateutil_parse(cleaned, dayfirst=dayfirst)
    except (ValueError, OverflowError):
        return None
    if not 1900 <= parsed.year <= 2100:
        return None
    return parsed.date()


MAX_OFFSET = dt.timedelta(hours=14)
"""The widest offset from UTC a clock keeps (Kiribati, +14:00)."""
OFFSET_STEP = dt.timedelta(minutes=15)
"""Every offset in use is a whole number of quarter hours."""
_LOCAL_STAMP = compile(
    r"\A(?P<stamp>\d{4}-\d{2}-\d{2}[T\ ]\d{2}:\d{2}:\d{2})(?:\.\d+)?\Z")
"""A time stamp with seconds and no offset ('2016-12-19 19:08:44'): a local clock."""


def local_stamp(text: str) -> dt.datetime | None:
    """The naive datetime of a stamp with seconds and no offset; None for anything else.

    >>> local_stamp("2016-12-19 19:08:44")
    datetime.datetime(2016, 12, 19, 19, 8, 44)
    >>> local_stamp("2016-12-19"), local_stamp("2016-12-19T19:08:44Z")
    (None, None)
    """
    found = _LOCAL_STAMP.match(text.strip())
    if found is None:
        return None
    try:
        return dt.datetime.fromisoformat(found["stamp"].replace(" ", "T"))
    except ValueError:
        return None


def stated_offset(stamps: list[str]) -> dt.timezone | None:
    """The page's UTC offset, where it writes one moment twice: with an offset, and as its
    local clock without one ('2016-12-20T00:08:44+00:00' and '2016-12-19 19:08:44' give
    -05:00). Seconds must be given on both sides and the gap must be a possible offset
    (a whole number of quarter hours, at most :data:`MAX_OFFSET`, not zero): two different
    moments rarely line up so.

    >>> stated_offset(["2016-12-20T00:08:44+00:00", "2016-12-19 19:08:44"])
    datetime.timezone(datetime.timedelta(days=-1, seconds=68400))
    >>> stated_offset(["2016-12-20T00:08:44+00:00", "2016-12-19 19:08:45"]) is None
    True
    """
    naive = [n for n in map(local_stamp, stamps) if n is not None]
    if not naive:
        return None
    for text in stamps:
        found = DATE_SPAN.search_from(text.strip(), 0)
        if found is None or not found["tz"] or found.start() != 0 or not found["tz"].strip():
            continue
        try:
            aware = dt.datetime.fromisoformat(found.group(0).replace("Z", "+00:00")
                                              .replace(" ", "T"))
        except ValueError:
            continue
        if aware.second == 0 and aware.microsecond == 0:
            continue  # a round minute lines up with other stamps too easily
        utc = aware.astimezone(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
        for local in naive:
            gap = local - utc
            if gap and abs(gap) <= MAX_OFFSET and gap % OFFSET_STEP == dt.timedelta(0):
                return dt.timezone(gap)
    return None


@lru_cache(maxsize=2)
def _parserinfo(dayfirst: bool) -> Any:
    """dateutil's parser, taught the month names above (imported on first use: it is slow)."""
    from dateutil import parser as dateparser

    # Made with type(), not a class statement: mypyc compiles no class nested in a function.
    months = type("Months", (dateparser.parserinfo,),
                  {"MONTHS": [tuple(group) for group in _MONTHS]})
    return months(dayfirst=dayfirst)


_PLAIN_NUMBERS = compile(r"\A(?P<a>\d{1,2})(?P<s>[./-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4})\Z")
_PLAIN_DAY_FIRST = compile(
    rf"\A(?P<d>\d{{1,2}}){_ORD}\s++(?P<m>[^\W\d_]++)\.?\s++(?P<y>\d{{4}})\Z")
_PLAIN_MONTH_FIRST = compile(
    rf"\A(?P<m>[^\W\d_]++)\.?\s++(?P<d>\d{{1,2}}){_ORD}\s++(?P<y>\d{{4}})\Z")
"""The plain shapes of a date span: ``03.04.2024``, ``25 February 2025``, ``Feb 25 2025``."""


def _plain(text: str, dayfirst: bool) -> dt.datetime | None:
    """The date of a span of a plain shape, as dateutil reads it; None for anything else.

    dateutil is pure Python and costs about a tenth of a millisecond a call; these
    shapes are most dates on a page. Only what can be read one way is read here:
    a day that is a valid day of its month, a month word dateutil's table knows, and
    for numbers, a month position the ``dayfirst`` setting settles (``03/04/2024``,
    ``13.04.2024``). Everything else (``04.13.2024``, ``31 February``) goes to
    dateutil, so the answer never differs (a test compares the two).
    """
    found = _PLAIN_NUMBERS.match(text)
    if found is not None:
        a, b = int(found["a"]), int(found["b"])
        day, month = (a, b) if dayfirst else (b, a)
        if not 1 <= month <= 12:
            return None
    else:
        found = _PLAIN_DAY_FIRST.match(text) or _PLAIN_MONTH_FIRST.match(text)
        if found is None:
            return None
        # dateutil's answer is Any: named ``int | None`` so compiled code (mypyc) does not
        # check it as the ``int`` of ``month`` above before the None test
        named: int | None = _parserinfo(dayfirst).month(found["m"])
        if named is None:
            return None
        month = named
        day = int(found["d"])
    year = int(found["y"])
    if not (1 <= year <= 9999 and 1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return dt.datetime(year, month, day)


def _dateutil_parse(text: str, *, dayfirst: bool) -> dt.datetime:
    from dateutil import parser as dateparser

    return dateparser.parse(text, parserinfo=_parserinfo(dayfirst), fuzzy=True)


ZONE_HOURS: dict[str, float] = {
    "GMT": 0, "UTC": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
    "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "BST": 1, "CET": 1, "CEST": 2, "MEZ": 1,
    "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11,
}
"""Zone abbreviations with one fixed offset, in hours. Ambiguous ones ('IST': India,
Ireland or Israel) are left out."""
SEASONAL_ZONES: dict[str, str] = {
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
"""US zone words that follow daylight saving ('7:04 pm ET'): their offset depends on the day."""
_ZONED_TIME = compile(
    rf"""(?<![\d:])(?P<h>\d{{1,2}})[:.](?P<m>\d{{2}})(?::\d{{2}})?\s?
    (?P<half>[aApP]\.?\s?[mM]\.?)?\s?\(?
    (?P<zone>{"|".join(sorted((*ZONE_HOURS, *SEASONAL_ZONES), key=len, reverse=True))})
    (?![\w+-])""",
    ignore_case=False,
)
"""A clock time followed by an upper-case zone word ('7:04 pm ET', '12:24 am EST', '19:14 GMT').
Upper case only: 'et' is French for 'and'."""


def zoned_time(text: str, day: dt.date) -> dt.datetime | None:
    """``day`` at the clock time ``text`` gives with its zone, as an aware datetime; else None.

    A dateline that names its zone says which day the reader saw, where a UTC time
    stamp in the markup may already be on the next day.

    >>> zoned_time("Nov. 18, 2019 7:04 pm ET", dt.date(2019, 11, 18)).isoformat()
    '2019-11-18T19:04:00-05:00'
    >>> zoned_time("12:24 am EST, Wednesday, November 20, 2019", dt.date(2019, 11, 20)).hour
    0
    >>> zoned_time("Publié le 3 mars 2024 à 10h15 et 11:00", dt.date(2024, 3, 3)) is None
    True
    """
    match = _ZONED_TIME.search(text)
    if match is None:
        return None
    hour, minute = int(match["h"]), int(match["m"])
    if match["half"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["half"][0] in "pP" else 0)
    if hour > 23 or minute > 59:
        return None
    naive = dt.datetime(day.year, day.month, day.day, hour, minute)
    zone = match["zone"]
    if zone in ZONE_HOURS:
        return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=ZONE_HOURS[zone])))
    try:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
        local = naive.replace(tzinfo=ZoneInfo(SEASONAL_ZONES[zone]))
    except (ImportError, ZoneInfoNotFoundError, ValueError):
        return None  # no time-zone database: the day alone stands
    offset = local.utcoffset()
    return naive.replace(tzinfo=dt.timezone(offset)) if offset is not None else None
