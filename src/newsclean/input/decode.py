"""Bytes to text, by the encoding the bytes declare or the one they look like.

We do not detect encodings ourselves: BeautifulSoup's ``UnicodeDammit``
tries the byte-order mark, the declared charset, UTF-8, then the detector
it finds installed (charset-normalizer is one of our dependencies).
"""

from __future__ import annotations

from bs4 import UnicodeDammit

from ..errors import DecodeError


def decode_bytes(raw: bytes, *, is_html: bool = False) -> str:
    """Decode ``raw``; raise :class:`DecodeError` when nothing fits."""
    if not raw:
        return ""
    dammit = UnicodeDammit(raw, is_html=is_html)
    if dammit.unicode_markup is None:
        raise DecodeError("could not decode the page: no encoding fits its bytes")
    return str(dammit.unicode_markup)
