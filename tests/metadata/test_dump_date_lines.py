"""Dates of text dumps, classes fixed on development pages: share buttons a dump shows as
bare bullets between a dateline and its story, a post's meta line that runs its date, writer
and categories together, and an event's run ('29 November 2018 | 20 January 2019')."""

from __future__ import annotations

import datetime as dt

import newsclean

STORY = ("The council voted on Tuesday night to close the old bridge for repairs, after "
         "engineers found cracks in two of its piers during a routine inspection this spring.")
MORE = ("Residents will have to drive around the lake for at least six months, and the "
        "council said it would run an extra bus through the valley while the work lasts.")
MENU = "\n\n".join(("Home", "World", "Business", "Sports", "Opinion", "Weather"))
HEAD = "Bridge to close for six months"


def _day(article: newsclean.Article) -> str | None:
    return article.published.isoformat()[:10] if article.published is not None else None


def test_a_dateline_over_bare_share_bullets_still_beats_a_masthead_date() -> None:
    """lynx prints a row of share buttons as '*' lines: they do not part the dateline from
    the story it stands over."""
    bullets = "\n".join(["  *"] * 6)
    page = newsclean.clean(f"Daily Valley News\n\nNov. 20, 2019\n\n{MENU}\n\n{HEAD}\n\n"
                           f"By Jane Doe\n\nNovember 19, 2019 6:30 AM\n\n{bullets}\n\n"
                           f"{STORY}\n\n{MORE}\n", kind="text")
    assert _day(page) == "2019-11-19"


def test_a_date_that_opens_a_line_of_categories_dates_the_post() -> None:
    """'21/06/2014 Jane Doe All, Books, Reviews' under the headline, and a footer widget's
    '20/11/2019 / 11:54 am' (the day the page was saved) after the story."""
    page = newsclean.clean(f"{MENU}\n\n{HEAD}\n\n21/06/2014 Jane Doe All, Books, Kit Reviews, "
                           f"News\n\n{STORY}\n\n{MORE}\n\nTweets by @valley\n"
                           "20/11/2019 / 11:54 am\n", kind="text")
    assert page.published == dt.date(2014, 6, 21)


def test_a_date_with_categories_in_a_lynx_dump() -> None:
    page = newsclean.clean(f"{MENU}\n\n{HEAD}\n\n[72]21/06/2014 [73]Jane Doe [74]All, [75]Books, "
                           f"[76]Kit Reviews\n\n{STORY}\n\n{MORE}\n\nTweets by @valley\n"
                           "20/11/2019 / 11:54 am\n", kind="text")
    assert page.published == dt.date(2014, 6, 21)


def test_a_sentence_after_a_date_is_no_list_of_categories() -> None:
    page = newsclean.clean(f"{MENU}\n\n{HEAD}\n\n{STORY}\n\n21/06/2014 the council met, "
                           f"and voted\n\n{MORE}\n", kind="text")
    assert page.published is None


def test_an_events_run_is_no_dateline() -> None:
    """Two bare days, the second later: the dates of an exhibition the story announces, not
    its own. Better no date than the event's first day."""
    page = newsclean.clean(f"{MENU}\n\n{HEAD}\n\n{STORY}\n\n29 November 2018 | 20 January 2019"
                           f"\n\n{MORE}\n", kind="text")
    assert page.published is None


def test_a_dateline_with_a_published_and_an_updated_time_still_dates_the_story() -> None:
    page = newsclean.clean(f"{MENU}\n\n{HEAD}\n\nNov 19, 2019 10:48 | Nov 20, 2019 11:05"
                           f"\n\n{STORY}\n\n{MORE}\n", kind="text")
    assert _day(page) == "2019-11-19"


WRAPPER = "THE DAILY AGGREGATE\n\nMar 3, 2025  |  \n\n0\n\n| Springfield,IL"
"""An aggregator's wrapper over the page it shows: its name and its 'today'."""


def test_a_date_opening_the_page_loses_to_a_bare_date_nearer_the_story() -> None:
    page = newsclean.clean(f"{WRAPPER}\n\n{MENU}\n\n{HEAD}\n\nNovember 19, 2019\n\n{STORY}\n\n"
                           f"{MORE}\n", kind="text")
    assert page.published == dt.date(2019, 11, 19)


def test_a_date_opening_the_page_loses_to_an_updated_dateline() -> None:
    """The page's own 'Updated' date stands in for the published one, not the wrapper's."""
    page = newsclean.clean(f"{WRAPPER}\n\n{MENU}\n\n{HEAD}\n\nUpdated 4:12 PM EDT, March 14, "
                           f"2024\n\n{STORY}\n\n{MORE}\n", kind="text")
    assert _day(page) == "2024-03-14"


def test_a_date_opening_the_page_stays_when_the_page_has_no_other() -> None:
    page = newsclean.clean(f"{WRAPPER}\n\n{MENU}\n\n{HEAD}\n\n{STORY}\n\n{MORE}\n", kind="text")
    assert page.published == dt.date(2025, 3, 3)
