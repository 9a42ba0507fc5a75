"""Hypothesis fuzz targets for ``clean()``: arbitrary bytes, arbitrary str, hostile HTML.

Each target asserts :func:`tests.fuzz.properties.check` (no exception but a
``NewscleanError``, an ``Article``, JSON that encodes as UTF-8, a ``to_dict`` round trip),
stepping over the reported classes in :data:`~tests.fuzz.properties.KNOWN`.

Sizes: under the ``ci`` profile (tests/conftest.py) the whole module stays within about
ten seconds on two cores, so pages are kept to a few kilobytes. For a long run use the
``fuzz`` profile, which draws many more and larger examples:
``NEWSCLEAN_FUZZ=1 pytest tests/fuzz`` (see tests/fuzz/fuzz_profile.py).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsclean
from tests import strategies as s
from tests.fuzz import strategies_fuzz as fs
from tests.fuzz.fuzz_profile import FUZZING
from tests.fuzz.properties import check
from tests.html import strategies_html as hs

SMALL, LARGE = 2_000, 20_000
"""Byte and character sizes of arbitrary inputs: SMALL in CI, LARGE in a fuzzing run."""
MAX_SIZE = LARGE if FUZZING else SMALL


@given(st.binary(max_size=MAX_SIZE))
def test_arbitrary_bytes(raw: bytes) -> None:
    """Any bytes clean without an undocumented error, as HTML or auto-detected."""
    check(raw, tolerate_known=True)
    check(raw, kind="html", tolerate_known=True)


@given(fs.hostile_bytes(max_size=MAX_SIZE))
def test_hostile_bytes(raw: bytes) -> None:
    """Pages in any encoding, declared wrongly, cut mid-character, binary blobs."""
    check(raw, tolerate_known=True)


@given(st.one_of(fs.any_str(MAX_SIZE), s.any_page(), hs.messy_html()),
       st.sampled_from(("auto", "text", "html")), st.sampled_from((None, *fs.URL_VALUES)))
def test_arbitrary_str(page: str, kind: str, url: str | None) -> None:
    """Any str (surrogates and controls included) with any ``url=``, in each reading."""
    check(page, kind=kind, url=url, tolerate_known=True)


@given(s.any_text(MAX_SIZE // 2))
def test_text_output_cleans_to_itself(page: str) -> None:
    """Cleaning an article's own text again as a dump gives the same paragraphs and removes
    nothing (the idempotence tests/test_properties.py asserts for pages of lines, here on
    any text, control characters included; HTML is not idempotent by design)."""
    first = check(page, kind="text", tolerate_known=True)
    if first is None:
        return
    again = newsclean.clean(first.text, kind="text")
    assert again.paragraphs == first.paragraphs
    assert again.removed == ()


@given(fs.hostile_pages(max_depth=600 if MAX_SIZE == SMALL else 20_000))
def test_hostile_html_trees(page: fs.HostilePage) -> None:
    """Random trees with malformed URLs, odd styles and classes, entities, surrogates,
    control characters and deep nesting, with and without a ``url=``."""
    check(page.markup, url=page.url, tolerate_known=True)


@given(fs.hostile_pages(max_depth=200))
def test_hostile_html_trees_as_bytes_and_soup(page: fs.HostilePage) -> None:
    """The same trees reach ``clean()`` as UTF-8 bytes and as a BeautifulSoup object."""
    from bs4 import BeautifulSoup

    raw = page.markup.encode("utf-8", "surrogatepass")
    check(raw, url=page.url, tolerate_known=True)
    check(BeautifulSoup(raw, "lxml"), url=page.url, tolerate_known=True)


@given(fs.hostile_feeds(), st.sampled_from((None, *fs.URL_VALUES)))
def test_hostile_feeds(feed: str, url: str | None) -> None:
    """RSS and Atom documents with odd tag names and hostile item content, as str and
    bytes (feeds are read by their own adapter, with an XML parser in recover mode)."""
    check(feed, url=url, tolerate_known=True)
    check(feed.encode("utf-8", "surrogatepass"), url=url, tolerate_known=True)


@given(fs.marked_pages())
def test_hostile_characters_lose_no_words(page: fs.MarkedPage) -> None:
    """Control, invisible and private-use characters, entities and stray tags between words
    never make a word vanish silently: each marker word is in the body, in a removal, or
    the article carries a note (issue 11: "the text kept or a note saying why not")."""
    article = check(page.markup, tolerate_known=True)
    if article is None or article.notes:
        return
    seen = " ".join([article.text, *(r.text for r in article.removed)])
    assert [w for w in page.words if w not in seen] == []
