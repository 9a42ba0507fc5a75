"""related: related-link prompts."""

from __future__ import annotations

import pytest

from tests.rules.support import rule_for


@pytest.mark.parametrize("line", [
    "Read more: Council approves new bridge plan", "Related: Storm warning for the coast",
    "Related articles", "You may also like", "Most read", "Watch: The moment the bridge opened",
    "Lire aussi : Les horaires des piscines changent cet été", "Mehr zum Thema: Busfahrer streiken",
    "Lesen Sie auch: Neue Radwege in der Innenstadt", "Leer más", "Lee también",
    "Leggi anche: Scuole, al via le iscrizioni online", "Читайте также: Как изменится движение",
])
def test_catches_prompts(line: str) -> None:
    """A related-links phrase alone, or followed by a colon or dash and a headline, goes."""
    assert rule_for(line) == "related"


@pytest.mark.parametrize("line", [
    "Read more about the plan in the council's report, officials said.",
    "Related questions about insurance were left to the courts.",
    "Watch parties were held across the city.",
    "Recommended doses were cut in half, the agency said.",
    "Most read books of the year were thrillers.",
    "More from the minister on Tuesday: she would not resign.",
])
def test_leaves_sentences_that_open_the_same_way(line: str) -> None:
    """A sentence that opens with the same words but no colon is body text."""
    assert rule_for(line) is None
