"""Split benchmark pages by site into a development half and a validation half.

Rules are written while looking at development pages only; validation pages are
scored, never read one by one. The split is by host, so two pages of one site
always fall in the same half, and it is a hash, so it never depends on which pages
a benchmark happens to hold.

    >>> half("https://www.example.com/a/b") == half("http://example.com/other")
    True
    >>> half("https://www.example.com/") in ("dev", "val")
    True
"""

from __future__ import annotations

import hashlib
from typing import Literal
from urllib.parse import urlsplit

Half = Literal["dev", "val"]


def host(url: str) -> str:
    """The URL's host, lower-cased, without a leading ``www.``."""
    name = (urlsplit(url).hostname or "").lower()
    return name[4:] if name.startswith("www.") else name


def half(url: str) -> Half:
    """``"dev"`` or ``"val"``: the half of the benchmark the page's site belongs to."""
    digest = hashlib.sha1(host(url).encode("utf-8")).digest()
    return "dev" if digest[0] % 2 == 0 else "val"
