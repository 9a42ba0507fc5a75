"""The batched line gates: a page's lines pass exactly as they would one by one."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsclean.decide.ledger import Ledger
from newsclean.input.text import text_page
from newsclean.model import Action, BlockKind, Finding
from newsclean.rules import CHROME_RULES
from newsclean.rules.lines import LineRule, ascii_needles, gate

# Letters and symbols the gates care about, with the odd cases of case folding.
_CHARS = "abcdefghijklmnopqrstuvwxyz ABCKSI|/>»›©¦é.:1 \u0130\u0131\u017f\u212a\u00df"
_ALPHABET = st.sampled_from([*_CHARS, "cookie", "Copyright", "©", "Rights Reserved", "réservés"])


def _one_by_one(rule: LineRule, text: str) -> list[Finding]:
    page = text_page(text)
    return [Finding(b.index, Action.REMOVE, rule.reason) for b in page.blocks
            if b.kind is not BlockKind.TABLE_ROW
            and rule.matches(b.text, words=b.words, head=b.head)]


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
    page = text_page("\n".join(lines))
    assert test.passing(page.blocks) == [b for b in page.blocks if test.opens(b.text)]


def test_ascii_needles_refuse_letters_that_fold_to_ascii() -> None:
    """A phrase with a letter whose case forms include ASCII ones needs the pattern."""
    assert ascii_needles(["©", "All Rights", "réservés"]) == ("all rights",)
    assert ascii_needles(["\u0130stanbul"]) is None
    assert ascii_needles([""]) is None


def test_no_other_character_folds_to_ascii_unnoticed() -> None:
    """Every non-ASCII character that a case-insensitive pattern matches to an ASCII letter
    has an ASCII character among its own case forms, which `ascii_needles` checks."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(0x80, 0x30000):
        char = chr(code)
        if letter.fullmatch(char):
            assert any(c.isascii() for c in char.lower() + char.upper()), hex(code)
