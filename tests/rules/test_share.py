"""share: share buttons and follow prompts."""

from __future__ import annotations

import pytest

from tests.rules.support import rule_for


@pytest.mark.parametrize("line", [
    "Share on Facebook", "Share via Email", "Share this article", "Click to share",
    "Facebook Twitter Email", "Facebook | Twitter | Email", "Facebook Twitter LinkedIn WhatsApp",
    "Follow us on Instagram", "Tweet", "Teilen", "Partager", "Compartir",
])
def test_catches_buttons_and_prompts(line: str) -> None:
    """A line of network names, or one opening with a share/follow phrase, goes."""
    assert rule_for(line) == "share"


@pytest.mark.parametrize("line", [
    "Share prices of the ferry operator rose 4 percent on Wednesday.",
    "Facebook said on Monday it would close the office.",
    "Twitter users reacted quickly to the news on Tuesday.",
    "Follow the money, the investigators said.",
])
def test_leaves_sentences_about_networks(line: str) -> None:
    """Sentences that name the networks or open with 'Share' or 'Follow' are body text."""
    assert rule_for(line) is None


def test_pipe_separated_buttons_are_share_not_a_crumb_trail() -> None:
    """'Facebook | Twitter | Email' has a crumb trail's shape, but share decides it first."""
    assert rule_for("Facebook | Twitter | Email") == "share"
    assert rule_for("Home | World | Europe") == "nav-crumb"
