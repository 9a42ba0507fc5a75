"""Flattening markup nested deeper than the parser goes.

libxml2 refuses documents nested deeper than 2,048 elements and then gives
back nothing at all. When that happens we take out the tags that open below
``limit`` (and the tags that close them) in one linear scan, and parse again:
the text stays, read as part of the element at the limit. A block-level tag
taken out becomes a ``<br>``, so paragraphs down there still end where they did.
"""

from __future__ import annotations

import regex

PARSER_DEPTH = 2_000
"""Deepest nesting we hand to libxml2 (it stops at 2,048, counting ``html`` and ``body``)."""

VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr", "frame", "keygen"))
"""Elements that never have content, so never nest."""

BREAKING = frozenset(("p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
                      "blockquote", "section", "article", "dd", "dt", "pre", "table", "ul",
                      "ol", "figure", "figcaption", "header", "footer", "main", "aside", "nav"))
"""Block-level tags that keep a line break where they are taken out."""

_TAG = regex.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})")
_RAW_TEXT = ("script", "style", "textarea", "title", "xmp")
_CLOSERS = {name: regex.compile(rf"</{name}\s*+>", regex.I) for name in _RAW_TEXT}


def flatten(text: str, limit: int) -> tuple[str, int]:
    """``text`` with tags nested deeper than ``limit`` taken out, and how many were.

    Depth is counted naively (every start tag that is not void or self-closing
    opens a level), which over-counts unclosed ``<p>``s: flattening starts early
    on such pages, never late.

    >>> flatten("<div><div><div><p>x</p></div></div></div>", 2)
    ('<div><div><br><br>x<br><br></div></div>', 4)
    """
    out: list[str] = []
    depth = removed = 0
    position = 0
    dropped: list[int] = []  # depths at which a start tag was taken out
    search = _TAG.search
    while True:
        match = search(text, position)
        if match is None:
            break
        end = text.find(">", match.end())
        if end < 0:
            break
        name = match.group(2).lower()
        closing = bool(match.group(1))
        self_closing = text[end - 1] == "/"
        keep = True
        if closing:
            if dropped and dropped[-1] == depth:
                dropped.pop()
                keep = False
            depth = max(depth - 1, 0)
        elif name in _RAW_TEXT:  # kept whole: its content is not markup, and nests nothing
            closer = _CLOSERS[name].search(text, end)
            end = closer.end() - 1 if closer else len(text) - 1
        elif name not in VOID and not self_closing:
            depth += 1
            if depth > limit:
                dropped.append(depth)
                keep = False
        if keep:
            out.append(text[position:end + 1])
        else:
            out.append(text[position:match.start()])
            out.append("<br>" if name in BREAKING else "")
            removed += 1
        position = end + 1
    out.append(text[position:])
    return "".join(out), removed

