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
"""A numbered item's marker has at most this many digits before its ``.`` or ``)``."""


def opens_item(raw: str) -> bool:
    """True for a line that opens with a list marker: a bullet or a number, then a space.

    >>> opens_item("  * Home"), opens_item(" 12. Item"), opens_item("Plain text")
    (True, True, False)
    >>> opens_item("-5 degrees"), opens_item("12345. A number")
    (False, False)
    """
    indent = len(raw) - len(raw.lstrip())
    return marker_end(raw, indent) > indent


def marker_end(line: str, indent: int) -> int:
    """Where the text of a line starts: after its indent and its list marker, if it has one.

    >>> marker_end("  * Home", 2), marker_end(" 12. Item", 1), marker_end("Plain", 0)
    (4, 5, 0)
    """
    first = line[indent : indent + 1]
    if first in BULLETS and line[indent + 1 : indent + 2] == " ":
        end = indent + 2
    elif first.isdigit():
        digits = indent
        while digits < len(line) and digits - indent < MAX_ITEM_NUMBER and line[digits].isdigit():
            digits += 1
        if line[digits : digits + 1] not in (".", ")") or line[digits + 1 : digits + 2] != " ":
            return indent
        end = digits + 2
    else:
        return indent
    while end < len(line) and line[end] == " ":
        end += 1
    return end


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
