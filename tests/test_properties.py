"""Properties of cleaning text dumps that must hold for any input."""

from __future__ import annotations

import pytest
import regex
from hypothesis import assume, given
from hypothesis import strategies as st

import newsclean
from newsclean import Article, Cleaner
from newsclean.input.reflow import wrap_width
from newsclean.input.text import normalise, source_lines
from tests import strategies as s
from tests.accounting import assert_accounts, by_where

_MARKERS = regex.compile(r"^(?:[-*+•·▪◦‣>#]|\d{1,3}[.)]|\s)*$")
"""What the text adapter may strip around a line's words (list, quote, heading marks)."""


def _line_numbers(where: str) -> range:
    """The input lines a block came from: ``line 12``, ``lines 3-5`` (a wrapped paragraph),
    or ``line 1, sentence 4`` (a piece of a run-on line)."""
    kind, span = _whole(where).split()
    if kind == "line":
        return range(int(span), int(span) + 1)
    assert kind == "lines", where
    first, last = span.split("-")
    return range(int(first), int(last) + 1)


def _whole(where: str) -> str:
    """Where the whole line of a block was: ``line 1, sentence 4`` is on ``line 1``."""
    return where.split(",", 1)[0]


def _line_number(where: str) -> int:
    return _line_numbers(where)[0]


def _source(page: str, where: str) -> str:
    """The normalised text of the input lines a block came from, joined as the adapter joins."""
    lines = source_lines(page)
    return " ".join(part for n in _line_numbers(where) if (part := normalise(lines[n - 1])))


def _non_blank(page: str) -> dict[int, str]:
    """Line number -> raw line, for every line with a visible character."""
    return {n: line for n, line in enumerate(source_lines(page), start=1) if normalise(line)}


def _accounts_for(page: str, article: Article) -> None:
    """Assert that body and removals rebuild the page's non-blank lines, in order, once each.

    A line is kept (its own words, less list/quote/heading marks), removed whole (the raw
    line), or cut: its cut spans and what is left rebuild its text character by character.
    """
    lines = _non_blank(page)
    blocks = {b.where: b for b in Cleaner(rules=()).explain(page).page.blocks}
    removals = by_where(article)
    kept = {b.where: b.text for b in article.body}
    covered = [n for w in {_whole(w) for w in {*removals, *kept}}
               for n in _line_numbers(w) if n in lines]
    assert sorted(covered) == sorted(lines), "each non-blank line is accounted for"
    order = [_line_number(b.where) for b in article.body]
    assert order == sorted(order), "the body keeps the page's order"
    for where in {*removals, *kept}:
        line = _source(page, where)
        block = blocks[where]
        if where in removals:
            assert_accounts(block.text, block.raw, kept.get(where), removals[where])
            continue
        text = kept[where]
        assert text and text in line, "a body block is the line's own words"
        before, _, after = line.partition(text)
        assert _MARKERS.match(before) and _MARKERS.match(after), (line, text)


def _removed_lines(page: str, article: Article) -> list[tuple[str, str]]:
    """(raw line, rule) for each removed line, removed whole or cut into pieces by one rule."""
    blocks = {b.where: b for b in Cleaner(rules=()).explain(page).page.blocks}
    kept = {b.where for b in article.body}
    out = []
    for where, removals in by_where(article).items():
        rules = {r.rule for r in removals}
        assert len(rules) == 1, f"{where} was removed by one rule: {rules}"
        assert where not in kept, f"{where} was removed, not cut"
        assert_accounts(blocks[where].text, blocks[where].raw, None, removals)
        out.append((blocks[where].raw, removals[0].rule))
    return out


@pytest.fixture(scope="module")
def bare() -> Cleaner:
    return Cleaner(rules=())


# --- robustness ---------------------------------------------------------------------------


@given(st.one_of(s.any_text(2000), s.any_page()))
def test_never_raises_on_any_text(page: str) -> None:
    """Any string cleans to an Article without raising."""
    assert isinstance(newsclean.clean(page), Article)


@given(st.binary(max_size=2000))
def test_never_raises_on_any_bytes(raw: bytes) -> None:
    """Any bytes clean to an Article without raising."""
    assert isinstance(newsclean.clean(raw), Article)


@given(s.any_page())
def test_to_dict_round_trips(page: str) -> None:
    """Any article rebuilds exactly from its own to_dict()."""
    article = newsclean.clean(page)
    assert Article.from_dict(article.to_dict()) == article


# --- what cleaning keeps and removes ------------------------------------------------------


@given(s.any_page())
def test_idempotent(page: str) -> None:
    """Cleaning an article's own text again gives the same paragraphs."""
    first = newsclean.clean(page)
    again = newsclean.clean(first.text)
    assert again.paragraphs == first.paragraphs
    assert again.removed == ()


@given(s.any_page())
def test_lossless_accounting(page: str) -> None:
    """Kept blocks and removals, by line number, rebuild every non-blank input line."""
    _accounts_for(page, newsclean.clean(page))


@given(s.any_text(1000))
def test_lossless_accounting_on_noise(page: str) -> None:
    """Accounting holds on arbitrary text too (odd line breaks, control characters)."""
    _accounts_for(page, newsclean.clean(page))


@given(s.any_page())
def test_body_comes_from_the_input(page: str) -> None:
    """Every body text is found, in normalised form, on the input line it names."""
    for block in newsclean.clean(page).body:
        assert block.text in _source(page, block.where)


@given(s.any_page())
def test_no_rules_keep_everything(bare: Cleaner, page: str) -> None:
    """A cleaner without rules removes nothing and keeps one block per non-blank line."""
    article = bare.clean(page)
    assert article.removed == ()
    lines = _non_blank(page)
    covered = [n for block in article.body for n in _line_numbers(block.where) if n in lines]
    assert sorted(covered) == sorted(lines)
    assert (article.title, article.authors, article.published) == (None, (), None)


@given(s.articles(max_size=8), st.data())
def test_clean_articles_are_kept_whole(paragraphs: list[str], data: st.DataObject) -> None:
    """An article with no chrome keeps every paragraph and removes nothing."""
    page = data.draw(s.join_lines(paragraphs))
    article = newsclean.clean(page)
    assert article.paragraphs == tuple(paragraphs)
    assert article.removed == ()


@given(s.articles(), st.data())
def test_messy_white_space_changes_nothing(paragraphs: list[str], data: st.DataObject) -> None:
    """NBSP, tabs, zero-width spaces, padding and CRLF give the same body as tidy text."""
    chrome = data.draw(st.lists(s.boilerplate(), max_size=4))
    lines = [line for _, line in chrome] + paragraphs
    tidy = newsclean.clean("\n".join(lines))
    messy = data.draw(s.join_lines([data.draw(s.messy(line)) for line in lines]))
    cleaned = newsclean.clean(messy)
    assert cleaned.paragraphs == tidy.paragraphs
    assert [r.rule for r in cleaned.removed] == [r.rule for r in tidy.removed]
    assert (cleaned.title, cleaned.authors, cleaned.published) == (
        tidy.title, tidy.authors, tidy.published)


# --- injected boilerplate -----------------------------------------------------------------


@pytest.mark.parametrize("family", sorted(s.FAMILIES))
@given(paragraphs=s.articles(min_size=2), data=st.data())
def test_injected_boilerplate_is_removed(family: str, paragraphs: list[str],
                                         data: st.DataObject) -> None:
    """Chrome of each family, at the top, between paragraphs or at the end, is removed by its
    own rule, and every article paragraph survives."""
    rule_name, lines = s.FAMILIES[family]
    chrome = data.draw(st.lists(lines, min_size=1, max_size=3), label="chrome")
    where = data.draw(st.sampled_from(("top", "between", "end")), label="where")
    if where == "between":
        at = data.draw(st.integers(1, len(paragraphs) - 1), label="at")
    else:
        at = 0 if where == "top" else len(paragraphs)
    page_lines = [*paragraphs[:at], *chrome, *paragraphs[at:]]
    page = data.draw(s.join_lines(page_lines))
    article = newsclean.clean(page)

    assert article.paragraphs == tuple(paragraphs)
    assert _removed_lines(page, article) == [(line, rule_name) for line in chrome]


@given(paragraphs=s.articles(min_size=2), chrome=st.lists(s.boilerplate(), min_size=1,
                                                          max_size=8), data=st.data())
def test_mixed_boilerplate_is_removed(paragraphs: list[str], chrome: list[tuple[str, str]],
                                      data: st.DataObject) -> None:
    """Chrome of mixed families scattered through an article all goes, each by its rule."""
    slots = data.draw(st.lists(st.integers(0, len(paragraphs)), min_size=len(chrome),
                               max_size=len(chrome)))
    page_lines: list[str] = []
    expected: list[tuple[str, str]] = []
    for i, paragraph in enumerate([*paragraphs, None]):
        for (rule_name, line), slot in zip(chrome, slots, strict=True):
            if slot == i:
                page_lines.append(line)
                expected.append((line, rule_name))
        if paragraph is not None:
            page_lines.append(paragraph)
    page = "\n".join(page_lines)
    article = newsclean.clean(page)
    assert article.paragraphs == tuple(paragraphs)
    assert _removed_lines(page, article) == expected


# --- hard-wrapped dumps (lynx, w3m) -------------------------------------------------------


@given(s.wrapped_pages())
def test_wrapped_paragraphs_are_joined_and_accounted(wrapped: tuple[str, list[str]]) -> None:
    """A hard-wrapped dump reads as paragraphs: without rules the body is the paragraphs'
    words in order, and with the rules every input line is still kept or accounted for."""
    page, paragraphs = wrapped
    assume(wrap_width(source_lines(page)) is not None)
    bare = Cleaner(rules=()).clean(page)
    assert " ".join(bare.paragraphs).split() == " ".join(paragraphs).split()
    assert len(bare.paragraphs) <= sum(len(p.split("\n")) for p in page.split("\n\n"))
    _accounts_for(page, newsclean.clean(page))
