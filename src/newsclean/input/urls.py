"""Joining URLs from the page without trusting them.

``urljoin`` raises ``ValueError`` on a malformed host (``http://[::1/x.jpg``);
one bad ``src`` must not stop a page, so such a URL is kept as the page wrote it.
"""

from __future__ import annotations

from urllib.parse import urljoin


def join_url(base: str, url: str) -> str:
    """``url`` resolved against ``base``; as written (stripped) when either is malformed.

    >>> join_url("https://x.example/a/", "b.jpg"), join_url("https://x.example/", "http://[::1/x")
    ('https://x.example/a/b.jpg', 'http://[::1/x')
    """
    url = url.strip()
    try:
        return urljoin(base, url)
    except ValueError:
        return url
