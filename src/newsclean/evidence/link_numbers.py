"""Link numbers of terminal-browser dumps: ``[12]`` before each link's text.

``lynx -dump`` and ``w3m -dump`` number every link and print the number in
brackets where the link stood ("read [12]the report"), then list the
addresses at the end. The numbers are no part of the text: left in, each one
splits the words around it. Plain string search, no patterns: a ``[`` then at
most :data:`MAX_DIGITS` digits then ``]``.
"""

from __future__ import annotations

MAX_DIGITS = 5
"""A link number has at most this many digits (a dump with 99,999 links is no page)."""


def link_numbers(text: str, max_digits: int = MAX_DIGITS) -> list[tuple[int, int]]:
    """Start and end offsets of the ``[digits]`` link numbers in ``text`` (of at most
    ``max_digits`` digits).

    >>> link_numbers("Read [3]the report, or [12] this.")
    [(5, 8), (23, 27)]
    >>> link_numbers("[note] [] [123456] [4a]")
    []
    """
    found: list[tuple[int, int]] = []
    start = 0
    while (opening := text.find("[", start)) >= 0:
        closing = text.find("]", opening + 1, opening + max_digits + 2)
        if closing > opening + 1 and text[opening + 1 : closing].isdigit():
            found.append((opening, closing + 1))
            start = closing + 1
        else:
            start = opening + 1
    return found


def without_link_numbers(text: str, max_digits: int = MAX_DIGITS) -> str:
    """``text`` with its link numbers cut out.

    >>> without_link_numbers("Read [3]the report here.")
    'Read the report here.'
    """
    parts, start = [], 0
    for opening, closing in link_numbers(text, max_digits):
        parts.append(text[start:opening])
        start = closing
    parts.append(text[start:])
    return "".join(parts)
