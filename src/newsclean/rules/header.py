"""The page header: masthead, dateline and title."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..evidence import phrases
from ..evidence.date_labels import UPDATE_LABELS, is_label
from ..evidence.dates import DATE_SPAN, RELATIVE_SPAN, RELATIVE_WORDS, TIME_SPAN, find_date
from ..evidence.echo import MAX_PARTS, Echo, echo, title_parts
from ..evidence.line_view import LineView, view_of
from ..evidence.patterns import compile, words
from ..evidence.shape import BODY_WORDS, block_is_body_like, is_headline
from ..evidence.sitename import short_name
from ..evidence.slug import echoes_slug, least_common, slug_words
from ..model import Action, Block, Field, Finding, Page, SourceKind, Verdicts
from .chrome import COUNTER
from .names import NAMES, NameReader
from .zones import body_start, header_has_chrome

_SEPARATORS = compile(r"(?<!\s)\s*+[|•·–—]\s*+|(?<!\s)\s++-\s++")
"""Between the parts of a dateline. Each alternative starts where a blank run starts,
so a long run of blanks is scanned once, not once per position."""
_FILLER = compile(rf"^(?:{words(phrases.DATE_FILLERS)}|[\W\d_])*$")
_LETTERS = compile(r"\p{L}")
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


ADDRESS_STARTS = ("http://", "https://")
"""A dump line opening like this is a web address (a lynx or w3m reference)."""


def _address(text: str) -> bool:
    """True for a line opening with a web address where no date starts: never a dateline.

    Its first part (up to a separator, a date or a relative date, none of which can
    start at an ``h``) opens with ``http``: no date filler starts with ``h``, it is no
    counter, no byline (unless a byline lead is ``http``: the caller checks) and no
    place (a place's words are capitalised).
    """
    return text.startswith(ADDRESS_STARTS) and DATE_SPAN.match(text) is None


def _date_hints(view: LineView) -> tuple[frozenset[int], set[int]]:
    """Positions of the page's lines with a digit, and of those that may hold a relative date.

    Read from the page's line view. A relative date needs one of its words; a plain
    look in lower case finds them all, except on a line with a letter of FOLDS_TO_ASCII,
    which may hold one.
    """
    if view.odd_case:  # the lower case of the page no longer names its lines: line by line
        worded = {i for i, t in enumerate(view.texts)
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
        digits, worded = _date_hints(view_of(page))
        # A line opening with a web address is no dateline (_address); the date pattern
        # is slow on long addresses, which lynx and w3m list by the hundred.
        addresses = not (self.names.may_lead("http") or self.names.may_lead("https"))
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
            for _ in range(MORE_DATES):  # 'Published … | Updated …': the later dates are fillers
                later = find_date(rest)
                if later is None:
                    break
                rest = rest[: later.start] + " | " + rest[later.end :]
        if worded:
            rest = RELATIVE_SPAN.sub(" | ", rest)
        if digits:  # a time has digits; what replaced a date or a relative span has none
            rest = TIME_SPAN.sub(" ", rest)
        authors: list[str] = []
        agency: str | None = None
        others = 0
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
        return Finding(index, Action.REMOVE, "dateline", data)


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
    """How many different published dates the findings give."""
    return len({v for f in findings for field, v in f.data if field is Field.PUBLISHED})


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
    return found


def _above_story(page: Page, verdicts: Verdicts, finding: Finding) -> bool:
    """True when a body-like block not yet removed follows the finding's within STORY_GAP."""
    index = finding.index
    if index is None:
        return False
    return any(block_is_body_like(b) for b in page.blocks[index + 1 : index + 1 + STORY_GAP]
               if not verdicts.removed(b.index))


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


@dataclass(frozen=True, slots=True)
class TitleRule:
    """The title of a dump: the page title's echoed headline, or the headline just over the body.

    First, a dump that opens with its page's ``<title>`` ("Headline | Site") gives the
    title where the headline part comes back as a line of its own (:func:`echoed_title`),
    and the site's name. Else the headline-shaped line just above the body, when it is no
    subheading under prose (:func:`title_above_story`). Else the ``headline`` rule, after
    the region rule, looks above the story.
    """

    name: str = "title"

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        if page.source is not SourceKind.TEXT or verdicts.found(Field.TITLE):
            return
        start = body_start(page, verdicts)
        if not header_has_chrome(page, verdicts, start):
            return
        found = echoed_title(page, verdicts, start)
        if found:
            yield from found
            return
        slugged = slug_title(page, verdicts, start)
        if slugged is not None:
            yield slugged
        site = page_title_site(page, verdicts)
        if site is not None:
            yield Finding(0, Action.NOTE, "page title", ((Field.SITE_NAME, site),))
        above = title_above_story(page, verdicts, start)  # its line goes, its title yields
        if above is not None:
            yield Finding(above.index, Action.REMOVE, "title", ((Field.TITLE, above.text),))


def slug_title(page: Page, verdicts: Verdicts, start: int) -> Finding | None:
    """The line shaped like a headline that best says the address's slug (most sites write
    the headline's words into it): the best one, the last before the story among equals.
    Only noted: which lines the body keeps is the other rules' call (removing it cost the
    dumps' body F1 .001 on the validation half)."""
    slug = slug_words(page.url)
    if not slug:
        return None
    blocks = page.blocks
    view = view_of(page)
    if view.aligned and not view.odd_case:  # the lines holding enough of the words: cheap
        held = Counter(p for word in slug for p in view.holding((word,)))
        need = least_common(slug)
        positions: Iterable[int] = sorted(p for p, n in held.items() if n >= need)
    else:
        positions = range(len(blocks))
    best, score = None, 0.0
    for position in positions:
        block = blocks[position]
        if position == 0:  # the first line may be the page's title, not its headline
            continue
        if block.words > SLUG_LINE_WORDS or verdicts.removed(block.index) \
                or not is_headline(block.text):
            continue
        value = echoes_slug(block.text, slug)
        if value > score or (value == score and value and block.index < start):
            best, score = block, value
    if best is None:
        return None
    return Finding(best.index, Action.NOTE, "title (the address's words)",
                   ((Field.TITLE, best.text),))


SLUG_LINE_WORDS = 30
"""Longer lines are prose, never the headline the slug spells."""


def title_above_story(page: Page, verdicts: Verdicts, start: int) -> Block | None:
    """The headline-shaped line just above the story: the last block before ``start`` that
    no rule removed, unless a line of prose length stands just above it (then it is a
    subheading inside a story that starts higher: the ``headline`` rule looks there)."""
    kept = [b for b in page.blocks[:start] if not verdicts.removed(b.index)]
    if not kept or not is_headline(kept[-1].text):
        return None
    # the first line of a few words above it, past markers and labels ('[vc]', '•')
    higher = next((b for b in reversed(kept[:-1]) if b.words >= MARKER_WORDS), None)
    if higher is not None and higher.words >= BODY_WORDS:
        return None
    return kept[-1]


MARKER_WORDS = 3
"""Lines of fewer words above a headline (an image marker, a bullet, a label) are passed over
when looking for the story's prose above it."""


def echoed_title(page: Page, verdicts: Verdicts, start: int) -> list[Finding]:
    """The title and site name a dump's first line gives when its headline comes back.

    A dump often opens with the page's ``<title>`` ("Headline | Site"); the part that
    comes back as a line of its own (the page's ``h1``) is the headline, and the line
    that repeats it is the title. The first line goes as the page's title; the part
    of it at the far edge from the headline names the site.
    """
    blocks = page.blocks
    if len(blocks) < 2 or verdicts.removed(0) or block_is_body_like(blocks[0]):
        return []
    texts = [b.text for b in blocks]
    found = [e for e in echo(texts[0], texts) if not verdicts.removed(e.position)]
    if not found:
        return []
    chosen = _nearest_story(found, start)
    headline = blocks[chosen.position]
    title = Finding(headline.index, Action.REMOVE, "title", ((Field.TITLE, headline.text),))
    site = _title_site(chosen)
    page_title = Finding(0, Action.REMOVE, "page title",
                         ((Field.SITE_NAME, site),) if site else ())
    return [title, page_title]


def page_title_site(page: Page, verdicts: Verdicts) -> str | None:
    """The site's name in a first line shaped like a page title whose headline does not come
    back ('Headline | Site', the headline rewritten on the page): its last part, when the
    first part is shaped like a headline and the last is a short name."""
    blocks = page.blocks
    if not blocks or verdicts.removed(0) or block_is_body_like(blocks[0]):
        return None
    parts = title_parts(blocks[0].text)
    if not 2 <= len(parts) <= MAX_PARTS or not is_headline(parts[0]):
        return None
    name = parts[-1]
    name = name[4:] if name.lower().startswith("www.") else name
    return name if short_name(name) and len(name) < len(parts[0]) else None


def _nearest_story(found: Sequence[Echo], start: int) -> Echo:
    """The echo that stands last before the story's start, else the first one after it."""
    before = [e for e in found if e.position < start]
    return before[-1] if before else found[0]


def _title_site(chosen: Echo) -> str | None:
    """The site's name in a page title: the edge part farthest from the headline
    ('Headline | Section | Site', 'Site: Headline'), when it is short enough for a name."""
    parts = chosen.parts
    if chosen.last < len(parts) - 1:
        name = parts[-1]
    elif chosen.first > 0:
        name = parts[0]
    else:
        return None
    name = name[4:] if name.lower().startswith("www.") else name
    return name if short_name(name) else None
