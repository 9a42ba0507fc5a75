"""Authors and dates that HTML marks up, read before the DOM rules drop the markup.

Bylines and timestamps sit in elements named ``byline``, ``author`` or
``date``; the furniture rule removes those blocks from the body (the
benchmark's and most readers' notion of the body excludes them), so this rule
reads them first and only *notes* what it finds. What the markup states
(JSON-LD, the head's ``<meta>``) is read by :mod:`.markup`, which runs first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from ..evidence.classes import CLASS_WORDS, ClassWords
from ..evidence.date_labels import UPDATE_LABELS, is_label, read_label, value_date
from ..evidence.dates import find_date, zoned_time
from ..evidence.langid import statistical_detector
from ..evidence.language import DETECTED, guess_language, likeliest, month_first, primary
from ..evidence.names import DATE_LINE_WORDS, NAME_WORDS
from ..evidence.signoff import signoff_name
from ..evidence.sitename import copyright_holder, host_name, spells_host
from ..model import Action, Block, BlockKind, Field, Finding, Page, SourceKind, Verdicts
from .names import NAMES, NameReader


@dataclass(frozen=True, slots=True)
class HtmlMetaRule:
    """Authors and the publication date from byline and date elements."""

    name: str = "html-meta"
    max_words: int = 20
    """Longer blocks are not bylines or dates (an author bio, a paragraph naming a date)."""
    words: ClassWords = CLASS_WORDS
    names: NameReader = NAMES
    reach: int = 12
    """How many blocks after the ``h1`` are read for a byline or a date no element marks…"""
    reach_before: int = 3
    """…and how many before it, nearest first (a kicker line above the headline)."""

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        if page.source is not SourceKind.HTML:
            return
        site = page.hints.get("site_name")
        first = month_first(page.hints.get("language"))
        headline = next((b.index for b in page.blocks
                         if b.kind is BlockKind.HEADING and b.level == 1), -1)
        authors = dated = credited = False
        masthead: Finding | None = None  # a date element above the h1: often today's date
        late: Finding | None = None  # a byline element far below the h1: a box or a list
        for block in page.blocks:
            dom = block.dom
            if dom is None or block.words > self.max_words or not dom.tokens:
                continue
            data: list[tuple[Field, object]] = []
            if not credited and self._byline_element(block, page):
                # The first byline element names the authors; later ones are bios and lists.
                names = (self.names.byline_names(block.text, site=site, min_words=2)
                         or _not_the_site(self.names.byline_names(
                             block.text, lead_required=False, site=site, outlets=True), page)
                         or self.names.later_byline(block.text, site=site))
                org = None if names else self.names.organisation(block.text, site=site)
                credited = bool(names or org)
                if names and headline >= 0 and block.index > headline + self.reach:
                    late = Finding(block.index, Action.NOTE, "byline element after the story",
                                   tuple((Field.AUTHOR, n) for n in names))
                else:
                    data.extend((Field.AUTHOR, n) for n in names)
                    data.extend([(Field.ORGANISATION, org)] if org else [])
                    authors = bool(names)
            if not dated and not dom.tokens.isdisjoint(self.words.date):
                value = _date(block.text, first)
                if value is not None and block.index < headline and masthead is None:
                    masthead = Finding(block.index, Action.NOTE, "date element above the "
                                       "headline", ((Field.PUBLISHED, value),))
                elif value is not None and block.index >= headline:
                    updated = block.text.lstrip().casefold().startswith(UPDATE_LEADS)
                    data.append((Field.MODIFIED if updated else Field.PUBLISHED, value))
                    dated = not updated  # the published date may follow ('Updated …')
                    if not credited:  # 'Posted on March 3, 2024 by Jane Doe'
                        names = self.names.later_byline(block.text, site=site, min_words=2)
                        data.extend((Field.AUTHOR, n) for n in names)
                        credited = authors = bool(names)
            if data:
                yield Finding(block.index, Action.NOTE, "byline or date element", tuple(data))
        if not (authors and dated):
            for finding in self._near_headline(page, authors, dated, first, site):
                dated = dated or any(f is Field.PUBLISHED for f, _ in finding.data)
                authors = authors or any(f is Field.AUTHOR for f, _ in finding.data)
                yield finding
        if late is not None and not authors:
            yield late  # no byline near the headline: the box below names the writer
            authors = True
        signed = None if authors else _signoff(page)
        if signed is not None:
            yield signed
        labelled = None if dated else self._labelled(page, first)
        if labelled is not None:
            yield labelled
        elif masthead is not None and not dated:
            yield masthead  # after the lines around the headline: a weaker opinion

    def _byline_element(self, block: Block, page: Page) -> bool:
        """True when an author word marks the block's element or a small one around it.

        Not in a list of other stories or comments (their writers are not this article's),
        and not when the nearest element with the author word is the article itself
        (a blog's ``author-jane`` class on the post: every subheading would be a byline).
        """
        dom = block.dom
        if dom is None or dom.tokens.isdisjoint(self.words.author):
            return False
        nodes, author, content, elsewhere = (page.nodes, self.words.author,
                                              self.words.content, self._elsewhere)
        marked = False  # an element below the story's own wrapper has the author word
        for node_id in dom.ancestors:
            node = nodes[node_id] if node_id < len(nodes) else None
            if node is None:
                break
            own = node.tokens
            story = node.tag == "article" or not own.isdisjoint(content)
            if not own.isdisjoint(author):
                if story:
                    return False
                marked = True
            if story:
                return marked  # what holds the story is no list of other stories
            if not own.isdisjoint(elsewhere):
                return False
        return True

    @property
    def _elsewhere(self) -> frozenset[str]:
        """Class words of regions about other stories or other people (related lists,
        comments)."""
        return frozenset().union(*(self.words.furniture.get(f, frozenset())
                                   for f in OTHER_STORIES))

    def _near_headline(self, page: Page, authors: bool, dated: bool, first: bool,
                       site: str | None) -> Iterable[Finding]:
        """A byline ('Written by …') or a date in the short lines around the ``h1``."""
        start = next((b.index for b in page.blocks
                      if b.kind is BlockKind.HEADING and b.level == 1), None)
        if start is None:
            return
        before = page.blocks[max(0, start - self.reach_before):start]
        after = page.blocks[start + 1:start + 1 + self.reach]
        credited = False  # an organisation credited ('By Reuters'): a person may follow
        for position, block in enumerate((*after, *reversed(before))):
            if block.kind is BlockKind.HEADING and not dated:
                value = _date_heading(block.text, first)  # a diary's day: '2019年02月11日'
                if value is not None:
                    dated = True
                    yield Finding(block.index, Action.NOTE, "date heading after the headline",
                                  ((Field.PUBLISHED, value),))
            if block.words > self.max_words or block.kind is BlockKind.HEADING:
                continue
            data: list[tuple[Field, object]] = []
            if not authors:
                names = (self.names.byline_names(block.text, site=site, min_words=2)
                         or self.names.later_byline(block.text, site=site, min_words=2)
                         or (self._name_before_date(block.text, first)
                             if block.index > start else ())
                         or (self._name_over_date(block, after[position + 1], first, site)
                             if position + 1 < len(after) else ()))
                data.extend((Field.AUTHOR, n) for n in names)
                authors = bool(names)
                if not names and not credited and self.names.may_lead(block.head):
                    org = self.names.organisation(block.text, site=site)  # 'By Reuters'
                    data.extend([(Field.ORGANISATION, org)] if org else [])
                    credited = org is not None
            if not dated:
                value = _date(block.text, first)
                if value is not None:
                    updated = block.text.lstrip().casefold().startswith(UPDATE_LEADS)
                    data.append((Field.MODIFIED if updated else Field.PUBLISHED, value))
                    dated = not updated
            if data:
                yield Finding(block.index, Action.NOTE, "byline or date after the headline",
                              tuple(data))
            if authors and dated:
                return

    def _name_before_date(self, text: str, first: bool) -> tuple[str, ...]:
        """A name in a script without capitals right before the date ('松村太郎 2019年04月13日'):
        the byline of a Chinese, Japanese or Korean page, which needs no 'By'."""
        found = find_date(text, month_first=first)
        if found is None or found.start == 0:
            return ()
        head = text[:found.start].strip(" |/·:")
        if not head or is_label(head):
            return ()
        # More words than any name may have: only the caseless form can pass.
        name = self.names.person_name(head, min_words=NAME_WORDS + 1, caseless=True)
        return (name,) if name else ()

    def _name_over_date(self, block: Block, below: Block, first: bool,
                        site: str | None) -> tuple[str, ...]:
        """A bare name on its line right over a dateline, under the headline ('Jane Doe' over
        'November 20, 2019 10:15 AM'): a byline without 'By', its name a link or in bold."""
        if block.words > NAME_WORDS * 2 or below.words > DATE_LINE_WORDS or (
                below.kind is BlockKind.HEADING):
            return ()
        if _date(below.text, first) is None:
            return ()
        names = self.names.byline_names(block.text, lead_required=False, site=site,
                                        min_words=2)
        return names if names and not any(_is_site(n, site) for n in names) else ()

    def _labelled(self, page: Page, first: bool) -> Finding | None:
        """The first date a label names anywhere on the page ('Published: …', or a
        ``<dt>Published</dt>`` block followed by its ``<dd>`` value)."""
        after_label = False
        for block in page.blocks:
            if block.words > self.max_words:
                after_label = False
                continue
            if after_label:
                value = value_date(block.text, first)
                label = value is None and is_label(block.text)
            else:
                value, label = read_label(block.text, first)
            if value is not None:
                return Finding(block.index, Action.NOTE, "labelled date",
                               ((Field.PUBLISHED, value),))
            after_label = label
        return None


def _dump_site(page: Page, verdicts: Verdicts) -> Iterable[Finding]:
    """A dump's site name where no line named it, from the address it was saved from (as
    HTML pages fall back): the holder of its last copyright line when the holder spells the
    host ('© 2019 The Detroit News' on detroitnews.com; 'Hearst' on timesunion.com is the
    parent company), else the host. A dump without an address gets none (the copyright
    holder alone is as often the parent company)."""
    host = host_name(page.url)
    if host is None:
        return
    for block in reversed(page.blocks[-COPYRIGHT_LINES:]):
        holder = copyright_holder(block.text) if block.words <= COPYRIGHT_WORDS else None
        if holder is not None:
            if spells_host(holder, host):
                yield Finding.about_page("copyright, fallback", ((Field.SITE_NAME, holder),))
                return
            break
    yield Finding.about_page("host, fallback", ((Field.SITE_NAME, host),))


def _is_site(name: str, site: str | None) -> bool:
    """True when a name is the site's own ('Fact Check' on a site so named)."""
    return bool(site) and name.casefold().replace(" ", "") in (site or "").casefold().replace(
        " ", "")


COPYRIGHT_LINES = 40
"""How many of a dump's last lines are read for a copyright line (the footer's)…"""
COPYRIGHT_WORDS = 40
"""…of at most this many words (a paragraph naming a copyright is no footer)."""


def _not_the_site(names: tuple[str, ...], page: Page) -> tuple[str, ...]:
    """One-word names less the site's own ('Posted by Vortex' on vortexcannon.org): a
    site that signs as itself names no person."""
    sites = [m.value.casefold().replace(" ", "") for m in page.markup if m.field == "site_name"]
    return tuple(n for n in names if " " in n
                 or not any(s.startswith(n.casefold()) for s in sites))


def _signoff(page: Page) -> Finding | None:
    """The writer a sign-off line names ('홍길동 기자 hong@example.com'), the first one."""
    for block in page.blocks:
        name = signoff_name(block.text) if block.words <= SIGNOFF_WORDS else None
        if name is not None:
            return Finding(block.index, Action.NOTE, "sign-off byline", ((Field.AUTHOR, name),))
    return None


OTHER_STORIES = ("related", "comments")
"""Furniture families whose bylines credit other articles or readers, not this one."""

SIGNOFF_WORDS = 5
"""A sign-off is a name, a role and an address at most: longer blocks are not read."""

UPDATE_LEADS = UPDATE_LABELS
"""A date element starting so gives the last change, not the publication."""


def _date(text: str, month_first: bool) -> dt.date | dt.datetime | None:
    """The date a dateline gives; with its clock time and offset when it names its zone
    ('Nov. 18, 2019 7:04 pm ET'), which says the reader's day where markup gives UTC."""
    found = find_date(text, month_first=month_first)
    if found is None:
        return None
    if isinstance(found.value, dt.datetime):
        return found.value
    return zoned_time(text, found.value) or found.value


DATE_HEADING_REST = 6
"""Characters a heading may hold besides its date to be a date heading (a weekday, '(月)')."""


def _date_heading(text: str, month_first: bool) -> dt.date | dt.datetime | None:
    """The date of a heading that is a date and nothing more: a diary's or a blog's day
    under the site's ``h1``, where a date in a later line is one the story cites."""
    found = find_date(text, month_first=month_first)
    if found is None:
        return None
    rest = (text[:found.start] + text[found.end:]).strip(" ()|,.-")
    return found.value if len(rest) <= DATE_HEADING_REST else None


PROSE_WORDS = 12
"""Paragraphs of at least this many words are read to tell the language…"""
MIN_PROSE_CHARS = 200
"""…unless they hold fewer characters than this: then every paragraph is read (a dump's
lines are short)."""

_HINTS = (("title", Field.TITLE), ("site_name", Field.SITE_NAME), ("url", Field.URL),
          ("language", Field.LANGUAGE))
"""Page hints that stand for Article fields when no rule before found better."""


@dataclass(frozen=True, slots=True)
class PageHintsRule:
    """What the page's head says (title, site name, address, language), as the last word,
    and the language of the text.

    It runs after every other rule, so any value they found wins; the language read from
    the text is reported with the source :data:`~newsclean.evidence.language.DETECTED`, and
    ``decide`` prefers it to a declared language only when the two disagree.
    """

    name: str = "page-hints"
    detect: bool = True
    """Tell the language from the text: its script or its commonest words
    (:func:`~newsclean.evidence.language.guess_language`)…"""
    statistical: bool = True
    """…and, with the ``lang`` extra installed, py3langid where that guess cannot settle it:
    no declared language, no guess, or a guess that contradicts the declared language."""
    dumps: bool = False
    """Tell the language of text dumps too (off by default: a dump's Article stays as
    before, with no language, until a release may change the golden dumps' metadata)."""

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        for key, field in _HINTS:
            if page.hints.get(key):
                yield Finding.about_page(f"head:{key}", ((field, page.hints[key]),))
        if page.source is SourceKind.TEXT and not verdicts.found(Field.SITE_NAME):
            yield from _dump_site(page, verdicts)
        if self.detect and (self.dumps or page.source is SourceKind.HTML):
            language = self._text_language(page, verdicts)
            if language:
                yield Finding.about_page(DETECTED, ((Field.LANGUAGE, language),))

    def _text_language(self, page: Page, verdicts: Verdicts) -> str | None:
        paragraphs = [b for b in verdicts.undecided(page.blocks) if b.kind is BlockKind.PARAGRAPH]
        text = " ".join(b.text for b in paragraphs if b.words >= PROSE_WORDS)
        if len(text) < MIN_PROSE_CHARS:
            text = " ".join(b.text for b in paragraphs)
        if not text:
            return None
        declared = primary(page.hints.get("language") or next(
            (m.value for m in page.markup if m.field == "language" and m.value), None))
        guess = guess_language(text)
        if guess is None and declared is not None:  # the page's claims disagree: the text
            guess = likeliest(text, [m.value for m in page.markup  # picks one of them
                                     if m.field == "language" and m.value])
        if declared is None or guess is None or guess != declared:
            detector = statistical_detector() if self.statistical else None
            found = detector(text) if detector is not None else None
            guess = found or guess
        return guess
