"""Rules: each one recognises one kind of boilerplate or metadata.

``DEFAULT_RULES`` is the order the default cleaner runs them in: first the
line-shaped chrome, then people and dates, then the positional rules that
read the page header. See ``docs/rules.md`` for the catalogue.
"""

from __future__ import annotations

from .base import Action, Field, Finding, FunctionRule, Page, Rule, SourceKind, Verdicts, rule
from .chrome import (
    AD_MARKER,
    CHROME_RULES,
    COOKIE,
    COPYRIGHT,
    COUNTER,
    NAV_CRUMB,
    NEWSLETTER,
    RELATED,
    SHARE,
    SPONSOR,
)
from .header import DatelineRule, MastheadRule, TitleRule
from .images import ImageMarkerRule
from .lines import LineRule
from .people import BylineRule, ContactRule

TEXT_RULES: tuple[Rule, ...] = (
    *CHROME_RULES,
    ContactRule(),
    DatelineRule(),
    ImageMarkerRule(),
    MastheadRule(),
    BylineRule(),
    TitleRule(),
)

DEFAULT_RULES: tuple[Rule, ...] = TEXT_RULES

__all__ = [
    "AD_MARKER",
    "COOKIE",
    "COPYRIGHT",
    "COUNTER",
    "DEFAULT_RULES",
    "NAV_CRUMB",
    "NEWSLETTER",
    "RELATED",
    "SHARE",
    "SPONSOR",
    "TEXT_RULES",
    "Action",
    "BylineRule",
    "ContactRule",
    "DatelineRule",
    "Field",
    "Finding",
    "FunctionRule",
    "ImageMarkerRule",
    "LineRule",
    "MastheadRule",
    "Page",
    "Rule",
    "SourceKind",
    "TitleRule",
    "Verdicts",
    "rule",
]
