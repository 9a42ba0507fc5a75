"""Helpers for the rule-family tests: put one line inside an article and see who took it."""

from __future__ import annotations

import newsclean
from newsclean import Article, Cleaner

BEFORE = (
    "The town council voted on Tuesday evening to rebuild the old stone bridge over the "
    "harbour, ending two years of debate about its cost and its design."
)
AFTER = (
    "Work is due to start in the spring and should take about eighteen months, during which "
    "a temporary footbridge will carry people across the water, officials said."
)


def around(line: str, cleaner: Cleaner | None = None) -> Article:
    """Clean ``line`` standing between two body paragraphs (so no header rule applies)."""
    return (cleaner or newsclean.DEFAULT_CLEANER).clean(f"{BEFORE}\n{line}\n{AFTER}\n")


def rule_for(line: str, cleaner: Cleaner | None = None) -> str | None:
    """Name of the rule that removes ``line`` inside an article, or None when it is kept."""
    article = around(line, cleaner)
    assert article.paragraphs[0] == BEFORE and article.paragraphs[-1] == AFTER
    rules = [r.rule for r in article.removed if r.where == "line 2"]
    return rules[0] if rules else None


def page(*lines: str) -> Article:
    """Clean a page made of ``lines``."""
    return newsclean.clean("\n".join(lines) + "\n")
