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
from ..evidence.holds import region_kind
from ..evidence.shape import FURNITURE_TAGS, is_cell_prose, is_prose
from ..model import Action, Block, BlockKind, Field, Finding, Page, SourceKind, Verdicts
from .regions import CREDIBLE_SHARE, candidates, choose, headline, names_title

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

SCOPE_LEVELS = 2
"""How far above the best element stray lede paragraphs are looked for."""

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
        if not voters:
            return
        scores = self._scores(page, voters)
        if not scores:
            return

        def region_of(node: int) -> frozenset[int]:
            return self._region(page, scores, node) | _sibling_paragraphs(page, voters, node)

        def visible(block: Block) -> bool:  # blocks other rules removed are evidence too
            return block.dom is not None and not block.dom.hidden

        def standing(block: Block) -> bool:  # not removed by an earlier rule
            return not verdicts.removed(block.index)

        head = headline(page)
        choice = choose(candidates(page, scores, voters, region_of, visible, standing, head),
                        self.credible_share)
        best, region = choice.chosen.node, choice.chosen.region
        root = _table_of(page, _document_root(page, best))
        if root != best:  # nested sections of one document are one region
            best, region = root, region_of(root) - frozenset().union(
                *(c.chain for c in choice.passed))
        region |= _sister_sections(page, best) - frozenset().union(
            *(c.chain for c in choice.passed))
        # Prose the choice judged not to be the article does not count against it.
        passed = [c.region for c in choice.passed]
        counted = [b for b in voters if not any(_in_region(b, r) for r in passed)]
        inside = sum(len(b.text) for b in counted if _in_region(b, region))
        total = sum(len(b.text) for b in counted)
        if inside < self.keep_share * total:
            note = f"main content unclear: the best region holds {inside} of {total} characters"
            yield Finding.about_page(note, ((Field.NOTE, note),))
            return
        if choice.why:
            yield Finding.about_page(choice.why, ((Field.NOTE, choice.why),))
        scope = _scope(page, best)
        kept = {b.index for b in page.blocks if _in_region(b, region)}
        article = _enclosing_article(page, best)
        kept |= _adjacent_prose(page, verdicts, kept, scope)
        # The lead figure often sits beside the body in the same <article>: its image,
        # caption and credit are left to the image rule (to Article.images, not the body).
        if article >= 0:
            kept |= _beside_in_article(page, scores, best, article)
            caption = self.words.caption
            kept |= {
                b.index for b in page.blocks
                if b.dom is not None and (b.kind in FIGURE_KINDS
                                          or not caption.isdisjoint(b.dom.tokens))
                and article in b.dom.ancestors
            }
        else:
            kept |= _prose_list_beside(page, scores, best)
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
        shared = _common_container(page, head.dom.ancestors, best)
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
            elif self.words.furniture_family(node.tokens) is not None:
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


def _sibling_paragraphs(page: Page, voters: list[Block], best: int) -> frozenset[int]:
    """Prose elements standing right beside the best element, under the same parent.

    A paragraph is its own element and gets no score of its own (its votes go
    to its container), so a lede written as ``<div class="paragraph">`` next to
    the container holding the rest would otherwise fall outside the region.
    """
    parent = page.nodes[best].parent
    return frozenset(
        b.dom.ancestors[0] for b in voters
        if b.dom is not None and b.dom.ancestors and is_prose(b)
        and page.nodes[b.dom.ancestors[0]].parent == parent
    )


def _section_like(page: Page, node: int) -> bool:
    item = page.nodes[node]
    return item.tag == "section" or "section" in item.tokens


def _document_root(page: Page, best: int) -> int:
    """The outermost section of the document the best element is a section of.

    Documentation and long guides nest ``section``/``div.section`` elements, each
    opening with its heading; the best one alone would lose its sister sections,
    their code and their reference lists. From a section that opens with a heading,
    the region climbs through section parents that open with a heading too.
    """
    if not _section_like(page, best):
        return best
    first = _openings(page)
    node = best
    while True:
        opening = first.get(node)
        parent = page.nodes[node].parent
        if (opening is None or opening.kind is not BlockKind.HEADING or parent < 0
                or not _section_like(page, parent)):
            return node
        node = parent


def _openings(page: Page) -> dict[int, Block]:
    """The first block inside each element (by node id)."""
    first: dict[int, Block] = {}
    for block in page.blocks:
        if block.dom is not None:
            for node in block.dom.ancestors:
                first.setdefault(node, block)
    return first


def _sister_sections(page: Page, best: int) -> frozenset[int]:
    """The sections beside the best one, when it is a section opening with a heading.

    A document split into ``<section>``s, each opening with its heading, keeps its short
    sections ("The cost": one sentence) that score too little to join as siblings.
    Only sections that open with a heading too, under the same parent, and hold no
    chrome (:func:`~newsclean.evidence.holds.region_kind`) and no linked heading (a
    teaser's title), join.
    """
    parent = page.nodes[best].parent
    if parent < 0 or not _section_like(page, best):
        return frozenset()
    first = _openings(page)

    def opens_with_heading(node: int) -> bool:
        opening = first.get(node)
        return opening is not None and opening.kind is BlockKind.HEADING

    if not opens_with_heading(best):
        return frozenset()
    sisters = [n.id for n in page.nodes if n.parent == parent and n.id != best
               and _section_like(page, n.id) and opens_with_heading(n.id)]
    if not sisters:
        return frozenset()

    def chrome(node: int) -> bool:  # a "More stories" section of teasers is no sister
        held = [b for b in page.blocks if b.dom is not None and not b.dom.hidden
                and node in b.dom.ancestors]
        return any(b.kind is BlockKind.HEADING and b.link_density > TEASER_LINKS
                   for b in held) or region_kind(held, page.nodes, node) is not None

    return frozenset(n for n in sisters if not chrome(n))


def _table_of(page: Page, best: int) -> int:
    """The table a best-scoring table row stands in, else the element itself.

    A page laid out as a table of label and value rows ("Summary" | the summary,
    "Impact" | the impact) spreads one document over its rows; the row with the
    most prose alone would lose the others, as few of them score on their own.
    """
    if page.nodes[best].tag != "tr":
        return best
    node = best
    while node >= 0 and page.nodes[node].tag != "table":
        node = page.nodes[node].parent
    return best if node < 0 else node


TEASER_LINKS = 0.5
"""A heading with more of its text in links than this is a teaser's title: a section
holding one is not a sister section of the article."""

PROSE_LIST_SHARE = 0.5
"""A list beside the body is part of it, outside an ``<article>``, when items that are
prose hold this share of its text."""

LIST_KINDS = frozenset((BlockKind.LIST_ITEM, BlockKind.TABLE_ROW))
"""What an unscored box beside the body holds, besides headings, to be part of it."""


def _beside_in_article(page: Page, scores: dict[int, float], best: int,
                       article: int) -> set[int]:
    """Blocks of the elements beside the best one, inside its ``<article>``, that hold no
    voting prose.

    List items and headings do not vote, so a list of key points, a fact box or a
    table standing beside the body scores nothing, and no sibling score floor lets it
    join the region. Inside the same ``<article>`` it is part of the article; what is
    furniture there, other rules have already removed.
    """
    parent = page.nodes[best].parent
    if best == article or parent < 0:  # best is inside the article: so is its parent
        return set()
    return {b.index for blocks in _unscored_siblings(page, scores, parent).values()
            if all(b.kind in LIST_KINDS for b in blocks if b.kind is not BlockKind.HEADING)
            for b in blocks}


def _prose_list_beside(page: Page, scores: dict[int, float], best: int) -> set[int]:
    """Blocks of a list of prose items standing beside the best element, outside any
    ``<article>``.

    List items do not vote, so an article made of an intro and a list of paragraphs
    written as ``<li>`` (seven walks, ten tips) or an interview in ``<dt>``/``<dd>``
    kept only its intro. A sibling of the best element that holds only headings and
    list items, most of their text in items that are prose (see :func:`is_prose`; a
    teaser list's linked titles are not) and no chrome by its content
    (:func:`~newsclean.evidence.holds.region_kind`), is part of it. Beside a best
    element right under ``<body>`` nothing is taken.
    """
    parent = page.nodes[best].parent
    if parent < 0 or page.nodes[parent].tag in ("body", "html") or not any(
            b.kind is BlockKind.LIST_ITEM and b.dom is not None and parent in b.dom.ancestors
            and is_prose(b) for b in page.blocks):  # the usual page: no prose item there
        return set()
    return {b.index for node, blocks in _unscored_siblings(page, scores, parent).items()
            if _prose_list(blocks) and region_kind(
                [b for b in blocks if b.dom is not None and not b.dom.hidden],
                page.nodes, node) is None
            for b in blocks}


def _prose_list(blocks: list[Block]) -> bool:
    """Headings and list items only, and most of the items' text in items that are prose
    (an interview's short questions in ``<dt>``, its answers in ``<dd>``)."""
    items = [b for b in blocks if b.kind is not BlockKind.HEADING]
    if not items or any(b.kind is not BlockKind.LIST_ITEM for b in items):
        return False
    prose = sum(len(b.text) for b in items if is_prose(b))
    return prose >= PROSE_LIST_SHARE * sum(len(b.text) for b in items)


def _unscored_siblings(page: Page, scores: dict[int, float],
                       parent: int) -> dict[int, list[Block]]:
    """The blocks under each child of ``parent`` that no voting block scored."""
    found: dict[int, list[Block]] = {}
    for block in page.blocks:
        dom = block.dom
        if dom is None or parent not in dom.ancestors:
            continue
        at = dom.ancestors.index(parent)
        if at > 0 and dom.ancestors[at - 1] not in scores:
            found.setdefault(dom.ancestors[at - 1], []).append(block)
    return found


def _enclosing_article(page: Page, node: int) -> int:
    """The nearest ``<article>`` element around ``node`` (itself included), or -1."""
    while node >= 0 and page.nodes[node].tag != "article":
        node = page.nodes[node].parent
    return node


def _scope(page: Page, best: int, levels: int = SCOPE_LEVELS) -> int:
    """The element ``levels`` above the best one: where an article's stray parts may sit."""
    node = best
    for _ in range(levels):
        parent = page.nodes[node].parent
        if parent < 0 or page.nodes[parent].tag in ("body", "html"):
            break
        node = parent
    return node


def _adjacent_prose(page: Page, verdicts: Verdicts, kept: set[int], scope: int) -> set[int]:
    """Prose right before or after the region, under the same close ancestor.

    Ledes often sit just outside the element that holds the rest of the body
    (before an inset, in a separate intro container); they are taken back
    when nothing but removed blocks stands between them and the region.
    """
    if not kept:
        return set()
    found: set[int] = set()
    for step, start in ((-1, min(kept) - 1),):
        index = start
        while 0 <= index < len(page.blocks):
            block = page.blocks[index]
            index += step
            if verdicts.removed(block.index) or block.kind is BlockKind.IMAGE:
                continue
            dom = block.dom
            if dom is None or scope not in dom.ancestors or not is_prose(block):
                break
            found.add(block.index)
    return found


def _common_container(page: Page, ancestors: tuple[int, ...], node: int) -> int:
    """The nearest element around ``node`` that is also among ``ancestors``, unless it is
    ``<body>`` or ``<html>`` (then -1): two parts of one article share more than the page."""
    around = set(ancestors)
    while node >= 0 and node not in around:
        node = page.nodes[node].parent
    if node < 0 or page.nodes[node].tag in ("body", "html"):
        return -1
    return node


def _in_region(block: Block, region: frozenset[int]) -> bool:
    return block.dom is not None and not region.isdisjoint(block.dom.ancestors)


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
