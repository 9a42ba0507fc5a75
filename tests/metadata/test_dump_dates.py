"""Dates and bylines of text dumps, classes fixed on development pages: a masthead's
'today' above the menus, an 'Updated' dateline, a byline after a date and a separator."""

from __future__ import annotations

import datetime as dt

import newsclean

STORY = ("The council voted on Tuesday night to close the old bridge for repairs, after "
         "engineers found cracks in two of its piers during a routine inspection this spring.")
MORE = ("Residents will have to drive around the lake for at least six months, and the "
        "council said it would run an extra bus through the valley while the work lasts.")
MENU = "\n\n".join(("Home", "World", "Business", "Sports", "Opinion", "Weather"))


def _clean(header: str) -> newsclean.Article:
    return newsclean.clean(f"{header}\n\n{STORY}\n\n{MORE}\n", kind="text")


def test_a_dateline_above_the_story_beats_a_masthead_date() -> None:
    page = _clean(f"Daily Valley News\n\nNovember 20, 2019\n\n{MENU}\n\n"
                  "Bridge to close for six months\n\nNov. 19, 2019 8:03 am ET")
    assert page.published is not None
    assert page.published.isoformat()[:10] == "2019-11-19"


def test_a_masthead_date_stays_when_no_full_dateline_is_above_the_story() -> None:
    page = _clean(f"Daily Valley News\n\nNovember 20, 2019\n\n{MENU}\n\n"
                  "Bridge to close for six months")
    assert page.published == dt.date(2019, 11, 20)


def test_an_updated_dateline_gives_the_modified_date() -> None:
    page = _clean("Bridge to close for six months\n\nMarch 12, 2024\n\n"
                  "Updated 4:12 PM EDT, March 14, 2024")
    assert page.published == dt.date(2024, 3, 12)
    assert page.modified is not None and page.modified.isoformat()[:10] == "2024-03-14"


def test_a_byline_after_a_date_and_a_separator() -> None:
    page = _clean("Bridge to close for six months\n\n"
                  "February 1, 2019 | BY: Jane Doe, MS, RDN")
    assert page.authors == ("Jane Doe",)
    assert page.published == dt.date(2019, 2, 1)


def test_a_dateline_with_a_zone_after_a_dash() -> None:
    page = _clean("Bridge to close for six months\n\nNovember 20, 2019 - 11:28 AMT")
    assert page.published is not None
    assert page.published.isoformat()[:10] == "2019-11-20"


def test_a_labelled_dateline_in_brackets() -> None:
    page = _clean("Bridge to close for six months\n\n기사입력 :[ 2018-08-25 15:24 ]")
    assert page.published is not None
    assert page.published.isoformat()[:10] == "2018-08-25"


def test_an_agency_in_a_datelines_source_slot_is_the_credit() -> None:
    """'Reuters November 18, 2019 11:03 PM' over the story: Reuters is credited."""
    page = _clean(f"{MENU}\n\nBridge to close for six months\n\nReuters November 18, 2019 11:03 PM")
    assert page.authors == ("Reuters",)
    assert page.published is not None and page.published.isoformat()[:10] == "2019-11-18"


def test_an_agency_line_over_a_dateline_is_the_credit() -> None:
    page = _clean(f"{MENU}\n\nBridge to close for six months\n\nThe Associated Press\n\n"
                  "Published Monday, November 18, 2019 8:22AM EST")
    assert page.authors == ("The Associated Press",)


def test_a_place_in_a_datelines_source_slot_credits_nobody() -> None:
    page = _clean(f"{MENU}\n\nBridge to close for six months\n\nGrass Valley November 18, 2019")
    assert page.authors == ()


def test_a_bare_name_line_the_page_title_holds_is_no_writer() -> None:
    """'Opening Bell 11.18.19' under the title 'Opening Bell 11.18.19 - Daily Valley': the
    headline, not a byline, though its words read as a name."""
    page = _clean(f"Opening Bell 11.18.19 - Daily Valley\n\n{MENU}\n\nOpening Bell 11.18.19")
    assert page.authors == ()


def test_a_bare_label_over_a_headline_that_starts_with_it_is_no_writer() -> None:
    page = _clean(f"{MENU}\n\nFact Check\n\nFact Check: Is The Old Bridge Really Closing")
    assert page.authors == ()


def test_a_bare_name_line_over_the_story_is_still_the_writer() -> None:
    page = _clean(f"{MENU}\n\nBridge to close for six months\n\nJane Doe")
    assert page.authors == ("Jane Doe",)


def test_an_organisation_after_a_lone_lead_is_the_credit() -> None:
    """'Author:' alone, then 'The Water Coolest' (no person's name): the organisation."""
    page = _clean(f"{MENU}\n\nBridge to close for six months\n\nAuthor:\n\nThe Water Coolest")
    assert page.authors == ("The Water Coolest",)


def test_the_name_under_about_the_author_is_the_writer_when_no_byline_names_one() -> None:
    page = newsclean.clean(f"{MENU}\n\nBridge to close for six months\n\n{STORY}\n\n{MORE}\n\n"
                           "About the author\n\nJane Doe\n", kind="text")
    assert page.authors == ("Jane Doe",)
    assert dict(page.provenance)["authors"].startswith("byline")


def test_a_byline_beats_the_name_under_about_the_author() -> None:
    page = newsclean.clean(f"{MENU}\n\nBridge to close for six months\n\nBy Ann Lee\n\n"
                           f"{STORY}\n\n{MORE}\n\nAbout the author\n\nJane Doe\n", kind="text")
    assert page.authors == ("Ann Lee",)


def test_a_korean_signoff_after_the_story_credits_its_writer_in_a_dump() -> None:
    page = newsclean.clean(f"{MENU}\n\nBridge to close for six months\n\n{STORY}\n\n{MORE}\n\n"
                           "홍길동 기자 hong@example.com\n", kind="text")
    assert page.authors == ("홍길동",)


def test_a_name_between_the_headline_and_the_date_is_the_writer() -> None:
    """'JANE DOE' under the headline the dump's first line holds, over the dateline."""
    head = "Bridge to close for six months"
    page = newsclean.clean(f"{head} - Gazette\n\n{MENU}\n\n{head}\n\nJANE DOE\n\n"
                           f"Nov. 20, 2019\n\n{MENU}\n\n{STORY}\n\n{MORE}\n", kind="text")
    assert page.authors == ("Jane Doe",)


def test_a_writer_and_a_date_in_a_teaser_list_credit_nobody() -> None:
    """Not under the page's own headline: another story's teaser."""
    page = newsclean.clean(f"Bridge to close - Gazette\n\n{MENU}\n\nBridge to close\n\n{STORY}"
                           f"\n\n{MORE}\n\nCouncil sets a new budget\n\nJohn Roe\n\n"
                           "Nov. 20, 2019\n", kind="text")
    assert page.authors == ()


def test_a_name_over_a_job_title_near_the_story_is_the_writer() -> None:
    page = _clean(f"{MENU}\n\nBridge to close for six months\n\nJane Doe\n\n"
                  "News reporter @janedoe1")
    assert page.authors == ("Jane Doe",)


def test_an_authors_bio_over_a_job_title_names_the_writer() -> None:
    page = newsclean.clean(f"{MENU}\n\nBridge to close for six months\n\n{STORY}\n\n{MORE}\n\n"
                           "Jane Doe (@janedoe) is a staff writer at the Gazette covering "
                           "transport.\n\nStaff Writer\n", kind="text")
    assert page.authors == ("Jane Doe",)
