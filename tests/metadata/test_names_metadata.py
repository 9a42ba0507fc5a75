"""Authors from bylines and markup: the byline classes of issue 7."""

from __future__ import annotations

import pytest

from newsclean.decide.metadata import choose
from newsclean.model import Field
from newsclean.rules.names import NAMES


@pytest.mark.parametrize(("text", "want"), [
    ("Ada Lindqvist, Ben Okafor", ("Ada Lindqvist", "Ben Okafor")),  # Ben is no particle
    ("Al Gore and Jane Doe", ("Al Gore", "Jane Doe")),  # nor Al
    ("Ludwig van Beethoven", ("Ludwig van Beethoven",)),  # lower-case particles still are
    ("By Ada Lindqvist | The Millbrook Gazette", ("Ada Lindqvist",)),
    ("By Christie Dedman | Email the author | Follow", ("Christie Dedman",)),
    ("By Jane Doe Updated March 3, 2024", ("Jane Doe",)),
    ("By Jane Doe on March 3, 2024", ("Jane Doe",)),
    ("By Jane Doe - 3 hours ago", ("Jane Doe",)),
    ("By Jane Doe jane.doe@example.com", ("Jane Doe",)),
    ("By TOM KRISHER, AP Auto Writer", ("Tom Krisher",)),
    ("Jane Doe und Max Muster", ("Jane Doe", "Max Muster")),
    ("Jean Dupont et Claire Martin", ("Jean Dupont", "Claire Martin")),
    ("Ana García y Luis Pérez", ("Ana García", "Luis Pérez")),
    ("Jane Doe & John Roe; Ana Lee", ("Jane Doe", "John Roe", "Ana Lee")),
    ("Jane Doe, Jane Doe", ("Jane Doe",)),
    ("By Sandee LaMotte, CNN", ("Sandee LaMotte",)),  # an acronym beside a name
    ("By Tom Davies Associated Press", ("Tom Davies",)),  # an agency glued to a name
    ("By Tom Davies The Associated Press", ("Tom Davies",)),  # …with its article
    ("By Hamid al-Rubaie", ("Hamid al-Rubaie",)),  # a particle joined to the surname
    ("By Valéry Giscard d'Estaing", ("Valéry Giscard d'Estaing",)),
    ("By Jane Doe, Ph.D.", ("Jane Doe",)),  # a degree is no person
    ("By Jane Doe, M.D., and John Roe", ("Jane Doe", "John Roe")),
    ("By John Smith, Jr.", ("John Smith Jr",)),  # a generational suffix is the name's
    ("By Jane Doe, John Roe, and Ann Lee", ("Jane Doe", "John Roe", "Ann Lee")),
    ("By Jane Doe (AP)", ("Jane Doe",)),  # a bracketed agency or handle
    ("Junichi Niino（jniino）", ("Junichi Niino",)),
])
def test_byline_classes(text: str, want: tuple[str, ...]) -> None:
    """Names split on joiners, widgets and dates stripped, the paper and roles left out."""
    assert NAMES.byline_names(text, lead_required=False) == want


@pytest.mark.parametrize("text", ["Tech Industry", "By Deal Professor", "The Editorial Board",
                                  "Staff", "By the end of the year, prices rose."])
def test_labels_are_not_names(text: str) -> None:
    """Section labels, columns and sentences give no author."""
    assert NAMES.byline_names(text, lead_required=False) == ()


@pytest.mark.parametrize(("text", "want"), [
    ("By Reuters", "Reuters"), ("By The Associated Press", "The Associated Press"),
    ("News Nation Bureau | 18 Nov 2019", "News Nation Bureau"),
    ("By Vortex", None),  # one word that is no agency: a user name
    ("By Staff Reports", None), ("admin", None),  # placeholders credit nobody
    ("By the end of the year, prices rose.", None),
])
def test_organisations_in_bylines(text: str, want: str | None) -> None:
    """A byline crediting an organisation gives it (for use only when no person is named)."""
    assert NAMES.organisation(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("By Jane Doe, The Washington Post", ("Jane Doe",)),
    ("By Jane Doe and John Roe, The New York Times", ("Jane Doe", "John Roe")),
    ("By Jane Doe for the Daily Mail", ("Jane Doe",)),
    ("By Jane Doe For Mailonline", ("Jane Doe",)),
    ("By Jane Doe, Special to USA TODAY", ("Jane Doe",)),
    ("By Jane Doe, CNN Business", ("Jane Doe",)),
    ("By Jane Doe with wire services", ("Jane Doe",)),
    ("By Jane Doe with AFP", ("Jane Doe",)),
    ("By Jane Doe & John Roe for CNN", ("Jane Doe", "John Roe")),
    ("By Jane Doe and agencies", ("Jane Doe",)),
    ("By Jane Doe and the Associated Press", ("Jane Doe",)),
    ("By: Paul Wiseman, Fatima Hussein, The Associated Press", ("Paul Wiseman", "Fatima Hussein")),
    ("By Jane Doe, who covered the war", ()),  # a sentence, not a paper
])
def test_the_paper_after_the_names_ends_them(text: str, want: tuple[str, ...]) -> None:
    """After a lead, the paper after the names ends them instead of voiding the byline."""
    assert NAMES.byline_names(text) == want


@pytest.mark.parametrize("text", ["Meal Prep for A Little More Obsessed",
                                  "Republicans Are Following Trump to Nowhere"])
def test_a_bare_line_with_a_paper_is_a_headline(text: str) -> None:
    """Without a lead, an author field or a byline element, 'X for Y' is a headline."""
    assert NAMES.byline_names(text, lead_required=False) == ()


@pytest.mark.parametrize(("text", "want"), [
    ("cindy mangomini", ("cindy mangomini",)), ("Juan de la cruz", ("Juan de la cruz",)),
    ("staff writer", ()), ("the editors", ()), ("admin", ()),
])
def test_lower_case_names_in_author_fields(text: str, want: tuple[str, ...]) -> None:
    """An author field may hold a name written in lower case; roles and sentences are none."""
    assert NAMES.byline_names(text, lead_required=False, min_words=2, credits=True) == want


def test_lower_case_names_need_an_author_field() -> None:
    """In a byline on the page, a lower-case run is as likely a sentence ('By using our site')."""
    assert NAMES.byline_names("By using our site") == ()
    assert NAMES.byline_names("cindy mangomini", lead_required=False) == ()


def test_the_site_name_is_never_an_author() -> None:
    """A byline part that is the site's own name is skipped."""
    assert NAMES.byline_names("By Jane Doe, Harbour Watch", site="Harbour Watch") == ("Jane Doe",)


def test_authors_come_from_the_first_source_that_names_any() -> None:
    """Two sources are two opinions: the first one's names, in order, deduplicated."""
    reported = [(Field.AUTHOR, "Ada Lind", "json-ld"), (Field.AUTHOR, "Ben Okafor", "json-ld"),
                (Field.AUTHOR, "ada lind", "json-ld"), (Field.AUTHOR, "Max Roe", "byline line 4")]
    meta = choose(reported, None)
    assert meta.authors == ("Ada Lind", "Ben Okafor")
    assert ("authors", "json-ld") in meta.provenance


def test_a_job_title_glued_to_the_name_is_cut_off() -> None:
    assert NAMES.byline_names("By Ada Lindqvist Senior Politics Editor") == ("Ada Lindqvist",)
    assert NAMES.byline_names("Ada Lindqvist Staff Writer", lead_required=False) == (
        "Ada Lindqvist",)


def test_a_title_after_a_comma_is_no_name() -> None:
    assert NAMES.byline_names("Ada Lindqvist, Ap Auto Writer", lead_required=False) == (
        "Ada Lindqvist",)
    assert NAMES.byline_names("By Staff Writer") == ()
    assert NAMES.byline_names("By Harbour News Desk") == ()
