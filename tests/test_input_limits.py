"""The input side's budget (size, depth) and its linear cost.

The inputs here are sized so that a quadratic regression would turn each test
into minutes; nothing is timed (the timings live in the benchmark scripts).
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Budget, Cleaner, InputKind
from newsclean.input import read_page
from newsclean.input.decode import decode_page
from newsclean.input.deep import flatten
from newsclean.input.text import text_blocks

P = ("The council voted on Tuesday to rebuild the old stone bridge over the river, and the "
     "work is expected to start next spring.")


def cut_noted(notes: tuple[str, ...]) -> bool:
    return any("Budget.max_bytes" in note for note in notes)


# --- size ---------------------------------------------------------------------------------


def test_text_dump_is_cut_at_the_byte_budget_with_a_note() -> None:
    """A dump over max_bytes is read up to the budget, and the Page says so."""
    dump = "".join(f"Line {i} of the dump.\n" for i in range(2_000))
    page = read_page(dump, budget=Budget(max_bytes=10_000))
    assert 300 < len(page.blocks) < 600
    assert cut_noted(page.notes)


def test_html_is_cut_at_the_byte_budget_with_a_note() -> None:
    """An HTML page over max_bytes keeps the paragraphs before the cut, and says so."""
    html = "<html><body>" + "".join(f"<p>Paragraph {i}: {P}</p>" for i in range(400)) + "</body>"
    article = Cleaner(budget=Budget(max_bytes=len(html) // 2)).clean(html.encode())
    assert 150 < len(article.paragraphs) < 250
    assert cut_noted(article.notes)
    assert not cut_noted(newsclean.clean(html).notes)


def test_many_short_lines_give_one_block_each() -> None:
    """A hundred thousand dump lines become a hundred thousand blocks (linear, not quadratic)."""
    blocks = text_blocks("".join(f"Line {i}.\n" for i in range(100_000)))
    assert len(blocks) == 100_000
    assert blocks[-1].where == "line 100000"


# --- depth --------------------------------------------------------------------------------


def test_inline_nesting_deeper_than_the_parser_keeps_every_paragraph() -> None:
    """Unclosed <p><b><i><span> three thousand times: every paragraph is read, with a note."""
    html = "<html><body>" + "".join(
        f"<p><b><i><span>Paragraph {i}: {P}" for i in range(3_000)) + "</body></html>"
    explained = newsclean.DEFAULT_CLEANER.explain(html)
    assert [b.text for b in explained.page.blocks] == [
        f"Paragraph {i}: {P}" for i in range(3_000)]
    assert any("flattened" in note for note in explained.article.notes)


def test_max_depth_budget_reads_deeper_blocks_as_part_of_the_one_above() -> None:
    """With max_depth=20, fifty nested divs still give their text, and a note."""
    html = "<html><body>" + "<div>" * 50 + f"<p>{P}</p><p>Second {P}</p>" + "</div>" * 50
    explained = Cleaner(budget=Budget(max_depth=20)).explain(html)
    assert explained.article.paragraphs == (P, f"Second {P}")
    assert max(len(b.dom.ancestors) for b in explained.page.blocks if b.dom) <= 20
    assert any("nested deeper than 20" in note for note in explained.article.notes)


def test_flatten_keeps_text_and_raw_text_elements() -> None:
    """Flattening takes out tags only, and never looks for tags inside a script."""
    flat, removed = flatten("<div><script>if (a<b) {}</script><div><p>x</p></div></div>", 1)
    assert flat == "<div><script>if (a<b) {}</script><br><br>x<br><br></div>"
    assert removed == 4


# --- linear cost --------------------------------------------------------------------------


def test_a_line_of_many_heading_markers_is_read_in_one_pass() -> None:
    """'# ' fifty thousand times then a word is a heading with that word."""
    (block,) = text_blocks("# " * 50_000 + "x")
    assert (block.kind, block.text, block.level) == (newsclean.BlockKind.HEADING, "x", 1)


def test_a_line_of_many_bullets_is_read_in_one_pass() -> None:
    """'- ' a hundred thousand times is one line that is a dash (no word follows the markers)."""
    (block,) = text_blocks("- " * 100_000)
    assert block.text == "-"


def test_closing_hashes_are_taken_once_per_heading_marker() -> None:
    """Closers come off the end once per heading marker, as the old one-regex reading did."""
    (block,) = text_blocks("# # Title # #")
    assert block.text == "Title"
    (block,) = text_blocks("# - Title ##")
    assert block.text == "Title"


def test_a_row_of_many_empty_cells_is_read_in_one_pass() -> None:
    """Forty thousand &nbsp; cells make no text, and the walk does not rescan them per cell."""
    html = ("<html><body><table><tr>" + "<td>&nbsp;</td>" * 40_000 + "<td>last</td></tr>"
            f"</table><p>{P}</p></body></html>")
    page = read_page(html, kind=InputKind.HTML)
    assert [b.text for b in page.blocks] == ["last", P]


ADVERSARIAL = [
    "<div" * 100_000, "<div>" * 100_000, "<script>" * 50_000, "</div>" * 100_000,
    "<" * 300_000, "<meta " * 50_000, "<p " + 'a="' * 100_000, "> " * 100_000,
    "<noframes>" * 30_000, "\ufffd\x01" * 100_000, "\ud83d" * 100_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:12]))
def test_input_stage_is_linear_on_long_runs(text: str) -> None:
    """Long runs of what the input patterns repeat are read in one pass, as HTML and as text."""
    assert isinstance(read_page(text, kind=InputKind.HTML).blocks, tuple)
    assert isinstance(read_page(text, kind=InputKind.TEXT).blocks, tuple)
    flat, _ = flatten(text, 10)
    assert len(flat) <= 2 * len(text)


@pytest.mark.parametrize("raw", [b"\xc3" * 500_000, b"<meta charset=" * 50_000,
                                 b"\x00a" * 300_000, b"\xe9" * 500_000])
def test_decoding_is_linear_on_long_runs(raw: bytes) -> None:
    """Decoding long runs of lead bytes, declarations or NULs takes one pass each."""
    assert len(decode_page(raw).text) <= len(raw)


# --- many inline elements, deep nesting ---------------------------------------------------


def test_merged_text_runs_keep_every_text_and_tail() -> None:
    """After thousands of inline tags are dissolved, each run of text is read whole:
    the element's own text and every child's tail are exactly what they were."""
    from lxml import etree

    from newsclean.input.prepare import SCATTERED, _merge_text

    runs = 3 * SCATTERED
    html = ("<html><body><div>" + "<span>a</span>" * runs + "<br>"
            + "<i>b</i> " * runs + "<img src='x.jpg'><p>in</p>" + "<b>c</b>" * runs
            + "</div></body></html>")
    root = etree.fromstring(html, etree.HTMLParser())
    etree.strip_tags(root, "span", "i", "b")
    div = root.find(".//div")
    before = (div.text, [(child.tag, child.text, child.tail) for child in div])
    _merge_text(div)
    assert (div.text, [(child.tag, child.text, child.tail) for child in div]) == before
    assert div.text == "a" * runs
    assert len(div.xpath("text()")) == 3  # one node per run: before br, after br, after p


def test_a_paragraph_of_two_hundred_thousand_spans_is_read_whole() -> None:
    """200,000 <span>s in one paragraph: dissolving them leaves one text to read, not a
    run whose joining grows with its square (which took seconds)."""
    html = "<html><body><p>" + "<span>w </span>" * 200_000 + "</p></body></html>"
    (block,) = read_page(html, kind=InputKind.HTML).blocks
    assert block.words == 200_000


@pytest.mark.parametrize("shape", ["div", "section", "span", "table", "li", "blockquote"])
def test_a_page_nested_three_thousand_deep_returns_its_text_with_a_note(shape: str) -> None:
    """3,000 nested elements around the article: the text comes back, and a note says the
    nesting was flattened (issue 8: it came back empty, with no note)."""
    opener = {"table": "<table><tr><td>", "li": "<ul><li>"}.get(shape, f"<{shape}>")
    closer = {"table": "</td></tr></table>", "li": "</li></ul>"}.get(shape, f"</{shape}>")
    body = "".join(f"<p>Paragraph {i}: {P}</p>" for i in range(3))
    html = "<html><body>" + opener * 3_000 + body + closer * 3_000 + "</body></html>"
    article = newsclean.clean(html)
    assert [f"Paragraph {i}" in article.text for i in range(3)] == [True] * 3
    assert any("nested deeper than" in note for note in article.notes)


# --- time ---------------------------------------------------------------------------------


def test_a_walk_out_of_time_keeps_what_it_read_and_says_so() -> None:
    """With no time at all, the walk still reads its first elements, keeps them, and the
    notes say the page was not read to the end and the rules were skipped."""
    html = "<html><body>" + "".join(f"<p>Paragraph {i}: {P}</p>" for i in range(5_000))
    article = Cleaner(budget=Budget(seconds=1e-9)).clean(html)
    assert 0 < len(article.paragraphs) < 5_000
    assert article.paragraphs[0] == f"Paragraph 0: {P}"
    assert any("out of time reading the page" in note for note in article.notes)
    assert any("out of time; not run" in note for note in article.notes)


def test_the_default_budget_reads_an_ordinary_page_whole() -> None:
    """The time budget does not cut ordinary pages."""
    html = "<html><body>" + "".join(f"<p>Paragraph {i}: {P}</p>" for i in range(2_000))
    article = newsclean.clean(html)
    assert len(article.paragraphs) == 2_000
    assert not any("out of time" in note for note in article.notes)


def test_a_page_flattened_onto_one_line_is_cut_into_sentences() -> None:
    """A whole page on one line (``soup.get_text(" ")``): it is cut at its sentence ends, so
    the story's sentences stay and the menus glued on the line can go; a note says so."""
    menu = "Home World Business Sport Video Markets Tech Opinion Subscribe Sign In " * 8
    story = [f"The council said on day {n} that the work on the old stone bridge over the "
             f"river would go on, and that the road would stay shut until the spring."
             for n in range(12)]
    footer = "Privacy Terms Contact Us Careers Advertise Sitemap Newsletters Archive " * 8
    page = " ".join([menu.strip() + ".", *story, footer.strip()])
    article = newsclean.clean(page, kind="text")
    assert any(note.startswith("run-on dump: line 1 holds") for note in article.notes)
    assert list(article.paragraphs) == story
    assert not any("Subscribe Sign In" in p for p in article.paragraphs)
    assert {r.where for r in article.removed} >= {"line 1, sentence 1"}
    lined = newsclean.clean("\n".join([menu, *story]), kind="text")
    assert not any(note.startswith("run-on dump") for note in lined.notes)
