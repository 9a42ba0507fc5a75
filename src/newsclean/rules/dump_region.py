"""Main content for whole-page text dumps: the best-supported run of prose is the article.

Every line of a dump gets a weight: prose counts for its words, and menu
items, rows of links, lines repeated on the page and short fragments count
against. The article is the stretch of lines with the largest total (a
maximum-sum run), so it takes in its headings, quotes, short paragraphs and
list items, and stops where menus, link lists and teasers outweigh the prose
beyond them. Lines an earlier rule removed (an ad label, a byline) weigh
nothing: they are already gone, and they are no reason to cut the article.
Everything outside the stretch is removed, each line with the reason it
weighed against; a page with too little prose is left alone.

Hard-wrapped dumps (lynx, w3m) spread a paragraph over several lines, so
there each run of lines between blank lines is weighed as one text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, compress, filterfalse, pairwise, repeat
from operator import attrgetter, le

from ..evidence.dump_ends import TEASER_WORDS, article_end, linked_headlines, teaser_boxes
from ..evidence.dump_lead import past_lead
from ..evidence.dump_lines import (
    LINK_HINTS,
    URL_STARTS,
    Shape,
    card_summaries,
    cut_markers,
    is_wrapped,
    link_like,
    menu_like,
    shape_of,
    shapes,
    title_cased,
)
from ..evidence.dump_start import past_header, under_headline
from ..evidence.echo import headline_position
from ..evidence.item_lists import is_item_list
from ..evidence.line_view import LineView, view_of
from ..evidence.link_numbers import link_numbers
from ..evidence.near_echo import near_headline
from ..evidence.runs import best_region, runs
from ..evidence.slug import slug_headline
from ..evidence.stopwords import STOP_WORDS, language_of
from ..model import Action, Block, Finding, Page, SourceKind, Verdicts

MENU = "menu outside the article"
LINKS = "links outside the article"
REPEATED = "repeated line outside the article"
PROSE = "text outside the article"
SHORT = "short line outside the article"
TEASER = "teaser outside the article"
BOX = "teaser box inside the article"
LINKED = "another story's link inside the article"
WIDGET = "widget inside the article"

_INDEX, _RAW = attrgetter("index"), attrgetter("raw")

WALL = -1e9
"""The weight of a line deep inside a long stretch without prose."""


@dataclass(frozen=True, slots=True)
class DumpRegionRule:
    """Everything of a text dump outside its article region (menus, rails, teasers, footers)."""

    name: str = "dump-region"
    prose_words: int = 10
    """A line (or wrapped run) needs this many words to count as prose…"""
    long_words: int = 25
    """…and ending like a sentence, unless it has this many."""
    min_stop: float = 0.12
    """Prose has at least this share of stop words in the page's language."""
    min_language_share: float = 0.04
    """The page's stop-word list must cover this share of the words of its lines of
    ``prose_words`` or more; else the page is in a language of none of the lists (its
    menus only borrowed a few English words) and the stop-word test is skipped. Running
    prose is 20-50 % stop words; a page in another language, 0-1 %."""
    short_penalty: float = 2.0
    """Weight against a short line that does not end like a sentence (a heading, a label)."""
    sentence_weight: float = 1.0
    """Weight for a line that ends like a sentence but is no prose ("He left.", a quote)."""
    menu_penalty: float = 5.0
    """Weight against a short line in a run of short lines (a menu)."""
    menu_run: int = 3
    """A run of at least this many lines, most of them short, is a menu."""
    wordy_words: int = 60
    """A line of this many words that is no prose and reads as a menu (``menu_like``) is a
    menu flattened onto one line."""
    wordy_chrome: float = 0.5
    """Weight per word against a long line that is no prose (a menu flattened onto a line)."""
    link_penalty: float = 6.0
    """Weight against a row of links, a breadcrumb, a bare address."""
    repeat_penalty: float = 8.0
    """Weight against a line that appears more than once on the page (menus shown twice)."""
    titled: int = 2
    """A line with this many title-cased stop words carries a headline (a teaser)."""
    anchor_share: float = 0.3
    """The best region after the headline line wins if it weighs this share of the best."""
    wall_lines: int = 10
    """A stretch of more than this many lines without prose is a wall the region never crosses."""
    card_weight: float = 0.5
    """A summary in a list of teaser cards weighs this share of its words."""
    standfirst_words: int = 30
    """A line above the story this long at most may be its summary or a caption."""
    lead_lines: int = 2
    """At most this many plain short lines before a region at the page's top stay with it."""
    min_region_words: int = 40
    """Pages whose best region holds fewer prose words are left alone."""
    opening_lines: int = 2
    """The story's opening under the headline holds at least this many prose lines before
    a widget it is joined across (one is a lead photo's caption over a gallery)."""

    def find(self, page: Page, verdicts: Verdicts) -> Iterable[Finding]:
        if page.source is not SourceKind.TEXT or not page.blocks:
            return
        blocks = page.blocks
        view = view_of(page)
        kept = set(map(_INDEX, verdicts.undecided(blocks)))  # one question for the page
        live = list(map(kept.__contains__, map(_INDEX, blocks)))
        stop = self._stop_words(list(compress(view.folded_words, live)))
        weights, reasons, prose = self._weigh(blocks, live, stop, view)
        headline = headline_position(blocks, live, folded=view.folded,
                                     holding=view.holding_folded)
        if headline is None:  # no page-title line to echo: the address's slug may name it
            headline = slug_headline(view.texts, view.folded, page.url)
        if headline is None:  # a headline that says most of the title's words
            headline = near_headline(view.texts, view.folded)
        numbered = any(link_numbers(blocks[i].raw) for i in view.holding_raw(("[",)))
        region = self._region(weights, headline, prose, live, numbered, reasons)
        if region is None:
            return
        low, high = region
        if sum(prose[low : high + 1]) < self.min_region_words:
            return
        texts = view.texts
        high = article_end(texts, prose, live, (low, high), self.min_region_words)
        low = self._past_standfirst(blocks, live, prose, low, high, headline)
        if headline is not None and headline < low:
            low = past_header([b.words for b in blocks], live, prose, low, high, texts)
            low = past_lead(prose, live, texts, low, high, self.min_region_words)
        if low <= self.lead_lines and all(r == SHORT for r in reasons[:low]):
            low = 0  # an article that opens the page keeps its headline: clean text stays clean
        outside = chain(range(low), range(high + 1, len(blocks)))
        if view.aligned:  # each block's index is its position: the lines outside, at C speed
            positions = list(filterfalse(verdicts.decided, outside))
            yield from map(Finding, positions, repeat(Action.REMOVE),
                           map(reasons.__getitem__, positions))
        else:
            for position in outside:
                index = blocks[position].index
                if not verdicts.decided(index):
                    yield Finding(index, Action.REMOVE, reasons[position])
        if numbered:  # the standing lines of a widget a region was joined across
            for position in range(low, high + 1):
                if weights[position] == WALL and live[position]:
                    yield Finding(blocks[position].index, Action.REMOVE, WIDGET)
        for position in teaser_boxes(texts, prose, live, (low, high)):
            yield Finding(blocks[position].index, Action.REMOVE, BOX)
        if view.holding_raw(("[",)):  # lynx and w3m: another story's link set between paragraphs
            for position in linked_headlines([b.raw for b in blocks], prose, live, (low, high)):
                yield Finding(blocks[position].index, Action.REMOVE, LINKED)

    def _past_standfirst(self, blocks: Sequence[Block], live: Sequence[bool],
                         prose: Sequence[int], low: int, high: int,
                         headline: int | None) -> int:
        """The region's start, past a lone summary or caption line above the story: a line
        under which other rules removed what stands between it and the story (a byline,
        a date, share buttons, an image's credit)."""
        if low + 2 > high or live[low + 1] or blocks[low].words > self.standfirst_words:
            return low
        if headline is None or headline >= low:
            return low
        story = next((i for i in range(low + 1, high + 1) if live[i]), None)
        if story is None or not prose[story]:
            return low
        return story

    def _stop_words(self, words: Sequence[list[str]]) -> frozenset[str] | None:
        """The stop words of the page's language, or None when no list fits the page
        (``words``: each live line's case-folded words)."""
        language = language_of(chain.from_iterable(words))
        if language is None:
            return None
        stop = STOP_WORDS[language]
        long = [line for line in words if len(line) >= self.prose_words]
        total = sum(map(len, long))
        covered = sum(sum(map(stop.__contains__, line)) for line in long)
        return stop if covered >= self.min_language_share * total else None

    def _weigh(
        self, blocks: Sequence[Block], live: Sequence[bool], stop: frozenset[str] | None,
        view: LineView,
    ) -> tuple[list[float], list[str], list[int]]:
        """Each line's weight, the reason it would go, and its prose words (0 if not prose)."""
        n = len(blocks)
        weights, reasons, prose = [0.0] * n, [SHORT] * n, [0] * n
        texts, folded, spaced = list(view.texts), list(view.folded), list(view.folded_words)
        markers: dict[int, int] = {}  # each line's link numbers, found once (link_like counts them)
        for i in view.holding_raw(("[",)):  # lynx and w3m link numbers are no part of a line
            texts[i], markers[i] = cut_markers(texts[i])
            folded[i] = texts[i].casefold()
            spaced[i] = folded[i].split()
        seen = Counter(compress(folded, live))
        wrapped = is_wrapped(list(map(_RAW, blocks)))
        all_runs = runs(blocks)
        groups = [[i for i in run if live[i]] for run in all_runs]
        if wrapped:  # the rest of a paragraph whose first lines a rule took goes with them
            cut = [len(group) < len(run) for group, run in zip(groups, all_runs, strict=True)]
        joined = [" ".join(texts[i] for i in alive) for alive in groups] if wrapped else []
        seen_runs = Counter(j.casefold() for j in joined)
        # every line's shape at once, in C-level passes (shape_of, line by line, and
        # _is_prose, written out)
        words, finished, share = shapes(texts, spaced, stop, self.prose_words)
        least, long, min_stop = self.prose_words, self.long_words, self.min_stop
        proses = [False] * n
        for i in compress(range(n), map(le, repeat(least), words)):  # the lines long enough
            proses[i] = (finished[i] or words[i] >= long) and share[i] >= min_stop
        # link_like needs an address at the start, a separator or a '['
        linky = view.holding_raw(LINK_HINTS) | view.starting(URL_STARTS)
        for number, alive in enumerate(groups):
            if not alive:
                continue
            if wrapped and not is_item_list([blocks[i].raw for i in alive]):
                shape = shape_of(joined[number], stop)
                if seen_runs[joined[number].casefold()] > 1 or cut[number]:
                    for i in alive:
                        weights[i], reasons[i] = -self.repeat_penalty, REPEATED
                    continue
                if self._is_prose(shape):
                    for i in alive:
                        weights[i], prose[i] = blocks[i].words, blocks[i].words
                    continue
            menu = len(alive) >= self.menu_run and 2 * sum(
                not proses[i] and not finished[i] for i in alive
            ) > len(alive)
            for i in alive:
                if i in linky and link_like(blocks[i].text, words=blocks[i].words,
                                            markers=markers.get(i, 0)):
                    weights[i], reasons[i] = -self.link_penalty, LINKS
                elif seen[folded[i]] > 1:
                    # a repeated sentence may be the article's own (a pull quote): it weighs
                    # nothing; a repeated label is a menu or a share bar shown twice
                    weights[i] = 0.0 if finished[i] else -self.repeat_penalty
                    reasons[i] = REPEATED
                elif proses[i]:
                    if stop is not None and title_cased(texts[i], stop, self.titled) >= self.titled:
                        weights[i], reasons[i] = -self.short_penalty, TEASER
                    else:
                        weights[i], reasons[i], prose[i] = words[i], PROSE, words[i]
                elif (stop is not None and words[i] >= self.wordy_words and share[i] < min_stop
                      and menu_like(texts[i])):
                    # a whole menu or teaser rail on one line: long, capitalised, not prose
                    weights[i], reasons[i] = -self.wordy_chrome * words[i], MENU
                elif finished[i]:
                    weights[i], reasons[i] = self.sentence_weight, PROSE
                elif menu:
                    weights[i], reasons[i] = -self.menu_penalty, MENU
                else:
                    weights[i] = -self.short_penalty
        self._cards(spaced, live, weights, prose)
        self._walls(weights, prose)
        return weights, reasons, prose

    def _cards(self, spaced: Sequence[list[str]], live: Sequence[bool], weights: list[float],
               prose: Sequence[int]) -> None:
        """Weigh the summaries of lists of teaser cards (headline, summary, headline, …) less
        (``spaced``: each line's words, link numbers aside).

        Only the prose lines and the live line before each are read: a summary is prose,
        and a headline is the line just before it (the rest of the page cannot matter)."""
        alive = list(compress(range(len(live)), live))
        story = list(compress(range(len(alive)), map(prose.__getitem__, alive)))
        headed = [at > 0 and self._headline(alive[at - 1], spaced, weights, prose)
                  for at in story]
        for at, summary in zip(story, card_summaries(headed), strict=True):
            if summary:
                weights[alive[at]] *= self.card_weight

    @staticmethod
    def _headline(position: int, spaced: Sequence[list[str]], weights: Sequence[float],
                  prose: Sequence[int]) -> bool:
        """True when the line at ``position`` may be a teaser card's headline."""
        return (not prose[position] and weights[position] < 0
                and len(spaced[position]) >= TEASER_WORDS)

    def _walls(self, weights: list[float], prose: Sequence[int]) -> None:
        """Make long stretches without prose (footers, link farms) impossible to cross:
        every line more than ``wall_lines`` past the last prose line (or the page's top)."""
        marks = compress(range(len(prose)), prose)
        for before, after in pairwise(chain((-1,), marks, (len(prose),))):
            start = before + 1 + self.wall_lines
            if start < after:
                weights[start:after] = repeat(WALL, after - start)

    def _region(
        self, weights: Sequence[float], headline: int | None, prose: Sequence[int],
        live: Sequence[bool], numbered: bool, reasons: Sequence[str],
    ) -> tuple[int, int] | None:
        """The best region, or the best one after the headline line (at ``headline``) when
        it weighs enough; in a dump with link numbers (lynx, w3m, ``numbered``) the two
        together when only a widget stands between them (`widget_gap`)."""
        region = best_region(weights)
        if region is None or headline is None or headline >= region[1]:
            return region  # a headline stands above its story, not below (a tag, a teaser)
        start, end = under_headline(weights, prose, live, headline, self.wall_lines, WALL)
        after = best_region(weights[start:end])
        if after is None:
            return region
        low, high = after[0] + start, after[1] + start
        opening = prose[low : high + 1]
        if (numbered and high < region[0] and sum(opening) >= self.min_region_words
                and len(opening) - opening.count(0) >= self.opening_lines
                and widget_gap(prose, live, reasons, (high, region[0]), self.wall_lines)):
            return low, region[1]  # one story, broken by a widget other rules took apart
        best = sum(weights[region[0] : region[1] + 1])
        if sum(weights[low : high + 1]) >= self.anchor_share * best:
            return low, high
        return region

    def _is_prose(self, shape: Shape) -> bool:
        return (
            shape.words >= self.prose_words
            and (shape.finished or shape.words >= self.long_words)
            and shape.stop >= self.min_stop
        )


def widget_gap(prose: Sequence[int], live: Sequence[bool], reasons: Sequence[str],
               between: tuple[int, int], wall_lines: int) -> bool:
    """True when the lines strictly ``between`` the end of one region and the start of the
    next are a widget set in a story (share bar, newsletter box, video, "More from" list,
    a gallery): at most ``wall_lines`` of them still stand, not counting lines shown twice
    on the page (a gallery's captions, ``reasons`` ``REPEATED``). Its counters, image marks
    and prompts, which other rules removed, made a wall; a page's footer keeps more lines
    standing.

    >>> widget_gap([30, 0, 0, 0, 40], [True, False, False, True, True], [PROSE] * 5, (0, 4), 1)
    True
    >>> widget_gap([30, 0, 0, 0, 40], [True] * 5, [PROSE, SHORT, REPEATED, SHORT, PROSE],
    ...            (0, 4), 1)
    False
    """
    high, low = between
    standing = sum(live[i] and not prose[i] and reasons[i] != REPEATED
                   for i in range(high + 1, low))
    return standing <= wall_lines
