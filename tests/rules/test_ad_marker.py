"""ad-marker: lines that are only an advertisement placeholder."""

from __future__ import annotations

import pytest

from tests.rules.support import rule_for


@pytest.mark.parametrize("line", [
    "Advertisement", "ADVERTISEMENT", "- Advertisement -", "— ADVERTISEMENT —", "Ad",
    "Story continues below advertisement", "Article continues below advertisement",
    "Continue reading the main story", "Skip Advertisement", "Ads by Google",
    "Anzeige", "Werbung", "Publicité", "Publicidad", "Pubblicità", "Реклама", "\tAdvertisement\t",
])
def test_catches_placeholders_in_many_languages(line: str) -> None:
    """A line that is nothing but an ad label, in any of the supported languages, goes."""
    assert rule_for(line) == "ad-marker"


@pytest.mark.parametrize("line", [
    "The advertisement ran for three weeks before it was pulled.",
    "Advertising revenue fell 12 percent last year, the company said.",
    "Advertisement campaigns by the ferry operator will now feature the crew.",
    "Ad hoc committees met twice last month to review the plan.",
    "Anzeige erstattet: Die Polizei ermittelt gegen den Fahrer.",
    "Publicité mensongère : l'entreprise a été condamnée mardi.",
])
def test_leaves_sentences_about_adverts(line: str) -> None:
    """A sentence that mentions (or opens with) an advert word is body text."""
    assert rule_for(line) is None
