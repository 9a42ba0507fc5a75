"""The link-density rule: blocks that are mostly links, judged by the region they sit in
(prose inside links stays when the region is prose; a link list introduced by a sentence,
under a 'Sources' heading or in a document's subsection stays)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..evidence.phrases import SOURCE_HEADINGS
from ..evidence.shape import PROSE_MAX_LINK_DENSITY, PROSE_WORDS, ends_sentence, is_prose
from ..model import Action, Block, BlockKind, Finding, Page, Verdicts


@dataclass(frozen=True, slots=True)
class LinkDensityRule:
    """Link lists and link-only lines: most of the block's text sits inside links."""

    name: str = "link-dense"
    threshold: float = 0.5
    """A block with more than this share of its characters in links is a link list…"""
    long_words: int = 40
    """…unless it has this many words: running text that links a lot…"""
    long_threshold: float = 0.8
    """…is a link list only above this share."""

    commented_chars: int = 20
    """A link with this many characters of its own text around it (", a patient piece on
    floods.") is a reference written into the text…"""
    commented_threshold: float = 0.85
    """…when at most this share of the block is links; such a block stays when its
    container also holds prose (a reading list in a post, a reference list in a
    document): link density is judged by the region, not the line alone."""
    sentence_threshold: float = 0.7
    """A paragraph stays so only when it ends like a sentence and at most this share of it
    is links (several links in one sentence)."""
    cited_chars: int = 4
    """A list item with this many characters of its own beside its links ("(2019)"), at
    most ``commented_threshold`` links, in a subsection of a long document (a section
    inside a section), is a reference in the document's reference list, and stays."""

    section_prose: int = 2
    """A linked heading (``<h2><a>The cost</a></h2>``) followed by a prose paragraph of its
    container is a section heading, and stays, when the container holds this many prose
    paragraphs per linked heading: a flat list of teasers has one summary per title."""

    intro_words: int = 5
    """A list of links right after a sentence of this many words or more, ending with a
    colon, in the same container ("The council published these documents:"), is content
    the sentence introduces, and stays (a label such as "Read more:" is shorter)."""

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        prose_in: dict[int, int] | None = None
        linked: dict[int, int] | None = None
        introduced: dict[int, bool] = {}  # by list element: its items share the answer
        for block in page.blocks:
            if block.dom is None or verdicts.removed(block.index) or block.kind is BlockKind.IMAGE:
                continue
            if self._link_dense(block):
                if self._commented(block):
                    if prose_in is None:
                        prose_in = prose_containers(page, verdicts)
                    if _container(block, page) in prose_in:
                        continue
                elif self._listed_content(block, page, verdicts, introduced):
                    continue
                elif block.kind is BlockKind.HEADING and block.level > 1:
                    if prose_in is None:
                        prose_in = prose_containers(page, verdicts)
                    if linked is None:
                        linked = self._linked_headings(page, verdicts)
                    if _opens_section(block, page, verdicts, prose_in, linked,
                                      self.section_prose):
                        continue
                yield Finding(block.index, Action.REMOVE, "mostly links")

    def _listed_content(self, block: Block, page: Page, verdicts: Verdicts,
                        introduced: dict[int, bool]) -> bool:
        """A reference in a document's reference list, or an item of a list of links that
        a sentence introduces (``introduced`` remembers the answer per list)."""
        if self._cited(block) and _in_subsection(_container(block, page), page):
            return True
        dom = block.dom
        if block.kind is not BlockKind.LIST_ITEM or dom is None or len(dom.ancestors) < 3:
            return False
        items = dom.ancestors[1]
        if items not in introduced:
            introduced[items] = _introduced(block, page, verdicts, self.intro_words)
        return introduced[items]

    def _linked_headings(self, page: Page, verdicts: Verdicts) -> dict[int, int]:
        """How many link-dense headings each element holds as its own children."""
        found: dict[int, int] = {}
        for block in page.blocks:
            dom = block.dom
            if (dom is not None and len(dom.ancestors) > 1 and block.kind is BlockKind.HEADING
                    and not verdicts.removed(block.index) and self._link_dense(block)):
                found[dom.ancestors[1]] = found.get(dom.ancestors[1], 0) + 1
        return found

    def _link_dense(self, block: Block) -> bool:
        limit = self.long_threshold if block.words >= self.long_words else self.threshold
        return block.link_density > limit

    def _cited(self, block: Block) -> bool:
        """A list item with a little text of its own beside its links (a year, pages)."""
        dom = block.dom
        return (dom is not None and block.kind is BlockKind.LIST_ITEM
                and block.link_density <= self.commented_threshold
                and len(block.text) - dom.link_chars >= self.cited_chars)

    def _commented(self, block: Block) -> bool:
        """Links written into text: list items and rows with words of their own around the
        links, and paragraphs that are whole sentences."""
        dom = block.dom
        if dom is None or block.link_density > self.commented_threshold or (
            len(block.text) - dom.link_chars < self.commented_chars
        ):
            return False
        if block.kind is BlockKind.PARAGRAPH:
            return (block.link_density <= self.sentence_threshold
                    and block.words >= PROSE_WORDS and ends_sentence(block.text))
        return block.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW)


def _section_like(page: Page, node: int) -> bool:
    item = page.nodes[node]
    return item.tag == "section" or "section" in item.tokens


def _in_subsection(node: int, page: Page) -> bool:
    """True when ``node`` is a section (``section``, ``div.section``) inside another:
    the shape of documentation and long guides, which a news page's lists lack."""
    if node < 0 or not _section_like(page, node):
        return False
    parent = page.nodes[node].parent
    while parent >= 0:
        if _section_like(page, parent):
            return True
        parent = page.nodes[parent].parent
    return False


def _container(block: Block, page: Page) -> int:
    """The element a block's list, table or paragraph sits in (its region, locally)."""
    dom = block.dom
    if dom is None or len(dom.ancestors) < 2:
        return -1
    ancestors = dom.ancestors
    if block.kind is BlockKind.PARAGRAPH:
        return ancestors[1]
    wrapper = "table" if block.kind is BlockKind.TABLE_ROW else ""
    for at, node_id in enumerate(ancestors[1:4], start=1):  # li -> ul -> container
        tag = page.nodes[node_id].tag
        if (tag == wrapper) or (not wrapper and tag in ("ul", "ol", "dl", "menu")):
            return ancestors[at + 1] if at + 1 < len(ancestors) else -1
    return -1


def prose_containers(page: Page, verdicts: Verdicts) -> dict[int, int]:
    """Elements that hold prose paragraphs (with few links) as their own children's text,
    with how many."""
    found: dict[int, int] = {}
    for block in page.blocks:
        dom = block.dom
        if (dom is not None and len(dom.ancestors) > 1 and not verdicts.removed(block.index)
                and block.kind is BlockKind.PARAGRAPH and is_prose(block)):
            found[dom.ancestors[1]] = found.get(dom.ancestors[1], 0) + 1
    return found


_COLONS = (":", "：")


def _introduced(block: Block, page: Page, verdicts: Verdicts, words: int) -> bool:
    """True when the list item ``block`` is in a list that a sentence of its container
    introduces: the block standing right before the list is a paragraph of ``words``
    words or more, few links, ending with a colon, whose element sits where the list does."""
    dom = block.dom
    if dom is None or len(dom.ancestors) < 3:
        return False
    items = dom.ancestors[1]
    index = block.index - 1
    while index >= 0:  # back to the block before the list
        before = page.blocks[index]
        if not (verdicts.removed(index) or before.kind is BlockKind.IMAGE or (
                before.dom is not None and items in before.dom.ancestors)):
            break
        index -= 1
    if index < 0:
        return False
    intro = page.blocks[index]
    if intro.dom is None or len(intro.dom.ancestors) < 2 or (
            intro.dom.ancestors[1] != dom.ancestors[2]):
        return False
    if intro.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH) and _sources_label(intro):
        return _in_prose(intro, page, verdicts)
    return (intro.kind is BlockKind.PARAGRAPH
            and intro.text.endswith(_COLONS) and intro.words >= words
            and intro.link_density < PROSE_MAX_LINK_DENSITY)


def _sources_label(label: Block) -> bool:
    """True when ``label`` (a heading, or a paragraph standing as one) names the story's own
    sources ("Sources", "Further reading:"): the list under it is what the story cites."""
    text = label.text.strip().rstrip(":：").strip().casefold()
    return text in SOURCE_HEADINGS and label.link_density < PROSE_MAX_LINK_DENSITY


def _in_prose(block: Block, page: Page, verdicts: Verdicts) -> bool:
    """True when the element ``block`` sits in also holds prose paragraphs."""
    dom = block.dom
    return dom is not None and len(dom.ancestors) > 1 and (
        dom.ancestors[1] in prose_containers(page, verdicts))


def _opens_section(block: Block, page: Page, verdicts: Verdicts, prose_in: dict[int, int],
                   linked: dict[int, int], per_heading: int) -> bool:
    """True when the linked heading ``block`` opens a section of running text: the next
    block standing is a prose paragraph of an element around the heading (its container,
    or the one above a heading wrapper), which holds ``per_heading`` prose paragraphs per
    linked heading."""
    dom = block.dom
    if dom is None or len(dom.ancestors) < 2:
        return False
    following = None
    for index in range(block.index + 1, len(page.blocks)):  # no copy of the rest of the page
        if not verdicts.removed(index) and page.blocks[index].kind is not BlockKind.IMAGE:
            following = page.blocks[index]
            break
    if (following is None or following.kind is not BlockKind.PARAGRAPH
            or following.dom is None or len(following.dom.ancestors) < 2
            or not is_prose(following)):
        return False
    container = following.dom.ancestors[1]
    if container not in dom.ancestors[1:3]:
        return False
    headings = linked.get(container, 0) + (linked.get(dom.ancestors[1], 0)
                                           if dom.ancestors[1] != container else 0)
    return prose_in.get(container, 0) >= per_heading * max(headings, 1)
