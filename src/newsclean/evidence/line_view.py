"""One page's lines as the text rules read them: each fact found once, shared by every rule.

Some twenty rules look at every line of a dump, and each used to ask the same
questions of every line: its lower-case text, whether it holds a digit or one of
a few phrases, what its first word is. The view answers them for all the page's
blocks at once, by C-level scans over the lines joined (``str.find`` per needle,
one pattern pass for digits), and keeps every answer for the next rule that asks.
Its answers are about the page's blocks, whatever earlier rules decided: a rule
asks the ledger which blocks are left only of the few lines its gate lets through.

The view of the page being cleaned is kept on the clean call's watch
(:func:`view_of`), so it lives as long as that call and no longer; a rule run on
its own (outside a clean call) gets a fresh view each time.

The rules that only read lines no rule removed (the chrome lines, contacts,
datelines, image markers) ask a view of the lines left when the first of them
asks (:func:`live_view_of`): on an HTML page the DOM rules have removed some
three blocks in four by then, and half the text. Its answers are page positions,
as the whole view's are.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property
from itertools import accumulate, compress, count, filterfalse
from operator import attrgetter, eq, itemgetter, methodcaller, not_

from ..model import Block, Page, Verdicts
from .shape import BODY_WORDS, LONG_WORD, is_body_like
from .watch import current

FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
"""The characters beyond ASCII that a case-insensitive pattern matches to an ASCII one
(dotted capital I, dotless i, long s, Kelvin sign; ``tests/rules/test_line_gates.py``
checks every code point)."""
_FOLDS = re.compile(f"[{FOLDS_TO_ASCII}]")
_DIGIT = re.compile(r"\d")

LONGER_LOWER = "\u0130"
"""The one character whose lower case has more characters than it ('İ' gives 'i̇')."""

_SIGMAS = frozenset("ΣσςϹϲ")
"""Letters whose lower case may depend on the letters before them (final sigma)."""

_MEMO_KEY = "line-view"
"""The view's key in the watch's memo."""
_LIVE_KEY = "live-line-view"
"""The key of the view of the lines left (:func:`live_view_of`) in the watch's memo."""


def has_digit(word: str) -> bool:
    """True when ``word`` holds a digit (a letter is never a digit: most words skip the scan)."""
    return not word.isalpha() and any(map(str.isdigit, word))


def _starts(texts: Sequence[str]) -> list[int]:
    """Where each text starts in ``"\\n".join(texts)``, and one past the end."""
    return list(accumulate(map((1).__add__, map(len, texts)), initial=0))


def _lines_holding(joined: str, starts: Sequence[int], needle: str) -> frozenset[int]:
    """Positions of the lines of ``joined`` (split at ``starts``) that hold ``needle``."""
    hits: set[int] = set()
    at = joined.find(needle)
    while at >= 0:
        line = bisect_right(starts, at) - 1
        hits.add(line)
        at = joined.find(needle, starts[line + 1])  # one hit per line is enough
    return frozenset(hits)


class LineView:
    """What the text rules ask of each of a page's blocks, found on first use and kept.

    Positions are block positions in the page's blocks (a page's block ``index``). A view
    of some of the page's lines (``lines``: their positions, in order) answers for those
    lines alone, in the page's positions; its lists (``blocks``, ``texts``, ``folded``…)
    are by line, the n-th for ``lines[n]``.
    """

    def __init__(self, blocks: Sequence[Block], lines: Sequence[int] | None = None) -> None:
        self.page_blocks = blocks
        """All the page's blocks."""
        self.lines: Sequence[int] = range(len(blocks)) if lines is None else lines
        """The page positions of the lines the view reads, in order."""
        self._whole = lines is None
        self.blocks = blocks if lines is None else [blocks[i] for i in lines]
        """The blocks of the lines the view reads (line ``n`` is ``blocks[n]``)."""
        self.texts = [b.text for b in self.blocks]
        self._low_hits: dict[str, frozenset[int]] = {}
        self._body: list[int] = []
        """Body-like lines found so far (:meth:`body_like`)…"""
        self._body_read = 0
        """…among the lines before this position."""
        self._raw_hits: dict[str, frozenset[int]] = {}
        self._folded_hits: dict[str, frozenset[int]] = {}

    def _positions(self, found: Iterable[int]) -> frozenset[int]:
        """The page positions of the view's lines numbered ``found``."""
        if self._whole:
            return frozenset(found)
        return frozenset(map(self.lines.__getitem__, found))

    @cached_property
    def _raw_page(self) -> tuple[str, list[int]]:
        return "\n".join(self.texts), _starts(self.texts)

    @cached_property
    def _low_page(self) -> str:
        """The page's lines joined and lower-cased (what a plain look for an ASCII phrase
        reads); line by line the same as each line's own lower case."""
        return self._raw_page[0].lower()

    @cached_property
    def odd_case(self) -> bool:
        """True when some line's lower case is longer than the line ('İ' gives two
        characters; no character's lower case is shorter): then offsets in the lower case
        no longer name the lines, and a plain look cannot answer.

        'İ' is the only character whose lower case is longer (:data:`LONGER_LOWER`; a test
        checks every code point), so the lines are searched for it rather than lower-cased."""
        return LONGER_LOWER in self._raw_page[0]

    @cached_property
    def non_ascii(self) -> frozenset[int]:
        """Lines with a character beyond ASCII."""
        if self._raw_page[0].isascii():
            return frozenset()
        return frozenset(compress(self.lines, map(not_, map(str.isascii, self.texts))))

    @cached_property
    def folds(self) -> frozenset[int]:
        """Lines with a letter of FOLDS_TO_ASCII (one a case-insensitive pattern reads as ASCII)."""
        joined = self._raw_page[0]
        if not self.non_ascii or not any(map(joined.__contains__, FOLDS_TO_ASCII)):
            return frozenset()
        return self._searched(_FOLDS)

    @cached_property
    def digits(self) -> frozenset[int]:
        """Lines holding a digit (``\\d``)."""
        return self._searched(_DIGIT)

    @cached_property
    def folded(self) -> list[str]:
        """Each line case-folded."""
        return [t.casefold() for t in self.texts]

    @cached_property
    def folded_words(self) -> list[list[str]]:
        """Each line's case-folded words (split at blanks)."""
        return [f.split() for f in self.folded]

    @cached_property
    def aligned(self) -> bool:
        """True when each block's ``index`` is its position (as the adapters make them)."""
        if not self._whole:
            return all(map(eq, map(attrgetter("index"), self.blocks), self.lines))
        return all(map(eq, map(attrgetter("index"), self.blocks), count()))

    def body_like(self) -> Iterator[int]:
        """Positions of the lines that read like article prose (``block_is_body_like``), in
        order. The lines are read only as far as a caller goes (most want the first one
        not removed, near the top), and what was read is kept for the next caller."""
        found, blocks, texts, lines = self._body, self.blocks, self.texts, self.lines
        at = 0
        while True:
            if at < len(found):
                yield lines[found[at]]
                at += 1
                continue
            position = self._body_read
            if position >= len(blocks):
                return
            self._body_read = position + 1
            words = blocks[position].words
            # block_is_body_like: few words and no long ones is never body-like
            if (words >= BODY_WORDS or len(texts[position]) > LONG_WORD * (words or 1)) and (
                is_body_like(texts[position])
            ):
                found.append(position)

    def ending_lower(self, suffixes: tuple[str, ...]) -> set[int]:
        """Lines whose lower case, blanks at the end aside, ends with one of ``suffixes``."""
        texts = map(str.rstrip, self.texts)  # a line's lower case has the same blanks at its end
        longest = max(map(len, suffixes), default=0)
        if not any(map(_SIGMAS.__contains__, "".join(suffixes))):
            # only a line's last characters can end with a suffix: a lower case is made of
            # those alone (no character's lower case is shorter than it; only a sigma's
            # lower case depends on the letters before it)
            texts = map(itemgetter(slice(-longest, None)), texts) if longest else texts
        ends = map(methodcaller("endswith", suffixes), map(str.lower, texts))
        return set(compress(self.lines, ends))

    def starting(self, prefixes: tuple[str, ...]) -> set[int]:
        """Lines that start with one of ``prefixes`` (as written)."""
        return set(compress(self.lines, map(methodcaller("startswith", prefixes), self.texts)))

    @cached_property
    def _heads(self) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for position, block in zip(self.lines, self.blocks, strict=True):
            found.setdefault(block.head, []).append(position)
        return found

    def headed(self, heads: frozenset[str]) -> set[int]:
        """Lines whose first word (``Block.head``) is one of ``heads``."""
        table = self._heads
        hits: set[int] = set()
        for head in heads.intersection(table):
            hits.update(table[head])
        return hits

    @cached_property
    def numbered(self) -> frozenset[int]:
        """Lines whose first word holds a digit."""
        heads = self._heads
        return frozenset(i for head in filterfalse(str.isalpha, heads) if has_digit(head)
                         for i in heads[head])

    @cached_property
    def _low_starts(self) -> list[int]:
        """Where each line starts in :attr:`_low_page`: where it does in the page, but on an
        :attr:`odd_case` page, whose lower case is longer."""
        if not self.odd_case:
            return self._raw_page[1]
        return _starts([text.lower() for text in self.texts])

    def holding(self, needles: Iterable[str]) -> set[int]:
        """Lines whose lower case holds one of the ``needles`` (each looked for once a page).
        Callers that can answer an :attr:`odd_case` page another way still do: this is right
        there too, only slower."""
        return self._holding(needles, (self._low_page, self._low_starts), self._low_hits)

    @cached_property
    def _folded_page(self) -> tuple[str, list[int]]:
        """The page's lines case-folded (:attr:`folded`, which the region rule reads too)
        and joined, and where each starts. Case folding never gives fewer characters than
        it reads: where the page keeps its length, the lines start where they did."""
        joined, starts = self._raw_page
        if joined.isascii():
            return self._low_page, starts  # the same as the case fold in ASCII
        folded = "\n".join(self.folded)
        return folded, starts if len(folded) == len(joined) else _starts(self.folded)

    def holding_folded(self, needles: Iterable[str]) -> set[int]:
        """Lines whose case-folded text (:attr:`folded`) holds one of the ``needles`` (each
        looked for once a page; exact whatever the page's case does)."""
        return self._holding(needles, self._folded_page, self._folded_hits)

    def holding_raw(self, needles: Iterable[str]) -> set[int]:
        """Lines holding one of the ``needles`` as they are written."""
        return self._holding(needles, self._raw_page, self._raw_hits)

    def _holding(self, needles: Iterable[str], page: tuple[str, list[int]],
                 known: dict[str, frozenset[int]]) -> set[int]:
        hits: set[int] = set()
        for needle in needles:
            found = known.get(needle)
            if found is None:
                found = known[needle] = self._positions(
                    _lines_holding(page[0], page[1], needle))
            hits.update(found)
        return hits

    def searching(self, pattern: re.Pattern[str], lines: Iterable[int]) -> set[int]:
        """Which of ``lines`` (page positions) ``pattern`` finds something in (one search
        per line)."""
        blocks = self.page_blocks
        return {i for i in lines if pattern.search(blocks[i].text) is not None}

    def _searched(self, pattern: re.Pattern[str]) -> frozenset[int]:
        """Lines where ``pattern`` (which must not match a line break) finds something,
        in one pass over the page: after a hit the search goes on at the next line."""
        joined, starts = self._raw_page
        hits: set[int] = set()
        found = pattern.search(joined)
        while found is not None:
            line = bisect_right(starts, found.start()) - 1
            hits.add(line)
            found = pattern.search(joined, starts[line + 1])
        return self._positions(hits)


def view_of(page: Page) -> LineView:
    """The line view of ``page``: the one kept by this clean call, or a new one.

    A page's blocks never change, so the view is valid for as long as they are the
    same blocks; it is kept on the call's watch (one per call, never shared).
    """
    watch = current()
    blocks = page.blocks
    if watch is None:
        return LineView(blocks)
    kept = watch.memo.get(_MEMO_KEY)
    if isinstance(kept, LineView) and kept.blocks is blocks:
        return kept
    view = LineView(blocks)
    watch.memo[_MEMO_KEY] = view
    return view


def live_view_of(page: Page, verdicts: Verdicts) -> LineView:
    """A line view of the blocks no rule had removed when the first rule of this decide run
    (``verdicts``) asked: for the rules that read only lines no rule removed.

    A block removed stays removed for the rest of the run, so the lines left when a later
    rule asks are among these: a rule that leaves out the lines ``verdicts`` says are
    removed gets from this view the answers the whole page's view would give. With nothing
    removed yet (a text dump's first rules) it is the whole page's view. Kept on the call's
    watch, for its run only: a second run over the page (the fallback chain) gets its own.
    """
    watch = current()
    blocks = page.blocks
    kept = watch.memo.get(_LIVE_KEY) if watch is not None else None
    if isinstance(kept, tuple) and kept[0] is verdicts and kept[1] is blocks:
        view: LineView = kept[2]
        return view
    live = verdicts.undecided(blocks)
    if len(live) == len(blocks) or not _numbered(blocks):
        view = view_of(page)  # nothing removed yet, or blocks not numbered by position
    else:
        view = LineView(blocks, [b.index for b in live])
    if watch is not None:
        watch.memo[_LIVE_KEY] = (verdicts, blocks, view)
    return view


def _numbered(blocks: Sequence[Block]) -> bool:
    """True when each block's ``index`` is its position (as the adapters make them)."""
    return all(map(eq, map(attrgetter("index"), blocks), count()))
