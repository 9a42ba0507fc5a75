"""title: the first headline-shaped line of a dump's header, read into Article.title."""

from __future__ import annotations

from tests.rules.support import AFTER, BEFORE, page

HEADLINE = "Council backs plan to rebuild the old bridge"


def test_catches_the_headline_of_a_page_with_a_header() -> None:
    """The first headline-shaped line before the body, on a page with header chrome."""
    article = page("Home › News › Local", HEADLINE, "By Jane Doe", BEFORE, AFTER)
    assert article.title == HEADLINE
    assert article.paragraphs == (BEFORE, AFTER)
    assert [r.rule for r in article.removed] == ["nav-crumb", "title", "byline"]


def test_leaves_a_page_without_a_header() -> None:
    """Nothing removed before the body: the headline stays in the body, so cleaning clean
    text changes nothing."""
    article = page(HEADLINE, BEFORE, AFTER)
    assert article.title is None
    assert article.paragraphs == (HEADLINE, BEFORE, AFTER)


def test_leaves_sentence_shaped_lines() -> None:
    """A header line ending in a full stop is not a headline."""
    article = page("Advertisement", "The council met.", BEFORE, AFTER)
    assert article.title is None
    assert article.paragraphs[0] == "The council met."


def test_leaves_lines_after_the_body_starts() -> None:
    """A headline-shaped line inside the body (a subheading) is never the title."""
    article = page("Advertisement", BEFORE, HEADLINE, AFTER)
    assert article.title is None
    assert HEADLINE in article.paragraphs


MENU = ("Home", "World", "Business", "Sport")


def test_a_page_title_whose_headline_comes_back_gives_the_title_and_the_site() -> None:
    """'Headline | Site' at the top, the headline again above the story: the title is the
    headline alone, and the other part names the site."""
    article = page(f"{HEADLINE} | The Valley Gazette", *MENU, HEADLINE, "By Jane Doe",
                   BEFORE, AFTER)
    assert article.title == HEADLINE
    assert article.site_name == "The Valley Gazette"
    provenance = dict(article.provenance)
    assert provenance["title"] == "title line 5"
    assert provenance["site_name"] == "title line 0"
    assert article.paragraphs == (BEFORE, AFTER)


def test_a_section_between_headline_and_site_is_no_site() -> None:
    """'Headline | Section | Site': the edge part names the site."""
    article = page(f"{HEADLINE} | World | The Valley Gazette", *MENU, HEADLINE,
                   "By Jane Doe", BEFORE, AFTER)
    assert (article.title, article.site_name) == (HEADLINE, "The Valley Gazette")


def test_the_echo_nearest_the_story_wins() -> None:
    """A section label glued to the headline in a bar above the menus loses to the headline
    line just above the story."""
    article = page(f"Opinion | {HEADLINE} - The Valley Gazette", f"Opinion | {HEADLINE}",
                   *MENU, HEADLINE, "By Jane Doe", BEFORE, AFTER)
    assert article.title == HEADLINE


def test_a_page_title_that_never_comes_back_is_read_as_before() -> None:
    """Without an echo the first headline-shaped line of the header is the title."""
    article = page(f"{HEADLINE} | The Valley Gazette", *MENU, "By Jane Doe", BEFORE, AFTER)
    assert article.title == f"{HEADLINE} | The Valley Gazette"
    assert article.site_name == "The Valley Gazette"


def test_an_image_marker_carrying_a_page_title_gives_its_echoed_headline() -> None:
    """The seed's 'NextImg:' layout with 'Headline - Site' in the marker: the headline
    part, where it comes back above the story."""
    article = page("THE DAILY AGGREGATE", "back", "topic",
                   f"NextImg:{HEADLINE} - The Valley Gazette", *MENU, HEADLINE,
                   "By Jane Doe", BEFORE, AFTER)
    assert article.title == HEADLINE


def test_a_page_title_that_never_comes_back_still_names_the_site() -> None:
    """'Headline | Site' whose headline the page rewrites: the last part is the site."""
    article = page(f"{HEADLINE} | The Valley Gazette", *MENU,
                   "Council says yes to a new old bridge", "By Jane Doe", BEFORE, AFTER)
    assert article.site_name == "The Valley Gazette"
    assert dict(article.provenance)["site_name"] == "title line 0"
