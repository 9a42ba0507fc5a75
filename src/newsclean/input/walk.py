"""The HTML walk: one pass over a prepared lxml tree, out come blocks with DOM evidence.

:mod:`.prepare` has dissolved the inline tags, so the walk meets only block-level
elements, images, breaks and cells. It is a single ``iterwalk`` over start/end
events, so deep pages cannot exhaust Python's recursion limit. Every text node lands
in exactly one block, hidden ones included, so the Article's removal record can
account for the whole visible-or-not text.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from ..budget import clock
from ..evidence.hidden import hidden_by_class, hides
from ..evidence.tokens import class_tokens
from ..model import Block, BlockKind, DomEvidence, DomNode
from ..model.blocks import block_of_words
from ..model.frozen import draft
from .deep import PARSER_DEPTH
from .image_source import image_source
from .inline import blank_controls, has_marks, unfence
from .prepare import LINK_CLOSE, LINK_OPEN
from .urls import join_url

BLOCK_TAGS = frozenset((
    "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1",
    "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
    "table", "thead", "tbody", "tfoot", "tr", "caption", "figure", "figcaption", "form",
    "fieldset", "address", "center", "details", "summary", "hr", "body", "html", "menu",
    "dialog", "hgroup", "picture", "video", "audio",
))
CELL_TAGS = frozenset(("td", "th"))
ARTICLE_BODY = frozenset(("articlebody",))
"""The class word an ``itemprop="articleBody"`` element gets: a content word (classes.py)."""
IMAGE_TAGS = frozenset(("img", "amp-img", "amp-anim"))
_KINDS = {
    "li": BlockKind.LIST_ITEM, "dd": BlockKind.LIST_ITEM, "dt": BlockKind.LIST_ITEM,
    "blockquote": BlockKind.QUOTE, "figcaption": BlockKind.CAPTION,
    "caption": BlockKind.CAPTION, "tr": BlockKind.TABLE_ROW, "pre": BlockKind.PREFORMATTED,
}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
CLOCK_EVERY = 1024
"""Elements the walk reads between looks at the clock (a look costs about as much as
reading a few elements; a thousand elements take a few milliseconds)."""


_Context = tuple[int, frozenset[str], bool, tuple[int, ...], bool, bool, str, str, BlockKind, int]
"""What an open element passes down to the text inside it (never changed once made): its
node id, its class/id words and its ancestors', whether it is hidden, its ancestors' node
ids (nearest first), whether it is inside a quote, inside preformatted text, its tag, its
path, and the kind and heading level of a text block it owns. A plain tuple: one is made
for every block-level element, and a tuple costs a tenth of a class instance to make."""
_PRE = 5
"""Where a context says whether it is inside preformatted text."""


_TEXT_KINDS = {**{tag: (kind, 0) for tag, kind in _KINDS.items()},
               **{tag: (BlockKind.HEADING, level) for tag, level in _HEADINGS.items()}}
"""The kind and heading level of a text block, by its element's tag (else a paragraph)."""
_SHAPES = {tag: (*shape, tag == "blockquote", tag == "pre") for tag, shape in _TEXT_KINDS.items()}
"""What a block-level element's tag says, in one look: the kind and heading level of a text
block it owns, whether it opens a quote, whether it keeps its line breaks."""
_PLAIN = (BlockKind.PARAGRAPH, 0, False, False)
"""The :data:`_SHAPES` of every other block-level tag."""
_NO_WORDS: frozenset[str] = frozenset()

_new = object.__new__
_NODE_DRAFT = draft(DomNode)
_DOM_DRAFT = draft(DomEvidence)
"""Mutable classes with the slots of :class:`DomNode` and :class:`DomEvidence`: the walk
fills one in and makes it the frozen class (:func:`..model.frozen.draft`), a node per
block-level element and evidence per block, at half the cost of setting frozen slots."""


def _attributes(attributes: dict[str, str]) -> tuple[bool, frozenset[str]]:
    """Whether an element's attributes hide it, and its class/id words."""
    classes, ident = attributes.get("class"), attributes.get("id")
    own = class_tokens(classes, ident)
    if len(attributes) == (classes is not None) + (ident is not None):
        return hidden_by_class(classes), own  # the usual element: only a class can hide it
    if attributes.get("itemprop") == "articleBody":  # schema.org's word for the body
        own |= ARTICLE_BODY
    return hides(attributes), own


def _whole_link(raw: str) -> str | None:
    """The text of a block that is one link and nothing else (a menu item, a teaser's
    headline), else None.

    Such a block needs no :func:`.inline.unfence`: its marks sit at its edges, where
    the blanks they may leave are folded away with the others (about two blocks in five
    that hold a link are such).
    """
    body = raw.strip()
    if len(body) < 3 or body[0] != LINK_OPEN or body[-1] != LINK_CLOSE:
        return None
    inner = body[1:-1]
    if LINK_OPEN in inner or LINK_CLOSE in inner or inner.isspace():
        return None
    return inner

class Walker:
    """The single pass: collects text into blocks at block-level boundaries."""

    def __init__(self, base_url: str | None = None, max_depth: int | None = None,
                 deadline: float | None = None) -> None:
        self.base_url = base_url
        self.deadline = deadline
        self.stopped = 0  # the element the walk stopped at, out of time (0: it did not)
        self.max_depth = max_depth if max_depth is not None else PARSER_DEPTH * 2
        self.flattened = 0
        self.blocks: list[Block] = []
        self.nodes: list[DomNode] = []
        self.pieces: list[str] = []
        self.filled = False  # some piece since the last flush has visible text
        self.in_link = False
        root_context: _Context = (-1, frozenset(), False, (), False, False, "html", "/html",
                                  BlockKind.PARAGRAPH, 0)
        self.contexts: list[_Context] = [root_context]
        self.child_counts: dict[tuple[int, str], int] = {}
        self.joined: dict[str, str] = {}
        """Image addresses made absolute (placeholders and icons repeat on a page)."""
        self.said: dict[tuple[tuple[str, str], ...], tuple[bool, frozenset[str]]] = {}
        """What an element's attributes say (hidden, class/id words), by the attributes:
        siblings repeat them, so this is mostly a lookup."""
        self.unions: dict[tuple[frozenset[str], frozenset[str]], frozenset[str]] = {}
        """Ancestor tokens joined with an element's own: siblings share classes, so this is
        mostly a lookup."""

    def walk(self, root: Any) -> None:
        contexts = self.contexts
        pieces = self.pieces
        block_tags = BLOCK_TAGS
        deadline = self.deadline
        started = 0
        for event, element in etree.iterwalk(root, events=("start", "end")):
            tag = element.tag
            if event == "start":
                started += 1
                if deadline is not None and not started % CLOCK_EVERY and (
                        clock() >= deadline):
                    self.stopped = started
                    break
                if tag in block_tags:
                    if len(contexts) <= self.max_depth:
                        contexts.append(self._enter(element, tag, contexts[-1]))
                    else:  # over the budget: its text joins the element above it
                        self.flattened += 1
                        contexts.append(contexts[-1])
                        self._flush()
                else:
                    contexts.append(contexts[-1])
                    if tag in CELL_TAGS:
                        if self.filled:
                            pieces.append(" | ")
                    elif tag == "br" and pieces:
                        if contexts[-1][_PRE]:
                            pieces.append("\n")
                        else:
                            self._flush()
                    elif tag in IMAGE_TAGS:
                        self._image(element)
                text = element.text
                if text:
                    pieces.append(text)
                    if not self.filled and not text.isspace():
                        self.filled = True
            else:
                context = contexts.pop()
                if tag in block_tags and pieces:
                    if self.filled:
                        self._flush(context)
                    else:  # blanks only: nothing to keep
                        pieces.clear()
                tail = element.tail
                if tail:
                    pieces.append(tail)
                    if not self.filled and not tail.isspace():
                        self.filled = True
        self._flush()

    def _enter(self, element: Any, tag: str, parent: _Context) -> _Context:
        """A block-level element: a new node, and the block before it ends."""
        above, tokens, hidden, ancestors, quote, pre, _, prefix, _, _ = parent
        items = element.items()
        if items:
            written = tuple(items)
            said = self.said.get(written)
            if said is None:
                said = self.said[written] = _attributes(dict(items))
            hides_it, own = said
            hidden = hidden or hides_it
        else:
            own = _NO_WORDS
        if self.filled:
            self._flush()
        elif self.pieces:
            self.pieces.clear()
        nodes = self.nodes
        node_id = len(nodes)
        if above < 0:
            prefix = ""
        if tag in ("html", "body"):
            own = _NO_WORDS
            path = f"{prefix}/{tag}"
        else:  # the XPath below ``body``, built as the walk goes (``getpath`` is slow on
            # wide trees): the element's index among the siblings with its tag
            key = (above, tag)
            counts = self.child_counts
            number = counts[key] = counts.get(key, 0) + 1
            path = f"{prefix}/{tag}[{number}]"
        node = _new(_NODE_DRAFT)  # DomNode(node_id, tag, path, own, above), from a draft
        node.id = node_id
        node.tag = tag
        node.path = path
        node.tokens = own
        node.parent = above
        node.__class__ = DomNode
        nodes.append(node)
        if own:
            pair = (tokens, own)
            unions = self.unions
            tokens = unions.get(pair) or unions.setdefault(pair, tokens | own)
        kind, level, quotes, keeps_lines = _SHAPES.get(tag, _PLAIN)
        if quote or quotes:
            quote = True
            if kind is BlockKind.PARAGRAPH:
                kind = BlockKind.QUOTE
        lineage = (node_id,) + ancestors  # noqa: RUF005 (half the cost of unpacking into one)
        return (node_id, tokens, hidden, lineage, quote, pre or keeps_lines, tag, path, kind, level)

    def _image(self, element: Any) -> None:
        src = image_source(element)
        if not src:
            return
        if self.base_url:
            joined = self.joined.get(src)
            if joined is None:
                joined = self.joined[src] = join_url(self.base_url, src)
            src = joined
        self._flush()
        words = (element.get("alt") or "").split()
        self._emit(" ".join(words), words, BlockKind.IMAGE, src=src)

    def _flush(self, context: _Context | None = None) -> None:
        """Close the block being collected; ``context`` is its element's, if already popped."""
        if not self.filled:  # only blanks: nothing to keep (and no link mark among them)
            self.pieces.clear()
            return
        raw = "".join(self.pieces)
        self.pieces.clear()
        self.filled = False
        links = 0
        whole = None  # the text of a block that is one link, before blank_controls
        if self.in_link or has_marks(raw):
            inner = None if self.in_link else _whole_link(raw)
            if inner is not None:
                raw = whole = inner
            else:
                raw, links, self.in_link = unfence(raw, self.in_link)
        shown = blank_controls(raw)
        pre = (context or self.contexts[-1])[_PRE]
        if pre:  # preformatted: the line breaks are the text
            lines = (" ".join(line.split()) for line in shown.split("\n"))
            text = "\n".join(lines).strip("\n")
            words = text.split()
        else:
            words = shown.split()
            text = " ".join(words)
        if whole is not None:  # all of it is link text, its blanks folded
            links = len(text) if shown is whole and not pre else len(" ".join(whole.split()))
        if words:
            self._emit(text, words, None, link_chars=min(links, len(text)), context=context)

    def _emit(self, text: str, words: list[str], kind: BlockKind | None, *, link_chars: int = 0,
              src: str | None = None, context: _Context | None = None) -> None:
        """A block of ``text``, whose words are ``words`` (split already, to fold the blanks:
        the block takes its word count and first word from them)."""
        # the innermost block-level element owns the text
        _, tokens, hidden, ancestors, _, _, tag, path, own_kind, level = (
            context or self.contexts[-1])
        dom = _new(_DOM_DRAFT)  # DomEvidence(tag, path, tokens, ...), from a draft
        dom.tag = tag
        dom.path = path
        dom.tokens = tokens
        dom.link_chars = link_chars
        dom.hidden = hidden
        dom.ancestors = ancestors
        dom.__class__ = DomEvidence
        self.blocks.append(block_of_words(len(self.blocks), text, text, kind or own_kind, path,
                                          level, words, dom, src))
