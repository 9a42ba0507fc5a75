"""How far the article's region reaches beyond its best element.

The best-scoring element is the core of the region. Articles spill out of it in
a few recurring shapes: sibling paragraphs, sister sections of one document, the
rows of its table, a list of prose items beside it, a lede paragraph just above
it. Each function here answers one such question for :class:`MainContentRule`.
"""

from __future__ import annotations

from ..evidence.holds import region_kind
from ..evidence.shape import is_prose
from ..model import Block, BlockKind, Page, Verdicts

SCOPE_LEVELS = 2
"""How far above the best element stray lede paragraphs are looked for."""

FIGURE_KINDS = frozenset((BlockKind.IMAGE, BlockKind.CAPTION))
"""Blocks that are a figure's parts by their kind…"""
FIGURE_TAGS = frozenset(("figure", "figcaption"))
"""…or by an element around them (a caption written as ``<figcaption><div>``)."""


def in_figure(page: Page, block: Block) -> bool:
    """An image, a caption, or any block inside a ``<figure>``: a figure between the lede
    and the rest of the body does not wall the lede off."""
    return block.kind in FIGURE_KINDS or (block.dom is not None and any(
        page.nodes[node].tag in FIGURE_TAGS for node in block.dom.ancestors))


def sibling_paragraphs(page: Page, voters: list[Block], best: int) -> frozenset[int]:
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


def section_like(page: Page, node: int) -> bool:
    item = page.nodes[node]
    return item.tag == "section" or "section" in item.tokens


def document_root(page: Page, best: int) -> int:
    """The outermost section of the document the best element is a section of.

    Documentation and long guides nest ``section``/``div.section`` elements, each
    opening with its heading; the best one alone would lose its sister sections,
    their code and their reference lists. From a section that opens with a heading,
    the region climbs through section parents that open with a heading too.
    """
    if not section_like(page, best):
        return best
    first = openings(page)
    node = best
    while True:
        opening = first.get(node)
        parent = page.nodes[node].parent
        if (opening is None or opening.kind is not BlockKind.HEADING or parent < 0
                or not section_like(page, parent)):
            return node
        node = parent


def openings(page: Page) -> dict[int, Block]:
    """The first block inside each element (by node id)."""
    first: dict[int, Block] = {}
    for block in page.blocks:
        if block.dom is not None:
            for node in block.dom.ancestors:
                first.setdefault(node, block)
    return first


def sister_sections(page: Page, best: int) -> frozenset[int]:
    """The sections beside the best one, when it is a section opening with a heading.

    A document split into ``<section>``s, each opening with its heading, keeps its short
    sections ("The cost": one sentence) that score too little to join as siblings.
    Only sections that open with a heading too, under the same parent, and hold no
    chrome (:func:`~newsclean.evidence.holds.region_kind`) and no linked heading (a
    teaser's title), join.
    """
    parent = page.nodes[best].parent
    if parent < 0 or not section_like(page, best):
        return frozenset()
    first = openings(page)

    def opens_with_heading(node: int) -> bool:
        opening = first.get(node)
        return opening is not None and opening.kind is BlockKind.HEADING

    if not opens_with_heading(best):
        return frozenset()
    sisters = [n.id for n in page.nodes if n.parent == parent and n.id != best
               and section_like(page, n.id) and opens_with_heading(n.id)]
    if not sisters:
        return frozenset()

    def chrome(node: int) -> bool:  # a "More stories" section of teasers is no sister
        held = [b for b in page.blocks if b.dom is not None and not b.dom.hidden
                and node in b.dom.ancestors]
        return any(b.kind is BlockKind.HEADING and b.link_density > TEASER_LINKS
                   for b in held) or region_kind(held, page.nodes, node) is not None

    return frozenset(n for n in sisters if not chrome(n))


def table_of(page: Page, best: int) -> int:
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


def beside_in_article(page: Page, scores: dict[int, float], best: int,
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
    return {b.index for blocks in unscored_siblings(page, scores, parent).values()
            if all(b.kind in LIST_KINDS for b in blocks if b.kind is not BlockKind.HEADING)
            for b in blocks}


def prose_list_beside(page: Page, scores: dict[int, float], best: int) -> set[int]:
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
    return {b.index for node, blocks in unscored_siblings(page, scores, parent).items()
            if prose_list(blocks) and region_kind(
                [b for b in blocks if b.dom is not None and not b.dom.hidden],
                page.nodes, node) is None
            for b in blocks}


def prose_list(blocks: list[Block]) -> bool:
    """Headings and list items only, and most of the items' text in items that are prose
    (an interview's short questions in ``<dt>``, its answers in ``<dd>``)."""
    items = [b for b in blocks if b.kind is not BlockKind.HEADING]
    if not items or any(b.kind is not BlockKind.LIST_ITEM for b in items):
        return False
    prose = sum(len(b.text) for b in items if is_prose(b))
    return prose >= PROSE_LIST_SHARE * sum(len(b.text) for b in items)


LIST_AFTER_SHARE = 0.5
"""A box right after the body is a list or table of it when list items and table rows
hold this share of its text…"""
LIST_AFTER_LINKS = 0.5
"""…and at most this share of its text sits in links (a list of links after an article
is a related-stories or tags list)."""


LIST_AFTER_LEVELS = 3
"""How far up from the best element a box after the body is looked for: among the best
element's siblings first, then one level up (the body in one branch of the page, its
closing list in the next: ``row-1 > text`` then ``row-2 > box``), then one more (page
builders wrap each band in a column: ``band-1 > col > text`` then ``band-2 > col > box``)."""


def lists_after(page: Page, verdicts: Verdicts, region: frozenset[int],
                kept: set[int], best: int) -> set[int]:
    """Blocks of lists and tables standing right after the body, beside the best element.

    An article's closing list ("What the plan includes": its items) or table (costs by
    year) often sits in a container of its own after the one holding its paragraphs;
    its items do not vote, so it scores too little to join the region. Outside an
    ``<article>``, a sibling of the best element, below ``<body>``, joins when it
    follows the body with nothing standing between (only removed blocks and images),
    holds mostly list items or table rows, few links and no chrome by its content
    (:func:`~newsclean.evidence.holds.region_kind`); its links are counted over all its
    text, blocks other rules removed included (a list of links that ``link-dense`` thinned
    is still a list of links). Boxes after it join the same way. When no sibling does,
    a box in the next branch one level up, then two, is looked for the same way
    (``LIST_AFTER_LEVELS``).
    """
    if not kept:
        return set()
    inner = best
    for _ in range(LIST_AFTER_LEVELS):
        parent = page.nodes[inner].parent
        if parent < 0 or page.nodes[parent].tag in ("body", "html"):
            break
        found = _boxes_after(page, verdicts, region, max(kept), parent, inner)
        if found:
            return found
        inner = parent
    return set()


def _boxes_after(page: Page, verdicts: Verdicts, region: frozenset[int], end: int,
                 parent: int, inner: int) -> set[int]:
    """The list boxes among the children of ``parent`` (other than ``inner``, which holds
    the body) that follow block ``end`` with nothing standing between."""
    groups: dict[int, list[Block]] = {}
    links: dict[int, float] = {}  # links and text of each box, its removed blocks included
    for block in page.blocks[end + 1:]:
        dom = block.dom
        if dom is None or parent not in dom.ancestors or dom.hidden:
            continue
        at = dom.ancestors.index(parent)
        node = dom.ancestors[at - 1]
        if at == 0 or node in region or node == inner:
            continue
        links[node] = links.get(node, 0) + dom.link_chars - LIST_AFTER_LINKS * len(block.text)
        if not verdicts.removed(block.index):
            groups.setdefault(node, []).append(block)
    found: set[int] = set()
    for node, blocks in groups.items():  # in page order
        between = page.blocks[end + 1:blocks[0].index]
        if any(not verdicts.removed(b.index) and b.kind is not BlockKind.IMAGE
               for b in between) or not list_box(blocks) or links[node] > 0 or region_kind(
                   blocks, page.nodes, node) is not None:
            break
        found.update(b.index for b in blocks)
        end = blocks[-1].index
    return found


def list_box(blocks: list[Block]) -> bool:
    """Mostly list items or table rows, with few links, and at least one of them."""
    text = [b for b in blocks if b.kind is not BlockKind.IMAGE]
    total = sum(len(b.text) for b in text)
    listed = sum(len(b.text) for b in text if b.kind in LIST_KINDS)
    links = sum(b.dom.link_chars for b in text if b.dom is not None)
    return listed > 0 and listed >= LIST_AFTER_SHARE * total and links <= LIST_AFTER_LINKS * total


def unscored_siblings(page: Page, scores: dict[int, float],
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


def enclosing_article(page: Page, node: int) -> int:
    """The nearest ``<article>`` element around ``node`` (itself included), or -1."""
    while node >= 0 and page.nodes[node].tag != "article":
        node = page.nodes[node].parent
    return node


def lede_scope(page: Page, best: int, levels: int = SCOPE_LEVELS) -> int:
    """The element ``levels`` above the best one: where an article's stray parts may sit."""
    node = best
    for _ in range(levels):
        parent = page.nodes[node].parent
        if parent < 0 or page.nodes[parent].tag in ("body", "html"):
            break
        node = parent
    return node


def adjacent_prose(page: Page, verdicts: Verdicts, kept: set[int], scope: int,
                   passed: frozenset[int] = frozenset(), head: Block | None = None) -> set[int]:
    """Prose right before or after the region, under the same close ancestor.

    Ledes often sit just outside the element that holds the rest of the body
    (before an inset, in a separate intro container); they are taken back
    when nothing but removed blocks and figures (:func:`in_figure`: the lead image
    between the first paragraphs and the rest) stands between them and the region.
    Prose in an element the choice ``passed`` over as chrome (a player's playlist of
    summaries above the story) is no lede, nor is a paragraph that shares its parent
    with the headline ``head`` (a standfirst set under it): the walk stops there.
    """
    if not kept:
        return set()
    found: set[int] = set()
    for step, start in ((-1, min(kept) - 1),):
        index = start
        while 0 <= index < len(page.blocks):
            block = page.blocks[index]
            index += step
            if verdicts.removed(block.index) or in_figure(page, block):
                continue
            dom = block.dom
            if (dom is None or scope not in dom.ancestors or not is_prose(block)
                    or not passed.isdisjoint(dom.ancestors) or beside(block, head)):
                break
            found.add(block.index)
    return found


def beside(block: Block, head: Block | None) -> bool:
    """True when ``block`` shares its parent element with the headline ``head``: a
    standfirst set under the headline, not a stray lede of the body."""
    if head is None or head.dom is None or block.dom is None:
        return False
    return block.dom.ancestors[1:2] == head.dom.ancestors[1:2]


def common_container(page: Page, ancestors: tuple[int, ...], node: int) -> int:
    """The nearest element around ``node`` that is also among ``ancestors``, unless it is
    ``<body>`` or ``<html>`` (then -1): two parts of one article share more than the page."""
    around = set(ancestors)
    while node >= 0 and node not in around:
        node = page.nodes[node].parent
    if node < 0 or page.nodes[node].tag in ("body", "html"):
        return -1
    return node


def in_region(block: Block, region: frozenset[int]) -> bool:
    return block.dom is not None and not region.isdisjoint(block.dom.ancestors)
