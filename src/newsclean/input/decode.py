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


def decode_bytes(raw: bytes, *, is_html: bool = False, hint: str | None = None) -> str:
    """Decode ``raw``; raise :class:`DecodeError` when nothing fits.

    ``hint`` is a charset name or an HTTP Content-Type value; it is tried first.
    """
    if not raw:
        return ""
    charset = charset_of(hint)
    if charset:
        try:
            return raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        # Valid UTF-8 is almost never anything else, and detectors misjudge short texts.
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    dammit = UnicodeDammit(raw, is_html=is_html)
    if dammit.unicode_markup is None:
        raise DecodeError("could not decode the page: no encoding fits its bytes")
    return str(dammit.unicode_markup)


def charset_of(hint: str | None) -> str | None:
    """The charset a hint names: ``"utf-8"``, or ``"text/html; charset=utf-8"`` gives utf-8.

    >>> charset_of("text/html; charset=ISO-8859-1"), charset_of("latin-1"), charset_of("text/html")
    ('iso-8859-1', 'latin-1', None)
    """
    if not hint:
        return None
    hint = hint.strip().lower()
    if ";" in hint or "/" in hint:
        for part in hint.split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip() == "charset" and value.strip(" \"'"):
                return value.strip(" \"'")
        return None
    return hint or None
