"""newsletter: subscription, sign-up and log-in prompts."""

from __future__ import annotations

import pytest

from tests.rules.support import rule_for


@pytest.mark.parametrize("line", [
    "Sign up for our newsletter", "Sign up for our weekly newsletter and never miss a story.",
    "Subscribe", "Subscribe now", "Subscribe to our daily briefing", "Newsletter", "Register",
    "Log in", "Already a subscriber? Log in", "Get the latest news delivered to your inbox.",
    "Want more stories like this? Sign up for our free briefing.", "Support our journalism",
    "To continue reading, create a free account.", "Newsletter abonnieren", "Jetzt abonnieren",
    "Abonnez-vous", "Suscríbete",
    "No spam, we promise. You can unsubscribe at any time.",
    "You must log in to post a comment.", "This site is protected by reCAPTCHA.",
    "An email with an activation link has just been sent to your email address.",
])
def test_catches_prompts(line: str) -> None:
    """Prompt openings, bare buttons and invitations addressed to the reader go."""
    assert rule_for(line) == "newsletter"


@pytest.mark.parametrize("line", [
    "Subscribe to the county's flood alerts by text message.",
    "Sign up to volunteer at the shelter by Friday.",
    "Sign up sheets were posted outside the town hall on Monday.",
    "Register to vote by October 15, officials urged.",
    "Log in problems affected thousands of users on Monday.",
    "Get the latest vaccine before winter, doctors urged.",
    "Readers can sign up for the coastguard's newsletter to get safety alerts, the agency said.",
    "The newsletter, which reaches 40,000 readers, was cancelled.",
    "No spammer was caught, the police said on Monday evening.",
])
def test_leaves_body_sentences_that_open_like_prompts(line: str) -> None:
    """A sentence opening with 'Sign up', 'Register' or 'Subscribe' but not inviting the
    reader to this site's newsletter is body text (service pieces are full of them)."""
    assert rule_for(line) is None
