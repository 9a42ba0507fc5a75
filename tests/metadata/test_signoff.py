"""Korean sign-off bylines: the writer's name and role on its own line after the story."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean.evidence.signoff import signoff_name
from tests.metadata.story import BODY


@pytest.mark.parametrize(("line", "want"), [
    ("홍길동 기자", "홍길동"),
    ("[홍길동 기자]", "홍길동"),
    ("홍길동기자 hong@example.co.kr", "홍길동"),
    ("정덕현 칼럼니스트 writer@example.co.kr", "정덕현"),
    ("칼럼니스트 박생강 writer@example.com", "박생강"),
    ("김철수 특파원", "김철수"),
])
def test_a_signoff_names_its_writer(line: str, want: str) -> None:
    assert signoff_name(line) == want


@pytest.mark.parametrize("line", ["홍길동", "기자 회견", "많이 본 칼럼", "정석희칼럼",
                                  "홍길동 기자가 말했다", "Ada Lindqvist, reporter"])
def test_other_lines_are_not_signoffs(line: str) -> None:
    assert signoff_name(line) is None


@given(st.text(max_size=80))
def test_a_signoff_name_is_hangul_from_the_line(line: str) -> None:
    name = signoff_name(line)
    assert name is None or (name in line and 2 <= len(name) <= 4)


def test_the_signoff_after_the_story_is_the_author() -> None:
    page = ('<html lang="ko"><head><title>다리 폐쇄</title></head><body><article>'
            f"<h1>다리 폐쇄</h1>{BODY}<p>홍길동 기자 hong@example.co.kr</p>"
            "</article></body></html>")
    assert newsclean.clean(page).authors == ("홍길동",)


def test_a_byline_the_markup_states_wins() -> None:
    page = ('<html lang="ko"><head><title>다리 폐쇄</title>'
            '<meta property="article:author" content="김영희"></head><body><article>'
            f"<h1>다리 폐쇄</h1>{BODY}<p>홍길동 기자</p></article></body></html>")
    assert newsclean.clean(page).authors == ("김영희",)


def _under_headline(line: str, lang: str = "ja") -> tuple[str, ...]:
    page = (f'<html lang="{lang}"><head><title>橋の閉鎖</title></head><body><article>'
            f"<h1>橋の閉鎖</h1><p>{line}</p>{BODY}</article></body></html>")
    return newsclean.clean(page).authors


def test_a_caseless_name_before_the_date_under_the_headline() -> None:
    assert _under_headline("松村太郎 2019年04月13日 09時00分") == ("松村太郎",)


@pytest.mark.parametrize("line", ["公開日 2019年04月13日", "Breaking News 13 April 2019",
                                  "2019年04月13日 松村太郎"])
def test_a_label_or_a_capitalised_phrase_before_the_date_is_no_name(line: str) -> None:
    assert _under_headline(line) == ()
