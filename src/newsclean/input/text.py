"""The text-dump adapter: one block per non-blank line.

Scrapers that flatten a page write one paragraph-like element per line, so a
line is the natural unit. White space is normalised (non-breaking and other
Unicode spaces, tabs, runs of blanks), HTML entities and UTF-8 read as cp1252
are repaired (:mod:`.repair`), and otherwise the words are left exactly as
they were. Markdown-ish markers that dumps often carry (``#`` headings, ``>``
quotes, ``-``/``•``/``1.`` list items) set the block's kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import regex

from ..evidence.script import APPLY_FUNCTION, INVISIBLE, JOINERS, visible
from ..model import Block, BlockKind, Page, SourceKind
from ..model.blocks import block_of_words
from .chars import holds_any
from .markup import url_date
from .reflow import paragraphs, wrap_width
from .repair import has_mojibake_lead, needs_repair, repair
from .runon import run_on_line

_SPACES = regex.compile(r"[\p{Zs}\t\x0b\x0c]+")
_HEADING = regex.compile(r"#{1,6}\s++(?=\S)")
_QUOTE = regex.compile(r">\s*+(?=\S)")
_BULLET = regex.compile(r"(?:[-*+•·▪◦‣]|\d{1,3}[.)])\s++(?=\S)")
"""Leading markers, matched one at a time where the last one ended: each is bounded, and
each match moves on, so a line of ten thousand markers costs ten thousand short matches."""


def normalise(text: str) -> str:
    """Repair entities and mojibake, fold Unicode spaces and tabs into single spaces,
    drop invisible characters (:func:`~newsclean.evidence.script.visible`, as for
    HTML) and strip the ends.

    >>> normalise("Sponsor:\\u00a0 QWIKET AI\\u00a0")
    'Sponsor: QWIKET AI'
    >>> normalise("Tom&nbsp;&amp; Jerry&#39;s caf\\u00c3\\u00a9")
    "Tom & Jerry's café"
    """
    if needs_repair(text):
        text = repair(text)
    if text.isascii() and ("\t" in text or "\x0b" in text or "\x0c" in text):
        return _SPACES.sub(" ", text).strip()
    return _fold(text)


def _fold(text: str) -> str:
    """:func:`normalise` of a text with nothing to repair and no ASCII tab or form feed."""
    if text.isascii():  # the common case: no invisible character, only ASCII spaces
        if "  " in text:  # runs of spaces (indented or laid-out dumps): one split, no regex
            return " ".join(filter(None, text.split(" "))).strip()
        return text.strip()
    return _SPACES.sub(" ", visible(text)).strip()


def source_lines(text: str) -> list[str]:
    """The input's lines as the adapter sees them (any line ending)."""
    return text.splitlines()


def text_blocks(text: str) -> tuple[Block, ...]:
    """Split a dump into blocks, one per line that has any visible character.

    In a hard-wrapped dump (lynx, w3m) one block is a paragraph: the lines it
    was wrapped into, joined (:mod:`.reflow`).
    """
    return _read(text)[0]


def _read(text: str) -> tuple[tuple[Block, ...], tuple[str, ...]]:
    """:func:`text_blocks`, and a note on how the lines were read when it was not one
    block per line (wrapped lines joined, a run-on line cut into sentences)."""
    lines = source_lines(text)
    split = _splitter(text)
    run_on = run_on_line(lines, len(text))
    if run_on is not None:
        return _cut_run_on(lines, *run_on, split, len(text))
    width = wrap_width(lines)
    if width is not None:
        blocks, joined = _joined(lines, paragraphs(lines, width), split)
        return blocks, ((f"hard-wrapped dump: {joined} paragraphs joined from their lines",)
                        if joined else ())
    return _single_lines(lines, split), ()


def _cut_run_on(lines: Sequence[str], run_on: int, cut_line: list[str],
                split: Callable[[str], Words],
                total: int) -> tuple[tuple[Block, ...], tuple[str, ...]]:
    """Blocks of a dump whose line ``run_on`` holds nearly all of it: that line as its
    sentences ``cut_line`` (``line 1, sentence 3``), the other lines one block each."""
    blocks: list[Block] = []
    cut = 0
    for number, line in enumerate(lines):
        pieces = cut_line if number == run_on else [line]
        for part, raw in enumerate(pieces, 1):
            clean, words = split(raw)
            if not words:
                continue
            where = f"line {number + 1}"
            if number == run_on:
                where, cut = f"{where}, sentence {part}", cut + 1
            blocks.append(_block(len(blocks), clean, raw, where, words))
    share = len(lines[run_on]) / total
    return tuple(blocks), (f"run-on dump: line {run_on + 1} holds {share:.0%} of the text; "
                           f"cut into {cut} sentences to judge them one by one",)


Words = tuple[str, list[str]]
"""A line's normalised text and its words (``text.split()``)."""


def _plain(text: str) -> bool:
    """True when no line of ``text`` needs more than its blanks folded: nothing to repair,
    no tab (a vertical tab or a form feed ends a line) and no unit separator (``\\x1f``,
    white space to ``str.split`` but neither a line end nor a blank to :func:`normalise`)."""
    return not (needs_repair(text) or "\t" in text or "\x1f" in text)


_HIDDEN_CHARS = INVISIBLE + JOINERS + APPLY_FUNCTION
"""What :func:`~newsclean.evidence.script.visible` drops or may drop: a page with none of
them has no line that needs looking at for them."""
_HIDDEN = re.compile(f"[{_HIDDEN_CHARS}]")


def _splitter(text: str) -> Callable[[str], Words]:
    """How to read each line of ``text``: chosen once per page, the cheapest way that gives
    :func:`normalise`'s answer for every line of it."""
    if _plain(text):
        return _line_words if holds_any(text, _HIDDEN_CHARS, _HIDDEN) else _bare_words
    if "\t" in text or "\x1f" in text or has_mojibake_lead(text):
        return _normalised_words
    return _entity_words  # only an entity can need repair, on a line with "&" and ";"


def _bare_words(line: str) -> Words:
    """:func:`normalise` of a line of a plain page (:func:`_plain`) without a character
    :func:`~newsclean.evidence.script.visible` drops, and its words.

    In such a line every white space character is a blank :func:`normalise` folds (a test
    checks this over every code point), so its words joined by one space are its text.
    """
    words = line.split()
    return " ".join(words), words


def _line_words(line: str) -> Words:
    """:func:`normalise` of a line of a plain page (:func:`_plain`), and its words."""
    words = (line if line.isascii() else visible(line)).split()
    return " ".join(words), words


def _entity_words(line: str) -> Words:
    """:func:`normalise` of a line of a page where only an entity may need repair."""
    if "&" in line and ";" in line:
        clean = normalise(line)
        return clean, clean.split()
    return _line_words(line)


def _normalised_words(line: str) -> Words:
    """:func:`normalise` of any line, and its words (:func:`_line_words` of a plain line)."""
    if not _plain(line):
        clean = normalise(line)
        return clean, clean.split()
    return _line_words(line)


def joined_blocks(
    lines: Sequence[str], groups: Iterable[tuple[int, int]],
    split: Callable[[str], Words] = _normalised_words,
) -> tuple[Block, ...]:
    """One block per group of lines: their normalised texts joined by a space, their raw
    lines by a line break (so the raw text is the input's, character by character).

    ``split`` normalises one line and splits it into words (:func:`_line_words` when the
    page is plain).
    """
    return _joined(lines, groups, split)[0]


def _joined(lines: Sequence[str], groups: Iterable[tuple[int, int]],
            split: Callable[[str], Words]) -> tuple[tuple[Block, ...], int]:
    """:func:`joined_blocks`, and how many blocks hold more than one line."""
    blocks: list[Block] = []
    append = blocks.append
    joined = 0
    bare, plain = split is _bare_words, split is _line_words
    for first, last in groups:
        if first == last:  # most groups are one line: nothing to join
            raw = lines[first]
            if not raw:  # an empty line (a third of a dump's lines): no block
                continue
            clean, words = _split_line(raw, split, bare, plain)
            if not words:
                continue
            where = f"line {first + 1}"
        else:
            parts = [split(line) for line in lines[first : last + 1]]
            words = [word for _, split_words in parts for word in split_words]
            if not words:
                continue
            clean = " ".join(part for part, _ in parts if part)
            raw = "\n".join(lines[first : last + 1])
            where = f"lines {first + 1}-{last + 1}"
            joined += 1
        if clean[0].isalpha():  # no marker starts with a letter: a plain paragraph (most lines)
            append(block_of_words(len(blocks), clean, raw, BlockKind.PARAGRAPH, where, 0, words))
            continue
        append(_block(len(blocks), clean, raw, where, words))
    return tuple(blocks), joined


def _split_line(raw: str, split: Callable[[str], Words], bare: bool, plain: bool) -> Words:
    """``split(raw)``, done inline where ``split`` is :func:`_bare_words`, or
    :func:`_line_words` on an ASCII line: both then fold the blanks, nothing more."""
    if bare or (plain and raw.isascii()):
        words = raw.split()
        return " ".join(words), words
    return split(raw)


def _single_lines(lines: Sequence[str], split: Callable[[str], Words]) -> tuple[Block, ...]:
    """:func:`joined_blocks` with each line its own group (a dump that is not hard-wrapped,
    most of them), without the groups' bookkeeping; a plain page's lines
    (:func:`_bare_words`, :func:`_line_words`) are split here, not by a call per line."""
    blocks: list[Block] = []
    append = blocks.append
    paragraph = BlockKind.PARAGRAPH
    bare, plain = split is _bare_words, split is _line_words
    for number, raw in enumerate(lines, 1):
        if not raw:  # an empty line (a third of a dump's lines): no block
            continue
        clean, words = _split_line(raw, split, bare, plain)
        if not words:
            continue
        if clean[0].isalpha():  # no marker starts with a letter: a plain paragraph (most lines)
            append(block_of_words(len(blocks), clean, raw, paragraph, f"line {number}", 0,
                                  words))
        else:
            append(_block(len(blocks), clean, raw, f"line {number}", words))
    return tuple(blocks)


def _block(index: int, clean: str, raw: str, where: str, words: list[str]) -> Block:
    """The block of one line or group: its kind, and its text without a leading marker."""
    if clean[:1].isalpha():  # no marker starts with a letter: a plain paragraph
        return block_of_words(index, clean, raw, BlockKind.PARAGRAPH, where, 0, words)
    if (after := _one_item_marker(clean)) is not None:
        # one list marker, a word of its own (normalised text opens with no blank and has one
        # blank after the marker): the words are the line's but the first
        return block_of_words(index, clean[after:], raw, BlockKind.LIST_ITEM, where, 0,
                              words[1:])
    kind, level, body = _markers(clean)
    if body is not clean:  # a marker was taken off: the words are those of the rest
        words = body.split()
    return block_of_words(index, body, raw, kind, where, level, words)


def text_page(text: str, *, url: str | None = None) -> Page:
    """A :class:`Page` of a text dump; a note tells when wrapped lines were joined or when
    the dump has no line structure to cut by, and a date in the URL's path is its only
    markup."""
    blocks, notes = _read(text)
    dated = url_date(url) if url else None
    return Page(blocks=blocks, source=SourceKind.TEXT, url=url, notes=notes,
                markup=(dated,) if dated is not None else ())


def _kind_of(line: str) -> tuple[BlockKind, int, str]:
    """The block kind a dump line's leading markers imply, and the text without them.

    Markers are stripped until none is left (``- # x`` gives ``x``), so reading
    the cleaned text again finds the same words: cleaning stays idempotent. A
    heading marker also takes one closing run of ``#`` off the end (``# Title #``).
    """
    if line[:1].isalpha():  # no marker starts with a letter: a plain paragraph (most lines)
        return BlockKind.PARAGRAPH, 0, line
    if (after := _one_item_marker(line)) is not None:
        return BlockKind.LIST_ITEM, 0, line[after:]
    return _markers(line)


def _markers(line: str) -> tuple[BlockKind, int, str]:
    """:func:`_kind_of` by the marker patterns alone, one marker at a time."""
    kind, level = BlockKind.PARAGRAPH, 0
    position, end = 0, len(line)
    closer: tuple[int, int | None] | None = None  # (end it was found for, its start)
    while position < end:
        first = line[position]
        if first == "#" and (match := _HEADING.match(line, position, end)):
            found = BlockKind.HEADING
            if kind is BlockKind.PARAGRAPH:  # only a heading that sets the kind has a level
                level = len(match.group().rstrip())
            if closer is None or closer[0] != end:
                closer = (end, _closer(line, end))
            start = closer[1]
            if start is not None and start > match.end():
                end = start
        elif first == ">" and (match := _QUOTE.match(line, position, end)):
            found = BlockKind.QUOTE
        elif not first.isalpha() and (first in _ITEM_MARKS or "0" <= first <= "9"
                                      or not first.isascii()) and (
                match := _BULLET.match(line, position, end)):  # only these start a bullet
            found = BlockKind.LIST_ITEM
        else:
            break
        position = match.end()
        if kind is BlockKind.PARAGRAPH:
            kind = found
    return kind, level, line[position:end]


_ITEM_MARKS = frozenset("-*+•·▪◦‣")
"""The one-character list markers of ``_BULLET``."""
_MARKER_STARTS = frozenset("#>-*+•·▪◦‣0123456789")
"""ASCII and bullet characters a marker may start with."""


def _one_item_marker(line: str) -> int | None:
    """Where the text starts after a list marker (``* ``, ``12. ``) that ``_BULLET`` takes,
    followed by a character that starts no further marker; None when that is not so
    (the patterns then read the line). Lists are the one marked line a dump has many of
    (a ``lynx -dump`` is mostly ``* [12]Item`` and ``12. https://…``), so plain string
    tests save the patterns there.

    >>> _one_item_marker("* [12]Item"), _one_item_marker("12) Go"), _one_item_marker("- - x")
    (2, 4, None)
    """
    digits = 0
    while digits < 4 and "0" <= line[digits : digits + 1] <= "9":
        digits += 1
    if digits == 0:
        end = 1 if line[:1] in _ITEM_MARKS else 0
    else:
        end = digits + 1 if digits < 4 and line[digits : digits + 1] in (".", ")") else 0
    if not end or line[end : end + 1] != " ":
        return None
    after = line[end + 1 : end + 2]
    if after.isalpha() or (after.isascii() and after not in _MARKER_STARTS and not after.isspace()
                           and after):
        return end + 1
    return None


def _closer(line: str, end: int) -> int | None:
    """Where a closing ``  ###`` that ends ``line[:end]`` starts, if there is one."""
    hashes = end
    while hashes > 0 and line[hashes - 1] == "#":
        hashes -= 1
    blank = hashes
    while blank > 0 and line[blank - 1].isspace():
        blank -= 1
    return blank if hashes < end and blank < hashes else None
