"""Helpers for testing a rule: run it on a snippet of text or HTML, see what it did.

>>> from newsclean import LineRule
>>> from newsclean.testing import run_rule
>>> promo = LineRule("promo", r"^promo:")
>>> run_rule(promo, "PROMO: half price\\nThe council met on Tuesday.").removed_texts
('PROMO: half price',)

The rule runs alone by default; pass ``after=`` to run other rules first
(``after=DEFAULT_RULES`` shows what your rule adds to the defaults).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .article import Article
from .cleaner import Cleaner, Explained
from .input import InputKind
from .model import Rule
from .valve import SafetyValve


@dataclass(frozen=True, slots=True)
class RuleRun:
    """What one rule did to a snippet."""

    explained: Explained
    rule: str

    @property
    def article(self) -> Article:
        """The Article the snippet became."""
        return self.explained.article

    @property
    def removed_texts(self) -> tuple[str, ...]:
        """The texts the rule removed (whole blocks and spans), in page order."""
        return tuple(r.text for r in self.article.removed if r.rule == self.rule)

    @property
    def kept_texts(self) -> tuple[str, ...]:
        """The body's texts after the run."""
        return self.article.paragraphs

    @property
    def preempted(self) -> tuple[int, ...]:
        """Blocks the rule would have removed that an earlier rule had already decided."""
        return tuple(p.index for p in self.explained.preempted if p.rule == self.rule)


def run_rule(rule: Rule, page: Any, *, after: Iterable[Rule] = (),
             kind: InputKind | str = InputKind.AUTO, url: str | None = None) -> RuleRun:
    """Clean ``page`` with ``after`` then ``rule``, without the safety valve."""
    cleaner = Cleaner((*after, rule), SafetyValve(share=0))
    return RuleRun(cleaner.explain(page, kind=kind, url=url), rule.name)


def run_html_rule(rule: Rule, body: str, *, after: Iterable[Rule] = (),
                  url: str | None = None) -> RuleRun:
    """Like :func:`run_rule`, for a snippet of HTML body markup (wrapped in a page).

    >>> from newsclean import rule
    >>> @rule("no-promo")
    ... def no_promo(block):
    ...     return "promo box" if block.dom and "promo" in block.dom.tokens else None
    >>> run_html_rule(no_promo, '<p>News.</p><div class="promo">Buy</div>').removed_texts
    ('Buy',)
    """
    page = f"<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>"
    return run_rule(rule, page, after=after, kind=InputKind.HTML, url=url)
