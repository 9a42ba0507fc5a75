"""End headings of a dump's article: related lists and comments after the story are cut."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.evidence.dump_ends import article_end, ends_article, teaser_boxes

from .test_dump_region import FOOTER, MENU, PARAGRAPHS, dump

CARDS = [
    "Ferry timetable changes",
    "The ferry company said on Monday that the winter timetable would start a week early "
    "because of the works on the harbour wall, which the council approved.",
    "Saturday market returns",
    "Traders who left the square during the repairs will be back this weekend with their "
    "stalls, the market's organisers said in a statement to the paper.",
    "School wins a prize",
    "Pupils at the primary school on the hill won a national prize for the garden they built "
    "behind the gym last year, and they will travel to the capital to collect it.",
]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Related articles", True),
        ("RELATED LINKS:", True),
        ("You may also like...", True),
        ("More in Local News", True),
        ("More Great Stories", True),
        ("Tags: harbour, bridge", True),
        ("Leia também", True),
        ("Weitere Beiträge zum Thema", True),
        ("Related: the council's plan to rebuild the harbour bridge", False),
        ("More in the spring, the mayor said.", False),
        ("The bridge is related to the harbour's history, the mayor said.", False),
        ("Popular opinion turned against the plan", False),
    ],
)
def test_ends_article(line: str, expected: bool) -> None:
    """Whole short headings end an article; sentences that open with the words do not."""
    assert ends_article(line) is expected


def test_teaser_cards_under_a_heading_after_the_story_go() -> None:
    """Headline-and-summary cards under 'More in …' are cut, though each summary is prose."""
    page = dump(MENU, ["Bridge to be rebuilt"], *[[p] for p in PARAGRAPHS[:2]],
                ["More in Local News"], *[[c] for c in CARDS], FOOTER)
    article = newsclean.clean(page)
    assert list(article.paragraphs)[-2:] == PARAGRAPHS[:2]
    assert all(card not in article.text for card in CARDS)


def test_a_related_box_inside_the_story_does_not_end_it() -> None:
    """Paragraphs after a 'Related articles' box follow one another: the story goes on."""
    page = dump(MENU, *[[p] for p in PARAGRAPHS[:2]],
                ["Related articles", "Ferry timetable changes", "Saturday market returns"],
                *[[p] for p in PARAGRAPHS[2:]], FOOTER)
    article = newsclean.clean(page)
    assert all(p in article.paragraphs for p in PARAGRAPHS)


def test_a_box_of_headlines_inside_the_story_goes_and_the_story_stays() -> None:
    """'More from UK' and the headlines under it interrupt the story: they go, the
    paragraphs on either side stay."""
    box = ["More from UK", "Storm closes schools across the region as rivers rise",
           "Local bakery wins a prize for the best bread in the county"]
    page = dump(MENU, *[[p] for p in PARAGRAPHS[:2]], box, *[[p] for p in PARAGRAPHS[2:]],
                FOOTER)
    article = newsclean.clean(page)
    assert list(article.paragraphs) == PARAGRAPHS
    assert [r.reason for r in article.removed if r.text in box] == [
        "teaser box inside the article"] * 3


def test_a_heading_over_one_headline_or_over_sentences_is_no_box() -> None:
    """One headline under a heading may be a link the story makes; sentences are the story."""
    lines = ["Para.", "Related", "Storm closes schools", "Para.", "Related", "He left.", "No."]
    assert teaser_boxes(lines, [30, 0, 0, 30, 0, 0, 0], [True] * 7, (0, 6)) == []


def test_an_end_heading_with_no_prose_after_it_ends_the_region() -> None:
    """Tags, a lone 'More from …': nothing of the story follows the heading."""
    lines = ["Para.", "Para.", "Tags", "harbour", "bridge"]
    assert article_end(lines, [30, 30, 0, 0, 0], [True] * 5, (0, 4), 40) == 1


def test_a_heading_before_enough_prose_does_not_end_the_region() -> None:
    """A 'Related' box above the story's first paragraphs is no end."""
    lines = ["Related", "Title", "A teaser.", "Title", "A teaser."]
    assert article_end(lines, [0, 0, 20, 0, 20], [True] * 5, (0, 4), 40) == 4


def test_chrome_between_paragraphs_makes_no_cards() -> None:
    """Paragraphs under share bars and counters that rules removed are the story, not teasers."""
    lines = ["Para.", "Comments", "Para.", "Share", "Para.", "12 comments", "Para."]
    prose = [50, 0, 30, 0, 30, 0, 30]
    live = [True, False, True, False, True, False, True]
    assert article_end(lines, prose, live, (0, 6), 40) == 6


def test_a_longer_list_of_teaser_cards_does_not_outweigh_the_story() -> None:
    """Headline, summary, headline, summary…: a list of other stories, even with more prose
    than the story above it and no heading to say so, weighs less than the story."""
    cards = [line for day in ("Monday", "Tuesday") for card in zip(CARDS[::2], CARDS[1::2],
             strict=True) for line in (f"{card[0]} on {day}", f"On {day}, {card[1]}")]
    page = dump(MENU, *[[p] for p in PARAGRAPHS], ["Share", "Tweet"], MENU[:6],
                ["Tech", "Deals"], cards, FOOTER)
    article = newsclean.clean(page)
    assert list(article.paragraphs) == PARAGRAPHS


def test_another_storys_link_between_paragraphs_goes_in_a_lynx_dump() -> None:
    """lynx shows a related story's headline set between paragraphs as one whole link:
    it goes; a link inside a paragraph's text stays."""
    links = [f"  * [{n}]Section {n}" for n in range(1, 12)]
    related = "[40]Storm closes schools across the region as rivers rise"
    page = dump(links, [PARAGRAPHS[0]], [related], *[[p] for p in PARAGRAPHS[1:]], FOOTER)
    article = newsclean.clean(page)
    assert list(article.paragraphs) == PARAGRAPHS
    assert [r.reason for r in article.removed if r.text == related] == [
        "another story's link inside the article"]
