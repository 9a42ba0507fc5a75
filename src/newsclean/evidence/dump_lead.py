"""Where a dump's story starts under its headline: past the summary set above its byline.

Between a headline and the story's first paragraph, pages put a summary (the
standfirst), a lead photo's caption or a promotion ("Breaking News Emails: get
alerts…"), then the byline and the date. Each of these is a sentence or two, so
the region rule weighs it as prose and the region opens on it. The byline or the
date line below gives it away: a story does not stop after a sentence or two for
its writer's name. So under a headline, short pieces of prose with a byline or
date line under the last of them (removed by another rule or not) are skipped,
again and again, while the skipped prose stays short and a story of some length
still follows. The story then opens on the first line still standing under that
byline or date (a photo credit, a dateline, a greeting), so what may be the
story's is kept.

An ad label, an image credit or a share bar is no such line: it sits between a
story's paragraphs as often as above them.
"""

from __future__ import annotations

from collections.abc import Sequence

from .dump_start import is_mark

LEAD_WORDS = 40
"""A piece above a byline holds at most this many prose words (a summary, a caption); a
longer one is the story's own first paragraph."""
LEAD_BUDGET = 120
"""At most this many prose words in all are skipped above the story."""


def past_lead(
    prose: Sequence[int],
    live: Sequence[bool],
    texts: Sequence[str],
    low: int,
    high: int,
    min_story: int,
) -> int:
    """The region's start, moved past the short pieces of prose set above a byline or date.

    ``prose`` holds each line's prose words (0 for a line that is no prose), ``live`` the
    lines no rule removed, ``texts`` the lines; the region runs from ``low`` to ``high``.
    A piece is a run of prose lines (:data:`LEAD_WORDS` at most). The pieces up to one
    with a byline or date line (``is_mark``, removed or not) between it and the next
    prose line are skipped when ``min_story`` prose words follow to the region's end; the
    pieces skipped hold :data:`LEAD_BUDGET` words at most.

    >>> lines = ["A summary.", "By Jane Doe", "The story.", "More of it."]
    >>> past_lead([12, 0, 30, 30], [True] * 4, lines, 0, 3, 40)
    2
    >>> past_lead([12, 0, 30, 30], [True, False, True, True], lines, 0, 3, 40)
    2
    >>> past_lead([12, 0, 30, 30], [True] * 4, lines, 0, 3, 80)
    0
    >>> past_lead([12, 0, 30, 30], [True] * 4, ["A summary.", "Share", "A", "B"], 0, 3, 40)
    0
    >>> lines = ["A summary.", "Daily bulletin", "Sign up.", "By Jane Doe", "The story."]
    >>> past_lead([12, 0, 12, 0, 60], [True] * 5, lines, 0, 4, 40)
    4
    """
    skipped = pending = 0
    remaining = sum(prose[low : high + 1])
    position = low
    while True:
        piece, start, marked = _piece(prose, live, texts, position, high)
        pending += piece
        if start > high or piece > LEAD_WORDS or skipped + pending > LEAD_BUDGET:
            return low
        if remaining - pending < min_story:
            return low
        if marked:
            skipped += pending
            remaining -= pending
            pending = 0
            low = start
        position = start


def _piece(prose: Sequence[int], live: Sequence[bool], texts: Sequence[str], low: int,
           high: int) -> tuple[int, int, bool]:
    """The prose words of the piece opening at ``low``; where the next piece opens (the
    first line still standing under the last byline or date line before it, if any;
    ``high + 1`` when no prose follows); and whether such a line was there."""
    words, position = 0, low
    while position <= high and prose[position] and live[position]:
        words += prose[position]
        position += 1
    mark = -1
    while position <= high and not (prose[position] and live[position]):
        if is_mark(texts[position]):
            mark = position
        position += 1
    if not words or position > high:
        return words, high + 1, False
    if mark < 0:
        return words, position, False
    return words, next(i for i in range(mark + 1, position + 1) if live[i]), True
