"""Dates found nowhere before the second metadata sprint: a ``datetime`` attribute on an
element that is not ``<time>``, and label-value pairs ('Published: …', ``<dt>``/``<dd>``)."""

from __future__ import annotations

import datetime as dt

import pytest

import newsclean
from newsclean.evidence.date_labels import is_label, labelled_date, value_date
from tests.metadata.story import BODY


def _page(body: str = "", above: str = "") -> str:
    return ('<html lang="en"><head><title>Bridge to close</title></head>'
            f"<body>{above}<article><h1>Bridge to close</h1>{body}{BODY}</article></body></html>")


def _day(page: str) -> dt.date | None:
    published = newsclean.clean(page).published
    return published.date() if isinstance(published, dt.datetime) else published


def test_a_custom_element_with_a_datetime_attribute() -> None:
    page = _page('<relative-time datetime="2020-07-07T12:10:51Z">3 days ago</relative-time>')
    assert _day(page) == dt.date(2020, 7, 7)


def test_a_datetime_attribute_above_the_headline_is_not_read() -> None:
    page = _page(above='<relative-time datetime="2020-07-07T12:10:51Z">now</relative-time>')
    assert _day(page) is None


def _logo_page(body: str) -> str:
    """The only ``h1`` is the site's logo; the story's date is far below it."""
    menu = "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(20))
    return ('<html lang="ko"><head><title>Bridge</title></head><body><h1>Gazette</h1>'
            f"<ul>{menu}</ul><div class='story'>{body}{BODY}</div></body></html>")


@pytest.mark.parametrize(("line", "want"), [
    ("기사입력 :[ 2018-08-25 15:24 ]", dt.date(2018, 8, 25)),
    ("Published: 3 March 2024", dt.date(2024, 3, 3)),
    ("Veröffentlicht am 3. März 2024", dt.date(2024, 3, 3)),
    ("发布时间：2019-02-11", dt.date(2019, 2, 11)),
])
def test_a_labelled_date_far_from_the_headline(line: str, want: dt.date) -> None:
    assert _day(_logo_page(f"<p>{line}</p>")) == want


def test_a_label_and_its_value_in_a_definition_list() -> None:
    page = _logo_page("<dl><dt>配信開始日</dt><dd>2019/3/5</dd><dt>Pages</dt><dd>258</dd></dl>")
    assert _day(page) == dt.date(2019, 3, 5)


@pytest.mark.parametrize("line", ["Data shows 3 March 2024 was warm", "Datebook: 3 March 2024",
                                  "Published by the council, 3 March 2024"])
def test_a_date_a_label_does_not_lead_is_not_labelled(line: str) -> None:
    assert labelled_date(line, month_first=True) is None


def test_a_label_alone_and_its_value() -> None:
    assert is_label("Published:") and is_label("配信開始日") and not is_label("Date of birth")
    assert value_date("2019/3/5", month_first=False) == dt.date(2019, 3, 5)
    assert value_date("258", month_first=False) is None
