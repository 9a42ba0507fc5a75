"""newsclean: a scraped news page in, a clean Article out, with every removal explained.

>>> import newsclean
>>> page = "Sponsored by Acme\\nThe river rose two metres overnight, the agency said."
>>> article = newsclean.clean(page)
>>> article.paragraphs
('The river rose two metres overnight, the agency said.',)
>>> article.removed[0].rule
'sponsor'

Everything a rule author needs is importable from here: the model (``Page``,
``Block``, ``Finding``, ``Action``, ``Field``, ``Verdicts``...), the rule
helpers (``LineRule``, ``rule``, ``whole``, ``leading``, ``gate``) and the
Cleaner's settings (``SafetyValve``, ``Budget``). ``newsclean.testing`` runs
one rule on a snippet.
"""

from __future__ import annotations

import logging

from ._version import __version__
from .article import Article, BodyBlock, Removal
from .budget import Budget
from .cleaner import DEFAULT_CLEANER, Cleaner, Explained, clean
from .errors import DecodeError, InputError, NewscleanError, RuleError
from .input import InputKind
from .model import (
    Action,
    Block,
    BlockKind,
    Contact,
    DomEvidence,
    DomNode,
    Field,
    Finding,
    Image,
    Page,
    Rule,
    SourceKind,
    Verdicts,
)
from .rules import DEFAULT_RULES, FunctionRule, LineRule, rule
from .rules.lines import Gate, gate, leading, whole
from .valve import SafetyValve

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "DEFAULT_CLEANER",
    "DEFAULT_RULES",
    "Action",
    "Article",
    "Block",
    "BlockKind",
    "BodyBlock",
    "Budget",
    "Cleaner",
    "Contact",
    "DecodeError",
    "DomEvidence",
    "DomNode",
    "Explained",
    "Field",
    "Finding",
    "FunctionRule",
    "Gate",
    "Image",
    "InputError",
    "InputKind",
    "LineRule",
    "NewscleanError",
    "Page",
    "Removal",
    "Rule",
    "RuleError",
    "SafetyValve",
    "SourceKind",
    "Verdicts",
    "__version__",
    "clean",
    "gate",
    "leading",
    "rule",
    "whole",
]
