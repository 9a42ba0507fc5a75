"""The HTML adapter: one pass over an lxml tree, out come blocks with DOM evidence.

Parsing uses ``lxml.html`` (about ten times faster than building a
BeautifulSoup tree). Scripts, styles and other non-text elements are
stripped in C before the walk; the walk itself is a single ``iterwalk`` over
start/end events, so deep pages cannot exhaust Python's recursion limit.
Every text node lands in exactly one block, hidden ones included, so the
Article's removal record can account for the whole visible-or-not text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex
from lxml import etree
from lxml import html as lxml_html

from ..blocks import Block, BlockKind, DomEvidence, DomNode
from ..rules.base import Page, SourceKind
from .decode import decode_bytes
from .meta import page_hints
from .tokens import class_tokens, hidden_by_class

STRIP = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object",
         "embed", "canvas", "select", "option", "button", "input", "textarea", "head",
         "link", "meta", "base")
BLOCK_TAGS = frozenset((
    "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1",
    "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
    "table", "thead", "tbody", "tfoot", "tr", "caption", "figure", "figcaption", "form",
    "fieldset", "address", "center", "details", "summary", "hr", "body", "html", "menu",
    "dialog", "hgroup", "picture", "video", "audio",
))
CHROME_TAGS = frozenset(("nav", "aside", "footer", "header", "form", "menu", "dialog"))
CELL_TAGS = frozenset(("td", "th"))
_KINDS = {
    "li": BlockKind.LIST_ITEM, "dd": BlockKind.LIST_ITEM, "dt": BlockKind.LIST_ITEM,
    "blockquote": BlockKind.QUOTE, "figcaption": BlockKind.CAPTION,
    "caption": BlockKind.CAPTION, "tr": BlockKind.TABLE_ROW, "pre": BlockKind.PREFORMATTED,
}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_SPACE = regex.compile(r"[\s\u200b\ufeff]+")
_XML_DECLARATION = regex.compile(r"^\s*<\?xml[^>]*\?>")
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.I)
MAX_BYTES = 20_000_000
"""Pages larger than this are cut: no news article needs more, and parsing stays bounded."""


@dataclass(frozen=True, slots=True)
class _Context:
    """What an open element passes down to the text inside it."""

    node: int
    tokens: frozenset[str]
    chrome: frozenset[str]
    hidden: bool
    in_article: bool
    ancestors: tuple[int, ...]
    quote: bool


def parse_html(page: str | bytes) -> Any:
    """Parse ``page`` with lxml; bytes are decoded first (declared charset, BOM, detection)."""
    text = decode_bytes(page[:MAX_BYTES], is_html=True) if isinstance(page, bytes) else page
    text = _XML_DECLARATION.sub("", text[:MAX_BYTES], count=1)
    if not text.strip():
        text = "<html></html>"
    try:
        return lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return lxml_html.document_fromstring("<html><body><pre></pre></body></html>")


def html_page(page: str | bytes, *, url: str | None = None) -> Page:
    """A :class:`Page` of an HTML document."""
    return tree_page(parse_html(page), url=url)


def tree_page(root: Any, *, url: str | None = None) -> Page:
    """A :class:`Page` of a freshly parsed lxml tree (which this strips in place)."""
    hints = page_hints(root, url)
    etree.strip_elements(root, *STRIP, with_tail=False)
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    walker = _Walker(root.getroottree())
    walker.walk(root)
    return Page(tuple(walker.blocks), SourceKind.HTML, url or hints.get("url"), hints,
                tuple(walker.nodes))


class _Walker:
    """The single pass: collects text into blocks at block-level boundaries."""

    def __init__(self, tree: Any) -> None:
        self.tree = tree
        self.blocks: list[Block] = []
        self.nodes: list[DomNode] = []
        self.pieces: list[str] = []
        self.link_chars = 0
        self.links = 0
        root_context = _Context(-1, frozenset(), frozenset(), False, False, (), False)
        self.contexts: list[_Context] = [root_context]
        self.owners: list[tuple[Any, int]] = []

    def walk(self, root: Any) -> None:
        contexts = self.contexts
        for event, element in etree.iterwalk(root, events=("start", "end")):
            tag = element.tag
            if not isinstance(tag, str):
                continue
            if event == "start":
                context = self._enter(element, tag, contexts[-1])
                contexts.append(context)
                if tag == "a":
                    self.links += 1
                elif tag in CELL_TAGS and self.pieces:
                    self.pieces.append(" | ")
                elif tag == "br":
                    self._flush()
                elif tag == "img":
                    self._image(element, context)
                if element.text:
                    self._add(element.text)
            else:
                if tag in BLOCK_TAGS or contexts[-1].hidden != contexts[-2].hidden:
                    self._flush()
                contexts.pop()
                if tag in BLOCK_TAGS and self.owners:
                    self.owners.pop()
                elif tag == "a":
                    self.links -= 1
                if element.tail:
                    self._add(element.tail)
        self._flush()

    def _enter(self, element: Any, tag: str, parent: _Context) -> _Context:
        block_level = tag in BLOCK_TAGS
        attrs = element.attrib
        hidden = parent.hidden
        if attrs and not hidden:
            hidden = (
                "hidden" in attrs
                or attrs.get("aria-hidden") == "true"
                or bool(_HIDDEN_STYLE.search(attrs.get("style", "")))
                or hidden_by_class(attrs.get("class"))
            )
        if hidden != parent.hidden or block_level:
            self._flush()
        own = class_tokens(attrs.get("class"), attrs.get("id")) if attrs and tag not in (
            "html", "body") else frozenset()
        if not block_level:
            if own or hidden != parent.hidden:
                return _Context(parent.node, parent.tokens | own, parent.chrome, hidden,
                                parent.in_article, parent.ancestors, parent.quote)
            return parent
        node_id = len(self.nodes)
        self.nodes.append(DomNode(node_id, tag, "", own, parent.node))
        self.owners.append((element, node_id))
        return _Context(
            node_id,
            parent.tokens | own if own else parent.tokens,
            parent.chrome | {tag} if tag in CHROME_TAGS else parent.chrome,
            hidden,
            parent.in_article or tag == "article" or attrs.get("itemprop") == "articleBody",
            (node_id, *parent.ancestors),
            parent.quote or tag == "blockquote",
        )

    def _add(self, text: str) -> None:
        self.pieces.append(text)
        if self.links:
            self.link_chars += len(text.strip())

    def _image(self, element: Any, context: _Context) -> None:
        src = element.get("src") or element.get("data-src") or element.get("data-lazy-src")
        if not src:
            return
        self._flush()
        alt = _SPACE.sub(" ", element.get("alt") or "").strip()
        self._emit(alt, BlockKind.IMAGE, src=src)

    def _flush(self) -> None:
        if not self.pieces:
            return
        raw = "".join(self.pieces)
        self.pieces.clear()
        links, self.link_chars = self.link_chars, 0
        text = _SPACE.sub(" ", raw).strip()
        if text:
            self._emit(text, None, link_chars=links)

    def _emit(self, text: str, kind: BlockKind | None, *, link_chars: int = 0,
              src: str | None = None) -> None:
        context = self.contexts[-1]
        element, node_id = self.owners[-1] if self.owners else (None, -1)
        tag = element.tag if element is not None else "html"
        path = self.tree.getpath(element) if element is not None else "/html"
        node = self.nodes[node_id] if node_id >= 0 else None
        if node is not None and not node.path:
            self.nodes[node_id] = DomNode(node.id, node.tag, path, node.tokens, node.parent)
        level = _HEADINGS.get(tag, 0)
        if kind is None:
            kind = BlockKind.HEADING if level else _KINDS.get(tag, BlockKind.PARAGRAPH)
            if context.quote and kind is BlockKind.PARAGRAPH:
                kind = BlockKind.QUOTE
        container = context.ancestors[1] if len(context.ancestors) > 1 else -1
        dom = DomEvidence(
            tag=tag,
            path=path,
            container=str(container),
            tokens=context.tokens,
            chrome=context.chrome,
            link_chars=link_chars,
            hidden=context.hidden,
            in_article=context.in_article,
            depth=len(context.ancestors),
            ancestors=context.ancestors,
        )
        self.blocks.append(Block(len(self.blocks), text, text, kind, path, level, dom, src))
