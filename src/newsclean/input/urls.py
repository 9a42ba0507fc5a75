"""Joining URLs from the page without trusting them.

``urljoin`` raises ``ValueError`` on a malformed host (``http://[::1/x.jpg``);
one bad ``src`` must not stop a page, so such a URL is kept as the page wrote it.
"""

from __future__ import annotations

from urllib.parse import urljoin

_AWKWARD = frozenset(" #;[]\t\r\n")
"""Characters after which ``urljoin`` may not give an absolute URL back as written: an
empty fragment or parameters are dropped, brackets are checked as an IPv6 host, tabs and
line breaks are taken out."""


def join_url(base: str, url: str) -> str:
    """``url`` resolved against ``base``; as written (stripped) when either is malformed.

    >>> join_url("https://x.example/a/", "b.jpg"), join_url("https://x.example/", "http://[::1/x")
    ('https://x.example/a/b.jpg', 'http://[::1/x')
    """
    url = url.strip()
    if _as_written(url):  # most image addresses: urljoin would parse and rebuild them as is
        return url
    try:
        return urljoin(base, url)
    except ValueError:
        return url


def _as_written(url: str) -> bool:
    """Whether ``urljoin`` gives ``url`` back unchanged whatever the base: an absolute
    http(s) address with a host, in printable ASCII, that does not end in an empty query,
    and holds none of the :data:`_AWKWARD` characters (a test checks the two agree)."""
    if url.startswith("https://"):
        host = 8
    elif url.startswith("http://"):
        host = 7
    else:
        return False
    return (url[host:host + 1].isalnum() and url.isascii() and url.isprintable()
            and url[-1] != "?" and _AWKWARD.isdisjoint(url))
