"""Bytes to text, by the encoding the bytes declare or the one they look like.

We do not detect encodings ourselves: BeautifulSoup's ``UnicodeDammit``
tries the byte-order mark, the declared charset, UTF-8, then the detector
it finds installed (charset-normalizer is one of our dependencies). Bytes
that are valid UTF-8 are read as UTF-8 first: a page mis-declared as Latin-1
is far more common than Latin-1 text that happens to be valid UTF-8.
"""

from __future__ import annotations

from bs4 import UnicodeDammit

from ..errors import DecodeError


def decode_bytes(raw: bytes, *, is_html: bool = False) -> str:
    """Decode ``raw``; raise :class:`DecodeError` when nothing fits."""
    if not raw:
        return ""
    try:
        # Valid UTF-8 is almost never anything else, and detectors misjudge short texts.
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    dammit = UnicodeDammit(raw, is_html=is_html)
    if dammit.unicode_markup is None:
        raise DecodeError("could not decode the page: no encoding fits its bytes")
    return str(dammit.unicode_markup)
