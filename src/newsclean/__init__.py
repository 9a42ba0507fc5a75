"""newsclean: a scraped news page in, a clean Article out, with every removal explained.

>>> import newsclean
>>> page = "Sponsored by Acme\\nThe river rose two metres overnight, the agency said."
>>> article = newsclean.clean(page)
>>> article.paragraphs
('The river rose two metres overnight, the agency said.',)
>>> article.removed[0].rule
'sponsor'
"""

from __future__ import annotations

import logging

from ._version import __version__
from .article import Article, BodyBlock, Contact, Image, Removal
from .blocks import Block, BlockKind, DomEvidence
from .cleaner import DEFAULT_CLEANER, Cleaner, Explained, clean
from .errors import DecodeError, InputError, NewscleanError
from .input import InputKind
from .rules import DEFAULT_RULES, Action, Field, Finding, FunctionRule, LineRule, Page, Rule, rule

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "DEFAULT_CLEANER",
    "DEFAULT_RULES",
    "Action",
    "Article",
    "Block",
    "BlockKind",
    "BodyBlock",
    "Cleaner",
    "Contact",
    "DecodeError",
    "DomEvidence",
    "Explained",
    "Field",
    "Finding",
    "FunctionRule",
    "Image",
    "InputError",
    "InputKind",
    "LineRule",
    "NewscleanError",
    "Page",
    "Removal",
    "Rule",
    "__version__",
    "clean",
    "rule",
]
