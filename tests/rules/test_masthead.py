"""masthead: a dump's first line in capitals, read into Article.site_name."""

from __future__ import annotations

from tests.rules.support import AFTER, BEFORE, page


def test_catches_a_capitalised_first_line_above_a_header() -> None:
    """'THE DAILY BUGLE' opening a page whose header has chrome is the site's name."""
    article = page("THE DAILY BUGLE", "Advertisement", BEFORE, AFTER)
    assert article.site_name == "THE DAILY BUGLE"
    assert (article.removed[0].text, article.removed[0].rule) == ("THE DAILY BUGLE", "masthead")


def test_leaves_a_page_without_a_header() -> None:
    """With nothing else removed before the body, a capitalised first line stays."""
    article = page("THE DAILY BUGLE", BEFORE, AFTER)
    assert article.site_name is None
    assert article.paragraphs[0] == "THE DAILY BUGLE"


def test_leaves_a_byline_in_capitals() -> None:
    """'BY JANE DOE' is a byline in capitals, not a masthead."""
    article = page("BY JANE DOE", "Advertisement", BEFORE, AFTER)
    assert article.site_name is None
    assert article.authors == ("Jane Doe",)


def test_leaves_long_or_later_capitalised_lines() -> None:
    """Only the first line, and only up to six words, can be a masthead."""
    long_line = page("THIS IS A VERY LONG SHOUTED LINE HERE", "Advertisement", BEFORE, AFTER)
    later = page("Advertisement", "THE DAILY BUGLE", BEFORE, AFTER)
    assert long_line.site_name is None
    assert later.site_name is None
