"""Title echoes found from candidate lines: the same lines as comparing every line."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsclean.evidence.echo import echo, fold, headline_position, needle, spans, title_parts
from newsclean.evidence.line_view import LineView
from newsclean.input.text import text_page

# Words and the characters case folding and refold treat apart: curly quotes, the ellipsis,
# final stops, 'ß' (folds to 'ss'), 'İ' (folds longer), the long s, a non-breaking space.
_PIECES = st.sampled_from([
    "Bridge", "bridge", "BRIDGE", "to", "close", "Strasse", "straße", "İstanbul", "ſo",
    "it’s", "it's", "“done”", '"done"', "…", "...", ".", "!", "?", " ", "\u00a0", " | ",
    " - ", " – ", ": ", " : ", " / ", "The Gazette", "gazette", "Rates rise again",
])
_LINE = st.lists(_PIECES, min_size=1, max_size=8).map("".join)


@given(st.lists(_LINE, min_size=2, max_size=10))
def test_echo_from_candidates_is_echo_over_every_line(lines: list[str]) -> None:
    """The lines holding a run's needle in their case fold are all the lines that echo."""
    page = text_page("\n".join(lines))
    texts = [b.text for b in page.blocks]
    if len(texts) < 2:
        return
    view = LineView(page.blocks)
    assert echo(texts[0], texts, holding=view.holding_folded) == echo(texts[0], texts)


@given(_LINE)
def test_a_needle_stands_in_the_case_fold(text: str) -> None:
    """A run's needle is in the case-folded text of the title that gave it."""
    for key in spans(title_parts(text)):
        found = needle(key)
        assert found is None or found in text.casefold()
    assert needle(fold(text)) is None or needle(fold(text)) in text.casefold()  # type: ignore[operator]


@given(st.lists(_LINE, max_size=10), st.sampled_from(["ss", "istanbul", "bridge", "'", "i̇"]))
def test_holding_folded_is_each_line_s_case_fold(lines: list[str], word: str) -> None:
    """The view's case-folded page names the lines whose own case fold holds the word."""
    page = text_page("\n".join(lines))
    view = LineView(page.blocks)
    assert view.holding_folded([word]) == {
        i for i, b in enumerate(page.blocks) if word in b.text.casefold()}


def test_echoes_with_quotes_and_case_folds_are_found_from_candidates() -> None:
    """A line that folds to the title's headline is a candidate: curly quotes, 'ß', stops."""
    lines = ["It’s done on the Straße… | The Gazette", "Home", "It's Done On The Strasse...",
             "IT’S DONE ON THE STRASSE!", "The council voted."]
    page = text_page("\n".join(lines))
    texts = [b.text for b in page.blocks]
    found = echo(texts[0], texts, holding=LineView(page.blocks).holding_folded)
    assert found == echo(texts[0], texts)
    assert 3 in [e.position for e in found]


@given(st.lists(_LINE, min_size=2, max_size=10))
def test_headline_position_from_candidates_is_the_same(lines: list[str]) -> None:
    """The region rule's headline line, found from candidates, is the one every line gives."""
    page = text_page("\n".join(lines))
    live = [True] * len(page.blocks)
    view = LineView(page.blocks)
    assert headline_position(page.blocks, live, holding=view.holding_folded) == \
        headline_position(page.blocks, live)
