"""Decisions: the one place that turns findings into keep / remove / metadata.

Rules run in the cleaner's order. For each block, the first rule that removes
or protects it decides its fate; later findings about a decided block are
ignored. Metadata travels with findings and is gathered in rule order, so the
first rule to report a title is the one that sets it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from .blocks import Block
from .rules.base import Action, Field, Finding, MetaValue, Page, Rule

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Verdict:
    """How one block was decided, and by which rule."""

    action: Action
    rule: str
    reason: str


@dataclass(frozen=True, slots=True)
class Decisions:
    """The outcome of running all rules over a page."""

    verdicts: dict[int, Verdict]
    metadata: tuple[tuple[Field, MetaValue, str], ...]

    def removed(self, index: int) -> bool:
        """True when block ``index`` leaves the body."""
        verdict = self.verdicts.get(index)
        return verdict is not None and verdict.action is Action.REMOVE

    def values(self, field: Field) -> list[MetaValue]:
        """Every reported value of one metadata field, in rule order."""
        return [value for f, value, _ in self.metadata if f is field]


class _Ledger:
    """The mutable working state of one ``decide`` call (never shared)."""

    def __init__(self) -> None:
        self.verdicts: dict[int, Verdict] = {}
        self.metadata: list[tuple[Field, MetaValue, str]] = []

    def removed(self, index: int) -> bool:
        verdict = self.verdicts.get(index)
        return verdict is not None and verdict.action is Action.REMOVE

    def decided(self, index: int) -> bool:
        return index in self.verdicts

    def found(self, field: Field) -> bool:
        return any(f is field for f, _, _ in self.metadata)

    def undecided(self, blocks: Iterable[Block]) -> list[Block]:
        verdicts = self.verdicts
        return [b for b in blocks if b.index not in verdicts]

    def take(self, rule_name: str, findings: Iterable[Finding], size: int) -> None:
        for finding in findings:
            if not 0 <= finding.index < size:
                log.debug("rule %s reported a block out of range: %s", rule_name, finding)
                continue
            if finding.action is not Action.NOTE and finding.index in self.verdicts:
                continue
            if finding.action is not Action.NOTE:
                self.verdicts[finding.index] = Verdict(finding.action, rule_name, finding.reason)
            self.metadata.extend((f, value, rule_name) for f, value in finding.data)


def decide(page: Page, rules: Iterable[Rule]) -> Decisions:
    """Run ``rules`` in order over ``page`` and fold their findings."""
    ledger = _Ledger()
    size = len(page.blocks)
    for rule in rules:
        # Materialise each rule's findings before applying them, so a rule sees
        # the verdicts of the rules before it and not a half-applied version of its own.
        findings = list(rule.find(page, ledger))
        ledger.take(rule.name, findings, size)
    return Decisions(dict(ledger.verdicts), tuple(ledger.metadata))
