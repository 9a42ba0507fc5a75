"""nav-crumb: navigation words and crumb trails."""

from __future__ import annotations

import pytest

from tests.rules.support import rule_for


@pytest.mark.parametrize("line", [
    "Home › World › Europe", "News / Local / Millbrook", "Home | Business | Markets",
    "Startseite › Politik", "Accueil > Monde", "Inicio » Sociedad » Educación",
    "back", "Back", "← Back", "topic", "Next article", "Previous", "Back to top",
    "Skip to content", "Load more", "Zurück", "Suivant", "Siguiente",
])
def test_catches_navigation(line: str) -> None:
    """A line that is only a navigation word, or a trail of short segments, goes."""
    assert rule_for(line) == "nav-crumb"


@pytest.mark.parametrize("line", [
    "Next year the plan will be reviewed again by the council.",
    "Back in 2019, the council had rejected a similar plan.",
    "More than 300 people attended the meeting on Tuesday.",
    "Search teams found the hikers on Sunday morning.",
    "Prices rose 3% / 4% / 5% over three years.",
    "Home is where the heart is, she said.",
])
def test_leaves_sentences_with_nav_words_or_slashes(line: str) -> None:
    """Sentences opening with a nav word, or holding slashes, are body text."""
    assert rule_for(line) is None
