"""counter: comment counts, reading times and widget prompts."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.rules.support import around, rule_for


@pytest.mark.parametrize("line", [
    "0", "1,234", "12 345", "1.2K", "12 comments", "3 Comments", "Comments (12)",
    "5 min read", "12 minute read", "Reading time: 4 minutes", "1.2K shares", "12 Kommentare",
    "Leave a comment", "Print", "Listen to this article", "Save for later", "| Remer,MN",
])
def test_catches_counts_and_widgets(line: str) -> None:
    """Bare counts, counts with a widget word, reading times and tool prompts go."""
    assert rule_for(line) == "counter"


@pytest.mark.parametrize("line", [
    "12 people were hurt.",
    "Comments from residents were mostly positive, officials said.",
    "Print editions will end in June.",
    "5 minutes later the power came back.",
])
def test_leaves_sentences_with_numbers_and_widget_words(line: str) -> None:
    """A number or widget word inside a sentence is body text."""
    assert rule_for(line) is None


def test_a_dotted_date_is_not_a_count() -> None:
    """'10.01.1995' is left to the dateline rule, which reads the date from it."""
    assert rule_for("10.01.1995") == "dateline"
    assert around("10.01.1995").published == dt.date(1995, 1, 10)
