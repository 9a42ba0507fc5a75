"""Span rules cut chrome out of a block that stays, in dumps and in HTML alike."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Article, Removal
from tests.rules.support import AFTER, BEFORE

SENTENCE = "The council said the bridge would reopen on Friday."
NEXT = "The repairs will cost two million euros, the mayor told reporters on Tuesday."


def _dump(line: str) -> Article:
    return newsclean.clean(f"{BEFORE}\n{line}\n{AFTER}\n")


def _html(markup: str) -> Article:
    return newsclean.clean(f"<!DOCTYPE html><html><head><title>Storm</title></head><body>"
                           f"<article><p>{BEFORE}</p>{markup}<p>{AFTER}</p></article>"
                           "</body></html>")


def _cuts(article: Article) -> list[Removal]:
    return [r for r in article.removed if r.start is not None]


@pytest.mark.parametrize("clean", [_dump, lambda text: _html(f"<p>{text}</p>")],
                         ids=["dump", "html"])
@pytest.mark.parametrize("label", ["ADVERTISEMENT", "Advertisement", "ANZEIGE", "PUBLICITÉ"])
def test_an_ad_label_inside_a_paragraph_is_cut(clean: object, label: str) -> None:
    """A label between two sentences goes; both sentences stay, in one paragraph."""
    article = clean(f"{SENTENCE} {label} {NEXT}")  # type: ignore[operator]
    assert f"{SENTENCE} {NEXT}" in article.paragraphs
    [cut] = _cuts(article)
    assert (cut.text, cut.rule) == (label, "inline-ad")


@pytest.mark.parametrize("text", [
    "The advertisement ran for three weeks before the council banned it, officials said.",
    "Officials said the Advertisement Standards Authority would look at the complaint.",
    "The new ADVERTISEMENT rules, officials said, would take effect in the spring.",
])
def test_the_word_in_prose_stays(text: str) -> None:
    """An ad word that is part of a sentence is no label."""
    article = _dump(text)
    assert text in article.paragraphs
    assert _cuts(article) == []


@pytest.mark.parametrize("clean", [_dump, lambda text: _html(f"<p>{text}</p>")],
                         ids=["dump", "html"])
@pytest.mark.parametrize("tail", ["Read more: Storm damage in pictures", "Continue reading",
                                  "Related: Ferries cancelled", "Lesen Sie auch: Sturm",
                                  "Read more »"])
def test_a_trailing_link_prompt_is_cut(clean: object, tail: str) -> None:
    """'Read more: …' after a paragraph's last sentence is cut; the sentence stays."""
    article = clean(f"{SENTENCE} {tail}")  # type: ignore[operator]
    assert SENTENCE in article.paragraphs
    [cut] = _cuts(article)
    assert (cut.text, cut.rule) == (tail, "trailing-link")


@pytest.mark.parametrize("text", [
    "Read more about the plan on the council's website, the mayor said on Tuesday evening.",
    f"{SENTENCE} Related stories were published by three other papers on the same day.",
    f"{SENTENCE} See also the note at the end of this report, which lists the costs.",
])
def test_related_words_in_prose_stay(text: str) -> None:
    """A sentence that opens with 'Read more' or 'Related' is prose, not a link prompt."""
    article = _dump(text)
    assert text in article.paragraphs
    assert _cuts(article) == []


LIVE_DUMP = (
    "Live: storm hits the coast\n"
    "16:05 Police close the harbour bridge as waves top the sea wall, officials said.\n"
    "16:20 GMT – Ferries are cancelled until further notice, the operator said.\n"
    "3pm The council opens two shelters in the old town hall and the sports centre.\n"
)


def test_live_blog_time_stamps_are_cut_in_a_dump() -> None:
    """Entries opening with a time lose the time; the entry's text stays."""
    article = newsclean.clean(LIVE_DUMP)
    assert [(c.text, c.start) for c in _cuts(article)] == [
        ("16:05 ", 0), ("16:20 GMT – ", 0), ("3pm ", 0)]
    assert "Ferries are cancelled until further notice, the operator said." in article.paragraphs


def test_a_time_stamp_in_a_heading_is_cut_in_html() -> None:
    """'<h2>16:05 Police close the bridge</h2>' keeps the heading, without the time."""
    article = _html("<h2>16:05 Police close the bridge</h2>")
    assert "Police close the bridge" in article.paragraphs
    assert [(c.text, c.rule) for c in _cuts(article)] == [("16:05 ", "timestamp")]


def test_one_paragraph_opening_with_a_time_is_left_alone() -> None:
    """A single '10:30 …' paragraph is no live blog: the time may be part of the sentence."""
    text = "10:30 Tuesday was the hour the council chose for the vote, the clerk said."
    article = _dump(text)
    assert text in article.paragraphs


@pytest.mark.parametrize("clean", [
    _dump,
    lambda text: _html(f"<figure><img src='/a.jpg'><figcaption>{text}</figcaption></figure>"),
], ids=["dump", "html"])
def test_a_caption_credit_moves_to_the_image(clean: object) -> None:
    """The credit is cut as its own span, into Image.credit; the caption is the rest."""
    line = "Volunteers stack sandbags outside a bakery on Wednesday. (AP Photo/Carla Mendes)"
    article = clean(line)  # type: ignore[operator]
    [cut] = _cuts(article)
    assert (cut.text, cut.rule, cut.reason) == ("(AP Photo/Carla Mendes)", "image", "image credit")
    assert line[cut.start:cut.end] == cut.text  # type: ignore[misc]
    [image] = [i for i in article.images if i.credit]
    assert image.credit == "AP Photo/Carla Mendes"
    assert image.caption == "Volunteers stack sandbags outside a bakery on Wednesday"
    assert line not in article.paragraphs


def test_a_protected_caption_stays_and_still_lists_its_image() -> None:
    """A caption another rule protects stays in the body, and the image rule still sees it."""
    from dataclasses import dataclass

    from newsclean import Action, Cleaner, Finding

    @dataclass(frozen=True, slots=True)
    class KeepCaptions:
        name: str = "keep-captions"

        def find(self, page, verdicts):  # type: ignore[no-untyped-def]
            for block in page.blocks:
                if block.kind is newsclean.BlockKind.CAPTION:
                    yield Finding(block.index, Action.KEEP, "captions are body here")

    markup = (f"<html><body><article><p>{BEFORE}</p><figure><img src='/a.jpg'>"
              "<figcaption>The old bridge in 1920</figcaption></figure></article></body></html>")
    cleaner = Cleaner().with_rules(KeepCaptions(), before="html-meta")
    article = cleaner.clean(markup)
    assert "The old bridge in 1920" in article.paragraphs
    assert any(i.caption == "The old bridge in 1920" for i in article.images)
