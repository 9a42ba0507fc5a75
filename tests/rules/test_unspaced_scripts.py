"""Scripts written without spaces (Chinese, Japanese) go through the same rules."""

from __future__ import annotations

import datetime as dt

import newsclean
from newsclean.evidence.shape import is_body_like, word_count

DUMP = """中国新闻网
2025年2月25日 |
广告
普京：我们也有矿产资源出售
俄罗斯总统普京表示，他愿意向美国买家和投资者提供俄罗斯重要的稀土和关键矿产资源，以回应特朗普与乌克兰达成类似协议的努力。
特朗普向基辅提出的意外提议被他描述为收回美国在这场三年战争中提供的数百亿美元军事和财政援助的一种方式，似乎引发了一场竞购战。
“这里有很多值得思考的地方。”
"""


def test_words_are_estimated_for_unspaced_text() -> None:
    """A Chinese sentence counts as many words; one long Latin word stays one word."""
    sentence = "俄罗斯总统普京表示，他愿意向美国买家和投资者提供俄罗斯重要的稀土和关键矿产资源。"
    assert word_count(sentence) >= 15
    assert word_count("Advertisement") == 1
    assert is_body_like(sentence)


def test_chinese_dump_gives_title_date_and_body() -> None:
    """The dateline, the ad label and the headline leave the body; the sentences stay."""
    article = newsclean.clean(DUMP)
    assert article.title == "普京：我们也有矿产资源出售"
    assert article.published == dt.date(2025, 2, 25)
    assert article.paragraphs[-1] == "“这里有很多值得思考的地方。”"
    assert {r.rule for r in article.removed} >= {"dateline", "ad-marker", "title"}
    assert all(p != "广告" for p in article.paragraphs)
