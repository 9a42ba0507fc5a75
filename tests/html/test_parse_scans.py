"""The page-wide checks before parsing give the same answers without copying the page."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclean.input.html import _has_fences, parse_html
from newsclean.input.prepare import LINK_CLOSE, LINK_OPEN


@given(st.text(st.sampled_from(f"a<>“é\u0100\U0001f600 {LINK_OPEN}{LINK_CLOSE}\ue002\ue0ff"),
               max_size=20))
def test_fences_are_found_with_the_bytes_as_in_the_text(text: str) -> None:
    """Looking at the UTF-8 bytes first finds a link mark exactly where the text does."""
    expected = LINK_OPEN in text or LINK_CLOSE in text
    assert _has_fences(text, text.encode()) == expected == _has_fences(text, None)


def test_a_page_of_wide_characters_loses_its_stray_fences() -> None:
    """A page that already holds our private-use marks has them taken out before parsing,
    when the parser reads the page's UTF-8 bytes too."""
    page = f"<html><body><p>“Quoted” {LINK_OPEN}text{LINK_CLOSE} here</p></body></html>"
    root, _ = parse_html(page, utf8=page.encode())
    assert root.findtext(".//p") == "“Quoted” text here"


def test_an_xml_declaration_after_blanks_is_dropped() -> None:
    """Blanks before the declaration are looked past without stripping the page."""
    page = '\n\t <?xml version="1.0" encoding="utf-8"?><html><body><p>Hi</p></body></html>'
    root, _ = parse_html(page)
    assert root.findtext(".//p") == "Hi"
