"""Getting an lxml tree ready for the walk, with lxml's C functions doing the work.

Scripts, styles and form controls hold no article text and go. Each link's
text is fenced with two private-use characters, so link density survives
when inline tags are dissolved into their parents' text: after that the
walk in Python meets only block-level elements, images, breaks and cells,
a fraction of the page's elements. Hidden inline elements become blocks of
their own first, so their text can still be told apart and recorded.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from ..evidence.hidden import hides

STRIP = ("script", "style", "noscript", "template", "svg", "iframe", "object",
         "embed", "canvas", "select", "option", "button", "input", "textarea", "head",
         "link", "meta", "base", "rt", "rp", "rtc", "annotation", "annotation-xml")
"""Elements whose content is never article text. Ruby annotations (``rt``, and the
``rp`` brackets around them) are readings printed above the text, not the text: the
base stays, ``<ruby>漢<rt>かん</rt>字</ruby>`` reads ``漢字``. A MathML annotation
repeats its formula in another notation (TeX)."""

INLINE = ("a", "span", "b", "strong", "i", "em", "u", "s", "small", "big", "font", "sub",
          "sup", "mark", "abbr", "cite", "code", "q", "time", "label", "var", "kbd", "samp",
          "dfn", "del", "ins", "bdi", "bdo", "wbr", "nobr", "strike", "tt", "data",
          "acronym", "blink", "output", "meter", "progress", "legend", "ruby", "rb")
"""Inline elements dissolved into their parent's text before the walk."""

MATHML = ("math", "semantics", "mrow", "mi", "mn", "mo", "ms", "mtext", "mspace", "mfrac",
          "msqrt", "mroot", "mstyle", "merror", "mpadded", "mphantom", "mfenced", "menclose",
          "msub", "msup", "msubsup", "munder", "mover", "munderover", "mmultiscripts",
          "mprescripts", "mtable", "mtr", "mtd", "mlabeledtr", "maction")
"""MathML elements, dissolved too: a formula is kept as its text, in reading order
(``<msup><mi>x</mi><mn>2</mn></msup>`` gives ``x2``), within its paragraph."""

LINK_OPEN = "\ue000"
LINK_CLOSE = "\ue001"

_LIFTED = ("span", "em", "i", "b", "strong", "small", "label", "time", "font")
"""Inline tags checked for hiding (block-level ones are checked during the walk)."""


def prepare(root: Any) -> None:
    """Strip, fence links, lift hidden inline elements, dissolve inline tags (in place)."""
    etree.strip_elements(root, *STRIP, etree.Comment, etree.ProcessingInstruction,
                         etree.Entity, with_tail=False)  # one pass over the tree, in C
    for element in root.iter(*_LIFTED):
        if hides(element.attrib) and "".join(element.itertext()).strip():
            element.tag = "div"
            element.set("hidden", "hidden")
    for link in root.iter("a"):
        if link.get("name") is not None and link.get("href") is None:
            continue  # a named anchor marks a place and links nowhere: a label, not a link
        if len(link):
            link.text = LINK_OPEN + xml_safe(link.text or "")
            last = link[-1]
            last.tail = xml_safe(last.tail or "") + LINK_CLOSE
        else:  # the usual link, text only: one assignment
            text = link.text or ""
            try:  # lxml checks what it stores: only a rare control character fails
                link.text = LINK_OPEN + text + LINK_CLOSE
            except ValueError:
                link.text = LINK_OPEN + xml_safe(text) + LINK_CLOSE
    etree.strip_tags(root, *INLINE, *MATHML)
    for element in _SCATTERED(root):
        _merge_text(element)
    _fold_furniture(root)


SCATTERED = 500
"""Text nodes side by side under one element above which they are merged (see below).
Below it, lxml's joining costs at most this many short copies per node: linear."""
_SCATTERED = etree.XPath(f"//text()[{SCATTERED + 1}]/..")
"""Elements with more than SCATTERED text children (a positional step: half the cost of
counting every element's text children)."""


def _merge_text(element: Any) -> None:
    """Make each run of text in ``element`` one node again, in time linear in its size.

    ``strip_tags`` leaves each dissolved element's text as a node of its own, and
    lxml reads an element's ``text`` (or a ``tail``) by joining such a run one node
    at a time, which is quadratic in the run: a paragraph of 200,000 ``<span>``s took
    seconds. XPath's ``string()`` joins in one pass, so each run is read through it:
    the children are taken out (each takes its tail along), the element's own text is
    then all its text, and each child's tail is what a wrapper around the child holds
    beyond the child's own text. Every child goes back in order, with one text node.
    """
    children = list(element)
    for child in children:
        element.remove(child)
    element.text = _TEXT(element) or None
    wrapper = etree.Element("wrapper")
    for child in children:
        wrapper.append(child)
        tail = _TEXT(wrapper)[len(_TEXT(child)):]
        child.tail = tail or None
        element.append(child)


FOLDED = ("nav", "footer", "aside")
"""Page furniture by tag, folded into one block each before the walk (see below)."""


def _fold_furniture(root: Any) -> None:
    """Give each ``nav``/``footer``/``aside`` subtree one text, so the walk meets it once.

    Menus and footers hold dozens of tiny items; as one block each they cost
    the walk one element instead of fifty, and the rules judge them the same
    way (by tag and link density). An element holding half the page's text
    or more is left alone: that is an article in unusual markup.
    """
    elements = list(root.iter(*FOLDED))
    if not elements:
        return
    total = len(_TEXT(root))
    inside: set[Any] = set()  # furniture within furniture already folded
    for element in elements:
        if element in inside:
            continue
        pieces = [t for t in element.itertext() if t and not t.isspace()]
        if 2 * sum(len(t) for t in pieces) >= total:
            continue
        inside.update(element.iterdescendants(*FOLDED))
        del element[:]  # freed in C; ``remove`` re-homes each child's subtree first
        text = " ".join(pieces)
        try:  # lxml checks what it stores: only a rare control character fails
            element.text = text
        except ValueError:
            element.text = xml_safe(text)


_TEXT = etree.XPath("string()", smart_strings=False)
"""All the text of a subtree as one string, joined in C (no Python string per text node)."""

CONTROL_CODES = (*range(9), 11, 12, *range(14, 32))
"""C0 control characters other than tab, newline and carriage return."""
_CONTROLS = dict.fromkeys(CONTROL_CODES, " ")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Any of ``CONTROL_CODES``: one character class, searched by the stdlib engine."""


def xml_safe(text: str) -> str:
    """``text`` with the C0 controls lxml refuses to store turned into spaces.

    The parser decodes ``&#11;`` into a raw control character, which lxml
    then rejects when the text is assigned back, so every text we assign
    passes through here.
    """
    return text.translate(_CONTROLS) if _CONTROL.search(text) else text
