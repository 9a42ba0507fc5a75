"""Lazy-loaded images: the address the reader sees, not the stand-in the crawler saved."""

from __future__ import annotations

import pytest
from lxml import etree

import newsclean
from newsclean.input.image_source import image_source, is_placeholder, largest_candidate

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def _first_img(markup: str) -> object:
    root = etree.fromstring(f"<html><body>{markup}</body></html>", etree.HTMLParser())
    return next(root.iter("img", "amp-img"))


@pytest.mark.parametrize(("markup", "expected"), [
    (f'<img src="{GIF}" data-src="/img/bridge.jpg">', "/img/bridge.jpg"),
    ('<img src="/static/placeholder.png" data-lazy-src="/img/b2.jpg">', "/img/b2.jpg"),
    ('<img src="/img/lazy.gif" data-original="/img/b5.jpg">', "/img/b5.jpg"),
    ('<img class="lazyload" src="/img/blank.gif" '
     'data-srcset="/img/b3-320.jpg 320w, /img/b3-1024.jpg 1024w">', "/img/b3-1024.jpg"),
    ('<img srcset="/img/b4-320.jpg 320w, /img/b4-1024.jpg 1024w">', "/img/b4-1024.jpg"),
    ('<picture><source srcset="/img/b6.webp 1x, /img/b6@2x.webp 2x">'
     '<img src="data:image/svg+xml,%3Csvg%3E"></picture>', "/img/b6@2x.webp"),
    ('<img data-src=\'{"default":{"load":"defer","src":"//cdn.example/p.img?h=450"}}\' '
     f'src="{GIF}">', "//cdn.example/p.img?h=450"),
    # a real src stays when nothing replaces it, whatever its name
    ('<img src="/photos/pixel-phone-review.jpg">', "/photos/pixel-phone-review.jpg"),
    ('<img src="/img/placeholder.png">', "/img/placeholder.png"),
    # a real src beats a srcset; a lazy attribute beats both
    ('<img src="/img/a.jpg" srcset="/img/a-2x.jpg 2x">', "/img/a.jpg"),
    ('<img src="/img/blank.gif" data-src="/2019/lazy-river-park.jpg">',
     "/2019/lazy-river-park.jpg"),
    ('<img src="/img/thumb.jpg" data-src="/img/full.jpg">', "/img/full.jpg"),
    ('<img data-src="{{ image.url }}" src="/img/a.jpg">', "/img/a.jpg"),
    ("<img alt='no address'>", None),
])
def test_image_source(markup: str, expected: str | None) -> None:
    assert image_source(_first_img(markup)) == expected


def test_placeholder_and_srcset_helpers() -> None:
    assert is_placeholder(GIF)
    assert is_placeholder("https://cdn.example/assets/images/lazy_placeholder.gif")
    assert not is_placeholder("https://cdn.example/2019/11/harbour-bridge.jpg")
    assert largest_candidate("/a.jpg 1x,/b.jpg 2x") in ("/a.jpg", "/b.jpg")
    assert largest_candidate(f"{GIF} 1x, /real.jpg 2x") == "/real.jpg"
    assert largest_candidate("/w_320,h_200/a.jpg 320w, /w_640,h_400/a.jpg 640w") == (
        "/w_640,h_400/a.jpg")


def test_lazy_images_reach_article_images_absolute() -> None:
    body = "".join(
        f"<p>The harbour council voted on Tuesday, after a long debate, to rebuild the old "
        f"stone bridge, part {n}, at a cost of four million pounds.</p>" for n in range(5))
    page = (
        "<html><body><article><h1>Harbour town votes to rebuild its bridge</h1>"
        f'<figure><img src="{GIF}" data-src="/img/bridge.jpg" alt="The bridge">'
        "<figcaption>The old bridge at dawn.</figcaption></figure>"
        f"{body}"
        '<figure><img srcset="/img/quay-640.jpg 640w, /img/quay-1280.jpg 1280w" alt="Quay">'
        "</figure></article></body></html>")
    article = newsclean.clean(page, url="https://news.example/town/bridge.html")
    assert [image.src for image in article.images] == [
        "https://news.example/img/bridge.jpg", "https://news.example/img/quay-1280.jpg"]
    assert article.images[0].caption == "The old bridge at dawn."
