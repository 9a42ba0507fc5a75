"""Where an article of a text dump ends: a heading that opens related links, comments, tags.

After an article most pages go on with lists of other stories ("Related
articles", "More in Sport", "You may also like"), a comment section or a row of
tags. The teasers under such a heading are often whole sentences, so their lines
weigh like prose; the heading above them is the evidence that the article is
over. A heading is a short line that *is* one of the phrases of
:data:`~newsclean.evidence.phrases.END_HEADINGS` (case folded, without a final
colon or ellipsis), or opens like one and stays short ("More in Minnesota
Wild"). Plain string tests only: one casefold and a set lookup per short line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .phrases import END_HEADINGS, END_LEADS, END_NOUNS
from .shape import ends_sentence, is_headline

MAX_HEADING_CHARS = 60
"""A longer line is text, never an end heading ('Related: the mayor's plan…' is a link)."""
MAX_LEAD_WORDS = 6
"""A heading that opens with a lead ('More in …') has at most this many words."""
_TRAILING = " :.…!»›>|-–—"


def ends_article(text: str) -> bool:
    """True for a heading that opens what follows an article.

    >>> ends_article("Related articles"), ends_article("More in Minnesota Wild")
    (True, True)
    >>> ends_article("You may also be interested in..."), ends_article("Tags: Deals")
    (True, True)
    >>> ends_article("More from Space..."), ends_article("More in the spring.")
    (True, False)
    >>> ends_article("More Great Science Stories"), ends_article("Comments (12)")
    (True, False)
    >>> ends_article("Related: the council's plan for the harbour bridge was approved.")
    False
    >>> ends_article("More in the spring, the council said.")
    False
    """
    if len(text) > MAX_HEADING_CHARS:
        return False
    key = text.casefold().rstrip(_TRAILING)
    if key in END_HEADINGS:
        return True
    words = key.split()
    if not words or len(words) > MAX_LEAD_WORDS or _ends_clause(text):
        return False
    if key.startswith(END_LEADS):
        return True
    return words[0] == "more" and len(words) > 1 and words[-1] in END_NOUNS


def _ends_clause(text: str) -> bool:
    """The line ends like a sentence or a clause; a final ellipsis ("More from Space...")
    is a heading's "and more", not a sentence end."""
    stripped = text.rstrip()
    return not stripped.endswith(("...", "…")) and stripped[-1:] in ".!?,;"


CARD_SHARE = 0.6
"""Past an end heading, this share of prose lines each under a line of no prose is a teaser list…"""
MIN_CARDS = 2
"""…when there are at least this many (one paragraph under a link may be the story's last)."""


def article_end(
    texts: Sequence[str],
    prose: Sequence[int],
    live: Sequence[bool],
    region: tuple[int, int],
    min_words: int,
) -> int:
    """The region's last line: cut before an end heading followed by teasers, not the story.

    ``texts`` are the dump's lines, ``prose`` their prose words (0 for others),
    ``live`` tells the lines no rule removed, ``region`` the first and last line
    of the region. A heading ends the region when at least ``min_words`` prose
    words stand above it (a "Related" box before the story's first paragraphs
    does not end it) and what follows it up to the region's end reads as teaser
    cards: a headline over each paragraph. A "Related articles" box in the middle
    of a story is followed by the story's paragraphs, one after another, and does
    not end it; nor does chrome another rule removed between paragraphs (a share
    bar is no headline).

    >>> lines = ["Para one.", "Para two.", "Related", "Title", "Teaser.", "Title", "Teaser."]
    >>> article_end(lines, [30, 30, 0, 0, 20, 0, 20], [True] * 7, (0, 6), 40)
    1
    >>> article_end(lines, [30, 30, 0, 0, 20, 20, 20], [True] * 7, (0, 6), 40)
    6
    """
    low, high = region
    words = 0
    for position in range(low, high + 1):
        if (
            words >= min_words
            and ends_article(texts[position])
            and _cards(texts, prose, live, position, high)
        ):
            return max(low, position - 1)
        words += prose[position]
    return high


def _cards(
    texts: Sequence[str], prose: Sequence[int], live: Sequence[bool], heading: int, high: int
) -> bool:
    """True when the prose lines after ``heading`` (up to ``high``) are teaser cards:
    most of them under a line of no prose (a headline), lines other rules removed
    (a date, a "Read more") skipped; or when neither prose nor a sentence follows (a
    row of tags, a list of headlines, a lone "More from …" at the region's end)."""
    after = range(heading + 1, high + 1)
    if not any(prose[p] or (live[p] and ends_sentence(texts[p])) for p in after):
        return True
    lines = under = 0
    headline = False  # the last line no rule removed is no prose
    for position in range(heading + 1, high + 1):
        if prose[position]:
            lines += 1
            under += headline
        if live[position]:
            headline = not prose[position]
    return lines >= MIN_CARDS and under >= CARD_SHARE * lines


TEASER_WORDS = 3
"""A line of a teaser box has at least this many words (a lone word is a label or a tag)."""


def teaser_boxes(
    texts: Sequence[str],
    prose: Sequence[int],
    live: Sequence[bool],
    region: tuple[int, int],
) -> list[int]:
    """Lines of the boxes of headlines that interrupt a story: an end heading ("More from
    UK", "Related articles") and the run of at least ``MIN_CARDS`` headlines under it.

    A headline is a line with no prose that does not end like a sentence and has at
    least ``TEASER_WORDS`` words; lines other rules removed are skipped. The heading may
    be one of them ("Related articles", which the `related` rule takes): its headlines
    still go. The box ends at the first other line, so the story's paragraphs below it stay.

    >>> lines = ["Para.", "More from UK", "Storm hits the coast", "Rail fares to rise",
    ...          "Para.", "Related", "The mayor said so."]
    >>> teaser_boxes(lines, [30, 0, 0, 0, 30, 0, 0], [True] * 7, (0, 6))
    [1, 2, 3]
    >>> teaser_boxes(lines, [30, 0, 0, 0, 30, 0, 0], [True, False] + [True] * 5, (0, 6))
    [2, 3]
    """
    low, high = region
    found: list[int] = []
    position = low
    while position <= high:
        if not ends_article(texts[position]):
            position += 1
            continue
        box = [position] if live[position] else []  # a heading another rule took opens one too
        headlines = 0
        nxt = position + 1
        while nxt <= high:
            if live[nxt]:
                if not _headline(texts[nxt], prose[nxt]):
                    break
                headlines += 1
                box.append(nxt)
            nxt += 1
        if headlines >= MIN_CARDS:
            found += box
        position = nxt
    return found


def _headline(text: str, prose: int) -> bool:
    """A teaser's headline: no prose, no sentence end, a few words."""
    return not prose and len(text.split()) >= TEASER_WORDS and not ends_sentence(text)


LINKED_WORDS = 4
"""A related story's link set between paragraphs has at least this many words."""


def linked_headlines(
    raws: Sequence[str],
    prose: Sequence[int],
    live: Sequence[bool],
    region: tuple[int, int],
) -> list[int]:
    """Lines of the region that are one whole link shaped like a headline, set alone
    between two paragraphs: another story's headline ("[23]Hong Kong protesters send a
    warning to China"), which lynx and w3m show as a link and the story's text never is.

    ``raws`` are the lines as the dump has them, link numbers included. A line repeated
    on the page (a shop's "Buy now") is left to the other evidence.

    >>> raws = ["The storm hit the coast.", "[12]Rail fares to rise next year",
    ...         "The storm moved on.", "[13]Read more"]
    >>> linked_headlines(raws, [30, 0, 30, 0], [True] * 4, (0, 3))
    [1]
    """
    low, high = region
    standing = [p for p in range(low, high + 1) if live[p]]
    seen = Counter(raws[p].strip() for p in standing)
    found: list[int] = []
    for before, position, after in zip(standing, standing[1:], standing[2:], strict=False):
        if prose[position] or not prose[before] or not prose[after]:
            continue
        text = raws[position].strip().lstrip("*+#- ")
        if not text.startswith("[") or seen[raws[position].strip()] > 1:
            continue
        closing = text.find("]", 1, 8)
        rest = text[closing + 1 :].strip() if closing > 1 else ""
        if (text[1:closing].isdigit() and "[" not in rest
                and len(rest.split()) >= LINKED_WORDS and is_headline(rest)):
            found.append(position)
    return found
