"""Main content: choose the article's region of the page, drop what lies outside.

Scoring follows the idea readability made familiar: every paragraph-like
block votes for the elements around it (its container fully, the next one up
half, further ones less), prose with commas and few links votes more, and an
element named like an article body gets a bonus. The best element and its
strong siblings form the region. A safety valve keeps the page as it is when
the region would hold too little of the page's prose, and says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from ..evidence.classes import CLASS_WORDS, ClassWords
from ..evidence.shape import FURNITURE_TAGS, is_cell_prose
from ..model import Action, Block, BlockKind, Field, Finding, Page, SourceKind, Verdicts
from .extent import (
    adjacent_prose,
    beside_in_article,
    common_container,
    document_root,
    enclosing_article,
    in_region,
    lede_scope,
    lists_after,
    prose_list_beside,
    sibling_paragraphs,
    sister_sections,
    table_of,
)
from .intro import intro_under_headline
from .joint import joint_region
from .regions import CREDIBLE_SHARE, candidates, choose, headline, names_title
from .short_lines import short_line_runs
from .siblings import chrome_siblings

MIN_CHARS = 25
"""Shorter blocks do not vote (menus, buttons, labels)."""

CHARS_PER_POINT = 100
"""A voting block earns one point per this many characters…"""
MAX_LENGTH_POINTS = 3.0
"""…up to this many, plus one point per comma and one for being there at all."""

VOTE_LEVELS = 5
"""A block votes for this many ancestors above its own element…"""
PARENT_SHARE, GRANDPARENT_SHARE, FARTHER_SHARE = 1.0, 2.0, 3.0
"""…its container fully, the next one up half, further ones a third times their distance."""

CONTENT_BONUS = 1.25
"""An element named like an article body (or an <article>) scores this much more…"""
FURNITURE_MALUS = 0.75
"""…and one named like page furniture this much less."""

MIN_SIBLING_SCORE = 5.0
"""A sibling of the best element joins the region only above this score (and sibling_share)."""

FIGURE_KINDS = frozenset((BlockKind.IMAGE, BlockKind.CAPTION))

VOTING_KINDS = frozenset((BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.PREFORMATTED))
"""List items and table rows do not vote: teaser lists and tickers are made of them (a row
that is one cell of prose does: ``is_cell_prose``)."""


def _vote(block: Block) -> float:
    text = block.text
    commas = text.count(",") + text.count("，") + text.count("、")
    length = min(len(text) / CHARS_PER_POINT, MAX_LENGTH_POINTS)
    return (1.0 + commas + length) * (1.0 - block.link_density)


@dataclass(frozen=True, slots=True)
class MainContentRule:
    """Keeps the article region of an HTML page; teasers, rails and comments outside it go."""

    name: str = "main-content"
    structural: ClassVar[bool] = True
    sibling_share: float = 0.15
    """A sibling of the best element scoring this share of its score joins the region."""
    keep_share: float = 0.35
    """The region must hold this share of the page's voting prose, or nothing is dropped."""
    credible_share: float = CREDIBLE_SHARE
    """An element scoring this share of the best one's score may be chosen instead, when
    the best holds chrome or is not where the headline leads (see :mod:`.regions`)."""
    words: ClassWords = CLASS_WORDS
    """The class/id vocabularies (see :class:`~newsclean.evidence.classes.ClassWords`)."""

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        if page.source is not SourceKind.HTML or not page.nodes:
            return
        voters = [
            b for b in page.blocks
            if b.dom is not None and not verdicts.removed(b.index)
            and (b.kind in VOTING_KINDS or is_cell_prose(b)) and len(b.text) >= MIN_CHARS
            and b.dom.tag not in FURNITURE_TAGS
        ]
        lines = short_line_runs(page.blocks, verdicts, MIN_CHARS)
        if lines:  # a post of short lines (a poem, a blog of one-line sentences) votes too
            voters = sorted(voters + [b for b in lines if b.dom is not None
                                      and b.dom.tag not in FURNITURE_TAGS],
                            key=lambda b: b.index)
        if not voters:
            return
        scores = self._scores(page, voters)
        if not scores:
            return

        def region_of(node: int) -> frozenset[int]:
            return self._region(page, scores, node) | sibling_paragraphs(page, voters, node)

        def visible(block: Block) -> bool:  # blocks other rules removed are evidence too
            return block.dom is not None and not block.dom.hidden

        def standing(block: Block) -> bool:  # not removed by an earlier rule
            return not verdicts.removed(block.index)

        head = headline(page)
        found = candidates(page, scores, voters, region_of, visible, standing, head)
        choice = choose(found, self.credible_share)
        best, region = choice.chosen.node, choice.chosen.region

        def root_of(node: int) -> int:
            return table_of(page, document_root(page, node))

        root = root_of(best)
        if root != best:  # nested sections of one document are one region
            best, region = root, region_of(root) - frozenset().union(
                *(c.chain for c in choice.passed))
        region -= chrome_siblings(page, region, best)  # a thread beside a longer post
        shared = joint_region(page, found, choice, best, self.credible_share, root_of)
        if shared >= 0:  # one document in two boxes: the headline's and the best one
            region |= frozenset((shared,))
        region |= sister_sections(page, best) - frozenset().union(
            *(c.chain for c in choice.passed))
        # Prose the choice judged not to be the article does not count against it.
        passed = [c.region for c in choice.passed]
        counted = [b for b in voters if not any(in_region(b, r) for r in passed)]
        inside = sum(len(b.text) for b in counted if in_region(b, region))
        total = sum(len(b.text) for b in counted)
        if inside < self.keep_share * total:
            note = f"main content unclear: the best region holds {inside} of {total} characters"
            yield Finding.about_page(note, ((Field.NOTE, note),))
            return
        if choice.why:
            yield Finding.about_page(choice.why, ((Field.NOTE, choice.why),))
        scope = lede_scope(page, best)
        kept = {b.index for b in page.blocks if in_region(b, region)}
        article = enclosing_article(page, best)
        passed_nodes = frozenset(c.node for c in choice.passed)
        kept |= adjacent_prose(page, verdicts, kept, scope, passed_nodes, head)
        kept |= intro_under_headline(page, verdicts, kept, head, passed_nodes)
        # The lead figure often sits beside the body in the same <article>: its image,
        # caption and credit are left to the image rule (to Article.images, not the body).
        if article >= 0:
            kept |= beside_in_article(page, scores, best, article)
            caption = self.words.caption
            kept |= {
                b.index for b in page.blocks
                if b.dom is not None and (b.kind in FIGURE_KINDS
                                          or not caption.isdisjoint(b.dom.tokens))
                and article in b.dom.ancestors
            }
        else:
            kept |= prose_list_beside(page, scores, best)
            kept |= lists_after(page, verdicts, region, kept, best)
        kept |= self._lead_figure(page, head, kept, best)
        for block in page.blocks:
            if block.dom is not None and not verdicts.decided(block.index) and (
                block.index not in kept
            ):
                yield Finding(block.index, Action.REMOVE, "outside the main content")

    def _lead_figure(self, page: Page, head: Block | None, kept: set[int],
                     best: int) -> set[int]:
        """The figure between the headline and the region, left to the image rule.

        Outside an ``<article>`` the lead image and its caption (a ``figcaption``, or an
        element named like a caption: ``wp-caption-text``) often sit in their own
        container between the headline and the body. When the headline and the region
        share a container below ``<body>``, they go to ``Article.images``, not away.
        """
        if head is None or head.dom is None or not kept or head.index >= min(kept):
            return set()
        shared = common_container(page, head.dom.ancestors, best)
        if shared < 0:
            return set()
        return {
            b.index for b in page.blocks[head.index + 1:min(kept)]
            if b.dom is not None and shared in b.dom.ancestors and self._figure(b)
        }

    def _figure(self, block: Block) -> bool:
        """An image, a ``figcaption``, or a block named like a caption or credit."""
        return block.kind in FIGURE_KINDS or (
            block.dom is not None and not self.words.caption.isdisjoint(block.dom.tokens))

    def _scores(self, page: Page, voters: list[Block]) -> dict[int, float]:
        scores: dict[int, float] = {}
        for block in voters:
            assert block.dom is not None
            vote = _vote(block)
            for level, node_id in enumerate(block.dom.ancestors[1:VOTE_LEVELS + 1]):
                share = (PARENT_SHARE if level == 0
                         else GRANDPARENT_SHARE if level == 1 else level * FARTHER_SHARE)
                scores[node_id] = scores.get(node_id, 0.0) + vote / share
        for node_id in scores:
            node = page.nodes[node_id]
            if node.tokens & self.words.content or node.tag == "article":
                scores[node_id] *= CONTENT_BONUS
            elif node.tokens and self.words.furniture_family(node.tokens) is not None:
                scores[node_id] *= FURNITURE_MALUS
        return scores

    def _region(self, page: Page, scores: dict[int, float], best: int) -> frozenset[int]:
        """The best element and its siblings that score well or are named like it.

        Articles split into sections (``<div class="body">`` … ad … ``<div class="body">``)
        come back whole this way.
        """
        node = page.nodes[best]
        floor = max(MIN_SIBLING_SCORE, self.sibling_share * scores[best])
        region = {best}
        for node_id, score in scores.items():
            other = page.nodes[node_id]
            if (other.parent == node.parent and score >= floor) or (
                node.tokens - self.words.generic and other.tokens == node.tokens
            ):
                region.add(node_id)
        return frozenset(region)


@dataclass(frozen=True, slots=True)
class HtmlTitleRule:
    """The headline of an HTML page: the heading that matches the page title, else the first h1."""

    name: str = "html-title"

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        if page.source is not SourceKind.HTML:
            return
        hint = _fold(page.hints.get("title", ""))
        headings = [b for b in page.blocks if b.kind is BlockKind.HEADING and b.text]
        matching = [b for b in headings if names_title(_fold(b.text), hint)]
        # An h1 that matches beats any other heading; a menu's "Sport" never matches.
        chosen = next((b for b in matching if b.level == 1), matching[0] if matching else None)
        if chosen is None:
            chosen = next((b for b in headings if b.level == 1), None)
        if chosen is None:
            return
        yield Finding(chosen.index, Action.REMOVE, "title", ((Field.TITLE, chosen.text),))


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())
