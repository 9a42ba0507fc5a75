"""LineRule: the one-line way to write a rule, and the pattern helpers behind it."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, compress
from operator import attrgetter, not_

import regex

from ..evidence.line_view import FOLDS_TO_ASCII as FOLDS_TO_ASCII
from ..evidence.line_view import LineView, live_view_of
from ..evidence.line_view import has_digit as _has_digit
from ..evidence.patterns import SafePattern, compile, words
from ..model import Action, Block, BlockKind, Finding, Page, Verdicts
from ..model.blocks import first_word

EDGE = r"[\s\p{P}\p{S}]*?"
"""Punctuation, symbols or blanks around a phrase (``- Advertisement -``, ``← Back``)."""


def whole(vocabulary: Iterable[str], *, count: bool = False) -> str:
    """A pattern for a line that is only one of the phrases (optionally with a count)."""
    tail = r"(?:\s*[(\[]?\s*\d[\d.,]*\s*[kKmM]?\s*[)\]]?)?" if count else ""
    return rf"^{EDGE}{words(vocabulary)}{tail}{EDGE}$"


def leading(vocabulary: Iterable[str]) -> str:
    """A pattern for a line that starts with one of the phrases, as whole words."""
    return rf"^{EDGE}{words(vocabulary)}(?!\w)"


@dataclass(frozen=True, slots=True)
class Gate:
    """A cheap test a line must pass before a rule's pattern runs on it.

    A pattern call costs far more than a set lookup or one literal scan, and a
    dump has hundreds of lines: a gate lets a rule skip the lines that cannot match.
    A line passes when its first word is one of ``heads``, when it holds one
    of the ``marks`` characters or one of the ``phrases``, or (with
    ``numbers``) when its first word has a digit. A gate must let through
    every line the pattern could match; it only saves work.
    """

    heads: frozenset[str] = frozenset()
    marks: str = ""
    phrases: tuple[str, ...] = ()
    numbers: bool = False
    _look: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    _needles: tuple[str, ...] | None = field(init=False, repr=False, compare=False)
    _symbols: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _lettered: bool = field(init=False, repr=False, compare=False)
    _lettered_look: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Marks and phrases in one literal scan by the C engine (it cannot backtrack).
        options = [re.escape(m) for m in self.marks]
        options += [re.escape(p) for p in sorted(self.phrases, key=len, reverse=True)]
        look = re.compile("|".join(options), re.IGNORECASE) if options else None
        object.__setattr__(self, "_look", look)
        everything = [*self.marks, *self.phrases]
        object.__setattr__(self, "_needles", ascii_needles(everything))
        others = [o for o in everything if not o.isascii()]
        symbols = tuple(o for o in others if all(_caseless(c) for c in o))
        object.__setattr__(self, "_symbols", symbols)
        object.__setattr__(self, "_lettered", len(symbols) < len(others))
        # The phrases with letters beyond ASCII alone: all a line without an ASCII hit,
        # a symbol or a letter of FOLDS_TO_ASCII can still match (see _other_hit).
        lettered = sorted((o for o in others if o not in symbols), key=len, reverse=True)
        object.__setattr__(self, "_lettered_look", re.compile(
            "|".join(re.escape(o) for o in lettered), re.IGNORECASE) if lettered else None)

    def opens(self, text: str, head: str | None = None) -> bool:
        """True when the rule's pattern is worth running on ``text`` (whose first word,
        case-folded, is ``head`` when the caller knows it)."""
        if head is None:
            head = first_word(text)
        if head in self.heads or (self.numbers and _has_digit(head)):
            return True
        if self._look is None:
            return False
        if self._needles is not None and text.isascii():
            return any(map(text.lower().__contains__, self._needles))
        return self._look.search(text) is not None

    def passing(self, blocks: Sequence[Block]) -> list[Block]:
        """The blocks :meth:`opens` lets through, in order, tested in a few passes per page.

        Heads are set lookups; marks and phrases are looked for over the page's
        lines at once (:meth:`_looked`), not with one pattern call per line.
        """
        firsts = list(map(_HEAD, blocks))
        opened = list(map(self.heads.__contains__, firsts))  # C-level maps: one per block
        if self.numbers:
            opened = [is_open or _has_digit(head)
                      for is_open, head in zip(opened, firsts, strict=True)]
        if self._look is not None:
            rest = list(compress(range(len(opened)), map(not_, opened)))
            for found in self._looked([blocks[i].text for i in rest]):
                opened[rest[found]] = True
        return list(compress(blocks, opened))

    def opened(self, view: LineView,
               asked: Callable[[int], bool] | None = None) -> list[int] | None:
        """The positions of the page's lines :meth:`opens` lets through, in order, from the
        page's line view (found once a page, shared by every gate); None when the view cannot
        answer as :meth:`opens` would (a phrase the lower case cannot show, a line whose lower
        case changes length): the caller asks :meth:`passing` instead.

        Each line's answer depends on that line alone, so it is the same for the page's
        lines as for any of them. ``asked`` (when given) says which lines the caller will
        read: a pattern is run only on those (the plain look-ups answer for every line).
        """
        found = view.headed(self.heads)
        if self.numbers:
            found |= view.numbered
        if self._look is None:
            return sorted(found)
        if self._needles is None or view.odd_case:
            return None
        found |= view.holding(self._needles)
        others = view.non_ascii
        if others:
            # A line beyond ASCII (see _other_hit): a mark without case as it is written; a
            # phrase with letters beyond ASCII by its own pattern; a FOLDS_TO_ASCII line by
            # the whole pattern.
            found |= view.holding_raw(self._symbols)
            folds = view.folds
            lettered = self._lettered_look
            if lettered is not None:
                found |= view.searching(lettered, filter(asked, others - found - folds))
            look = self._look
            found |= view.searching(look, filter(asked, folds - found))
        return sorted(found)

    def _looked(self, texts: Sequence[str]) -> list[int]:
        """Positions of the ``texts`` holding a mark or a phrase (as ``_look`` finds them).

        The page's lines are joined, lower-cased and scanned with ``str.find`` for
        each ASCII needle (:func:`ascii_needles`): on an ASCII line that is the
        pattern's answer. A line with other characters that no needle hit gets
        the pattern (a phrase in another script, or a letter whose case forms
        include an ASCII one).
        """
        look, needles = self._look, self._needles
        assert look is not None
        joined = "\n".join(texts)
        low = joined.lower()
        if needles is None or len(low) != len(joined):  # offsets must name the same lines
            return [i for i, text in enumerate(texts) if look.search(text) is not None]
        hits = holding(texts, needles, low)
        symbols = self._symbols
        if not joined.isascii() and (symbols or self._lettered or _FOLDS.search(joined)):
            # A line with other characters: a mark without case (») is found as it is;
            # the pattern runs where a phrase has letters outside ASCII, or where a letter
            # matches an ASCII one in another case (FOLDS_TO_ASCII).
            folds = _FOLDS.search(joined) is not None
            hits.update(i for i, text in enumerate(texts)
                        if i not in hits and not text.isascii()
                        and self._other_hit(text, folds))
        return sorted(hits)

    def _other_hit(self, text: str, folds: bool) -> bool:
        """Whether the pattern finds a mark or phrase in a line with characters beyond ASCII
        where no ASCII needle was found (``folds``: the page has a FOLDS_TO_ASCII letter).

        A mark without case is found as it is. Only a letter of FOLDS_TO_ASCII lets an
        ASCII needle match where its lower-case form was not found: such a line gets the
        whole pattern; any other can only hold a phrase with letters beyond ASCII, and
        gets the (much shorter) pattern of those phrases alone.
        """
        if any(map(text.__contains__, self._symbols)):
            return True
        if folds and _FOLDS.search(text) is not None:
            look = self._look
            assert look is not None
            return look.search(text) is not None
        lettered = self._lettered_look
        return lettered is not None and lettered.search(text) is not None


def holding(texts: Sequence[str], needles: Iterable[str], joined: str | None = None) -> set[int]:
    """Positions of the ``texts`` that hold one of the ``needles`` (plain, case-sensitive),
    found by ``str.find`` over the texts joined by line breaks (or over ``joined``, the
    same length, e.g. lower-cased). Needles must not hold a line break.

    >>> sorted(holding(["a cat", "a dog", "cats"], ["cat"]))
    [0, 2]
    """
    if joined is None:
        joined = "\n".join(texts)
    starts = line_starts(texts)
    hits: set[int] = set()
    for needle in needles:
        at = joined.find(needle)
        while at >= 0:
            line = bisect_right(starts, at) - 1
            hits.add(line)
            at = joined.find(needle, starts[line + 1])  # one hit per line is enough
    return hits


_ONE_MORE = (1).__add__


def line_starts(texts: Sequence[str]) -> list[int]:
    """Where each of the ``texts`` starts in ``"\\n".join(texts)``, and one past the end
    (summed by C-level maps, not a generator: the pages' line gates ask for it per rule).

    >>> line_starts(["ab", "", "c"])
    [0, 3, 4, 6]
    """
    return list(accumulate(map(_ONE_MORE, map(len, texts)), initial=0))


_HEAD = attrgetter("head")
"""A block's first word (a C-level getter, mapped over a page's blocks)."""

_FOLDS = re.compile(f"[{FOLDS_TO_ASCII}]")


def _caseless(char: str) -> bool:
    """True for a character with no case (a symbol, a mark): a pattern matches only itself."""
    return not char.isalpha() and char.lower() == char == char.upper()


def ascii_needles(options: Iterable[str]) -> tuple[str, ...] | None:
    """The marks and phrases a gate must look for in ASCII text, lower-cased.

    On ASCII text a case-insensitive search for an ASCII phrase is a plain
    search in the lower-cased text, and a phrase holding a character that no
    ASCII character matches in any case (``©``, ``é``) is never found there.
    None when that reasoning does not hold: a character whose case forms include
    an ASCII one (``İ``, ``ſ``, the Kelvin sign), an empty phrase, or a line break.
    """
    needles: list[str] = []
    for option in options:
        if not option or "\n" in option:
            return None
        if option.isascii():
            needles.append(option.lower())
            continue
        for char in option:
            if not char.isascii() and any(c.isascii() for c in char.lower() + char.upper()):
                return None
    return tuple(dict.fromkeys(needles))


def gate(*vocabularies: Iterable[str], marks: str = "", phrases: Iterable[str] = (),
         numbers: bool = False) -> Gate:
    """A gate that opens for lines starting like any phrase of the vocabularies.

    Phrases that start with a symbol (``©``) add that symbol to the marks.
    """
    heads: set[str] = set()
    symbols = set(marks)
    for vocabulary in vocabularies:
        for phrase in vocabulary:
            head = first_word(phrase)
            if head:
                heads.add(head)
            else:
                symbols.add(phrase.lstrip()[:1])
    return Gate(frozenset(heads - {""}), "".join(sorted(symbols - {""})),
                tuple(p.casefold() for p in phrases), numbers)


@dataclass(frozen=True, slots=True)
class LineRule:
    """Remove each block whose text matches ``pattern`` (searched, case-insensitive).

    Table rows are data, not lines of page chrome, so they are left alone.

    ``max_words`` keeps a pattern away from long paragraphs that merely start
    the same way; an optional :class:`Gate` skips lines cheaply. A one-line
    custom rule::

        LineRule("promo", r"^promo:", reason="promo line")
    """

    name: str
    pattern: str | SafePattern
    reason: str = ""
    max_words: int | None = 40
    summary: str = ""
    gate: Gate | None = None

    def __post_init__(self) -> None:
        if isinstance(self.pattern, str):
            # Not verbose: in a pattern written on one line, a space means a space.
            pattern = compile(self.pattern, verbose=False, guarded=True)
            try:
                pattern.compiled  # noqa: B018 - compile now, so a bad pattern fails here
            except regex.error as exc:
                raise ValueError(f"LineRule {self.name!r}: bad pattern: {exc}") from None
            object.__setattr__(self, "pattern", pattern)
        elif not isinstance(self.pattern, SafePattern):
            raise TypeError(f"LineRule {self.name!r}: the pattern must be a str, "
                            f"not {type(self.pattern).__name__}")
        if not self.reason:
            object.__setattr__(self, "reason", self.name.replace("-", " "))

    def matches(self, text: str, *, words: int | None = None, head: str | None = None) -> bool:
        """True when ``text`` is a line this rule removes (``words`` and ``head``: known facts)."""
        if self.max_words is not None and (
            len(text.split()) if words is None else words
        ) > self.max_words:
            return False
        if self.gate is not None and not self.gate.opens(text, head):
            return False
        pattern = self.pattern
        assert isinstance(pattern, SafePattern)
        return pattern.search(text) is not None

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        # What matches() asks of one line, asked of the page's lines in a few passes.
        limit = self.max_words
        table_row = BlockKind.TABLE_ROW
        blocks = page.blocks
        removed = verdicts.removed

        def asked(position: int) -> bool:
            block = blocks[position]
            return (block.kind is not table_row and (limit is None or block.words <= limit)
                    and not removed(block.index))

        opened = (self.gate.opened(live_view_of(page, verdicts), asked)
                  if self.gate is not None else None)
        if opened is not None:  # the gate's lines from the page's view: only they are asked
            lines = list(map(blocks.__getitem__, filter(asked, opened)))
        else:
            lines = [b for b in verdicts.undecided(page.blocks)
                     if b.kind is not table_row and (limit is None or b.words <= limit)]
            if self.gate is not None:
                lines = self.gate.passing(lines)
        pattern = self.pattern
        assert isinstance(pattern, SafePattern)
        for block in lines:
            if pattern.search(block.text) is not None:
                yield Finding(block.index, Action.REMOVE, self.reason)
