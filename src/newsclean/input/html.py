"""The HTML adapter: parse with lxml, read the markup, prepare the tree, walk it.

Parsing uses lxml (about ten times faster than building a BeautifulSoup
tree). The head's metadata is read first (:mod:`.markup`, :mod:`.meta`); then
:mod:`.prepare` does in C what it can: it strips scripts and styles, marks link
text, and dissolves inline tags, so the Python walk (:mod:`.walk`) only meets
block-level elements.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import regex
from lxml import etree

from ..model import Page, SourceKind
from .decode import decode_page
from .deep import PARSER_DEPTH, flatten
from .markup import jsonld_values, read_markup
from .meta import page_hints
from .prepare import LINK_CLOSE, LINK_OPEN, prepare
from .urls import join_url
from .walk import Walker

_PARSER_OPTIONS = {"remove_comments": True, "remove_pis": True, "no_network": True,
                   "huge_tree": True, "collect_ids": False}
"""lxml's own HTML parser, with plain elements (faster to walk than ``lxml.html``'s). One
parser per page: its error log tells whether the page was too deep, and is not shared.
No table of ``id`` attributes is built (about 2% of the parse): nothing looks elements up
by id."""
_XML_DECLARATION = regex.compile(r"\A\s*+<\?xml[^>]{0,500}\?>")
_NOFRAMES = regex.compile(r"<(/?)noframes\b", regex.I)
"""libxml2 reads ``<noframes>`` as raw text; its content is a page for frameless readers."""
_EMPTY = "<html><body></body></html>"
_KEPT = re.compile(r"\S")
"""The first character ``str.lstrip`` keeps (the stdlib's ``\\s`` is ``str.isspace``)."""


def parse_html(page: str | bytes, *, encoding: str | None = None,
               max_depth: int | None = None,
               utf8: bytes | None = None) -> tuple[Any, tuple[str, ...]]:
    """Parse ``page`` with lxml, and notes on what parsing could not keep.

    Bytes are decoded first (:mod:`.decode`). A page nested deeper than libxml2
    goes is flattened below the depth it allows (:mod:`.deep`) and parsed again.
    ``utf8`` is the ``str`` page in UTF-8 when the caller has it (the input screen
    makes it): the parser reads those bytes instead of encoding the page again.
    """
    notes: tuple[str, ...] = ()
    if isinstance(page, bytes):
        decoded = decode_page(page, hint=encoding)
        page, notes = decoded.text, decoded.notes
    text = page
    first = _KEPT.search(page)  # where ``lstrip`` would start, without copying the page
    if first is not None and page.startswith("<?xml", first.start()):
        declaration = _XML_DECLARATION.match(page)  # looked for first: the pattern costs a scan
        text = page[declaration.end():] if declaration is not None else page
    if _has_fences(text, utf8 if text is page else None):  # our link fences must be ours alone
        text = text.replace(LINK_OPEN, "").replace(LINK_CLOSE, "")
    if not text or text.isspace():  # ``strip`` would copy the page
        return etree.fromstring(_EMPTY, etree.HTMLParser(**_PARSER_OPTIONS)), notes
    root, too_deep = _parse(text, utf8 if text is page else None)
    if root is not None and next(root.iter("noframes"), None) is not None:
        text = _NOFRAMES.sub(r"<\1div", text)  # rare: parsed again, not scanned for each page
        root, too_deep = _parse(text)
    if too_deep:
        limit = min(max_depth or PARSER_DEPTH, PARSER_DEPTH)
        text, removed = flatten(text, limit)
        root, too_deep = _parse(text)
        notes = (*notes, f"page budget: markup nested deeper than {limit:,} elements was "
                 f"flattened ({removed:,} tags taken out, their text kept)")
    if root is None:
        root = etree.fromstring(_EMPTY, etree.HTMLParser(**_PARSER_OPTIONS))
    return root, notes


_FENCE_LEAD = LINK_OPEN.encode()[:1]
"""The first UTF-8 byte of both link marks (0xEE, which opens only U+E000-U+EFFF)."""


def _has_fences(text: str, utf8: bytes | None) -> bool:
    """Whether ``text`` (in UTF-8: ``utf8``, if made) holds one of our link marks.

    In a page of two-byte characters (any page with a curly quote or a dash beyond
    Latin-1) the stdlib finds U+E000 one character at a time: its low byte is zero, too
    common to look for with ``memchr``. The marks' lead byte is rare, and one ``memchr``
    over the bytes tells that most pages hold neither (a tenth of a millisecond -> 0.013
    ms a page); searching the bytes for the whole marks would be slower than the text.
    """
    if utf8 is not None and _FENCE_LEAD not in utf8:
        return False
    return LINK_OPEN in text or LINK_CLOSE in text


def _parse(text: str, utf8: bytes | None = None) -> tuple[Any, bool]:
    """The parsed tree (None if lxml gives none), and whether libxml2 hit its depth limit;
    ``utf8`` is ``text`` in UTF-8, if already made."""
    try:  # UTF-8 bytes: libxml2's own encoding, no conversion inside (5% of the parse)
        data: str | bytes = utf8 if utf8 is not None else text.encode("utf-8")
        parser = etree.HTMLParser(encoding="utf-8", **_PARSER_OPTIONS)
    except UnicodeEncodeError:  # a lone surrogate (only a caller of parse_html can pass one)
        data, parser = text, etree.HTMLParser(**_PARSER_OPTIONS)
    try:
        root = etree.fromstring(data, parser)
    except (etree.ParserError, ValueError):
        root = None
    too_deep = any(e.type_name == "ERR_RESOURCE_LIMIT" or "depth" in e.message
                   for e in parser.error_log)
    return root, too_deep


def html_page(page: str | bytes, *, url: str | None = None, encoding: str | None = None,
              max_depth: int | None = None, deadline: float | None = None,
              utf8: bytes | None = None) -> Page:
    """A :class:`Page` of an HTML document; ``max_depth`` bounds the nesting read, and
    the walk stops at ``deadline`` (a :func:`~newsclean.budget.clock` value). ``utf8`` is a ``str``
    page in UTF-8, if the caller has it (see :func:`parse_html`)."""
    root, notes = parse_html(page, encoding=encoding, max_depth=max_depth, utf8=utf8)
    built = tree_page(root, url=url, max_depth=max_depth, deadline=deadline)
    return replace(built, notes=(*notes, *built.notes)) if notes else built


def tree_page(root: Any, *, url: str | None = None, max_depth: int | None = None,
              deadline: float | None = None) -> Page:
    """A :class:`Page` of a freshly parsed lxml tree (which this strips in place)."""
    jsonld = jsonld_values(root)
    hints = page_hints(root, url, jsonld)
    markup = read_markup(root, url, jsonld)
    page_url = url or hints.get("url")
    base = root.find(".//base[@href]")
    base_url = join_url(page_url or "", base.get("href")) if base is not None else page_url
    prepare(root)
    walker = Walker(base_url, max_depth, deadline)
    walker.walk(root)
    notes: tuple[str, ...] = ()
    if walker.flattened:
        notes = (f"page budget: {walker.flattened:,} block elements nested deeper than "
                 f"{max_depth:,} were read as part of the element above them",)
    if walker.stopped:
        notes = (*notes, f"page budget: out of time reading the page (Budget.seconds); "
                 f"kept the {len(walker.blocks):,} blocks read before element "
                 f"{walker.stopped:,}, the rest of the page was not read")
    return Page(tuple(walker.blocks), SourceKind.HTML, page_url, hints, tuple(walker.nodes),
                notes, markup)
