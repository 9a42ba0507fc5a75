"""The heaviest run: the stretch of a sequence with the largest total weight.

Both main-content choices that read a page as a line of weighed pieces (text
dumps by line, HTML by block in the density fallback) look for the same thing:
the contiguous stretch whose weights add up to the most. One linear pass finds it.
A dump's lines are grouped into runs of consecutive lines here too.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, pairwise
from operator import attrgetter, itemgetter, methodcaller, ne

from ..model import Block


def heaviest_run(weights: Sequence[float]) -> tuple[int, int] | None:
    """First and last position of the stretch with the largest positive total; None if none.

    The earliest such stretch wins a tie.

    >>> heaviest_run([-5, 10, -2, 8, -30, 4])
    (1, 3)
    >>> heaviest_run([-1, -2]) is None
    True
    """
    best, best_low, best_high = 0.0, -1, -1
    total, low = 0.0, 0
    for position, weight in enumerate(weights):
        if total <= 0:
            total, low = 0.0, position
        total += weight
        if total > best:
            best, best_low, best_high = total, low, position
    return None if best_low < 0 else (best_low, best_high)


def line_numbers(block: Block) -> tuple[int, int]:
    """The first and last dump lines a block came from (``where`` is ``"line 12"``, or
    ``"lines 3-5"`` for a paragraph joined from wrapped lines); (-1, -1) if unknown.

    >>> line_numbers(Block(0, "x", "x", where="lines 3-5")), line_numbers(Block(0, "x", "x"))
    ((3, 5), (-1, -1))
    """
    where = block.where
    if where.startswith("line ") and where[5:].isdigit():
        return int(where[5:]), int(where[5:])
    first, _, last = where[6:].partition("-")
    if where.startswith("lines ") and first.isdigit() and last.isdigit():
        return int(first), int(last)
    return -1, -1


def runs(blocks: Sequence[Block]) -> list[list[int]]:
    """Positions of the blocks grouped into runs of consecutive lines (split at blank lines)."""
    numbers = _line_numbers(blocks)
    if numbers:  # one line a block (most dumps): a run breaks where a number skips
        size = len(numbers)
        breaks = compress(range(1, size), map(ne, numbers[1:], map((1).__add__, numbers)))
        return [list(range(low, high)) for low, high in pairwise((0, *breaks, size))]
    found: list[list[int]] = []
    previous = -2
    for position, block in enumerate(blocks):
        where = block.where
        if where.startswith("line ") and where[5:].isdigit():  # a dump's one line, inline
            first = last = int(where[5:])
        else:
            first, last = line_numbers(block)
        if found and first == previous + 1 and first >= 0:
            found[-1].append(position)
        else:
            found.append([position])
        previous = last
    return found


def _line_numbers(blocks: Sequence[Block]) -> list[int] | None:
    """The dump line of each block when each came from one line (``where`` is ``"line 12"``,
    read by C-level maps); None when one did not."""
    wheres = list(map(_WHERE, blocks))
    if not all(map(methodcaller("startswith", "line "), wheres)):
        return None
    tails = list(map(itemgetter(slice(5, None)), wheres))
    if not all(map(str.isdigit, tails)):
        return None
    return list(map(int, tails))


_WHERE = attrgetter("where")


def best_region(weights: Sequence[float]) -> tuple[int, int] | None:
    """First and last position of the stretch with the largest total weight (None if <= 0).

    Lines of weight zero at its edges join it (ties keep).

    >>> best_region([-1, 5, -2, 4, -9, 3])
    (1, 3)
    >>> best_region([0, 5, 0, -1])
    (0, 2)
    >>> best_region([-1, -2]) is None
    True
    """
    found = heaviest_run(weights)
    if found is None:
        return None
    best_low, best_high = found
    while best_low > 0 and weights[best_low - 1] >= 0:
        best_low -= 1  # ties keep: lines that weigh nothing at the edges stay with the region
    while best_high + 1 < len(weights) and weights[best_high + 1] >= 0:
        best_high += 1
    return best_low, best_high
