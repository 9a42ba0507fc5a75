"""copyright: copyright notices and footer legal links."""

from __future__ import annotations

import pytest

from tests.rules.support import rule_for


@pytest.mark.parametrize("line", [
    "© 2024 Harbor Gazette. All rights reserved.",
    "© Le Courrier du Matin 2024. Tous droits réservés.",
    "Copyright 2024 The Associated Press", "Copyright © Acme Media", "(c) 2023 Acme Media",
    "Copyright The Associated Press. All rights reserved.", "All rights reserved.",
    "Alle Rechte vorbehalten.", "Todos los derechos reservados.", "Privacy Policy", "Terms of Use",
    "Impressum",
    "This material may not be published, broadcast, rewritten or redistributed.",
])
def test_catches_notices_and_legal_links(line: str) -> None:
    """© lines, 'Copyright' with a year or symbol, 'All rights reserved' as a sentence of its
    own, and a footer link alone go."""
    assert rule_for(line) == "copyright"


@pytest.mark.parametrize("line", [
    "Copyright lawyers said the ruling would change how songs are licensed.",
    "Copyright was at the heart of the dispute, the judge said.",
    "Privacy policy experts warned that the app collects location data.",
    "The band said all rights reserved by the label would be returned.",
    "(c) The board may also veto the plan within 30 days.",
    "Terms of the deal were not disclosed.",
])
def test_leaves_sentences_about_copyright_and_privacy(line: str) -> None:
    """Sentences that open with 'Copyright' or 'Privacy policy', or quote the phrase, are body."""
    assert rule_for(line) is None
