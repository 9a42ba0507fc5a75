"""The rule contract, written down once.

A rule looks at a :class:`Page` (its blocks and what the input said about
it) and *reports* :class:`Finding` objects: "block 7 is an ad marker",
"block 3 is the byline, the author is Jane Doe". It never edits the page.
One place, :mod:`newsclean.decide`, turns the findings of all rules into
decisions, in rule order: the first rule to remove or protect a block wins.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from ..blocks import Block, DomNode

MetaValue = object


class Action(str, enum.Enum):
    """What a finding asks for a block."""

    REMOVE = "remove"
    """Take the block out of the body (its text goes to ``Article.removed``)."""
    KEEP = "keep"
    """Protect the block: later rules may no longer remove it."""
    NOTE = "note"
    """Leave the block where it is; only report metadata."""


class Field(str, enum.Enum):
    """Article metadata a finding can carry."""

    TITLE = "title"
    AUTHOR = "author"
    PUBLISHED = "published"
    SITE_NAME = "site_name"
    CONTACT = "contact"
    IMAGE = "image"
    LANGUAGE = "language"
    NOTE = "note"


class SourceKind(str, enum.Enum):
    """Which adapter made the blocks."""

    TEXT = "text"
    HTML = "html"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a rule noticed about one block."""

    index: int
    action: Action
    reason: str
    data: tuple[tuple[Field, MetaValue], ...] = ()


@dataclass(frozen=True, slots=True)
class Page:
    """What every rule sees: the blocks and page-level hints from the input.

    ``hints`` holds what the adapter read outside the blocks, such as the HTML
    ``<title>`` or ``og:site_name``; keys are plain strings.
    """

    blocks: tuple[Block, ...]
    source: SourceKind = SourceKind.TEXT
    url: str | None = None
    hints: Mapping[str, str] = field(default_factory=dict)
    nodes: tuple[DomNode, ...] = ()


class Verdicts(Protocol):
    """A read-only view of what earlier rules decided."""

    def removed(self, index: int) -> bool:
        """True when an earlier rule removed block ``index``."""

    def decided(self, index: int) -> bool:
        """True when an earlier rule removed or protected block ``index``."""

    def found(self, field: Field) -> bool:
        """True when an earlier rule reported a value for ``field``."""

    def undecided(self, blocks: Iterable[Block]) -> list[Block]:
        """The blocks no earlier rule removed or protected, in order."""


@runtime_checkable
class Rule(Protocol):
    """The one contract: a name, a docstring, and ``find``.

    ``find`` must not mutate anything and must be safe to call from several
    threads at once; it may look at earlier verdicts to avoid work.
    """

    @property
    def name(self) -> str:
        """A short, unique, kebab-case name: what ``removed`` and ``--disable`` show."""

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        """Report findings about the page's blocks."""


BlockTest = Callable[[Block], "str | None"]


@dataclass(frozen=True, slots=True)
class FunctionRule:
    """A rule made from a function that looks at one block at a time.

    The function returns a short reason to remove the block, or ``None`` to
    leave it. Blocks already decided by earlier rules are not shown to it.
    """

    name: str
    test: BlockTest
    summary: str = ""

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle a decorated rule by reference to the module name it was bound to.

        ``@rule`` rebinds the function's name to the rule, so pickle could not find
        the function itself; it finds the rule under that name instead.
        """
        module = getattr(self.test, "__module__", None)
        qualname = getattr(self.test, "__qualname__", None)
        if module and qualname and _lookup(module, qualname) is self:
            return (_lookup, (module, qualname))
        return (FunctionRule, (self.name, self.test, self.summary))

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        for block in verdicts.undecided(page.blocks):
            reason = self.test(block)
            if reason:
                yield Finding(block.index, Action.REMOVE, reason)


def _lookup(module: str, qualname: str) -> Any:
    """The object bound to ``module.qualname`` (``None`` when there is none)."""
    import importlib

    try:
        target: Any = importlib.import_module(module)
        for part in qualname.split("."):
            target = getattr(target, part)
    except (ImportError, AttributeError):
        return None
    return target


def rule(name: str) -> Callable[[BlockTest], FunctionRule]:
    """Decorator: turn ``f(block) -> reason | None`` into a named rule.

    >>> @rule("shouting")
    ... def shouting(block):
    ...     "Lines in capitals are chrome on this site."
    ...     return "all capitals" if block.text.isupper() else None
    >>> shouting.name
    'shouting'
    """

    def wrap(test: BlockTest) -> FunctionRule:
        return FunctionRule(name, test, (test.__doc__ or "").strip())

    return wrap


def describe(rule_: Rule) -> str:
    """The first line of a rule's docstring: what the catalogue shows."""
    doc = getattr(rule_, "summary", "") or type(rule_).__doc__ or ""
    return doc.strip().splitlines()[0] if doc.strip() else ""
