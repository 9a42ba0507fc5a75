"""Telling JSON from a page without copying the page to strip it."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from newsclean.input.detect import SNIFF, Sniffed, _is_json, sniff


def _stripped_reading(page: str) -> bool:
    """The rule as first written: strip the page, look at its ends, parse it."""
    stripped = page.strip()
    if not stripped or (stripped[0], stripped[-1]) not in (("{", "}"), ("[", "]")):
        return False
    try:
        value = json.loads(stripped)
    except (ValueError, RecursionError):
        return False
    return isinstance(value, (dict, list))


_BLANKS = st.sampled_from(("", " ", "\n\t", "\u3000", "\x1c", " " * (SNIFF + 3)))


@given(_BLANKS, st.text(st.sampled_from('{}[]"a1 :,<'), max_size=10), _BLANKS)
def test_json_is_told_from_the_page_ends(before: str, body: str, after: str) -> None:
    """Looking at the first and last kept characters in place gives the stripped reading,
    blanks of any length around the page included."""
    page = f"{before}{body}{after}"
    assert _is_json(page) == _stripped_reading(page)


def test_json_and_html_pages() -> None:
    """A JSON object padded with blanks is JSON; an HTML page is not."""
    assert sniff(' \n{"title": "x", "body": "<p>y</p>"}\n' + " " * SNIFF) is Sniffed.JSON
    assert sniff("\n<html><body><p>Hi</p><p>there</p></body></html>\n") is Sniffed.HTML
