"""A dump's title from the address's slug: most sites write the headline's words into it."""

from __future__ import annotations

import newsclean
from newsclean.evidence.slug import echoes_slug, slug_words

STORY = ("The council voted on Tuesday night to close the old bridge for repairs, after "
         "engineers found cracks in two of its piers during a routine inspection this spring.")
MORE = ("Residents will have to drive around the lake for at least six months, and the "
        "council said it would run an extra bus through the valley while the work lasts.")
MENU = "\n\n".join(("Home", "World", "Business", "Sports", "Opinion", "Weather"))
DUMP = (f"{MENU}\n\nCouncil closes the old harbour bridge for six months\n\n"
        f"Ferry timetables change for the winter season\n\n{STORY}\n\n{MORE}\n")
URL = "https://news.example/2019/11/19/council-closes-old-harbour-bridge-six-months/"


def test_the_line_that_says_the_slug_is_the_title() -> None:
    """The line over the story is a teaser; the headline says the slug's words."""
    article = newsclean.clean(DUMP, url=URL, kind="text")
    assert article.title == "Council closes the old harbour bridge for six months"
    assert dict(article.provenance)["title"].startswith("title")


def test_without_an_address_the_title_is_as_before() -> None:
    assert newsclean.clean(DUMP, kind="text").title != \
        "Council closes the old harbour bridge for six months"


def test_slug_words_and_echoes() -> None:
    slug = slug_words(URL)
    assert slug == {"council", "closes", "old", "harbour", "bridge", "six", "months"}
    assert echoes_slug("Council closes the old harbour bridge for six months", slug) == 1.0
    # a teaser that shares a few of the words, and many of its own, is no echo
    assert echoes_slug("Old bridge photos from the harbour archive: a look back at the "
                       "council years", slug) == 0.0
    assert slug_words("https://news.example/a/30279001.html") == frozenset()
    assert slug_words(None) == frozenset()
