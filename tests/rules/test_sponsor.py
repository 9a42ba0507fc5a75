"""sponsor: sponsor banners and paid-content labels."""

from __future__ import annotations

import pytest

from tests.rules.support import rule_for


@pytest.mark.parametrize("line", [
    "Sponsor: QWIKET AI", "Sponsor:\u00a0 QWIKET AI: Interactive Sports Knowledge.",
    "Sponsored by Acme Insurance", "Presented by Northwind Bank", "Brought to you by Globex",
    "Paid content", "Partner content", "In partnership with Contoso Energy",
    "Gesponsert von Acme", "Sponsorisé par Acme", "Patrocinado por Acme",
])
def test_catches_banners(line: str) -> None:
    """A sponsor phrase with a colon, or a short line that does not end like a sentence."""
    assert rule_for(line) == "sponsor"


@pytest.mark.parametrize("line", [
    "Sponsors of the bill said it would pass easily.",
    "Presented by the mayor, the plan drew cheers from residents.",
    "Supported by a grant from the city, the clinic will open in May.",
    "Sponsored content is growing fast at many outlets, a study found.",
    "The sponsor of the festival pulled out on Friday.",
])
def test_leaves_sentences_that_open_the_same_way(line: str) -> None:
    """A sentence that opens with a sponsor phrase but reads on is body text."""
    assert rule_for(line) is None
