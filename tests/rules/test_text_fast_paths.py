"""The text-mode fast paths answer as the general code does (pre-tests, fewer needles, inline
splitting): each test builds the answer both ways on an invented page or line."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean import Block, Contact
from newsclean.evidence.dump_lines import shapes, title_cased
from newsclean.evidence.line_view import LineView
from newsclean.evidence.signoff import ROLES
from newsclean.input.text import _kind_of, normalise, text_blocks
from newsclean.rules.contacts import PAGE_LOOK_LINES
from newsclean.rules.images import CREDITS
from newsclean.rules.names import NAMES
from newsclean.rules.people import _ABOUT_WORDS, _SIGNOFF_ROLES, ABOUT_LABELS, minimal
from tests.rules.support import page

_LINES = st.sampled_from([
    "* [12]Item", "12. https://example.org/a", "- Home", "1) First", "- - nested", "# Title #",
    "> quoted", "[3]News", "(AP)", "2024 was a year", "Plain words here", "•  spaced bullet",
    "\u00a0* item\u00a0", "* ", "12.", "\u2022 bullet", "\u0661. Arabic-Indic digit", "", "  ",
])


@given(st.lists(_LINES, max_size=8).map("\n".join))
def test_blocks_are_those_the_markers_give(text: str) -> None:
    """Each line's block has the kind, text, words and first word the marker reading gives
    (the one-marker shortcut keeps the line's words but the first)."""
    blocks = text_blocks(text)
    lines = [line for line in text.splitlines() if normalise(line)]
    assert len(blocks) == len(lines)
    for block, line in zip(blocks, lines, strict=True):
        kind, level, body = _kind_of(normalise(line))
        assert block == Block(block.index, body, line, kind, block.where, level)
        assert (block.words, block.head) == (len(body.split()), Block(0, body, body).head)


def test_minimal_needles_find_the_same_lines() -> None:
    """A line holds a role (or a label's last word) exactly when it holds a minimal one."""
    dump = "홍길동 객원기자\n김철수 선임기자 kim@example.kr\nAbout the author\nNews"
    view = LineView(text_blocks(dump))
    assert view.holding(_SIGNOFF_ROLES) == view.holding(ROLES) == {0, 1}
    assert view.holding(ABOUT_LABELS) <= view.holding(_ABOUT_WORDS)
    assert minimal(["ab", "abc", "b", "cd"]) == ("b", "cd")


@pytest.mark.parametrize(("line", "found"), [
    ("The bridge at dusk (AP Photo/Jane Doe)", True),
    ("The bridge at dusk (Reuters)", True),
    ("The mayor (left) spoke to residents (2019)", False),
    ("Results [see table]", False),
])
def test_bracket_lines_need_a_credit_word_or_an_agency(line: str, found: bool) -> None:
    """A line ending in a bracket gets the credit pattern only when it could match."""
    assert CREDITS._names_credit(line) or CREDITS._tail.search(line) is None
    assert (CREDITS.credit_match(line) is not None) is found


def test_byline_dates_are_cut_with_or_without_digits() -> None:
    """The date pre-test skips only text without a digit: a dated byline is still cut."""
    assert NAMES.byline_names("By Jane Doe March 3, 2024") == ("Jane Doe",)
    assert NAMES.byline_names("By Jane Doe | Staff Writer") == ("Jane Doe",)


@pytest.mark.parametrize("filler", [0, PAGE_LOOK_LINES + 5])
def test_contacts_are_read_whatever_the_number_of_lines_with_digits(filler: int) -> None:
    """Line by line or page-wide, the lead words find the same contact line."""
    lines = [f"Score {n}: {n + 1}" for n in range(filler)]
    article = page(*lines, "The council voted on Tuesday to rebuild the old stone bridge over "
                   "the harbour, ending two years of debate about its cost.",
                   "Jane Doe can be reached at jdoe@example.com.")
    assert list(article.contacts) == [Contact("email", "jdoe@example.com", "Jane Doe")]


def test_shapes_of_texts_without_words_and_with_closers() -> None:
    """A text of blanks has no words; a sentence end behind a quote or a bracket counts."""
    texts = ["  ", 'He said "No."', "Home (", "Done.) ", "x" * 40]
    words, finished, _ = shapes(texts, [t.casefold().split() for t in texts], None)
    assert words == [0, 3, 2, 1, 1]
    assert finished == [False, True, False, True, False]


def test_title_case_limit_answers_the_threshold() -> None:
    """Counting up to the threshold gives the same answer to 'at least so many?'."""
    stop = frozenset({"of", "a", "in", "the"})
    for text in ["Death Of A Student In The City", "He left. The end", "One Of Them"]:
        assert (title_cased(text, stop, 2) >= 2) is (title_cased(text, stop) >= 2)
