"""DOM rules: evidence only HTML has (hidden elements, class/id words; link density is
``rules/link_density.py``).

Each rule skips blocks without DOM evidence, so text dumps pass untouched.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ..evidence.classes import CLASS_WORDS, ClassWords
from ..evidence.shape import is_prose
from ..model import Action, Field, Finding, Page, Verdicts
from .link_density import prose_containers
from .zones import prose_mass

CHROME_TAG_REASONS = {
    "nav": "inside <nav>",
    "aside": "inside <aside>",
    "footer": "inside <footer>",
    "form": "inside <form>",
    "menu": "inside <menu>",
    "dialog": "inside <dialog>",
}


@dataclass(frozen=True, slots=True)
class HiddenRule:
    """Hidden elements: the hidden attribute, aria-hidden, display:none, 'sr-only' classes.

    Unless the page hides its article: when hidden elements hold at least
    ``min_prose`` characters of prose and the visible page fewer than ``max_visible``,
    the page was saved with its body hidden (``aria-hidden`` on the page while a
    consent dialog was open, a body a script reveals). Removing them would leave next
    to nothing, so nothing is removed for being hidden, and a note says so.
    """

    name: str = "hidden"
    min_prose: int = 500
    """Characters of hidden prose that can be an article…"""
    max_visible: int = 300
    """…when the visible page holds fewer characters of prose than this."""
    min_alone: int = 200
    """A short article (two paragraphs) hidden on a page whose visible part holds no prose
    at all is kept too: removing it would leave the page empty, without a word."""

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        hidden = sum(len(b.text) for b in page.blocks
                     if b.dom is not None and b.dom.hidden and is_prose(b))
        if hidden >= min(self.min_prose, self.min_alone):  # the visible prose counted then
            visible = sum(len(b.text) for b in page.blocks
                          if b.dom is not None and not b.dom.hidden and is_prose(b))
            if (visible < self.max_visible and hidden >= self.min_prose) or (
                    visible == 0 and hidden >= self.min_alone):
                note = (f"hidden: hidden elements hold {hidden} of {hidden + visible} "
                        "characters of prose (the article, hidden while the page was "
                        "saved); kept")
                yield Finding.about_page(note, ((Field.NOTE, note),))
                return
        for block in page.blocks:
            dom = block.dom
            if dom is None or verdicts.removed(block.index):
                continue
            if dom.hidden:
                yield Finding(block.index, Action.REMOVE, "hidden element")


@dataclass(frozen=True, slots=True)
class FurnitureRule:
    """Page furniture by markup: nav/aside/footer/form, and class/id words per family.

    The nearest marked ancestor decides. The search upwards stops at an element
    named like the article body (``article-body``, ``entry-content``…) and at
    one holding most of the page's prose: furniture *inside* the article is
    caught, while a page-wide wrapper oddly named ``widget`` or ``ad-wrap``
    cannot take the article down with it. The prose counted leaves out comment
    threads, related rails, sign-up and consent boxes (elements named like them,
    :data:`PROSE_CHROME`, holding less than ``THREAD_MAX_SHARE`` of the page's prose):
    a short post beside a long thread is still most of the page's own prose, so a page
    builder's ``elementor-widget`` around it cannot take it down, nor can the thread
    shield itself.
    """

    name: str = "dom-furniture"
    structural: ClassVar[bool] = True
    article_share: float = 0.5
    """An element holding this share of the page's prose is the article, whatever its name."""
    words: ClassWords = CLASS_WORDS
    """The class/id vocabularies (see :class:`~newsclean.evidence.classes.ClassWords`)."""
    text_paragraphs: int = 3
    """An element named ``widget`` that holds this many prose paragraphs as its own
    children is a text module (page builders name every module ``widget``), not
    furniture; the main-content choice still weighs it against the article."""

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        nodes = page.nodes
        mass, total = prose_mass(page, verdicts)
        threads = _threads(page, mass, total * THREAD_MAX_SHARE, self.words)
        if threads:
            mass, total = prose_mass(page, verdicts, threads)
        floor = self.article_share * total if total else float("inf")
        prose_in: dict[int, int] | None = None
        decided: dict[int, str | None] = {}
        marks: dict[tuple[str, frozenset[str], str], str | None] = {}  # siblings share them

        def verdict(node_id: int) -> str | None:
            """The furniture reason that governs a node, memoised up the parent chain."""
            chain = []
            reason: str | None = None
            while node_id >= 0 and node_id not in decided:
                chain.append(node_id)
                node = nodes[node_id]
                if not node.tokens and node.tag not in CHROME_TAG_REASONS:
                    mark = None  # no words and no furniture tag (most elements): _mark says None
                else:
                    parent_tag = nodes[node.parent].tag if node.parent >= 0 else ""
                    key = (node.tag, node.tokens, parent_tag)
                    if key in marks:
                        mark = marks[key]
                    else:
                        mark = marks[key] = _mark(node.tag, node.tokens, parent_tag, self.words)
                if mark == _ARTICLE or mass.get(node_id, 0) >= floor:
                    reason = None
                    break
                if mark is not None and mark.endswith(_MODULE):
                    nonlocal prose_in
                    if prose_in is None:
                        prose_in = prose_containers(page, verdicts)
                    if prose_in.get(node_id, 0) >= self.text_paragraphs:
                        reason = None  # a page builder's text module, named "widget"
                        break
                if mark is not None:
                    reason = mark
                    break
                node_id = nodes[node_id].parent
            else:
                reason = decided.get(node_id) if node_id >= 0 else None
            for seen in chain:
                decided[seen] = reason
            return reason

        for block in page.blocks:
            dom = block.dom
            if dom is None or not dom.ancestors or verdicts.removed(block.index):
                continue
            found = verdict(dom.ancestors[0])
            if found is not None:
                yield Finding(block.index, Action.REMOVE, found)


_ARTICLE = "article"




THREAD_MAX_SHARE = 0.9
"""An element named like chrome that holds prose (a comment thread, a related rail)
holding less than this share of the page's prose sits beside the article (one holding
more is a page-wide wrapper)."""

PROSE_CHROME = frozenset(("comments", "related", "newsletter", "cookie"))
"""The furniture families whose elements hold prose of their own (comments, teasers'
summaries, sign-up and consent text) and whose names are not layout words, unlike
``navigation``'s ``widget`` or ``sidebar``, which page builders put around articles."""


def _threads(page: Page, mass: dict[int, int], below: float,
             words: ClassWords) -> frozenset[int]:
    """Elements named like prose chrome (:data:`PROSE_CHROME`) that hold prose, less than
    ``below`` characters."""
    nodes = page.nodes
    return frozenset(  # an element without class/id words (most) names no family
        node_id for node_id, size in mass.items() if size < below and nodes[node_id].tokens
        and (words.furniture_family(nodes[node_id].tokens) or ("",))[0] in PROSE_CHROME)


_MODULE = "(class/id 'widget')"
"""The end of the reason given for the word ``widget``, which page builders put on every
module (``elementor-widget``, ``so-panel widget``), text modules included."""


def _mark(tag: str, tokens: frozenset[str], parent_tag: str, words: ClassWords) -> str | None:
    """Why an element is furniture, ``_ARTICLE`` when it is the article body, else None.

    A ``<footer>`` in a ``<blockquote>`` or ``<figure>`` is the quote's attribution or
    the figure's credit, not page furniture.
    """
    if tokens & words.content or (tag == "blockquote" and tokens & words.embeds):
        return _ARTICLE
    quoted = parent_tag in ("blockquote", "figure")
    reason = None if quoted else CHROME_TAG_REASONS.get(tag)
    if reason is None and tokens:
        reason = _family_reason(tokens, words)
    return reason


def _family_reason(tokens: frozenset[str], words: ClassWords) -> str | None:
    found = words.furniture_family(tokens)
    return f"{found[0]} (class/id '{found[1]}')" if found is not None else None
