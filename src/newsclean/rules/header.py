"""The page header: masthead and dateline (the title: ``rules/title.py``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from ..evidence import phrases
from ..evidence.date_labels import UPDATE_LABELS, is_label
from ..evidence.dates import RELATIVE_SPAN, RELATIVE_WORDS, TIME_SPAN, find_date
from ..evidence.line_view import LineView, live_view_of
from ..evidence.link_numbers import without_link_numbers
from ..evidence.patterns import compile, words
from ..evidence.shape import block_is_body_like
from ..model import Action, Block, Field, Finding, Page, SourceKind, Verdicts
from .chrome import COUNTER
from .names import NAMES, NameReader
from .zones import body_start, header_has_chrome

_SEPARATORS = compile(r"(?<!\s)\s*+[|•·–—]\s*+|(?<!\s)\s++-\s++")
"""Between the parts of a dateline. Each alternative starts where a blank run starts,
so a long run of blanks is scanned once, not once per position."""
_FILLER = compile(rf"^(?:{words(phrases.DATE_FILLERS)}|[\W\d_])*$")
_LETTERS = compile(r"\p{L}")
_WORD_CHAR = compile(r"[\p{L}\p{N}]")
_EDGE_FILLERS = compile(
    rf"^(?:{words(phrases.DATE_FILLERS)}(?!\w)[\s,:]*+)++"
    rf"|(?<![\s,:])(?:[\s,:]++{words(phrases.DATE_FILLERS)})++$"
)
"""Filler words at the ends of a dateline part ('Posted by Jane Doe on' has 'Posted', 'on')."""
_PART_EDGE = " |•·–—-"
"""Separators a dateline part may still start with, after a date was cut out before it."""
_NAME_WORD = compile(r"^[\p{P}\p{S}]*[\p{Lu}\d]", ignore_case=False)
_LOWER_NAME_WORDS = frozenset(
    w for phrase in (*phrases.CREDIT_AGENCIES, *phrases.NAME_PARTICLES) for w in phrase.split()
)


ADDRESS_STARTS = ("http://", "https://", "file://", "mailto:")
"""A dump line opening like this is a web address (a lynx or w3m reference; lynx writes a
page's own links as ``file://``). No date, date filler, label, counter or place starts so
(``tests/rules/test_dateline.py`` checks the date pattern)."""
ADDRESS_HEADS = ("http", "https", "file", "mailto")
"""The first words of :data:`ADDRESS_STARTS`: a byline lead among them reads such lines."""
MARKER_DIGITS = 5
"""A link number before an address ('[82] https://…', w3m's list of links) has at most
this many digits."""


def _address(text: str) -> bool:
    """True for a line opening with a web address, alone or after a link number and a
    blank ('[82] https://…', as w3m lists its links): never a dateline.

    Its first part (up to a separator, a date or a relative date, none of which can start
    inside the number or at the address) is the number and the address: no date filler
    or label starts like an address, it is no counter, no byline (unless a byline lead is
    an address's first word: the caller checks) and no place (a place's words are
    capitalised; '[82]https://…' would read as one, so the blank is required).
    """
    if text.startswith(ADDRESS_STARTS):
        return True
    if not text.startswith("["):
        return False
    close = text.find("] ", 2, MARKER_DIGITS + 3)
    number = text[1:close]
    return (close > 0 and number.isdigit() and number.isascii()
            and text.startswith(ADDRESS_STARTS, close + 2))


def _date_hints(view: LineView) -> tuple[frozenset[int], set[int]]:
    """Positions of the page's lines with a digit, and of those that may hold a relative date.

    Read from the page's line view. A relative date needs one of its words; a plain
    look in lower case finds them all, except on a line with a letter of FOLDS_TO_ASCII,
    which may hold one.
    """
    if view.odd_case:  # the lower case of the page no longer names its lines: line by line
        worded = {i for i, t in zip(view.lines, view.texts, strict=True)
                  if any(map(t.lower().__contains__, RELATIVE_WORDS))}
    else:
        worded = view.holding(RELATIVE_WORDS)
    # only a letter of FOLDS_TO_ASCII matches an ASCII one in another case (checked for the
    # library's patterns by tests/rules/test_line_gates.py): a line with one may hold a
    # relative date its lower case does not show
    worded |= view.folds
    return view.digits, worded


PLACE_WORDS = 3
"""A dateline's place or source ('Berlin (dpa)') has at most this many words."""
MASTHEAD_WORDS = 6
"""A masthead ('THE AMERICA ONE NEWS') has at most this many words."""


def _place_or_source(part: str) -> bool:
    """True for the one place or source a dateline may name: 'London', 'Remer,MN', 'Berlin (dpa)'.

    At most three words, each capitalised (or a number, or a lower-case agency
    or name particle), so 'Today, the council voted.' is not a dateline.
    """
    tokens = part.split()
    return len(tokens) <= PLACE_WORDS and all(
        _NAME_WORD.search(t) or t.strip("()[],.").lower() in _LOWER_NAME_WORDS for t in tokens
    )


def _period(first: object, later: Sequence[object], rest: str) -> bool:
    """True for a line that is two days and nothing else, the second after the first ('29
    November 2018 | 20 January 2019'): an event's or an exhibition's run, not the story's
    date. A dateline naming an update says so ('Updated …') or gives a time."""
    if len(later) != 1 or _LETTERS.search(rest) is not None or any(c.isdigit() for c in rest):
        return False
    end = later[0]
    return (type(first) is dt.date and type(end) is dt.date  # a datetime is no bare day
            and end > first)


MIN_TAGS = 2
"""A list of tags after a date holds at least this many comma-separated items."""


def _tag_list(part: str) -> bool:
    """True for a list of short capitalised items ('Tony Carter All, Books, Kit Reviews'):
    a blog post's categories, run into the line that opens with its date. Each item is
    what :func:`_place_or_source` accepts, so a clause ('the council voted') is none.
    """
    items = part.split(",")
    return len(items) >= MIN_TAGS and all(
        item.strip() and _place_or_source(item.strip()) for item in items)


_AGENCIES = frozenset(a.casefold() for a in phrases.CREDIT_AGENCIES)


def is_agency(text: str) -> bool:
    """True for the name of an agency alone ('Reuters', 'The Associated Press'): in a
    dateline's source slot, or on the line over it, the story's credit.

    >>> is_agency("The Associated Press"), is_agency("Grass Valley")
    (True, False)
    """
    name = text.strip(" ,.()").casefold()
    return name.removeprefix("the ") in _AGENCIES


MORE_DATES = 2
"""A dateline names at most this many dates after the first (an update, a modification)."""


@dataclass(frozen=True, slots=True)
class DatelineRule:
    """Datelines ('Feb 25, 2025 | ', 'Published 3 March 2024 10:15 CET'), into the date.

    A line counts when every part of it is a date, a time, a filler word such
    as 'Updated', a byline, a reading time, or one short place or source name
    (at most three capitalised words).
    """

    name: str = "dateline"
    max_words: int = 16
    """Longer lines are prose that mentions a date, not datelines."""
    names: NameReader = NAMES
    """The name vocabularies, for bylines inside a dateline."""

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        limit = self.max_words
        blocks = page.blocks
        digits, worded = _date_hints(live_view_of(page, verdicts))  # lines not removed
        # A line opening with a web address is no dateline (_address); the date pattern
        # is slow on long addresses, which lynx and w3m list by the hundred.
        addresses = not any(map(self.names.may_lead, ADDRESS_HEADS))
        found: list[Finding] = []
        for position in sorted(digits | worded):  # only these may hold a date
            block = blocks[position]
            if block.words > limit or verdicts.removed(block.index):
                continue
            if addresses and _address(block.text):
                continue
            finding = self._read(block.index, block.text, digits=position in digits,
                                 worded=position in worded)
            if finding is not None:
                credit = _agency_over(blocks, verdicts, position, finding)
                found.extend((credit, finding) if credit is not None else (finding,))
        if page.source is SourceKind.TEXT and _dates(found) > 1:
            # the first dateline reported gives the date: one just above the story
            # beats a masthead's 'today' above the menus
            found = _story_first(page, verdicts, found)
        yield from found

    def _read(self, index: int, text: str, *, digits: bool, worded: bool) -> Finding | None:
        """The dateline finding of a line with a digit (``digits``) or that may hold a
        relative date (``worded``, see :func:`_date_hints`)."""
        date = find_date(text) if digits else None  # every date has a year
        relative = RELATIVE_SPAN.search(text) if worded else None
        if date is None and relative is None:
            return None
        rest = text
        if date is not None:
            rest = text[: date.start] + " | " + text[date.end :]
            later_days = []
            for _ in range(MORE_DATES):  # 'Published … | Updated …': the later dates are fillers
                later = find_date(rest)
                if later is None:
                    break
                later_days.append(later.value)
                rest = rest[: later.start] + " | " + rest[later.end :]
            if _period(date.value, later_days, rest):
                return None
        if worded:
            rest = RELATIVE_SPAN.sub(" | ", rest)
        if digits:  # a time has digits; what replaced a date or a relative span has none
            rest = TIME_SPAN.sub(" ", rest)
        authors: list[str] = []
        agency: str | None = None
        others = 0
        tagged = False  # the line's date is read, the line is left to the other rules
        for part in _SEPARATORS.split(rest):
            # a date put in before a separator leaves one at the part's start
            # ('February 1, 2019 | BY: Jane Doe, MS' gives '| BY: Jane Doe, MS')
            part = part.strip(" ,:;.").lstrip(_PART_EDGE)
            if not part or _FILLER.search(part) or is_label(part):  # '기사입력 :['
                continue
            names = (self.names.byline_names(part)
                     or self.names.byline_names(_EDGE_FILLERS.sub("", part)))
            if names:
                authors.extend(names)
            elif COUNTER.matches(part):  # '5 min read' beside the date
                continue
            elif others == 0 and _place_or_source(part):
                others += 1
                agency = part if is_agency(part) else None  # 'Reuters November 18, 2019'
            elif (others == 0 and date is not None and _tag_list(part)
                  and not without_link_numbers(text[:date.start]).strip()):
                others += 1  # '21/06/2014 Jane Doe News, Books, Kit Reviews': a post's
                # meta line, its writer and categories run together (no person is read)
                tagged = True
            else:
                return None
        data: tuple[tuple[Field, object], ...] = ()
        if date is not None:
            # 'Updated 12:24 am EST, November 20, 2019' dates the last change: a published
            # date elsewhere wins, and without one the modified date stands in
            updated = text.lstrip(_PART_EDGE).casefold().startswith(UPDATE_LABELS)
            data += ((Field.MODIFIED if updated else Field.PUBLISHED, date.value),)
        data += tuple((Field.AUTHOR, a) for a in authors)
        data += ((Field.ORGANISATION, agency),) if agency and not authors else ()
        # a line of categories is only noted: which header lines go is the region rule's
        # call, and the title rules read the lines it keeps over the story
        return Finding(index, Action.NOTE if tagged else Action.REMOVE, "dateline", data)


def _agency_over(blocks: Sequence[Block], verdicts: Verdicts, position: int,
                 finding: Finding) -> Finding | None:
    """The agency a line of its own credits just over a dateline that names nobody ('The
    Associated Press' over 'Published Monday, November 18, 2019'); the line stays."""
    if position == 0 or any(f in (Field.AUTHOR, Field.ORGANISATION) for f, _ in finding.data):
        return None
    above = blocks[position - 1]
    if above.words > PLACE_WORDS or verdicts.removed(above.index) or not is_agency(above.text):
        return None
    return Finding(above.index, Action.NOTE, "agency over the dateline",
                   ((Field.ORGANISATION, above.text.strip(" ,.")),))


STORY_GAP = 3
"""A dateline is 'above the story' when a body-like block follows within this many blocks."""


def _dates(findings: Sequence[Finding]) -> int:
    """How many different published or modified dates the findings give."""
    return len({v for f in findings for field, v in f.data
                if field in (Field.PUBLISHED, Field.MODIFIED)})


BARE_WORDS = 4
"""A dateline of at most this many words and no clock time is a bare date
('November 20, 2019', 'Wednesday, 20th November 2019'): a masthead's 'today' looks so."""


def _bare(page: Page, finding: Finding) -> bool:
    """True for a dateline that is a date alone: no clock time, no byline, a few words."""
    if finding.index is None:
        return False
    block = page.blocks[finding.index]
    return (block.words <= BARE_WORDS and len(finding.data) == 1
            and TIME_SPAN.search(block.text) is None)


def _story_first(page: Page, verdicts: Verdicts, found: list[Finding]) -> list[Finding]:
    """The findings, a full dateline just above the story first when the first date is bare
    and far from the story (a masthead's 'today' above the menus)."""
    dated = [f for f in found if any(k is Field.PUBLISHED for k, _ in f.data)]
    first = dated[0]
    if not _bare(page, first) or _above_story(page, verdicts, first):
        return found
    for finding in dated[1:]:
        if not _bare(page, finding) and _above_story(page, verdicts, finding):
            return [finding, *(f for f in found if f is not finding)]
    if first.index is not None and first.index < OPENING_BLOCKS:
        # a bare date opening the page, over the site's own header: a masthead's or a
        # wrapper's 'today'; any other date of the page is nearer the story, an 'Updated'
        # dateline's too (then the line goes, its date says nothing)
        moved = replace(first, data=()) if len(dated) == 1 else first
        return [*(f for f in found if f is not first), moved]
    return found


OPENING_BLOCKS = 3
"""A bare date among a dump's first blocks stands over everything of the page (a masthead's
or an aggregator's wrapper's 'today'): a later date of the page beats it."""


BARE_BLOCKS = 12
"""Blocks without a letter or a digit ('*', a row of share buttons a dump shows as bare
bullets) that may stand between a dateline and its story: they are not counted in
:data:`STORY_GAP`, up to this many."""


def _above_story(page: Page, verdicts: Verdicts, finding: Finding) -> bool:
    """True when a body-like block not yet removed follows the finding's within STORY_GAP
    blocks that hold a letter or a digit (a lynx dump's share buttons are bare bullets)."""
    index = finding.index
    if index is None:
        return False
    counted = 0
    for block in page.blocks[index + 1 : index + 1 + STORY_GAP + BARE_BLOCKS]:
        if _WORD_CHAR.search(block.text) is None:
            continue
        if not verdicts.removed(block.index) and block_is_body_like(block):
            return True
        counted += 1
        if counted >= STORY_GAP:
            return False
    return False


@dataclass(frozen=True, slots=True)
class MastheadRule:
    """The site's masthead: a short line in capitals opening a page that has a header."""

    name: str = "masthead"
    names: NameReader = NAMES

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        if page.source is not SourceKind.TEXT or not page.blocks or verdicts.removed(0):
            return
        first = page.blocks[0]
        start = body_start(page, verdicts)
        if start == 0 or not header_has_chrome(page, verdicts, start):
            return
        text = first.text
        if self.names.byline_names(text):  # 'BY JANE DOE': a byline in capitals, not a site
            return
        if 1 <= first.words <= MASTHEAD_WORDS and text.isupper() and _LETTERS.search(text):
            yield Finding(0, Action.REMOVE, "masthead", ((Field.SITE_NAME, text),))
