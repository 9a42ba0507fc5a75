"""Runs of list items in a hard-wrapped dump: each item is a line of its own.

In a dump wrapped at a terminal's width (lynx, w3m) the region rule weighs each run of
lines between blank lines as one text, since a paragraph spans several lines. A list
whose items each fit on one line ("  * Jane on Running speeds", a rail of recent
comments or links) is no paragraph: joined, its items can read as a sentence of prose
and outweigh a short story. A run most of whose lines open with a list marker is read
line by line instead. Plain string methods only.
"""

from __future__ import annotations

from collections.abc import Sequence

BULLETS = frozenset("*+o•·-#")
"""List markers terminal browsers put before an item (followed by a space)."""
MAX_ITEM_NUMBER = 4
"""A numbered item's marker has fewer digits than this before its ``.`` or ``)``: a year
("2019. A year") opens no item."""


def opens_item(raw: str) -> bool:
    """True for a line that opens with a list marker: a bullet or a number, then a space.

    >>> opens_item("  * Home"), opens_item(" 12. Item"), opens_item("Plain text")
    (True, True, False)
    >>> opens_item("-5 degrees"), opens_item("2019. A year")
    (False, False)
    """
    line = raw.lstrip()
    if line[:1] in BULLETS:
        return line[1:2] == " "
    digits = 0
    while digits < len(line) and digits < MAX_ITEM_NUMBER and line[digits].isdigit():
        digits += 1
    return 0 < digits < MAX_ITEM_NUMBER and line[digits : digits + 1] in (".", ")") \
        and line[digits + 1 : digits + 2] == " "


def is_item_list(raws: Sequence[str]) -> bool:
    """True for a run of at least two lines, more than half of them opening a list item: a
    list of one-line items, not a paragraph wrapped over lines (whose items, if any,
    go on over lines that open with no marker).

    >>> is_item_list(["Recent comments", "  * Ann on Running", "  * Bob on Swimming"])
    True
    >>> is_item_list(["  * A long item that wraps", "    onto a second line",
    ...               "  * Another long item", "    wrapping too"])
    False
    """
    return len(raws) >= 2 and 2 * sum(map(opens_item, raws)) > len(raws)
