"""The shared model: what every stage of the pipeline speaks.

``input`` makes a :class:`Page` of :class:`Block` objects, ``rules`` report
:class:`Finding` objects about it, ``decide`` folds them into decisions and
``build`` assembles the Article. This package imports nothing else from
newsclean, so any stage may import it.
"""

from __future__ import annotations

from .blocks import Block, BlockKind, DomEvidence, DomNode
from .findings import Action, Field, Finding, MetaValue, Verdicts
from .media import Contact, Image
from .page import Markup, Page, SourceKind
from .rule import Rule

__all__ = [
    "Action",
    "Block",
    "BlockKind",
    "Contact",
    "DomEvidence",
    "DomNode",
    "Field",
    "Finding",
    "Image",
    "Markup",
    "MetaValue",
    "Page",
    "Rule",
    "SourceKind",
    "Verdicts",
]
