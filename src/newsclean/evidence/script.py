"""Writing systems and invisible characters: what a reader never sees, and where words
run on without spaces.

HTML pages and text dumps both pass their text through :func:`visible`, so a soft
hyphen or a zero-width space is handled the same way whatever the input was.
:func:`unspaced` tells the HTML walk where a link edge must not become a space:
in Chinese, Japanese, Korean or Thai, a link inside a sentence sits between two
characters of one run of text (``发表在<a>科学</a>刊物`` reads ``发表在科学刊物``).
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

INVISIBLE = "\u00ad\u200b\u2060\ufeff\u2062\u2063\u2064"
"""Dropped wherever they are: soft hyphen, zero-width space, word joiner, byte-order mark,
and three invisible operators of MathML (times, separator, plus). None of them is seen
by a reader or changes a word."""

APPLY_FUNCTION = "\u2061"
"""MathML's invisible function application (``sin⁡x``): a reader sees a gap, so a space."""

JOINERS = "\u200c\u200d"
"""Zero-width non-joiner and joiner: part of the spelling inside a word (Persian, Indic
scripts, emoji sequences), so kept between two visible characters; dropped at a word's
edge, where they change nothing."""

_ANY = re.compile(f"[{INVISIBLE}{JOINERS}{APPLY_FUNCTION}]")
"""One character class, searched by the stdlib engine: most text has none of them."""
_DROP: dict[int, str | None] = {**dict.fromkeys(map(ord, INVISIBLE)), ord(APPLY_FUNCTION): " "}
_JOINER_RUN = re.compile(f"[{JOINERS}]+")
"""A run of joiners: one character class, the stdlib engine cannot backtrack."""

_UNSPACED = regex.compile(
    r"[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Bopomofo}"
    r"\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]"
)
"""Characters of scripts that join a word to what follows without a space: CJK (with
Korean, whose particles attach to the word before them), and the Southeast Asian scripts
written without spaces between words."""

CHAR_CACHE = 2048
"""Distinct characters whose script answer is remembered (a page uses a few hundred)."""


def visible(text: str) -> str:
    """``text`` without the invisible characters a reader never sees.

    >>> visible("co\\u00adoperation\\u200b is \\u200dkey")
    'cooperation is key'
    >>> visible("می\\u200cخواهم") == "می\\u200cخواهم"  # a non-joiner inside a Persian word stays
    True
    """
    if _ANY.search(text) is None:
        return text
    text = text.translate(_DROP)
    if JOINERS[0] in text or JOINERS[1] in text:
        text = _JOINER_RUN.sub(_inside_word, text)
    return text


def _inside_word(run: re.Match[str]) -> str:
    """A run of joiners if it sits between two visible characters, else nothing."""
    text, start, end = run.string, run.start(), run.end()
    if start and end < len(text) and not text[start - 1].isspace() and not text[end].isspace():
        return run.group()
    return ""


@lru_cache(maxsize=CHAR_CACHE)
def unspaced(char: str) -> bool:
    """Whether ``char`` belongs to a script whose words run on without spaces.

    >>> unspaced("科"), unspaced("の"), unspaced("한"), unspaced("a"), unspaced("。")
    (True, True, True, False, True)
    """
    return _UNSPACED.match(char) is not None
