"""The ledger: findings folded into verdicts, in rule order.

Rules run in the cleaner's order. For each block the first rule that removes
or protects it decides its fate; a span finding cuts characters out of a
block that stays. Metadata is kept from every finding, even about a block an
earlier rule already removed: it is evidence either way. A finding that
cannot act (its block already removed or protected, or its span already cut)
is recorded as pre-empted, so that ``explain`` can say by whom.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress
from types import GeneratorType

from ..errors import NewscleanError, RuleError
from ..evidence.watch import Watch
from ..model import Action, Block, Field, Finding, MetaValue, Page, Rule

CHECK_EVERY = 4096
"""How many questions about blocks a rule may ask between two looks at the clock."""
_CHECK_MASK = CHECK_EVERY - 1  # CHECK_EVERY is a power of two: a mask is the cheapest modulo


class OutOfTime(Exception):  # noqa: N818 - a signal inside decide, never raised to callers
    """The page budget ran out while a rule was running (caught by ``decide``)."""


@dataclass(frozen=True, slots=True)
class Verdict:
    """How one whole block was decided (removed or protected), and by which rule."""

    action: Action
    rule: str
    reason: str


@dataclass(frozen=True, slots=True)
class Cut:
    """Characters ``start:end`` of a kept block's text, removed by a rule."""

    start: int
    end: int
    rule: str
    reason: str


@dataclass(frozen=True, slots=True)
class Preempted:
    """A finding that could not act, because rule ``by`` had decided its block first."""

    rule: str
    index: int
    by: str
    reason: str


class Ledger:
    """The working state of one ``decide`` call; rules see it through ``Verdicts``."""

    def __init__(self, page: Page, watch: Watch | None = None) -> None:
        self.watch = watch
        self._asked = 0
        self.size = len(page.blocks)
        self.verdicts: dict[int, Verdict] = {}
        self._removed: set[int] = set()
        self.cuts: dict[int, list[Cut]] = {}
        self.metadata: list[tuple[Field, MetaValue, str]] = []
        """(field, value, source): a page finding's source is its reason ("json-ld"),
        a block finding's is its rule and block ("byline line 11")."""
        self.preempted: list[Preempted] = []
        self._fields: set[Field] = set()
        self._blocks = page.blocks
        positional = [b.index for b in page.blocks] == list(range(self.size))
        self._kept = bytearray(b"\x01") * self.size if positional else None
        """Per block, 1 while it is not removed, when each block's index is its position
        (as the adapters make them): the live blocks are then picked at C speed."""
        self._made: dict[tuple[Action, str, str], Verdict] = {}
        """Verdicts made so far, by action, rule and reason: a verdict is immutable, and
        one rule removes many lines for the same reason, so each is made once per page."""
        self._live: list[Block] | None = None
        """The page's blocks not removed, kept until the next removal: most rules remove
        nothing, and every rule asks for them."""

    # --- the Verdicts view ----------------------------------------------------------------

    def removed(self, index: int) -> bool:
        # The most asked question of all: the clock check is inlined (see _tick).
        self._asked += 1
        if not self._asked & _CHECK_MASK:
            self._check_clock()
        return index in self._removed

    def protected(self, index: int) -> bool:
        verdict = self.verdicts.get(index)
        return verdict is not None and verdict.action is Action.KEEP

    def decided(self, index: int) -> bool:
        return index in self.verdicts

    def found(self, field: Field) -> bool:
        return field in self._fields

    def undecided(self, blocks: Iterable[Block]) -> list[Block]:
        self._tick()
        if blocks is self._blocks:  # the page's own blocks: the list kept since the last removal
            if self._live is None:  # rebuilt after each rule that removed something
                if self._kept is not None:
                    self._live = list(compress(self._blocks, self._kept))
                else:
                    removed = self._removed
                    self._live = [b for b in self._blocks if b.index not in removed]
            return list(self._live)  # a copy: the caller may change its list
        verdicts = self.verdicts
        if not verdicts:
            return list(blocks)  # nothing decided yet: no lookup per block
        removed = self._removed
        return [b for b in blocks if b.index not in removed]

    def _tick(self) -> None:
        """Every CHECK_EVERY questions, look at the clock: a rule is stopped mid-page when
        the page budget runs out (rules ask about blocks in every loop, so this bounds them)."""
        self._asked += 1
        if not self._asked & _CHECK_MASK:
            self._check_clock()

    def _check_clock(self) -> None:
        if self.watch is not None and self.watch.expired():
            raise OutOfTime

    # --- folding ------------------------------------------------------------------------------

    def run(self, rule: Rule, page: Page) -> None:
        """Run one rule and fold its findings (all of them, so it never sees its own half-done)."""
        name = rule.name
        try:
            result = rule.find(page, self)
            # A generator (most rules' find) is iterable: the ABC check is for the others.
            if type(result) is not GeneratorType and not isinstance(result, Iterable):
                raise RuleError(f"rule {name!r}: find() returned {result!r}, not Findings")
            findings = list(result)
        except (NewscleanError, OutOfTime):
            raise
        except Exception as exc:
            raise RuleError(f"rule {name!r} failed: {type(exc).__name__}: {exc}") from exc
        verdicts, made, size = self.verdicts, self._made, self.size
        remove, kept, removed = Action.REMOVE, self._kept, self._removed
        reason: object = None  # the last reason seen and its verdict: a rule removes runs of
        verdict = None  # lines for one reason
        for finding in findings:
            # The usual finding, inlined: a block not yet decided, removed whole, no metadata.
            index = finding.index if type(finding) is Finding else None
            if (type(index) is int and 0 <= index < size and index not in verdicts
                    and finding.action is remove and finding.span is None
                    and not finding.data):
                if finding.reason is not reason or verdict is None:
                    reason = finding.reason
                    key = (remove, name, finding.reason)
                    verdict = made.get(key)
                    if verdict is None:
                        verdict = made[key] = Verdict(*key)
                verdicts[index] = verdict
                removed.add(index)
                if kept is not None:
                    kept[index] = 0
                self._live = None
            else:
                self.take(name, finding)

    def take(self, rule: str, finding: Finding) -> None:
        if not isinstance(finding, Finding):
            raise RuleError(f"rule {rule!r} reported {finding!r}, which is not a Finding")
        index = finding.index
        if index is not None and not (isinstance(index, int) and 0 <= index < self.size):
            raise RuleError(f"rule {rule!r} reported block {index!r}; the page has {self.size}")
        if finding.data:  # most findings carry none: their source is never written
            source = finding.reason if index is None else f"{rule} line {index}"
            for field, value in finding.data:
                self.metadata.append((field, value, source))
                self._fields.add(field)
        if index is None or finding.action is Action.NOTE:
            return
        earlier = self.verdicts.get(index)
        if earlier is not None:
            if finding.action is Action.REMOVE and earlier.rule != rule:
                self.preempted.append(Preempted(rule, index, earlier.rule, finding.reason))
            return
        if finding.span is None:
            key = (finding.action, rule, finding.reason)
            verdict = self._made.get(key)
            if verdict is None:
                verdict = self._made[key] = Verdict(*key)
            self.verdicts[index] = verdict
            if finding.action is Action.REMOVE:
                self._removed.add(index)
                if self._kept is not None:
                    self._kept[index] = 0
                self._live = None
            return
        start, end = finding.span
        cuts = self.cuts.setdefault(index, [])
        clash = next((c for c in cuts if c.start < end and start < c.end), None)
        if clash is not None:
            self.preempted.append(Preempted(rule, index, clash.rule, finding.reason))
            return
        cuts.append(Cut(start, end, rule, finding.reason))
