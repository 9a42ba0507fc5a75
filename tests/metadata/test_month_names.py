"""Month names of more languages, and dates that put the year first ('2019. november 20.')."""

from __future__ import annotations

import datetime as dt

import pytest

from newsclean.evidence.dates import find_date
from newsclean.evidence.months import MONTHS


@pytest.mark.parametrize(("text", "day"), [
    ("20. marraskuuta 2019", dt.date(2019, 11, 20)),  # Finnish
    ("Julkaistu 3. huhtikuuta 2024", dt.date(2024, 4, 3)),
    ("3 de març de 2024", dt.date(2024, 3, 3)),  # Catalan
    ("12 de setembre de 2023", dt.date(2023, 9, 12)),
    ("20 ноември 2019", dt.date(2019, 11, 20)),  # Bulgarian
    ("15 февруари 2024", dt.date(2024, 2, 15)),
    ("20. studenoga 2019.", dt.date(2019, 11, 20)),  # Croatian
    ("3. ožujka 2024.", dt.date(2024, 3, 3)),
    ("4. julij 2024", dt.date(2024, 7, 4)),  # Slovenian
    ("5. septembar 2022", dt.date(2022, 9, 5)),  # Serbian, Latin script
    ("3. märts 2024", dt.date(2024, 3, 3)),  # Estonian
    ("3 mrt 2024", dt.date(2024, 3, 3)),  # Dutch, short
    ("3 gen 2024", dt.date(2024, 1, 3)),  # Italian, short
    ("20 نوفمبر 2019", dt.date(2019, 11, 20)),  # Arabic
    ("الأربعاء 3 يوليو 2024", dt.date(2024, 7, 3)),
    ("20 בנובמבר 2019", dt.date(2019, 11, 20)),  # Hebrew, 'in November'
    ("2019. november 20.", dt.date(2019, 11, 20)),  # Hungarian: the year first
    ("2024. március 3., vasárnap", dt.date(2024, 3, 3)),
    ("2019 m. lapkričio 20 d.", dt.date(2019, 11, 20)),  # Lithuanian
])
def test_a_month_name_in_more_languages(text: str, day: dt.date) -> None:
    found = find_date(text)
    assert found is not None
    assert found.value == day


@pytest.mark.parametrize("text", [
    "In 2019 May 20 people came",  # a year and a count: no period after the year
    "2019. november",  # no day
    "2019. november 40.",  # no such day
])
def test_a_year_first_date_needs_the_years_period_and_a_real_day(text: str) -> None:
    assert find_date(text) is None


def test_no_word_names_two_months() -> None:
    """'listopad' is November in Polish and Czech, October in Croatian: it stays November."""
    words = [w for group in MONTHS for w in set(group)]
    assert len(words) == len(set(words))
    assert find_date("3 listopada 2024") is not None
    assert find_date("3 listopada 2024").value == dt.date(2024, 11, 3)  # type: ignore[union-attr]
