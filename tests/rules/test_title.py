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
