"""Custom rules and the Cleaner: LineRule, @rule, without/with_rules, catalogue, pickle, threads."""

from __future__ import annotations

import pickle
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pytest

import newsclean
from newsclean import Action, Block, Cleaner, Finding, LineRule, Page, rule
from newsclean.rules import DEFAULT_RULES, Verdicts
from tests import golden_cases as golden
from tests.rules.support import AFTER, BEFORE, around, rule_for

PROMO = LineRule("promo", r"^promo:", reason="promo line")


@rule("shouting")
def shouting(block: Block) -> str | None:
    """Lines in capitals are chrome on this site."""
    return "all capitals" if block.text.isupper() else None


@dataclass(frozen=True, slots=True)
class KeepQuotes:
    """Protects lines in curly quotes from every later rule."""

    name: str = "keep-quotes"

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        for block in page.blocks:
            if block.text.startswith("“"):
                yield Finding(block.index, Action.KEEP, "a quote")


def test_a_line_rule_is_one_line() -> None:
    """A LineRule added to a Cleaner removes its lines under its own name and reason."""
    article = around("PROMO: Half price for your first month", Cleaner().with_rules(PROMO))
    assert [(r.rule, r.reason) for r in article.removed] == [("promo", "promo line")]
    assert article.paragraphs == (BEFORE, AFTER)


def test_a_line_rule_respects_max_words_and_names_its_reason() -> None:
    """max_words keeps a pattern off long lines; the reason defaults to the name."""
    short = LineRule("weather-box", r"^weather\b", max_words=4)
    assert short.reason == "weather box"
    assert short.matches("Weather: 12°C, rain")
    assert not short.matches("Weather forecasters expect the rain to ease on Thursday.")


def test_a_function_rule_from_the_decorator() -> None:
    """@rule turns a block test into a named rule whose docstring is its summary."""
    assert shouting.name == "shouting"
    cleaner = Cleaner().with_rules(shouting)
    assert cleaner.catalogue()[-1] == ("shouting", "Lines in capitals are chrome on this site.")
    assert rule_for("WEATHER ALERT", cleaner) == "shouting"
    assert rule_for("ADVERTISEMENT", cleaner) == "ad-marker"  # decided before it runs


def test_with_rules_before_a_named_rule_decides_first() -> None:
    """A rule inserted before 'ad-marker' takes the lines both would remove."""
    cleaner = Cleaner().with_rules(shouting, before="ad-marker")
    assert cleaner.names.index("shouting") == cleaner.names.index("ad-marker") - 1
    assert rule_for("ADVERTISEMENT", cleaner) == "shouting"
    with pytest.raises(KeyError):
        Cleaner().with_rules(shouting, before="no-such-rule")


def test_a_keep_finding_protects_a_line_from_later_rules() -> None:
    """A class rule yielding KEEP, placed first, saves a line a later rule would remove."""
    line = "“Advertisement”"
    assert rule_for(line) == "ad-marker"
    assert rule_for(line, Cleaner((KeepQuotes(), *DEFAULT_RULES))) is None


def test_without_drops_rules_and_refuses_unknown_names() -> None:
    """Cleaner.without returns a new cleaner without the named rules; unknown names raise."""
    cleaner = Cleaner().without("ad-marker")
    assert "ad-marker" not in cleaner.names
    assert "ad-marker" in Cleaner().names
    assert rule_for("Advertisement", cleaner) is None
    with pytest.raises(KeyError):
        Cleaner().without("no-such-rule")


def test_only_keeps_the_named_rules_in_order() -> None:
    """Cleaner.only keeps the named rules, in the order the cleaner had them."""
    assert Cleaner().only(["title", "ad-marker"]).names == ("ad-marker", "title")


def test_rule_names_must_be_unique() -> None:
    """Two rules with one name would make removals ambiguous, so a Cleaner refuses them."""
    with pytest.raises(ValueError, match="promo"):
        Cleaner((PROMO, LineRule("promo", r"^x$")))


def test_catalogue_lists_every_rule_with_a_summary() -> None:
    """The catalogue gives each default rule, in order, with a one-line summary."""
    catalogue = Cleaner().catalogue()
    assert tuple(name for name, _ in catalogue) == Cleaner().names
    assert all(summary and "\n" not in summary for _, summary in catalogue)
    assert {"ad-marker", "sponsor", "nav-crumb", "counter", "share", "newsletter", "cookie",
            "copyright", "related", "contact", "dateline", "image", "masthead", "byline",
            "title"} <= set(Cleaner().names)


def _all_capitals(block: Block) -> str | None:
    """Lines in capitals are chrome on this site."""
    return "all capitals" if block.text.isupper() else None


SHOUTING = rule("shouting")(_all_capitals)
"""The same rule, made without rebinding the function's own name (so it pickles)."""


@pytest.mark.parametrize("cleaner", [
    Cleaner(), Cleaner().with_rules(PROMO, SHOUTING), Cleaner().without("ad-marker"),
], ids=["default", "custom", "without"])
def test_a_cleaner_pickles(cleaner: Cleaner) -> None:
    """A Cleaner survives pickling (to ship to worker processes) and cleans the same."""
    copy = pickle.loads(pickle.dumps(cleaner))
    assert copy.names == cleaner.names
    for slug in golden.slugs():
        text = golden.source(slug)
        assert copy.clean(text) == cleaner.clean(text)


def test_a_cleaner_with_a_decorated_rule_pickles() -> None:
    """A rule written with @rule, as the docs show it, can be shipped to worker processes."""
    cleaner = Cleaner().with_rules(shouting)
    copy = pickle.loads(pickle.dumps(cleaner))
    assert copy.names == cleaner.names
    page = "SHOUTING LINE\nThe council met on Tuesday to discuss the bridge repairs."
    assert copy.clean(page) == cleaner.clean(page)


def test_one_cleaner_is_shared_across_threads() -> None:
    """Cleaning pages from many threads with one Cleaner gives the sequential results."""
    cleaner = Cleaner().with_rules(PROMO, shouting)
    pages = [golden.source(slug) for slug in golden.slugs()] * 4
    expected = [cleaner.clean(p) for p in pages]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(cleaner.clean, pages)) == expected
    assert list(pool_map_default(pages)) == [newsclean.clean(p) for p in pages]


def pool_map_default(pages: list[str]) -> list[newsclean.Article]:
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(newsclean.clean, pages))
