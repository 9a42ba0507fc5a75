"""Narrow repairs of a dump line: HTML entities left in the text, and UTF-8 read as cp1252.

Scrapers that flatten pages themselves often leave ``&#39;`` or ``&amp;`` in the
text, or decode UTF-8 bytes as cp1252 ("cafÃ©" for "café"). ftfy repairs far
more, but it reads every character and runs at a fraction of a MB/s (measured
in ``docs/dumps.md``), and it also rewrites text that was not broken. These
repairs touch only lines holding a ``&`` or a mojibake lead character, and
keep a repair only when it is final: repairing its result again changes
nothing (so cleaning stays idempotent), otherwise the line is left as it was.
"""

from __future__ import annotations

import re
from html.entities import html5
from types import MappingProxyType

from .chars import holds_any

MAX_ENTITY = 12
"""Characters from ``&`` to ``;`` at most (``&#x1F600;`` and the common names fit)."""
MOJIBAKE_LEADS = frozenset("ÃÂâÅÄÆÐÑØÙãäåæçè")
"""How UTF-8 lead bytes look when read as cp1252: a line without one needs no try."""
_LEAD_CHARS = "".join(sorted(MOJIBAKE_LEADS))
_LEADS = re.compile(f"[{_LEAD_CHARS}]")
"""The same as one character class, for a line (:func:`~.chars.holds_any`)."""


def repair(text: str) -> str:
    """``text`` with entities decoded and mojibake undone, if that is final; else ``text``.

    >>> repair("It&#39;s Tom &amp; Jerry"), repair("cafÃ© au lait")
    ("It's Tom & Jerry", 'café au lait')
    >>> repair("&amp;amp; stays"), repair("Ärger über die Straße")
    ('&amp;amp; stays', 'Ärger über die Straße')
    """
    fixed = _once(text)
    if fixed == text or _once(fixed) != fixed:
        return text
    return fixed


def needs_repair(text: str) -> bool:
    """True when ``text`` may hold an entity or mojibake (a cheap test, no decoding)."""
    if "&" in text and ";" in text:
        return True
    return has_mojibake_lead(text)


def has_mojibake_lead(text: str) -> bool:
    """True when ``text`` holds a character mojibake starts with (:data:`MOJIBAKE_LEADS`)."""
    return not text.isascii() and holds_any(text, _LEAD_CHARS, _LEADS)


def _once(text: str) -> str:
    if "&" in text:
        text = _entities(text)
    if not text.isascii() and not MOJIBAKE_LEADS.isdisjoint(text):
        text = " ".join(_unmojibake(word) for word in text.split(" "))
    return text


def _entities(text: str) -> str:
    """Decode ``&name;``, ``&#n;`` and ``&#xh;`` references (with their ``;`` only)."""
    parts: list[str] = []
    position = 0
    while (amp := text.find("&", position)) >= 0:
        semi = text.find(";", amp + 2, amp + MAX_ENTITY)
        value = _entity(text[amp + 1 : semi]) if semi > 0 else None
        if value is None:
            parts.append(text[position : amp + 1])
            position = amp + 1
            continue
        parts.append(text[position:amp])
        parts.append(value)
        position = semi + 1
    parts.append(text[position:])
    return "".join(parts)


def _entity(name: str) -> str | None:
    """The character a reference names, or None (unknown, control, surrogate, out of range)."""
    if name.startswith("#"):
        digits = name[1:]
        hexadecimal = digits[:1] in ("x", "X")
        if hexadecimal:
            digits = digits[1:]
        if not digits or not all(c in "0123456789abcdefABCDEF" for c in digits):
            return None
        if not hexadecimal and not digits.isdigit():
            return None
        code = int(digits, 16 if hexadecimal else 10)
        if code < 0x20 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF or 0x7F <= code < 0xA0:
            return None
        return chr(code)
    return html5.get(name + ";") if name.isalnum() else None


def _unmojibake(word: str) -> str:
    """The word's UTF-8 bytes read back, when it was UTF-8 decoded as cp1252.

    Bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) come through as the
    Latin-1 control character of the same number, as browsers and scrapers pass them.
    """
    if word.isascii():
        return word
    data = bytearray()
    for char in word:
        code = ord(char)
        if code < 0x80 or 0xA0 <= code < 0x100 or code in _UNDEFINED:
            data.append(code)
        elif (byte := _CP1252.get(char)) is not None:
            data.append(byte)
        else:
            return word
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return word


_UNDEFINED = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))
"""Bytes cp1252 does not define."""
_CP1252 = MappingProxyType(
    {bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0) if b not in _UNDEFINED}
)
"""The characters cp1252 puts at 0x80-0x9F (€, ‚, ƒ, „, …, curly quotes, dashes…) -> byte."""
