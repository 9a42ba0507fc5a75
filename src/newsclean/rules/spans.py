"""Span rules: chrome glued into a block that stays, cut out as a span of characters.

A flattened page glues an "ADVERTISEMENT" label into the middle of a
paragraph, a live blog prefixes each entry with "16:05", and a paragraph may
end with "Read more: …" pointing elsewhere. Removing the whole block would lose
the prose around them, so these rules report the span alone; the decider cuts
it out and the ledger records its text, offsets, rule and reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import regex

from ..evidence import phrases
from ..evidence.patterns import SafePattern, compile, words
from ..evidence.shape import CLOSERS, SENTENCE_ENDS
from ..model import Action, BlockKind, Finding, Page, Verdicts
from ..model.blocks import first_word

_AFTER_SENTENCE = rf"(?:^|(?<=[{regex.escape(SENTENCE_ENDS)}][{regex.escape(CLOSERS)}]?\s))"
"""At the start of the text, or right after a sentence's end and one blank."""

MIN_LABEL_CHARS = 5
"""Ad labels shorter than this ('Ad', 'Ads') are too ambiguous inside prose."""

MIN_TIMESTAMPS = 2
"""Paragraphs opening with a time are live-blog entries only when the page has this many."""

CUTTABLE = frozenset((BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.QUOTE,
                      BlockKind.LIST_ITEM, BlockKind.CAPTION))
"""Block kinds whose text may carry glued-in chrome (not tables, code or images)."""


def _label_forms(markers: Sequence[str]) -> list[str]:
    """Each long ad label as it is printed inside prose: in capitals, or capitalised."""
    forms: set[str] = set()
    for marker in markers:
        if len(marker) >= MIN_LABEL_CHARS:
            forms.update((marker.upper(), marker[:1].upper() + marker[1:]))
    return sorted(forms)


@dataclass(frozen=True, slots=True)
class InlineAdRule:
    """Ad labels glued into a paragraph ('… the bridge. ADVERTISEMENT The council …')."""

    name: str = "inline-ad"
    markers: Sequence[str] = phrases.AD_MARKERS
    _pattern: SafePattern = field(init=False, repr=False, compare=False)
    _heads: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        forms = _label_forms(self.markers)
        pattern = compile(
            rf"{_AFTER_SENTENCE}{words(forms)}(?=\s+[\p{{Lu}}\p{{N}}\"“«]|\s*$)",
            ignore_case=False,
        )
        object.__setattr__(self, "_pattern", pattern)
        object.__setattr__(self, "_heads", frozenset(first_word(f) for f in forms))

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        for block in page.blocks:
            if block.kind not in CUTTABLE or verdicts.decided(block.index):
                continue
            if block.words < 2 or not self._could_hold_label(block.head, block.text):
                continue
            for match in self._pattern.finditer(block.text):
                if match.end() - match.start() < len(block.text.strip()):
                    yield Finding(block.index, Action.REMOVE, "advertisement label in the text",
                                  span=(match.start(), match.end()))


    def _could_hold_label(self, head: str, text: str) -> bool:
        """A label opens the text or a sentence: is one of those words a label's first word?"""
        if head in self._heads:
            return True
        return any(w.casefold() in self._heads for w in _SENTENCE_OPENERS.findall(text))


_SENTENCE_OPENERS = re.compile(r"[.!?…。！？][\"'”’»)\]]*\s+([^\W_]+)")
"""The first word of each sentence after the first (linear: no nested repeats)."""


@dataclass(frozen=True, slots=True)
class TrailingLinkRule:
    """A 'Read more: …' or 'Continue reading' link ending a paragraph, after its last sentence."""

    name: str = "trailing-link"
    leads: Sequence[str] = phrases.TRAILING_LINK_LEADS
    _pattern: SafePattern = field(init=False, repr=False, compare=False)
    _heads: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        pattern = compile(
            rf"(?<=[{regex.escape(SENTENCE_ENDS)}][{regex.escape(CLOSERS)}]?\s)"
            rf"{words(self.leads)}(?:\s*+[:：»›→|–—-][^.!?。！？]*+[.!?]?|\s*+(?:…|\.\.\.)?)\s*+$"
        )
        object.__setattr__(self, "_pattern", pattern)
        object.__setattr__(self, "_heads", frozenset(first_word(lead) for lead in self.leads))

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        for block in page.blocks:
            if block.kind not in CUTTABLE or verdicts.decided(block.index):
                continue
            openers = _SENTENCE_OPENERS.findall(block.text)
            if not any(w.casefold() in self._heads for w in openers):
                continue  # the prompt opens a sentence after the first; none of those does
            match = self._pattern.search(block.text)
            if match is not None:
                yield Finding(block.index, Action.REMOVE, "link to elsewhere ending the paragraph",
                              span=(match.start(), len(block.text)))


@dataclass(frozen=True, slots=True)
class TimestampRule:
    """Live-blog time stamps opening a heading or an entry ('16:05 Police close the bridge')."""

    name: str = "timestamp"
    zones: Sequence[str] = phrases.TIME_ZONES
    min_entries: int = MIN_TIMESTAMPS
    """Paragraphs (not headings) lose a leading time only when this many open with one."""
    _pattern: SafePattern = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        pattern = compile(
            rf"""^(?:\d{{1,2}}[:.h]\d{{2}}(?:\s?[ap]\.?m\.?)?|\d{{1,2}}\s?[ap]\.?m\.?)
            (?:\s*+{words(self.zones)}(?!\w))?\s*+(?:[|·•–—:-]\s*+)?(?=[\p{{L}}"“«])"""
        )
        object.__setattr__(self, "_pattern", pattern)

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        stamped: list[tuple[int, int, bool]] = []
        for block in page.blocks:
            text = block.text
            if (not text[:1].isdigit() or block.kind not in CUTTABLE
                    or verdicts.decided(block.index)):
                continue
            match = self._pattern.match(text)
            if match is not None and match.end() < len(text):
                stamped.append((block.index, match.end(), block.kind is BlockKind.HEADING))
        entries = len(stamped) >= self.min_entries
        for index, end, heading in stamped:
            if heading or entries:
                yield Finding(index, Action.REMOVE, "live-blog time stamp", span=(0, end))
