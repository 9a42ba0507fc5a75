"""The page budget: over it, a best-effort Article with a note, never a hang."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

import pytest

import newsclean
from newsclean import Budget, Cleaner, Finding, Page, Verdicts

PAGE = "Advertisement\nThe council voted on Tuesday to rebuild the old stone bridge."


@dataclass(frozen=True, slots=True)
class Endless:
    """A rule that would ask about blocks for ever (bounded here, so a broken budget fails)."""

    name: str = "endless"

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        for _ in range(50_000_000):
            verdicts.removed(0)
        raise AssertionError("the budget never stopped the rule")


def test_a_rule_that_runs_too_long_is_stopped_with_a_note() -> None:
    """The clock is read while a rule asks about blocks, so even an endless rule stops."""
    cleaner = Cleaner(rules=(*newsclean.DEFAULT_RULES[:1], Endless()),
                      budget=Budget(seconds=0.2))
    article = cleaner.clean(PAGE)
    assert any("page budget: out of time" in note and "endless" in note
               for note in article.notes)
    assert "The council voted on Tuesday to rebuild the old stone bridge." in article.paragraphs


def test_no_time_left_keeps_the_page_and_says_so() -> None:
    """With no time at all, no rule runs: the page is kept whole, with a note naming the rules."""
    article = Cleaner(budget=Budget(seconds=1e-9)).clean(PAGE)
    assert article.paragraphs == ("Advertisement",
                                  "The council voted on Tuesday to rebuild the old stone bridge.")
    assert any("ad-marker" in note for note in article.notes)


@pytest.mark.parametrize("value", [0, -1, "10"])
def test_a_budget_refuses_nonsense(value: object) -> None:
    """A limit is a positive number or None."""
    with pytest.raises(ValueError, match="positive number"):
        Budget(seconds=value)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Waiting:
    """A rule that waits (as a page does behind other threads, or on a loaded machine)."""

    name: str = "waiting"

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        time.sleep(0.3)
        return ()


def test_time_spent_waiting_does_not_use_the_budget() -> None:
    """The budget counts the page's own CPU time: a crawl's other threads or a busy machine
    never cut a page short (the rules after a wait still run, with no note)."""
    rules = newsclean.DEFAULT_RULES
    cleaner = Cleaner(rules=(*rules[:1], Waiting(), *rules[1:]), budget=Budget(seconds=0.2))
    article = cleaner.clean(PAGE)
    assert not any("page budget" in note for note in article.notes)
    assert article.paragraphs == ("The council voted on Tuesday to rebuild the old stone bridge.",)
