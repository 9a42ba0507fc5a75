"""byline: bylines and lone author names before the body, into Article.authors."""

from __future__ import annotations

import pytest

import newsclean
from tests.rules.support import AFTER, BEFORE, around, page, rule_for


@pytest.mark.parametrize(("line", "authors"), [
    ("By Jane Doe", ("Jane Doe",)),
    ("By Jane Doe and John Roe, Associated Press", ("Jane Doe", "John Roe")),
    ("BY JANE DOE", ("Jane Doe",)),
    ("By Jane Doe | Staff Writer", ("Jane Doe",)),
    ("By Sean O'Neill and Ana Smith-Jones", ("Sean O'Neill", "Ana Smith-Jones")),
    ("Written by Priya Nair", ("Priya Nair",)),
    ("Posted by Priya Nair", ("Priya Nair",)),
    ("Von Max Mustermann", ("Max Mustermann",)),
    ("Par Claire Dubois", ("Claire Dubois",)),
    ("Por María Fernández", ("María Fernández",)),
    ("di Marco Rossi", ("Marco Rossi",)),
    ("Autor: Иван Петров", ("Иван Петров",)),
])
def test_catches_bylines_in_many_languages(line: str, authors: tuple[str, ...]) -> None:
    """A byline word followed by names goes, wherever it stands, and gives the authors."""
    assert rule_for(line) == "byline"
    assert around(line).authors == authors


@pytest.mark.parametrize("line", [
    "By the time help arrived, it was dark.",
    "By the end of the year, prices rose.",
    "By Monday, Olsen said, the yacht had sunk.",
    "By Friday the river had fallen.",
    "By then, everyone knew.",
])
def test_leaves_sentences_opening_with_by(line: str) -> None:
    """'By' followed by anything but names is body text, and gives no author."""
    assert rule_for(line) is None
    assert around(line).authors == ()


def test_a_lone_name_before_the_body_is_the_author() -> None:
    """On a page with a header, a line that is only a person's name is a byline."""
    article = page("Advertisement", "David R. Sands", BEFORE, AFTER)
    assert article.authors == ("David R. Sands",)
    assert [(r.text, r.rule, r.reason) for r in article.removed][-1] == (
        "David R. Sands", "byline", "lone author name before the body")


def test_a_lone_name_in_the_body_stays() -> None:
    """A name on a line of its own inside the body (a signature, a caption) is not a byline."""
    assert rule_for("Jane Doe") is None


def test_a_lone_name_without_a_header_stays() -> None:
    """Without removed header lines there is no header, so a lone name is left alone."""
    article = page("David R. Sands", BEFORE, AFTER)
    assert article.authors == ()
    assert article.paragraphs[0] == "David R. Sands"


def test_a_name_high_up_a_dump_is_no_author() -> None:
    """A name among the menu lines far above the story is a menu item, not the byline."""
    menu = ("Advertisement", "Maria Lopez", "World", "Business", "Sport", "Culture", "Travel")
    article = page(*menu, "David R. Sands", BEFORE, AFTER)
    assert article.authors == ("David R. Sands",)


def test_a_by_line_beats_a_lone_name_line_above_the_body() -> None:
    """A name line with no lead is weak evidence (a menu's 'Site Map' reads as a name); a
    'By …' line anywhere names the author first."""
    page = ("Home | News | Sport\n\nSite Map\n\n"
            "The council voted on Tuesday to close the old harbour bridge for two years of "
            "repairs, ending a debate that had divided the town for a decade.\n\n"
            "By Eric Song, Staff\n\n"
            "Engineers said the bridge could no longer carry buses safely, and the work is "
            "urgent, the council's report said on Tuesday evening.\n")
    article = newsclean.clean(page, kind="text")
    assert article.authors == ("Eric Song",)


def test_a_menu_item_before_the_body_names_nobody() -> None:
    """'Skip To Navigation' has the shape of a name; its words are a button's."""
    page = ("Home | News | Sport\n\nSkip To Navigation\n\n"
            "The council voted on Tuesday to close the old harbour bridge for two years of "
            "repairs, ending a debate that had divided the town for a decade.\n")
    article = newsclean.clean(page, kind="text")
    assert article.authors == ()
    assert "Skip To Navigation" not in article.text


def test_the_site_signing_is_no_author() -> None:
    """'Posted by Vortex' on vortexcannon.org: the site's own name."""
    page = ("Posted by Vortex\n\nThe council voted on Tuesday to close the old harbour bridge "
            "for two years of repairs, ending a debate that had divided the town.\n")
    assert newsclean.clean(page, kind="text", url="https://www.vortexcannon.org/a").authors == ()
    assert newsclean.clean(page, kind="text", url="https://news.example/a").authors == (
        "Vortex",)


def test_a_name_twice_over_is_one_name() -> None:
    """A link's text and its title side by side: 'By Sean Martin Sean Martin'."""
    from newsclean.rules.names import NAMES
    assert NAMES.byline_names("By Sean Martin Sean Martin") == ("Sean Martin",)
    assert NAMES.byline_names("Jose Altoveros View More Articles",
                              lead_required=False) == ("Jose Altoveros",)


def test_a_byline_that_carries_the_date() -> None:
    """'By Mike Wall 2019-11-18T20:51:19Z Science': the byline line dates the story too."""
    import datetime as dt
    story = ("\n\nThe council voted on Tuesday to close the old harbour bridge for two years "
             "of repairs, ending a debate that had divided the town for a decade.\n")
    article = newsclean.clean("By Mike Wall - Staff 2019-11-18T20:51:19Z Science" + story,
                              kind="text")
    assert article.authors == ("Mike Wall",)
    assert article.published is not None and article.published.isoformat()[:10] == "2019-11-18"
    short = newsclean.clean("By Justine Coleman - 11/18/19 11:04 PM EST" + story, kind="text")
    assert short.published is not None and short.published.isoformat()[:10] == "2019-11-18"
    from newsclean.model import Field
    from newsclean.rules.people import _byline_date
    assert _byline_date("By Mike Wall, Staff Writer. Updated 2019-11-20") == (
        (Field.MODIFIED, dt.date(2019, 11, 20)),)


def test_an_agency_credit_in_a_dump() -> None:
    """'By Reuters' names no person: the agency is the credit, and the line stays."""
    page = ("By Reuters\n\nThe council voted on Tuesday to close the old harbour bridge for two "
            "years of repairs, ending a debate that had divided the town for a decade.\n")
    article = newsclean.clean(page, kind="text")
    assert article.authors == ("Reuters",)


def test_a_lead_alone_on_its_line_credits_the_name_below() -> None:
    """A dump puts a linked name on its own line: 'By' then 'Sarah E. Needleman'."""
    article = newsclean.clean(f"{BEFORE}\n\nBy\n\nSarah E. Needleman\n\n{AFTER}\n", kind="text")
    assert article.authors == ("Sarah E. Needleman",)
    assert {r.text for r in article.removed if r.rule == "byline"} == {"By",
                                                                       "Sarah E. Needleman"}


def test_a_lead_alone_needs_a_name_that_reads_as_one() -> None:
    """'AV' (Swedish 'by') over a menu item without capitals names nobody."""
    assert newsclean.clean(f"{BEFORE}\n\nAV\n\nデジタルカメラ\n\n{AFTER}\n",
                           kind="text").authors == ()
