"""Golden text dumps: each case's whole Article must equal its reviewed expected.json.

A failure here means the output for a stored page changed. If the change is
deliberate, run ``python scripts/refresh_golden.py SLUG`` and have the diff reviewed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import newsclean
from newsclean import Article, Contact
from newsclean.input.text import normalise
from tests import golden_cases as golden


def _cases() -> list[Any]:
    params = []
    for slug in golden.slugs():
        marks = []
        if slug in golden.KNOWN_LIMITS:
            marks.append(pytest.mark.xfail(strict=True, reason=golden.KNOWN_LIMITS[slug]))
        params.append(pytest.param(slug, id=slug, marks=marks))
    return params


def test_there_are_enough_cases() -> None:
    """The suite holds the seed and at least fifteen hand-written layouts."""
    assert "america-one-news" in golden.slugs()
    assert len(golden.slugs()) >= 16


@pytest.mark.parametrize("slug", _cases())
def test_golden_case(slug: str) -> None:
    """The page cleans to exactly the stored article: metadata, body, images, contacts, removals."""
    want = golden.expected(slug)
    got = golden.actual(slug)
    diffs = golden.differences(want, got)
    assert not diffs, f"{slug} changed:\n  " + "\n  ".join(diffs)
    assert got == want


@pytest.mark.parametrize("slug", golden.slugs())
def test_expected_json_round_trips(slug: str) -> None:
    """Each stored expected article survives Article.from_dict / to_dict unchanged."""
    want = golden.expected(slug)
    assert Article.from_dict(want).to_dict() == want


@pytest.mark.parametrize("slug", [s for s in golden.slugs() if s not in golden.KNOWN_LIMITS])
def test_bytes_input_gives_the_same_article(slug: str) -> None:
    """Cleaning the UTF-8 bytes of a dump gives the same article as cleaning its text."""
    raw = (golden.DUMPS / slug / "source.txt").read_bytes()
    assert newsclean.clean(raw).to_dict() == golden.expected(slug)


def test_valid_utf8_bytes_are_read_as_utf8() -> None:
    """A short UTF-8 dump with one curly apostrophe is not mistaken for another encoding."""
    page = "The bakery’s owners said the ovens were too expensive to run, and it has been sold.\n"
    assert newsclean.clean(page.encode("utf-8")).paragraphs == (page.strip(),)


def test_crlf_case_really_has_crlf_line_endings() -> None:
    """The CRLF case keeps its carriage returns on disk, and none leak into the article."""
    text = golden.source("crlf-local-news")
    assert text.count("\r\n") == text.count("\n") > 5
    want = golden.expected("crlf-local-news")
    assert "\r" not in want["text"]
    assert all("\r" not in r["text"] for r in want["removed"])


# --- The seed page, field by field --------------------------------------------------------

SEED = "america-one-news"


@pytest.fixture(scope="module")
def seed() -> Article:
    return newsclean.clean(golden.source(SEED))


def test_seed_title(seed: Article) -> None:
    """The title comes from the 'NextImg:' marker line."""
    assert seed.title == "Putin to U.S.: We have mineral resources too for sale, development"


def test_seed_authors(seed: Article) -> None:
    """The lone name line before the body is the one author."""
    assert seed.authors == ("David R. Sands",)


def test_seed_published(seed: Article) -> None:
    """The dateline 'Feb 25, 2025 | ' gives a plain date, not a datetime."""
    assert seed.published == dt.date(2025, 2, 25)
    assert not isinstance(seed.published, dt.datetime)


def test_seed_site_name(seed: Article) -> None:
    """The masthead in capitals is the site name, kept as written."""
    assert seed.site_name == "THE AMERICA ONE NEWS"


def test_seed_body(seed: Article) -> None:
    """Twelve paragraphs, from Putin's offer to the closing quote."""
    assert len(seed.paragraphs) == 12
    assert seed.paragraphs[0].startswith(
        "Russian President Vladimir Putin said he is willing to make his country’s significant")
    assert seed.paragraphs[-1] == "“There is a lot to think about here.”"
    assert all(b.kind is newsclean.BlockKind.PARAGRAPH for b in seed.body)


@pytest.mark.parametrize(
    "chrome",
    ["AMERICA ONE NEWS", "Feb 25, 2025", "Remer,MN", "Sponsor", "QWIKET", "NextImg",
     "Advertisement", "dsands@", "can be reached"],
)
def test_seed_text_has_no_chrome(seed: Article, chrome: str) -> None:
    """No piece of the page chrome is left anywhere in the article text."""
    assert chrome not in seed.text


@pytest.mark.parametrize("line", ["0", "back", "topic", "David R. Sands"])
def test_seed_short_chrome_lines_are_not_paragraphs(seed: Article, line: str) -> None:
    """Short chrome lines (a counter, nav words, the lone name) are not body paragraphs."""
    assert line not in seed.paragraphs


def test_seed_contact(seed: Article) -> None:
    """The closing 'can be reached at' line becomes the author's email contact."""
    assert seed.contacts == (Contact("email", "dsands@washingtontimes.com", "David R. Sands"),)
    assert seed.images == ()


def test_seed_removals_name_their_rules(seed: Article) -> None:
    """Every removed line is accounted for, each by the rule that took it out."""
    by_line = {r.where: (r.rule, normalise(r.text)) for r in seed.removed}
    assert by_line == {
        "line 1": ("masthead", "THE AMERICA ONE NEWS"),
        "line 2": ("dateline", "Feb 25, 2025 |"),
        "line 3": ("counter", "0"),
        "line 4": ("counter", "| Remer,MN"),
        "line 5": ("sponsor", "Sponsor: QWIKET AI"),
        "line 6": ("sponsor", "Sponsor: QWIKET AI"),
        "line 7": ("sponsor", "Sponsor: QWIKET AI: Interactive Sports Knowledge."),
        "line 8": ("sponsor",
                   "Sponsor: QWIKET AI: Interactive Sports Knowledge and Reasoning Support."),
        "line 9": ("nav-crumb", "back"),
        "line 10": ("nav-crumb", "topic"),
        "line 11": ("byline", "David R. Sands"),
        "line 14": ("image", "NextImg:Putin to U.S.: We have mineral resources too for sale, "
                             "development"),
        "line 34": ("ad-marker", "Advertisement"),
        "line 44": ("contact", "• David R. Sands can be reached at dsands@washingtontimes.com."),
    }


def test_seed_nothing_else_was_lost(seed: Article) -> None:
    """Kept paragraphs plus removed lines are all 26 non-blank lines of the page."""
    non_blank = [line for line in golden.source(SEED).splitlines() if line.strip()]
    assert len(seed.body) + len(seed.removed) == len(non_blank) == 26
