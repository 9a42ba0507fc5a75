"""People: bylines into authors (contact lines are read by rules/contacts.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..evidence.dates import find_date
from ..evidence.line_view import LineView, live_view_of, view_of
from ..evidence.names import NAME_WORDS, PERSON_ROLES
from ..evidence.names import is_menu_label as _is_label
from ..evidence.patterns import compile, words
from ..evidence.signoff import ROLES, signoff_name
from ..model import Action, Block, Field, Finding, Page, SourceKind, Verdicts
from .headline_byline import (
    PageHeadline,
    headline_bylines,
    led_under_headline,
    over_the_headline,
)
from .names import NAMES, NameReader
from .zones import body_start, header_has_chrome

BYLINE_WORDS = 16
"""A byline line has at most this many words."""
LONE_NAME_REACH = 4
"""A lone name is read as the byline only this many lines above the body: a byline sits
just over the story, while names higher up a dump are menu items and teasers."""


@dataclass(frozen=True, slots=True)
class BylineRule:
    """Bylines ('By Jane Doe and John Roe') and a lone name line before the body, into authors."""

    name: str = "byline"
    names: NameReader = NAMES
    """The name vocabularies (see :class:`~newsclean.rules.names.NameReader`)."""

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        start = body_start(page, verdicts)
        header = page.source is SourceKind.TEXT and header_has_chrome(page, verdicts, start)
        lone: list[Finding] = []  # a bare name line is weaker than any 'By …' line
        host = _host_label(page.url)
        credited = False  # an organisation credited by a 'By …' line
        blocks, removed = page.blocks, verdicts.removed
        taken = -1  # the index of the name line after a lone lead, already reported
        headline = PageHeadline(page)  # each line judged once for the three readers below
        for position in self._candidates(page, verdicts, start if header else None):
            block = blocks[position]
            if block.words > BYLINE_WORDS or block.index == taken:
                continue
            led = self.names.may_lead(block.head)
            after = _next_kept(blocks, removed, position) if led and block.words == 1 else None
            if after is not None and after.words <= NAME_WORDS:
                # 'By' alone, the name on the next line (a dump of a link after the lead);
                # the name must read as one alone ('AV' then 'デジタルカメラ' is a menu)
                names = self.names.byline_names(f"{block.text} {after.text}", min_words=2)
                if names and self.names.byline_names(after.text, lead_required=False):
                    yield Finding(block.index, Action.REMOVE, "byline lead")
                    yield Finding(after.index, Action.REMOVE, "byline",
                                  tuple((Field.AUTHOR, n) for n in names))
                    taken = after.index
                    continue
                org = None if names or credited else self.names.organisation(after.text)
                if org is not None and org == after.text.strip(" ,;."):
                    # 'Author:' alone, then 'The Water Coolest': an organisation credited
                    credited = True  # (the author only when no one is named); lines stay
                    yield Finding(after.index, Action.NOTE, "organisation after a lone lead",
                                  ((Field.ORGANISATION, org),))
                    continue
            names = self.names.byline_names(block.text) if led else ()
            if led and not names and not credited:
                org = self.names.organisation(block.text)  # 'By Reuters': only when no one
                if org is not None:                         # is named; the line stays
                    credited = True
                    yield Finding(block.index, Action.NOTE, "organisation byline",
                                  ((Field.ORGANISATION, org),))
            if names:
                signed = tuple(n for n in names if not _the_host(n, host))
                yield Finding(block.index, Action.REMOVE, "byline",
                              (*((Field.AUTHOR, n) for n in signed), *_byline_date(block.text)))
            elif header and start - LONE_NAME_REACH <= block.index < start:
                names = self.names.byline_names(block.text, lead_required=False)
                if not names:
                    continue
                if any(_is_label(n) for n in names) or _headline_or_label(
                        block, blocks, removed, position) or over_the_headline(
                        block, _next_kept(blocks, removed, position), headline):
                    yield Finding(block.index, Action.REMOVE, "name-like line before the body")
                    continue
                lone.append(Finding(block.index, Action.REMOVE, "lone author name before the body",
                                    tuple((Field.AUTHOR, n) for n in names)))
        yield from lone  # after the bylines: their names win when the page has both
        if page.source is SourceKind.TEXT:
            yield from led_under_headline(page, self.names, headline)
            yield from headline_bylines(page, self.names, headline)
            yield from self._over_a_role(page, start)
        yield from self._bio_sentence(page)
        if page.source is SourceKind.TEXT:
            yield from self._about_the_author(page)
            yield from _signoff(page)

    def _over_a_role(self, page: Page, start: int) -> Iterable[Finding]:
        """A name on the line over a job title ('Tom Gillespie' over 'News reporter
        @TomGillespie1'), or opening an author's bio there ('Louise Matsakis is a Staff Writer
        at WIRED…' over 'Staff Writer'): an author's box, read after every byline."""
        view = view_of(page)
        if not view.aligned or view.odd_case:
            return
        blocks = page.blocks
        for position in sorted(view.holding(PERSON_ROLES)):
            if position == 0 or not _role_line(blocks[position].text):
                continue
            before = blocks[position - 1]
            near = abs(before.index - start) <= LONE_NAME_REACH
            if before.words <= NAME_WORDS:
                text = before.text if near else ""  # far from the story: a staff list
            else:
                text = _bio_subject(before.text)
            names = self.names.byline_names(text, lead_required=False, min_words=2)
            if len(names) == 1 and not _is_label(names[0]):
                yield Finding(before.index, Action.NOTE, "name over a job title",
                              ((Field.AUTHOR, names[0]),))
                return

    def _bio_sentence(self, page: Page) -> Iterable[Finding]:
        """The writer an author's bio names ('Jane Doe (@janedoe) is a staff writer at the
        Gazette…', a line after the story): a sentence that opens with a name and says the
        person is a writer, a reporter, an editor… Read after every byline."""
        view = view_of(page)
        if not view.aligned or view.odd_case:
            return
        blocks = page.blocks
        if page.source is SourceKind.HTML:
            # only the short lines are read (removed or not): on an HTML page, a view of
            # them alone spares the search of the long paragraphs the other rules left
            view = LineView(blocks, [p for p, b in enumerate(blocks) if b.words <= BIO_WORDS])
        for position in sorted(view.holding(PERSON_ROLES)):
            block = blocks[position]
            role = _BIO_ROLE.search(block.text[:BIO_CHARS]) if block.words <= BIO_WORDS else None
            if role is None:
                continue
            tokens = _without_handles(block.text[:role.start()])
            names = self.names.byline_names(" ".join(tokens), lead_required=False, min_words=2)
            if len(tokens) <= BIO_NAME_WORDS and len(names) == 1:
                yield Finding(block.index, Action.NOTE, "author's bio",
                              ((Field.AUTHOR, names[0]),))
                return

    def _about_the_author(self, page: Page) -> Iterable[Finding]:
        """The name under an 'About the author' label (a box after the story): the weakest
        byline, read last, for dumps whose byline is a link or a picture the dump lost."""
        view = view_of(page)
        if not view.aligned or view.odd_case:
            return
        blocks = page.blocks
        # a line holding a label holds its last word: those few words are looked for on the
        # page, and only a line holding a whole label is read (as a look for the labels)
        for position in sorted(view.holding(_ABOUT_WORDS)):
            text = blocks[position].text
            label = text.strip(" :").casefold()
            if label not in ABOUT_LABELS or position + 1 >= len(blocks) or not any(
                    map(text.lower().__contains__, ABOUT_LABELS)):
                continue
            after = blocks[position + 1]
            names = self.names.byline_names(after.text, lead_required=False, min_words=2)
            if after.words <= NAME_WORDS * 2 and len(names) == 1:
                yield Finding(after.index, Action.NOTE, "name under 'about the author'",
                              ((Field.AUTHOR, names[0]),))
                return

    def _candidates(self, page: Page, verdicts: Verdicts, start: int | None) -> list[int]:
        """The positions of the blocks not removed that may be bylines: a line opening with
        a byline's lead and, when the header is known to end at ``start``, the lines just
        above it (found from the page's line view; all the blocks when its positions are
        not the indexes)."""
        blocks, removed = page.blocks, verdicts.removed
        view = live_view_of(page, verdicts)  # the lines found are filtered as removed below
        if not view.aligned:
            return [p for p, block in enumerate(blocks) if not removed(block.index)]
        found = view.headed(self.names.heads)
        if start is not None:
            found.update(range(max(0, start - LONE_NAME_REACH), min(start, len(blocks))))
        return [i for i in sorted(found) if not removed(blocks[i].index)]


def _signoff(page: Page) -> Iterable[Finding]:
    """The writer a Korean sign-off line names after the story ('정덕현 칼럼니스트
    thekian1@…', as HTML pages read it): only lines holding a role word are read."""
    view = view_of(page)
    if not view.aligned or view.odd_case:
        return
    for position in sorted(view.holding(_SIGNOFF_ROLES)):
        block = page.blocks[position]
        name = signoff_name(block.text) if block.words <= SIGNOFF_WORDS else None
        if name is not None:
            yield Finding(block.index, Action.NOTE, "sign-off byline", ((Field.AUTHOR, name),))
            return


SIGNOFF_WORDS = 5
"""A sign-off is a name, a role and an address at most: longer lines are not read."""


def _next_kept(blocks: tuple[Block, ...], removed: Callable[[int], bool],
               position: int) -> Block | None:
    """The first block after ``position`` that no rule removed, in page order."""
    for later in range(position + 1, len(blocks)):
        if not removed(blocks[later].index):
            return blocks[later]
    return None


ROLE_LINE_WORDS = 4
"""A job title alone on its line ('Senior Staff Writer') has at most this many words."""
BIO_NAME_WORDS = 6
"""An author's bio names its subject in its first few words ('Molly Wood (@mollywood) is
an …'): the verb comes at most this many words in."""
_HANDLE_WORD = compile(r"^\(?@\w{1,30}\)?$")
"""A social handle beside a name or a job title ('@TomGillespie1', '(@mollywood)')."""
BIO_WORDS = 60
"""An author's bio is a short paragraph: longer ones are the story's."""
BIO_CHARS = 200
"""The name and the role open the bio: only its first characters are searched."""
_BIO_ROLE = compile(rf"\s(?:is|was)\s(?:a|an|the)\s(?:[\w-]+\s){{0,5}}"
                    rf"(?:{words(sorted(PERSON_ROLES))})\b")
"""What follows the name that opens an author's bio: 'is a' and, within five words, a
person's role ('is a senior staff writer', 'is an Ideas contributor')."""
_BIO_VERB = compile(r"\s(?:is|was|has been|joined|covers|writes)\s")
"""What follows the name that opens an author's bio."""


def _without_handles(text: str) -> list[str]:
    """The words of a text with social handles left out ('Molly Wood (@mollywood)' gives
    'Molly', 'Wood'): a handle sits beside a name or a job title, and is neither."""
    # a handle's "@" opens it or follows its bracket: other words skip the pattern
    return [t for t in text.split() if "@" not in t[:2] or not _HANDLE_WORD.search(t)]


def _role_line(text: str) -> bool:
    """True when a line is a job title alone, a handle aside ('News reporter
    @TomGillespie1', 'Staff Writer'): a few words that end with a person's role."""
    tokens = _without_handles(text)
    return (0 < len(tokens) <= ROLE_LINE_WORDS and tokens[-1].casefold() in PERSON_ROLES
            and all(t.isalpha() for t in tokens))


def _bio_subject(text: str) -> str:
    """The name that opens an author's bio ('Louise Matsakis is a Staff Writer…' gives
    'Louise Matsakis'), handles dropped; '' when the bio does not open with one."""
    verb = _BIO_VERB.search(text[:BIO_NAME_WORDS * 20])
    if verb is None:
        return ""
    tokens = _without_handles(text[:verb.start()])
    return " ".join(tokens) if len(tokens) <= BIO_NAME_WORDS else ""


ABOUT_LABELS = ("about the author", "about the writer", "über den autor", "über die autorin",
                "à propos de l'auteur", "sobre el autor", "sobre o autor", "over de auteur",
                "об авторе")
"""Labels of an author's box, alone on their line (case-folded)."""



def minimal(phrases: Iterable[str]) -> tuple[str, ...]:
    """The ``phrases`` that hold no other one: a text holds one of ``phrases`` exactly when
    it holds one of these (fewer looks over a page).

    >>> minimal(["기자", "객원기자", "특파원"])
    ('기자', '특파원')
    """
    unique = tuple(dict.fromkeys(phrases))
    return tuple(p for p in unique if not any(q != p and q in p for q in unique))


_ABOUT_WORDS = minimal(label.split()[-1] for label in ABOUT_LABELS)
"""The last words of the labels (``author``, ``autor``…): every line holding a label holds one."""
_SIGNOFF_ROLES = minimal(ROLES)
"""The sign-off roles that hold no other ('기자' stands for '객원기자')."""

def _headline_or_label(block: Block, blocks: tuple[Block, ...], removed: Callable[[int], bool],
            position: int) -> bool:
    """True when a bare name line is a headline or a label: the dump's first line (the page's
    title) holds it ('Opening Bell 11.18.19' under 'Opening Bell 11.18.19 - Dealbreaker'),
    or the next line starts with its words and goes on ('Fact Check' over 'Fact Check: Is
    An Oxygen Bar…'): a section's label or a series' name, not a writer's."""
    name = block.text.strip().casefold()
    if position > 0 and name in blocks[0].text.casefold():
        return True  # the page's title, a dump's first line, says it: the headline
    after = _next_kept(blocks, removed, position)
    if after is None:
        return False
    line = after.text.strip().casefold()
    return len(line) > len(name) and line.startswith(name) and not line[len(name)].isalpha()


UPDATE_WORDS = ("updated", "modified", "aktualisiert", "mis à jour", "actualizado",
                "aggiornato", "atualizado", "bijgewerkt")
"""Before a byline's date, these make it the last change, not the publication."""


def _byline_date(text: str) -> tuple[tuple[Field, object], ...]:
    """The date a byline line carries ('By Mike Wall 2019-11-18T20:51:19Z Science'), as the
    published date, or the modified one after 'Updated'; ()."""
    found = find_date(text) if any(ch.isdigit() for ch in text) else None
    if found is None:
        return ()
    before = text[:found.start].casefold()
    field = Field.MODIFIED if any(w in before for w in UPDATE_WORDS) else Field.PUBLISHED
    return ((field, found.value),)


def _host_label(url: str | None) -> str:
    """The first label of the page's host less ``www.`` ('vortexcannon' for
    https://www.vortexcannon.org/x), or ''."""
    if not url:
        return ""
    host = url.split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0].casefold()
    return host.removeprefix("www.").split(".", 1)[0]


def _the_host(name: str, host: str) -> bool:
    """A one-word name that starts the host's name ('Posted by Vortex' on vortexcannon.org):
    the site signing, not a person."""
    return bool(host) and " " not in name and host.startswith(name.casefold())
