"""contact: author contact lines, moved into Article.contacts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean import Contact
from newsclean.rules.contacts import _CONTACT_LEAD, _may_lead
from tests.rules.support import around, rule_for


@pytest.mark.parametrize(("line", "contacts"), [
    ("David R. Sands can be reached at dsands@washingtontimes.com.",
     [Contact("email", "dsands@washingtontimes.com", "David R. Sands")]),
    ("• Jane Doe can be reached at jdoe@example.com or +1 (202) 555-0188.",
     [Contact("email", "jdoe@example.com", "Jane Doe"),
      Contact("phone", "+1 (202) 555-0188", "Jane Doe")]),
    ("Follow Jane Doe on Twitter @janedoe", [Contact("handle", "@janedoe", "Jane Doe")]),
    ("Email: tips@example.com", [Contact("email", "tips@example.com", None)]),
    ("Contact Jane Doe at jdoe@example.com", [Contact("email", "jdoe@example.com", "Jane Doe")]),
    ("Reach her at jdoe@example.com.", [Contact("email", "jdoe@example.com", None)]),
])
def test_catches_contact_lines_and_reports_them(line: str, contacts: list[Contact]) -> None:
    """A contact-shaped line with an address goes, and each address becomes a Contact."""
    assert rule_for(line) == "contact"
    assert list(around(line).contacts) == contacts


@pytest.mark.parametrize("line", [
    "The suspect can be reached only through his lawyer, police said.",
    "Follow the guidance on life jackets, the coastguard said.",
    "Residents can email the council at consult@city.example until Friday to comment on it.",
    "Call 0800 123 4567 for free advice, the charity said.",
])
def test_leaves_sentences_with_addresses_or_contact_words(line: str) -> None:
    """A sentence that gives an address, or says 'can be reached', without the shape is body."""
    assert rule_for(line) is None
    assert around(line).contacts == ()


_PIECES = st.sampled_from([*"abcemx :@.1\u0130\u017f\u212a\u00e9", "Reach", "contact", "E-Mail",
                           "write to", "Message", "follow", "tel", "PHONE", "twitter", "X:",
                           "can be reached", "him at", "jane@example.org", "555 123 4567"])


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_the_cheap_lead_test_never_skips_a_lead(text: str) -> None:
    """`_may_lead` lets through every line the contact-lead pattern matches."""
    assert _may_lead(text) or _CONTACT_LEAD.search(text) is None
