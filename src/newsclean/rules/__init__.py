"""Rules: each one recognises one kind of boilerplate or metadata.

``DEFAULT_RULES`` is the order the default cleaner runs them in: first the
HTML rules (they skip text dumps: page metadata, the title, then the DOM
evidence and the main-content region), then the line-shaped chrome, then
people and dates, then the positional rules that read a dump's header and
its article region. See ``docs/rules.md``.
"""

from __future__ import annotations

from ..model import Action, Field, Finding, Page, Rule, SourceKind, Verdicts
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
from .contacts import ContactRule
from .content import HtmlTitleRule, MainContentRule
from .dom import FurnitureRule, HiddenRule
from .dump_region import DumpRegionRule
from .function import FunctionRule, rule
from .header import DatelineRule, MastheadRule
from .headline import HeadlineRule
from .html_meta import HtmlMetaRule, PageHintsRule
from .images import ImageMarkerRule
from .kind import PageKindRule
from .lines import LineRule
from .link_density import LinkDensityRule
from .link_numbers import LinkNumberRule, ReferenceListRule
from .markup import MarkupRule
from .people import BylineRule
from .spans import InlineAdRule, TimestampRule, TrailingLinkRule
from .text_region import TextRegionRule
from .title import TitleRule

TEXT_RULES: tuple[Rule, ...] = (
    *CHROME_RULES,
    ContactRule(),
    DatelineRule(),
    ImageMarkerRule(),
    MastheadRule(),
    BylineRule(),
    TitleRule(),
    ReferenceListRule(),
    DumpRegionRule(),
    HeadlineRule(),
)

DOM_RULES: tuple[Rule, ...] = (
    MarkupRule(),
    HtmlMetaRule(),
    HtmlTitleRule(),
    HiddenRule(),
    FurnitureRule(),
    LinkDensityRule(),
    MainContentRule(),
    PageKindRule(),
)

SPAN_RULES: tuple[Rule, ...] = (InlineAdRule(), TrailingLinkRule(), TimestampRule(),
                                LinkNumberRule())
"""Last of the body rules: they cut chrome out of the blocks every other rule kept."""

MARKUP_FALLBACK = MarkupRule(name="markup-fallback", weak=True)
"""Weak markup (an organisation as author, a ``<time>``, a title): only fills gaps."""

DEFAULT_RULES: tuple[Rule, ...] = (*DOM_RULES, *TEXT_RULES, *SPAN_RULES, MARKUP_FALLBACK,
                                   PageHintsRule())

__all__ = [
    "AD_MARKER",
    "COOKIE",
    "COPYRIGHT",
    "COUNTER",
    "DEFAULT_RULES",
    "DOM_RULES",
    "MARKUP_FALLBACK",
    "NAV_CRUMB",
    "NEWSLETTER",
    "RELATED",
    "SHARE",
    "SPAN_RULES",
    "SPONSOR",
    "TEXT_RULES",
    "Action",
    "BylineRule",
    "ContactRule",
    "DatelineRule",
    "DumpRegionRule",
    "Field",
    "Finding",
    "FunctionRule",
    "FurnitureRule",
    "HeadlineRule",
    "HiddenRule",
    "HtmlMetaRule",
    "HtmlTitleRule",
    "ImageMarkerRule",
    "InlineAdRule",
    "LineRule",
    "LinkDensityRule",
    "LinkNumberRule",
    "MainContentRule",
    "MarkupRule",
    "MastheadRule",
    "Page",
    "PageHintsRule",
    "PageKindRule",
    "ReferenceListRule",
    "Rule",
    "SourceKind",
    "TextRegionRule",
    "TimestampRule",
    "TitleRule",
    "TrailingLinkRule",
    "Verdicts",
    "rule",
]
