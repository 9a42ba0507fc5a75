"""Bytes to text, by the encoding the bytes declare or the one they clearly are.

The order, first match wins:

1. a byte-order mark;
2. the caller's ``encoding`` hint (a charset, or an HTTP Content-Type value);
3. a declaration in the page (``<meta charset>``, an XML declaration), except that a
   page declaring a single-byte charset whose bytes are valid UTF-8 is read as UTF-8
   (mis-declared Latin-1 is far more common than Latin-1 that happens to be UTF-8);
4. UTF-16/32 without a BOM (NULs between the letters);
5. UTF-8, when most of the non-ASCII bytes form valid UTF-8 characters;
6. windows-1252 when the text looks Western, else charset-normalizer's guess.

Bytes that fit nowhere become U+FFFD. A page cut by the size budget is cut at a
character boundary. The result carries notes when decoding lost bytes or had to
guess. We do not use bs4's ``UnicodeDammit``: it prints a warning, asks a detector
before trying UTF-8, and costs 0.2 s of import time.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from ..errors import DecodeError
from .charset import bom, charset_of, codec, declared, looks_western, wide_encoding

__all__ = ["Decoded", "charset_of", "decode_bytes", "decode_page"]

UTF8_SHARE = 0.5
"""Undeclared bytes are UTF-8 when at least this share of their non-ASCII characters are
valid UTF-8: stray Latin-1 bytes almost never happen to form a valid UTF-8 sequence."""

_HIGH = bytes(range(128, 256))


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, the codec used, and what the reader should know about it."""

    text: str
    encoding: str
    notes: tuple[str, ...] = ()


def decode_page(raw: bytes, *, hint: str | None = None, cut: bool = False) -> Decoded:
    """Decode ``raw``; ``cut`` says the bytes were cut short, so a last partial character
    is dropped without a note."""
    if not raw:
        return Decoded("", "utf-8")
    marked = bom(raw)
    if marked is not None:
        return _decode(raw[marked[1]:], marked[0], cut, "")
    label = charset_of(hint)
    name = codec(label)
    if name is not None:
        return _decode(raw, name, cut, "")
    notes: list[str] = []
    if label:
        notes.append(f"decoding: the encoding hint {label!r} names no known charset")
    label = declared(raw)
    name = codec(label)
    if name is not None:
        if name != "utf-8" and not raw.isascii() and _strict_utf8(raw, cut):
            name = "utf-8"
        return _decode(raw, name, cut, "", notes)
    if label:
        notes.append(f"decoding: the page declares {label!r}, which names no known charset")
    wide = wide_encoding(raw)
    if wide is not None:
        return _decode(raw, wide, cut, "no charset declared; the NUL bytes say", notes)
    if raw.isascii():
        return Decoded(raw.decode("ascii"), "ascii", tuple(notes))
    text, dropped = _utf8(raw, cut)
    replaced = _replaced(text, raw, "utf-8")
    if not replaced:
        return Decoded(text, "utf-8", (*notes, *_dropped_note(dropped, cut)))
    high = len(raw) - len(raw.translate(None, _HIGH))
    valid = high - replaced  # over-counts multi-byte characters' bytes: a lenient share
    if valid >= UTF8_SHARE * high and valid > replaced:
        return _decode(raw, "utf-8", cut, "no charset declared; mostly valid", notes)
    return _decode(raw, _guess(raw), cut, "no charset declared; guessed", notes)


def decode_bytes(raw: bytes, *, is_html: bool = False, hint: str | None = None) -> str:
    """Just the text of :func:`decode_page` (``is_html`` is accepted for compatibility)."""
    return decode_page(raw, hint=hint).text


def _guess(raw: bytes) -> str:
    """The single-byte (or CJK) encoding undeclared, non-UTF-8 bytes most likely use."""
    if looks_western(raw):
        return "cp1252"
    from charset_normalizer import from_bytes  # lazy: only pages that need a guess pay

    from .charset import SAMPLE

    best = from_bytes(raw[:SAMPLE]).best()
    return codec(best.encoding if best is not None else None) or "cp1252"


def _strict_utf8(raw: bytes, cut: bool) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")("strict").decode(raw, final=not cut)
    except UnicodeDecodeError:
        return False
    return True


def _utf8(raw: bytes, cut: bool) -> tuple[str, int]:
    """UTF-8 with replacement; an incomplete last character is left out and counted."""
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    text = decoder.decode(raw, final=False)
    return text, len(decoder.getstate()[0])


def _replaced(text: str, raw: bytes, name: str) -> int:
    """How many U+FFFD the decoding put in ``text`` (those written in UTF-8 ``raw`` were
    there already). Without any U+FFFD in the text, the bytes are not counted: a written
    one would have decoded to one, and counting the bytes costs a scan of the page."""
    found = text.count("\ufffd")
    if found and name == "utf-8":
        found -= raw.count(b"\xef\xbf\xbd")
    return found


def _decode(raw: bytes, name: str, cut: bool, guess: str,
            notes: list[str] | None = None) -> Decoded:
    """Decode with ``name``, U+FFFD for what does not fit, and notes for loss and guesses."""
    out = list(notes or ())
    try:
        decoder = codecs.getincrementaldecoder(name)("replace")
    except LookupError as error:  # pragma: no cover - names come from codecs.lookup
        raise DecodeError(f"no decoder for {name}") from error
    text = decoder.decode(raw, final=False)
    dropped = len(decoder.getstate()[0])
    if guess:
        out.append(f"decoding: {guess} {name}")
    replaced = _replaced(text, raw, name)
    if replaced > 0:
        out.append(f"decoding: {replaced:,} byte sequences were not valid {name} "
                   "and became U+FFFD")
    out.extend(_dropped_note(dropped, cut))
    return Decoded(text, name, tuple(out))


def _dropped_note(dropped: int, cut: bool) -> tuple[str, ...]:
    if dropped and not cut:
        return (f"decoding: the page ends in the middle of a character ({dropped} bytes "
                "dropped)",)
    return ()
