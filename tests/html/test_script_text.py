"""Script-aware text assembly: link edges in CJK text, ruby, MathML, invisible characters.

Every fixture here is invented. Each test reads the page's blocks (``read_page``), so
what is checked is the input side's text, before any rule has a say.
"""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean import InputKind
from newsclean.evidence.script import INVISIBLE, JOINERS, unspaced, visible
from newsclean.input import read_page
from newsclean.input.inline import _resolve_marks, blank_controls, unfence
from newsclean.input.prepare import LINK_CLOSE, LINK_OPEN
from newsclean.input.walk import _whole_link


def texts(body: str) -> list[str]:
    """The text of each block of a page with this body."""
    page = read_page(f"<html><body>{body}</body></html>", kind=InputKind.HTML)
    return [block.text for block in page.blocks]


# --- link edges ---------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    ("<p>研究结果发表在<a href='/j'>科学</a>刊物上。</p>", "研究结果发表在科学刊物上。"),
    ("<p>今日は<a href='/k'>東京</a>で会議があった。</p>", "今日は東京で会議があった。"),
    ("<p><a href='/s'>서울</a>에서 열린 회의</p>", "서울에서 열린 회의"),
    ("<p>ข่าว<a href='/t'>กรุงเทพ</a>วันนี้</p>", "ข่าวกรุงเทพวันนี้"),
])
def test_no_space_at_a_link_edge_inside_unspaced_text(body: str, expected: str) -> None:
    """A link inside Chinese, Japanese, Korean or Thai text adds no space at its edges
    (when the characters on both sides are in such a script)."""
    assert texts(body) == [expected]


def test_a_space_stays_where_cjk_meets_latin_at_a_link_edge() -> None:
    """Between a CJK character and a Latin word a link edge is still a word boundary."""
    assert texts("<p>管理ソフト<a href='/k'>KeePass</a>の話。</p>") == ["管理ソフト KeePass の話。"]


def test_link_edges_in_spaced_scripts_are_unchanged() -> None:
    """Between two Latin letters a link edge is still a word boundary (a menu's items),
    and next to a blank or punctuation it adds nothing."""
    assert texts("<p><a href='/a'>Home</a><a href='/b'>News</a></p>") == ["Home News"]
    assert texts("<p>The vote is on <a href='/m'>Monday</a>.</p>") == ["The vote is on Monday."]


def test_two_cjk_links_side_by_side_stay_two_items() -> None:
    """Where one link ends and the next begins, a space stays even in Chinese (a menu)."""
    body = "<p><a href='/s'>简体中文</a><a href='/t'>繁體中文</a></p>"
    assert texts(body) == ["简体中文 繁體中文"]


def test_link_characters_are_counted_the_same_in_cjk_text() -> None:
    """The link's characters are still counted: link density does not change with script."""
    page = read_page("<html><body><p>研究结果发表在<a href='/j'>科学</a>刊物上。</p></body></html>",
                     kind=InputKind.HTML)
    (block,) = page.blocks
    assert block.dom is not None and block.dom.link_chars == 2


def test_a_run_of_marks_between_cjk_text_goes_whole() -> None:
    """Marks that close and open around nothing, inside Chinese text, leave no gap."""
    assert unfence(f"中文{LINK_CLOSE}{LINK_OPEN}{LINK_CLOSE}文字", True) == ("中文文字", 2, False)


@given(st.text(alphabet="ab科学 ,.", max_size=30), st.text(alphabet="ab科学 ,.", max_size=30))
def test_unfence_keeps_every_visible_character(before: str, inside: str) -> None:
    """Marks only ever become nothing or one space: no other character is added or lost."""
    text, count, open_at_end = unfence(f"{before}{LINK_OPEN}{inside}{LINK_CLOSE}", False)
    assert text.replace(" ", "") == (before + inside).replace(" ", "")
    assert count == len(" ".join(inside.split()))
    assert not open_at_end


# --- ruby ---------------------------------------------------------------------------------


def test_ruby_keeps_the_base_text_and_drops_the_reading() -> None:
    """Furigana (<rt>) and its fallback brackets (<rp>) go; the base text stays, unspaced."""
    body = ("<p>今日は<ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp>字<rp>(</rp><rt>じ</rt><rp>)</rp>"
            "</ruby>を<ruby><rb>勉強</rb><rt>べんきょう</rt></ruby>します。</p>")
    assert texts(body) == ["今日は漢字を勉強します。"]


def test_ruby_inside_a_link_stays_in_the_link() -> None:
    """Dropping the reading does not break the link's fence."""
    page = read_page("<html><body><p>記事：<a href='/x'><ruby>東京<rt>とうきょう</rt></ruby></a>"
                     "の天気</p></body></html>", kind=InputKind.HTML)
    (block,) = page.blocks
    assert block.text == "記事：東京の天気"
    assert block.dom is not None and block.dom.link_chars == 2


# --- MathML -------------------------------------------------------------------------------


def test_mathml_is_kept_as_its_text_within_the_paragraph() -> None:
    """A formula reads as its text in place; its TeX annotation is not repeated."""
    body = ("<p>The area is <math><semantics><mrow><mi>π</mi><msup><mi>r</mi><mn>2</mn></msup>"
            "</mrow><annotation encoding='application/x-tex'>\\pi r^2</annotation>"
            "</semantics></math> for a circle.</p>")
    assert texts(body) == ["The area is πr2 for a circle."]


def test_mathml_function_application_reads_as_a_gap() -> None:
    """The invisible function application between a function and its argument is a space;
    invisible times is nothing."""
    body = ("<p>Here <math><mi>sin</mi><mo>&#x2061;</mo><mi>x</mi><mo>=</mo><mn>2</mn>"
            "<mo>&#x2062;</mo><mi>y</mi></math> holds.</p>")
    assert texts(body) == ["Here sin x=2y holds."]


def test_mathml_article_keeps_the_formula() -> None:
    """End to end: the formula is in the article's paragraph."""
    prose = ("Engineers checked the load on the new bridge with a simple rule that every "
             "student learns early, and the numbers held up well in every test they ran.")
    html = (f"<html><body><article><h1>Bridge passes its load test</h1><p>{prose}</p>"
            "<p>The rule is <math><mi>F</mi><mo>=</mo><mi>m</mi><mi>a</mi></math>, they said, "
            f"and it was enough for the council.</p><p>{prose}</p></article></body></html>")
    assert any("F=ma" in p for p in newsclean.clean(html).paragraphs)


def test_block_mathml_is_one_block_of_its_own() -> None:
    """A display formula between paragraphs (``<math display="block">``, bare or in a
    wrapper) is kept as its text, one paragraph of its own, without its TeX annotation."""
    prose = ("Archimedes showed, by cutting a circle into thin slices and laying them side "
             "by side, how its area depends on its radius, and wrote it down.")
    html = ("<html><body><article><h1>The area of a circle</h1><div class='entry'>"
            f"<p>{prose}</p><math display='block'><semantics><mrow><mi>A</mi><mo>=</mo>"
            "<mi>π</mi><msup><mi>r</mi><mn>2</mn></msup></mrow><annotation "
            "encoding='application/x-tex'>A = \\pi r^2</annotation></semantics></math>"
            f"<p>{prose}</p><div class='math-display'><math display='block'><mi>V</mi>"
            "<mo>=</mo><mfrac><mn>4</mn><mn>3</mn></mfrac><mi>π</mi><msup><mi>r</mi>"
            f"<mn>3</mn></msup></math></div><p>{prose}</p></div></article></body></html>")
    paragraphs = newsclean.clean(html).paragraphs
    assert paragraphs[1] == "A=πr2"
    assert paragraphs[3] == "V=43πr3"
    assert len(paragraphs) == 5


# --- invisible characters -----------------------------------------------------------------


@pytest.mark.parametrize("char", list(INVISIBLE))
def test_invisible_characters_go_in_html_and_text_alike(char: str) -> None:
    """Soft hyphens, zero-width spaces and the like are dropped the same way in both modes."""
    line = f"Co{char}operation between the two coun{char}cils is{char} growing."
    expected = "Cooperation between the two councils is growing."
    assert texts(f"<p>{line}</p>") == [expected]
    assert [b.text for b in read_page(line, kind=InputKind.TEXT).blocks] == [expected]


def test_soft_hyphen_entity_is_dropped() -> None:
    """``&shy;`` is a soft hyphen too."""
    assert texts("<p>Ur&shy;ban re&shy;newal</p>") == ["Urban renewal"]


@pytest.mark.parametrize("mode", [InputKind.HTML, InputKind.TEXT])
def test_joiners_stay_inside_words_and_go_at_their_edges(mode: InputKind) -> None:
    """A zero-width (non-)joiner is spelling inside a word (Persian, emoji sequences), and
    nothing at a word's edge: the same in HTML and in text dumps."""
    line = "\u200cمی\u200cخواهم 👩\u200d💻 works \u200dhere\u200c."
    page = read_page(f"<p>{line}</p>" if mode is InputKind.HTML else line, kind=mode)
    assert [b.text for b in page.blocks] == ["می\u200cخواهم 👩\u200d💻 works here\u200c."]


def test_joiner_next_to_a_blank_goes() -> None:
    """A joiner with a blank on either side changes nothing, so it goes."""
    assert visible("a \u200c b\u200d ") == "a  b "
    assert visible("\u200d\u200dword") == "word"


def test_page_hints_drop_invisible_characters() -> None:
    """The title from the head reads like the headline in the body."""
    page = read_page("<html><head><title>Bridge\u00ad vote\u200b passes</title></head>"
                     "<body><p>x</p></body></html>", kind=InputKind.HTML)
    assert page.hints["title"] == "Bridge vote passes"


def test_a_long_run_of_joiners_is_read_in_linear_time() -> None:
    """A hostile run of joiners between letters costs one pass, not one per joiner."""
    hostile = "a" + JOINERS * 100_000 + "b " + ("x" + JOINERS[0] + " ") * 50_000
    start = time.perf_counter()
    out = visible(hostile)
    assert time.perf_counter() - start < 5.0
    assert out.startswith("a" + JOINERS * 100_000 + "b ")
    assert JOINERS[0] not in out[200_003:]


def test_unspaced_scripts() -> None:
    """CJK, kana, Hangul and Thai run on without spaces; Latin letters, digits and the
    Latin comma do not."""
    assert all(unspaced(c) for c in "中文かなカナ한국ไทย")
    assert not any(unspaced(c) for c in "aZ9,é")


def _block_text(raw: str, pre: bool) -> str:
    """What the walk makes of a block's raw text once its link marks are resolved."""
    raw = blank_controls(raw)
    if pre:
        return "\n".join(" ".join(line.split()) for line in raw.split("\n")).strip("\n")
    return " ".join(raw.split())


_EDGE_BLANKS = st.text(st.sampled_from(" \n\t\x0b\u3000"), max_size=3)
_LINK_TEXT = st.text(st.sampled_from("ab .,;\n\t科学한\u200d\u00ad\x0b-"), min_size=1,
                     max_size=12)


@given(_EDGE_BLANKS, _LINK_TEXT, _EDGE_BLANKS, st.booleans())
def test_a_block_that_is_one_link_reads_as_unfence_reads_it(
    before: str, inside: str, after: str, pre: bool
) -> None:
    """The walk's shortcut for a block that is one whole link gives the text and link
    characters that resolving its marks gives."""
    raw = f"{before}{LINK_OPEN}{inside}{LINK_CLOSE}{after}"
    inner = _whole_link(raw)
    resolved, count, open_at_end = unfence(raw, False)
    if inner is None:
        assert not inside.strip()
        return
    assert not open_at_end
    assert _block_text(inner, pre) == _block_text(resolved, pre)
    assert len(" ".join(inner.split())) == count


@given(_EDGE_BLANKS, _LINK_TEXT, st.sampled_from(("", LINK_OPEN, LINK_CLOSE)), _LINK_TEXT,
       _EDGE_BLANKS, st.booleans(), st.booleans(), st.booleans())
def test_unfence_shortcuts_read_as_resolving_every_mark(
    before: str, text: str, mark: str, more: str, after: str, at_end: bool, in_link: bool,
    pre: bool,
) -> None:
    """A block with no mark, or one mark at an edge of its text, gives the text, link
    characters and open link that resolving its marks one by one gives."""
    body = f"{text}{mark}" if at_end else f"{mark}{text}"
    for raw in (f"{before}{body}{after}", f"{before}{text}{mark}{more}{after}"):
        resolved, count, open_at_end = unfence(raw, in_link)
        slow, slow_count, slow_open = _resolve_marks(raw, in_link)
        assert _block_text(resolved, pre) == _block_text(slow, pre)
        assert (count, open_at_end) == (slow_count, slow_open)


@given(st.text(st.sampled_from("ab .\n\t\r\x00\x01\x0b\x0c\x1f\x7f~"), max_size=12))
def test_ascii_controls_are_found_by_their_bytes(text: str) -> None:
    """ASCII text is tested for control characters by deleting their bytes: the answer is
    the character class's, and text without one comes back as it is (the walk relies on
    that to tell nothing changed)."""
    out = blank_controls(text)
    if re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", text) is None:
        assert out is text
    else:
        assert out == re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ", text)


def test_a_block_with_text_beside_its_link_takes_no_shortcut() -> None:
    """Text outside the link, or a second link, needs the marks resolved."""
    assert _whole_link(f"Read {LINK_OPEN}more{LINK_CLOSE}") is None
    assert _whole_link(f"{LINK_OPEN}a{LINK_CLOSE}{LINK_OPEN}b{LINK_CLOSE}") is None
    assert _whole_link(f" {LINK_OPEN}Home{LINK_CLOSE}\n") == "Home"


@pytest.mark.parametrize(("body", "expected"), [
    ('<p>今日は<ruby><rb>漢字</rb><rp>（</rp><rt>かんじ</rt><rp>）</rp></ruby>の勉強をしました。'
     "東京の<ruby>渋谷<rt>しぶや</rt></ruby>で会いましょう、と彼は言った。</p>",
     "今日は漢字の勉強をしました。東京の渋谷で会いましょう、と彼は言った。"),
    ('<p><span>中国</span><span>科学院</span>今天宣布，新的<a href="/y">量子计算机</a>'
     "已经投入使用，<strong>北京大学</strong>和<em>清华大学</em>参与了研究。</p>",
     "中国科学院今天宣布，新的量子计算机已经投入使用，北京大学和清华大学参与了研究。"),
    ('<p>นายกรัฐมนตรี<a href="/p">ประกาศ</a>นโยบายใหม่วันนี้ที่ทำเนียบรัฐบาล</p>',
     "นายกรัฐมนตรีประกาศนโยบายใหม่วันนี้ที่ทำเนียบรัฐบาล"),
    ("<p>The energy is <math><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn>"
     "</msup></math>, as Einstein showed in 1905, and the Bundes&shy;regierung agrees.</p>",
     "The energy is E=mc2, as Einstein showed in 1905, and the Bundesregierung agrees."),
])
def test_article_shaped_snippets_through_clean(body: str, expected: str) -> None:
    """Ruby, unspaced scripts with inline tags, MathML and soft hyphens, in an article
    cleaned whole (not only the walk)."""
    page = f"<html><body><article><h1>Title</h1>{body * 3}</article></body></html>"
    assert newsclean.clean(page).paragraphs == (expected,) * 3
