"""Findings: what a rule reports, and the read-only view of earlier verdicts it may consult.

A rule never edits the page. It reports findings ("block 7 is an ad label",
"characters 0-6 of block 3 are a live-blog time stamp", "the page's language
is de"), and :mod:`newsclean.decide` alone turns them into decisions.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from .blocks import Block
from .frozen import setters

MetaValue = object
"""A metadata value: a str, a date, an :class:`~.media.Image` or :class:`~.media.Contact`."""


class Action(str, enum.Enum):
    """What a finding asks for."""

    REMOVE = "remove"
    """Take the block (or the finding's span of it) out of the body, into ``Article.removed``."""
    KEEP = "keep"
    """Protect the block: later rules may no longer remove it, but still see it as evidence."""
    NOTE = "note"
    """Change nothing in the body; only report metadata."""


class Field(str, enum.Enum):
    """Article metadata a finding can carry."""

    TITLE = "title"
    AUTHOR = "author"
    PUBLISHED = "published"
    SITE_NAME = "site_name"
    URL = "url"
    CONTACT = "contact"
    IMAGE = "image"
    LANGUAGE = "language"
    PAGE_KIND = "page_kind"
    NOTE = "note"
    MODIFIED = "modified"
    DESCRIPTION = "description"
    LEAD_IMAGE = "lead_image"
    CANONICAL_URL = "canonical_url"
    SECTION = "section"
    TAG = "tag"
    ORGANISATION = "organisation"
    """An organisation credited as author: the author only when no source names a person."""


Span = tuple[int, int]
"""``(start, end)`` character offsets into a block's ``text``."""


@dataclass(frozen=True, slots=True, init=False)
class Finding:
    """One thing a rule noticed: about a block, a span of a block, or the whole page.

    ``index`` is the block's index, or ``None`` for a finding about the page
    (its title or language from the document head), which can only be a NOTE.
    ``span`` narrows a finding to characters ``start:end`` of the block's text.
    An ``action`` given as a string (``"remove"``) is read as the Action of that
    value; anything else is refused here, at the rule's own line.
    """

    index: int | None
    action: Action
    reason: str
    data: tuple[tuple[Field, MetaValue], ...] = ()
    span: Span | None = None

    def __init__(self, index: int | None, action: Action, reason: str,
                 data: tuple[tuple[Field, MetaValue], ...] = (), span: Span | None = None) -> None:
        # Written out rather than generated: rules make a finding per line they remove, and
        # the slots set directly (:mod:`.frozen`) halve the cost of the dataclass's own.
        if type(action) is not Action:
            action = _action(action)
        if index is None and action is not Action.NOTE:
            raise ValueError("a finding about the whole page (index None) can only be a NOTE")
        if span is not None:
            start, end = span
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
                raise ValueError(f"a span is (start, end) with 0 <= start < end, not {span!r}")
        _INDEX(self, index)
        _ACTION(self, action)
        _REASON(self, reason)
        _DATA(self, data)
        _SPAN(self, span)

    @classmethod
    def about_page(cls, reason: str, data: tuple[tuple[Field, MetaValue], ...]) -> Finding:
        """Metadata about the whole page rather than one block."""
        return cls(None, Action.NOTE, reason, data)


_INDEX, _ACTION, _REASON, _DATA, _SPAN = setters(
    Finding, "index", "action", "reason", "data", "span")


def _action(action: object) -> Action:
    """The Action a finding's ``action`` names, or a ValueError saying what is allowed."""
    try:
        return Action(action)
    except ValueError:
        known = ", ".join(repr(a.value) for a in Action)
        raise ValueError(
            f"a Finding's action must be an Action ({known}), not {action!r}"
        ) from None


class Verdicts(Protocol):
    """A read-only view of what earlier rules decided."""

    def removed(self, index: int) -> bool:
        """True when an earlier rule removed block ``index`` as a whole."""

    def protected(self, index: int) -> bool:
        """True when an earlier rule protected block ``index`` (it stays, whatever follows)."""

    def decided(self, index: int) -> bool:
        """True when block ``index`` is removed or protected: its fate is settled."""

    def found(self, field: Field) -> bool:
        """True when an earlier rule reported a value for ``field``."""

    def undecided(self, blocks: Iterable[Block]) -> list[Block]:
        """The blocks no earlier rule removed, in order (protected ones included)."""
