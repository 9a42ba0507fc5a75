"""The batched line gates: a page's lines pass exactly as they would one by one."""

from __future__ import annotations

import re
import sys

from hypothesis import given
from hypothesis import strategies as st

from newsclean.decide.ledger import Ledger
from newsclean.evidence.line_view import LineView
from newsclean.evidence.patterns import SafePattern, compile
from newsclean.input.text import text_page
from newsclean.model import Action, BlockKind, Finding
from newsclean.rules import CHROME_RULES
from newsclean.rules.images import CREDITS
from newsclean.rules.lines import FOLDS_TO_ASCII, Gate, LineRule, ascii_needles, gate

# Letters and symbols the gates care about, with the odd cases of case folding.
_CHARS = "abcdefghijklmnopqrstuvwxyz ABCKSI|/>»›©¦é.:1 \u0130\u0131\u017f\u212a\u00df"
_ALPHABET = st.sampled_from([*_CHARS, "cookie", "Copyright", "©", "Rights Reserved", "réservés",
                                       "Photo", "bild", "—"])


def _opens(test: Gate, text: str, head: str) -> bool:
    """The gate's answer as its pattern gives it, one line at a time."""
    look = test._look
    return (head in test.heads or (test.numbers and any(c.isdigit() for c in head))
            or (look is not None and look.search(text) is not None))


def _one_by_one(rule: LineRule, text: str) -> list[Finding]:
    page = text_page(text)
    pattern = rule.pattern
    assert isinstance(pattern, SafePattern)
    return [Finding(b.index, Action.REMOVE, rule.reason) for b in page.blocks
            if b.kind is not BlockKind.TABLE_ROW
            and (rule.max_words is None or b.words <= rule.max_words)
            and (rule.gate is None or _opens(rule.gate, b.text, b.head))
            and pattern.search(b.text) is not None]


@given(st.lists(st.lists(_ALPHABET, max_size=12).map("".join), max_size=12).map("\n".join))
def test_batched_find_is_the_line_by_line_answer(text: str) -> None:
    """Every chrome rule finds, over a page at once, the lines `matches` takes one by one."""
    page = text_page(text)
    for rule in CHROME_RULES:
        assert list(rule.find(page, Ledger(page))) == _one_by_one(rule, text), rule.name


@given(st.lists(st.lists(_ALPHABET, max_size=12).map("".join), max_size=12))
def test_passing_is_opens_line_by_line(lines: list[str]) -> None:
    """A gate with marks and phrases, ASCII or not, passes the lines `opens` opens for."""
    test = gate(("copyright",), marks="|»", phrases=("rights reserved", "tous droits réservés"))
    symbols = gate(marks="|»©", phrases=("reserved",))
    page = text_page("\n".join(lines))
    expected = [b for b in page.blocks if _opens(test, b.text, b.head)]
    assert test.passing(page.blocks) == expected
    assert [b for b in page.blocks if test.opens(b.text)] == expected
    assert symbols.passing(page.blocks) == [b for b in page.blocks
                                            if _opens(symbols, b.text, b.head)]


@given(st.lists(st.lists(_ALPHABET, max_size=12).map("".join), max_size=12))
def test_opened_from_the_view_is_opens_line_by_line(lines: list[str]) -> None:
    """A gate read from the page's line view opens for the lines `opens` opens for (or
    declines to answer, on a page whose lower case changes length)."""
    page = text_page("\n".join(lines))
    rights = ("rights reserved", "tous droits réservés")
    for test in (gate(("copyright",), marks="|»", phrases=rights),
                 gate(marks="|»©", phrases=("reserved",)), gate(("photo", "bild"), numbers=True),
                 *(rule.gate for rule in CHROME_RULES if rule.gate is not None)):
        opened = test.opened(LineView(page.blocks))
        expected = [b.index for b in page.blocks if _opens(test, b.text, b.head)]
        assert opened is None or opened == expected
        if not LineView(page.blocks).odd_case and test._needles is not None:
            assert opened is not None


@given(st.lists(_ALPHABET, max_size=12).map("".join).filter(bool))
def test_credit_hint_is_the_pattern_answer(text: str) -> None:
    """The image rule's look-ups for a credit separator or word answer as its pattern does."""
    assert CREDITS._hinted(text) == (CREDITS._hint.search(text) is not None)


@given(st.lists(st.lists(_ALPHABET, max_size=12).map("".join), max_size=12))
def test_credit_hints_over_a_page_are_the_line_answers(texts: list[str]) -> None:
    """The image rule's hints, looked for over a page at once, are each line's own answer."""
    for text, hinted in zip(texts, CREDITS.hints(texts), strict=True):
        assert hinted is None or hinted == CREDITS._hinted(text)


_CREDIT_TEXT = st.sampled_from([*_CHARS, "Photo", "photo by", "Getty Images", "Reuters", "AP",
                                 "via", "(", ")", "[", "]", " / ", " - ", "ß", "Ünal", "—"])


@given(st.lists(_CREDIT_TEXT, max_size=12).map("".join).filter(bool))
def test_no_credit_where_the_plain_look_says_none(text: str) -> None:
    """Where the image rule's plain look says a text cannot end in a credit (any text
    without a letter of FOLDS_TO_ASCII), the credit pattern finds none."""
    if not CREDITS._may_trail(text):
        assert CREDITS._tail.search(text) is None


def test_lower_case_gives_ascii_only_for_letters_that_fold_to_ascii() -> None:
    """Beyond ASCII, only the characters of FOLDS_TO_ASCII have a lower case holding an
    ASCII one: a plain look for ASCII words in any other text's lower case is exact."""
    found = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1)
                    if any(map(str.isascii, chr(c).lower())))
    assert set(found) <= set(FOLDS_TO_ASCII)


def test_ascii_needles_refuse_letters_that_fold_to_ascii() -> None:
    """A phrase with a letter whose case forms include ASCII ones needs the pattern."""
    assert ascii_needles(["©", "All Rights", "réservés"]) == ("all rights",)
    assert ascii_needles(["\u0130stanbul"]) is None
    assert ascii_needles([""]) is None


def test_no_other_character_folds_to_ascii_unnoticed() -> None:
    """FOLDS_TO_ASCII lists every character beyond ASCII that a case-insensitive pattern
    matches to an ASCII one, and each has an ASCII character among its own case forms
    (which `ascii_needles` checks)."""
    ascii_char = re.compile("[\x00-\x7f]", re.IGNORECASE)
    found = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1)
                    if ascii_char.fullmatch(chr(c)))
    assert found == FOLDS_TO_ASCII
    for char in found:
        assert any(c.isascii() for c in char.lower() + char.upper()), hex(ord(char))


def test_library_patterns_fold_no_other_character_to_ascii() -> None:
    """The library's own patterns (the ``regex`` engine, its flags) match an ASCII letter
    only to itself, its other case or a character of FOLDS_TO_ASCII (the dateline rule
    relies on it to skip lines that cannot hold a relative date)."""
    for source in (r"[\x00-\x7f]", "|".join("abcdefghijklmnopqrstuvwxyz")):
        ascii_char = compile(source, verbose=False).compiled
        found = {chr(c) for c in range(0x80, sys.maxunicode + 1)
                 if ascii_char.fullmatch(chr(c))}
        assert found <= set(FOLDS_TO_ASCII), source
