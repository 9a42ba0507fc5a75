"""cookie: cookie and consent banners."""

from __future__ import annotations

import pytest

from tests.rules.support import rule_for


@pytest.mark.parametrize("line", [
    "We use cookies to improve your experience.",
    "This website uses cookies. By continuing to browse you agree to our cookie policy.",
    "Cookies help us deliver our services. By using our services, you agree to our use of cookies.",
    "By continuing to use this site, you agree to our terms.",
    "Accept all cookies", "Accept all", "Reject all", "Cookie settings", "Manage consent",
    "We value your privacy", "Wir verwenden Cookies, um unsere Website zu verbessern.",
    "Nous utilisons des cookies pour améliorer votre expérience.",
])
def test_catches_banners_and_buttons(line: str) -> None:
    """Consent openings, bare consent buttons and cookie notices addressed to the reader go."""
    assert rule_for(line) == "cookie"


@pytest.mark.parametrize("line", [
    "The bakery sold cookies all day, and customers agree it was the busiest Saturday.",
    "Regulators want sites to ask before they set cookies, and few users accept them.",
    "By continuing to use the old pipes, the city risks a burst.",
    "Accept all the findings, the judge told the committee.",
    "Privacy settings on the app were changed in March.",
])
def test_leaves_sentences_about_cookies(line: str) -> None:
    """A sentence about cookies (or opening 'By continuing to use…') that does not speak
    to the reader about this site is body text."""
    assert rule_for(line) is None
