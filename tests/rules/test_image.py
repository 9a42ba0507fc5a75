"""image: image markers, captions and credits, moved into Article.images."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean import Image
from newsclean.rules.images import _SENTENCE_END, CREDITS, TAIL_CHARS
from tests.rules.support import AFTER, BEFORE, around, page, rule_for


@pytest.mark.parametrize(("line", "image"), [
    ("Image: A map of the proposed marine reserve",
     Image(caption="A map of the proposed marine reserve")),
    ("Photo: Seals rest on a sandbank / Getty Images",
     Image(caption="Seals rest on a sandbank", credit="Getty Images")),
    ("Volunteers stack sandbags. (AP Photo/Carla Mendes)",
     Image(caption="Volunteers stack sandbags", credit="AP Photo/Carla Mendes")),
    ("Photo 2 of 5: The old bridge at dusk", Image(caption="The old bridge at dusk")),
    ("Volunteers count seals (Photo by Lena Park)",
     Image(caption="Volunteers count seals", credit="Photo by Lena Park")),
    ("[Photo]", Image()),
])
def test_catches_markers_and_captions(line: str, image: Image) -> None:
    """Marker lines and credited captions go, and become an Image with caption and credit."""
    assert rule_for(line) == "image"
    assert around(line).images == (image,)


@pytest.mark.parametrize("line", [
    "Picture this: a river that runs backwards.",
    "Photo finishes decided two of the races.",
    "Images from the probe show a cratered surface.",
    "He said the photo, taken by a passenger, shows the yacht upside down.",
    "Source code for the app was published on Monday.",
])
def test_leaves_sentences_about_pictures(line: str) -> None:
    """Sentences that mention a photo or image are body text, and make no Image."""
    assert rule_for(line) is None
    assert around(line).images == ()


def test_a_header_marker_shaped_like_a_headline_carries_the_title() -> None:
    """The 'NextImg:' layout: with no headline before it, a header marker gives the title."""
    article = page("Advertisement", "NextImg:Putin to U.S.: We have mineral resources too",
                   BEFORE, AFTER)
    assert article.title == "Putin to U.S.: We have mineral resources too"
    assert article.removed[-1].reason == "image marker carrying the title"


def test_a_header_marker_after_a_headline_is_a_caption() -> None:
    """When a headline already stands before it, a header marker is the lead image's caption."""
    article = page("Seal numbers recover in the estuary after fishing limits", "By Lena Park",
                   "Image: A map of the proposed marine reserve boundaries", BEFORE, AFTER)
    assert article.title == "Seal numbers recover in the estuary after fishing limits"
    assert article.images == (Image(caption="A map of the proposed marine reserve boundaries"),)
    assert article.paragraphs == (BEFORE, AFTER)


def test_a_credited_header_marker_is_never_the_title() -> None:
    """A marker with a photo credit is a caption, even where a title could be."""
    article = page("By Lena Park", "Photo: Harbour seals rest on a sandbank / Getty Images",
                   BEFORE, AFTER)
    assert article.title is None
    assert article.images == (Image(caption="Harbour seals rest on a sandbank",
                                     credit="Getty Images"),)


_CREDIT_BITS = st.sampled_from(["Getty Images", "AP", "ap", "Reuters", "via", " via ", "Photo",
                                "photo by", "credit", " / ", "-", "|", "—", "(", ")", "]", ".",
                                " ", "  ", "Jane Doe", "the", "x", "é", "\u017f", "\n"])


@given(st.lists(_CREDIT_BITS, max_size=10).map("".join))
def test_credit_prechecks_never_hide_a_credit(text: str) -> None:
    """The cheap tests before the credit pattern only skip lines it would not match."""
    reference = None
    if text and text[-1] not in _SENTENCE_END and (
        text[-1] in ")]" or CREDITS._hint.search(text) is not None
    ):
        offset = max(0, len(text) - TAIL_CHARS)
        match = CREDITS._tail.search(text[offset:])
        if match is not None:
            credit = (match.group("paren") or match.group("slash") or match.group("lead"))
            reference = (offset + match.start(), credit.strip())
    assert CREDITS.credit_match(text) == reference


def test_a_figure_credit_element_and_caption_make_one_image() -> None:
    """A figure's credit (``class="image__credit"``) and its ``figcaption`` are two
    elements; both join the figure's image, as its credit and its caption."""
    import newsclean
    body = " ".join(f"<p>Paragraph {i} of the story, with a clause, and a full stop.</p>"
                    for i in range(4))
    html = ("<html><body><article><h1>Ferry back</h1><figure><img src='/f.jpg'>"
            "<div class='image__credit'>HARBOUR PRESS</div>"
            "<figcaption class='image__caption'>The ferry at the pier.</figcaption></figure>"
            f"<div class='text'>{body}</div></article></body></html>")
    article = newsclean.clean(html)
    assert article.images == (Image(src="/f.jpg", caption="The ferry at the pier.",
                                    credit="HARBOUR PRESS"),)
