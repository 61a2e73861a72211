from datetime import date, time

from app.core.locale_format import (
    Language,
    choose_language,
    clock_time,
    day_and_date,
    language_named,
    long_date,
    number,
    percent,
)

EN = Language.ENGLISH


def test_dates_are_written_with_indonesian_day_and_month_names_by_default():
    assert day_and_date(date(2024, 10, 1)) == "Selasa, 1 Oktober 2024"
    assert day_and_date(date(2024, 9, 13)) == "Jumat, 13 September 2024"
    assert long_date(date(2024, 8, 17)) == "17 Agustus 2024"


def test_dates_in_english_use_english_day_and_month_names():
    assert day_and_date(date(2024, 10, 1), EN) == "Tuesday, 1 October 2024"
    assert day_and_date(date(2024, 9, 15), EN) == "Sunday, 15 September 2024"
    assert long_date(date(2024, 8, 17), EN) == "17 August 2024"


def test_numbers_use_a_dot_for_thousands_in_indonesian_and_a_comma_in_english():
    assert number(8432) == "8.432"
    assert number(10000) == "10.000"
    assert number(7) == "7"
    assert number(8432, EN) == "8,432"
    assert number(1_234_567, EN) == "1,234,567"


def test_time_and_percent_follow_each_language_punctuation():
    assert clock_time(time(7, 5)) == "07.05"
    assert percent(7, 8) == "87,5%"
    assert percent(0, 0) == "0%"
    assert clock_time(time(7, 5), EN) == "07:05"
    assert percent(7, 8, EN) == "87.5%"


def test_language_is_read_from_settings_and_locale_names():
    assert language_named("en") is EN
    assert language_named("en_US") is EN
    assert language_named("id-ID") is Language.INDONESIAN
    assert language_named("de_DE") is None
    assert language_named("") is None


def test_the_setting_wins_then_the_system_then_indonesian():
    assert choose_language("en", "id_ID") is EN
    assert choose_language("id", "en_GB") is Language.INDONESIAN
    assert choose_language("", "en_GB") is EN
    assert choose_language("", "id_ID") is Language.INDONESIAN
    assert choose_language("", "de_DE") is Language.INDONESIAN
