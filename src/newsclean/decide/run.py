"""Running the rules over a page: the decisions, and what each rule could not act on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..evidence.watch import Watch
from ..model import Action, Block, BlockKind, Field, Finding, Image, MetaValue, Page, Rule
from .ledger import Cut, Ledger, OutOfTime, Preempted, Verdict
from .metadata import Metadata, choose

IMAGE_RULE = "image-block"
"""The name the decider signs with when it lists an image block no rule took."""


@dataclass(frozen=True, slots=True)
class Decisions:
    """Everything decided about one page; :mod:`newsclean.build` only assembles it."""

    verdicts: Mapping[int, Verdict]
    cuts: Mapping[int, tuple[Cut, ...]]
    metadata: Metadata
    reported: tuple[tuple[Field, MetaValue, str], ...] = ()
    """Every metadata candidate with its source ("json-ld", "byline line 11"), in rule order."""
    preempted: tuple[Preempted, ...] = ()

    def removed(self, index: int) -> bool:
        """True when block ``index`` leaves the body as a whole."""
        verdict = self.verdicts.get(index)
        return verdict is not None and verdict.action is Action.REMOVE


def decide(
    page: Page, rules: Iterable[Rule], *, watch: Watch | None = None,
    notes: tuple[str, ...] = (),
) -> Decisions:
    """Run ``rules`` in order over ``page`` and decide every block and metadata field.

    When ``watch`` runs out of time, the rules not yet run are skipped and a
    note says which.
    """
    ledger = Ledger(page, watch)
    rules = tuple(rules)
    for position, rule in enumerate(rules):
        try:
            if watch is not None and watch.expired():
                raise OutOfTime
            ledger.run(rule, page)
        except OutOfTime:
            skipped = ", ".join(r.name for r in rules[position:])
            ledger.metadata.append(
                (Field.NOTE, f"page budget: out of time; not run (or not finished): {skipped}",
                 ""))
            break
    _list_image_blocks(page, ledger)
    timeouts = tuple(f"pattern time-out, treated as no match: {t}"
                     for t in (watch.timeouts if watch is not None else ()))
    reported = (
        list(ledger.metadata)
        + [(Field.NOTE, n, "notes") for n in (*page.notes, *notes, *timeouts)]
    )
    return Decisions(
        verdicts=dict(ledger.verdicts),
        cuts={i: tuple(sorted(c, key=lambda cut: cut.start)) for i, c in ledger.cuts.items()},
        metadata=choose(reported, page.url, dt.date.today()),
        reported=tuple(ledger.metadata),
        preempted=tuple(ledger.preempted),
    )


def _list_image_blocks(page: Page, ledger: Ledger) -> None:
    """An image is never body text: image blocks no rule decided go to the images list."""
    for block in page.blocks:
        if block.kind is BlockKind.IMAGE and block.index not in ledger.verdicts:
            ledger.take(IMAGE_RULE, _image_finding(block))


def _image_finding(block: Block) -> Finding:
    image = Image(src=block.src, alt=block.text or None)
    return Finding(block.index, Action.REMOVE, "image, listed in images", ((Field.IMAGE, image),))


def preemptions(page: Page, rules: Iterable[Rule], decisions: Decisions) -> tuple[Preempted, ...]:
    """For each rule, the blocks it would remove that an earlier rule had already decided.

    Each rule runs again on its own, as if nothing were decided, and every
    block it would remove but that another rule decided first is reported
    with that rule's name (``explain`` shows them: "pre-empted by dom-furniture").
    """
    found = list(decisions.preempted)
    seen = {(p.rule, p.index) for p in found}
    for rule in rules:
        fresh = Ledger(page)
        for finding in rule.find(page, fresh):
            if (not isinstance(finding, Finding) or finding.index is None
                    or finding.action is not Action.REMOVE):
                continue
            verdict = decisions.verdicts.get(finding.index)
            if verdict is not None and verdict.rule != rule.name and (
                (rule.name, finding.index) not in seen
            ):
                seen.add((rule.name, finding.index))
                found.append(Preempted(rule.name, finding.index, verdict.rule, finding.reason))
    return tuple(found)
