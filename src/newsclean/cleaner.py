"""The Cleaner: an immutable, ordered tuple of rules, and ``clean``.

A Cleaner holds no state but its settings, so one instance can be pickled,
shipped to workers and shared across threads. Changing the rule set makes a
new Cleaner: ``Cleaner().without("ad-marker")``, ``Cleaner().with_rules(mine)``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .article import Article
from .budget import Budget, clock
from .build import build_article
from .decide import Decisions, Preempted, decide, preemptions
from .errors import InputError
from .evidence.shape import is_prose
from .evidence.watch import Watch, watching
from .input import InputKind, read_page
from .input.ld_body import with_body
from .model import Page, Rule
from .model.rule import describe, is_structural
from .rules import DEFAULT_RULES
from .rules.density import DensityRule
from .rules.ld_body import StatedBodyRule
from .rules.regions import headline
from .valve import SafetyValve


@dataclass(frozen=True, slots=True)
class Explained:
    """An article with the page and decisions that made it (for ``--explain``).

    ``preempted`` lists findings that could not act because an earlier rule had
    decided their block first; for rules not among the defaults it also lists
    every block the rule would have removed on its own (each is run again alone).
    """

    article: Article
    page: Page
    decisions: Decisions
    preempted: tuple[Preempted, ...] = ()


@dataclass(frozen=True, slots=True)
class Cleaner:
    """Runs its rules, in order, over a page and builds the Article."""

    rules: tuple[Rule, ...] = DEFAULT_RULES
    valve: SafetyValve = field(default_factory=SafetyValve)
    budget: Budget = field(default_factory=Budget)

    def __post_init__(self) -> None:
        rules = tuple(self.rules)
        for rule in rules:
            _check_rule(rule)
        names = [r.name for r in rules]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"rule names must be unique, repeated: {', '.join(duplicates)}")
        object.__setattr__(self, "rules", rules)

    def clean(self, page: Any, *, url: str | None = None, kind: InputKind | str = InputKind.AUTO,
              encoding: str | None = None) -> Article:
        """Clean one page (HTML or text dump, str or bytes, or a BeautifulSoup object).

        ``encoding`` is a hint for bytes: a charset name, or a whole HTTP
        ``Content-Type`` value such as ``"text/html; charset=iso-8859-1"``.
        """
        return self._run(page, url=url, kind=kind, encoding=encoding).article

    def explain(self, page: Any, *, url: str | None = None,
                kind: InputKind | str = InputKind.AUTO, encoding: str | None = None) -> Explained:
        """Like :meth:`clean`, also returning the blocks, every verdict and pre-emptions."""
        explained = self._run(page, url=url, kind=kind, encoding=encoding)
        own = [r for r in self.rules if r not in DEFAULT_RULES]
        preempted = preemptions(explained.page, own, explained.decisions) if own else ()
        return Explained(explained.article, explained.page, explained.decisions, preempted)

    def _run(self, page: Any, *, url: str | None, kind: InputKind | str,
             encoding: str | None) -> Explained:
        began = clock()
        parsed = read_page(page, url=url, kind=_kind(kind), encoding=encoding, budget=self.budget)
        seconds = self.budget.seconds
        left = None if seconds is None else seconds - (clock() - began)
        with watching(left) as watch:
            decisions = decide(parsed, self.rules, watch=watch)
            note = self.valve.check(parsed, decisions)
            if note is not None:
                decisions = self._fallback(parsed, decisions, note, watch)
            note = self.valve.stated_body(parsed, decisions)
            if note is not None:
                parsed, decisions = self._stated(parsed, decisions, note, watch)
        return Explained(build_article(parsed, decisions), parsed, decisions)

    def _stated(self, page: Page, first: Decisions, note: str,
                watch: Watch) -> tuple[Page, Decisions]:
        """The last resort, when the result holds too little of the article the page
        states in its JSON-LD: the structural rules give way to ``json-ld-body``, which
        keeps the page's blocks that the stated body holds; when those hold too little
        of it too (a script fills the article in), the stated body itself is read, as
        blocks added to the page. ``Article.notes`` says which."""
        at = next((i for i, r in enumerate(self.rules) if is_structural(r)), None)
        stated = with_body(page)
        if at is None or stated is None:
            return page, first
        plain = [r for r in self.rules if not is_structural(r)]
        guided = decide(page, [*plain[:at], StatedBodyRule(), *plain[at:]], watch=watch,
                        notes=(f"{note}; kept the blocks of the page it holds",))
        if self.valve.stated_found(page, guided) >= self.valve.stated_share:
            return page, guided
        read = decide(stated, [*plain[:at], StatedBodyRule(stated=True), *plain[at:]],
                      watch=watch, notes=(f"{note}; read the article from it",))
        return stated, read

    def _fallback(self, page: Page, first: Decisions, note: str, watch: Watch) -> Decisions:
        """The fallback chain, run only when the valve says the first result looks wrong.

        Two second opinions: the rules without the structural ones (which keeps every
        region), and, when what the first kept is chrome (a consent notice, a form…),
        the density-based extraction (``density-region``, reading neither the element
        tree nor class words) in their place. The density result is kept when it looks
        right and holds at least ``SafetyValve.density_share`` of the article-like prose
        the other keeps; else the one without structural rules, when it keeps more than
        the first result. ``Article.notes`` says which.
        """
        structural = [r for r in self.rules if is_structural(r)]
        if not structural:
            return first
        names = ", ".join(sorted(r.name for r in structural))
        plain = [r for r in self.rules if not is_structural(r)]
        second = decide(page, plain, watch=watch,
                        notes=(f"{note}; cleaned again without {names}",))
        if self.valve.fallback and self.valve.holds_chrome(page, first):
            at = next(i for i, r in enumerate(self.rules) if is_structural(r))
            density = decide(page, [*plain[:at], DensityRule(), *plain[at:]], watch=watch,
                             notes=(f"{note}; cleaned again with density-region instead of "
                                    f"{names}",))
            if self.valve.check(page, density) is None and (
                self.valve.kept(page, density)
                >= self.valve.density_share * self.valve.kept(page, second)
            ) and _keeps_lede(page, density, second):
                return density
        if self.valve.better(page, first, second) or self.valve.kept(page, first) == 0:
            return second
        return first

    @property
    def names(self) -> tuple[str, ...]:
        """The rule names, in the order they run."""
        return tuple(r.name for r in self.rules)

    def catalogue(self) -> tuple[tuple[str, str], ...]:
        """``(name, one-line summary)`` of each rule, in order."""
        return tuple((r.name, describe(r)) for r in self.rules)

    def _known(self, names: Iterable[str]) -> None:
        unknown = sorted(set(names) - set(self.names))
        if unknown:
            raise KeyError(
                f"no such rule: {', '.join(unknown)} (known: {', '.join(self.names)})"
            )

    def without(self, *names: str) -> Cleaner:
        """A new Cleaner without the named rules; unknown names are an error."""
        self._known(names)
        return Cleaner(tuple(r for r in self.rules if r.name not in names), self.valve,
                       self.budget)

    def with_rules(self, *rules: Rule, before: str | None = None) -> Cleaner:
        """A new Cleaner with ``rules`` added at the end, or before the rule named ``before``."""
        if before is None:
            return Cleaner((*self.rules, *rules), self.valve, self.budget)
        self._known([before])
        at = self.names.index(before)
        return Cleaner((*self.rules[:at], *rules, *self.rules[at:]), self.valve, self.budget)

    def replacing(self, *rules: Rule) -> Cleaner:
        """A new Cleaner where each of ``rules`` takes the place of the rule of its name.

        The way to change a default rule's settings or vocabulary, keeping its place.
        """
        for rule in rules:
            _check_rule(rule)
        self._known(r.name for r in rules)
        new = {r.name: r for r in rules}
        return Cleaner(tuple(new.get(r.name, r) for r in self.rules), self.valve, self.budget)

    def only(self, names: Iterable[str]) -> Cleaner:
        """A new Cleaner keeping only the named rules, in their current order."""
        wanted = [names] if isinstance(names, str) else list(names)
        self._known(wanted)
        return Cleaner(tuple(r for r in self.rules if r.name in wanted), self.valve, self.budget)


def _keeps_lede(page: Page, density: Decisions, second: Decisions) -> bool:
    """True when ``density`` keeps the first prose after the headline that ``second`` keeps
    (or the headline is unknown): the article starts where the headline leads."""
    head = headline(page)
    if head is None:
        return True
    lede = next((b for b in page.blocks[head.index + 1:]
                 if is_prose(b) and not second.removed(b.index)), None)
    return lede is None or not density.removed(lede.index)


def _check_rule(rule: object) -> None:
    """Refuse what is not a rule now, at construction, not deep inside a clean."""
    if isinstance(rule, type):
        raise TypeError(
            f"{rule.__name__} is a class: pass a rule instance, e.g. {rule.__name__}()"
        )
    name = getattr(rule, "name", None)
    find = getattr(rule, "find", None)
    if not isinstance(name, str) or not name or not callable(find):
        what = getattr(rule, "__name__", None) or type(rule).__name__
        raise TypeError(
            f"{what!s} is not a rule: a rule has a non-empty str `name` and a "
            "`find(page, verdicts)` method (wrap a function with @rule)"
        )


def _kind(kind: InputKind | str) -> InputKind:
    try:
        return InputKind(kind)
    except ValueError:
        known = ", ".join(k.value for k in InputKind)
        raise InputError(f"unknown kind {kind!r}: use one of {known}") from None


DEFAULT_CLEANER = Cleaner()


def clean(page: Any, *, url: str | None = None, kind: InputKind | str = InputKind.AUTO,
          encoding: str | None = None) -> Article:
    """Clean one page with the default rules.

    >>> article = clean("Advertisement\\nThe council voted on Tuesday to rebuild the old bridge.")
    >>> article.text
    'The council voted on Tuesday to rebuild the old bridge.'
    >>> [(r.text, r.rule) for r in article.removed]
    [('Advertisement', 'ad-marker')]
    """
    return DEFAULT_CLEANER.clean(page, url=url, kind=kind, encoding=encoding)
