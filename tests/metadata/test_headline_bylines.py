"""Bylines without 'By' beside the page's headline in dumps that open with no title line
(lynx, w3m): the headline is the line that says the address's slug, and a date stands by
the name."""

from __future__ import annotations

import newsclean
from tests.metadata.test_dump_dates import MENU, MORE, STORY

URL = "https://news.example/local/bridge-to-close-for-six-months-12345.php"
HEAD = "Bridge to close for six months"
STANDFIRST = ("Drivers face a long way round the lake while engineers repair the cracked piers "
              "of the town's oldest crossing.")


GALLERY = "\n\n".join(("Photo: Ann Lee, AP", "Image 1 of 23", "Caption", "Close",
                         "Image 1 of 23", "Back to Gallery"))
"""A gallery's widget between the header and the story: the byline is far from the story."""


def _dump(header: str, url: str | None = URL) -> newsclean.Article:
    """A dump with no title line: links first, then the header, a gallery, the story."""
    text = f"#[1]alternate\n\n{MENU}\n\n{header}\n\n{GALLERY}\n\n{STORY}\n\n{MORE}\n"
    return newsclean.clean(text, kind="text", url=url)


def test_a_name_and_role_between_the_slug_headline_and_the_dateline() -> None:
    header = (f"{HEAD}\n\nJane Doe, AP Auto Writer\n\n"
              "Updated 1:39 am EST, Wednesday, November 20, 2019")
    assert _dump(header).authors == ("Jane Doe",)


def test_two_names_and_an_agency_over_a_relative_date() -> None:
    header = f"{HEAD}\n\nJane Doe and John Roe, Associated Press\n\n1 day ago"
    assert _dump(header).authors == ("Jane Doe", "John Roe")


def test_a_linked_name_after_the_date_under_the_standfirst() -> None:
    header = (f"{HEAD}\n\n{STANDFIRST}\n\nNovember 20, 2019 [135]Jane Doe\n  * [136]Markets\n"
              "  * [137]Policy")
    assert _dump(header).authors == ("Jane Doe",)


def test_the_section_links_after_the_name_are_no_names() -> None:
    header = f"{HEAD}\n\n[72]21/06/2014 [73]Jane Doe [74]All, [75]Books, [76]Kit Reviews"
    assert _dump(header).authors == ("Jane Doe",)
    joined = f"{HEAD}\n\nNovember 20, 2019 [73]Jane Doe and [74]John Roe [75]Markets"
    assert _dump(joined).authors == ("Jane Doe", "John Roe")


def test_a_name_under_a_headline_with_the_date_above_it() -> None:
    header = f"Wednesday 20 November 2019 9:22 am\n\n{HEAD}\n\n[107]Jane Doe\n  *\n  *"
    assert _dump(header).authors == ("Jane Doe",)


def test_a_teasers_writer_and_date_credit_nobody() -> None:
    """A name and a date under another story's headline: a teaser, not the byline."""
    header = f"Council sets a new budget for the year\n\nJohn Roe\n\nNov. 20, 2019\n\n{HEAD}"
    assert _dump(header).authors == ()
    undated = f"{HEAD}\n\nJane Doe\n\nRead more stories"
    assert _dump(undated).authors == ()


def test_a_menu_item_right_over_the_headline_names_nobody() -> None:
    """The last item of a menu, just over the headline, reads as a name: it is no byline,
    which stands under the headline."""
    text = (f"{HEAD} | Gazette\n\n{MENU}\n\nMotorcycles\n\nBack Lane Riders\n\n"
            f"{HEAD}\n\n{STORY}\n\n{MORE}\n")
    assert newsclean.clean(text, kind="text").authors == ()


def test_a_breadcrumb_ending_in_the_headline_names_nobody() -> None:
    head = "Town Council, Jane Doe Is Back In Office"
    text = (f"{head} - Gazette\n\n{MENU}\n\nHome Latest News {head}\n\n{head}\n\n"
            f"{STORY}\n\n{MORE}\n")
    assert newsclean.clean(text, kind="text").authors == ()


def test_a_button_or_a_picture_credit_before_the_story_names_nobody() -> None:
    """'Save Story' and 'Getty Images' just over the story read as names: no writers."""
    for line in ("Save Story", "Getty Images", "Share Story"):
        text = f"{HEAD} | Gazette\n\n{MENU}\n\n{HEAD}\n\n{line}\n\n{STORY}\n\n{MORE}\n"
        assert newsclean.clean(text, kind="text").authors == (), line


def test_the_by_line_under_the_headline_beats_a_teasers_above_it() -> None:
    """Teasers over the story carry 'By' lines too; the one under the headline is the
    story's."""
    text = (f"{HEAD} | Gazette\n\n{MENU}\n\nTrending\n\nCouncil sets a new budget for the year\n\n"
            f"by Ann Lee 0\n\nRail fares rise again in the new year\n\n"
            f"by John Roe on November 19, 2019\n\n{HEAD}\n\nby Jane Doe 0\n\nComments\n\n"
            f"{STORY}\n\n{MORE}\n")
    assert newsclean.clean(text, kind="text").authors == ("Jane Doe",)
