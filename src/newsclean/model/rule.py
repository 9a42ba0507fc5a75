"""The rule contract, written down once."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from .findings import Finding, Verdicts
from .page import Page


@runtime_checkable
class Rule(Protocol):
    """The one contract: a ``name`` and ``find``.

    ``find`` must not mutate anything and must be safe to call from several
    threads at once; it may look at earlier verdicts to avoid work. A rule
    that drops whole regions of a page at once sets a true ``structural``
    attribute: the safety valve re-cleans without such rules when they leave
    almost nothing.
    """

    @property
    def name(self) -> str:
        """A short, unique, kebab-case name: what ``removed`` and ``--disable`` show."""

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        """Report findings about the page's blocks."""


def is_structural(rule: object) -> bool:
    """True for a rule that drops whole regions at once (see :class:`Rule`)."""
    return bool(getattr(rule, "structural", False))


def describe(rule: object) -> str:
    """The first line of a rule's summary or docstring: what the catalogue shows."""
    doc = getattr(rule, "summary", "") or type(rule).__doc__ or ""
    return doc.strip().splitlines()[0] if doc.strip() else ""
