"""The metadata benchmark's normalisation, the same for every extractor, and a smoke run."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
if str(BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(BENCHMARKS))

import metadata  # noqa: E402

GOLD = BENCHMARKS / "gold" / "scrapinghub-metadata.json"
DATA = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "scrapinghub"


def test_names_compare_as_sets() -> None:
    """Order, case, 'By', 'and', '&' and ';' do not matter; a missing name does."""
    assert metadata.name_set(["By Jane Doe and John Roe"]) == metadata.name_set(
        ["john roe", "Jane Doe"])
    assert metadata.name_set(["Jane Doe; John Roe"]) == metadata.name_set(["Jane Doe & John Roe"])
    assert metadata.name_set(["Jane Doe"]) != metadata.name_set(["Jane Doe", "John Roe"])


def test_site_keys() -> None:
    """A leading 'The', blanks and punctuation do not matter; a different name does."""
    assert metadata.site_key("The Hill") == metadata.site_key("TheHill") == "hill"
    assert metadata.site_key("The Spokesman-Review") == metadata.site_key("Spokesman Review")
    assert metadata.site_key("Theater Weekly") != metadata.site_key("Weekly")
    assert metadata.site_key("Space.com") == metadata.site_key("Space") == "space"
    assert metadata.site_key("www.wday.ru") == metadata.site_key("Wday")
    assert metadata.site_key("City A.M.") == metadata.site_key("CityAM")
    assert metadata.site_key("Space.com") != metadata.site_key("Space News")


def test_image_urls_and_days() -> None:
    """Scheme and query order do not matter for images; a date's day is its own offset's."""
    assert metadata.url_key("http://X.example/a.jpg?b=2&a=1") == metadata.url_key(
        "https://x.example/a.jpg?a=1&b=2")
    assert metadata.day("2019-11-19T22:31:00-06:00") == "2019-11-19"
    assert metadata.day("not a date") is None


def test_judge_counts_author_where_none() -> None:
    """A page whose gold names nobody scores 'where none' only, True when a name was given."""
    gold = metadata.Gold("p", "https://x.example/", "", authors=[])
    verdict = metadata.judge(gold, metadata.Found(authors=["Jane Doe"]))
    assert verdict["where none"] is True and verdict["authors"] is None


@pytest.mark.skipif(not (GOLD.exists() and DATA.exists()), reason="gold or pages not here")
def test_smoke_newsclean_on_a_few_gold_pages() -> None:
    """newsclean runs over a few gold pages and gets most titles right."""
    pages = metadata.load_gold(GOLD, DATA)[:5]
    results = metadata.run(pages, ["newsclean"])
    titles = [v["title"] for v in results["newsclean"] if v["title"] is not None]
    assert len(titles) == 5 and sum(titles) >= 3


def test_utc_day_only_where_the_gold_is_utc() -> None:
    """Mercury's day is the UTC day: an evening in New York is the next day there."""
    import datetime as dt
    evening = dt.datetime(2019, 11, 18, 19, 4, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert metadata.utc_day(evening) == "2019-11-19" and metadata.day(evening) == "2019-11-18"
    assert metadata.utc_day(dt.date(2019, 11, 18)) == "2019-11-18"
    found = metadata.Found(date="2019-11-18", utc_date="2019-11-19")
    mercury = metadata.Gold("p", "https://x.example/", "", date="2019-11-19", utc=True)
    assert metadata.judge(mercury, found)["date utc"] is True
    assert metadata.judge(mercury, found)["date"] is False
    local = metadata.Gold("p", "https://x.example/", "", date="2019-11-18")
    assert metadata.judge(local, found)["date utc"] is None


def test_dump_pages_take_the_dump_in_place_of_the_html(tmp_path: Path) -> None:
    """``--dumps``: a gold page with a dump is scored on the dump; one without is left out."""
    (tmp_path / "a.txt").write_text("By Jane Doe\n", encoding="utf-8")
    pages = [metadata.Gold("a", "https://x.example/a", "<html>"),
             metadata.Gold("b", "https://x.example/b", "<html>")]
    dumped = metadata.dump_pages(pages, tmp_path)
    assert [(p.name, p.html) for p in dumped] == [("a", "By Jane Doe\n")]
    found = metadata.TEXT_BUILDERS["newsclean (text)"]()("By Jane Doe\n\nA line.\n", "https://x/")
    assert isinstance(found, metadata.Found)
