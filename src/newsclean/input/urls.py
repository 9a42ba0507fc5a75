"""Joining URLs from the page without trusting them.

``urljoin`` raises ``ValueError`` on a malformed host (``http://[::1/x.jpg``);
one bad ``src`` must not stop a page, so such a URL is kept as the page wrote it.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urljoin

from ..evidence.patterns import compile

_AWKWARD = frozenset(" #;[]\t\r\n")
"""Characters after which ``urljoin`` may not give an absolute URL back as written: an
empty fragment or parameters are dropped, brackets are checked as an IPv6 host, tabs and
line breaks are taken out."""

_COMPACT_DATE = compile(
    r"(?<![\d])(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\d])")
"""Eight digits that are a day in a URL's path ('/diary/20190211.html', '/20190302-story/')."""


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

def compact_date(url: str) -> str | None:
    """The day a URL's path writes as eight digits, as ``YYYY-MM-DD``; None.

    Weaker evidence than a separated date (``/2024/03/05/``): an identifier can be eight
    digits too, so it only fills a gap.

    >>> compact_date("http://example.jp/diary/20190211.html"), compact_date("/a/201902111/")
    ('2019-02-11', None)
    """
    path = url.split("?", 1)[0].split("#", 1)[0]
    start = path.find("//")
    path = path[path.find("/", start + 2):] if start >= 0 else path
    found = _COMPACT_DATE.search(path)
    if found is None:
        return None
    try:
        day = dt.date(int(found["y"]), int(found["m"]), int(found["d"]))
    except ValueError:
        return None  # '20190231'
    return day.isoformat()
