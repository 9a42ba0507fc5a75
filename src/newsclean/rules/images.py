"""Image markers, captions and credits: out of the body, into ``Article.images``.

A dump shows images as marker lines (``NextImg: …``, ``Image: …``,
``Photo: … / Getty Images``) or as captions ending in a credit
(``… (AP Photo/Evan Vucci)``). A marker in the header whose text is shaped
like a headline gives the title when no title is known yet; otherwise the
text is the image's caption.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter, itemgetter
from typing import Any

from ..evidence import phrases
from ..evidence.classes import CLASS_WORDS, CREDIT, ClassWords
from ..evidence.echo import headline_part
from ..evidence.line_view import FOLDS_TO_ASCII, live_view_of
from ..evidence.patterns import SafePattern, compile, words
from ..evidence.shape import ends_sentence, is_headline
from ..model import Action, Block, BlockKind, Field, Finding, Image, Page, Verdicts
from .lines import ascii_needles, gate, holding
from .names import NAMES, NameReader
from .zones import body_start

MARKER_WORDS = 80
"""Longer blocks are prose, not image markers or credit lines (captions may run longer)."""
TAIL_CHARS = 200
"""Credits sit at the end of a caption; only this much of a line is searched for one."""
_SENTENCE_END = frozenset(".!?…:;,\"'”’»")
"""A credit never ends with these: a line that does is prose (the pattern is skipped)."""
_BARE = ("image", "photo", "img", "picture", "video")
"""Markers that may stand alone in brackets: '[Photo]'."""


@dataclass(frozen=True, slots=True)
class CreditReader:
    """Reads image markers and credits with its vocabularies (patterns built on first use).

    ``leads`` open a marker line ('Photo:', 'NextImg:'), ``credit_words`` and
    ``agencies`` make a trailing parenthesis or dash into a credit.
    """

    leads: Sequence[str] = phrases.IMAGE_LEADS
    credit_words: Sequence[str] = phrases.CREDIT_WORDS
    agencies: Sequence[str] = phrases.CREDIT_AGENCIES
    _marker: SafePattern = field(init=False, repr=False, compare=False)
    _tail: SafePattern = field(init=False, repr=False, compare=False)
    _hint: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _hint_needles: tuple[str, ...] | None = field(init=False, repr=False, compare=False)
    _trail: tuple[tuple[str, ...], tuple[str, ...]] | None = field(
        init=False, repr=False, compare=False)
    _heads: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "_marker", compile(
            rf"^[\[(]?\s*(?:{words(self.leads)})\s*(?:\d+\s*(?:of|/)\s*\d+)?\s*[:：\]|)]\s*"
            rf"(?P<text>.*)$|^\[(?P<bare>{words(_BARE)})\]$"))
        setattr_(self, "_tail", compile(
            rf"""
            (?<!\s)\s*+[(\[](?P<paren>[^()\[\]]{{0,80}}\b(?:{words(self.credit_words)}|
                {words(self.agencies)})\b[^()\[\]]{{0,80}})[)\]]\s*$
            | (?<!\s)\s*+(?:/|\||—|–|-)\s*+
              (?P<slash>(?:{words(self.agencies)})(?:\s+via\s+[\w\ ]++)?)\s*$
            | (?:^|(?<=[.!?”"]\s))\s*
              (?P<lead>{words(self.credit_words)}\s*(?:by|:)\s*[^.]{{2,80}})$
            """))
        # A separator or a credit word: without one, no credit shape can match.
        setattr_(self, "_hint", re.compile(
            "[/|—–-]|" + "|".join(re.escape(w) for w in self.credit_words), re.IGNORECASE))
        setattr_(self, "_hint_needles", ascii_needles([*"/|—–-", *self.credit_words]))
        # Words without which no credit shape can match (see _may_trail): a credit word,
        # or an agency's last word at the end; only ASCII ones can be looked up plainly.
        firsts = tuple({w.split()[0].lower() for w in self.credit_words if w.split()})
        lasts = tuple({a.split()[-1].lower() for a in self.agencies if a.split()})
        plain = all(w.isascii() for w in (*firsts, *lasts))
        setattr_(self, "_trail", (firsts, lasts) if plain and firsts and lasts else None)
        setattr_(self, "_heads", gate(self.leads, _BARE).heads)

    @property
    def heads(self) -> frozenset[str]:
        """First words (case-folded) a marker line can open with."""
        return self._heads

    @property
    def trail(self) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """The words one of which an ASCII line must hold (credit words' first words), or
        end with (agencies' last words), to end in a credit (:meth:`_may_trail`; a closing
        bracket or 'via' also does); None when any line may."""
        return self._trail

    @property
    def hint_needles(self) -> tuple[str, ...] | None:
        """What :meth:`hints` looks for in ASCII lines, lower-cased (None: the pattern)."""
        return self._hint_needles

    def marker(self, block: Block) -> Any:
        """The marker match of a block ('Photo: …'), or None."""
        return self._marker.search(block.text) if block.head in self._heads else None

    def credit_match(self, text: str, *, hinted: bool | None = None) -> tuple[int, str] | None:
        """Where a trailing credit starts in ``text``, and the credit (``hinted``: what
        :meth:`hints` found for it, when the caller asked for a page of lines at once)."""
        if not text or text[-1] in _SENTENCE_END:
            return None  # a credit never ends like a sentence; skip the pattern for prose
        if text[-1] not in ")]":  # else the pattern runs, whatever the hint
            if not self._may_trail(text):
                return None  # none of the three credit shapes can match: skip the pattern
            if not (self._hinted(text) if hinted is None else hinted):
                return None  # no credit separator or word either
        elif not self._names_credit(text):
            return None  # a bracket without a credit word or an agency: no credit shape
        offset = max(0, len(text) - TAIL_CHARS)
        match = self._tail.search(text[offset:])
        if match is None:
            return None
        credit = (match.group("paren") or match.group("slash") or match.group("lead")).strip()
        return offset + match.start(), credit

    def _hinted(self, text: str) -> bool:
        """True when ``text`` holds a credit separator or word (``_hint``); ASCII text by
        plain look-ups (:func:`~newsclean.rules.lines.ascii_needles`)."""
        needles = self._hint_needles
        if needles is not None and text.isascii():
            return any(map(text.lower().__contains__, needles))
        return self._hint.search(text) is not None

    def hints(self, texts: Sequence[str]) -> list[bool | None]:
        """:meth:`_hinted` of each ASCII text, looked for over the texts at once
        (:func:`~newsclean.rules.lines.holding`); None for the others (asked one by one).

        >>> CREDITS.hints(["Jane Doe/Getty", "Home", "Caf\u00e9"])
        [True, False, None]
        """
        needles = self._hint_needles
        found: list[bool | None] = [None] * len(texts)
        if needles is None:
            return found
        plain = [i for i, text in enumerate(texts) if text.isascii()]
        ascii_texts = [texts[i] for i in plain]
        hits = holding(ascii_texts, needles, "\n".join(ascii_texts).lower())
        for position, i in enumerate(plain):
            found[i] = position in hits
        return found

    def _may_trail(self, text: str) -> bool:
        """False when ``text`` cannot end in a credit: it does not end with a bracket,
        holds no credit word, does not end with an agency's last word, and has no 'via'
        (the three shapes of ``_tail``; a line with a hyphen is no credit).

        The words are ASCII, so a plain look in the lower case answers for any text
        without a letter of FOLDS_TO_ASCII: only those match an ASCII letter in another
        case, and only they lower-case to one (``tests/rules/test_line_gates.py``)."""
        if self._trail is None or (
                not text.isascii() and any(map(text.__contains__, FOLDS_TO_ASCII))):
            return True
        firsts, lasts = self._trail
        low = text.lower()
        end = low.rstrip()
        return (end.endswith((")", "]")) or end.endswith(lasts) or "via" in low
                or any(map(low.__contains__, firsts)))

    def _names_credit(self, text: str) -> bool:
        """False when ``text`` holds no credit word's first word and no agency's last word:
        each of the three shapes of ``_tail`` holds a credit word or an agency (a line that
        ends with a bracket may match any of them). As :meth:`_may_trail`, a plain look in
        the lower case answers for any text without a letter of FOLDS_TO_ASCII."""
        if self._trail is None or (
                not text.isascii() and any(map(text.__contains__, FOLDS_TO_ASCII))):
            return True
        firsts, lasts = self._trail
        low = text.lower()
        return any(map(low.__contains__, firsts)) or any(map(low.__contains__, lasts))

    def split_credit(self, text: str) -> tuple[str | None, str | None]:
        """``(caption, credit)`` of a marker's text."""
        found = self.credit_match(text)
        if found is None:
            return (text or None), None
        start, credit = found
        caption = text[:start].strip(" ,.-—|") or None
        return caption, credit


CREDITS = CreditReader()
"""The default vocabularies."""

_FURNISHED = frozenset((BlockKind.CAPTION, BlockKind.IMAGE))
_KIND = attrgetter("kind")
_LAST = itemgetter(slice(-1, None))
"""A text's last character, or '' (which ``")]"`` holds too, as the caller's test wants)."""


class _HeadlineBefore:
    """Whether a headline already stands, not removed, before a given block.

    A masthead in capitals and a lone author name do not count: they are not
    the title, so a marker after them may still carry it (the 'NextImg:' layout).
    The first such headline is found once, on the first question, so asking
    about every block of a long page stays linear.
    """

    def __init__(self, page: Page, verdicts: Verdicts, names: NameReader) -> None:
        self._page = page
        self._verdicts = verdicts
        self._names = names
        self._first: int | None = None

    def __call__(self, index: int) -> bool:
        if self._first is None:
            self._first = next(
                (b.index for b in self._page.blocks
                 if not self._verdicts.removed(b.index) and is_headline(b.text)
                 and not b.text.isupper() and self._names.person_name(b.text) is None),
                len(self._page.blocks),
            )
        return self._first < index


@dataclass(frozen=True, slots=True)
class ImageMarkerRule:
    """Image markers and credits ('NextImg:', 'Image:', 'Photo: … / Getty', '(AP Photo/…)')."""

    name: str = "image"
    words: ClassWords = CLASS_WORDS
    """The class/id vocabularies (captions: ``words.caption``)."""
    credits: CreditReader = CREDITS
    """The marker and credit vocabularies."""
    names: NameReader = NAMES
    """Names: a lone author name before a marker is not a headline."""

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        start = body_start(page, verdicts)
        title_known = verdicts.found(Field.TITLE)
        before = _HeadlineBefore(page, verdicts, self.names)
        # Asked once for the page: the rule's own findings are folded only after it ran.
        caption = BlockKind.CAPTION
        blocks, hints = self._candidates(page, verdicts)
        heads = self.credits.heads
        for block, hinted in zip(blocks, hints, strict=True):
            if (hinted is False and block.dom is None and block.kind is not caption
                    and block.kind is not BlockKind.IMAGE and block.head not in heads
                    and block.text[-1:] not in ")]"):
                continue  # a plain line with no marker, no caption and no credit: no image
            if block.kind is BlockKind.IMAGE:
                image = Image(src=block.src, alt=block.text or None)
                yield Finding(block.index, Action.REMOVE, "image", ((Field.IMAGE, image),))
                continue
            for finding in self._marker(block, start, title_known, before, hinted, page):
                title_known = title_known or any(f is Field.TITLE for f, _ in finding.data)
                yield finding

    def _candidates(self, page: Page, verdicts: Verdicts) -> tuple[list[Block], list[bool | None]]:
        """The blocks not removed that are short enough (or captions) and, for each, whether
        it holds a credit's separator or word (:meth:`CreditReader.hints`).

        From the page's line view, only the lines that may be images are listed: a plain
        line with no marker, no caption and no credit is left out (the caller skips it).
        """
        caption = BlockKind.CAPTION
        view = live_view_of(page, verdicts)  # every line listed must not be removed
        needles = self.credits.hint_needles
        if needles is None or view.odd_case:  # the view cannot answer: every line, hinted
            every = [b for b in verdicts.undecided(page.blocks)
                     if b.words <= MARKER_WORDS or b.kind is caption]
            return every, self.credits.hints([b.text for b in every])
        non_ascii = view.non_ascii
        trail = self.credits.trail
        # a hinted ASCII line that cannot end in a credit (CreditReader._may_trail) and has
        # no other reason to be read gives nothing: only those that may are listed
        trailing = None if trail is None else (
            view.holding((*trail[0], "via")) | view.ending_lower((")", "]", *trail[1])))
        all_blocks = page.blocks
        positions, lines = view.lines, view.blocks  # the view's lines: those not removed
        furnished = compress(positions, map(_FURNISHED.__contains__, map(_KIND, lines)))
        # of the HTML blocks, only those whose class words may name a caption: any other
        # the lists here leave out has no marker and no credit shape, and gives nothing
        captions = self.words.caption
        named = compress(positions, [b.dom is not None and not captions.isdisjoint(b.dom.tokens)
                                     for b in lines])
        closing = compress(positions, map(")]".__contains__, map(_LAST, view.texts)))
        maybe = view.headed(self.credits.heads) | non_ascii
        maybe.update(furnished, named, closing)
        if trailing is None:
            hit = view.holding(needles)
            maybe |= hit
        else:
            # only an ASCII line that may end in a credit or is listed anyway needs its hint:
            # those few are read one by one, not the page (as view.holding would)
            hit = {i for i in (trailing | maybe) - non_ascii  # page positions
                   if any(map(all_blocks[i].text.lower().__contains__, needles))}
            maybe |= hit & trailing
        removed = verdicts.removed
        blocks: list[Block] = []
        hints: list[bool | None] = []
        for position in sorted(maybe):
            block = all_blocks[position]
            if (block.words <= MARKER_WORDS or block.kind is caption) and not removed(block.index):
                blocks.append(block)
                hints.append(None if position in non_ascii else position in hit)
        return blocks, hints

    def _marker(
        self, block: Block, start: int, title_known: bool, before: _HeadlineBefore,
        hinted: bool | None = None, page: Page | None = None,
    ) -> list[Finding]:
        caption: str | None  # declared: mypyc would infer None from the swap below
        marker = self.credits.marker(block)
        if marker is not None:
            text = (marker.group("text") or "").strip()
            caption, credit = self.credits.split_credit(text)
            if (not title_known and block.index < start and credit is None
                    and is_headline(text) and not before(block.index)):
                if page is not None:  # 'Headline - Site' whose headline comes back
                    text = headline_part(text, [b.text for b in page.blocks], start) or text
                return [Finding(block.index, Action.REMOVE, "image marker carrying the title",
                                ((Field.TITLE, text),))]
            if credit is None and _credit_element(page, block):  # '(Image: © NASA)' there
                # two statements: mypyc types a tuple swap by the narrowed ``credit`` (None)
                credit = caption
                caption = None
            image = Image(caption=caption, credit=credit)
            return [Finding(block.index, Action.REMOVE, "image marker", ((Field.IMAGE, image),))]
        table_caption = block.dom is not None and block.dom.tag == "caption"
        is_caption = not table_caption and (
            block.kind is BlockKind.CAPTION
            or bool(block.dom and block.dom.tokens & self.words.caption)
        )
        found = self.credits.credit_match(block.text, hinted=hinted)
        if found is None:
            if not is_caption:
                return []
            if _credit_element(page, block):  # beside a caption, which joins it later
                image = Image(credit=block.text or None)
                return [Finding(block.index, Action.REMOVE, "image credit",
                                ((Field.IMAGE, image),))]
            image = Image(caption=block.text or None)
            return [Finding(block.index, Action.REMOVE, "image caption", ((Field.IMAGE, image),))]
        # The credit is its own span (it moves to Image.credit); the rest is the caption.
        start, credit = found
        while block.text[start:start + 1].isspace():
            start += 1
        caption = block.text[:start].strip(" ,.-—|") or None
        image = Image(caption=caption, credit=credit)
        credit_finding = Finding(block.index, Action.REMOVE, "image credit",
                                 ((Field.IMAGE, image),), span=(start, len(block.text)))
        if caption is None or not (is_caption or ends_sentence(block.text[:start])):
            # A credit line ('Photo by Jane Doe/Getty Images') goes whole.
            return [Finding(block.index, Action.REMOVE, "image caption or credit",
                            ((Field.IMAGE, image),))]
        return [credit_finding, Finding(block.index, Action.REMOVE, "image caption")]


def _credit_element(page: Page | None, block: Block) -> bool:
    """True when the block's own element is named like an image credit and not a caption
    (``<div class="image__credit">``), and is not a ``figcaption``."""
    dom = block.dom
    if page is None or dom is None or not dom.ancestors or block.kind is BlockKind.CAPTION:
        return False
    own = page.nodes[dom.ancestors[0]].tokens
    return bool(own & CREDIT) and not own & (CLASS_WORDS.caption - CREDIT)
