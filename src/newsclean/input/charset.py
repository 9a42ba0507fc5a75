"""What encoding bytes are in: what they declare, and what they look like.

Declarations come first (a byte-order mark, the caller's hint, an XML
declaration, ``<meta charset>``); names are read the way browsers read
them (WHATWG: ``iso-8859-1`` and ``ascii`` mean windows-1252). Without a
declaration, :func:`wide_encoding` spots UTF-16/32 by the NULs between the
letters, and :func:`looks_western` tells Latin-1/cp1252 text from other
single-byte text by where the non-ASCII letters sit. Everything here reads a
bounded sample, so the cost per page is a constant.
"""

from __future__ import annotations

import codecs

import regex

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
"""Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one)."""

PRESCAN = 16_384
"""Bytes searched for a ``<meta charset>`` or XML declaration (browsers read 1,024; real
pages often put a long head of scripts first)."""

SAMPLE = 65_536
"""Bytes looked at when guessing an undeclared encoding."""

_DECLARED = regex.compile(
    rb"""<\?xml[^>]{0,200}?encoding\s{0,5}=\s{0,5}["']([A-Za-z0-9._:-]{1,40})"""
    rb"""|<meta\b[^>]{0,1000}?charset\s{0,5}=\s{0,5}["']?\s{0,5}([A-Za-z0-9._:-]{1,40})""",
    regex.I,
)
"""An XML declaration's encoding, or a meta charset (``<meta charset>`` or http-equiv)."""

_WHATWG = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252", "iso_8859-1": "cp1252",
    "iso-8859-9": "cp1254", "latin5": "cp1254", "tis-620": "cp874", "iso-8859-11": "cp874",
    "x-sjis": "shift_jis", "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030",
    "ks_c_5601-1987": "cp949", "euc-kr": "cp949", "unicode": "utf-16-le",
    "utf-16": "utf-16-le", "ucs-2": "utf-16-le", "x-user-defined": "cp1252",
}
"""Labels browsers read as a superset (the WHATWG Encoding standard); we do the same."""


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


def codec(label: str | None) -> str | None:
    """The Python codec for a charset label, read as a browser would; None if unknown.

    >>> codec("ISO-8859-1"), codec("UTF8"), codec("no-such-charset")
    ('cp1252', 'utf-8', None)
    """
    if not label:
        return None
    label = label.strip().lower()
    label = _WHATWG.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in ("utf-16", "utf-32"):  # no BOM to say which end first: the web default
        return f"{name}-le"
    return "utf-8" if name == "utf-8-sig" else name


def bom(raw: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark names, and the mark's length."""
    for mark, name in BOMS:
        if raw.startswith(mark):
            return name, len(mark)
    return None


def declared(raw: bytes) -> str | None:
    """The charset label the document itself declares near its start, if any."""
    head = raw[:PRESCAN]
    if b"<" not in head:
        return None
    match = _DECLARED.search(head)
    if match is None:
        return None
    return (match.group(1) or match.group(2)).decode("ascii")


WIDE_NULS = 0.3
"""Share of even (or odd) bytes that must be NUL for UTF-16 without a BOM: ASCII letters in
UTF-16 are half NULs; binary data has about 1 in 256."""


def wide_encoding(raw: bytes) -> str | None:
    """UTF-16 or UTF-32 without a BOM, told by where the NUL bytes fall.

    >>> wide_encoding("Mühlbach".encode("utf-16-be")), wide_encoding(b"plain")
    ('utf-16-be', None)
    """
    sample = raw[:SAMPLE]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    quarter = len(sample) // 4
    counts = [sample[i::4].count(0) for i in range(4)]
    high = [count >= WIDE_NULS * quarter for count in counts]
    low = [count < quarter / 8 for count in counts]
    if high[1] and high[2]:
        if high[3] and low[0]:
            return "utf-32-le"
        if high[0] and low[3]:
            return "utf-32-be"
    even, odd = counts[0] + counts[2], counts[1] + counts[3]
    half = len(sample) // 2
    if even >= WIDE_NULS * half and odd < even / 8:
        return "utf-16-be"
    if odd >= WIDE_NULS * half and even < odd / 8:
        return "utf-16-le"
    return None


WESTERN_SHARE = 0.9
"""Share of non-ASCII characters that must read as Western letters or typography for
undeclared bytes to be taken as windows-1252."""

SHORT_RUN = 3
"""Western languages put at most a few accented letters in a row (``ção``); Cyrillic,
Greek and CJK bytes read as windows-1252 give whole words of them."""

_HIGH_RUN = regex.compile(r"[^\x00-\x7f]++")
_TYPOGRAPHY = frozenset("‘’‚“”„–—…•·«»‹›€£¥¢°©®™§¶±×÷\u00a0¡¿ºª")


def looks_western(raw: bytes) -> bool:
    """True when undeclared bytes read as windows-1252 give Western text (``déjà``, ``Mühle``).

    >>> looks_western("Le maire a déjà dit « oui » à Mühlbach.".encode("cp1252"))
    True
    >>> looks_western("Городской совет проголосовал во вторник.".encode("cp1251"))
    False
    """
    text = raw[:SAMPLE].decode("cp1252", "replace")
    good = total = 0
    for match in _HIGH_RUN.finditer(text):
        run = match.group()
        total += len(run)
        if len(run) <= SHORT_RUN:
            good += sum(1 for c in run if c.isalpha() or c in _TYPOGRAPHY)
    return total == 0 or good >= WESTERN_SHARE * total
