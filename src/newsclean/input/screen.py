"""Refusing what is not text, and making text safe to carry through.

Bytes with a binary signature (PDF, images, archives) are refused with
:class:`~newsclean.errors.DecodeError` before any decoding. Decoded bytes are
then screened in fixed-size stretches: a stretch dense in control characters
or U+FFFD is binary data, not prose. A page that is mostly such stretches is
refused; a few are dropped, with a note. A ``str`` is the caller's own text and
is never screened for binary. Lone surrogates (which no encoder accepts) become
U+FFFD in both, with a note.
"""

from __future__ import annotations

import regex

from ..errors import DecodeError

SIGNATURES = (
    (b"%PDF-", "a PDF document"), (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"), (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"), (b"\xfd7zXZ\x00", "xz data"), (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"(\xb5/\xfd", "zstd data"), (b"\x7fELF", "an executable"), (b"OggS", "an Ogg file"),
    (b"ID3", "an MP3 file"), (b"\xd0\xcf\x11\xe0", "an OLE file"),
    (b"wOFF", "a web font"), (b"wOF2", "a web font"), (b"\x00asm", "WebAssembly"),
)
"""Leading bytes of common binary formats, and what to call them in the error. A text may
start with ``ID3`` or ``BZh`` too: a signature counts when control bytes follow it."""

SIGNATURE_CHECK = 1024
"""Bytes after a signature searched for the control bytes every binary format has."""

_RIFF = {b"WEBP": "a WebP image", b"WAVE": "a WAV file", b"AVI ": "an AVI video"}

STRETCH = 256
"""Characters screened at a time: binary data mixed into text is judged stretch by stretch."""

BINARY_SHARE = 0.05
"""A stretch is binary when this share of it is control characters or U+FFFD (prose has
none; random bytes read as windows-1252 give about one in ten)."""

REFUSE_SHARE = 0.3
"""A page is refused when this share of it is binary; below, binary stretches are dropped."""

REFUSE_LEAST = 4096
"""Fewer binary characters than this are dropped, never refused: too few to judge a page by."""

_CONTROLS = (*range(9), *range(14, 27), *range(28, 32), 127)
"""Control characters (not tab, line ends, form feed or ESC, which ISO-2022 text uses)."""
_CONTROL_BYTES = bytes(_CONTROLS)
_DROP = dict.fromkeys((*_CONTROLS, 0xFFFD))
_SURROGATES = regex.compile(r"[\ud800-\udfff]")
_BINARY_BYTES = regex.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def refuse_binary(raw: bytes) -> None:
    """Raise :class:`DecodeError` for bytes that start like a known binary format."""
    found = next(((signature, what) for signature, what in SIGNATURES
                  if raw.startswith(signature)), None)
    if found is None and raw.startswith(b"RIFF") and raw[8:12] in _RIFF:
        found = raw[:12], _RIFF[raw[8:12]]
    if found is not None and _BINARY_BYTES.search(raw, len(found[0]), SIGNATURE_CHECK):
        raise DecodeError(f"not a text or HTML page: the bytes are {found[1]}")


def screen_text(text: str, *, decoded: bool = True) -> tuple[str, tuple[str, ...]]:
    """``text`` without lone surrogates and (if ``decoded`` from bytes) binary stretches,
    and notes on what changed.

    >>> screen_text("Fans cheered \\ud83d then the mayor spoke.")[0]
    'Fans cheered \\ufffd then the mayor spoke.'
    """
    text, notes, _ = screen(text, decoded=decoded)
    return text, notes


def screen(text: str, *, decoded: bool = True) -> tuple[str, tuple[str, ...], bytes | None]:
    """:func:`screen_text`, and the screened text's UTF-8 bytes when the screen made them
    (a page that is not all ASCII is encoded to look for lone surrogates; the HTML parser
    reads UTF-8, so it takes these bytes instead of encoding the page a second time).

    >>> screen("café")
    ('café', (), b'caf\\xc3\\xa9')
    """
    notes: list[str] = []
    encoded: bytes | None = None  # the UTF-8 bytes, kept for the binary test
    if not text.isascii():
        text, count, encoded = _fix_surrogates(text)
        if count:
            notes.append(f"input: {count:,} lone surrogate code points became U+FFFD")
    if not decoded or not _has_binary(text, encoded):
        return text, tuple(notes), encoded
    kept: list[str] = []
    binary = 0
    for start in range(0, len(text), STRETCH):
        stretch = text[start:start + STRETCH]
        bad = len(stretch) - len(stretch.translate(_DROP))
        if bad >= BINARY_SHARE * len(stretch) and bad > 1:
            binary += len(stretch)
        else:
            kept.append(stretch)
    if binary >= REFUSE_LEAST and binary >= REFUSE_SHARE * len(text):
        raise DecodeError(f"not a text or HTML page: {100 * binary // len(text)}% of it is "
                          "binary data (control characters or bytes no charset fits)")
    if binary:
        notes.append(f"input: dropped {binary:,} characters of binary data "
                     "(control characters or undecodable bytes)")
    return "".join(kept), tuple(notes), None


def _has_binary(text: str, encoded: bytes | None = None) -> bool:
    """Whether ``text`` holds a control character or U+FFFD.

    UTF-8 keeps every control character as its own byte and makes no other byte
    below 0x80, so deleting the control bytes in C tells without a per-character
    loop: about three times faster than one regex character class on a page.
    ``encoded`` is ``text`` in UTF-8 if the caller has it (encoding a page twice costs).

    >>> _has_binary("caf\u00e9 au lait"), _has_binary("caf\x07")
    (False, True)
    """
    if "\ufffd" in text:
        return True
    data = encoded if encoded is not None else text.encode("utf-8", "surrogatepass")
    return len(data.translate(None, _CONTROL_BYTES)) != len(data)


def _fix_surrogates(text: str) -> tuple[str, int, bytes | None]:
    """Join surrogate pairs into their characters; lone surrogates become U+FFFD. Also
    the count of lone ones, and the text's UTF-8 bytes when it had no surrogate at all
    (the usual case: the test for them is that encoding, so it is kept for reuse)."""
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError:
        pass
    else:
        return text, 0, encoded
    fixed = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    pairs = len(text) - len(fixed)
    return fixed, len(_SURROGATES.findall(text)) - 2 * pairs, None
