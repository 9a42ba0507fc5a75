"""headline: after the region rule, the headline-shaped line above the story that it echoes."""

from __future__ import annotations

import newsclean
from newsclean.evidence.echo import Opening
from tests.rules.support import AFTER, BEFORE

MENU = "\n".join(("Home", "World", "Business", "Sport", "Weather"))
HEADLINE = "Council votes to rebuild the old stone bridge"
TEASER = "Ferry timetable changes for the summer season"


def _clean(*header: str) -> newsclean.Article:
    return newsclean.clean("\n".join((MENU, "", *header, "", BEFORE, "", AFTER)) + "\n",
                           kind="text")


def test_the_line_the_story_echoes_is_the_title() -> None:
    """A standfirst sentence under the headline and a caption do not hide it."""
    article = _clean(HEADLINE, "Two years of debate end in a vote.", "Photo: Jane Doe")
    assert article.title == HEADLINE
    assert dict(article.provenance)["title"].startswith("headline line")
    assert article.paragraphs[-2:] == (BEFORE, AFTER)
    assert HEADLINE not in article.paragraphs


def test_another_stories_headline_is_no_title() -> None:
    """A teaser above the story shares no words with it."""
    article = _clean(TEASER, "Two years of debate end in a vote.")
    assert article.title is None


def test_the_opening_echo() -> None:
    opening = Opening.of([BEFORE, AFTER])
    assert opening.echoed_by(HEADLINE)
    assert not opening.echoed_by(TEASER)
    assert not opening.echoed_by(HEADLINE.upper())  # a label in capitals
    assert not opening.echoed_by("Bridge")  # one word is no headline
