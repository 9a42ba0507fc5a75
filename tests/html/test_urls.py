"""join_url's shortcut for absolute addresses gives what urljoin gives."""

from __future__ import annotations

from urllib.parse import urljoin

from hypothesis import given
from hypothesis import strategies as st

from newsclean.input.urls import join_url

BASES = ("", "https://x.example/a/b", "http://x.example/", "HTTPS://X.example", "ftp://x/",
         "x.example/a", "//x.example/a", "https://[::1/")
PARTS = ("http://", "https://", "HTTP://", "a.b", "/", "?", "#", ";", "..", ".", "x", "%20",
         " ", "\t", "\n", "[", "]", "é", ":", "@", "80", "\x01", "=", "&", "//")


def _reference(base: str, url: str) -> str:
    url = url.strip()
    try:
        return urljoin(base, url)
    except ValueError:
        return url


@given(st.sampled_from(BASES), st.lists(st.sampled_from(PARTS), min_size=1, max_size=8))
def test_join_url_agrees_with_urljoin(base: str, parts: list[str]) -> None:
    url = "".join(parts)
    assert join_url(base, url) == _reference(base, url)


def test_usual_addresses() -> None:
    base = "https://x.example/news/a.html"
    for url in ("https://cdn.example/i/1.jpg?w=300&h=200", "http://cdn.example/i/1.jpg",
                "https://cdn.example/i/1.jpg?", "https://cdn.example/i;v=2/", "/i/2.jpg",
                "https://cdn.example/a b.jpg", "//cdn.example/3.jpg"):
        assert join_url(base, url) == _reference(base, url)
