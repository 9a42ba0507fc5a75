"""The text-dump adapter: lines into blocks, white space normalised, markers read."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean import Block, BlockKind
from newsclean.evidence.script import visible
from newsclean.input.repair import needs_repair, repair
from newsclean.input.text import _SPACES, _kind_of, _markers, normalise, source_lines, text_blocks
from newsclean.model.blocks import DomEvidence, block_of_words


@pytest.mark.parametrize(("raw", "clean"), [
    ("Sponsor:\u00a0 QWIKET AI\u00a0", "Sponsor: QWIKET AI"),
    ("\tBy\u00a0Sam\u00a0Okafor  ", "By Sam Okafor"),
    ("zero\u200bwidth\ufeff", "zerowidth"),
    ("thin\u2009space\u3000ideographic", "thin space ideographic"),
    (" \t\u00a0 ", ""),
])
def test_normalise_folds_unicode_blanks(raw: str, clean: str) -> None:
    """NBSP, tabs, thin and ideographic spaces become one space; zero-width characters go."""
    assert normalise(raw) == clean


def test_every_line_ending_splits_lines() -> None:
    """LF, CRLF and CR all end a line, and none stays in the text."""
    assert source_lines("a\nb\r\nc\rd") == ["a", "b", "c", "d"]


def test_blank_lines_make_no_block_but_count_in_line_numbers() -> None:
    """Blank or white-space-only lines are skipped; 'where' keeps the input's line number."""
    blocks = text_blocks("first\n\n \u00a0\t\nsecond\r\n")
    assert [(b.text, b.where, b.raw) for b in blocks] == [
        ("first", "line 1", "first"), ("second", "line 4", "second")]


@pytest.mark.parametrize(("line", "kind", "text", "level"), [
    ("## The essentials", BlockKind.HEADING, "The essentials", 2),
    ("# Title #", BlockKind.HEADING, "Title", 1),
    ("- A map and compass", BlockKind.LIST_ITEM, "A map and compass", 0),
    ("• Food and water", BlockKind.LIST_ITEM, "Food and water", 0),
    ("1. Check the forecast.", BlockKind.LIST_ITEM, "Check the forecast.", 0),
    ("3) Turn back.", BlockKind.LIST_ITEM, "Turn back.", 0),
    ("> We owe it to them.", BlockKind.QUOTE, "We owe it to them.", 0),
    ("- # nested", BlockKind.LIST_ITEM, "nested", 0),
    ("#hashtag", BlockKind.PARAGRAPH, "#hashtag", 0),
    ("2024 was a record year.", BlockKind.PARAGRAPH, "2024 was a record year.", 0),
])
def test_markers_set_the_kind(line: str, kind: BlockKind, text: str, level: int) -> None:
    """Markdown-ish heading, list and quote markers set the kind and leave the words."""
    (block,) = text_blocks(line)
    assert (block.kind, block.text, block.level) == (kind, text, level)


@given(st.text(alphabet=st.sampled_from(list("ab .&;\t\x0b\x0c\x1f\u00a0\u2009\u200b\u200cÃ©"))))
def test_normalise_shortcuts_give_the_general_answer(raw: str) -> None:
    """The plain-string shortcuts for ASCII lines give what the general path gives."""
    fixed = repair(raw) if needs_repair(raw) else raw
    assert normalise(raw) == _SPACES.sub(" ", visible(fixed)).strip()


@given(st.lists(st.text(alphabet=st.sampled_from(
    list("ab #->1.&;\tÃ©\u00a0\u200b\u200c\u2009\u3000\x1f\u2061"))), max_size=8)
       .map("\n".join))
def test_text_blocks_read_each_line_as_normalise_does(text: str) -> None:
    """The page-level shortcuts of text_blocks give each line what normalise and the
    marker reading give it alone, and each block is the one ``Block(...)`` makes."""
    cleans = [c for c in map(normalise, source_lines(text)) if c]
    expected = [(kind, body) for kind, _, body in map(_kind_of, cleans)]
    blocks = text_blocks(text)
    assert [(b.kind, b.text) for b in blocks] == expected
    for block in blocks:
        made = Block(block.index, block.text, block.raw, block.kind, block.where, block.level)
        assert (block, block.words, block.head) == (made, made.words, made.head)


def test_plain_lines_hold_only_blanks_normalise_folds() -> None:
    """In a plain page's line (no tab, no unit separator, and no line end, which
    ``splitlines`` took), every character ``str.split`` splits at is one ``_SPACES``
    folds: so a plain line's words joined by a space are its normalised text."""
    line_ends = {c for c in map(chr, range(sys.maxunicode + 1)) if len(f"a{c}b".splitlines()) > 1}
    for char in map(chr, range(sys.maxunicode + 1)):
        if char.isspace() and char not in line_ends and char not in "\t\x1f":
            assert _SPACES.fullmatch(char), hex(ord(char))
        elif _SPACES.fullmatch(char):
            assert char.isspace(), hex(ord(char))


@given(st.text(alphabet=st.sampled_from(list("ab -#1.,©İ\u00a0\u2009K"))), st.integers(0, 3))
def test_block_of_words_is_the_block(text: str, level: int) -> None:
    """The adapter's fast constructor makes the block ``Block(...)`` makes."""
    made = Block(4, text, text, BlockKind.HEADING, "line 5", level)
    fast = block_of_words(4, text, text, BlockKind.HEADING, "line 5", level, text.split())
    assert (fast, fast.words, fast.head, fast.dom, fast.src) == (
        made, made.words, made.head, None, None)


@given(st.text(alphabet=st.sampled_from(list("ab -#1.,©İ\u00a0\u2009K"))))
def test_block_of_words_carries_the_html_evidence(text: str) -> None:
    """The HTML walk's blocks come from the same constructor, with their DOM evidence and
    image address."""
    dom = DomEvidence("p", "/html/body/p[1]", frozenset(("lead",)), 3, False, (2, 0))
    made = Block(7, text, text, BlockKind.IMAGE, "/html/body/p[1]", 0, dom, "/a.jpg")
    fast = block_of_words(7, text, text, BlockKind.IMAGE, "/html/body/p[1]", 0, text.split(),
                          dom, "/a.jpg")
    assert (fast, fast.words, fast.head) == (made, made.words, made.head)
    assert (fast.dom, fast.src) == (dom, "/a.jpg")


@given(st.text(alphabet=st.sampled_from(list("aB1 [](:_/.²\u0663İ\u00a0")), max_size=14))
def test_block_of_words_finds_link_numbers_and_addresses_heads(text: str) -> None:
    """The string tests for a first word like '[12]Item' or 'https://…' give the pattern's run."""
    made = Block(0, text, text)
    fast = block_of_words(0, text, text, BlockKind.PARAGRAPH, "", 0, text.split())
    assert fast.head == made.head


@given(st.text(alphabet=st.sampled_from(list("ab #>-*•1234.) [\u00a0\u0663\x01")), max_size=12))
def test_marker_shortcuts_give_the_patterns_answer(line: str) -> None:
    """The plain-string reading of a one-marker list line agrees with the patterns."""
    assert _kind_of(line) == _markers(line)


def test_written_out_initialisers_keep_the_dataclass_behaviour() -> None:
    """Block, Finding, BodyBlock and Removal set their slots directly (model.frozen), and
    stay frozen, comparable, replaceable and picklable; Block still counts its words."""
    import dataclasses
    import pickle

    from newsclean import Action, Finding
    from newsclean.article import BodyBlock, Removal

    block = Block(index=1, text="Hello there", raw=" Hello there ", where="line 2")
    changed = dataclasses.replace(block, text="Three more words")
    assert (block.words, block.head, changed.words, changed.head) == (2, "hello", 3, "three")
    finding = Finding(3, "remove", "menu", span=(0, 2))  # type: ignore[arg-type]
    assert finding.action is Action.REMOVE
    for made in (block, changed, finding, BodyBlock(BlockKind.QUOTE, "x"), Removal("a", "b", "c",
                                                                                   "d", 1, 2)):
        assert pickle.loads(pickle.dumps(made)) == made
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(made, dataclasses.fields(made)[0].name, None)


def _wrap_width_by_the_definition(lines: list[str]) -> int | None:
    """wrap_width written as its docstring reads, one line at a time."""
    from newsclean.evidence.shape import ends_sentence
    from newsclean.input import reflow

    long = sorted(n for line in lines
                  if (n := len(line.rstrip())) >= reflow.LONG_LINE and "://" not in line)
    if len(long) < reflow.MIN_LONG_LINES:
        return None
    width = long[int(reflow.WIDTH_RANK * (len(long) - 1))]
    if width > reflow.MAX_WIDTH:
        return None
    low = max(reflow.LONG_LINE, (1 - reflow.NEAR_SLACK) * width)
    near = [cut for line in lines if len(cut := line.rstrip()) >= low and "://" not in cut]
    short_titles = [cut for line in lines if reflow.LONG_LINE <= len(cut := line.rstrip()) < low
                    and "://" not in cut and cut.lstrip(" *").startswith("[3]")]
    if len(near) < reflow.NEAR_SHARE * (len(long) - len(short_titles)):
        return None
    open_ended = sum(1 for line in near if not ends_sentence(line))
    return width if open_ended >= reflow.OPEN_SHARE * len(near) else None


@given(st.lists(st.tuples(st.sampled_from(["", "[3]", "  * [3]"]), st.integers(0, 90),
                          st.sampled_from(["", ".", " ", "  ", "://"])),
                min_size=10, max_size=40))
def test_wrap_width_is_its_definition(shapes: list[tuple[str, int, str]]) -> None:
    """The measured width agrees with the plain reading of the definition."""
    from newsclean.input.reflow import wrap_width

    lines = [title + ("word " * 20)[:length] + end for title, length, end in shapes]
    assert wrap_width(lines) == _wrap_width_by_the_definition(lines)


def test_a_short_story_among_link_titles_is_read_as_wrapped() -> None:
    """A paywalled page in a lynx dump: two wrapped paragraphs of story amid lists of linked
    headlines, most long lines being titles that end well short of the width. The titles
    say nothing against the width, so the story's lines are joined into paragraphs."""
    import textwrap

    titles = [f"{'  * ' if n % 2 else ''}[{n}]{headline}" for n, headline in enumerate([
        "Council Votes to Rebuild the Old Stone Bridge",
        "Harbour Ferry Timetable Changes for the Winter",
        "Local School Wins a National Science Prize This Year",
        "Storm Warning Issued for the Northern Coast",
        "Library Opens a New Reading Room for Children",
        "Market Traders Welcome the Longer Opening Hours",
        "Rail Line to Close for Repairs Over the Holiday",
        "Museum Shows Paintings Lent by a Private Collector",
    ] * 2, start=10)]
    story = [
        "The town council voted on Tuesday evening to rebuild the old stone bridge over the"
        " harbour, ending two years of debate about its cost and about who should pay for it.",
        "Work starts in the spring and should take about eighteen months, during which a"
        " footbridge will carry people across the water, the council said in a statement.",
    ]
    lines = [*titles[:8], "", *textwrap.wrap(story[0], 76), "", *textwrap.wrap(story[1], 76),
             "", "To Read the Full Story", *titles[8:]]
    blocks = text_blocks("\n".join(lines))
    assert [block.text for block in blocks if block.text.startswith(("The town", "Work"))] == story


def _wrap_in_cells(paragraph: str, width: int) -> list[str]:
    """``paragraph`` wrapped as w3m does it: at ``width`` terminal cells, a Korean
    syllable taking two."""
    lines: list[str] = []
    line = ""
    for word in paragraph.split():
        joined = f"{line} {word}" if line else word
        if line and sum(2 if "\uac00" <= char <= "\ud7a3" else 1 for char in joined) > width:
            lines.append(line)
            joined = word
        line = joined
    return [*lines, line]


def test_a_dump_wrapped_in_terminal_cells_is_joined_by_cells() -> None:
    """w3m wraps Korean text at a width in cells, where each syllable takes two: read in
    characters its lines end anywhere from half the width to all of it. Read in cells
    they end just short of the width, and the paragraphs are joined."""
    words = ["서울시", "의회는", "화요일", "저녁", "2019년", "오래된", "돌다리를", "다시",
             "짓기로", "했다", "NASA", "위원회", "발표에", "따르면", "공사는", "봄에",
             "시작되어", "18개월", "걸린다", "주민들은", "환영했다", "report", "비용은"]
    paragraphs = [" ".join(words[(start + n) % len(words)] for n in range(40)) + "."
                  for start in range(0, 60, 7)]
    lines = ["[1]홈", "[2]뉴스", ""]
    for paragraph in paragraphs:
        lines += [*_wrap_in_cells(paragraph, 78), ""]
    blocks = text_blocks("\n".join(lines))
    assert [block.text for block in blocks[2:]] == paragraphs
