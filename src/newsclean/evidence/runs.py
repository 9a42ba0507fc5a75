"""The heaviest run: the stretch of a sequence with the largest total weight.

Both main-content choices that read a page as a line of weighed pieces (text
dumps by line, HTML by block in the density fallback) look for the same thing:
the contiguous stretch whose weights add up to the most. One linear pass finds it.
"""

from __future__ import annotations

from collections.abc import Sequence


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
