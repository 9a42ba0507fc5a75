"""Dates read in the page's language, BCP 47 tags, and the dates the decider rejects."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from newsclean.decide.metadata import choose
from newsclean.evidence import dates
from newsclean.evidence.dates import find_date
from newsclean.evidence.language import bcp47, month_first
from newsclean.model import Field


@pytest.mark.parametrize(("language", "want"), [
    ("en-US", dt.date(2024, 3, 4)), ("en", dt.date(2024, 3, 4)), (None, dt.date(2024, 3, 4)),
    ("en-GB", dt.date(2024, 4, 3)), ("de-DE", dt.date(2024, 4, 3)), ("fr", dt.date(2024, 4, 3)),
])
def test_slashed_dates_follow_the_language(language: str | None, want: dt.date) -> None:
    """03/04/2024 is March 4 in the US (and when nothing is known), 3 April elsewhere."""
    found = find_date("03/04/2024", month_first=month_first(language))
    assert found is not None and found.value == want


@pytest.mark.parametrize(("text", "first", "want"), [
    ("19-11-2019", False, dt.date(2019, 11, 19)), ("11-19-2019", True, dt.date(2019, 11, 19)),
    ("03-04-2024", False, dt.date(2024, 4, 3)), ("03-04-2024", True, dt.date(2024, 3, 4)),
    ("November 19,2019", True, dt.date(2019, 11, 19)),
    ("19 de Noviembre del 2019", False, dt.date(2019, 11, 19)),
    ("19th of November 2019", False, dt.date(2019, 11, 19)),
    ("19 листопада 2019", False, dt.date(2019, 11, 19)),
])
def test_more_date_shapes(text: str, first: bool, want: dt.date) -> None:
    """Dashed numbers follow the language like slashed ones; 'del', 'of', Ukrainian months."""
    found = find_date(text, month_first=first)
    assert found is not None and found.value == want


@pytest.mark.parametrize("text", ["555-12-12-2019", "ISBN 978-3-16-148410-0"])
def test_dashed_numbers_in_longer_runs_are_no_dates(text: str) -> None:
    assert find_date(text) is None


def test_dotted_dates_are_day_first_everywhere() -> None:
    """04.03.2024 is 4 March whatever the language."""
    found = find_date("04.03.2024", month_first=True)
    assert found is not None and found.value == dt.date(2024, 3, 4)


@pytest.mark.parametrize(("text", "want"), [
    ("5 Μαρτίου 2024", dt.date(2024, 3, 5)),
    ("12 Δεκεμβρίου 2023", dt.date(2023, 12, 12)),
    ("12. března 2024", dt.date(2024, 3, 12)),
    ("1 září 2022", dt.date(2022, 9, 1)),
    ("3 Şubat 2024", dt.date(2024, 2, 3)),
    ("29 Ekim 2023", dt.date(2023, 10, 29)),
    ("7 octombrie 2021", dt.date(2021, 10, 7)),
])
def test_greek_czech_turkish_romanian_months(text: str, want: dt.date) -> None:
    """Month names of more languages."""
    found = find_date(text)
    assert found is not None and found.value == want


@pytest.mark.parametrize(("raw", "want"), [
    ("en_us", "en-US"), ("EN-gb", "en-GB"), ("de", "de"), ("pt_BR", "pt-BR"),
    ("zh-hans-cn", "zh-Hans-CN"), (" fr ", "fr"), ("English", None), ("", None), ("e", None),
])
def test_bcp47(raw: str, want: str | None) -> None:
    """Language tags in BCP 47 form; what is not a tag is nothing."""
    assert bcp47(raw) == want


TODAY = dt.date(2024, 6, 1)


def test_rejects_future_and_ancient_dates() -> None:
    """A date after tomorrow or before 1995 is not the publication date; the next one is."""
    reported = [(Field.PUBLISHED, dt.date(2031, 1, 1), "json-ld"),
                (Field.PUBLISHED, dt.date(1987, 5, 1), "meta:date"),
                (Field.PUBLISHED, dt.date(2024, 6, 2), "url")]
    meta = choose(reported, None, TODAY)
    assert meta.published == dt.date(2024, 6, 2)
    assert ("published", "url") in meta.provenance


def test_published_beats_modified_and_modified_stands_in() -> None:
    """Published wins over modified; without a published date, the modified one stands in."""
    both = [(Field.MODIFIED, dt.date(2024, 5, 2), "json-ld"),
            (Field.PUBLISHED, dt.date(2024, 5, 1), "meta:article:published_time")]
    assert choose(both, None, TODAY).published == dt.date(2024, 5, 1)
    only = choose(both[:1], None, TODAY)
    assert only.published == only.modified == dt.date(2024, 5, 2)
    assert ("published", "json-ld") in only.provenance


@pytest.mark.parametrize(("text", "want"), [
    ("Le conseil municipal a voté mardi la fermeture du pont pour des travaux qui dureront "
     "deux ans, et les habitants sont inquiets pour la circulation dans le centre.", "fr"),
    ("El consejo votó el martes el cierre del puente para unas obras que durarán dos años, "
     "y los vecinos están preocupados por el tráfico en el centro de la ciudad.", "es"),
    ("Городской совет проголосовал за закрытие моста на ремонт.", "ru"),
    ("市議会は火曜日、橋を二年間閉鎖することを決めた。", "ja"),
    ("Ο δήμος αποφάσισε να κλείσει τη γέφυρα για δύο χρόνια.", "el"),
    ("Bridge Closed", None),  # too little to tell
])
def test_guess_language(text: str, want: str | None) -> None:
    """A script that names its language, or enough of one language's commonest words."""
    from newsclean.evidence.language import guess_language

    assert guess_language(text) == want


def test_plain_dates_read_as_dateutil_reads_them() -> None:
    """The shortcut for plain date shapes answers as dateutil does, or leaves it to dateutil."""
    def dateutil(text: str, dayfirst: bool) -> object:
        try:
            return dates._dateutil_parse(text, dayfirst=dayfirst)
        except (ValueError, OverflowError):
            return None

    days = ("0", "1", "09", "12", "13", "29", "30", "31", "32", "45")
    spans = [f"{a}{sep}{b}{sep}{year}" for a, b, sep, year in
             itertools.product(days, days, "./", ("2024", "2023", "0000"))]
    for word in ("jan", "February", "MÄRZ", "févr", "mayıs", "μαΐου", "декабря", "sept"):
        for day, ordinal in itertools.product(days, ("", "th", "er", "º", ".")):
            spans += [f"{day}{ordinal} {word} 2024", f"{word}. {day}{ordinal}  2023",
                      f"{day}{ordinal} {word}. 0000"]
    read = 0
    for span, dayfirst in itertools.product(spans, (True, False)):
        plain = dates._plain(span, dayfirst)
        if plain is not None:
            read += 1
            assert plain == dateutil(span, dayfirst), (span, dayfirst)
    assert read > len(spans) // 2


def test_time_span_does_not_take_the_start_of_a_zone_name() -> None:
    """'11:28 AMT' is a time and a zone: 'AM' inside 'AMT' is no meridiem to cut."""
    from newsclean.evidence.dates import TIME_SPAN

    spans = {text: TIME_SPAN.search(text) for text in ("11:28 AMT", "11:28 AM", "10:05 a.m. ET")}
    assert {text: m.group(0).strip() for text, m in spans.items() if m} == {
        "11:28 AMT": "11:28", "11:28 AM": "11:28 AM", "10:05 a.m. ET": "10:05 a.m."}
