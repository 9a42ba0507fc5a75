"""Markdown output, read back by a real CommonMark + GFM parser (markdown-it-py).

Each test builds an Article by hand, renders it, parses the Markdown and checks
what a reader would see: page text must stay text, structure must stay structure.
"""

from __future__ import annotations

from typing import Any

import pytest
from markdown_it import MarkdownIt

from newsclean import Article, BlockKind, BodyBlock, Image


@pytest.fixture(scope="module")
def parser() -> MarkdownIt:
    """CommonMark with GitHub's tables and strikethrough, as GitHub renders it."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _tokens(parser: MarkdownIt, *blocks: BodyBlock, **fields: Any) -> list[Any]:
    return parser.parse(Article(body=blocks, **fields).to_markdown())


def _types(tokens: list[Any]) -> list[str]:
    return [t.type for t in tokens]


def _inline_text(tokens: list[Any]) -> list[str]:
    """The plain text a reader sees in each inline run."""
    out = []
    for token in tokens:
        if token.type == "inline":
            out.append("".join(c.content for c in token.children or () if c.type == "text"))
    return out


PARAGRAPH_TRAPS = [
    "# 1 reason to stay home this weekend",
    "## not a heading either",
    "- 5 degrees tonight, said the forecaster",
    "+ more to come",
    "1. It was the first time the club had won.",
    "2024) was a year of floods",
    "> not a quote",
    "---",
    "***",
    "___",
    "=====",
    "He said *word* and **strong** and _under_ and ~~gone~~ plainly.",
    "A [link](http://example.com) and ![img](x.png) in text",
    "Use `code` and <b>tags</b> and &amp; entities and \\ backslashes",
    "snake_case_name stays as it is",
    "```not a fence",
]


@pytest.mark.parametrize("text", PARAGRAPH_TRAPS)
def test_paragraph_text_stays_one_literal_paragraph(parser: MarkdownIt, text: str) -> None:
    """Text that looks like Markdown comes back as one paragraph with exactly that text."""
    tokens = _tokens(parser, BodyBlock(BlockKind.PARAGRAPH, text))
    assert _types(tokens) == ["paragraph_open", "inline", "paragraph_close"]
    (inline,) = [t for t in tokens if t.type == "inline"]
    assert {c.type for c in inline.children} == {"text"}  # no emphasis, link, code or html
    assert _inline_text(tokens) == [text]


@pytest.mark.parametrize("text", ["# 1 reason", "- item", "*word*", "3. third"])
def test_list_items_and_quotes_keep_their_text(parser: MarkdownIt, text: str) -> None:
    """Inside a list item or a quote, the same text is still literal."""
    tokens = _tokens(
        parser, BodyBlock(BlockKind.LIST_ITEM, text), BodyBlock(BlockKind.QUOTE, text)
    )
    assert "heading_open" not in _types(tokens)
    assert _types(tokens).count("bullet_list_open") == 1
    assert _types(tokens).count("blockquote_open") == 1
    assert _inline_text(tokens) == [text, text]


def test_heading_with_trailing_hash_keeps_it(parser: MarkdownIt) -> None:
    """A heading ending in '#' (C#) keeps it; Markdown would read it as a closing run."""
    tokens = _tokens(parser, BodyBlock(BlockKind.HEADING, "Why we moved to C #", level=2))
    assert tokens[0].type == "heading_open" and tokens[0].tag == "h2"
    assert _inline_text(tokens) == ["Why we moved to C #"]


def test_title_and_byline_are_escaped(parser: MarkdownIt) -> None:
    """The title is one h1 with its literal text; the byline is emphasis around literal text."""
    tokens = _tokens(parser, title="*Breaking* news [live]", authors=("A_B",))
    assert tokens[0].tag == "h1"
    assert _inline_text(tokens) == ["*Breaking* news [live]", "By A_B"]


def test_table_rows_get_a_header_separator(parser: MarkdownIt) -> None:
    """Consecutive table rows render as one GFM table whose first row is the header."""
    tokens = _tokens(
        parser,
        BodyBlock(BlockKind.PARAGRAPH, "Results:"),
        BodyBlock(BlockKind.TABLE_ROW, "Party | Seats | Share"),
        BodyBlock(BlockKind.TABLE_ROW, "Greens | 12 | 8*"),
        BodyBlock(BlockKind.TABLE_ROW, "Others | 3 | 1"),
    )
    types = _types(tokens)
    assert types.count("table_open") == 1
    assert types.count("th_open") == 3
    assert types.count("td_open") == 6
    assert _inline_text(tokens) == [
        "Results:", "Party", "Seats", "Share", "Greens", "12", "8*", "Others", "3", "1"
    ]


def test_backtick_fence_inside_pre_does_not_end_the_block(parser: MarkdownIt) -> None:
    """Preformatted text holding a ``` fence stays one code block, followed by the paragraph."""
    code = "echo ``` and ```` done"
    tokens = _tokens(
        parser,
        BodyBlock(BlockKind.PREFORMATTED, code),
        BodyBlock(BlockKind.PARAGRAPH, "After the code."),
    )
    assert _types(tokens)[0] == "fence"
    assert tokens[0].content == code + "\n"
    assert _inline_text(tokens) == ["After the code."]


@pytest.mark.parametrize(
    "src",
    [
        "https://example.com/photos/river at dawn.jpg",
        "https://example.com/photo_(2024).jpg",
        "https://example.com/a)b(c.jpg",
        "https://example.com/<odd>.jpg",
    ],
)
def test_image_urls_with_spaces_and_parentheses(parser: MarkdownIt, src: str) -> None:
    """An image whose URL has spaces or parentheses is still one image pointing at that URL."""
    md = Article(images=(Image(src=src, caption="The [river] *today*"),)).to_markdown()
    tokens = parser.parse(md)
    (inline,) = [t for t in tokens if t.type == "inline"]
    (image,) = [c for c in inline.children if c.type == "image"]
    expected = src.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
    assert image.attrs["src"] == expected
    assert "".join(c.content for c in image.children) == "The [river] *today*"
