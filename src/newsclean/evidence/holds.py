"""What a region of the page holds: the article, or chrome that only looks like prose.

A consent notice, a newsletter form, a comment thread, a teaser rail, an FAQ
box, a browser-update prompt, a gallery or a video player can hold more
comma-rich text than a short article next to it. Counting prose cannot tell
them apart; looking at *what* the text is can. Each block is judged on three
kinds of evidence, none of them naming a site:

- the elements around it: a ``<form>``, ``<details>``, ``<video>``;
- class and id words of its ancestors (:data:`REGION_WORDS`);
- its text: consent and browser-update phrases.

A region is then chrome when most of its text is, or when it is built like a
teaser list, a gallery or a thread: repeated units, each a linked heading, an
image, or short lines (a name, a date, "Reply") with a paragraph or two.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..model import Block, BlockKind, DomNode
from .classes import FURNITURE
from .patterns import words
from .phrases import COOKIE_LEADS
from .shape import is_prose, word_count

CONSENT = "consent notice"
FORM = "form"
COMMENTS = "comment thread"
TEASERS = "teaser list"
FAQ = "FAQ box"
BROWSER = "browser-update prompt"
PLAYER = "media player"
GALLERY = "gallery"

REGION_WORDS: Mapping[str, frozenset[str]] = {
    CONSENT: FURNITURE["cookie"] | frozenset(("datenschutz", "privacy-notice", "eu-cookie")),
    FORM: FURNITURE["newsletter"] | frozenset(("contact-form", "wpcf7", "form", "signup-form")),
    COMMENTS: FURNITURE["comments"] | frozenset(("commentlist", "comment-list", "comment-body")),
    TEASERS: FURNITURE["related"] | frozenset(("teaser", "teasers", "more-like-this")),
    FAQ: frozenset(("faq", "faqs", "accordion")),
    BROWSER: frozenset(("browser-update", "browserupgrade", "browsehappy", "outdated-browser",
                        "buorg", "old-browser")),
    PLAYER: frozenset(("player", "video-player", "playlist", "vjs", "jwplayer", "jw-player",
                       "caption-settings", "text-track", "vjs-text-track-settings")),
    GALLERY: frozenset(("gallery", "slideshow", "slides", "slide", "carousel", "slider",
                        "swiper")),
}
"""Class/id words that say what a part of the page is, when it is not the article."""

TAGS: Mapping[str, str] = {
    "form": FORM, "fieldset": FORM, "details": FAQ, "summary": FAQ,
    "video": PLAYER, "audio": PLAYER, "dialog": FORM,
}
"""Elements whose content is, whatever its text, not article prose."""

CONSENT_PHRASES = (
    *COOKIE_LEADS, "cookie-richtlinie", "datenschutz & cookies", "privacy & cookies",
    "use of cookies", "verwendung von cookies", "utilisation des cookies", "uso de cookies",
)
FORM_PHRASES = (
    "unsubscribe", "your inbox", "sign up for our", "subscribe to our", "sign up to our",
    "newsletter abonnieren", "abonnez-vous", "suscríbete", "iscriviti alla newsletter",
)
BROWSER_PHRASES = (
    "update your browser", "upgrade your browser", "outdated browser", "browser is out of date",
    "browser is not supported", "unsupported browser", "browser aktualisieren",
    "veralteten browser", "mettre à jour votre navigateur", "actualiza tu navegador",
)
_CONSENT_WORDS = words(CONSENT_PHRASES)
_FORM_WORDS = words(FORM_PHRASES)
_BROWSER_WORDS = words(BROWSER_PHRASES)
_TEXT = re.compile(rf"\b(?:(?P<consent>{_CONSENT_WORDS})|(?P<browser>{_BROWSER_WORDS})"
                   rf"|(?P<form>{_FORM_WORDS}))\b", re.VERBOSE)
"""Consent, browser-update and sign-up phrases, in one pass over the lower-cased text.

Every block of a candidate region is read, so this is the stdlib engine over
``text.lower()``: three times faster than ``regex`` with IGNORECASE on these
literal phrases. An alternation of literals cannot backtrack beyond one phrase,
and the text is at most :data:`TEXT_CHECK_CHARS` long."""
_TEXT_KINDS = {"consent": CONSENT, "browser": BROWSER, "form": FORM}


TEXT_ANCHORS = ("cookie", "privacy", "browser", "navigateur", "navegador", "subscri", "inbox",
                "sign", "newsletter", "abonnez", "suscríbete")
"""Words one of which every consent, sign-up and browser-update phrase holds (a test checks
it). A text holding none of them holds none of the phrases, whatever blanks the pattern
allows between their words: a few ``in`` scans in C spare most blocks the pattern."""
_ALL_WORDS = frozenset().union(*REGION_WORDS.values())

CHROME_SHARE = 0.5
"""A region is chrome of one kind when blocks of that kind hold this share of its text."""
MIN_UNITS = 3
"""A teaser list or gallery repeats at least this many units…"""
UNIT_SHARE = 0.6
"""…which hold this share of the region's prose."""
UNIT_MAX_VOTERS = 2
"""A teaser or a slide has at most this many paragraphs of its own."""
TEASER_TITLE_WORDS = 3
"""A teaser's linked title has at least this many words; a comment's "Reply" link or its
author's linked name has fewer, so a thread is told from a teaser list."""


NEAR_LEVELS = 6
"""How many elements up from a block its chrome is looked for: a form or comment list
wraps its text closely, while a page-wide wrapper (an ASP.NET ``<form>`` around the
whole page, ``class="has-slider"`` on the layout) says nothing about one paragraph."""


TEXT_CHECK_CHARS = 1000
"""Longer blocks are not read for consent, sign-up or browser-update phrases: such
notices are short, and an article paragraph may mention cookies."""


def block_kind(block: Block, nodes: Sequence[DomNode]) -> str | None:
    """What chrome a block belongs to, by its elements, class words and text; else None."""
    dom = block.dom
    if dom is None:
        return None
    for node_id in dom.ancestors[:NEAR_LEVELS]:
        node = nodes[node_id]
        kind = TAGS.get(node.tag)
        if kind is not None:
            return kind
        if node.tokens and not node.tokens.isdisjoint(_ALL_WORDS):
            for kind, marks in REGION_WORDS.items():
                if node.tokens & marks:
                    return kind
    text = block.text
    if len(text) > TEXT_CHECK_CHARS:
        return None
    low = text.lower()
    if not any(map(low.__contains__, TEXT_ANCHORS)):  # the C-level scans of TEXT_ANCHORS
        return None
    found = _TEXT.search(low)
    if found is None:
        return None
    return _TEXT_KINDS[str(found.lastgroup)]


def region_kind(blocks: Sequence[Block], nodes: Sequence[DomNode],
                root: int | None = None,
                kinds: Mapping[int, str | None] | None = None) -> str | None:
    """What chrome a region is (a kind name), or None when it may be the article.

    ``blocks`` are the region's visible blocks in page order; ``root`` is the element
    that holds them, whose children are the units of a teaser list or gallery;
    ``kinds`` may give :func:`block_kind` of blocks already judged, by index.
    """
    text_blocks = [b for b in blocks if b.kind is not BlockKind.IMAGE and b.text]
    total = sum(len(b.text) for b in text_blocks)
    if not total:
        return None
    chars: dict[str, int] = {}
    for block in text_blocks:
        kind = (kinds[block.index] if kinds is not None and block.index in kinds
                else block_kind(block, nodes))
        if kind is not None:
            chars[kind] = chars.get(kind, 0) + len(block.text)
    if chars:
        kind = max(chars, key=chars.__getitem__)
        if chars[kind] >= CHROME_SHARE * total:
            return kind
    if root is not None:
        return _repeated_units(blocks, root)
    return None


def _repeated_units(blocks: Sequence[Block], root: int) -> str | None:
    """TEASERS, GALLERY or COMMENTS when the region's prose sits in repeated small units.

    A unit is a child element of ``root``: a teaser holds a linked heading (or a
    line that is mostly a link) and a paragraph or two; a slide holds an image
    and a paragraph or two; a post holds a paragraph or two and short lines.
    """
    units: dict[int, list[tuple[Block, bool]]] = {}
    prose = 0
    for block in blocks:
        dom = block.dom
        if dom is None or root not in dom.ancestors:
            continue
        at = dom.ancestors.index(root)
        if at == 0:
            continue
        flag = is_prose(block) or _summary(block)
        if flag:
            prose += len(block.text)
        units.setdefault(dom.ancestors[at - 1], []).append((block, flag))
    small = [u for u in units.values() if 0 < sum(f for _, f in u) <= UNIT_MAX_VOTERS]
    if not prose or len(small) < MIN_UNITS:
        return None
    for kind, test in ((TEASERS, _is_teaser), (GALLERY, _is_slide), (COMMENTS, _is_comment)):
        found = [u for u in small if test(u)]
        held = sum(len(b.text) for u in found for b, f in u if f)
        if len(found) >= MIN_UNITS and held >= UNIT_SHARE * prose:
            return kind
    return None


SUMMARY_CHARS = 40
"""A teaser's summary may be shorter than prose (one line, "A look at the new wall, and
what it costs."): a paragraph this long with few links counts as a unit's text too…"""
SUMMARY_WORDS = 6
"""…when it also holds this many words."""


def _summary(block: Block) -> bool:
    """A short paragraph of words, with few links: what a teaser says under its title."""
    return (block.kind is BlockKind.PARAGRAPH and len(block.text) >= SUMMARY_CHARS
            and block.link_density < 0.3 and word_count(block.text, block.words) >= SUMMARY_WORDS)


Unit = list[tuple[Block, bool]]
"""The blocks of one unit, each with whether it is prose."""


def _is_teaser(unit: Unit) -> bool:
    return any(b.link_density > 0.5 and b.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH)
               and word_count(b.text, b.words) >= TEASER_TITLE_WORDS for b, _ in unit)


def _is_slide(unit: Unit) -> bool:
    return any(b.kind is BlockKind.IMAGE for b, _ in unit)


def _is_comment(unit: Unit) -> bool:
    """A post of a thread: a paragraph or two, with short lines beside it (name, date, reply)."""
    short = any(b.kind is BlockKind.PARAGRAPH and not f for b, f in unit)
    return short and not any(b.kind is BlockKind.IMAGE for b, _ in unit)


def support(blocks: Sequence[Block], nodes: Sequence[DomNode],
            kinds: Mapping[int, str | None] | None = None) -> int:
    """Characters of article-like prose in ``blocks``: prose that is no kind of chrome.

    What the safety valve and the fallback chain compare: not how much is left,
    but how much of what is left reads like the article. ``kinds`` as for
    :func:`region_kind`.
    """
    total = 0
    for b in blocks:
        if not is_prose(b) or (b.dom is not None and b.dom.hidden):
            continue
        kind = (kinds[b.index] if kinds is not None and b.index in kinds
                else block_kind(b, nodes))
        if kind is None:
            total += len(b.text)
    return total
