"""The decide stage's shortcuts answer as the long way does.

The line view of the lines left (``live_view_of``), the tests that spare a pattern the
lines it cannot match (a date needs four digits or a slash, a Korean sign-off Hangul), and
the one label match per block each stand for a slower reading that gives the same answer.
"""

from __future__ import annotations

import sys

from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.decide.ledger import Ledger
from newsclean.evidence.date_labels import is_label, labelled_date, read_label
from newsclean.evidence.dates import DATE_SPAN, may_hold_date
from newsclean.evidence.line_view import LONGER_LOWER, LineView, live_view_of
from newsclean.evidence.signoff import signoff_name
from newsclean.evidence.watch import watching
from newsclean.input.text import text_page
from newsclean.model import Action, Finding

_WORDS = st.sampled_from(["By", "Jane", "Doe", "photo", "Photo", "via", "@", "2019", "12",
                          "Nov.", "March", "3,", "/", "|", "ago", "today", "İstanbul", "é",
                          "Reporter", "contact", "x", "©", "(", ")", "writer", "is", "a"])
_LINES = st.lists(st.lists(_WORDS, min_size=1, max_size=8).map(" ".join), min_size=1,
                  max_size=12)


@given(_LINES, st.sets(st.integers(min_value=0, max_value=11)))
def test_the_view_of_the_lines_left_answers_as_the_whole_view(
        lines: list[str], gone: set[int]) -> None:
    """Asked about lines no rule removed, the view of the lines left gives the whole
    page's answers, in page positions."""
    page = text_page("\n".join(lines))
    ledger = Ledger(page)
    ledger.run(_Remover(gone), page)
    whole = LineView(page.blocks)
    with watching():
        live = live_view_of(page, ledger)
    left = {b.index for b in ledger.undecided(page.blocks)}
    assert set(live.lines) == left
    needles = ("photo", "via", "@", "contact", "/", "writer")
    assert not live.odd_case or whole.odd_case  # a plain look answers where it did
    if not whole.odd_case:  # (callers ask a plain look only then)
        assert live.holding(needles) == whole.holding(needles) & left
    assert live.holding_raw(("@", "©")) == whole.holding_raw(("@", "©")) & left
    heads = frozenset(("by", "photo"))
    assert live.headed(heads) == whole.headed(heads) & left
    assert live.digits == whole.digits & left
    assert live.numbered == whole.numbered & left
    assert live.non_ascii == whole.non_ascii & left
    assert live.folds == whole.folds & left
    assert live.ending_lower((")", "ago")) == whole.ending_lower((")", "ago")) & left
    assert live.starting(("x", "X")) == whole.starting(("x", "X")) & left
    assert live.aligned == whole.aligned
    assert list(live.body_like()) == [p for p in whole.body_like() if p in left]


class _Remover:
    """A rule that removes the given lines."""

    name = "remover"

    def __init__(self, gone: set[int]) -> None:
        self.gone = gone

    def find(self, page: newsclean.Page, verdicts: object) -> list[Finding]:
        return [Finding(b.index, Action.REMOVE, "gone") for b in page.blocks
                if b.index in self.gone]


def test_one_view_of_the_lines_left_per_run() -> None:
    """Later rules of a run get the view the first asked for; another run its own."""
    page = text_page("Advertisement\nBy Jane Doe\nThe council voted on Tuesday.")
    first, second = Ledger(page), Ledger(page)
    first.run(_Remover({0}), page)
    with watching():
        view = live_view_of(page, first)
        assert live_view_of(page, first) is view
        assert list(view.lines) == [1, 2]
        assert list(live_view_of(page, second).lines) == [0, 1, 2]  # nothing removed there


def test_only_one_character_has_a_longer_lower_case() -> None:
    """``odd_case`` looks for LONGER_LOWER instead of lower-casing the page."""
    longer = [chr(c) for c in range(sys.maxunicode + 1) if len(chr(c).lower()) > 1]
    assert longer == [LONGER_LOWER]


@given(st.lists(st.sampled_from(["3", "12", "2019", "19", "Nov.", "March", "März", "of",
                                 "de", "-", ".", "/", ",", " ", "年", "月", "T", ":", "am"]),
                max_size=10).map("".join))
def test_no_date_where_may_hold_date_says_none(text: str) -> None:
    """Where ``may_hold_date`` says no, the date pattern finds nothing."""
    if not may_hold_date(text):
        assert DATE_SPAN.search(text) is None


def test_may_hold_date_lets_every_date_shape_through() -> None:
    for text in ("2019-11-20T10:15", "3 March 2019", "Nov. 3, 2019", "03.04.2019",
                 "11/18/19 11:04", "2019年2月11日", "1-2-2019"):
        assert DATE_SPAN.search(text) is not None and may_hold_date(text), text


def test_byline_dates_are_still_cut() -> None:
    """A byline's date is cut off its names whatever the shortcut (the pattern still runs
    where a year stands)."""
    assert newsclean.clean("By Jane Doe November 3, 2019\n\nThe council voted on Tuesday to "
                           "rebuild the old bridge, and the work starts in spring.").authors == (
        "Jane Doe",)


@given(st.lists(st.sampled_from(["Published", "Published:", "Datum", "配信日", " ", "on",
                                 "3 March 2024", "2024-03-03", ":", "[", "x"]),
                max_size=5).map("".join))
def test_one_label_match_gives_both_answers(text: str) -> None:
    assert read_label(text, True) == (labelled_date(text, True), is_label(text))


def test_a_sign_off_needs_hangul() -> None:
    assert signoff_name("Jane Doe reporter jane@example.com") is None
    assert signoff_name("홍길동 기자 hong@example.com") == "홍길동"


def test_image_credits_read_in_page_positions_past_removed_lines() -> None:
    """The image rule reads the lines left through the live view, which answers in page
    positions: a credit line far below a long removed menu is read by its own position,
    not by the view's n-th line (the merge of two speed passes once mixed the two)."""
    menu = "".join(f'<p><a href="/s{i}">Section {i}</a></p>' for i in range(60))
    story = "".join(f"<p>Paragraph {i} of the story tells the reader what happened at the "
                    f"harbour on a cold morning, and why it matters.</p>" for i in range(6))
    html = (f"<html><body><div>{menu}</div><article><h1>Boats at dawn</h1>"
            f"{story}<p>The harbour at dawn (Jane Doe/Reuters)</p>{story}</article>"
            "</body></html>")
    article = newsclean.clean(html)
    assert "Paragraph 5 of the story" in article.text
    assert "Section 7" not in article.text


def test_lines_holding_a_needle_on_a_page_whose_lower_case_is_longer() -> None:
    """'İ' lower-cases to two characters, which moves every later line's start in the
    lower-cased page: the view still names the right lines."""
    page = text_page("\n".join(["İ" * 40, "a", "via", "b", "c", "nothing"]))
    view = LineView(page.blocks)
    assert view.odd_case
    assert view.holding(["via"]) == {2}
    assert view.holding(["nothing"]) == {5}
