r"""Escaping page text for Markdown (CommonMark with GitHub's tables and strikethrough).

Page text is not Markdown: "# 1 reason to stay" is a sentence, "*word*" is
asterisks. Escaping too little turns text into markup; escaping everything
makes the Markdown unreadable. So only characters that could start markup are
escaped, and only where they could.

>>> print(inline("*word* and snake_case"))
\*word\* and snake_case
>>> print(block_text("# 1 reason to stay"))
\# 1 reason to stay
"""

from __future__ import annotations

import regex

_INLINE_SPECIALS = regex.compile(r"[\\`*\[\]<~]")
"""Always escaped inline: code spans, emphasis, links, raw HTML/autolinks, strikethrough."""
_LONE_UNDERSCORE = regex.compile(r"(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])")
"""An underscore not inside a word: inside one (snake_case) CommonMark ignores it."""
_ENTITY = regex.compile(r"&(?=#?[0-9A-Za-z]+;)")
"""``&amp;`` written as text would be read as ``&``."""
_LINE_START = regex.compile(
    r"""^(?:
        (?P<mark>[\#>])                        # heading, block quote
      | (?P<bullet>[-+])(?=[ \t]|$)             # bullet list item
      | (?P<rule>[-=])(?=[-=\s]*$)             # thematic break, setext underline
      | (?P<number>\d{1,9})(?P<delim>[.)])(?=[ \t]|$)  # ordered list item
    )""",
    regex.VERBOSE | regex.MULTILINE,
)
"""What makes a line a block construct when it starts the line."""
_BACKTICK_RUN = regex.compile(r"`+")
MIN_FENCE = 3
"""CommonMark's shortest code fence."""
_DESTINATION_ESCAPES = str.maketrans(
    {" ": "%20", "\t": "%09", "\n": "%0A", "<": "%3C", ">": "%3E",
     "(": "\\(", ")": "\\)", "\\": "\\\\"}
)
"""A link destination may not hold spaces, and unbalanced parentheses end it early."""


def inline(text: str) -> str:
    """``text`` with every character that could open inline markup escaped."""
    text = _INLINE_SPECIALS.sub(r"\\\g<0>", text)
    text = _LONE_UNDERSCORE.sub(r"\\_", text)
    return _ENTITY.sub(r"\\&", text)


def block_text(text: str) -> str:
    """``text`` escaped inline and also where a line start would make it a block construct."""
    return _LINE_START.sub(_escape_line_start, inline(text))


def _escape_line_start(match: regex.Match[str]) -> str:
    if match.group("number"):
        return match.group("number") + "\\" + match.group("delim")
    return "\\" + match.group(0)


def table_cells(row: str) -> list[str]:
    """The cells of a table row (joined by `` | `` in the block text), each escaped."""
    return [inline(cell).replace("|", "\\|") for cell in row.split(" | ")]


def code_fence(text: str) -> str:
    """A backtick fence longer than any backtick run in ``text``, so the text cannot close it."""
    longest = max((len(run) for run in _BACKTICK_RUN.findall(text)), default=0)
    return "`" * max(MIN_FENCE, longest + 1)


def destination(url: str) -> str:
    """``url`` safe inside ``(...)`` of a Markdown link or image."""
    return url.translate(_DESTINATION_ESCAPES)
