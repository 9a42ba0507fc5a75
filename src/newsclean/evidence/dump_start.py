"""Where an article of a text dump starts: the stretch under its headline line.

A dump's headline line (the page title's echo, `echo.headline_position`) is
followed by the story's furniture: a kicker, the byline, the date, share
buttons, "Save story", an image credit. Other rules remove most of them, but
they still count toward the region rule's *wall* (a long stretch without
prose), so a wall could rise between the headline and the lede and hide the
story under it. Lines other rules removed are already gone: here only the lines
still standing count, up to the story's first prose line.
"""

from __future__ import annotations

from collections.abc import Sequence

from .dates import find_date
from .phrases import BYLINE_LEADS


def under_headline(
    weights: Sequence[float],
    prose: Sequence[int],
    live: Sequence[bool],
    headline: int,
    wall_lines: int,
    wall: float,
) -> tuple[int, int]:
    """The stretch ``[start, end)`` in which to look for the story under the headline line.

    ``weights`` are the lines' weights (``wall`` for a line deep in a stretch without
    prose), ``prose`` their prose words, ``live`` the lines no rule removed, and
    ``headline`` the headline line's position. The stretch opens past the walls right
    under the headline and closes at the first wall after the story's first prose line,
    when that line comes before ``wall_lines`` lines still standing without prose;
    else at the first wall.

    >>> W = -1e9
    >>> under_headline([0, -2, W, W, 30, 9, W], [0, 0, 0, 0, 30, 9, 0],
    ...                [True, True, False, False, True, True, True], 0, 3, W)
    (1, 6)
    >>> under_headline([0, -2, W, W, 30, 9, W], [0, 0, 0, 0, 30, 9, 0],
    ...                [True, True, True, True, True, True, True], 0, 2, W)
    (1, 2)
    """
    size = len(weights)
    start = headline + 1
    while start < size and weights[start] == wall:
        start += 1  # the byline, date and share lines under the headline
    standing = 0
    first = start
    while first < size and not prose[first] and standing <= wall_lines:
        standing += live[first]
        first += 1
    if first >= size or not prose[first] or standing > wall_lines:
        first = start
    end = next((i for i in range(first, size) if weights[i] == wall), size)
    return start, end


HEADER_LINES = 3
"""At most this many lines still standing above the byline or date may be the story's
header (a summary, a caption, "Read in app")…"""
HEADER_WORDS = 200
"""…holding at most this many words; more is the story itself. A lead photo's or video's
caption can run long (one of 186 words over a one-line summary, with "Link copied" under
it): at 80 words such a header was kept as the story's start. At 200, no scrapinghub dump
of any flavour changes, and Mercury's start check gains one development page."""


def past_header(
    words: Sequence[int],
    live: Sequence[bool],
    prose: Sequence[int],
    low: int,
    high: int,
    texts: Sequence[str],
) -> int:
    """The region's start, moved past the story's header: the few lines above the byline
    or the date (a summary, a photo's caption, an app prompt) when other rules removed
    that byline or date (``is_mark``), or it is a line of no prose that reads as one (a
    byline no rule took: "By Reuters"), and prose follows.

    ``words`` are the lines' words, ``live`` the lines no rule removed, ``prose`` their
    prose words, ``low`` and ``high`` the region's first and last line, ``texts`` the lines.

    >>> lines = ["Summary.", "Read in app", "A caption.", "By Jane Doe", "The story."]
    >>> past_header([12, 3, 40, 3, 50], [True, True, True, False, True], [12, 0, 40, 0, 50],
    ...             0, 4, lines)
    4
    >>> past_header([12, 3, 190, 3, 50], [True, True, True, False, True], [12, 0, 190, 0, 50],
    ...             0, 4, lines)
    0
    >>> past_header([12, 3, 40, 2, 50], [True, True, True, True, True], [12, 0, 40, 0, 50],
    ...             0, 4, lines)
    4
    """
    start, standing, held, marked = low, 0, 0, False
    for position in range(low, high + 1):
        if not live[position] or (not prose[position] and is_mark(texts[position])):
            marked = marked or is_mark(texts[position])  # a byline no rule took is one too
            continue
        if marked and prose[position] and position > low:
            start = position
        if standing >= HEADER_LINES:
            break
        standing += 1
        held += words[position]
        if held > HEADER_WORDS:
            break
        marked = False
    return start


MARK_CHARS = 120
"""A byline or date line is at most this long (a longer line is text that quotes a date)."""
EMBED_SIGNS = ("—", "–", "-")
"""A dated line opening with a dash signs an embedded post ("— Jane Doe (@jane) March 3,
2024") set in the story, under its first paragraph as often as anywhere: no byline."""
_BY = tuple(f"{lead} " for lead in BYLINE_LEADS)


def is_mark(text: str) -> bool:
    """True for a line that reads as a byline or a date, the header's last lines.

    >>> is_mark("By Alyssa Newcomb"), is_mark("Dec. 13, 2016, 12:31 PM UTC")
    (True, True)
    >>> is_mark("Advertisement"), is_mark("Share this story")
    (False, False)
    >>> is_mark("— The Daily Courier (@courier) March 3, 2024")
    False
    """
    if len(text) > MARK_CHARS or text.startswith(EMBED_SIGNS):
        return False
    return text.casefold().startswith(_BY) or find_date(text) is not None
