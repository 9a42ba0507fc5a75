"""Candidate regions for the main content, and the choice among them.

The element with the most prose votes is usually the article. It is not when
it holds chrome (a comment thread, a teaser rail, a gallery, a consent notice:
:mod:`newsclean.evidence.holds`), or when another element that scores nearly as
well holds the prose right after the headline while it does not. Those two
checks read what a region *is* and *where* it sits, so they transfer across sites.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from ..evidence.holds import region_kind
from ..model import Block, BlockKind, Page

MAX_CANDIDATES = 6
"""How many separate elements (none inside another) compete for the article."""

CREDIBLE_SHARE = 0.25
"""An alternative to the best element must score this share of its score."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One competing element, the region it stands for, and what that region holds."""

    node: int
    path: str
    score: float
    region: frozenset[int]
    """The element and the siblings that join it (see ``MainContentRule._region``)."""
    kind: str | None
    """The chrome kind the element holds, or None when it may be the article."""
    follows: bool
    """The element holds the first voting paragraph after the headline."""
    chain: frozenset[int] = frozenset()
    """The element and its ancestors."""
    near: int = 0
    """How many ancestors the element shares with the headline (0 when it is not known)."""
    chars: int = 0
    """Characters of text in the region that no rule removed (lists and rows included)."""


@dataclass(frozen=True, slots=True)
class Choice:
    """The chosen candidate, the ones passed over, and why (for Article.notes)."""

    chosen: Candidate
    passed: tuple[Candidate, ...] = ()
    why: str = ""


def candidates(page: Page, scores: Mapping[int, float], voters: Sequence[Block],
               region_of: Callable[[int], frozenset[int]],
               visible: Callable[[Block], bool],
               kept: Callable[[Block], bool] = lambda b: True,
               head: Block | None = None) -> list[Candidate]:
    """The best-scoring elements, none inside another, each judged for what it holds.

    The usual page is settled by the best alone: when it holds no chrome and the first
    paragraph after the headline, the others are neither judged nor returned (the
    content check is the costly part). ``kept`` tells the blocks no rule removed;
    ``head`` is the page's :func:`headline` when the caller has it already.
    """
    nodes = page.nodes
    picked: list[tuple[int, frozenset[int]]] = []
    for node in sorted(scores, key=lambda n: (-scores[n], n)):
        chain = _chain(page, node)
        if any(node in c or other in chain for other, c in picked):
            continue
        picked.append((node, chain))
        if len(picked) >= MAX_CANDIDATES:
            break
    owned: dict[int, list[Block]] = {node: [] for node, _ in picked}
    for block in page.blocks:
        if block.dom is not None and not owned.keys().isdisjoint(
                block.dom.ancestors) and visible(block):  # most blocks sit in no candidate:
            # told in C, before the call
            owned[next(a for a in block.dom.ancestors if a in owned)].append(block)
    head = head or headline(page)
    first = _first_after(head, voters)
    head_chain = _chain(page, head.dom.ancestors[0]) if head and head.dom else frozenset()
    taken: list[Candidate] = []
    for at, (node, chain) in enumerate(picked):
        follows = first is None or _in(first, frozenset((node,)))
        if at > 0 and taken[0].kind is None and not follows:
            continue  # beside an article-like best, only the headline's container competes
        kind = region_kind(owned[node], nodes, node)
        if at == 0 and kind is None and follows:
            return [Candidate(node, nodes[node].path, scores[node], region_of(node), None,
                              True, chain)]
        taken.append(Candidate(node, nodes[node].path, scores[node], region_of(node), kind,
                               follows, chain, len(chain & head_chain)))
    if taken[0].kind is None:  # the best and the headline's container are compared by size
        if len(taken) == 1 or taken[1].kind is not None:
            return taken[:1]
        taken = [replace(c, chars=_chars(page, c.region, kept)) for c in taken[:2]]
    return taken


def choose(found: Sequence[Candidate], credible_share: float = CREDIBLE_SHARE) -> Choice:
    """The best candidate, unless it holds chrome and a credible one does not.

    An alternative is credible when it scores ``credible_share`` of the best and
    holds no chrome; the one that scores most is chosen. Where the headline leads
    breaks ties: among credible alternatives, one holding the text after the
    headline comes first.
    """
    best = found[0]
    floor = credible_share * best.score
    if best.kind is None:
        return _beside_headline(found, floor)
    credible = [c for c in found[1:] if c.score >= floor and c.kind is None]
    if not credible:
        return Choice(best)
    other = next((c for c in credible if c.follows), credible[0])
    passed = tuple(c for c in found if c.kind is not None and c.score >= other.score)
    # The region joins strong siblings; never those that hold what was passed over.
    dropped = frozenset().union(*(c.chain for c in passed))
    other = replace(other, region=other.region - dropped)
    kinds = ", ".join(sorted({str(c.kind) for c in passed}))
    return Choice(other, passed, f"main content: passed over {best.path} (it holds a {kinds})")


def _beside_headline(found: Sequence[Candidate], floor: float) -> Choice:
    """The best candidate, or one that sits with the headline and holds more of the page.

    A post made mostly of lists (a reading list, a link roundup) has few voting
    paragraphs, and two long comments below it can outscore it. When the best
    element does not hold the first paragraph after the headline, and a credible
    one does, shares more of its ancestors with the headline and holds more text
    (its lists and rows included), that one is the article.
    """
    best = found[0]
    other = next((c for c in found[1:] if c.kind is None and c.follows and c.score >= floor
                  and c.near > best.near and c.chars > best.chars), None)
    if other is None:
        return Choice(best)
    return Choice(replace(other, region=other.region - best.chain), (best,),
                  f"main content: passed over {best.path} (the headline's text is elsewhere)")


def _chars(page: Page, region: frozenset[int], kept: Callable[[Block], bool]) -> int:
    """Characters of the blocks in ``region`` that ``kept`` accepts."""
    return sum(len(b.text) for b in page.blocks
               if b.dom is not None and not region.isdisjoint(b.dom.ancestors) and kept(b))


def _chain(page: Page, node: int) -> frozenset[int]:
    """The node and all its ancestors."""
    chain = set()
    while node >= 0:
        chain.add(node)
        node = page.nodes[node].parent
    return frozenset(chain)


def _in(block: Block, region: frozenset[int]) -> bool:
    return block.dom is not None and not region.isdisjoint(block.dom.ancestors)


def headline(page: Page) -> Block | None:
    """The page's headline block, when it can be told: an ``h1`` (else any heading) whose
    text is the page title from the head (``og:title``, ``<title>``, JSON-LD ``headline``),
    or most of it."""
    hints = [_fold(page.hints.get(k, "")) for k in ("headline", "title")]
    hints = [h for h in hints if h]
    if not hints:
        return None
    headings = [b for b in page.blocks if b.kind is BlockKind.HEADING and b.text]
    matching = [b for b in headings if any(names_title(_fold(b.text), h) for h in hints)]
    if not matching:
        return None
    return next((b for b in matching if b.level == 1), matching[0])


def _first_after(head: Block | None, voters: Sequence[Block]) -> Block | None:
    """The first voting paragraph after the headline, when the page's headline is known."""
    if head is None:
        return None
    return next((b for b in voters if b.index > head.index), None)


def names_title(heading: str, hint: str) -> bool:
    """True when ``heading`` is the page title, or most of it (titles add the site name).

    >>> names_title("millbrook wins the cup", "sport: millbrook wins the cup | gazette")
    True
    >>> names_title("sport", "sport: millbrook wins the cup | gazette")
    False
    """
    if not heading or not hint or heading not in hint:
        return False
    return 2 * len(heading) >= len(hint.split("|")[0])


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())
