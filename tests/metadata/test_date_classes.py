"""Date classes fixed on development pages: the reader's day where markup gives UTC, today's
date above the headline, a save stamp without an offset."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import newsclean
from newsclean.evidence.dates import zoned_time
from tests.metadata.story import BODY


def _page(head: str = "", body: str = "", above: str = "") -> str:
    return (f'<html lang="en-US"><head><title>Bridge to close</title>{head}</head>'
            f"<body>{above}<article><h1>Bridge to close</h1>{body}{BODY}</article></body></html>")


def _ld(**fields: str) -> str:
    return ('<script type="application/ld+json">'
            + json.dumps({"@type": "NewsArticle", **fields}) + "</script>")


@pytest.mark.parametrize(("text", "want"), [
    ("Nov. 18, 2019 7:04 pm ET", "2019-11-18T19:04:00-05:00"),
    ("June 3, 2019 7:04 p.m. EDT", "2019-06-03T19:04:00-04:00"),
    ("June 3, 2019 7:04 pm ET", "2019-06-03T19:04:00-04:00"),  # daylight saving
    ("12:24 am EST, Wednesday", "2019-06-03T00:24:00-05:00"),
    ("12:05 PM PST", "2019-06-03T12:05:00-08:00"),
    ("November 18, 2019 -- 19:14 GMT", "2019-06-03T19:14:00+00:00"),
])
def test_a_clock_time_with_its_zone(text: str, want: str) -> None:
    day = dt.date.fromisoformat(want[:10])
    found = zoned_time(text, day)
    assert found is not None and found.isoformat() == want


@pytest.mark.parametrize("text", ["Lundi et mardi 10:15", "10:15 et 11:00", "25:10 GMT",
                                  "13:10 pm EST", "at 7:04 pm", "7:04 pm CETUS"])
def test_no_zone_no_time(text: str) -> None:
    assert zoned_time(text, dt.date(2024, 3, 3)) is None


def test_a_utc_stamp_is_told_in_the_offset_the_dateline_names() -> None:
    """An evening story in New York: UTC is on the next day, the page shows the day before."""
    page = _page(_ld(datePublished="2019-11-19T00:04:00Z"),
                 body='<time class="timestamp">Nov. 18, 2019 7:04 pm ET</time>')
    published = newsclean.clean(page).published
    assert isinstance(published, dt.datetime)
    assert published.date() == dt.date(2019, 11, 18)
    assert published == dt.datetime(2019, 11, 19, 0, 4, tzinfo=dt.timezone.utc)  # same moment


def test_an_updated_line_gives_the_offset_too() -> None:
    page = _page(_ld(datePublished="2019-11-20T02:07:18Z", dateModified="2019-11-20T05:24:30Z"),
                 body='<p class="timestamp">Updated 12:24 am EST, Wednesday, November 20, '
                      "2019</p>")
    assert newsclean.clean(page).published.date() == dt.date(2019, 11, 19)  # type: ignore[union-attr]


def test_an_offset_east_of_utc_is_not_applied() -> None:
    """East of UTC, pages often write their local clock with a 'Z': the UTC day stands."""
    page = _page(_ld(datePublished="2019-04-19T20:00:00Z"),
                 body='<time datetime="2019-04-19T20:00:00+09:00">2019.04.19 20:00</time>')
    assert newsclean.clean(page).published.date() == dt.date(2019, 4, 19)  # type: ignore[union-attr]


def test_todays_date_above_the_headline_yields_to_the_articles() -> None:
    """A masthead's date element ('November 20, 2019') is today's date, not the story's."""
    page = _page(above='<div class="date-time"><p>November 20, 2019</p></div>',
                 body='<p class="article-date">November 17, 2019</p>')
    article = newsclean.clean(page)
    assert article.published == dt.date(2019, 11, 17)


def test_a_masthead_date_is_still_a_date_when_nothing_else_is() -> None:
    page = _page(above='<div class="date-time"><p>November 20, 2019</p></div>')
    assert newsclean.clean(page).published == dt.date(2019, 11, 20)


def test_a_save_stamp_without_an_offset_yields_to_the_dateline() -> None:
    """datePublished = dateModified with no offset: the day the page shows is earlier."""
    page = _page(_ld(datePublished="2019-11-19 19:31:39", dateModified="2019-11-19 19:31:39"),
                 body='<p class="byline">By Jane Doe | <time>November 18, 2019</time></p>')
    assert newsclean.clean(page).published == dt.date(2019, 11, 18)


def test_a_same_day_update_keeps_a_later_published_day() -> None:
    """Published and modified on one day, no earlier day shown: nothing changes."""
    page = _page(_ld(datePublished="2019-11-19", dateModified="2019-11-19"),
                 body='<p class="byline">By Jane Doe | November 19, 2019</p>')
    assert newsclean.clean(page).published == dt.date(2019, 11, 19)


def test_a_posted_element_gives_the_date() -> None:
    """'posted' names a date element too ('By KJ : 2019年04月04日 09:00')."""
    page = ('<html lang="ja"><body><h3>Treeviz</h3>' + BODY
            + '<p class="posted">By.KJ : 2019年04月04日 09:00</p></body></html>')
    article = newsclean.clean(page)
    assert article.published == dt.date(2019, 4, 4)
    assert dict(article.provenance)["published"].startswith("html-meta")  # the element's


def test_an_updated_element_is_the_modified_date() -> None:
    """'Updated November 20' is the last change; the published date follows it."""
    body = ('<p class="timestamp">Updated November 20, 2019</p>'
            '<p class="article-date">Published November 18, 2019</p>')
    article = newsclean.clean(_page(body=body))
    assert article.published == dt.date(2019, 11, 18)
    assert article.modified == dt.date(2019, 11, 20)


DUMP = ("Home | World | Sport\n\nWednesday, November 20, 2019\n\n# Bridge to close\n\n"
        "The council voted on Tuesday to close the old harbour bridge for two years of repairs, "
        "ending a debate that had divided the town for a decade.\n\n"
        "Engineers said the bridge could no longer carry buses safely, and the work is urgent "
        "because winter storms will only make the damage worse.\n")


def test_a_dump_takes_the_date_in_its_url() -> None:
    """A text dump has no markup, but its URL may state the day ('/2019/11/18/')."""
    article = newsclean.clean(DUMP, url="https://news.example/2019/11/18/bridge", kind="text")
    assert article.published == dt.date(2019, 11, 18)
    assert dict(article.provenance)["published"] == "url"


def test_a_dump_without_a_dated_url_keeps_its_dateline() -> None:
    article = newsclean.clean(DUMP, url="https://news.example/local/bridge", kind="text")
    assert article.published == dt.date(2019, 11, 20)


def test_eight_digits_in_the_url_only_fill_a_gap() -> None:
    """'/20190211.html' dates a page nothing else dates; a dateline on the page wins."""
    url = "https://news.example/diary/20191118.html"
    assert newsclean.clean(DUMP, url=url, kind="text").published == dt.date(2019, 11, 20)
    undated = DUMP.replace("Wednesday, November 20, 2019\n\n", "")
    article = newsclean.clean(undated, url=url, kind="text")
    assert article.published == dt.date(2019, 11, 18)
    assert dict(article.provenance)["published"] == "url, fallback"


@pytest.mark.parametrize("url", ["https://news.example/a/201911181/",
                                 "https://news.example/a/20191318/"])
def test_longer_runs_and_impossible_days_are_no_url_dates(url: str) -> None:
    undated = DUMP.replace("Wednesday, November 20, 2019\n\n", "")
    assert newsclean.clean(undated, url=url, kind="text").published is None


def test_a_heading_that_is_a_date_dates_the_page() -> None:
    """A diary's day heading beats a date a later line cites; a heading with words does not."""
    cited = "<ul><li>Ministry to probe devices, NHK News, 2019年1月25日</li></ul>"
    article = newsclean.clean(_page(body="<h2>2019年02月11日</h2>" + cited))
    assert article.published == dt.date(2019, 2, 11)
    article = newsclean.clean(_page(body="<h2>Events on 2019年02月11日 in town</h2>" + cited))
    assert article.published == dt.date(2019, 1, 25)


def test_a_local_stamp_beside_a_utc_one_states_the_offset() -> None:
    """The same moment twice, in UTC and as the page's clock without an offset: the gap is
    the page's offset, so the reader's day and the UTC moment both hold."""
    page = _page('<meta property="article:published_time" content="2016-12-20T00:08:44+00:00">'
                 '<meta name="sailthru.date" content="2016-12-19 19:08:44">')
    published = newsclean.clean(page).published
    assert isinstance(published, dt.datetime)
    assert published.isoformat() == "2016-12-19T19:08:44-05:00"


@pytest.mark.parametrize("local", ["2016-12-19 19:08:45", "2016-12-19 19:01:44",
                                   "2016-12-19", "2016-12-20 00:08:44"])
def test_stamps_that_do_not_line_up_state_no_offset(local: str) -> None:
    page = _page('<meta property="article:published_time" content="2016-12-20T00:08:44+00:00">'
                 f'<meta name="sailthru.date" content="{local}">')
    published = newsclean.clean(page).published
    assert not isinstance(published, dt.datetime) or published.utcoffset() == dt.timedelta(0)


def test_a_utc_stamp_at_midnight_is_a_day() -> None:
    """'2016-11-28T00:00:00Z' is a day written as a stamp: a date element of the day before
    (an evening in the Americas, for a true moment) does not move it."""
    page = _page('<meta property="article:published_time" content="2016-11-28T00:00:00.000Z">',
                 body="<time>November 27, 2016</time>")
    published = newsclean.clean(page).published
    assert published is not None and published.isoformat()[:10] == "2016-11-28"


def test_a_utc_stamp_past_midnight_still_yields_to_the_day_before() -> None:
    page = _page('<meta property="article:published_time" content="2016-11-28T00:30:00.000Z">',
                 body="<time>November 27, 2016</time>")
    assert newsclean.clean(page).published == dt.date(2016, 11, 27)
