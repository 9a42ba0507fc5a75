"""The text's language: the built-in guess, the optional py3langid detector, the reconciliation."""

from __future__ import annotations

import importlib.util

import pytest

import newsclean
from newsclean.decide.metadata import choose
from newsclean.evidence.langid import statistical_detector
from newsclean.evidence.language import DETECTED
from newsclean.model import Field
from newsclean.rules import PageHintsRule

HAS_EXTRA = importlib.util.find_spec("py3langid") is not None
"""Whether the ``lang`` extra is installed here: its tests skip without it."""

GERMAN = ("Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke für zwei Jahre zu "
          "schließen. Die Ingenieure sagten, dass die Brücke keine Busse mehr tragen kann und "
          "dass die Arbeiten dringend sind. Eine Fußgängerbrücke wird die beiden Hälften der "
          "Stadt verbinden, solange die Arbeiten dauern, und auch der Fährverkehr wird erhöht.")
FINNISH = ("Kaupunginvaltuusto päätti tiistaina sulkea vanhan satamasillan kahdeksi vuodeksi "
           "korjaustöiden ajaksi. Insinöörien mukaan silta ei enää kestä linja-autoja "
           "turvallisesti, ja työ on kiireellinen. Väliaikainen kävelysilta yhdistää kaupungin "
           "kaksi puoliskoa töiden ajan, ja lauttaliikennettä lisätään samalla merkittävästi.")


def _html(text: str, lang: str | None) -> str:
    declared = f' lang="{lang}"' if lang else ""
    paragraphs = "".join(f"<p>{s.strip()}.</p>" for s in text.split(".") if s.strip())
    return f"<html{declared}><body><article><h1>Brücke</h1>{paragraphs}</article></body></html>"


def test_a_german_text_on_an_english_template_is_german() -> None:
    """The built-in guess overrules a declared language the text contradicts."""
    article = newsclean.clean(_html(GERMAN, "en"))
    assert article.language == "de"
    assert dict(article.provenance)["language"] == DETECTED


def test_the_declared_tag_stays_when_the_text_agrees() -> None:
    """A declared 'de-AT' keeps its region: the text only says 'de'."""
    assert newsclean.clean(_html(GERMAN, "de-at")).language == "de-AT"


def test_without_the_statistical_detector_an_unknown_language_keeps_the_declared() -> None:
    """The built-in guess knows 13 languages: Finnish it leaves alone, so 'en' stays."""
    cleaner = newsclean.Cleaner().replacing(PageHintsRule(statistical=False))
    assert cleaner.clean(_html(FINNISH + " " + FINNISH, "en")).language == "en"


@pytest.mark.skipif(not HAS_EXTRA, reason="the lang extra (py3langid) is not installed")
def test_the_statistical_detector_knows_more_languages() -> None:
    """With the extra, py3langid tells Finnish where the built-in guess cannot."""
    detect = statistical_detector()
    assert detect is not None
    assert detect(FINNISH) == "fi"
    assert detect("too short") is None
    article = FINNISH + " " + FINNISH  # the detector reads 200 letters or more
    assert newsclean.clean(_html(article, "en")).language == "fi"
    assert newsclean.clean(_html(article, None)).language == "fi"


@pytest.mark.skipif(HAS_EXTRA, reason="the lang extra (py3langid) is installed")
def test_without_the_extra_there_is_no_statistical_detector() -> None:
    """Without py3langid the built-in guess stands alone."""
    assert statistical_detector() is None


def test_text_dumps_are_detected_only_when_asked() -> None:
    """A dump keeps no language by default (the golden dumps); dumps=True tells it."""
    dump = "\\n\\n".join(s.strip() + "." for s in GERMAN.split(".") if s.strip())
    assert newsclean.clean(dump).language is None
    cleaner = newsclean.Cleaner().replacing(PageHintsRule(dumps=True))
    assert cleaner.clean(dump).language == "de"


def test_decide_prefers_the_declared_unless_contradicted() -> None:
    """Reconciliation in decide: same primary subtag keeps the declared tag and its source."""
    same = choose([(Field.LANGUAGE, "en-GB", "html lang"), (Field.LANGUAGE, "en", DETECTED)],
                  None)
    assert (same.language, dict(same.provenance)["language"]) == ("en-GB", "html lang")
    other = choose([(Field.LANGUAGE, "en", "html lang"), (Field.LANGUAGE, "de", DETECTED)], None)
    assert other.language == "de"
    alone = choose([(Field.LANGUAGE, "fr", DETECTED)], None)
    assert alone.language == "fr"


def test_a_contradicted_declaration_yields_to_another_that_agrees_with_the_text() -> None:
    """``lang="de"`` on an English text with ``og:locale`` en_US: the agreeing tag, region kept."""
    reported = [(Field.LANGUAGE, "de", "html lang"), (Field.LANGUAGE, "en-US", "meta:og:locale"),
                (Field.LANGUAGE, "en", DETECTED)]
    chosen = choose(reported, None)
    assert (chosen.language, dict(chosen.provenance)["language"]) == ("en-US", "meta:og:locale")


PERSIAN = ("شورای شهر روز سه‌شنبه تصمیم گرفت پل قدیمی بندر را به مدت دو سال برای تعمیرات "
           "ببندد. مهندسان گفتند که این پل دیگر نمی‌تواند اتوبوس‌ها را تحمل کند و کار فوری است. "
           "یک پل عابر پیاده موقت دو نیمه شهر را در طول کار به هم متصل خواهد کرد.")
BULGARIAN = ("Общинският съвет реши във вторник да затвори стария пристанищен мост за две години "
             "за ремонт. Инженерите казаха, че мостът вече не може да носи автобуси и работата е "
             "спешна. Временен пешеходен мост ще свързва двете половини на града.")


@pytest.mark.parametrize(("text", "lang"), [(PERSIAN, "fa"), (BULGARIAN, "bg")])
def test_a_near_language_the_guess_cannot_name_keeps_its_declaration(text: str, lang: str) -> None:
    """Persian reads as Arabic and Bulgarian as Russian to a guess by script: no contradiction."""
    assert newsclean.clean(_html(text, lang)).language == lang


def test_a_near_language_still_yields_to_a_far_one() -> None:
    assert newsclean.clean(_html(GERMAN, "fa")).language == "de"


@pytest.mark.parametrize(("raw", "want"), [("iw", "he"), ("in-ID", "id-ID"), ("jp", "ja"),
                                           ("cz", "cs"), ("und", None), ("zxx", None)])
def test_withdrawn_and_country_codes(raw: str, want: str | None) -> None:
    from newsclean.evidence.language import bcp47
    assert bcp47(raw) == want


def test_an_undetermined_declaration_leaves_the_text_to_say() -> None:
    article = newsclean.clean(_html(GERMAN, "und"))
    assert article.language == "de"
    assert dict(article.provenance)["language"] == DETECTED


def test_the_text_picks_among_declarations_that_disagree() -> None:
    """Too few words for a guess, but the page's two claims differ: the text settles it."""
    short = "Die Brücke ist für den Verkehr zu alt, und sie wird nicht mehr repariert."
    page = ('<html lang="en"><head><meta http-equiv="content-language" content="de"></head>'
            f"<body><article><h1>Brücke</h1><p>{short}</p></article></body></html>")
    cleaner = newsclean.Cleaner().replacing(PageHintsRule(statistical=False))
    assert cleaner.clean(page).language == "de"
