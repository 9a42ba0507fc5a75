"""A dump's byline without 'By', told by where it stands: next to the page's headline, with a
date beside it.

A byline whose name is a link loses its lead in a dump ('Tom Krisher, AP Auto Writer' over
'Updated 1:39 am EST, November 20, 2019'; 'November 20, 2019 [135]Jane Doe' under the
standfirst). A bare name is a menu item or a teaser's writer anywhere else, so two pieces
of evidence must meet: the page's own headline just above (the line the dump's first line,
the page's title, holds, or the line that says the address's slug: a teaser list pairs a
writer and a date too, but under another story's headline), and a date on the name's line,
on the line under it, or on the line over the headline. Nothing else is guessed.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..evidence.dates import RELATIVE_SPAN, TIME_SPAN, find_date
from ..evidence.line_view import view_of
from ..evidence.names import DATE_LINE_WORDS, is_menu_label
from ..evidence.phrases import DATE_FILLERS
from ..evidence.slug import anchors, least_anchor, slug_words
from ..model import Action, Block, Field, Finding, Page
from .names import BYLINE_SEPARATORS, LINK_NUMBER, NameReader

HEADLINE_WORDS = 3
"""A headline over a byline's name has at least this many words (fewer: a label)."""
NAMES_LINE_WORDS = 10
"""A bare byline line has at most this many words: two names, a role and an agency ('Meg
Kinnard and Ann Lee, Associated Press')."""
DATED_LINE_WORDS = 16
"""A line holding a date and a name has at most this many words (the date, the name, a few
section links after them)."""
STANDFIRST_WORDS = 15
"""A line of this many words between the headline and a dated name is the standfirst (the
summary under the headline), not a label."""
_FILLERS = frozenset(DATE_FILLERS) | {"|", "-", "–", "—", "•", "·", "/", ","}
"""Words and marks between a date and the name after it ('21/06/2014 | Jane Doe')."""


def headline_bylines(page: Page, names: NameReader, headline: PageHeadline) -> Iterable[Finding]:
    """The first byline beside the page's headline with a date next to it (the module says
    which shapes): one finding naming the authors, or none."""
    view = view_of(page)
    blocks = page.blocks
    if not view.aligned or len(blocks) < 4:
        return
    for position in sorted(view.digits):
        block = blocks[position]
        if position < 2 or block.words > DATED_LINE_WORDS:
            continue
        found = (_name_over_date(blocks, position, headline, names)
                 or _name_on_dated_line(blocks, position, headline, names)
                 or _name_under_dated_headline(blocks, position, headline, names))
        if found is not None:
            line, authors, reason = found
            yield Finding(line.index, Action.NOTE, reason,
                          tuple((Field.AUTHOR, n) for n in authors))
            return


class PageHeadline:
    """Tells whether a line is the page's own headline: held by the dump's first line (the
    page's title), or saying the address's slug again. Each block is judged once; a line
    holding too few of the slug's words as substrings is not read further."""

    def __init__(self, page: Page) -> None:
        self._title = page.blocks[0].text.casefold() if page.blocks else ""
        self._slug = slug_words(page.url)
        self._need = least_anchor(self._slug)
        self._seen: dict[int, bool] = {}

    def __call__(self, block: Block) -> bool:
        if block.words < HEADLINE_WORDS:
            return False
        known = self._seen.get(block.index)
        if known is None:
            known = self._seen[block.index] = self._judge(block.text.strip().casefold(),
                                                          block.text)
        return known

    def _judge(self, low: str, text: str) -> bool:
        if low in self._title:
            return True
        return bool(self._slug) and anchors(text, low, self._slug, self._need)


LED_UNDER_HEADLINE = "byline under the headline"
"""The source of a 'By' line right under the page's headline: the decider takes it before
any other byline of the dump (teasers above the story carry 'By' lines too)."""


def led_under_headline(page: Page, names: NameReader,
                       headline: PageHeadline) -> Iterable[Finding]:
    """The first 'By …' line right under the page's headline, or under its standfirst, as a
    page finding whose source says so ('by Rahul 0' over a teaser above it loses to 'by
    Jane Doe 0' under the headline)."""
    view = view_of(page)
    blocks = page.blocks
    if not view.aligned or len(blocks) < 3:
        return
    for position in sorted(view.headed(names.heads)):
        if position < 2 or blocks[position].words > DATED_LINE_WORDS:
            continue
        above = blocks[position - 1]
        if not (headline(above) or (above.words >= STANDFIRST_WORDS
                                    and headline(blocks[position - 2]))):
            continue
        found = names.byline_names(blocks[position].text)
        if found:
            yield Finding(None, Action.NOTE, f"{LED_UNDER_HEADLINE} line {blocks[position].index}",
                          tuple((Field.AUTHOR, n) for n in found))
            return


def over_the_headline(line: Block, after: Block | None, headline: PageHeadline) -> bool:
    """True when a bare name line stands right over the page's headline, or holds the line
    after it whole: a menu's last item or a kicker ('Back Street Heroes' over the headline),
    or a breadcrumb that ends in the headline ('Home News Actress, Jane Doe Is Back'), never
    the byline, which stands under the headline."""
    if after is None or after.words < HEADLINE_WORDS:
        return False
    return after.text.strip().casefold() in line.text.casefold() or headline(after)


Found = tuple[Block, tuple[str, ...], str]
"""The line that names the authors, the names, and the reason."""


def _dated(text: str) -> bool:
    """True when a short line is a date ('Nov. 20, 2019 1:35 a.m.', '1 day ago')."""
    return find_date(text) is not None or RELATIVE_SPAN.search(text) is not None


def _bare_names(text: str, names: NameReader) -> tuple[str, ...]:
    """The names of a bare byline line, none of them a menu label; ()."""
    found = names.byline_names(text, lead_required=False, min_words=2)
    return () if any(is_menu_label(n) for n in found) else found


def _name_over_date(blocks: tuple[Block, ...], position: int, headline: PageHeadline,
                    names: NameReader) -> Found | None:
    """'Jane Doe, Staff Writer' between the headline and a dateline."""
    if position < 3 or blocks[position].words > DATE_LINE_WORDS:
        return None
    line = blocks[position - 1]
    if line.words > NAMES_LINE_WORDS or not headline(blocks[position - 2]):
        return None
    if not _dated(blocks[position].text):
        return None
    found = _bare_names(line.text, names)
    return (line, found, "name between the headline and the date") if found else None


def _name_on_dated_line(blocks: tuple[Block, ...], position: int, headline: PageHeadline,
                        names: NameReader) -> Found | None:
    """'November 20, 2019 Jane Doe' or 'Jane Doe 2019-11-20 14:35' right under the headline,
    or under the standfirst under it."""
    above = blocks[position - 1]
    if not (headline(above) or (above.words >= STANDFIRST_WORDS
                                and headline(blocks[position - 2]))):
        return None
    line = blocks[position]
    date = find_date(line.text)
    if date is None:
        return None
    if any(ch.isalpha() for ch in line.text[:date.start]):
        found = _bare_names(line.text, names)  # the name first: the reader cuts the date
    else:
        found = _bare_names(_first_segment(line.text[date.end:], names), names)
    return (line, found, "name beside the date under the headline") if found else None


def _name_under_dated_headline(blocks: tuple[Block, ...], position: int, headline: PageHeadline,
                               names: NameReader) -> Found | None:
    """A dateline over the headline, the name under it ('Wednesday 20 November 2019' /
    headline / 'Jane Doe')."""
    if position + 2 >= len(blocks) or blocks[position].words > DATE_LINE_WORDS:
        return None
    line = blocks[position + 2]
    if line.words > NAMES_LINE_WORDS or not headline(blocks[position + 1]):
        return None
    if find_date(blocks[position].text) is None:
        return None
    found = _bare_names(line.text, names)
    return (line, found, "name under the dated headline") if found else None


def _first_segment(text: str, names: NameReader) -> str:
    """What follows a date on its line, less its clock time and fillers ('9:22 am | '), up
    to the next link or separator: the names; the links after them are the story's sections
    ('21/06/2014 [73]Jane Doe [74]All, [75]Kit Reviews'). A link after a joiner is the next
    name ('[12]Jane Doe and [13]John Roe')."""
    joiners = {j.casefold() for j in names.joiners}
    tokens: list[str] = []
    for token in text.split():
        link = LINK_NUMBER.match(token)
        if link is not None:
            joined = tokens and (tokens[-1].casefold() in joiners or tokens[-1].endswith(","))
            tokens.extend([] if joined or not tokens else ["|"])
            token = token[link.end():]
        if token:
            tokens.append(token)
    while tokens and (tokens[0].casefold() in _FILLERS or TIME_SPAN.match(tokens[0])):
        tokens.pop(0)
    rest = " ".join(tokens)
    for separator in BYLINE_SEPARATORS:
        rest = rest.split(separator, 1)[0]
    return rest
