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
