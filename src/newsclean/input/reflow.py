"""Hard-wrapped dumps (``lynx -dump``, ``w3m -dump``): which lines make one paragraph.

Terminal browsers wrap every paragraph at a fixed width, so a paragraph of
prose spreads over several lines and a line no longer is a paragraph. Read
line by line, a paragraph's last line looks like a fragment and its middle
lines like menu items. A line was wrapped when the next line's first word
would not have fitted after it within the width; the next line then goes on
with the same text, at the indent where that text started (after a list
marker such as ``*`` or ``1.``). Such lines are joined into one block. The
browsers indent list items to their marker and the item's further lines to its
text, so a new item never has the indent of a line that goes on.

The width is read from the dump itself: most long lines of a wrapped dump end
just short of it. Lines holding an address (``://``) are left out of that
reading, since an address is never broken and runs past the width. A line
that opens with a numbered link (``[12]Title``, ``  * [12]Title``) is a
link's title, set on its own line whatever its length: one that ends short
of the width says nothing against it (a page of headline lists around a
short story). Some browsers (w3m) wrap at a width in terminal cells, where a
Chinese, Japanese or Korean character takes two: in a dump of such text the
lengths are read in cells when the long lines end closer together that way.
Plain string methods, and one character class (stdlib ``re``, as in
``evidence.shape``) to find wide characters; one pass over the lines.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Sequence

from ..evidence.item_lists import BULLETS, marker_end
from ..evidence.link_numbers import MAX_DIGITS
from ..evidence.shape import ends_sentence

LONG_LINE = 40
"""Lines at least this long (in characters) tell the width."""
MIN_LONG_LINES = 10
"""A dump with fewer long lines is never read as wrapped."""
WIDTH_RANK = 0.95
"""The width is the length this share of the long lines stays within."""
MAX_WIDTH = 200
"""A wider "width" is no terminal's: the dump is not wrapped."""
NEAR_SHARE = 0.25
"""A wrapped dump has at least this share of its long lines ending near the width (link
titles ending short of it not counted)…"""
NEAR_SLACK = 0.2
"""…"near" being within this share of it."""
OPEN_SHARE = 0.5
"""…and at least this share of those lines stop inside a sentence (paragraphs of a dump
that is not wrapped end with a full stop, whatever their length)."""
OVERFLOW = 5
"""A line longer than the width by more than this was not wrapped: it holds a word (an
address) too long for any line, and the next line starts afresh."""
TIGHT_SLACK = 0.05
"""Lengths are read in terminal cells when more long lines end within this share of the
width read that way than read in characters (a dump wrapped by cells)."""
WIDE = frozenset("WF")
"""East Asian widths of the characters a terminal shows in two cells."""
_WIDE_RANGES = re.compile("[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff"
                          "\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")
"""Where the wide characters of running text are (Hangul, CJK ideographs and punctuation,
kana, full-width forms): one character class, searched by the stdlib engine, so a dump
without them is measured in characters at the cost of one scan."""


def wrap_width(lines: Sequence[str]) -> int | None:
    """The width a dump was wrapped at, or None when it is not hard-wrapped.

    >>> wrap_width(["word " * 15 + "end"] * 12)
    78
    >>> wrap_width(["A short line", "A paragraph " * 40] * 6) is None
    True
    >>> wrap_width(["A paragraph that ends with a full stop, as paragraphs do."] * 12) is None
    True
    >>> wrap_width(["word " * 15 + "end", "  * [12]A link title of some length, alone"] * 2
    ...            + ["[7]Another link title, longer than forty"] * 8)
    78
    """
    measured = _measured(lines)
    if len(measured) < MIN_LONG_LINES:
        return None
    size = _size(measured)
    long = sorted(map(size, measured))
    width = long[int(WIDTH_RANK * (len(long) - 1))]
    if width > MAX_WIDTH:
        return None
    low = max(LONG_LINE, (1 - NEAR_SLACK) * width)
    nearby = len(long) - bisect_left(long, low)
    if nearby < NEAR_SHARE * len(long):  # too few lines near it, unless short titles are many
        short_titles = sum(1 for line in measured if size(line) < low and _opens_with_link(line))
        if nearby < NEAR_SHARE * (len(long) - short_titles):
            return None
    near = [line for line in measured if size(line) >= low]
    open_ended = sum(1 for line in near if not ends_sentence(line))
    return width if open_ended >= OPEN_SHARE * len(near) else None


def paragraphs(lines: Sequence[str], width: int) -> list[tuple[int, int]]:
    """(first, last) positions of the runs of non-blank lines that form one paragraph.

    >>> lines = ["The council voted to rebuild", "the bridge.", "", "  * Home", "  * News"]
    >>> paragraphs(lines, 30)
    [(0, 1), (3, 3), (4, 4)]
    >>> paragraphs([" 1. A long item title that", "    goes on here", "Next"], 27)
    [(0, 1), (2, 2)]
    >>> paragraphs(["[1] https://example.org/a/very/long/address", "[2] https://x.org/"], 30)
    [(0, 0), (1, 1)]
    """
    size = _size(_measured(lines))
    groups: list[tuple[int, int]] = []
    first = -1
    goes_on = -1  # the indent a continuation of the current paragraph must have, if any
    before = 0  # the length of the line before, without its trailing blanks
    for position, line in enumerate(lines):
        stripped = line.rstrip()
        if not stripped:  # a blank line ends the paragraph
            if first >= 0:
                groups.append((first, position - 1))
            first, goes_on = -1, -1
            continue
        indent = len(stripped) - len(stripped.lstrip())
        if first >= 0 and indent == goes_on:  # "12. The" there goes on with a sentence
            word = stripped.split(None, 1)[0]
            if width + OVERFLOW >= before > width - 1 - size(word):
                goes_on = indent
                before = size(stripped)
                continue
        if first >= 0:
            groups.append((first, position - 1))
        head = stripped[indent]  # most lines open with a word: no marker to measure
        first = position
        goes_on = marker_end(stripped, indent) if head in BULLETS or head.isdigit() else indent
        before = size(stripped)
    if first >= 0:
        groups.append((first, len(lines) - 1))
    return groups


def _measured(lines: Sequence[str]) -> list[str]:
    """The long lines that tell the width, without their trailing blanks: no address."""
    # Only a line that is long before its trailing blanks are cut can be long after.
    stripped = [line.rstrip() for line in lines if len(line) >= LONG_LINE]
    return [line for line in stripped if len(line) >= LONG_LINE and "://" not in line]


def _size(measured: list[str]) -> Callable[[str], int]:
    """How to measure a line of this dump: in characters, or in terminal cells when its
    long lines end closer together that way (w3m's dump of Korean or Chinese text).

    >>> mixed = ["한" * wide + " word" * ((78 - 2 * wide) // 5) for wide in range(4, 40, 3)]
    >>> _size(mixed)("가나 ab")
    7
    >>> _size(["word " * 15 + "end"] * 12)("가나 ab")
    5
    """
    if _WIDE_RANGES.search("\n".join(measured)) is None:
        return len
    if _tightness(sorted(map(_cells, measured))) > _tightness(sorted(map(len, measured))):
        return _cells
    return len


def _tightness(long: list[int]) -> float:
    """The share of the lengths ``long`` (sorted) within :data:`TIGHT_SLACK` of the width
    they tell."""
    if not long:
        return 0.0
    width = long[int(WIDTH_RANK * (len(long) - 1))]
    return (len(long) - bisect_left(long, (1 - TIGHT_SLACK) * width)) / len(long)


def _cells(text: str) -> int:
    """The terminal cells ``text`` takes: two for a wide (East Asian) character.

    >>> _cells("abc"), _cells("한국어 ab")
    (3, 9)
    """
    wide = _WIDE_RANGES.findall(text)
    return len(text) + sum(1 for char in wide if unicodedata.east_asian_width(char) in WIDE)


def _opens_with_link(line: str) -> bool:
    """True for a line whose text, after its indent and list marker, opens with a link
    number (``[12]Title``).

    >>> _opens_with_link("  * [12]Home"), _opens_with_link("[3]News"), _opens_with_link("[a] b")
    (True, True, False)
    """
    indent = len(line) - len(line.lstrip())
    head = line[indent : indent + 1]
    start = marker_end(line, indent) if head in BULLETS or head.isdigit() else indent
    if line[start : start + 1] != "[":
        return False
    closing = line.find("]", start + 2, start + MAX_DIGITS + 2)
    return closing > 0 and line[start + 1 : closing].isdigit()
