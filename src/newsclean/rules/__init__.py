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
from .content import HtmlTitleRule, MainContentRule
from .dom import FurnitureRule, HiddenRule, LinkDensityRule
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

DOM_RULES: tuple[Rule, ...] = (HiddenRule(), FurnitureRule(), LinkDensityRule(), MainContentRule())

DEFAULT_RULES: tuple[Rule, ...] = (*DOM_RULES, *TEXT_RULES, HtmlTitleRule())

__all__ = [
    "AD_MARKER",
    "COOKIE",
    "COPYRIGHT",
    "COUNTER",
    "DEFAULT_RULES",
    "DOM_RULES",
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
    "FurnitureRule",
    "HiddenRule",
    "HtmlTitleRule",
    "ImageMarkerRule",
    "LineRule",
    "LinkDensityRule",
    "MainContentRule",
    "MastheadRule",
    "Page",
    "Rule",
    "SourceKind",
    "TitleRule",
    "Verdicts",
    "rule",
]
