"""Blocks: the one unit every stage of the pipeline speaks.

A text dump and an HTML page both become a tuple of :class:`Block` objects, so
every rule works on both. A block from a dump knows its line range; a block
from HTML also carries :class:`DomEvidence` (tag, element path, class/id
tokens, link density...). Rules that need the DOM simply skip blocks whose
``dom`` is ``None``.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field

from .frozen import draft, setters

_ALNUM_RUN = re.compile(r"[^\W_]+")
"""One character class, repeated: it cannot backtrack, so the stdlib engine is safe here."""


_HEAD_CHARS = 40
"""Characters :func:`first_word` looks at for its quick answer (a longer first word, or
one with punctuation, is left to the pattern)."""


def first_word(text: str) -> str:
    """The first run of letters or digits, case-folded (``"← Back"`` gives ``"back"``).

    >>> first_word("- Advertisement -"), first_word("©2025"), first_word("1.2K shares")
    ('advertisement', '2025', '1')
    """
    head = text[:_HEAD_CHARS]  # a slice: ``split`` would copy the whole rest of the text
    first = head.split(None, 1)[0] if head and not head[0].isspace() else ""
    if first.isalnum() and (len(first) < len(head) or len(head) == len(text)):
        return first.casefold()  # the usual case: the first word is all letters or digits
    return _first_run(text)


def _first_run(text: str) -> str:
    """The first run of letters or digits, case-folded, found by the pattern."""
    found = _ALNUM_RUN.search(text)
    return found.group(0).casefold() if found else ""


class BlockKind(str, enum.Enum):
    """What a piece of the body is, as far as the input tells."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    CAPTION = "caption"
    TABLE_ROW = "table_row"
    PREFORMATTED = "preformatted"
    IMAGE = "image"


@dataclass(frozen=True, slots=True)
class DomEvidence:
    """What the HTML says about a block, for the DOM rules.

    ``tokens`` are the lower-cased class and id words of the block's element
    and all its ancestors (``"post-content"`` gives ``post``, ``content`` and
    ``post-content``); ``ancestors`` lists the block-level elements around it
    by node id, nearest first (``Page.nodes[id]`` is a :class:`DomNode`).
    """

    tag: str
    path: str
    tokens: frozenset[str] = frozenset()
    link_chars: int = 0
    hidden: bool = False
    ancestors: tuple[int, ...] = ()

    def link_density(self, text_length: int) -> float:
        """Share of the block's characters that sit inside links."""
        return min(1.0, self.link_chars / text_length) if text_length else 0.0


@dataclass(frozen=True, slots=True)
class DomNode:
    """One block-level element of an HTML page, as the main-content rule needs it.

    Blocks name their ancestors by node id (``DomEvidence.ancestors``, nearest
    first); ``Page.nodes[id]`` gives the element's tag, path and own tokens.
    """

    id: int
    tag: str
    path: str
    tokens: frozenset[str] = frozenset()
    parent: int = -1


@dataclass(frozen=True, slots=True, init=False)
class Block:
    """One paragraph-like unit of a page.

    ``raw`` is the input exactly as it stood (used for lossless accounting);
    ``text`` is the same with white space normalised (non-breaking spaces
    become spaces, runs of blanks one space, ends stripped). ``where`` says
    where it came from: ``"line 12"``, ``"lines 3-4"``, ``"line 1, sentence 4"`` (a run-on
    dump's line cut into sentences) or an element path.
    """

    index: int
    text: str
    raw: str
    kind: BlockKind = BlockKind.PARAGRAPH
    where: str = ""
    level: int = 0
    dom: DomEvidence | None = None
    src: str | None = None
    words: int = field(init=False, compare=False, repr=False)
    """How many white-space separated words the block holds (counted once, here)."""
    head: str = field(init=False, compare=False, repr=False)
    """The block's first word, case-folded (see :func:`first_word`): what line gates test."""

    def __init__(self, index: int, text: str, raw: str, kind: BlockKind = BlockKind.PARAGRAPH,
                 where: str = "", level: int = 0, dom: DomEvidence | None = None,
                 src: str | None = None) -> None:
        # Written out rather than generated: a page makes hundreds of blocks, and the slots
        # set directly (:mod:`.frozen`) cost half of the dataclass's ``object.__setattr__``.
        _INDEX(self, index)
        _TEXT(self, text)
        _RAW(self, raw)
        _KIND(self, kind)
        _WHERE(self, where)
        _LEVEL(self, level)
        _DOM(self, dom)
        _SRC(self, src)
        _WORDS(self, len(text.split()))
        _HEAD(self, first_word(text))

    @property
    def link_density(self) -> float:
        """Share of the text inside links (0 for text dumps)."""
        dom = self.dom  # DomEvidence.link_density, inlined: the DOM rules ask for every block
        if dom is None or not self.text:
            return 0.0
        return min(1.0, dom.link_chars / len(self.text))


_INDEX, _TEXT, _RAW, _KIND, _WHERE, _LEVEL, _DOM, _SRC, _WORDS, _HEAD = setters(
    Block, "index", "text", "raw", "kind", "where", "level", "dom", "src", "words", "head"
)


def block_of_words(index: int, text: str, raw: str, kind: BlockKind, where: str, level: int,
                   words: list[str], dom: DomEvidence | None = None,
                   src: str | None = None) -> Block:
    """The same :class:`Block` as ``Block(index, text, raw, kind, where, level, dom, src)``,
    made from ``words``, which must be ``text.split()``.

    A dump makes a block per line, and the HTML walk one per run of text: both have split
    the text already (to fold its blanks), so the word count and the first word come
    almost free.

    >>> text = "The council voted."
    >>> block_of_words(0, text, text, BlockKind.PARAGRAPH, "line 1", 0, text.split()) == (
    ...     Block(0, text, text, BlockKind.PARAGRAPH, "line 1"))
    True
    """
    first = words[0] if words else ""
    block = _new(_BLOCK_DRAFT)  # filled in as a draft, then made a Block (.frozen.draft)
    block.index = index
    block.text = text
    block.raw = raw
    block.kind = kind
    block.where = where
    block.level = level
    block.dom = dom
    block.src = src
    block.words = len(words)
    # a first word of letters and digits is the first run of them; else see _head_of
    block.head = first.casefold() if first.isalnum() else _head_of(first, text)
    block.__class__ = Block
    made: Block = block
    return made


_new = object.__new__
_BLOCK_DRAFT = draft(Block)
"""A mutable class with :class:`Block`'s slots: see :func:`.frozen.draft`."""


def _head_of(first: str, text: str) -> str:
    """:func:`_first_run` of ``text``, whose first word ``first`` is not all letters and digits.

    Where the run plainly opens that word, string tests find it: a terminal browser's link
    number ('[12]Item' gives '12') or an address ('https://…' gives 'https'), most of a
    lynx dump's lines. Else the pattern reads the text.
    """
    if first[:1] == "[":
        run, closed, _ = first[1:].partition("]")
    else:
        run, closed, _ = first.partition(":")
    if closed and run.isalnum():  # all letters or digits, between non-letters: the first run
        return run.casefold()
    return _first_run(text)
