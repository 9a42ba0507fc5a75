"""Turning the run of text the HTML walk collected into a block's text.

The preparation step dissolves inline tags and fences each link's text with
two private-use marks, so what reaches a block is one string with marks in it.
Here the marks go, and are counted: the characters between them are the
block's link text. A link edge between two letters is a word boundary, as a
reader sees a menu (``Home</a><a>News`` reads ``Home News``); next to a blank
or punctuation it adds nothing (``on <a>Monday</a>.``).

This runs on every block of every page, so it splits on the marks once with
the C engine and looks at the characters next to each mark, instead of
running a look-around pattern over the whole text.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from ..evidence.script import APPLY_FUNCTION, INVISIBLE, JOINERS, unspaced, visible
from .prepare import CONTROL_CODES, LINK_CLOSE, LINK_OPEN

_MARKS = re.compile(f"([{LINK_OPEN}{LINK_CLOSE}])")
"""A link mark, kept by ``split``: one character class, the stdlib engine cannot backtrack."""
_QUIET = regex.compile(r"[\s\p{P}]")
"""Characters next to which a link edge adds no space."""
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""A control character: looked for first, so most text is not translated."""
_BLANKS = dict.fromkeys((*CONTROL_CODES, 127), " ")
"""Control characters count as blanks."""
_CONTROL_BYTES = bytes((*CONTROL_CODES, 127))
"""The same characters as bytes: deleting them from ASCII text's bytes, in C, tells whether
it holds one at twice the speed of a character-class search."""
_SPECIAL = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f{INVISIBLE}{JOINERS}{APPLY_FUNCTION}]")
"""A control or an invisible character: one pass tells that most text needs neither fix."""
EDGE_CACHE = 1024
"""Distinct characters whose "quiet" answer is remembered (a page uses a few dozen)."""


LETTER, QUIET, UNSPACED = 0, 1, 2
"""What a character next to a link mark is: a letter of a spaced script (or a digit,
a symbol), a blank or punctuation, or a character of a script written without spaces."""


@lru_cache(maxsize=EDGE_CACHE)
def _edge(char: str) -> int:
    if _QUIET.match(char) is not None:
        return QUIET
    return UNSPACED if unspaced(char) else LETTER


def has_marks(text: str) -> bool:
    """Whether ``text`` holds a link mark."""
    return LINK_OPEN in text or LINK_CLOSE in text


def unfence(raw: str, in_link: bool) -> tuple[str, int, bool]:
    """``raw`` with its link marks resolved, its link characters, and whether a link is
    still open at its end (``in_link`` says whether one was open at its start).

    A mark adds no space between two characters of scripts written without spaces
    (Chinese, Japanese, Korean, Thai...), unless two links meet there.
    Link characters are counted with their blanks folded, as the block's text will be.

    >>> unfence("Read \ue000the report\ue001 on \ue000Monday\ue001.", False)
    ('Read the report on Monday.', 16, False)
    >>> unfence("Home\ue001\ue000News", True)
    ('Home  News', 8, True)
    >>> unfence("发表在\ue000科学\ue001刊物", False)
    ('发表在科学刊物', 2, False)
    >>> unfence("\\ue000简体\\ue001\\ue000繁體\\ue001", False)
    (' 简体  繁體 ', 4, False)
    """
    marks = raw.count(LINK_OPEN) + raw.count(LINK_CLOSE)
    if marks == 0:  # a block wholly inside a link that goes on around it
        return raw, len(" ".join(raw.split())) if in_link else 0, in_link
    if marks == 1:
        edge = _edge_mark(raw, in_link)
        if edge is not None:
            return edge
    return _resolve_marks(raw, in_link)


def _edge_mark(raw: str, in_link: bool) -> tuple[str, int, bool] | None:
    """:func:`unfence` of a block whose one link mark starts or ends its text (a link
    that opens in one block and closes in a later one, as a teaser's link around its
    headline and summary: half the blocks ``unfence`` gets), else None.

    Only blanks lie between the mark and the block's edge, so the mark simply goes: the
    blank it could leave is folded away with the others. The link characters are those
    on the link's side of the mark.
    """
    body = raw.strip()
    mark = body[0]
    if mark in (LINK_OPEN, LINK_CLOSE):
        inside = mark == LINK_OPEN
        return (raw.replace(mark, ""), len(" ".join(body[1:].split())) if inside else 0,
                inside)
    mark = body[-1]
    if mark in (LINK_OPEN, LINK_CLOSE):
        return (raw.replace(mark, ""), len(" ".join(body[:-1].split())) if in_link else 0,
                mark == LINK_OPEN)
    return None


def _resolve_marks(raw: str, in_link: bool) -> tuple[str, int, bool]:
    """:func:`unfence` for any number of marks anywhere."""
    parts = _MARKS.split(raw)
    count = 0
    last = len(parts) - 1
    before = ""  # the last character of text before the current run of marks
    pending: list[int] = []  # marks since that character, by index in parts
    linked = False  # whether the text before the run was inside a link
    for k in range(0, last + 1, 2):
        part = parts[k]
        if part:
            if in_link:
                count += len(" ".join(part.split()))
            if len(pending) == 1:  # the usual case, one mark between two texts
                near, far = _edge(before) if before else LETTER, _edge(part[0])
                quiet = QUIET in (near, far) or near == far == UNSPACED
                parts[pending.pop()] = "" if quiet else " "
            elif pending:
                _resolve(parts, pending, before, part[0], linked and in_link)
            before = part[-1]
        if k < last:
            if not pending:
                linked = in_link
            in_link = parts[k + 1] == LINK_OPEN
            pending.append(k + 1)
    if pending:
        _resolve(parts, pending, before, "", False)
    return "".join(parts), count, in_link


def _resolve(parts: list[str], marks: list[int], before: str, after: str,
             between_links: bool) -> None:
    """Replace a run of marks (indexes into ``parts``) between ``before`` and ``after``.

    A mark next to a blank or punctuation goes (a neighbouring mark is neither), as
    does every mark of the run when the text on both sides is in scripts written
    without spaces (one word runs on), unless the run ends one link and starts
    another (two links side by side are two items, as in a menu: ``between_links``,
    the text on both sides is link text and a link closes in the run); the others
    become a space. Between CJK and Latin letters or digits a space stays, as CJK
    typography often sets one there. ``marks`` is emptied.
    """
    near = _edge(before) if before else LETTER
    far = _edge(after) if after else LETTER
    meets = between_links and any(parts[index] == LINK_CLOSE for index in marks)
    if not meets and near == far == UNSPACED:
        for index in marks:
            parts[index] = ""
    else:
        first, final = marks[0], marks[-1]
        for index in marks:
            quiet = (index == first and near == QUIET) or (index == final and far == QUIET)
            parts[index] = "" if quiet else " "
    marks.clear()


def blank_controls(text: str) -> str:
    """``text`` with control characters as blanks and invisible ones dropped.

    >>> blank_controls("co\\u00adoperation\\u200b\\x07done")
    'cooperation done'
    """
    if text.isascii():  # no invisible character is ASCII; its UTF-8 is a copy, made in C
        data = text.encode()
        return text if len(data.translate(None, _CONTROL_BYTES)) == len(data) else (
            text.translate(_BLANKS))
    if _SPECIAL.search(text) is None:
        return text
    if _CONTROL.search(text) is not None:
        text = text.translate(_BLANKS)
    return visible(text)
