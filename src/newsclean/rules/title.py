"""The title of a text dump: the page title's echoed headline, the line that says the
address's slug, or the headline just over the body (the ``headline`` rule, after the
region rule, looks above the story)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..evidence.echo import MAX_PARTS, Echo, echo, title_parts
from ..evidence.line_view import view_of
from ..evidence.shape import BODY_WORDS, block_is_body_like, is_headline
from ..evidence.sitename import short_name, without_www
from ..evidence.slug import echoes_slug, least_common, slug_words
from ..model import Action, Block, Field, Finding, Page, SourceKind, Verdicts
from .zones import body_start, header_has_chrome


@dataclass(frozen=True, slots=True)
class TitleRule:
    """The title of a dump: the page title's echoed headline, or the headline just over the body.

    First, a dump that opens with its page's ``<title>`` ("Headline | Site") gives the
    title where the headline part comes back as a line of its own (:func:`echoed_title`),
    and the site's name. Else the headline-shaped line just above the body, when it is no
    subheading under prose (:func:`title_above_story`). Else the ``headline`` rule, after
    the region rule, looks above the story.
    """

    name: str = "title"

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        if page.source is not SourceKind.TEXT or verdicts.found(Field.TITLE):
            return
        start = body_start(page, verdicts)
        if not header_has_chrome(page, verdicts, start):
            return
        found = echoed_title(page, verdicts, start)
        if found:
            yield from found
            return
        slugged = slug_title(page, verdicts, start)
        if slugged is not None:
            yield slugged
        site = page_title_site(page, verdicts)
        if site is not None:
            yield Finding(0, Action.NOTE, "page title", ((Field.SITE_NAME, site),))
        above = title_above_story(page, verdicts, start)  # its line goes, its title yields
        if above is not None:
            yield Finding(above.index, Action.REMOVE, "title", ((Field.TITLE, above.text),))


def slug_title(page: Page, verdicts: Verdicts, start: int) -> Finding | None:
    """The line shaped like a headline that best says the address's slug (most sites write
    the headline's words into it): the best one, the last before the story among equals.
    Only noted: which lines the body keeps is the other rules' call (removing it cost the
    dumps' body F1 .001 on the validation half)."""
    slug = slug_words(page.url)
    if not slug:
        return None
    blocks = page.blocks
    view = view_of(page)
    if view.aligned and not view.odd_case:  # the lines holding enough of the words: cheap
        held = Counter(p for word in slug for p in view.holding((word,)))
        need = least_common(slug)
        positions: Iterable[int] = sorted(p for p, n in held.items() if n >= need)
    else:
        positions = range(len(blocks))
    best, score = None, 0.0
    for position in positions:
        block = blocks[position]
        if position == 0:  # the first line may be the page's title, not its headline
            continue
        if block.words > SLUG_LINE_WORDS or verdicts.removed(block.index) \
                or not is_headline(block.text):
            continue
        value = echoes_slug(block.text, slug)
        if value > score or (value == score and value and block.index < start):
            best, score = block, value
    if best is None:
        return None
    return Finding(best.index, Action.NOTE, "title (the address's words)",
                   ((Field.TITLE, best.text),))


SLUG_LINE_WORDS = 30
"""Longer lines are prose, never the headline the slug spells."""


def title_above_story(page: Page, verdicts: Verdicts, start: int) -> Block | None:
    """The headline-shaped line just above the story: the last block before ``start`` that
    no rule removed, unless a line of prose length stands just above it (then it is a
    subheading inside a story that starts higher: the ``headline`` rule looks there)."""
    kept = [b for b in page.blocks[:start] if not verdicts.removed(b.index)]
    if not kept or not is_headline(kept[-1].text):
        return None
    # the first line of a few words above it, past markers and labels ('[vc]', '•')
    higher = next((b for b in reversed(kept[:-1]) if b.words >= MARKER_WORDS), None)
    if higher is not None and higher.words >= BODY_WORDS:
        return None
    return kept[-1]


MARKER_WORDS = 3
"""Lines of fewer words above a headline (an image marker, a bullet, a label) are passed over
when looking for the story's prose above it."""


def echoed_title(page: Page, verdicts: Verdicts, start: int) -> list[Finding]:
    """The title and site name a dump's first line gives when its headline comes back.

    A dump often opens with the page's ``<title>`` ("Headline | Site"); the part that
    comes back as a line of its own (the page's ``h1``) is the headline, and the line
    that repeats it is the title. The first line goes as the page's title; the part
    of it at the far edge from the headline names the site.
    """
    blocks = page.blocks
    if len(blocks) < 2 or verdicts.removed(0) or block_is_body_like(blocks[0]):
        return []
    texts = [b.text for b in blocks]
    view = view_of(page)
    found = [e for e in echo(texts[0], texts, holding=view.holding_folded)
             if not verdicts.removed(e.position)]
    if not found:
        return []
    chosen = _nearest_story(found, start)
    headline = blocks[chosen.position]
    title = Finding(headline.index, Action.REMOVE, "title", ((Field.TITLE, headline.text),))
    site = _title_site(chosen)
    page_title = Finding(0, Action.REMOVE, "page title",
                         ((Field.SITE_NAME, site),) if site else ())
    return [title, page_title]


def page_title_site(page: Page, verdicts: Verdicts) -> str | None:
    """The site's name in a first line shaped like a page title whose headline does not come
    back ('Headline | Site', the headline rewritten on the page): its last part, when the
    first part is shaped like a headline and the last is a short name."""
    blocks = page.blocks
    if not blocks or verdicts.removed(0) or block_is_body_like(blocks[0]):
        return None
    parts = title_parts(blocks[0].text)
    if not 2 <= len(parts) <= MAX_PARTS or not is_headline(parts[0]):
        return None
    name = without_www(parts[-1])
    return name if short_name(name) and len(name) < len(parts[0]) else None


def _nearest_story(found: Sequence[Echo], start: int) -> Echo:
    """The echo that stands last before the story's start, else the first one after it."""
    before = [e for e in found if e.position < start]
    return before[-1] if before else found[0]


def _title_site(chosen: Echo) -> str | None:
    """The site's name in a page title: the edge part farthest from the headline
    ('Headline | Section | Site', 'Site: Headline'), when it is short enough for a name."""
    parts = chosen.parts
    if chosen.last < len(parts) - 1:
        name = parts[-1]
    elif chosen.first > 0:
        name = parts[0]
    else:
        return None
    name = without_www(name)
    return name if short_name(name) else None

