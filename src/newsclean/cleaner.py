"""The Cleaner: an immutable, ordered tuple of rules, and ``clean``.

A Cleaner holds no state but its rules, so one instance can be pickled,
shipped to workers and shared across threads. Changing the rule set makes a
new Cleaner: ``Cleaner().without("ad-marker")``, ``Cleaner(rules=(*DEFAULT_RULES, mine))``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .article import Article
from .build import build_article
from .decide import Decisions, decide
from .input import InputKind, read_page
from .rules import DEFAULT_RULES
from .rules.base import Page, Rule, describe
from .valve import STRUCTURE_RULES, SafetyValve


@dataclass(frozen=True, slots=True)
class Explained:
    """An article together with the page and decisions that made it (for ``--explain``)."""

    article: Article
    page: Page
    decisions: Decisions


@dataclass(frozen=True, slots=True)
class Cleaner:
    """Runs its rules, in order, over a page and builds the Article."""

    rules: tuple[Rule, ...] = DEFAULT_RULES
    valve: SafetyValve = field(default_factory=SafetyValve)

    def __post_init__(self) -> None:
        names = [r.name for r in self.rules]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"rule names must be unique, repeated: {', '.join(duplicates)}")
        object.__setattr__(self, "rules", tuple(self.rules))

    def clean(
        self, page: Any, *, url: str | None = None, kind: InputKind | str = InputKind.AUTO
    ) -> Article:
        """Clean one page (HTML or text dump, str or bytes, or a BeautifulSoup object)."""
        return self.explain(page, url=url, kind=kind).article

    def explain(
        self, page: Any, *, url: str | None = None, kind: InputKind | str = InputKind.AUTO
    ) -> Explained:
        """Like :meth:`clean`, also returning the blocks and every verdict."""
        parsed = read_page(page, url=url, kind=InputKind(kind))
        decisions = decide(parsed, self.rules)
        note = self.valve.check(parsed, decisions)
        notes: tuple[str, ...] = ()
        if note is not None:
            decisions = decide(parsed, [r for r in self.rules if r.name not in STRUCTURE_RULES])
            notes = (note,)
        return Explained(build_article(parsed, decisions, notes), parsed, decisions)

    @property
    def names(self) -> tuple[str, ...]:
        """The rule names, in the order they run."""
        return tuple(r.name for r in self.rules)

    def catalogue(self) -> tuple[tuple[str, str], ...]:
        """``(name, one-line summary)`` of each rule, in order."""
        return tuple((r.name, describe(r)) for r in self.rules)

    def without(self, *names: str) -> Cleaner:
        """A new Cleaner without the named rules; unknown names are an error."""
        unknown = set(names) - set(self.names)
        if unknown:
            raise KeyError(f"no such rule: {', '.join(sorted(unknown))}")
        return Cleaner(tuple(r for r in self.rules if r.name not in names), self.valve)

    def with_rules(self, *rules: Rule, before: str | None = None) -> Cleaner:
        """A new Cleaner with ``rules`` added at the end, or before the rule named ``before``."""
        if before is None:
            return Cleaner((*self.rules, *rules), self.valve)
        if before not in self.names:
            raise KeyError(f"no such rule: {before}")
        at = self.names.index(before)
        return Cleaner((*self.rules[:at], *rules, *self.rules[at:]), self.valve)

    def only(self, names: Iterable[str]) -> Cleaner:
        """A new Cleaner keeping only the named rules, in their current order."""
        wanted = set(names)
        return Cleaner(tuple(r for r in self.rules if r.name in wanted), self.valve)


DEFAULT_CLEANER = Cleaner()


def clean(page: Any, *, url: str | None = None, kind: InputKind | str = InputKind.AUTO) -> Article:
    """Clean one page with the default rules.

    >>> article = clean("Advertisement\\nThe council voted on Tuesday to rebuild the old bridge.")
    >>> article.text
    'The council voted on Tuesday to rebuild the old bridge.'
    >>> [(r.text, r.rule) for r in article.removed]
    [('Advertisement', 'ad-marker')]
    """
    return DEFAULT_CLEANER.clean(page, url=url, kind=kind)
